import type { RealPassage } from '../types.ts'

/**
 * Passages 278–281 of the dev set, in its order (see ../dev.ts): the thirteenth round's talks,
 * from outlets in neither split (BGNES, The Truth International, Market Research Telecast, The
 * Quint) — outcomes told as agreed and as proposed, a round concluded without agreement, a round
 * one side "could" hold and the other will not confirm, earlier rounds recalled with their dates
 * and a ministers' meeting announced — gold annotated from the text alone before the extractor
 * was run on them.
 */
export const part42: readonly RealPassage[] = [
  {
    id: 'bgnes-istanbul-third-round-1200-pows-truce-proposed',
    url: 'https://www.bgnes.com/politics/russia-and-ukraine-agree-on-new-prisoner-exchange-kiev-proposes-meeting-between-zelensky-and-putin',
    outlet: 'BGNES',
    text: 'During the third round of negotiations in Istanbul, Ukraine and Russia agreed to exchange 1,200 prisoners of war. The Russian side proposed a ceasefire lasting between 24 and 48 hours to allow troops from both sides to collect the dead and wounded. At the same time, Kiev proposed a meeting between Volodymyr Zelensky and Vladimir Putin by the end of August.\n"Continuing the exchange of prisoners of war, we agreed that at least 1,200 additional prisoners of war from both sides will be exchanged in the near future," said Vladimir Medinsky, head of the Russian delegation in Istanbul.\nHe added that Moscow had offered to hand over the bodies of 3,000 killed soldiers to Kiev.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=3',
          'party=ukraine',
          'party=russia',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ Exchange 1,200 prisoners of war',
          'outcome=other@unnamed ~ The Russian side proposed a ceasefire lasting between 24 and 48 hours to allow troops from both sides to collect the dead and wounded',
          'outcome=other@unnamed ~ Kiev proposed a meeting between Volodymyr Zelensky and Vladimir Putin by the end of August',
          'outcome=agreement@medinsky ~ At least 1,200 additional prisoners of war from both sides will be exchanged in the near future',
          'outcome=other@medinsky ~ Moscow had offered to hand over the bodies of 3,000 killed soldiers to Kiev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=medinsky',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@medinsky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=medinsky',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@medinsky',
        ],
      },
    ],
  },
  {
    id: 'truthintl-abu-dhabi-second-round-no-agreement',
    url: 'https://thetruthinternational.com/us-brokered-peace-talks-end-without-breakthrough-as-russian-strikes-plunge-ukraine-into-darkness',
    outlet: 'The Truth International',
    text: 'Ukraine and Russia ended a second round of U.S.-brokered peace talks in Abu Dhabi on Saturday without reaching any agreement. The discussions took place over two days. They were held amid continued fighting and rising civilian suffering.\nBoth sides confirmed that no deal was signed. However, Moscow and Kyiv said they remain open to further dialogue. Ukrainian President Volodymyr Zelensky said the talks focused on possible frameworks to end the war.\nHe said all delegations agreed to report back to their leaderships. Each side will review the details internally. Zelensky added that follow-up meetings could happen as early as next week.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=2',
          'party=ukraine',
          'party=russia',
          'date=unresolved/day@unnamed',
          'status=concluded@unnamed',
          'outcome=other@unnamed ~ Without reaching any agreement',
          'outcome=other@russia ~ No deal was signed',
          'outcome=other@ukraine ~ No deal was signed',
          'agenda=true@zelensky ~ Possible frameworks to end the war',
          'outcome=agreement@zelensky ~ All delegations agreed to report back to their leaderships',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=russia',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@russia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ukraine',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=russia',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@russia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ukraine',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'mrtelecast-second-round-wednesday-kuleba-not-confirmed',
    url: 'https://marketresearchtelecast.com/kyiv-does-not-confirm-negotiations-with-moscow-on-wednesday/245170/',
    outlet: 'Market Research Telecast',
    text: 'Ukrainian Foreign Minister Dmitro Kuleba avoided confirming that the second round of negotiations with Russia will be held on Wednesday, as previously suggested by Moscow.\n\n“At the moment it is not known when new negotiations will take place,” Kuleba said in a video message posted on Facebook.\n\nThe Kremlin said hours earlier that the second round of negotiations between the Russian and Ukrainian delegations on a possible ceasefire in Ukraine could be held on Wednesday, without revealing the venue of the meeting.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'round=2',
          'party=ukraine',
          'party=russia',
          'date=unresolved/day@kremlin',
          'agenda=true@kremlin ~ A possible ceasefire in Ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kuleba',
          'mode=quote',
          'channel=video-message',
          'about=t1',
          'date=unresolved/day@kuleba',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kremlin',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@kremlin',
        ],
      },
    ],
  },
  {
    id: 'quint-lavrov-kuleba-announced-belarus-rounds-recalled',
    url: 'https://www.thequint.com/news/world/russia-ukraine-third-round-of-talks-belarus-ceasefire',
    outlet: 'The Quint',
    publishedAt: '2022-03-08',
    text: 'The Russian foreign ministry also stated that a meeting would take place on Thursday between Russian Foreign Minister Sergey Lavrov and Ukrainian Foreign Minister Dmytro Kuleba in Turkey, as per a report by CNN.\nThe first round of talks had taken place on 28 February, and the second round on 3 March.\nWhile the first round ended without any agreement between the two sides, the second round indicated some progress.\nMykhailo Podolyak, a member of Ukraine’s delegation, after the second round of talks said that the parties had reached a tentative agreement to organise safe corridors for civilians to evacuate and for humanitarian supplies to be delivered.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr',
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=2022-03-10..2022-03-10/day@ru-mfa',
          'status=announced@ru-mfa',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=2022-02-28..2022-02-28/day@unnamed',
          'status=held@unnamed',
          'outcome=other@unnamed ~ Ended without any agreement between the two sides',
        ],
      },
      {
        kind: 'talk',
        id: 't3',
        facts: [
          'round=2',
          'party=russia',
          'party=ukraine',
          'date=2022-03-03..2022-03-03/day@unnamed',
          'status=held@unnamed',
          'outcome=other@unnamed ~ Indicated some progress',
          'outcome=agreement@new-mykhailo-podolyak ~ A tentative agreement to organise safe corridors for civilians to evacuate and for humanitarian supplies to be delivered',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mfa',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@ru-mfa',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-mykhailo-podolyak',
          'mode=paraphrase',
          'channel=remarks',
          'about=t3',
          'date=unresolved/day@new-mykhailo-podolyak',
        ],
      },
    ],
  },
]
