import { render } from 'ink-testing-library'
import { describe, expect, it } from 'vitest'
import { plain } from '../testing/fixtures.ts'
import { TabBar } from './tab-bar.tsx'

describe('TabBar', () => {
  it('numbers the six tabs in key order and shows the active filter', () => {
    const frame = plain(render(<TabBar active="disputes" filterNote="@ua-kyiv" />).lastFrame())
    expect(frame).toMatch(/1 Talks +2 Aid +3 Attacks +4 Statements +5 Disputes +6 Timeline/)
    expect(frame).toContain('@ua-kyiv')
  })
})
