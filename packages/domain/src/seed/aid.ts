import type { Aid } from '../aid.ts'
import { claim, named, reported, unnamedOfficials } from './evidence-builder.ts'
import { dates, evidence } from './source.ts'

const RAMSTEIN = {
  name: 'Ukraine Defense Contact Group (Ramstein format)',
  meetingNumber: 29,
  chairIds: ['germany', 'united-kingdom'],
}
const ATTENDANCE =
  'The 29th meeting was attended by 50 partner countries of Ukraine, led by Germany and the United Kingdom.'
const FIVE_BILLION =
  'Officials in Kiev said earlier that Ukraine requires the equivalent of over €5 billion ($5.84 billion) in additional military aid this year to boost its production of weapons.'
const SHMYHAL_ITEMS =
  'The funds are necessary to manufacture more remote-controlled drones, interceptor drones and long-range weapons, Defence Minister Denys Shmyhal said during an online meeting in the so-called Ramstein format.'
const kyivOfficials = unnamedOfficials('Officials in Kiev', 'ukraine')
const shmyhalOnline = named('shmyhal', { channel: 'online-meeting' })

const attendance = (id: string) =>
  claim(
    'attendance',
    { qualifier: 'exact', value: 50, subject: 'partner countries', raw: '50 partner countries' },
    evidence(id, ATTENDANCE, reported),
  )

/** DESIGN.md case 4: "over", the source's own dollar figure and the euro value are all kept. */
export const weaponsProductionRequest: Aid = {
  kind: 'aid',
  id: 'aid-ua-request-weapons-production-2025',
  title: 'Ukraine asks for over €5 billion to boost weapons production this year',
  summary:
    'Additional military aid for manufacturing remote-controlled drones, interceptor drones and long-range weapons, raised at the 29th Ramstein-format meeting.',
  stage: 'request',
  category: 'military',
  donorIds: [],
  recipientId: 'ukraine',
  forum: RAMSTEIN,
  claims: [
    claim(
      'money',
      {
        kind: 'amount',
        amount: 5_000_000_000,
        currency: 'EUR',
        qualifier: 'over',
        per: 'total',
        sourceConversion: { amount: 5_840_000_000, currency: 'USD' },
        eur: { amount: 5_000_000_000, rate: 1, rateDate: '2025-07-21' },
        raw: 'over €5 billion ($5.84 billion)',
      },
      evidence('a1-money', FIVE_BILLION, kyivOfficials),
    ),
    claim(
      'period',
      dates.span('this year', '2025-01-01', '2025-12-31', 'year'),
      evidence('a1-period', FIVE_BILLION, kyivOfficials),
    ),
    claim(
      'date',
      dates.span('earlier', '2025-07-14', '2025-07-21', 'week'),
      evidence('a1-date', FIVE_BILLION, kyivOfficials),
    ),
    ...['Remote-controlled drones', 'Interceptor drones', 'Long-range weapons'].map((name, i) =>
      claim('item', { name }, evidence(`a1-item-${i + 1}`, SHMYHAL_ITEMS, shmyhalOnline)),
    ),
    attendance('a1-attendance'),
  ],
}

export const funds2026Request: Aid = {
  kind: 'aid',
  id: 'aid-ua-request-funds-2026',
  title: 'Shmyhal asks partners to provide funds for 2026 already',
  stage: 'request',
  category: 'military',
  donorIds: [],
  recipientId: 'ukraine',
  forum: RAMSTEIN,
  claims: [
    claim(
      'period',
      dates.span('for 2026', '2026-01-01', '2026-12-31', 'year'),
      evidence(
        'a2-period',
        'According to the Interfax-Ukraine news agency, he asked partner countries to already provide funds for 2026.',
        named('shmyhal', {
          reportedBy: { type: 'actor', actorId: 'interfax-ukraine' },
          channel: 'online-meeting',
        }),
      ),
    ),
    attendance('a2-attendance'),
  ],
}

const SYRSKYI_LIST =
  '“We are still urgently lacking air-defence systems and associated missiles, long-range weapons, artillery shells, armoured technology, evacuation equipment, electronic warfare systems, radars, drone systems and more,” the general said'

export const syrskyiNeedsRequest: Aid = {
  kind: 'aid',
  id: 'aid-ua-request-syrskyi-needs',
  title: 'Syrskyi lists Ukraine’s urgent military needs',
  summary: 'The commander-in-chief calls for an increase in military aid.',
  stage: 'request',
  category: 'military',
  donorIds: [],
  recipientId: 'ukraine',
  claims: [
    claim(
      'item',
      { name: 'More military aid', note: 'A call for an increase in military aid' },
      evidence(
        'a3-increase',
        'Ukrainian Commander-in-Chief Oleksandr Syrskyi also called for an increase in military aid.',
        named('syrskyi'),
      ),
    ),
    ...[
      'Air-defence systems and associated missiles',
      'Long-range weapons',
      'Artillery shells',
      'Armoured technology',
      'Evacuation equipment',
      'Electronic warfare systems',
      'Radars',
      'Drone systems',
    ].map((name, i) =>
      claim('item', { name }, evidence(`a3-item-${i + 1}`, SYRSKYI_LIST, named('syrskyi'))),
    ),
  ],
}

export const airDefenceRequest: Aid = {
  kind: 'aid',
  id: 'aid-ua-request-air-defence-2025-07-21',
  title: 'Zelensky: Ukraine needs more air defence systems',
  stage: 'request',
  category: 'military',
  donorIds: [],
  recipientId: 'ukraine',
  claims: [
    claim(
      'item',
      {
        name: 'Air defence systems',
        note: 'To protect larger parts of the country from Russian drones and missiles',
      },
      evidence(
        'a4-item',
        'Zelensky reiterated on Monday that Ukraine needs more air defence systems to protect larger parts of the country from Russian drones and missiles.',
        named('zelensky'),
      ),
    ),
    claim(
      'date',
      dates.day('on Monday', '2025-07-21'),
      evidence('a4-date', 'Zelensky reiterated on Monday', named('zelensky')),
    ),
  ],
}

/** "A considerable financial contribution": no amount, still a pledge (DESIGN.md case 4). */
export const norwayAirDefencePledge: Aid = {
  kind: 'aid',
  id: 'aid-no-de-pledge-air-defence-2025-07',
  title: 'Norway and Germany to jointly finance Ukraine’s air defence',
  summary:
    'After meeting Chancellor Merz in Berlin, Prime Minister Støre declared Norway’s willingness to make a considerable financial contribution.',
  stage: 'pledge',
  category: 'military',
  donorIds: ['norway', 'germany'],
  recipientId: 'ukraine',
  claims: [
    claim(
      'item',
      { name: 'Strengthening of air defence (joint financing)' },
      evidence(
        'a5-item',
        'Germany and Norway want to jointly finance the strengthening of Ukraine’s air defence.',
        reported,
      ),
    ),
    claim(
      'money',
      { kind: 'unspecified', description: 'a considerable financial contribution' },
      evidence(
        'a5-money',
        'Norwegian Prime Minister Jonas Gahr Støre declared his country’s willingness to make a considerable financial contribution.',
        named('store', { channel: 'remarks' }),
      ),
    ),
  ],
}

const PATRIOT = 'Patriot air defence system'
export const germanPatriotPledge: Aid = {
  kind: 'aid',
  id: 'aid-de-pledge-patriots-2025-07',
  title: 'Germany to give Ukraine two more Patriot systems',
  summary:
    'The Bundeswehr is to hand over two of its nine remaining Patriot systems and later receive replacements from the US; buying them in the US for around €1 billion each was the original plan.',
  stage: 'pledge',
  category: 'military',
  donorIds: ['germany'],
  recipientId: 'ukraine',
  claims: [
    claim(
      'item',
      { name: PATRIOT, quantity: { qualifier: 'exact', value: 2, raw: 'two more' } },
      evidence(
        'a6-item',
        'Germany wants to support Ukraine with two more Patriot missile defence systems.',
        reported,
      ),
    ),
    claim(
      'item',
      {
        name: PATRIOT,
        quantity: { qualifier: 'exact', value: 2, raw: 'two of its nine remaining' },
        note: 'From the Bundeswehr’s nine remaining systems, to be replaced later from the US',
      },
      evidence(
        'a6-item-bundeswehr',
        'the Bundeswehr is now to initially hand over two of its nine remaining Patriot systems to Ukraine and later receive replacements from the US',
        reported,
      ),
    ),
    claim(
      'money',
      {
        kind: 'amount',
        amount: 1_000_000_000,
        currency: 'EUR',
        qualifier: 'about',
        per: 'unit',
        eur: { amount: 1_000_000_000, rate: 1, rateDate: '2025-07-21' },
        raw: 'around €1 billion each',
      },
      evidence(
        'a6-money',
        'The original plan was to buy two systems in the US for around €1 billion each and bring them directly to Ukraine.',
        reported,
      ),
    ),
  ],
}

export const aid: readonly Aid[] = [
  weaponsProductionRequest,
  funds2026Request,
  syrskyiNeedsRequest,
  airDefenceRequest,
  norwayAirDefencePledge,
  germanPatriotPledge,
]
