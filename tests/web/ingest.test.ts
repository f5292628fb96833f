import { StoredRecord } from '@sitrep/domain'
import { istanbulTalksArticleText } from '@sitrep/domain/seed'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, open, screenshot, seriousViolations } from './browser.ts'
import { STACK_START_TIMEOUT_MS, startWebStack, type WebStack } from './web-stack.ts'

let stack: WebStack
let browser: Browser
let page: Page

beforeAll(async () => {
  stack = await startWebStack({ editorKey: true })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
}, STACK_START_TIMEOUT_MS)
afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

/** A strike the seed does not hold, so publishing it makes new records (the API's test text). */
const article = (city: string, count: string) =>
  `${city} strike\n\nAt least ${count} people were killed in a Russian missile strike on ${city} overnight into Tuesday, the regional governor said.`

/** The regional governor is no entry of the actor dictionary: the extractor flags his name. */
const unknownOfficialArticle =
  'Chernihiv strike\n\nAt least two people were killed in a Russian drone attack on Chernihiv overnight into Tuesday, regional governor Ivan Petrenko said.'

/** A strike on a village the gazetteer lacks: the extractor flags the place as a new name. */
/** Another official the dictionary lacks, whom the editor adds to it. */
const newOfficialArticle =
  'Sumy strike\n\nAt least three people were killed in a Russian drone attack on Sumy overnight into Wednesday, regional governor Oksana Hrytsenko said.'
const unknownVillageArticle =
  'Hrushivka strike\n\nAt least two people were killed in a Russian drone attack on the village of Hrushivka overnight into Tuesday, the regional governor said.'

const readArticle = async (target: Page, text: string) => {
  await target.getByLabel('Article text').fill(text)
  await target.getByLabel('Publication date').fill('2025-08-05')
  await target.getByRole('button', { name: 'Read the article' }).click()
  await target.getByTestId('ingest-drafts').waitFor()
}

const timelineTitles = async (target: Page) => {
  await open(target, `${stack.webUrl}/timeline?kind=attack&kind=statement&from=2025-08-01`)
  return target.locator('[data-testid="timeline-list"] h3').allTextContents()
}

describe('the ingest page', () => {
  it('has no serious accessibility violation, empty or with drafts', async () => {
    await open(page, `${stack.webUrl}/ingest`)
    expect(await seriousViolations(page)).toEqual([])
    await readArticle(page, article('Odesa', 'three'))
    await screenshot(page, 'ingest-review')
    expect(await seriousViolations(page)).toEqual([])
  })

  it('marks the drafts’ evidence in the text, publishes an edited title, and the timeline lists it', async () => {
    await open(page, `${stack.webUrl}/ingest`)
    await readArticle(page, article('Odesa', 'three'))
    const marked = await page.getByTestId('ingest-article').locator('mark').allTextContents()
    expect(marked.join(' ')).toContain('At least three people were killed')
    const attack = page.locator('[data-draft-id^="draft-attack"]')
    await expect(attack.count()).resolves.toBe(1)
    await attack.getByLabel('Title').fill('Missile strike on Odesa, three killed')
    await attack.getByLabel('Publish as a new record').check()
    await page.getByRole('button', { name: 'Publish accepted drafts' }).click()
    const created = page.getByTestId('ingest-created')
    await created.waitFor()
    expect(await created.getByRole('link').allTextContents()).toContain(
      'Missile strike on Odesa, three killed',
    )
    await screenshot(page, 'ingest-published')
    expect(await timelineTitles(page)).toContain('Missile strike on Odesa, three killed')
  })

  it('proposes merging a second report of the same strike into the record, with its reasons', async () => {
    await open(page, `${stack.webUrl}/ingest`)
    await readArticle(page, article('Odesa', 'four'))
    const attack = page.locator('[data-draft-id^="draft-attack"]')
    const merge = attack.getByLabel(/Merge into Missile strike on Odesa, three killed/)
    await expect(merge.isChecked()).resolves.toBe(true)
    expect((await attack.locator('.reasons li').allTextContents()).length).toBeGreaterThan(0)
    await page.getByRole('button', { name: 'Publish accepted drafts' }).click()
    const merged = page.getByTestId('ingest-merged')
    await merged.waitFor()
    // The governor's remark is the same statement as the first report's (same speaker, same
    // strike, reported the same day): it joins that record rather than count a second statement.
    expect(await merged.getByRole('link').allTextContents()).toEqual([
      'Missile strike on Odesa, three killed',
      'regional governor: At least three people were killed in a Russian missile strike on Odesa overnight into Tuesday',
    ])
  })

  it('says the seed article is already held, and publishing it again with the defaults moves no count or dispute', async () => {
    const json = async (path: string) => (await fetch(`${stack.apiUrl}${path}`)).json()
    const [statsBefore, disputesBefore] = [await json('/v1/stats'), await json('/v1/disputes')]
    await open(page, `${stack.webUrl}/ingest`)
    await page.getByLabel('Article text').fill(istanbulTalksArticleText)
    await page.getByLabel('Publication date').fill('2025-07-21')
    await page.getByRole('button', { name: 'Read the article' }).click()
    await page.getByTestId('ingest-drafts').waitFor()
    expect(await page.getByTestId('ingest-held').textContent()).toContain(
      'Already held as src-istanbul-talks-2025-07-21',
    )
    // Every draft's pre-selected decision is a merge into the record it already supports.
    const chosen = await page
      .locator('[data-draft-id] input[type="radio"]:checked')
      .evaluateAll((radios) => radios.map((r) => (r instanceof HTMLInputElement ? r.value : '')))
    expect(chosen.length).toBe(await page.locator('[data-draft-id]').count())
    expect(chosen.filter((v) => !v.startsWith('merge:'))).toEqual([])
    await screenshot(page, 'ingest-held')
    await page.getByRole('button', { name: 'Publish accepted drafts' }).click()
    await page.getByTestId('ingest-merged').waitFor()
    await expect(page.getByTestId('ingest-created').count()).resolves.toBe(0)
    expect(await json('/v1/stats')).toEqual(statsBefore)
    expect(await json('/v1/disputes')).toEqual(disputesBefore)
  })

  it('works without JavaScript: each step is a full page answer', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noScript = await context.newPage()
    await noScript.goto(`${stack.webUrl}/ingest`)
    await readArticle(noScript, article('Mykolaiv', 'two'))
    expect(await noScript.getByTestId('ingest-article').locator('mark').count()).toBeGreaterThan(0)
    await noScript.getByRole('button', { name: 'Publish accepted drafts' }).click()
    await noScript.getByTestId('ingest-created').waitFor()
    // Without scripts the streamed list is revealed by CSS, so wait for the words, not .loading.
    await noScript.goto(`${stack.webUrl}/timeline?q=Mykolaiv`)
    await noScript
      .locator('[data-testid="timeline-list"] h3')
      .filter({ hasText: 'Mykolaiv' })
      .first()
      .waitFor()
    await screenshot(noScript, 'ingest-no-javascript-timeline')
    await context.close()
  })

  it('maps a name the dictionary lacks to an existing actor once for every draft, refuses a forged one, and the published records link to the actor', async () => {
    await open(page, `${stack.webUrl}/ingest`)
    await readArticle(page, unknownOfficialArticle)
    const drafts = page.locator('[data-draft-id]')
    await expect(drafts.count()).resolves.toBe(2)
    // The attack and the statement both read the governor: one control, naming both drafts.
    const petrenko = page.getByLabel('“Ivan Petrenko” (actor)')
    await expect(petrenko.count()).resolves.toBe(1)
    expect(await petrenko.inputValue()).toBe('')
    const choice = page.locator('[data-new-name="new-ivan-petrenko"]')
    expect(await choice.textContent()).toContain('new-ivan-petrenko')
    expect(await choice.getByTestId('name-used-in').getByRole('link').count()).toBe(2)

    // A forged form: the select offers only actors, so the page's own option is rewritten.
    await petrenko.evaluate((select) => {
      const option = select.ownerDocument.createElement('option')
      option.value = 'ua-kyiv'
      option.textContent = 'forged'
      select.append(option)
    })
    await petrenko.selectOption('ua-kyiv')
    await page.getByRole('button', { name: 'Publish accepted drafts' }).click()
    // Next's route announcer is an empty alert too, so the message is found by its words.
    await page
      .getByRole('alert')
      .filter({
        hasText:
          '“ua-kyiv” is a place, not an actor: “Ivan Petrenko” can only be mapped to an actor.',
      })
      .waitFor()
    await expect(page.getByTestId('ingest-created').count()).resolves.toBe(0)

    await page.getByLabel('“Ivan Petrenko” (actor)').selectOption('martsinkiv')
    await page.getByRole('button', { name: 'Check name mappings' }).click()
    await page.getByTestId('name-mapped').waitFor()
    expect(await page.getByTestId('name-mapped').allTextContents()).toEqual([
      'Mapped to Ruslan Martsinkiv (martsinkiv)',
    ])
    for (const card of await drafts.all())
      expect(await card.locator('.draft-new-names').textContent()).toContain(
        'Ivan Petrenko (mapped to Ruslan Martsinkiv)',
      )
    await screenshot(page, 'ingest-names-mapped')
    expect(await seriousViolations(page)).toEqual([])

    await page
      .locator('[data-draft-id^="draft-attack"]')
      .getByLabel('Publish as a new record')
      .check()
    await page.getByRole('button', { name: 'Publish accepted drafts' }).click()
    const created = page.getByTestId('ingest-created')
    await created.waitFor()
    expect(await page.getByTestId('ingest-mapped').textContent()).toContain(
      'Ivan Petrenko → Ruslan Martsinkiv',
    )
    const idOf = async (name: RegExp) =>
      decodeURIComponent(
        (await created.getByRole('link', { name }).getAttribute('href'))?.split('/').pop() ?? '',
      )
    const stored = async (path: string, id: string) =>
      StoredRecord.parse(
        await (await fetch(`${stack.apiUrl}/v1/${path}/${encodeURIComponent(id)}`)).json(),
      ).record
    const martsinkiv = { type: 'actor', actorId: 'martsinkiv' }
    const statement = await stored('statements', await idOf(/^Ivan Petrenko: /))
    expect(statement.kind === 'statement' && statement.speaker).toEqual(martsinkiv)
    expect(statement.claims.map((c) => c.assertedBy)).toEqual([martsinkiv])
    // The one choice reached the attack too: its claims are asserted by the same official.
    const attack = await stored('attacks', await idOf(/^Russian drone attack on Chernihiv/))
    expect(attack.claims.map((c) => c.assertedBy)).toEqual(attack.claims.map(() => martsinkiv))
    await created.getByRole('link', { name: /^Ivan Petrenko: / }).click()
    await page.locator('dt', { hasText: 'Speaker' }).waitFor()
    expect(await page.locator('dt:has-text("Speaker") + dd').textContent()).toBe(
      'Ruslan Martsinkiv',
    )
  })

  it('maps a village the gazetteer lacks to an existing place typed in the suggestions field, and the published attack links to it', async () => {
    await open(page, `${stack.webUrl}/ingest`)
    await readArticle(page, unknownVillageArticle)
    const village = page.getByLabel('“Hrushivka” (place)')
    await expect(village.count()).resolves.toBe(1)
    expect(await village.getAttribute('list')).toBe('ingest-place-entries')
    expect(await page.locator('[data-new-name="new-hrushivka"]').textContent()).toContain(
      'new-hrushivka',
    )

    // The editor types the town's name, as the datalist suggests it, not its id.
    await village.pressSequentially('Brovary')
    await page.getByRole('button', { name: 'Check name mappings' }).click()
    await page.getByTestId('name-mapped').waitFor()
    expect(await page.getByTestId('name-mapped').allTextContents()).toEqual([
      'Mapped to Brovary (ua-brovary)',
    ])
    expect(await page.getByLabel('“Hrushivka” (place)').inputValue()).toBe('Brovary')
    await screenshot(page, 'ingest-place-mapped')
    expect(await seriousViolations(page)).toEqual([])

    const attackCard = page.locator('[data-draft-id^="draft-attack"]')
    await attackCard.getByLabel('Title').fill('Drone strike near Brovary, two killed')
    await attackCard.getByLabel('Publish as a new record').check()
    await page.getByRole('button', { name: 'Publish accepted drafts' }).click()
    const created = page.getByTestId('ingest-created')
    await created.waitFor()
    expect(await page.getByTestId('ingest-mapped').textContent()).toContain('Hrushivka → Brovary')
    const link = created.getByRole('link', { name: 'Drone strike near Brovary, two killed' })
    const id = decodeURIComponent((await link.getAttribute('href'))?.split('/').pop() ?? '')
    const { record } = StoredRecord.parse(
      await (await fetch(`${stack.apiUrl}/v1/attacks/${encodeURIComponent(id)}`)).json(),
    )
    expect(record.kind === 'attack' && record.placeIds).toEqual(['ua-brovary'])
    expect(JSON.stringify(record)).not.toContain('new-hrushivka')
  })

  it('adds a name the dictionary lacks to it as a new person, and the published statement names her', async () => {
    await open(page, `${stack.webUrl}/ingest`)
    await readArticle(page, newOfficialArticle)
    const governor = page.getByLabel('“Oksana Hrytsenko” (actor)')
    await expect(governor.count()).resolves.toBe(1)
    await governor.selectOption({ label: 'person: Oksana Hrytsenko' })
    await page.getByRole('button', { name: 'Check name mappings' }).click()
    await page.getByTestId('name-added').waitFor()
    expect(await page.getByTestId('name-added').textContent()).toContain('a new person')
    for (const card of await page.locator('[data-draft-id]').all())
      expect(await card.locator('.draft-new-names').textContent()).toContain(
        'Oksana Hrytsenko (to be added as a new person)',
      )
    await screenshot(page, 'ingest-name-added')
    expect(await seriousViolations(page)).toEqual([])

    for (const card of await page.locator('[data-draft-id]').all())
      await card.getByLabel('Publish as a new record').check()
    await page.getByRole('button', { name: 'Publish accepted drafts' }).click()
    const created = page.getByTestId('ingest-created')
    await created.waitFor()
    expect(await page.getByTestId('ingest-added').textContent()).toContain('Oksana Hrytsenko')
    const actors = (await (await fetch(`${stack.apiUrl}/v1/actors`)).json()) as {
      items: { id: string; name: string; kind: string }[]
    }
    const added = actors.items.find((a) => a.name === 'Oksana Hrytsenko')
    expect(added?.kind).toBe('person')
    // The statement's page names her from the dictionary, not by her id.
    await created.getByRole('link', { name: /^Oksana Hrytsenko: / }).click()
    await page.locator('dt', { hasText: 'Speaker' }).waitFor()
    expect(await page.locator('dt:has-text("Speaker") + dd').textContent()).toBe('Oksana Hrytsenko')
  })
})
