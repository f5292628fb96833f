import type { DeliveryWorkerOptions } from './delivery-worker.ts'
import { loopTurn } from './time-slice.ts'

/**
 * How the Node entry's default loop shares the server's event loop and its one SQLite
 * connection: every query there holds the loop until it ends, so the API's requests wait for
 * whatever the worker runs between two turns. Fan-out is written 100 deliveries a transaction
 * and attempts 50 (1,000 a transaction held the loop about 30 ms at load 11); each transaction
 * and each 1 ms of reads, bodies and signing is followed by a turn of the loop, taken after
 * pending I/O so a request read meanwhile runs first. Chosen with `bench/webhook-bench.ts`: side
 * by side with 200, 100 and 2 ms it gave the lower write p99 at the same deliveries per CPU
 * second (figures in apps/api/README.md).
 */
export const IN_PROCESS_PACING = {
  deliveriesPerWrite: 100,
  outcomesPerWrite: 50,
  sliceMs: 1,
  afterWrite: () => loopTurn(),
} satisfies Partial<DeliveryWorkerOptions>
