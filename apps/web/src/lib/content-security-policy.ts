/**
 * The pages load nothing from elsewhere, so every source is 'self'. Scripts: Next's inline
 * bootstrap and streaming scripts carry a per-request nonce (Next reads it from this header on
 * the request), and 'strict-dynamic' lets those scripts load the chunks — a nonce rather than
 * 'unsafe-inline', so text that slipped past React's escaping still could not run. Styles keep
 * 'unsafe-inline': the charts and the map set `style` attributes, which a nonce cannot cover, and
 * injected CSS cannot run code. No 'upgrade-insecure-requests': the web is served over plain
 * HTTP on loopback or a newsroom LAN.
 */
export const contentSecurityPolicy = (nonce: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
