import type { Subscription } from '@sitrep/domain'
import type { Metadata } from 'next'
import { api, hasApiKey } from '../../lib/api.ts'
import { formatInstant } from '../../lib/format-date.ts'
import { describeFilter, subscriptionHealth } from '../../lib/subscription-health.ts'
import { type FailedDelivery, SubscriptionControls } from './subscription-controls.tsx'
import './subscriptions.css'

/** How many given-up deliveries a row offers to retry; the API lists the rest. */
const FAILED_SHOWN = 5

/** The deliveries the worker gave up on, newest first, for the subscriptions that have any. */
const failedDeliveries = async (s: Subscription): Promise<FailedDelivery[]> => {
  if (s.health.failed === 0) return []
  const { items } = await api.subscriptions.deliveries(s.id, { limit: 100 })
  return items
    .filter((d) => d.status === 'failed')
    .slice(0, FAILED_SHOWN)
    .map((d) => ({
      id: d.id,
      label: `${d.event.replace('record.', '')} ${d.recordId} v${d.version}, ${formatInstant(d.createdAt)}`,
    }))
}

export const metadata: Metadata = { title: 'Webhooks' }

function KeyMissing() {
  return (
    <div className="notice" role="note">
      <h2>This web server has no API key</h2>
      <p>
        Subscriptions belong to an editor key; give the web server one in its environment (it never
        reaches a browser) and restart:
      </p>
      <pre>
        <code>{'npm run keys -- create --role editor\nSITREP_API_KEY=<the key> npm start'}</code>
      </pre>
    </div>
  )
}

async function SubscriptionTable() {
  const { items } = await api.subscriptions.list()
  const failed = await Promise.all(items.map(failedDeliveries))
  if (items.length === 0)
    return (
      <p className="notice">
        No subscriptions yet. Make one with <code>sitrep subscriptions create --url https://…</code>{' '}
        or <code>POST /v1/subscriptions</code>.
      </p>
    )
  return (
    <div className="table-wrap">
      <table className="subscriptions">
        <caption className="muted">
          {items.length} subscription{items.length === 1 ? '' : 's'}, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">Hears of</th>
            <th scope="col">Health</th>
            <th scope="col">Last delivery</th>
            <th scope="col">Manage</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s, i) => {
            const health = subscriptionHealth(s)
            return (
              <tr key={s.id}>
                <th scope="row">
                  <span className="target">{s.url}</span>
                  <span className="muted id">{s.id}</span>
                  {s.description ? <span className="muted">{s.description}</span> : null}
                </th>
                <td>
                  {describeFilter(s)}
                  <span className="muted events">
                    {s.events.map((e) => e.replace('record.', '')).join(', ')}
                  </span>
                </td>
                <td>
                  <span className={`badge health-${health.tone}`}>{health.label}</span>
                  <span className="muted detail">{health.detail}</span>
                </td>
                <td className="last-delivery">
                  {s.health.lastDeliveredAt ? formatInstant(s.health.lastDeliveredAt) : 'none yet'}
                </td>
                <td>
                  <SubscriptionControls id={s.id} status={s.status} failed={failed[i] ?? []} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

export default function SubscriptionsPage() {
  return (
    <>
      <h1>Webhooks</h1>
      <p className="muted">
        The subscriptions of this web server’s editor key: signed deliveries (Standard Webhooks) of
        new, changed, deleted and newly disputed records, and how each receiver is taking them.
      </p>
      {hasApiKey() ? <SubscriptionTable /> : <KeyMissing />}
    </>
  )
}
