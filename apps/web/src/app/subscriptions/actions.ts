'use server'

import { SitrepApiError } from '@sitrep/client'
import { revalidatePath } from 'next/cache'
import type { z } from 'zod'
import { api } from '../../lib/api.ts'
import { describeTest, SubscriptionForm, type SubscriptionNotice } from './subscription-intent.ts'

/** An API refusal the editor can act on; anything else is the route's error. */
const refusal = (error: unknown): SubscriptionNotice | undefined => {
  if (!(error instanceof SitrepApiError)) return undefined
  if (error.status === 401 || error.status === 403)
    return {
      tone: 'error',
      text: `The API refused the web server’s key (${error.status}): SITREP_API_KEY must be an editor key.`,
    }
  if (error.status < 500) return { tone: 'error', text: error.message }
  return undefined
}

const perform = async (form: z.infer<typeof SubscriptionForm>): Promise<SubscriptionNotice> => {
  const { id, intent } = form
  const subscriptions = api.subscriptions
  if (intent === 'pause') {
    await subscriptions.pause(id)
    return { tone: 'ok', text: 'Paused: events wait in its queue until it is resumed.' }
  }
  if (intent === 'resume') {
    await subscriptions.resume(id)
    return { tone: 'ok', text: 'Resumed: waiting events go out from the next round.' }
  }
  if (intent === 'test') return describeTest(await subscriptions.test(id))
  if (intent === 'delete') {
    await subscriptions.delete(id)
    return { tone: 'ok', text: 'Deleted, with its delivery history.' }
  }
  await subscriptions.retry(id, intent.slice('retry:'.length))
  return { tone: 'ok', text: 'Queued again: it goes out with the next round.' }
}

/**
 * Every button of the webhooks page posts here with the web server's editor key (it stays on
 * the server); the page is then read again so the row shows its new state.
 */
export async function subscriptionAction(
  _previous: SubscriptionNotice | null,
  data: FormData,
): Promise<SubscriptionNotice> {
  const form = SubscriptionForm.safeParse({ id: data.get('id'), intent: data.get('intent') })
  if (!form.success) return { tone: 'error', text: 'That button sent no subscription to change.' }
  try {
    return await perform(form.data)
  } catch (error) {
    const notice = refusal(error)
    if (notice) return notice
    throw error
  } finally {
    revalidatePath('/subscriptions')
  }
}
