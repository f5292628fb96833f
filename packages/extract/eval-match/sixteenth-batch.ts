import type { Report } from './types.ts'

/**
 * Three wave nights in a row told with other counts and places (issue #14, round 9), from
 * outlets dev had not used, written after the scoring changes that followed batch fifteen: the
 * night into 24 May 2025 (250 drones and 14 ballistic missiles, Kyiv), the night into 25 May
 * (298 drones and 69 missiles, "367 drones and missiles", tolls of eight and twelve, regional
 * tallies of Khmelnytskyi, Zhytomyr and Mykolaiv), the night into 26 May (355 drones and nine
 * cruise missiles, "364 aerial attack vehicles"), and the night into 26 May 2024 (31 Shaheds and
 * 12 Kh-101/Kh-555 on a Sunday morning, May 26): the same day a year earlier. Found through
 * public web archives, restated with each outlet's own figures, names and dates, and labelled
 * from the texts before their first run; a sentence recalling another night is left out, so
 * each report tells one night. A report from an outlet of the held-out half was dropped when
 * building the pairs refused it, and another outlet's telling of that night taken. Pages
 * without a date of their own take the day their text names (Mestios, Newsfusion365,
 * NeutralNews: the morning after the night they tell).
 */
export const sixteenthBatch: readonly Report[] = [
  {
    id: 'at-250524-uawire',
    kind: 'attack',
    event: 'attack:2025-05-24:wave',
    outlet: 'UAWire',
    url: 'https://www.uawire.org/ukraine-thwarts-major-russian-drone-and-missile-strike-targeting-kyiv-and-surrounding-regions',
    publishedAt: '2025-05-24',
    split: 'dev',
    text: 'In a massive overnight assault on May 24, Russia launched 250 drones and 14 Iskander-M ballistic missiles against Ukraine, mainly at Kyiv, the Ukrainian Air Force said; the Dnipropetrovsk, Odesa and Zaporizhzhia regions were also targeted. 245 of the drones and six of the missiles were brought down, and 15 people were injured in Kyiv.',
  },
  {
    id: 'at-250525-worldmilitaryfans',
    kind: 'attack',
    event: 'attack:2025-05-25:wave',
    outlet: 'World Military Fans',
    url: 'https://www.worldmilitaryfans.com/archives/1886',
    publishedAt: '2025-05-25',
    split: 'dev',
    text: 'Russia launched a large-scale drone and missile assault across Ukraine overnight on May 25, killing 12 people, including three children, and injuring at least 79, Interior Minister Ihor Klymenko said. The Air Force said Russia fired 69 missiles and 298 drones; 45 cruise missiles and 266 drones were destroyed, and 22 locations were hit. Kyiv and the Kyiv, Zhytomyr, Khmelnytskyi, Ternopil, Mykolaiv and Odesa regions were struck.',
  },
  {
    id: 'at-250525-caliber',
    kind: 'attack',
    event: 'attack:2025-05-25:wave',
    outlet: 'Caliber.Az',
    url: 'https://caliber.az/en/post/at-least-12-killed-in-massive-russian-drone-and-missile-attack-on-ukraine',
    publishedAt: '2025-05-25',
    split: 'dev',
    text: 'A massive Russian drone-and-missile barrage struck Ukraine for a second night running, killing at least 12 people, officials said on May 25; Air Force spokesman Yuriy Ihnat said 367 drones and missiles were involved. Three children were killed in the Zhytomyr region, four people in the Khmelnytskyi region and a man in the Mykolaiv region.',
  },
  {
    id: 'at-250525-newsfusion',
    kind: 'attack',
    event: 'attack:2025-05-25:wave',
    outlet: 'Newsfusion365',
    url: 'https://newsfusion365.blogspot.com/2025/05/russian-strikes-kill-eight-across.html',
    publishedAt: '2025-05-25',
    split: 'dev',
    text: 'At least eight people were killed and more than 30 injured across Ukraine in overnight Russian missile and drone attacks, regional authorities said: four in the Khmelnytskyi region, three in the Kyiv region and one in the southern city of Mykolaiv. In Kyiv, officials reported 11 injured.',
  },
  {
    id: 'at-250525-neutralnews',
    kind: 'attack',
    event: 'attack:2025-05-25:wave',
    outlet: 'NeutralNews',
    url: 'https://neutralnewsai.com/article/14325',
    publishedAt: '2025-05-25',
    split: 'dev',
    text: "Ukraine's air force said it shot down 45 cruise missiles and neutralised 266 drones since 20:40 on Saturday, with hits in 22 locations. In the Khmelnytskyi region four people were killed and five injured; in the Zhytomyr region three children aged eight, 12 and 17 were killed.",
  },
  {
    id: 'at-250526-ajc',
    kind: 'attack',
    event: 'attack:2025-05-26:wave',
    outlet: 'AJC (AP)',
    url: 'https://www.ajc.com/news/2025/05/russia-sent-a-record-number-of-drones-into-ukraine-overnight-an-official-says/',
    publishedAt: '2025-05-26',
    split: 'dev',
    text: 'An overnight Russian drone attack on Ukraine was the biggest of the war, a Ukrainian official said Monday: the bombardment included 355 drones, Yuriy Ihnat of the air force told AP. Russia also fired nine cruise missiles during the Sunday night attack; some civilians were injured and no deaths were immediately reported.',
  },
  {
    id: 'at-250526-uawire',
    kind: 'attack',
    event: 'attack:2025-05-26:wave',
    outlet: 'UAWire',
    url: 'https://www.uawire.org/russia-launches-largest-drone-and-missile-attack-on-ukraine',
    publishedAt: '2025-05-26',
    split: 'dev',
    text: 'On the night of Monday, May 26, Russia attacked Ukraine with 355 drones and nine X-101 cruise missiles fired from Tu-95MS aircraft, the Ukrainian Air Force said; all the cruise missiles and 288 drones were brought down. The Khmelnytskyi region came under a combined attack, and the Dnipropetrovsk region reported damage but no casualties.',
  },
  {
    id: 'at-250526-straitstimes',
    kind: 'attack',
    event: 'attack:2025-05-26:wave',
    outlet: 'The Straits Times (AFP)',
    url: 'https://www.straitstimes.com/world/europe/ukraine-says-hit-by-record-drone-salvo-after-trump-rebukes-putin',
    publishedAt: '2025-05-26',
    split: 'dev',
    text: 'Russia fired its biggest drone barrage on Ukraine overnight, Kyiv said on May 26: "355 Shahed-type drones" including decoys between the night of May 25 and early May 26, as well as nine cruise missiles, Ukraine\'s air force said.',
  },
  {
    id: 'at-250526-mestios',
    kind: 'attack',
    event: 'attack:2025-05-26:wave',
    outlet: 'Mestios',
    url: 'https://mestios.com/t/n150yucgjqebw9txzh10bvzdxm',
    publishedAt: '2025-05-26',
    split: 'dev',
    text: 'Russia launched its largest drone strike on Ukraine overnight on May 26, 2025: 364 aerial attack vehicles, 355 drones and nine cruise missiles. The air force intercepted most of them; damage was reported in Kyiv and across several regions.',
  },
  {
    id: 'at-240526-kyivpost',
    kind: 'attack',
    event: 'attack:2024-05-26:wave',
    outlet: 'Kyiv Post',
    url: 'https://www.kyivpost.com/post/33284',
    publishedAt: '2024-05-26',
    split: 'dev',
    text: 'Russian forces launched another attack on Ukraine on Sunday morning, May 26, with Shahed drones and missiles from strategic bombers: air defence intercepted 31 Shahed drones and 12 Kh-101/Kh-555 cruise missiles overnight over regions including Mykolaiv, Poltava, Odesa, Khmelnytskyi and Vinnytsia. In Zhmerynka in the Vinnytsia region, three people were injured when a drone crashed into houses.',
  },
]
