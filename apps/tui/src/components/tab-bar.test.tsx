import { Box } from 'ink'
import { render } from 'ink-testing-library'
import { describe, expect, it } from 'vitest'
import { plain } from '../testing/fixtures.ts'
import { TabBar } from './tab-bar.tsx'

const TAB_LINE = /^sitrep +1 Talks +2 Aid +3 Attacks +4 Statements +5 Disputes +6 Timeline/

describe('TabBar', () => {
  it('numbers the six tabs in key order and shows the active filter', () => {
    const frame = plain(render(<TabBar active="disputes" filterNote="in Kyiv" />).lastFrame())
    expect(frame).toMatch(TAB_LINE)
    expect(frame).toContain('filter: in Kyiv')
  })

  it('keeps every tab label whole at 80 columns under a long filter, the filter on its own line', () => {
    const note = '2022-02-24→2022-12-31 · in Kharkiv Oblast · by Ministry of Defence of Ukraine'
    const frame = plain(
      render(
        <Box width={80}>
          <TabBar active="attacks" filterNote={note} />
        </Box>,
      ).lastFrame(),
    )
    const [tabs, filter] = frame.split('\n')
    expect(tabs).toMatch(TAB_LINE)
    expect(filter).toMatch(/^filter: 2022-02-24→2022-12-31 · in Kharkiv Oblast/)
    expect(filter?.length).toBeLessThanOrEqual(80)
  })
})
