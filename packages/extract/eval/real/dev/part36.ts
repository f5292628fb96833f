import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the statement round (see ../dev.ts, README.md): envoys, advisers and
 * ministers told in interviews, on television and on Facebook, words carried by an agency
 * ("told Reuters", "told the Interfax news agency", "cited … as saying"), two speakers in one
 * sentence and an office named before its holder; from outlets in neither split, gold annotated
 * from the text alone before the extractor was run on them.
 */
export const part36: readonly RealPassage[] = [
  {
    id: 'dailywrap-kellogg-nato-not-on-table',
    url: 'https://dailywrap.net/en-ie/us-envoy-acknowledges-russias-nato-concerns-rules-out-ukraine-membership,7162254005648096a',
    outlet: 'Daily Wrap',
    text: "The US President Donald Trump's envoy for Ukraine, Keith Kellogg, in an interview with ABC television, discussed Russia's concerns about NATO's eastward expansion. Kellogg stated that these concerns are justified, and the United States does not plan to include Ukraine in the North Atlantic Alliance.\n\n\"We've said that to us, Ukraine coming into NATO is not on the table, and we're not the only country that says that - you know I could probably give you four other countries in NATO and it takes 32 of the 32 to allow you to come in to NATO,\" Kellogg said.",
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=new-keith-kellogg',
          'mode=paraphrase',
          'channel=interview',
          'date=unresolved/day@new-keith-kellogg',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-keith-kellogg',
          'mode=quote',
          'channel=interview',
          'date=unresolved/day@new-keith-kellogg',
        ],
      },
    ],
  },
  {
    id: 'zeenews-podolyak-dialogue-after-withdrawal',
    url: 'https://zeenews.india.com/world/dialogue-with-russia-possible-only-after-ukraine-warns-moscow-2532871.html',
    outlet: 'Zee News',
    text: 'Kyiv: Ukrainian Presidential Advisor Mykhailo Podolyak has said that Kiev could resume dialogue with Moscow only after the withdrawal of Russian troops from Ukraine, the presidential press service reported. In an interview with an Italian daily, Podolyak on Tuesday added that a potential ceasefire deal at the current stage of the conflict would provide Russia with time to strengthen its positions. "The ceasefire for Russia is a tactical pause for reinforcement," he said.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=new-mykhailo-podolyak',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@new-mykhailo-podolyak',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-mykhailo-podolyak',
          'mode=paraphrase',
          'channel=interview',
          'date=unresolved/day@new-mykhailo-podolyak',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-mykhailo-podolyak',
          'mode=quote',
          'channel=interview',
          'date=unresolved/day@new-mykhailo-podolyak',
        ],
      },
    ],
  },
  {
    id: 'alahed-kuleba-minimum-programme-ceasefire',
    url: 'https://english.alahedlb.info/64721/515',
    outlet: 'Al-Ahed News',
    text: 'The Ukrainian foreign minister has expressed optimism that the first face-to-face peace talks with Moscow this week could lead to a ceasefire agreement aimed at ending Russia’s protracted military campaign in the former Soviet state.\n"The minimum program will be humanitarian questions, and the maximum program is reaching an agreement on a ceasefire," Dmytro Kuleba said on national television when asked about the scope of the latest round of peace negotiations that are due to take place in Turkey on Tuesday.\nKuleba’s comments were accompanied by TV footage showing a Ukrainian delegation that arrived in Istanbul for the negotiations with the Russian side.\nPointing to Tuesday’s peace talks, a senior US State Department official told Reuters on condition of anonymity that Putin does not appear ready to make compromises to end the war.\nUkrainian interior ministry adviser Vadym Denysenko said that he doubted "there will be any breakthrough on the main issues."\nKremlin spokesperson Dmitry Peskov said talks so far had not yielded any substantial breakthroughs but it was important that they continued in person.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=ukraine',
          'party=russia',
          'date=unresolved/day@kuleba',
          'status=announced@kuleba',
          'agenda=true@kuleba ~ Humanitarian questions',
          'agenda=true@kuleba ~ An agreement on a ceasefire',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kuleba',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@kuleba',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kuleba',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@kuleba',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/united-states',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@unnamed/united-states',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vadym-denysenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@new-vadym-denysenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
    ],
  },
  {
    id: 'serbesti-peskov-talks-as-early-as-tuesday',
    url: 'https://serbesti.net/nearly-four-million-refugees-have-fled-ukraine/',
    outlet: 'Serbesti',
    text: 'Turkish President Tayyip Erdogan and Russian President Vladimir Putin agreed in a phone call on Sunday that Istanbul would host talks between Ukraine and Russia this week.\n\nKremlin spokesman Dmitry Peskov told reporters on Monday that talks could start as early as Tuesday, as negotiators are expected to arrive in Turkey on Monday.\n\nPeskov declined to elaborate on the specifics of the negotiations.\n\n“Although we cannot and do not want to talk about progress at the talks, the fact that they continue to take place in person is of course important,” Peskov said.\n\n“We adhere to a policy of not disclosing any information about the talks, which we believe could only harm the negotiation process.”\n\nHe acknowledged that no “substantial achievement or breakthrough” had been made in previous rounds of peace talks.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=ukraine',
          'party=russia',
          'date=unresolved/week@unnamed',
          'status=announced@unnamed',
        ],
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
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
    ],
  },
  {
    id: 'sarpycounty-peskov-nothing-hopeful-interfax',
    url: 'https://thesarpycounty.com/kremlin-there-is-nothing-hopeful-in-peace-talks/',
    outlet: 'The Sarpy County',
    text: 'Spokesman Dmitry Peskov said nothing very hopeful had been said and no progress had been made.\n\nPeskov briefed the media on talks with Ukraine held yesterday in Turkey and dashed all hopes for a turnaround.\n\nRussia said yesterday it intended to reduce its military activity in Kyiv and Chernihiv, and Ukraine said it would consider becoming a “neutral” state.\n\n“What is positive is that the Ukrainian side, at least in particular, has started to formulate and put on paper what it proposes. “So far we have not been able to achieve that,” Peskov said.\n\n“As for the rest, we can not, so to speak, say at the moment that there have been any upheavals, something very hopeful,” he told the Interfax news agency.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr',
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
        ],
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
          'speaker=russia',
          'mode=paraphrase',
          'channel=official-statement',
          'date=unresolved/day@russia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'date=unresolved/day@ukraine',
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
  {
    id: 'nycentralpost-kuleba-not-trade-people-land',
    url: 'https://newyork-centralpost.com/2022/03/28/live-news-updates-kyiv-says-it-wont-trade-people-land-and-sovereignty-in-peace-talks/',
    outlet: 'New York Central Post',
    publishedAt: '2022-03-28',
    text: '“The President of Ukraine gave very clear instructions to our delegation. We do not trade people, land and sovereignty,” Dmytro Kuleba said on Ukrainian television late Monday.\n\n“Our position is reinforced concrete,” the foreign minister continued.\n\nThe latest round of peace talks between Ukraine and Russia are set to start on Tuesday in Istanbul. At a bare minimum, Kuleba said Kyiv hoped during this week’s talks to reach agreements on humanitarian corridors and aid for the civilian population. But he also expressed hope that Moscow would be ready for a real peace agreement including a ceasefire.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=ukraine',
          'party=russia',
          'date=2022-03-29..2022-03-29/day@unnamed',
          'status=announced@unnamed',
          'agenda=true@kuleba ~ Agreements on humanitarian corridors and aid for the civilian population',
          'agenda=true@kuleba ~ A real peace agreement including a ceasefire',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kuleba',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=2022-03-28..2022-03-28/day@kuleba',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kuleba',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@kuleba',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kuleba',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@kuleba',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kuleba',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@kuleba',
        ],
      },
    ],
  },
  {
    id: 'dnanews-kuleba-no-consensus-four-points',
    url: 'https://dnanews.com.pk/ukrainian-foreign-minister-says-negotiations-with-russia-are-difficult/',
    outlet: 'DNA News',
    text: 'KYIV: Ukrainian Foreign Minister Dmytro Kuleba said on Friday peace negotiations with Russia were difficult, and denied reports that progress had been made resolving four out of six key issues.\n\n“There is no consensus with Russia on the four points,” Kuleba said in a post on Facebook.\n\n“The negotiation process is very difficult. The Ukrainian delegation has taken a strong position and does not relinquish its demands. We insist, first of all, on a ceasefire, security guarantees and territorial integrity of Ukraine.”\n\nEarlier Turkish broadcaster NTV and others cited President Tayyip Erdoğan as saying progress had been made in talks.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'round=1',
          'party=ukraine',
          'party=russia',
          'status=held@kuleba',
          'agenda=true@kuleba ~ A ceasefire, security guarantees and territorial integrity of Ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kuleba',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@kuleba',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kuleba',
          'mode=quote',
          'channel=social-media-post',
          'about=t1',
          'date=unresolved/day@kuleba',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=erdogan',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@erdogan',
        ],
      },
    ],
  },
]
