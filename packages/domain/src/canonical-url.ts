/**
 * Query parameters that say how a reader arrived, never which document they read. Exact names;
 * the prefixes below cover families with open-ended members (utm_content, at_campaign…).
 * Sources: Google Analytics (utm_*, _ga, _gl, gclid, dclid, gbraid, wbraid), Meta (fbclid,
 * igshid), Microsoft (msclkid, ocid), Mailchimp (mc_cid, mc_eid), Yandex (yclid), X (twclid,
 * ref_src, ref_url), AT Internet / Piano, used by the BBC and Le Monde (at_*), Adobe (cmpid,
 * s_cid), the New York Times (smid), and the generic `ref`, which news sites use only as a
 * referrer tag.
 */
export const TRACKING_PARAMETERS: readonly string[] = [
  '_ga',
  '_gl',
  'cmpid',
  'dclid',
  'fbclid',
  'gbraid',
  'gclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'msclkid',
  'ocid',
  'ref',
  'ref_src',
  'ref_url',
  's_cid',
  'smid',
  'twclid',
  'wbraid',
  'yclid',
]
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'at_']

const tracking = new Set(TRACKING_PARAMETERS)
const isTracking = (name: string) => {
  const key = name.toLowerCase()
  return tracking.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p))
}

/** `?outputType=amp` (the Washington Post) and `?amp` / `?amp=1` (WordPress) ask for the AMP copy. */
const isAmpSwitch = (name: string, value: string) =>
  (name === 'outputType' && value.toLowerCase() === 'amp') ||
  (name === 'amp' && (value === '' || value === '1' || value === 'true'))

/**
 * The address sitrep uses to tell whether it already holds a document, not a link to show: the
 * source keeps the URL it was given. Rules, each because outlets serve one article under both
 * spellings:
 * - `http:` becomes `https:` and the host loses `www.` and `amp.`: news sites redirect one to the
 *   other, and no outlet publishes different articles at `www.x.com/a` and `x.com/a`. Other
 *   subdomains (`edition.cnn.com`, `m.`) are kept: some are distinct sites.
 * - the fragment goes (never sent to the server); default ports go (the URL class does it).
 * - tracking parameters go (the lists above); the rest are sorted, since their order never
 *   selects a different article.
 * - a trailing `/` and a trailing `/amp` segment go: `…/story/` and `…/story/amp` are `…/story`.
 * The path's case and percent-encoding are kept as the URL class normalises them: paths are
 * case-sensitive on most servers.
 * Undefined for anything that is not an http(s) URL.
 */
export const canonicalUrl = (input: string): string | undefined => {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  url.protocol = 'https:'
  url.hash = ''
  url.username = ''
  url.password = ''
  url.hostname = url.hostname.replace(/\.$/, '').replace(/^(?:www\d*|amp)\./, '')
  if (url.port === '80' || url.port === '443') url.port = ''

  const kept = [...url.searchParams].filter(
    ([name, value]) => !isTracking(name) && !isAmpSwitch(name, value),
  )
  kept.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
  url.search = new URLSearchParams(kept).toString()

  let path = url.pathname.replace(/\/amp\/?$/i, '').replace(/\/+$/, '')
  if (path === '') path = '/'
  url.pathname = path
  return url.toString()
}
