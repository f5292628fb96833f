import type { EurRate } from '../eur-conversion.ts'

/**
 * Euro reference rates (units of currency per euro), as annual averages of the European Central
 * Bank's daily reference rates, plus a few monthly averages where sitrep's records need them.
 * A conversion reports which period its rate is for, so a reader can check it.
 */
export const eurReferenceRates: readonly EurRate[] = [
  { currency: 'USD', start: '2022-01-01', end: '2022-12-31', rate: 1.053 },
  { currency: 'USD', start: '2023-01-01', end: '2023-12-31', rate: 1.0813 },
  { currency: 'USD', start: '2024-01-01', end: '2024-12-31', rate: 1.0824 },
  { currency: 'USD', start: '2025-07-01', end: '2025-07-31', rate: 1.1677 },
  { currency: 'GBP', start: '2022-01-01', end: '2022-12-31', rate: 0.85276 },
  { currency: 'GBP', start: '2023-01-01', end: '2023-12-31', rate: 0.86979 },
  { currency: 'GBP', start: '2024-01-01', end: '2024-12-31', rate: 0.84662 },
  { currency: 'NOK', start: '2022-01-01', end: '2022-12-31', rate: 10.1026 },
  { currency: 'NOK', start: '2023-01-01', end: '2023-12-31', rate: 11.4248 },
  { currency: 'NOK', start: '2024-01-01', end: '2024-12-31', rate: 11.629 },
  { currency: 'SEK', start: '2022-01-01', end: '2022-12-31', rate: 10.6296 },
  { currency: 'SEK', start: '2023-01-01', end: '2023-12-31', rate: 11.4788 },
  { currency: 'SEK', start: '2024-01-01', end: '2024-12-31', rate: 11.4325 },
  { currency: 'PLN', start: '2022-01-01', end: '2022-12-31', rate: 4.6861 },
  { currency: 'PLN', start: '2023-01-01', end: '2023-12-31', rate: 4.542 },
  { currency: 'PLN', start: '2024-01-01', end: '2024-12-31', rate: 4.3058 },
  { currency: 'CHF', start: '2022-01-01', end: '2022-12-31', rate: 1.0047 },
  { currency: 'CHF', start: '2023-01-01', end: '2023-12-31', rate: 0.9718 },
  { currency: 'CHF', start: '2024-01-01', end: '2024-12-31', rate: 0.9526 },
  { currency: 'JPY', start: '2022-01-01', end: '2022-12-31', rate: 138.03 },
  { currency: 'JPY', start: '2023-01-01', end: '2023-12-31', rate: 151.99 },
  { currency: 'JPY', start: '2024-01-01', end: '2024-12-31', rate: 163.85 },
  { currency: 'CAD', start: '2022-01-01', end: '2022-12-31', rate: 1.3695 },
  { currency: 'CAD', start: '2023-01-01', end: '2023-12-31', rate: 1.4595 },
  { currency: 'CAD', start: '2024-01-01', end: '2024-12-31', rate: 1.4821 },
  { currency: 'AUD', start: '2022-01-01', end: '2022-12-31', rate: 1.5167 },
  { currency: 'AUD', start: '2023-01-01', end: '2023-12-31', rate: 1.6288 },
  { currency: 'AUD', start: '2024-01-01', end: '2024-12-31', rate: 1.6397 },
]
