import {
  type CurrencyAmount,
  eurReferenceRates,
  type IsoDate,
  type StatedMoney,
  toEur,
} from '@sitrep/domain'
import { qualifierBefore } from './quantities.ts'

const SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  US$: 'USD',
  '£': 'GBP',
  '₴': 'UAH',
  '₽': 'RUB',
  C$: 'CAD',
  A$: 'AUD',
}
const WORDS: Record<string, string> = {
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  hryvnas: 'UAH',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  kroner: 'NOK',
  krone: 'NOK',
  kronor: 'SEK',
  krona: 'SEK',
  crowns: 'SEK',
  crown: 'SEK',
  yen: 'JPY',
  // the currencies of the eastern EU states that give: "100 million leva", "2 billion zlotys"
  leva: 'BGN',
  lev: 'BGN',
  zloty: 'PLN',
  zlotys: 'PLN',
  zlotych: 'PLN',
  korunas: 'CZK',
  koruna: 'CZK',
  lei: 'RON',
}
/** "Canadian dollars", "Danish kroner": the country settles which dollar or krone. */
const BY_COUNTRY: Record<string, string> = {
  'Canadian dollar': 'CAD',
  'Australian dollar': 'AUD',
  'US dollar': 'USD',
  'Danish kroner': 'DKK',
  'Danish krone': 'DKK',
  'Swedish kronor': 'SEK',
  'Swedish krona': 'SEK',
  'Norwegian kroner': 'NOK',
  'Norwegian krone': 'NOK',
  'Czech crown': 'CZK',
  'Norwegian crown': 'NOK',
  'Danish crown': 'DKK',
  'Swedish crown': 'SEK',
  'Czech koruna': 'CZK',
}
const CODES = [
  'EUR',
  'USD',
  'GBP',
  'UAH',
  'RUB',
  'NOK',
  'SEK',
  'DKK',
  'CHF',
  'CAD',
  'AUD',
  'JPY',
  'PLN',
  'BGN',
  'CZK',
  'RON',
  'HUF',
]
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  bln: 1e9,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
}

const SYMBOL = '(US\\$|C\\$|A\\$|[€$£₴₽])'
const NUM = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)'
const SCALE_WORD = '(?:(?:\\s*|-)(thousand|million|billion|trillion|bn|mn|mln|bln|[mbk])\\b)?'
const CODE_OR_WORD = `(${CODES.join('|')}|${Object.keys(WORDS).join('|')})`
/**
 * "€5 billion", "$5.84bn", "EUR 500 million", "500 million euros", "1.2 billion US dollars", "a 2
 * billion-euro plan".
 */
const AMOUNT = `(?:${SYMBOL}\\s?${NUM}${SCALE_WORD}|(${CODES.join('|')})\\s?${NUM}${SCALE_WORD}|${NUM}${SCALE_WORD}(?:\\s+|-)(?:(US|U\\.S\\.|Norwegian|Swedish|Danish|Canadian|Australian|Czech)\\s+)?${CODE_OR_WORD}\\b)`
/** How a source hedges the conversion it prints: "(almost $44 million)", "(some €120 million)". */
const BRACKET_WORDS =
  '(?:about|abouts|around|approximately|approx\\.|almost|nearly|roughly|some|over|more than|up to|at least|circa)'
const BRACKET = new RegExp(`\\((?:${BRACKET_WORDS}\\s+)?(.*)\\)$`, 'i')
const MONEY = new RegExp(
  `${AMOUNT}(\\s+(?:each|apiece|per\\s+(?:unit|system|piece)))?(\\s*\\((?:${BRACKET_WORDS}\\s+)?${AMOUNT}\\))?`,
  'gi',
)
const ONE_AMOUNT = new RegExp(`^${AMOUNT}$`, 'i')

/**
 * A bare "kroner" or "crowns" is the krone of the country the text is about: "Denmark …
 * 2.4 billion kroner" is Danish, "Norway … 15 billion crowns" Norwegian.
 */
const kroneOf = (word: string, context: string): string | undefined => {
  if (!/^(?:kron(?:er|e|or|a)|crowns?)$/i.test(word)) return undefined
  const danish = /\b(?:Denmark|Danish|Copenhagen)\b/.test(context)
  const norwegian = /\b(?:Norway|Norwegian|Oslo)\b/.test(context)
  const swedish = /\b(?:Sweden|Swedish|Stockholm)\b/.test(context)
  // "the Czech government … 500 million crowns": the koruna is a crown too
  const czech = /^crowns?$/i.test(word) && /\b(?:Czech|Czechia|Prague)\b/.test(context)
  if ([danish, norwegian, swedish, czech].filter(Boolean).length !== 1) return undefined
  return danish ? 'DKK' : norwegian ? 'NOK' : swedish ? 'SEK' : 'CZK'
}

/** Groups of AMOUNT: symbol, number, scale | code, number, scale | number, scale, word. */
const readAmount = (text: string, context = ''): CurrencyAmount | undefined => {
  const g = ONE_AMOUNT.exec(text.trim())
  if (!g) return undefined
  const [symbol, n1, s1, code, n2, s2, n3, s3, country, word] = g.slice(1)
  const currency = symbol
    ? (SYMBOLS[symbol.toUpperCase()] ?? SYMBOLS[symbol])
    : code
      ? code.toUpperCase()
      : word
        ? (BY_COUNTRY[
            `${country?.replace(/\./g, '') ?? ''} ${word.toLowerCase().replace(/s$/, '')}`
          ] ??
          (country ? undefined : kroneOf(word, context)) ??
          WORDS[word.toLowerCase()] ??
          word.toUpperCase())
        : undefined
  const digits = n1 ?? n2 ?? n3
  const scale = (s1 ?? s2 ?? s3 ?? '').toLowerCase()
  if (!currency || !digits) return undefined
  const amount = Math.round(Number(digits.replace(/,/g, '')) * (SCALE[scale] ?? 1) * 100) / 100
  return amount > 0 && Number.isFinite(amount) ? { amount, currency } : undefined
}

/**
 * The euro value on the publication day, from the domain's reference rates (the rate and the
 * period it is for are kept); none without a publication day or a rate for the currency.
 */
const euroValue = (amount: CurrencyAmount, on: IsoDate | undefined): Pick<StatedMoney, 'eur'> => {
  const converted = on ? toEur(amount, on, eurReferenceRates) : undefined
  return converted?.ok ? { eur: converted.value } : {}
}

export interface MoneyMention {
  readonly start: number
  readonly end: number
  readonly money: StatedMoney
}

/**
 * Stated amounts in a text: currency from a symbol, code or word, the qualifier written before
 * it, "each" as a per-unit price, and a conversion the source printed in brackets kept as the
 * source's own, and the euro value sitrep computes from the domain's reference rates.
 */
/**
 * "€40-50 million", "between 100 and 150 million euros": a range, read as at least its low end
 * (the high end's scale and currency, or the low end's symbol, complete it), so a later exact
 * figure inside the range disputes nothing. "from €1bn to €2bn" tells a rise, no range.
 */
const RANGE_LOW = new RegExp(
  `(?:\\bbetween\\s+${SYMBOL}?\\s?${NUM}${SCALE_WORD}\\s+and|${SYMBOL}?\\s?${NUM}${SCALE_WORD}\\s?[-–])\\s?`,
  'gi',
)
const UPPER = new RegExp(`^${NUM}${SCALE_WORD}`, 'i')

const findRanges = (text: string, on: IsoDate | undefined, context: string): MoneyMention[] => {
  const ranges: MoneyMention[] = []
  RANGE_LOW.lastIndex = 0
  for (let r = RANGE_LOW.exec(text); r; r = RANGE_LOW.exec(text)) {
    const [, sym1, low1, scale1, sym2, low2, scale2] = r
    const symbol = sym1 ?? sym2
    const low = low1 ?? low2
    const upperAt = r.index + r[0].length
    MONEY.lastIndex = upperAt
    const m = MONEY.exec(text)
    const bare = UPPER.exec(text.slice(upperAt))
    // "€40-50 million": the high end borrows the low end's symbol
    const upper =
      m?.index === upperAt
        ? { text: m[0].replace(/\s*\(.*\)$/, ''), end: upperAt + m[0].length }
        : symbol && bare?.[2]
          ? { text: `${symbol}${bare[0]}`, end: upperAt + bare[0].length }
          : undefined
    const high = upper ? readAmount(upper.text, context) : undefined
    const scale = (
      scale1 ??
      scale2 ??
      UPPER.exec(upper?.text.replace(/^\D+/, '') ?? '')?.[2] ??
      ''
    ).toLowerCase()
    const amount = Number(low?.replace(/,/g, '')) * (SCALE[scale] ?? 1)
    if (!upper || !high || !(amount > 0) || amount >= high.amount) continue
    const stated = { amount: Math.round(amount * 100) / 100, currency: high.currency }
    ranges.push({
      start: r.index,
      end: upper.end,
      money: {
        kind: 'amount',
        ...stated,
        qualifier: 'at-least',
        per: 'total',
        ...euroValue(stated, on),
        raw: text.slice(r.index, upper.end).slice(0, 200),
      },
    })
    RANGE_LOW.lastIndex = upper.end
  }
  return ranges
}

/** "one billion euros", "two million dollars": a small number spelled out before its scale. */
const SPELLED =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a)(?=\s+(?:million|billion)\s+(?:[\p{Lu}][\p{Ll}]+\s+|U\.?S\.?\s+)?(?:euros?|dollars?|pounds|kroner|kronor|crowns?|yen|hryvnias?)\b)/giu
const DIGIT_OF: Record<string, string> = {
  a: '1',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
}

/** The text with spelled numbers written as digits, left-aligned so every offset stays put. */
const withDigits = (text: string): string =>
  /\b(?:million|billion)\b/i.test(text)
    ? text.replace(SPELLED, (w) => (DIGIT_OF[w.toLowerCase()] ?? w).padEnd(w.length, ' '))
    : text

export const findMoney = (
  written: string,
  on: IsoDate | undefined,
  /** The text around, which settles which krone a bare "kroner" is. */
  context = written,
): MoneyMention[] => {
  const found: MoneyMention[] = []
  const text = withDigits(written)
  // every amount has a digit: most sentences have none, and the pattern is long to try
  if (!/\d/.test(text)) return found
  const ranges = /\d\s?[-–]\s?[$€£\d]|\bbetween\b/i.test(text) ? findRanges(text, on, context) : []
  found.push(...ranges)
  MONEY.lastIndex = 0
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    const at = m.index
    if (ranges.some((r) => at >= r.start && at < r.end)) continue
    const head = m[0].replace(/\s*\(.*\)$/, '').replace(/\s+(?:each|apiece|per\s+\w+)$/i, '')
    const stated = readAmount(head, context)
    if (!stated) continue
    const bracket = BRACKET.exec(m[0])
    const conversion = bracket?.[1] ? readAmount(bracket[1], context) : undefined
    const { qualifier, start } = qualifierBefore(text, m.index)
    const end = m.index + m[0].length
    const raw = written.slice(start, end)
    found.push({
      start,
      end,
      money: {
        kind: 'amount',
        amount: stated.amount,
        currency: stated.currency,
        qualifier,
        per: /\b(?:each|apiece|per)\b/i.test(m[0]) ? 'unit' : 'total',
        ...(conversion && conversion.currency !== stated.currency
          ? { sourceConversion: conversion }
          : {}),
        ...euroValue(stated, on),
        raw: raw.slice(0, 200),
      },
    })
  }
  return ranges.length > 0 ? found.sort((a, b) => a.start - b.start) : found
}

/** Money promised without a figure: "a considerable financial contribution". */
const UNSPECIFIED =
  /\b(?:an?\s+)?(?:considerable|substantial|significant|large|sizeable|undisclosed|unspecified|further|additional)\s+(?:financial\s+)?(?:contribution|sum|amount|funding|financial support|package)\b/i

export const findUnspecifiedMoney = (
  text: string,
): { start: number; end: number; description: string } | undefined => {
  const m = UNSPECIFIED.exec(text)
  return m ? { start: m.index, end: m.index + m[0].length, description: m[0] } : undefined
}
