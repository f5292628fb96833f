/**
 * '"Today the United States announced $2 billion," Sullivan said': a verb between an opening
 * mark and its closing one is the quoted words', not the attribution's.
 */
export const withinQuote = (s: string, at: number): boolean => {
  const opened = s.lastIndexOf('“', at)
  if (opened >= 0 && opened > s.lastIndexOf('”', at)) return s.indexOf('”', at) > 0
  let straight = 0
  for (let i = s.indexOf('"'); i >= 0 && i < at; i = s.indexOf('"', i + 1)) straight++
  return straight % 2 === 1 && s.indexOf('"', at) > 0
}

/** "'…,' the minister said": where a quote in single marks closes, after its comma or stop. */
export const singleQuoteClosed = (before: string): number => {
  const m = /[,.!?]['’](?=\s)(?!.*[,.!?]['’]\s)/.exec(before)
  return m ? m.index + 1 : -1
}
