import type { DeliveryWorkerOptions } from './delivery-worker.ts'
import { loopTurn } from './time-slice.ts'

/**
 * How the Node entry's default loop shares the server's event loop and its one SQLite
 * connection: every query there holds the loop until it ends, so the API's requests wait for
 * whatever the worker runs between two turns. Fan-out is written 200 deliveries a transaction
 * (1,000 held the loop about 30 ms at load 11), each transaction and each 2 ms of reads and
 * sends is followed by a turn of the loop, taken after pending I/O so a request read meanwhile
 * runs first. Chosen with `bench/webhook-bench.ts` (figures in apps/api/README.md).
 */
export const IN_PROCESS_PACING = {
  deliveriesPerWrite: 200,
  outcomesPerWrite: 100,
  sliceMs: 2,
  afterWrite: () => loopTurn(),
} satisfies Partial<DeliveryWorkerOptions>
