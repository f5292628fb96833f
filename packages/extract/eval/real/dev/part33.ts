import type { RealPassage } from '../types.ts'

/**
 * Passages 251–254 of the dev set, in its order (see ../dev.ts): the eighth round's second half,
 * from The JR Voice and Ukrainian Journal (neither split) and dev's Babel and Censor.NET — pledges
 * at a contact group meeting told as a total and per giver, loan money received with the
 * outlet's conversion in brackets beside the loan's total, a loan received under a guarantee,
 * and a next round that may take place — gold annotated from the text alone before the
 * extractor was run on them.
 */
export const part33: readonly RealPassage[] = [
  {
    id: 'jrvoice-udcg-21bn-germany-11bn-uk-4-5bn',
    url: 'https://thejrvoice.com/?p=686',
    outlet: 'The JR Voice',
    text: 'Ukraine’s international supporters have pledged €21 billion in additional military assistance during a high-level meeting of the Ukraine Defence Contact Group (UDCG), held Friday at NATO headquarters in Brussels. The gathering included 51 participating countries and partners, now co-led by Germany and the United Kingdom.\nGerman Defence Minister Boris Pistorius announced that Germany alone will contribute €11 billion in support through 2029—marking the country’s largest military aid package for Ukraine to date. The UK also reaffirmed its commitment, with Defence Secretary John Healey confirming £4.5 billion in support this year, the highest contribution the UK has made so far.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=ukraine-defense-contact-group',
          'forum=unnamed',
          'attendance=exact 51 scope=-@unnamed',
          'money=exact 21000000000 EUR total@unnamed',
          'date=unresolved/day@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=germany',
          'money=exact 11000000000 EUR total@pistorius',
        ],
      },
      {
        kind: 'aid',
        id: 'a3',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-kingdom',
          'money=exact 4500000000 GBP total@healey',
          'period=unresolved/year@healey',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=pistorius',
          'mode=paraphrase',
          'channel=remarks',
          'about=a2',
          'date=unresolved/day@pistorius',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=healey',
          'mode=paraphrase',
          'channel=remarks',
          'about=a3',
          'date=unresolved/day@healey',
        ],
      },
    ],
  },
  {
    id: 'babel-canada-500m-cad-received-of-1-95bn',
    url: 'https://babel.ua/en/news/88418-ukraine-received-500-million-dollars-from-canada-this-money-will-finance-the-expenses-of-the-state-budget',
    outlet: 'Babel',
    publishedAt: '2022-12-20',
    text: 'Within the credit agreement with Canada, Ukraine received an additional 500 million Canadian dollars ($367 million). The total amount of the loan is 1.95 billion Canadian dollars ($1.432 billion).\n\nThe Ministry of Finance of Ukraine reported this on December 20.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=financial',
          'recipient=ukraine',
          'donor=canada',
          'money=exact 500000000 CAD total (367000000 USD)@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ministry-of-finance-of-ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2022-12-20..2022-12-20/day@new-ministry-of-finance-of-ukraine',
        ],
      },
    ],
  },
  {
    id: 'ukrainianjournal-1-5bn-japan-guarantee-world-bank',
    url: 'http://ukrainianjournal.com/index.php?id=37041&w=article',
    outlet: 'Ukrainian Journal',
    text: 'KYIV, July 27 – On Thursday, the State Budget of Ukraine received a $1.5 billion in concessional financing, the loan funds are provided under the guarantee of the Government of Japan through the mechanism of the World Bank\'s Trust Fund, the Ministry of Finance has reported.\n"The involved financing will be aimed at recovering the economy and strengthening the social protection of the population," Minister of Finance Serhiy Marchenko said, who thanked the World Bank team and Japan for the provision of funds.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=financial',
          'recipient=ukraine',
          'donor=japan',
          'donor=new-world-bank',
          'money=exact 1500000000 USD total@unnamed/ukraine',
          'date=unresolved/day@unnamed/ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-serhiy-marchenko',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-serhiy-marchenko',
        ],
      },
    ],
  },
  {
    id: 'censor-peskov-next-round-may-be-istanbul',
    url: 'https://censor.net/en/news/3554847/where-the-next-talks-between-ukraine-and-russia-will-take-place-what-peskov-says',
    outlet: 'Censor.NET',
    text: 'The next round of talks between Ukraine and Russia may take place in Istanbul.\nThis was announced by Kremlin spokesman Dmitry Peskov, Censor.NET reports.\n"Istanbul is considered a possible platform for the next round of talks between Russia and Ukraine," Peskov said.\nHe did not specify when the talks might take place.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: ['venue=tr-istanbul', 'round=1', 'party=ukraine', 'party=russia'],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@peskov',
        ],
      },
    ],
  },
]
