// Hand-kept English names for Russia's federal subjects. iso3166-2-db gives each subject its
// ISO code, GeoNames admin1 code and a name, but in transliterations the news does not use
// ("Kareliya", "Severnaya Osetiya-Alaniya") and without the forms reporters write ("the Kursk
// region", "Krasnodar territory", "Republic of Tatarstan"). Only names live here; codes,
// coordinates and Cyrillic names come from the datasets.

/**
 * Republics, by ISO 3166-2 suffix: the common English name and the other names in use. The
 * generator adds "Republic of X", "X Republic" and "X region".
 */
export const republicNames = {
  AD: { name: 'Adygea', aliases: ['Adygeya', 'Adygheya'] },
  AL: { name: 'Altai Republic', stem: 'Altai', aliases: ['Gorno-Altai', 'Altay Republic'] },
  BA: { name: 'Bashkortostan', aliases: ['Bashkiria', 'Bashkiriya'] },
  BU: { name: 'Buryatia', aliases: ['Buryatiya'] },
  CE: { name: 'Chechnya', aliases: ['Chechen Republic', 'Chechnia'] },
  CU: { name: 'Chuvashia', aliases: ['Chuvash Republic', 'Chuvashiya'] },
  DA: { name: 'Dagestan', aliases: ['Daghestan'] },
  IN: { name: 'Ingushetia', aliases: ['Ingushetiya'] },
  KB: { name: 'Kabardino-Balkaria', aliases: ['Kabardino-Balkar Republic'] },
  KL: { name: 'Kalmykia', aliases: ['Kalmykiya'] },
  KC: {
    name: 'Karachay-Cherkessia',
    aliases: ['Karachay-Cherkess Republic', 'Karachayevo-Cherkessia'],
  },
  KR: { name: 'Karelia', aliases: ['Kareliya'] },
  KK: { name: 'Khakassia', aliases: ['Khakasia', 'Khakasiya'] },
  KO: { name: 'Komi', aliases: [] },
  ME: { name: 'Mari El', aliases: [] },
  MO: { name: 'Mordovia', aliases: ['Mordoviya'] },
  SA: { name: 'Sakha', aliases: ['Yakutia', 'Sakha (Yakutia)', 'Yakutiya'] },
  SE: {
    name: 'North Ossetia',
    aliases: ['North Ossetia-Alania', 'North Ossetia–Alania', 'Severnaya Osetiya-Alaniya'],
  },
  TA: { name: 'Tatarstan', aliases: [] },
  TY: { name: 'Tuva', aliases: ['Tyva'] },
  UD: { name: 'Udmurtia', aliases: ['Udmurt Republic', 'Udmurtiya'] },
}

/**
 * Oblasts, krais and autonomous okrugs whose stem differs from the dataset's name, or that
 * reporters also name after their capital or by an older or informal name.
 */
export const subjectStems = {
  ROS: ['Rostov-on-Don'],
  ORL: ['Orel'],
  NIZ: ['Nizhniy Novgorod', 'Nizhni Novgorod'],
  KEM: ['Kuzbass'],
  PRI: ['Primorye', 'Primorsky'],
  ZAB: ['Transbaikal', 'Zabaikalsky'],
  KHM: ['Khanty-Mansiysk', 'Yugra'],
  YAN: ['Yamal'],
  SVE: ['Yekaterinburg'],
}

/**
 * Moscow and Saint Petersburg are federal cities: regions of their own around the city, as
 * Kyiv is in Ukraine. Their cities keep the ids the seed data uses (ru-moscow).
 */
export const federalCities = {
  MOW: {
    id: 'ru-moscow-city',
    name: 'Moscow City',
    aliases: ['City of Moscow', 'Moscow city', 'Moscow federal city'],
  },
  SPE: {
    id: 'ru-saint-petersburg-city',
    name: 'Saint Petersburg City',
    aliases: ['City of Saint Petersburg', 'City of St Petersburg', 'St Petersburg city'],
  },
}

/**
 * Towns named as people are in English prose: "Vladimir Saldo", "Anna said", "Katya Adler". Towns
 * whose names read as Russian surnames (Kamyshin, Azov) are left out by rule in
 * gazetteer-russia.mjs; these are given names, and Zhukovskiy, which ends as no rule expects.
 */
export const personNamedTowns = new Set(['Anna', 'Vladimir', 'Salavat', 'Zhukovskiy', 'Adler'])
