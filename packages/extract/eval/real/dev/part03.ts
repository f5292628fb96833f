import type { RealPassage } from '../types.ts'

/** Passages 20–33 of the dev set, in its order (see ../dev.ts). */
export const part03: readonly RealPassage[] = [
  {
    id: 'unn-kiper-condolences-odesa',
    url: 'https://unn.ua/en/news/kipper-expresses-condolences-to-the-families-and-victims-of-the-missile-attack-on-odesa',
    outlet: 'UNN',
    publishedAt: '2024-03-07',
    text: 'The head of Odesa regional state administration Oleh Kiper expressed his condolences to the families of those killed and injured in yesterday\'s Russian attack on Odesa, UNN reports.\nYesterday, as a result of a Russian missile attack on Odesa, people were killed and injured. I express my sincere condolences to the families and friends... Eternal memory to the victims. I wish the wounded a speedy recovery," Kiper wrote.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa',
          'weapon=missile',
          'date=2024-03-06..2024-03-06/day@new-oleh-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-kiper',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleh-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-kiper',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleh-kiper',
        ],
      },
    ],
  },
  {
    id: 'devdiscourse-marchenko-odesa-evening',
    url: 'https://www.devdiscourse.com/article/law-order/2023229-governor-russian-missile-attack-hits-odesa',
    outlet: 'Devdiscourse',
    publishedAt: '2022-05-02',
    text: "Authorities say a Russian missile attack struck the Black Sea port of Odesa on Monday evening.\nMaksym Marchenko, the governor of the Odesa region in southwestern Ukraine, wrote on the messaging app Telegram that the strike killed and wounded people but didn't specify how many.\nHe added that an infrastructure site was hit, without identifying what it was.",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa',
          'weapon=missile',
          'date=2022-05-02..2022-05-02/part-of-day@unnamed/ukraine',
          'effect=damage ua-odesa@new-maksym-marchenko',
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
          'speaker=new-maksym-marchenko',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-maksym-marchenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-maksym-marchenko',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-maksym-marchenko',
        ],
      },
    ],
  },
  {
    id: 'neg-football-goal-glut-attacking-players',
    url: 'http://www.football.co.uk/arsenal/the-goal-glut-why-premier-league-strikers-have-never-had-it/222560/',
    outlet: 'football.co.uk',
    publishedAt: '2009-09-29',
    text: 'This season the traditional top-four clubs have two genuine challengers whose move towards the next level has been founded on the purchase of great attacking players. City have spent millions on Robinho, Emmanuel Adebayor, Craig Bellamy, Carlos Tevez and Roque Santa Cruz while Tottenham have Robbie Keane, Peter Crouch and Jermain Defoe. Stoke manager Tony Pulis said: ‘You certainly have to put Tottenham up there with the dangerous teams now. They have such an array of goalscorers.’',
    gold: [],
    negative: true,
  },
  {
    id: 'neg-wenger-counter-attack-rotation',
    url: 'http://www.fantasyfootballscout.co.uk/2015/09/16/say-what-gameweek-5-2',
    outlet: 'Fantasy Football Scout',
    publishedAt: '2015-09-16',
    text: 'Pressed as to why he favoured Walcott for the Potters clash, Arsene Wenger explained his reasons before going on to suggest he’ll continue to rotate the England international with Giroud up top…\n“I know Stoke are a compact, organised team in their own half and Theo could find little pockets to get in there and maybe that you get two or three chances to counter attack at home, so maybe you can use that.',
    gold: [],
    negative: true,
  },
  {
    id: 'neg-ups-cvs-drone-prescriptions',
    url: 'https://digitaltrends.com/cool-tech/ups-uses-drones-to-deliver-meds-to-cvs-customers-for-first-time-in-us',
    outlet: 'Digital Trends',
    text: 'The two trial flights, which took place on November 1, used a Matternet-built M2 drone to deliver prescription meds from a CVS Pharmacy in Cary, North Carolina, directly to customers’ homes.\nThe drone flew autonomously during both flights, albeit monitored the entire time by a remote operator who had the ability to intervene if something went wrong.',
    gold: [],
    negative: true,
  },
  {
    id: 'neg-trade-negotiators-preliminary-deal',
    url: 'https://samajweekly.com/us-china-trade-negotiators-reach-preliminary-deal',
    outlet: 'Samaj Weekly',
    text: 'Washington, Chinese and American trade negotiators have reached a preliminary agreement aimed at easing the ongoing trade war between the two nations after holding a new round of high-level talks in Washington, media reports said.\nAddressing the media in the Oval Office on Friday alongside Chinese Vice Premier Liu He, who is also the country’s chief negotiator, President Donald Trump called the agreement “a very substantial phase one deal”, adding that it would take three to five weeks to finalise it on paper.',
    gold: [],
    negative: true,
  },
  {
    id: 'neg-supermarkets-all-out-price-war',
    url: 'http://www.dailymail.co.uk/money/article-1056763/Superstores-war-discount-retailers-Aldi-Lidl.html',
    outlet: 'Daily Mail',
    text: "Britain's leading supermarkets have launched an all-out price war aimed at gaining back market share from foreign discount retailers Aldi and Lidl.\nTesco, the largest of the big four grocers, has slashed prices on hundreds of products and launched new discount brands on cornflakes, tea bags, shampoo, beefburgers, toilet paper and ketchup.",
    gold: [],
    negative: true,
  },
  {
    id: 'neg-water-diviner-gallipoli-review',
    url: 'http://benlanehodson.com/movie-diary-the-water-diviner-2014/',
    outlet: 'Ben Lane Hodson (blog)',
    text: 'There are some extremely well-staged war scenes of the battle at Gallipoli. The cinematography is gorgeous, the score emotional and evocative, striking the right balance between subtlety and emotion. But the story is the real standout, a compelling tale of a father searching for his lost sons.',
    gold: [],
    negative: true,
  },
  {
    id: 'unn-kharkiv-district-one-wounded',
    url: 'https://unn.ua/en/news/russian-strike-hits-close-to-kharkiv-suburb-one-wounded',
    outlet: 'UNN',
    text: 'Russian troops struck at Kharkiv district, wounding one civilian, said Oleh Syniehubov, head of the Kharkiv RMA, on Saturday, UNN reports.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=new-kharkiv-district',
          'injured=exact 1 scope=new-kharkiv-district@new-oleh-syniehubov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-syniehubov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleh-syniehubov',
        ],
      },
    ],
  },
  {
    id: 'earthpress-lavrov-negotiations-stalled',
    url: 'https://earthpressnews.com/russian-foreign-minister-sergey-lavrov-announced-we-did-not-get-an-answer-negotiations-with-ukraine-stopped/',
    outlet: 'Earth Press News',
    text: 'Speaking at the joint press conference held after meeting with the Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan Mukhtar Tileuberdi in Moscow, Lavrov stated that the ongoing negotiations between Russia and Ukraine are progressing slowly.\n“We were negotiating, now it has stalled. Because the proposal we submitted to the Ukrainian negotiators five days ago and formulated taking into account the comments received at that time remained unanswered,” Lavrov said.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'round=1',
          'party=russia',
          'party=ukraine',
          'outcome=other@lavrov ~ Russian proposal submitted to the Ukrainian negotiators remained unanswered',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=lavrov',
          'mode=paraphrase',
          'channel=press-conference',
          'about=t1',
          'date=unresolved/day@lavrov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=lavrov',
          'mode=quote',
          'channel=press-conference',
          'about=t1',
          'date=unresolved/day@lavrov',
        ],
      },
    ],
  },
  {
    id: 'up-borrell-first-4-5bn-ukraine-facility',
    url: 'https://www.pravda.com.ua/eng/news/2024/03/20/7447338/',
    outlet: 'Ukrainska Pravda',
    publishedAt: '2024-03-20',
    text: 'The European Commission has disbursed the first tranche of macro-financial assistance to Ukraine from an extensive support package worth €50 billion.\nSource: Josep Borrell, High Representative of the European Union for Foreign Affairs and Security Policy, at a briefing in Brussels on Wednesday (20 March), following the EU-Ukraine Association Council\nDetails: He noted that the first tranche, as expected, amounted to €4.5 billion.\n"Today we have also made the first payment of €4.5 billion under the Ukraine Facility, our €50 billion package to support recovery, reconstruction and modernisation of Ukraine," Borrell said.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=financial',
          'recipient=ukraine',
          'donor=european-commission',
          'money=exact 4500000000 EUR total@new-josep-borrell',
          'date=2024-03-20..2024-03-20/day@new-josep-borrell',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=european-union',
          'money=exact 50000000000 EUR total@new-josep-borrell',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-josep-borrell',
          'mode=paraphrase',
          'channel=press-conference',
          'about=a1',
          'about=a2',
          'date=2024-03-20..2024-03-20/day@new-josep-borrell',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-josep-borrell',
          'mode=paraphrase',
          'channel=press-conference',
          'about=a1',
          'date=unresolved/day@new-josep-borrell',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-josep-borrell',
          'mode=quote',
          'channel=press-conference',
          'about=a1',
          'about=a2',
          'date=unresolved/day@new-josep-borrell',
        ],
      },
    ],
  },
  {
    id: 'up-hahn-first-tranche-next-week',
    url: 'https://www.pravda.com.ua/eng/news/2024/03/15/7446735/',
    outlet: 'Ukrainska Pravda',
    publishedAt: '2024-03-15',
    text: 'Ukraine will receive its first €4.5 billion tranche under the Ukraine Facility programme next week.\nSource: European Commissioner for Budget and Administration Johannes Hahn, European Pravda reports\nDetails: "Very glad to pave the way for next week’s first disbursement of funds under the Ukraine Facility programme," Johannes wrote on Twitter (X) announcing the signing of the decision.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=european-union',
          'money=exact 4500000000 EUR total@new-johannes-hahn',
          'date=2024-03-18..2024-03-24/week@new-johannes-hahn',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-johannes-hahn',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-johannes-hahn',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-johannes-hahn',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-johannes-hahn',
        ],
      },
    ],
  },
  {
    id: 'unn-zelensky-austin-shangri-la',
    url: 'https://unn.ua/en/news/zelensky-meets-with-us-secretary-of-defense-lloyd-austin',
    outlet: 'UNN',
    publishedAt: '2024-06-02',
    text: 'President of Ukraine Volodymyr Zelensky held a meeting with US Secretary of Defense Lloyd Austin on the sidelines of the Asian security summit "Shangri-La Dialogue". This was announced by the head of state in his Telegram channel, reports UNN.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=social-media-post',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'turkiyetoday-putin-two-hour-call-trump',
    url: 'https://turkiyetoday.com/world/putin-says-istanbul-ukraine-talks-put-world-on-right-path-calls-trump-conversation-fr-3201673',
    outlet: 'Türkiye Today',
    text: 'Russian President Vladimir Putin said Monday he held a two-hour phone conversation with U.S. President Donald Trump, during which they discussed a potential cease-fire in Ukraine and the prospects for resolving the ongoing conflict.\nSpeaking at a press briefing in the Black Sea resort city of Sochi, Putin described the exchange as “frank and substantive,” and said Trump acknowledged Russia’s commitment to a peaceful resolution of the crisis.',
    gold: [
      {
        kind: 'statement',
        facts: ['speaker=putin', 'mode=paraphrase', 'channel=remarks', 'date=unresolved/day@putin'],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=putin',
          'mode=paraphrase',
          'channel=press-conference',
          'date=unresolved/day@putin',
        ],
      },
    ],
  },
]
