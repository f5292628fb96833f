import { describe, expect, it } from 'vitest'
import { datasetMistake } from './dataset-header.ts'

describe('datasetMistake', () => {
  it('recognises each dataset by its header and names the flag that imports it', () => {
    const cir =
      'entry,date,event_group,title,brief description,lat,lon,country,province,district,town/city,arms/munition,violence level,link,geolocation\nUW0067,2022-01-01'
    expect(datasetMistake('events.csv', cir)).toContain(
      '`sitrep import events.csv --dataset cir-events`',
    )
    const airForce = '\uFEFFtime_start,time_end,model,launch_place,target,launched,destroyed\r\n'
    expect(datasetMistake('daily.csv', airForce)).toContain('--dataset air-force')
    const acled = 'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1\n'
    expect(datasetMistake('acled.csv', acled)).toContain('--dataset acled')
    const reference = 'model,category,national_origin,type,launch_platform,name\n'
    expect(datasetMistake('missiles_and_uavs.csv', reference)).toContain('--reference')
  })

  it('leaves sitrep’s own CSV and NDJSON alone', () => {
    expect(datasetMistake('records.csv', 'id,kind,title,date_start\n')).toBeUndefined()
    expect(datasetMistake('records.ndjson', '{"id":"talk-1","kind":"talk"}\n')).toBeUndefined()
  })
})
