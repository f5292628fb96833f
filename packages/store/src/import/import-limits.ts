/**
 * What one import may cost: a request's body is read line by line, so these bound the memory a
 * line holds, the time a body takes and the size of the summary sent back.
 */
export interface ImportLimits {
  /** Bytes of the whole body. */
  readonly maxBytes: number
  /** Bytes of one line (a CSV row's physical line); a record larger than this is refused. */
  readonly maxLineBytes: number
  /** Lines of the whole body. */
  readonly maxLines: number
  /** Rejected lines listed one by one in the summary; the rest are only counted by reason. */
  readonly listedRejections: number
}

/**
 * A line may hold the largest record a single write accepts (2 MiB); a million lines is several
 * times the whole war's record count; a hundred listed rejections are enough to fix a file by.
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxBytes: 512 * 1024 * 1024,
  maxLineBytes: 2 * 1024 * 1024,
  maxLines: 1_000_000,
  listedRejections: 100,
}

/** Why reading stopped before the end of the input. */
export type InputFault = 'max-bytes' | 'max-line-bytes' | 'max-lines' | 'invalid-utf-8'

/**
 * The input cannot be read on from `line`: a limit was crossed or the bytes are not UTF-8. Lines
 * before it were read whole.
 */
export class InputRefused extends Error {
  override name = 'InputRefused'
  constructor(
    readonly fault: InputFault,
    readonly line: number,
    message: string,
  ) {
    super(message)
  }
}
