import { istanbulTalksArticleText as seed } from '@sitrep/domain/seed'
import * as chrono from 'chrono-node'

const ref = new Date(2025, 6, 21, 12)
const bench = (label: string, f: () => unknown) => {
  for (let i = 0; i < 50; i++) f()
  const u = process.cpuUsage()
  for (let i = 0; i < 300; i++) f()
  const d = process.cpuUsage(u)
  console.log(label, ((d.user + d.system) / 300 / 1000).toFixed(3), 'ms')
}
bench('casual', () => chrono.parse(seed, ref))
bench('strict', () => chrono.strict.parse(seed, ref))
const c = chrono.casual.clone()
console.log(c.parsers.map((p) => p.constructor.name).join(' '))
console.log(c.refiners.map((p) => p.constructor.name).join(' '))
const DATE_WORD =
  /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|today|yesterday|tomorrow|tonight|week|month|year|morning|evening|afternoon|night|ago|last|next)\b/i
const masked = seed
  .split(/(?<=[.\n])/)
  .map((s) => (DATE_WORD.test(s) ? s : ' '.repeat(s.length)))
  .join('')
console.log(masked.length === seed.length, masked.replace(/ +/g, ' ').length)
bench('casual masked', () => chrono.parse(masked, ref))
