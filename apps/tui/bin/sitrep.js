#!/usr/bin/env node
// The `sitrep` bin: registers tsx's loader in this process, then runs the TypeScript entry, so
// `npx sitrep` works right after `npm ci` with no build step (as `npm start` runs the API).
// The tsconfig is named because npx runs from any folder, and JSX needs its "react-jsx" setting.
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })
await import('../src/cli.tsx')
