import { type ParseArgsConfig, parseArgs } from 'node:util'

/** A command line that cannot be run as typed; its message is shown above the usage. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** BSD's EX_USAGE: the conventional exit code for a command typed wrong. */
export const EXIT_USAGE = 64

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>

const wantsHelp = (args: readonly string[]): boolean => {
  const end = args.indexOf('--')
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')
}

/** Node's wording names the flag inside advice about `--`; a person typing a flag needs less. */
const describeParseError = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error)
  const unknown = /^Unknown option '([^']+)'/.exec(message)
  return unknown ? `unknown flag ${unknown[1]}` : message
}

/**
 * Parses a command line strictly with Node's `util.parseArgs`: `--help` (or `-h`) anywhere
 * before `--` asks for the usage instead, and an unknown flag, a missing value or a stray
 * argument is a UsageError naming it.
 */
export const parseCommandLine = <T extends ParseArgsConfig & { args: readonly string[] }>(
  config: T,
): { help: true } | { help: false; parsed: Parsed<T> } => {
  if (wantsHelp(config.args)) return { help: true }
  try {
    return { help: false, parsed: parseArgs(config) }
  } catch (error) {
    throw new UsageError(describeParseError(error))
  }
}

/**
 * A script's command line from process.argv: prints the usage and exits 0 on `--help`, prints
 * what is wrong and the usage and exits 64 on a usage error.
 */
export const readCommandLine = <T extends ParseArgsConfig & { args: readonly string[] }>(
  config: T,
  usage: string,
): Parsed<T> => {
  try {
    const read = parseCommandLine(config)
    if (!read.help) return read.parsed
    console.log(usage)
    return process.exit(0)
  } catch (error) {
    return failUsage(error instanceof Error ? error.message : String(error), usage)
  }
}

export const failUsage = (message: string, usage: string): never => {
  console.error(`${message}\n\n${usage}`)
  return process.exit(EXIT_USAGE)
}
