import type { RealPassage } from '../types.ts'

/** Passages 36–42 of the test set, in its order (see ../test.ts). */
export const part05: readonly RealPassage[] = [
  {
    id: 'xinhua-eu-4-2bn-ukraine-facility',
    url: 'http://en.people.cn/n3/2024/0807/c90000-20202837.html',
    outlet: 'Xinhua',
    publishedAt: '2024-08-07',
    text: "BRUSSELS, Aug. 6 (Xinhua) -- The European Union (EU) is ready to disburse 4.2 billion euros (4.6 billion U.S. dollars) to Ukraine after the EU deemed the country's reform efforts satisfactory, the Council of the EU said on Tuesday.\nAccording to a press release, the council gave its green light to the first tranche of regular payments of grants and loans to Ukraine under the EU's Ukraine Facility.",
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=european-union',
          'money=exact 4200000000 EUR total (4600000000 USD)@new-council-of-the-eu',
          'date=2024-08-06..2024-08-06/day@new-council-of-the-eu',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-council-of-the-eu',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2024-08-06..2024-08-06/day@new-council-of-the-eu',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-council-of-the-eu',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-council-of-the-eu',
        ],
      },
    ],
  },
  {
    id: 'sofiaglobe-ec-2bn-instalment',
    url: 'https://sofiaglobe.com/2022/10/18/ec-disburses-further-2b-euro-in-exceptional-macro-financial-assistance-to-ukraine/',
    outlet: 'Sofia Globe',
    publishedAt: '2022-10-18',
    text: 'The European Commission (EC) disbursed a first instalment of two billion euro on October 18 under the five billion euro exceptional macro-financial assistance (MFA) operation for Ukraine, the EC said.\nThis is part of an MFA package of up to nine billion euro, announced by the EC in May and approved by EU leaders in June.\nThe EC disbursed the first billion euro of this exceptional MFA package on August 1 and 2.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=financial',
          'recipient=ukraine',
          'donor=european-commission',
          'money=exact 2000000000 EUR total@european-commission',
          'date=2022-10-18..2022-10-18/day@european-commission',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=european-commission',
          'money=at-most 9000000000 EUR total@unnamed',
          'date=2022-05-01..2022-05-31/month@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a3',
        facts: [
          'stage=delivery',
          'category=financial',
          'recipient=ukraine',
          'donor=european-commission',
          'money=exact 1000000000 EUR total@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=european-commission',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@european-commission',
        ],
      },
    ],
  },
  {
    id: 'ukrinform-zelensky-ramstein-17-air-defense-coalition',
    url: 'https://menafn.com/1107473136/Zelensky-Says-Air-Defense-Development-Coalition-Formed-After-Contact-Group-Meeting',
    outlet: 'Ukrinform',
    publishedAt: '2023-11-22',
    text: 'Ukrainian President Volodymyr Zelensky has said that an air defense development coalition has been created after a virtual meeting of the Ukraine Defense Contact Group and added that Ukrainian air defenses are getting stronger literally every month.\nThe head of state said this in his nightly video address , Ukrinform reports.\n"Today a regular meeting in the Ramstein format was held – the 17th one already. There are also new packages of support for Ukraine – for our warriors. These include shells and missiles, electronic warfare and drones, new capacities for our air defense.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=ukraine-defense-contact-group',
          'forum=17',
          'date=2023-11-22..2023-11-22/day@zelensky',
          'item=@zelensky ~ Shells',
          'item=@zelensky ~ Missiles',
          'item=@zelensky ~ Electronic warfare',
          'item=@zelensky ~ Drones',
          'item=@zelensky ~ New capacities for air defense',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=video-message',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=quote',
          'channel=video-message',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'interfax-prokudin-central-kherson-evening',
    url: 'https://en.interfax.com.ua/news/general/959309.html',
    outlet: 'Interfax-Ukraine',
    text: 'Russian invaders are shelling the central part of Kherson on Monday evening, said Oleksandr Prokudin, head of the Regional Military Administration.\n"There are explosions in the city. The Russian army is shelling the central part of Kherson! Please stay in safe places!" he wrote on the Telegram channel on Monday evening.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kherson',
          'weapon=artillery',
          'date=unresolved/part-of-day@new-oleksandr-prokudin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleksandr-prokudin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleksandr-prokudin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleksandr-prokudin',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/part-of-day@new-oleksandr-prokudin',
        ],
      },
    ],
  },
  {
    id: 'ukrinform-prokudin-shelling-kherson',
    url: 'https://www.ukrinform.net/rubric-ato/3863881-russian-army-shelling-kherson.html',
    outlet: 'Ukrinform',
    text: 'The Russian army is shelling Kherson.\nThe head of the Kherson Regional Military Administration, Oleksandr Prokudin, reported this on Telegram, Ukrinform reports.\n“Russian troops are shelling Kherson!” Prokudin wrote.\nHe urged people to stay in shelters.\nAs reported, yesterday Russian invaders fired at four settlements in the Kherson region, killing one person.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: ['attacker=russia', 'target=ukraine', 'place=ua-kherson', 'weapon=artillery'],
      },
      {
        kind: 'attack',
        id: 'a2',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kherson-oblast',
          'date=unresolved/day@unnamed',
          'killed=exact 1 scope=ua-kherson-oblast@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleksandr-prokudin',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleksandr-prokudin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleksandr-prokudin',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleksandr-prokudin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleksandr-prokudin',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleksandr-prokudin',
        ],
      },
    ],
  },
  {
    id: 'brecorder-yanushevych-kherson-mlrs',
    url: 'https://www.brecorder.com/news/40210652/four-killed-in-russian-bombardment-of-kherson-governor',
    outlet: 'Business Recorder',
    text: 'KYIV: Russian bombardment of Kherson, recently re-taken by Ukrainian forces, killed at least four people and wounded 10, the region\'s governor said on Thursday.\n"The Russian invaders opened fire on a residential area with multiple rocket launchers. A large building caught fire," Yaroslav Yanushevych, head of the Kherson military administration, said on Telegram.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kherson',
          'weapon=artillery',
          'killed=at-least 4 scope=ua-kherson@new-yaroslav-yanushevych',
          'injured=exact 10 scope=ua-kherson@new-yaroslav-yanushevych',
          'effect=damage ua-kherson@new-yaroslav-yanushevych',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-yaroslav-yanushevych',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-yaroslav-yanushevych',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-yaroslav-yanushevych',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-yaroslav-yanushevych',
        ],
      },
    ],
  },
  {
    id: 'kyivindependent-kherson-oblast-7-killed-24h',
    url: 'https://kyivindependent.com/russian-shelling-of-kherson-oblast-kills-7-injures-6-over-past-24-hours/amp',
    outlet: 'Kyiv Independent',
    text: 'Russian shelling of Kherson Oblast kills 7, injures 6 over past 24 hours\nKherson Oblast police said that Russian attacks also damaged and destroyed houses in four settlements.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kherson-oblast',
          'weapon=artillery',
          'killed=exact 7 scope=ua-kherson-oblast@unnamed',
          'injured=exact 6 scope=ua-kherson-oblast@unnamed',
          'effect=damage ua-kherson-oblast@new-kherson-oblast-police',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-kherson-oblast-police',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-kherson-oblast-police',
        ],
      },
    ],
  },
]
