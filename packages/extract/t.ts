import { Draft } from '@sitrep/domain'
import { istanbulTalksArticleText as t } from '@sitrep/domain/seed'
import { extract } from './src/extract.ts'

const ds = extract(t, { publishedAt: '2025-07-21', source: { id: 'src-x' } })
for (const d of ds) {
  const r = Draft.safeParse(d)
  if (!r.success) console.log(d.record.id, r.error.issues.slice(0, 3))
}
console.log(
  ds.length,
  ds
    .filter((d) => d.record.kind === 'statement')
    .map((d) => (d.record.kind === 'statement' ? d.record.aboutIds.join(',') : ''))
    .join(' | '),
)
const s = performance.now()
for (let i = 0; i < 100; i++) extract(t, { publishedAt: '2025-07-21', source: { id: 'src-x' } })
console.log('ms', (performance.now() - s) / 100)
