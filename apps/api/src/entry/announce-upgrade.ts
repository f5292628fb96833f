import type { OnUpgrade } from '@sitrep/store'

/**
 * An upgrade can take a minute on a large store: say so before it starts, not after, and say how
 * far deriving has got every few seconds (a line each, so a log keeps them).
 */
export const announceUpgrade = (): OnUpgrade => {
  let told = 0
  return (event) => {
    if (event.phase === 'migrate') {
      console.error(
        `sitrep store: upgrading the database (${event.pending.join(', ')}); on a large store this takes a while`,
      )
      return
    }
    if (event.phase === 'dictionaries') {
      console.error(
        'sitrep store: the gazetteer or actor list changed with this version; deriving every record’s enclosing places and regional counts again (minutes on a large store)',
      )
      return
    }
    const now = Date.now()
    if (event.done > 0 && event.done < event.total && now - told < 5000) return
    told = now
    const percent = Math.floor((100 * event.done) / event.total)
    console.error(`sitrep store: deriving ${event.step} (version ${event.version}): ${percent}%`)
  }
}
