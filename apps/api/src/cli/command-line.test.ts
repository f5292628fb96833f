import { describe, expect, it } from 'vitest'
import { parseCommandLine, UsageError } from './command-line.ts'

const options = {
  dataset: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const

const parse = (...args: string[]) => parseCommandLine({ args, options, allowPositionals: true })

describe('parseCommandLine', () => {
  it('reads flags and arguments', () => {
    expect(parse('events.csv', '--dataset', 'cir-events')).toEqual({
      help: false,
      parsed: { values: { dataset: 'cir-events', json: false }, positionals: ['events.csv'] },
    })
  })

  it('refuses an unknown flag, naming it', () => {
    expect(() => parse('events.csv', '--datset', 'cir-events')).toThrow(
      new UsageError('unknown flag --datset'),
    )
  })

  it('refuses a flag without its value', () => {
    expect(() => parse('events.csv', '--dataset')).toThrow(UsageError)
    expect(() => parse('events.csv', '--dataset')).toThrow(/--dataset/)
  })

  it('refuses an argument where the command takes none', () => {
    expect(() => parseCommandLine({ args: ['extra'], options })).toThrow(/extra/)
  })

  it('answers --help or -h with the usage, even beside a mistake', () => {
    expect(parse('--help')).toEqual({ help: true })
    expect(parse('-h', '--bogus')).toEqual({ help: true })
  })

  it('takes --help after -- as an argument, not a request for the usage', () => {
    expect(parse('--', '--help')).toMatchObject({
      help: false,
      parsed: { positionals: ['--help'] },
    })
  })
})
