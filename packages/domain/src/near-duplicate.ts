import { textWords } from './text-fingerprint.ts'

/**
 * Near-duplicate text by MinHash over word shingles, with LSH banding so that a store finds
 * candidates by an indexed lookup of band keys rather than by reading every text.
 *
 * Five-word shingles: long enough that two different reports of the same night (sharing names,
 * places and stock phrases such as "overnight into Monday") share few of them, short enough that
 * a changed word breaks only five. 128 hashes estimate a Jaccard of 0.4 within ±0.09 (two standard
 * errors). 42 bands of 3 hashes (the last two hashes are in no band) make a pair at Jaccard 0.4 a
 * candidate with probability 0.94, at 0.5 with 0.996, at 0.2 with 0.29 and at 0.1 with 0.04;
 * candidates are then checked against the whole signature.
 */
export const SHINGLE_WORDS = 5
export const SIGNATURE_LENGTH = 128
export const BANDS = 42
const ROWS = 3

/**
 * Estimated Jaccard at or above which a text is a copy of another (syndicated, re-headlined,
 * paragraphs moved, a sentence added, cut short). Chosen on the seed article
 * (near-duplicate.test.ts): a copy re-headlined with sections moved and a sentence added scores
 * 0.91, one cut to its first half 0.50 (a subset's Jaccard is its share of the whole), a retyped
 * one 1.0; a different report of the same night 0.0. Two independent reports share almost no
 * five-word runs, so 0.4 keeps a wide margin on both sides.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.4

/** MurmurHash3's finaliser: a bijection on 32 bits with full avalanche. */
const fmix32 = (input: number): number => {
  let h = input >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** FNV-1a over UTF-16 code units, finalised: a fast 32-bit hash of a shingle. */
const hash32 = (text: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return fmix32(h)
}

/**
 * One seed per hash function, fixed forever (splitmix32 from a constant): signatures are stored,
 * so every process must draw the same functions. h_i(x) = fmix32(x xor seed_i) is a permutation
 * of 32-bit values for each i.
 */
const SEEDS: readonly number[] = (() => {
  const seeds: number[] = []
  let state = 0x5eed5eed
  for (let i = 0; i < SIGNATURE_LENGTH; i++) {
    state = (state + 0x9e3779b9) >>> 0
    seeds.push(fmix32(state))
  }
  return seeds
})()

/** The text's distinct word shingles (a text shorter than one shingle is one shingle). */
export const shingles = (text: string): Set<string> => {
  const words = textWords(text)
  if (words.length === 0) return new Set()
  if (words.length < SHINGLE_WORDS) return new Set([words.join(' ')])
  const out = new Set<string>()
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    out.add(words.slice(i, i + SHINGLE_WORDS).join(' '))
  return out
}

export type MinHashSignature = readonly number[]

/**
 * Fewer words than this and a text is not compared for near-duplicates, only by its exact words
 * and its URL. News flashes are built on one formula: "At least three people were killed in a
 * Russian missile strike on Odesa overnight into Tuesday, the regional governor said." and the
 * same sentence about Mykolaiv share half their five-word runs (Jaccard 0.52) yet report two
 * strikes. Past about three sentences, independent reports diverge in too many places for that.
 */
export const NEAR_DUPLICATE_MIN_WORDS = 50

/**
 * Names the scheme stored signatures and band keys were made with; a store re-derives them when
 * it changes (a different shingle size or hash makes old keys meaningless).
 */
export const NEAR_DUPLICATE_SCHEME = `minhash-w${SHINGLE_WORDS}-h${SIGNATURE_LENGTH}-b${BANDS}-m${NEAR_DUPLICATE_MIN_WORDS}-v1`

/** The signature a store keeps for near-duplicate lookups; undefined for a text too short. */
export const nearDuplicateSignature = (text: string): MinHashSignature | undefined =>
  textWords(text).length < NEAR_DUPLICATE_MIN_WORDS ? undefined : minHashSignature(text)

/** The MinHash signature of a text; undefined for a text without words. */
export const minHashSignature = (text: string): MinHashSignature | undefined => {
  const set = shingles(text)
  if (set.size === 0) return undefined
  const signature = new Array<number>(SIGNATURE_LENGTH).fill(0xffffffff)
  for (const shingle of set) {
    const h = hash32(shingle)
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const v = fmix32(h ^ (SEEDS[i] ?? 0))
      if (v < (signature[i] ?? 0xffffffff)) signature[i] = v
    }
  }
  return signature
}

/** The share of positions where two signatures agree: an unbiased estimate of their Jaccard. */
export const estimatedJaccard = (a: MinHashSignature, b: MinHashSignature): number => {
  let same = 0
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i]) same++
  return same / SIGNATURE_LENGTH
}

/** Exact Jaccard of two texts' shingle sets, for tests and calibration. */
export const shingleJaccard = (a: string, b: string): number => {
  const x = shingles(a)
  const y = shingles(b)
  let both = 0
  for (const s of x) if (y.has(s)) both++
  const either = x.size + y.size - both
  return either === 0 ? 0 : both / either
}

/**
 * One key per band ("07:1a2b3c4d", band number then a hash of its rows): two texts sharing any
 * key are candidates. A hash collision only adds a candidate, which the signature then refutes.
 */
export const lshBandKeys = (signature: MinHashSignature): string[] => {
  const keys: string[] = []
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band
    for (let row = 0; row < ROWS; row++)
      h = fmix32(Math.imul(h ^ (signature[band * ROWS + row] ?? 0), 0x01000193))
    keys.push(`${band.toString().padStart(2, '0')}:${h.toString(16).padStart(8, '0')}`)
  }
  return keys
}

/** Hex, eight digits a hash: how a signature is stored. */
export const encodeSignature = (signature: MinHashSignature): string =>
  signature.map((v) => v.toString(16).padStart(8, '0')).join('')

/** Undefined when the text is not a signature of this scheme's length. */
export const decodeSignature = (hex: string): MinHashSignature | undefined => {
  if (!/^[0-9a-f]*$/.test(hex) || hex.length !== SIGNATURE_LENGTH * 8) return undefined
  const out: number[] = []
  for (let i = 0; i < hex.length; i += 8) out.push(Number.parseInt(hex.slice(i, i + 8), 16))
  return out
}
