/**
 * Other names of places in the gazetteer: former names (Soviet and 1990s
 * names still found in archives and older spreadsheets), spellings that
 * romanise the Kazakh name differently from our English (ACLED's admin1
 * names among them), and Russian forms the gazetteer does not hold. Each
 * points at the id of the place it means today (`data/places.json`, the
 * basemap gazetteer's towns as `slugify(English name)`, or a region id of
 * `basemap/regions.ts`), with why.
 *
 * Names are matched after folding (`lib/fold.ts`: case, diacritics, Cyrillic
 * vs Latin), so one entry covers "Alma-Ata", "ALMA ATA" and "Алма-Ата" only if
 * they fold alike; Cyrillic forms whose transliteration differs are listed too.
 * A name that has meant two places (the former Semipalatinsk Region, now split
 * between Abai and East Kazakhstan) is left out: we never guess.
 */

export interface PlaceAlias {
  name: string;
  /** Place id it means today. */
  id: string;
  note: string;
}

const alias = (id: string, note: string, ...names: string[]): PlaceAlias[] => names.map((name) => ({ name, id, note }));

export const PLACE_ALIASES: readonly PlaceAlias[] = [
  // Cities.
  ...alias(
    'almaty',
    'Alma-Ata was the Russian-era name until 1993.',
    'Alma-Ata',
    'Alma Ata',
    'Алма-Ата',
    'Almaty city',
  ),
  ...alias(
    'astana',
    'The capital: Akmolinsk until 1961, Tselinograd 1961–1992, Akmola 1992–1998, Astana 1998–2019, Nur-Sultan 2019–2022, Astana again since.',
    'Nur-Sultan',
    'Нур-Султан',
    'Нұр-Сұлтан',
    'Nursultan',
    'Akmola',
    'Aqmola',
    'Акмола',
    'Ақмола',
    'Tselinograd',
    'Целиноград',
    'Akmolinsk',
    'Акмолинск',
  ),
  ...alias('atyrau', 'Guryev (Гурьев) until 1992.', 'Guryev', 'Gurev', 'Gurjev', 'Гурьев'),
  ...alias('semey', 'Semipalatinsk (Семипалатинск) until 2007.', 'Semipalatinsk', 'Семипалатинск', 'Semei'),
  ...alias(
    'oskemen',
    'Ust-Kamenogorsk is the Russian name, still the official Russian one.',
    'Ust-Kamenogorsk',
    'Ust Kamenogorsk',
    'Öskemen',
  ),
  ...alias('shymkent', 'Chimkent (Чимкент) until 1993.', 'Chimkent', 'Чимкент'),
  ...alias(
    'taraz',
    'Aulie-Ata until 1936, Dzhambul 1938–1993, Zhambyl 1993–1997 (the city, not the region), Taraz since.',
    'Dzhambul',
    'Джамбул',
    'Zhambyl city',
    'Aulie-Ata',
    'Аулие-Ата',
  ),
  ...alias('konaev', 'Kapchagay (Капчагай) until 2022.', 'Kapchagay', 'Kapchagai', 'Qapshagay', 'Капчагай', 'Қапшағай'),
  ...alias(
    'baikonur',
    'Leninsk (Ленинск) 1966–1995; the town leased to Russia beside the cosmodrome.',
    'Leninsk',
    'Ленинск',
    'Baykonur',
    'Baikonyr',
  ),
  ...alias('uralsk', 'Oral is the Kazakh name of Uralsk (Уральск); the published place is `uralsk`.', 'Oral', 'Uralsk'),
  ...alias('aktobe', 'Aktyubinsk (Актюбинск) until 1999.', 'Aktyubinsk', 'Актюбинск', 'Aqtobe'),
  ...alias('petropavl', 'Petropavlovsk is the Russian name, official in Russian.', 'Petropavlovsk', 'Петропавловск'),
  ...alias(
    'kyzylorda',
    'Kzyl-Orda (Кзыл-Орда) until 1997; Qyzylorda romanises the Kazakh.',
    'Kzyl-Orda',
    'Кзыл-Орда',
    'Qyzylorda',
  ),
  ...alias('karaganda', 'Qaraghandy romanises the Kazakh name.', 'Qaraghandy', 'Karagandy'),
  ...alias('kostanay', 'Kustanay (Кустанай) until 1997.', 'Kustanay', 'Кустанай', 'Qostanay'),
  ...alias('kokshetau', 'Kokchetav (Кокчетав) until 1993.', 'Kokchetav', 'Кокчетав'),
  ...alias('taldykorgan', 'Taldy-Kurgan (Талды-Курган) until 1993.', 'Taldy-Kurgan', 'Талды-Курган', 'Taldyqorghan'),
  ...alias('zhezkazgan', 'Dzhezkazgan (Джезказган) until 1992.', 'Dzhezkazgan', 'Джезказган'),
  ...alias('aktau', 'Shevchenko (Шевченко) 1964–1991.', 'Shevchenko', 'Шевченко', 'Aqtau'),
  ...alias('zhanaozen', 'Novy Uzen (Новый Узень) until 1993.', 'Novy Uzen', 'Новый Узень', 'Zhangaozen'),
  ...alias('altai', 'Zyryanovsk (Зыряновск) until 2019.', 'Zyryanovsk', 'Зыряновск'),
  // Regions.
  ...alias(
    'turkistan-region',
    'South Kazakhstan Region until 2018 (Chimkent Region in Soviet times); Shymkent city was split off then.',
    'South Kazakhstan Region',
    'Южно-Казахстанская область',
    'Оңтүстік Қазақстан облысы',
    'Ongtustik Qazaqstan',
    'Chimkent Region',
    'Чимкентская область',
  ),
  ...alias(
    'akmola-region',
    'Tselinograd Region until 1992; Aqmola romanises the Kazakh.',
    'Tselinograd Region',
    'Целиноградская область',
    'Aqmola Region',
  ),
  ...alias('atyrau-region', 'Guryev Region until 1992.', 'Guryev Region', 'Гурьевская область'),
  ...alias(
    'west-kazakhstan-region',
    'Uralsk Region until 1992; Batys Qazaqstan romanises the Kazakh.',
    'Uralsk Region',
    'Уральская область',
    'Batys Qazaqstan',
  ),
  ...alias(
    'aktobe-region',
    'Aktyubinsk Region until 1999.',
    'Aktyubinsk Region',
    'Актюбинская область',
    'Aqtobe Region',
  ),
  ...alias(
    'kyzylorda-region',
    'Kzyl-Orda Region until 1997.',
    'Kzyl-Orda Region',
    'Кзыл-Ординская область',
    'Qyzylorda Region',
  ),
  ...alias('zhambyl-region', 'Dzhambul Region until 1993.', 'Dzhambul Region', 'Джамбулская область', 'Jambyl Region'),
  ...alias(
    'mangystau-region',
    'Mangyshlak Region in Soviet times; Mangghystau romanises the Kazakh.',
    'Mangyshlak Region',
    'Мангышлакская область',
    'Mangghystau',
    'Mangghystau Region',
  ),
  ...alias('karaganda-region', 'Qaraghandy romanises the Kazakh name.', 'Qaraghandy Region', 'Karagandy Region'),
  ...alias(
    'kostanay-region',
    'Kustanay Region until 1997.',
    'Kustanay Region',
    'Кустанайская область',
    'Qostanay Region',
  ),
  ...alias(
    'north-kazakhstan-region',
    'Soltustik Qazaqstan romanises the Kazakh.',
    'Soltustik Qazaqstan',
    'Soltüstik Qazaqstan',
  ),
  ...alias('east-kazakhstan-region', 'Shyghys Qazaqstan romanises the Kazakh.', 'Shyghys Qazaqstan'),
  ...alias(
    'jetisu-region',
    'Zhetisu and Zhetysu are other spellings.',
    'Zhetisu Region',
    'Zhetysu Region',
    'Zhetisu',
    'Jetisu',
  ),
  ...alias('abai-region', 'Abay is another spelling.', 'Abay Region'),
  // The country.
  ...alias(
    'kazakhstan',
    'The Kazakh SSR until 1991; Qazaqstan romanises the Kazakh.',
    'Qazaqstan',
    'Kazakh SSR',
    'Казахская ССР',
    'Republic of Kazakhstan',
  ),
];
