/**
 * A worker thread's Node flags: sitrep's source is TypeScript, so a thread needs the loader the
 * process was started with; V8 heap sizing flags are per process and a worker given one refuses
 * to start. One rule for every pool: the read threads, extraction and webhook delivery.
 */
export const threadExecArgv = (argv: readonly string[]): string[] => {
  const kept = argv.filter((arg) => !/^--(max|min)-[a-z-]*(space|generation)-size/.test(arg))
  return kept.some((arg) => arg.includes('tsx')) ? kept : [...kept, '--import', 'tsx']
}
