import type { RejectionCode } from '../parts/import-store.ts'
import type { LineRejection } from './import-stream.ts'

/**
 * Rejected lines in bounded memory: the first `listed` by line number kept whole, every one
 * counted by code. Lines arrive nearly in order (a batch's record checks come after later lines'
 * JSON errors), so the list is trimmed back to `listed` whenever it doubles.
 */
export class RejectionTally {
  #kept: LineRejection[] = []
  #byCode: Partial<Record<RejectionCode, number>> = {}
  count = 0

  constructor(readonly limit: number) {}

  add(rejection: LineRejection) {
    this.count += 1
    this.#byCode[rejection.code] = (this.#byCode[rejection.code] ?? 0) + 1
    if (this.limit === 0) return
    this.#kept.push(rejection)
    if (this.#kept.length >= 2 * this.limit) this.#trim()
  }

  listed(): LineRejection[] {
    this.#trim()
    return [...this.#kept]
  }

  byCode(): Partial<Record<RejectionCode, number>> {
    return { ...this.#byCode }
  }

  #trim() {
    this.#kept.sort((a, b) => a.line - b.line)
    this.#kept.length = Math.min(this.#kept.length, this.limit)
  }
}
