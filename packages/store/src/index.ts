export * from './errors.ts'
export * from './seed.ts'
export type * from './store.ts'
