export interface Line {
  /** 1-based, as editors and error messages count. */
  number: number
  text: string
}

/**
 * Splits a byte or text stream into lines without holding the file in memory. Web-standard
 * (TextDecoder), so the same importer can read a Node file stream or a fetch body.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let pending = ''
  let number = 0
  for await (const chunk of chunks) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let newline = pending.indexOf('\n')
    while (newline !== -1) {
      number += 1
      yield { number, text: pending.slice(0, newline).replace(/\r$/, '') }
      pending = pending.slice(newline + 1)
      newline = pending.indexOf('\n')
    }
  }
  pending += decoder.decode()
  if (pending.length > 0) yield { number: number + 1, text: pending.replace(/\r$/, '') }
}
