#!/usr/bin/env node
// The `sitrep` bin: registers tsx's loader in this process, then runs the TypeScript entry, so
// `npx sitrep` works right after `npm ci` with no build step (as `npm start` runs the API).
import { register } from 'tsx/esm/api'

register()
await import('../src/cli.tsx')
