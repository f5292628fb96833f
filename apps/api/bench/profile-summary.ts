// The self time of a V8 CPU profile (node --cpu-prof) grouped by function and by package, the
// figures the README's profile lines quote.
//   tsx bench/profile-summary.ts <file>.cpuprofile [--top 25]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
}

const { values, positionals } = parseArgs({
  options: { top: { type: 'string', default: '25' } },
  allowPositionals: true,
})
const profile = JSON.parse(readFileSync(positionals[0] ?? '', 'utf8')) as Profile
const hits = new Map<number, number>()
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1)
const total = profile.samples.length

/** node_modules/<package> or the workspace folder a frame's file is in. */
const packageOf = (url: string) => {
  const dep = url.match(/node_modules\/((@[^/]+\/)?[^/]+)/)
  if (dep?.[1]) return dep[1]
  const own = url.match(/\/(packages|apps)\/([^/]+)\//)
  if (own) return `${own[1]}/${own[2]}`
  return url.startsWith('node:') ? 'node' : url === '' ? '(native)' : url
}
const byFunction = new Map<string, number>()
const byPackage = new Map<string, number>()
for (const node of profile.nodes) {
  const n = hits.get(node.id) ?? 0
  if (n === 0) continue
  const { functionName, url, lineNumber } = node.callFrame
  const file = url.split('/').slice(-1)[0] ?? ''
  const name = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`
  byFunction.set(name, (byFunction.get(name) ?? 0) + n)
  byPackage.set(packageOf(url), (byPackage.get(packageOf(url)) ?? 0) + n)
}
const show = (title: string, table: Map<string, number>, top: number) => {
  console.log(`\n${title}`)
  for (const [name, n] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * n) / total).toFixed(1).padStart(5)} %  ${name}`)
}
show('self time by package', byPackage, 15)
show('self time by function', byFunction, Number(values.top))
