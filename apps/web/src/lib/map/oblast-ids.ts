/**
 * The Natural Earth names the vendored oblast outlines carry (old spellings: Kiev, Odessa,
 * Zaporizhzhya, L'viv) to the gazetteer's region ids: the map shows the gazetteer's current
 * names and links each oblast to its list. Kept by hand; a test checks every outline is named.
 */
export const OBLAST_IDS: Readonly<Record<string, string>> = {
  Cherkasy: 'ua-cherkasy-oblast',
  Chernihiv: 'ua-chernihiv-oblast',
  Chernivtsi: 'ua-chernivtsi-oblast',
  Crimea: 'ua-crimea',
  "Dnipropetrovs'k": 'ua-dnipropetrovsk-oblast',
  "Donets'k": 'ua-donetsk-oblast',
  "Ivano-Frankivs'k": 'ua-ivano-frankivsk-oblast',
  Kharkiv: 'ua-kharkiv-oblast',
  Kherson: 'ua-kherson-oblast',
  "Khmel'nyts'kyy": 'ua-khmelnytskyi-oblast',
  Kiev: 'ua-kyiv-oblast',
  'Kiev City': 'ua-kyiv-city',
  Kirovohrad: 'ua-kirovohrad-oblast',
  "Luhans'k": 'ua-luhansk-oblast',
  "L'viv": 'ua-lviv-oblast',
  Mykolayiv: 'ua-mykolaiv-oblast',
  Odessa: 'ua-odesa-oblast',
  Poltava: 'ua-poltava-oblast',
  Rivne: 'ua-rivne-oblast',
  Sevastopol: 'ua-sevastopol',
  Sumy: 'ua-sumy-oblast',
  "Ternopil'": 'ua-ternopil-oblast',
  Transcarpathia: 'ua-zakarpattia-oblast',
  Vinnytsya: 'ua-vinnytsia-oblast',
  Volyn: 'ua-volyn-oblast',
  Zaporizhzhya: 'ua-zaporizhzhia-oblast',
  Zhytomyr: 'ua-zhytomyr-oblast',
}

/** "Kharkiv Oblast" → "Kharkiv": a label short enough for a phone. */
export const shortPlaceName = (name: string): string => name.replace(/ Oblast$/, '')
