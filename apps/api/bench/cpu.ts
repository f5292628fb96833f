import { readdirSync, readFileSync } from 'node:fs'

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS = 100

/**
 * CPU seconds used so far by every process of a process group (the server started detached:
 * npm, its shell and node), read from /proc. Linux only; elsewhere the figure is left out.
 */
export const groupCpuSeconds = (pgid: number): number | undefined => {
  let ticks = 0
  try {
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let stat: string
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      } catch {
        continue
      }
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      ticks += Number(fields[11]) + Number(fields[12])
    }
  } catch {
    return undefined
  }
  return ticks / TICKS
}

/** The machine's 1-minute load average, printed beside every figure. */
export const loadAverage = (): number => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0])
