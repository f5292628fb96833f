import { actorById, placeById } from '@sitrep/domain'
import { fact } from '../facts.ts'
import { devPassages } from './dev.ts'
import { testPassages } from './test.ts'

/**
 * `npx tsx eval/real/check-gold.ts`: lints the gold of both sets without running the extractor.
 * Ids must be dictionary ids or proposed `new-…` ids; enum values, dates, money and measure keys
 * must be in the form eval/facts.ts prints; `about=` must name a gold record of the same passage.
 */
const problems: string[] = []
const actor = (id: string): boolean =>
  id === 'unnamed' ||
  id.startsWith('new-') ||
  actorById(id) !== undefined ||
  (id.startsWith('unnamed/') && actor(id.slice('unnamed/'.length)))
const place = (id: string) => id.startsWith('new-') || placeById(id) !== undefined
const one = (re: RegExp) => (s: string) => re.test(s)
const DATE =
  /^(?:\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}|unresolved)\/(?:hour|part-of-day|night|day|week|month|year)$/
const MEASURE = /^(?:(?:exact|at-least|over|at-most|under|about) \d+|\d+-\d+) scope=(\S+)$/
const MONEY =
  /^(?:(?:exact|at-least|over|at-most|under|about) \d+ [A-Z]{3} (?:total|unit)(?: \(\d+ [A-Z]{3}\))?|unspecified)$/
const checks: Record<string, (key: string) => boolean> = {
  attacker: actor,
  target: actor,
  place,
  weapon: one(/^(?:drone|missile|glide-bomb|artillery|aircraft|other)$/),
  venue: place,
  round: one(/^\d+$/),
  party: actor,
  stage: one(/^(?:request|pledge|delivery)$/),
  category: one(/^(?:military|financial|humanitarian)$/),
  recipient: actor,
  donor: actor,
  forum: one(/^(?:\d+|unnamed)$/),
  speaker: actor,
  mode: one(/^(?:quote|paraphrase)$/),
  channel: one(
    /^(?:video-message|social-media-post|remarks|online-meeting|press-conference|interview|official-statement|news-agency-report|article|dataset)$/,
  ),
  about: () => true,
}
const claim: Record<string, (value: string) => boolean> = {
  date: (v) => DATE.test(v),
  period: (v) => DATE.test(v),
  status: one(/^(?:announced|confirmed|held|concluded|postponed|cancelled)$/),
  agenda: one(/^(?:true|false)$/),
  outcome: one(/^(?:agreement|exchange-of-documents|not-discussed|other)$/),
  money: (v) => MONEY.test(v),
  item: (v) => v === '' || MEASURE.exec(v)?.[1] === '-' || place(MEASURE.exec(v)?.[1] ?? ''),
  effect: (v) => {
    const m = /^(airport-closure|power-outage|damage|assessment|other) (\S*)$/.exec(v)
    return !!m && (m[2] === '' || (m[2] ?? '').split(',').every(place))
  },
}
for (const p of [...devPassages, ...testPassages]) {
  const ids = new Set(p.gold.map((g) => g.id).filter(Boolean))
  if (p.negative && p.gold.length) problems.push(`${p.id}: a negative with gold`)
  if (p.publishedAt && !/^\d{4}-\d{2}-\d{2}$/.test(p.publishedAt))
    problems.push(`${p.id}: publishedAt ${p.publishedAt}`)
  for (const g of p.gold)
    for (const line of g.facts) {
      const f = fact(line)
      const bad = (why: string) => problems.push(`${p.id}/${g.id ?? g.kind}: ${line} (${why})`)
      if (f.type === 'about') {
        if (!ids.has(f.key)) bad('no such gold record')
        continue
      }
      const own = checks[f.type]
      if (own) {
        if (!own(f.key)) bad('bad key')
        continue
      }
      const at = f.key.lastIndexOf('@')
      if (at < 0) {
        bad('claim without @asserter')
        continue
      }
      const value = f.key.slice(0, at)
      if (!actor(f.key.slice(at + 1))) bad('unknown asserter')
      const check =
        claim[f.type] ??
        ((v: string) =>
          MEASURE.test(v) && (MEASURE.exec(v)?.[1] === '-' || place(MEASURE.exec(v)?.[1] ?? '')))
      if (!check(value)) bad('bad value')
    }
}
for (const p of problems) process.stdout.write(`${p}\n`)
process.stdout.write(`${problems.length} problems\n`)
if (problems.length) process.exitCode = 1
