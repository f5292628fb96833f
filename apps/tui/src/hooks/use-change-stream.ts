import type { ChangeStreamState, WatchChanges } from '@sitrep/client'
import type { Change } from '@sitrep/domain'
import { useEffect, useState } from 'react'

export type Connection = 'connecting' | 'connected' | 'reconnecting' | 'offline'

export interface LiveState {
  readonly connection: Connection
  /** When the last write arrived, or when the stream connected. */
  readonly lastUpdate: Date | undefined
  /** Record ids written since the dashboard opened, for the highlight. */
  readonly fresh: ReadonlySet<string>
  readonly latest: Change | undefined
  /** Counts writes, so screens can refetch when it moves. */
  readonly changes: number
  /** Counts connections after the first: after an outage the lists are fetched again. */
  readonly reconnects: number
}

/**
 * A dropped stream is first "reconnecting"; when the next attempt fails at the network too
 * (fetch throws TypeError) the API is not there at all: "offline", until it answers again.
 */
export const connectionOf = (state: ChangeStreamState): Connection => {
  if (state.state !== 'reconnecting') return state.state
  return state.error instanceof TypeError && state.attempt > 1 ? 'offline' : 'reconnecting'
}

export type Watch = (watch: WatchChanges) => Promise<void>

/** Follows the change feed for as long as the component is mounted; unmounting aborts it. */
export const useChangeStream = (watch: Watch | undefined): LiveState => {
  const [live, setLive] = useState<LiveState>({
    connection: watch ? 'connecting' : 'offline',
    lastUpdate: undefined,
    fresh: new Set(),
    latest: undefined,
    changes: 0,
    reconnects: 0,
  })
  useEffect(() => {
    if (!watch) return
    const controller = new AbortController()
    void watch({
      signal: controller.signal,
      onState: (state) =>
        setLive((l) => {
          const connection = connectionOf(state)
          // The same state again draws nothing new; a redraw is the dashboard's main cost.
          if (connection === l.connection && connection !== 'connected') return l
          const back = connection === 'connected' && l.lastUpdate !== undefined
          return {
            ...l,
            connection,
            lastUpdate: connection === 'connected' ? new Date() : l.lastUpdate,
            reconnects: l.reconnects + (back && l.connection !== 'connected' ? 1 : 0),
          }
        }),
      onChange: (change) =>
        setLive((l) => ({
          ...l,
          lastUpdate: new Date(),
          fresh: new Set([...l.fresh, change.recordId]),
          latest: change,
          changes: l.changes + 1,
        })),
    })
    return () => controller.abort()
  }, [watch])
  return live
}
