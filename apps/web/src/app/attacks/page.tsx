import type { EventMapQuery } from '@sitrep/client'
import { type Attack, deriveFacts, isBelligerentClaim, tightestClaim } from '@sitrep/domain'
import type { Metadata } from 'next'
import Link from 'next/link'
import { asserterName } from '../../components/asserter-name.tsx'
import { ClaimValue } from '../../components/claim-value.tsx'
import { EventMapPanel } from '../../components/event-map-panel.tsx'
import { FacetPanel } from '../../components/facet-panel.tsx'
import { FilterForm } from '../../components/filter-form.tsx'
import { Pager } from '../../components/pager.tsx'
import { QueryIssues } from '../../components/query-issues.tsx'
import { ViewTools } from '../../components/view-tools.tsx'
import { api, type Dictionaries, dictionaries } from '../../lib/api.ts'
import { formatFuzzyDate } from '../../lib/format-date.ts'
import { listParams } from '../../lib/jump-to-month.ts'
import { countOf, inListOrder, pageTotal } from '../../lib/list-order.ts'
import { listedPage } from '../../lib/listed-page.ts'
import { splitMapParams } from '../../lib/map/map-params.ts'
import type { RawSearchParams } from '../../lib/query-params.ts'
import { recordDate, recordHref } from '../../lib/record-view.ts'
import { parseAttacksParams } from './search-params.ts'

export const metadata: Metadata = { title: 'Attacks' }

/** The list filters a map takes; the others (text, weapon, dataset…) it does not narrow by. */
const mapFilters = ({ from, to, placeId, attackerId }: Partial<EventMapQuery>): EventMapQuery => ({
  ...(from ? { from } : {}),
  ...(to ? { to } : {}),
  ...(placeId ? { placeId } : {}),
  ...(attackerId ? { attackerId } : {}),
})

const COUNTS = ['killed', 'injured', 'launched', 'intercepted', 'hit', 'effect'] as const

function AttackSummary({ attack, dict }: { attack: Attack; dict: Dictionaries }) {
  const { date } = recordDate(attack)
  const facts = deriveFacts(attack).filter((f) => COUNTS.some((c) => c === f.fact))
  return (
    <article className="card" data-record-id={attack.id}>
      <p className="meta">{date ? formatFuzzyDate(date) : 'undated'}</p>
      <h3>
        <Link href={recordHref(attack.id)}>{attack.title}</Link>
      </h3>
      <p className="detail">
        {dict.actor(attack.attackerId)?.name ?? attack.attackerId} on{' '}
        {attack.placeIds.map((id) => dict.place(id)?.name ?? id).join(', ')}
      </p>
      <ul>
        {facts.map((fact) => {
          const [first, ...rest] = fact.positions[0]?.claims ?? []
          if (!first) return null
          const claim = tightestClaim([first, ...rest])
          return (
            <li key={`${fact.fact}|${fact.key}`}>
              <strong>{fact.fact}</strong>: <ClaimValue claim={claim} dict={dict} />
              {isBelligerentClaim(claim.assertedBy, dict.actor) ? (
                <span className="badge belligerent">
                  claimed by {asserterName(claim.assertedBy, dict)}, {claim.verification}
                </span>
              ) : null}
              {fact.status === 'disputed' ? <span className="badge disputed">disputed</span> : null}
            </li>
          )
        })}
      </ul>
    </article>
  )
}

export default async function AttacksPage(props: { searchParams: Promise<RawSearchParams> }) {
  const raw = await props.searchParams
  const params = listParams('/attacks', raw)
  const { mode, zoom, list } = splitMapParams(raw)
  const parsed = parseAttacksParams(list)
  const { values, page, issues } = await listedPage(parsed, (query) =>
    api.attacks.list({
      ...inListOrder(query),
      facets: ['oblast', 'attacker', 'weapon', 'dataset', 'disputed'],
    }),
  )
  // Every matching attack, not the page: the map takes the list's dates, place and attacker.
  const map = parsed.ok
    ? await api.eventMap({ kind: 'attack', zoom, ...mapFilters(parsed.query) })
    : undefined
  const dict = await dictionaries()
  const attacks = page?.items.map((i) => i.record) ?? []
  const total = pageTotal(page)
  return (
    <>
      <h1>Attacks</h1>
      <FilterForm
        action="/attacks"
        values={values}
        fields={['place', 'dates', 'actor', 'q', 'sort']}
        dict={dict}
      />
      <FacetPanel path="/attacks" params={params} facets={page?.facets ?? {}} />
      <ViewTools path="/attacks" params={params} kind="attack" />
      {issues ? <QueryIssues issues={issues} /> : null}
      <div className="split">
        {map ? (
          <EventMapPanel
            map={map}
            mode={mode}
            path="/attacks"
            params={params}
            noun="attack"
            placeName={(id) => dict.place(id)?.name ?? id}
          />
        ) : null}
        <section aria-labelledby="attack-list">
          <h2 id="attack-list">
            {attacks.length === 0
              ? 'No attacks match these filters'
              : countOf(total ?? attacks.length, 'attack')}
          </h2>
          <ul className="cards">
            {attacks.map((attack) => (
              <li key={attack.id}>
                <AttackSummary attack={attack} dict={dict} />
              </li>
            ))}
          </ul>
          {page ? <Pager path="/attacks" params={params} nextCursor={page.nextCursor} /> : null}
        </section>
      </div>
    </>
  )
}
