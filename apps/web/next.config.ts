import type { NextConfig } from 'next'

const config: NextConfig = {
  // Workspace packages are TypeScript source behind `exports`; Next compiles them like app code.
  transpilePackages: ['@sitrep/client', '@sitrep/domain'],
  // `next build` would type-check through TypeScript's JavaScript API, which TypeScript 7 no
  // longer has; the `typecheck` task runs `tsc -p` over the same files instead.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  reactStrictMode: true,
}

export default config
