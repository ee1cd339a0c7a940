/**
 * The basemap's gazetteer: every name the basemap draws, in English, Russian
 * and Kazakh (Cyrillic). Natural Earth supplies positions and shapes; its
 * names are 2017 or older and partly wrong, and it has no Kazakh, so names
 * come from here and never from the source files. An entry names the Natural
 * Earth feature it curates (`ne`, its NAME), so `npm run basemap` fails when
 * an entry no longer matches anything.
 *
 * Current names: Kostanay (not "Oostanay"), Aktau (not "Mangyshlak"),
 * Zhanaozen (not "Zhangaozen"), Алматы (not "Алма-Ата"), Konaev (Kapchagay
 * until 2022), Altai (Zyryanovsk until 2019). Regions are the 17 oblasts since
 * the 2022 reform (Abai, Jetisu and Ulytau created; South Kazakhstan renamed
 * Turkistan in 2018 and Shymkent split off).
 */

export interface Names {
  en: string;
  ru: string;
  kk: string;
}

export interface TownEntry extends Names {
  /** Natural Earth NAME of the point. */
  ne: string;
  /** Country of the Natural Earth point, to tell namesakes apart. */
  country: string;
  /** Position used instead of Natural Earth's, with the reason in `note`. */
  at?: [number, number];
  note?: string;
  capital?: boolean;
}

const kz = (ne: string, en: string, ru: string, kk: string, extra: Partial<TownEntry> = {}): TownEntry => ({
  ne,
  country: 'Kazakhstan',
  en,
  ru,
  kk,
  ...extra,
});
const abroad = (country: string, ne: string, en: string, ru: string, kk: string): TownEntry => ({
  ne,
  country,
  en,
  ru,
  kk,
});

/** Towns and cities. Natural Earth points left out are duplicates, villages or names we cannot vouch for. */
export const TOWNS: TownEntry[] = [
  kz('Astana', 'Astana', 'Астана', 'Астана', { capital: true }),
  kz('Almaty', 'Almaty', 'Алматы', 'Алматы', {
    at: [76.9285, 43.2565],
    note: 'Natural Earth’s point lies 8 km north of the centre; this is the dataset gazetteer’s point.',
  }),
  kz('Shymkent', 'Shymkent', 'Шымкент', 'Шымкент'),
  kz('Qaraghandy', 'Karaganda', 'Караганда', 'Қарағанды'),
  kz('Aqtobe', 'Aktobe', 'Актобе', 'Ақтөбе'),
  kz('Taraz', 'Taraz', 'Тараз', 'Тараз'),
  kz('Pavlodar', 'Pavlodar', 'Павлодар', 'Павлодар'),
  kz('Oskemen', 'Oskemen', 'Усть-Каменогорск', 'Өскемен'),
  kz('Semey', 'Semey', 'Семей', 'Семей'),
  kz('Qyzylorda', 'Kyzylorda', 'Кызылорда', 'Қызылорда'),
  kz('Atyrau', 'Atyrau', 'Атырау', 'Атырау'),
  kz('Oostanay', 'Kostanay', 'Костанай', 'Қостанай'),
  kz('Oral', 'Oral', 'Уральск', 'Орал'),
  kz('Petropavlovsk', 'Petropavl', 'Петропавловск', 'Петропавл'),
  kz('Mangyshlak', 'Aktau', 'Актау', 'Ақтау', {
    at: [51.17, 43.65],
    note: 'Natural Earth names the city after the peninsula and puts it north of the centre; a second, smaller "Aqtau" point is a duplicate and left out.',
  }),
  kz('Temirtau', 'Temirtau', 'Темиртау', 'Теміртау'),
  kz('Turkistan', 'Turkistan', 'Туркестан', 'Түркістан'),
  kz('Kokshetau', 'Kokshetau', 'Кокшетау', 'Көкшетау'),
  kz('Taldyqorghan', 'Taldykorgan', 'Талдыкорган', 'Талдықорған'),
  kz('Ekibastuz', 'Ekibastuz', 'Экибастуз', 'Екібастұз'),
  kz('Rudny', 'Rudny', 'Рудный', 'Рудный'),
  kz('Zhezqazghan', 'Zhezkazgan', 'Жезказган', 'Жезқазған'),
  kz('Balqash', 'Balkhash', 'Балхаш', 'Балқаш'),
  kz('Zhangaozen', 'Zhanaozen', 'Жанаозен', 'Жаңаөзен', {
    at: [52.8619, 43.3412],
    note: 'Natural Earth rounds the position to a tenth of a degree; this is the dataset gazetteer’s point.',
  }),
  kz('Kentau', 'Kentau', 'Кентау', 'Кентау'),
  kz('Ridder', 'Ridder', 'Риддер', 'Риддер'),
  kz('Arqalyq', 'Arkalyk', 'Аркалык', 'Арқалық'),
  kz('Zyryanovsk', 'Altai', 'Алтай', 'Алтай'),
  kz('Qapshaghay', 'Konaev', 'Конаев', 'Қонаев'),
  kz('Ayakoz', 'Ayagoz', 'Аягоз', 'Аягөз'),
  kz('Arys', 'Arys', 'Арыс', 'Арыс'),
  kz('Shu', 'Shu', 'Шу', 'Шу'),
  kz('Qaratau', 'Karatau', 'Каратау', 'Қаратау'),
  kz('Baykonur', 'Baikonur', 'Байконур', 'Байқоңыр'),
  kz('Zhetiqara', 'Zhitikara', 'Житикара', 'Жітіқара'),
  kz('Qulsary', 'Kulsary', 'Кульсары', 'Құлсары'),
  kz('Atbasar', 'Atbasar', 'Атбасар', 'Атбасар'),
  kz('Aqsay', 'Aksay', 'Аксай', 'Ақсай'),
  kz('Zharkent', 'Zharkent', 'Жаркент', 'Жаркент'),
  kz('Esik', 'Esik', 'Есик', 'Есік'),
  kz('Aral', 'Aral', 'Аральск', 'Арал'),
  kz('Beyneu', 'Beyneu', 'Бейнеу', 'Бейнеу'),
  kz('Shalqar', 'Shalkar', 'Шалкар', 'Шалқар'),
  kz('Shieli', 'Shieli', 'Шиели', 'Шиелі'),
  kz('Oktyabrsk', 'Kandyagash', 'Кандыагаш', 'Қандыағаш'),
  kz('Algha', 'Alga', 'Алга', 'Алға'),
  kz('Khromtau', 'Khromtau', 'Хромтау', 'Хромтау'),
  kz('Embi', 'Emba', 'Эмба', 'Ембі'),
  kz('Ushtobe', 'Ushtobe', 'Уштобе', 'Үштөбе'),
  kz('Sarqan', 'Sarkand', 'Сарканд', 'Сарқан'),
  kz('Lenger', 'Lenger', 'Ленгер', 'Леңгір'),
  kz('Zhosaly', 'Zhosaly', 'Жосалы', 'Жосалы'),
  kz('Qazaly', 'Kazaly', 'Казалинск', 'Қазалы'),
  kz('Makinsk', 'Makinsk', 'Макинск', 'Макинск'),
  kz('Erymentau', 'Ereymentau', 'Ерейментау', 'Ерейментау'),
  kz('Shemonaikha', 'Shemonaikha', 'Шемонаиха', 'Шемонаиха'),
  kz('Qarazhal', 'Karazhal', 'Каражал', 'Қаражал'),
  kz('Atasu', 'Atasu', 'Атасу', 'Атасу'),
  kz('Qarqaraly', 'Karkaraly', 'Каркаралинск', 'Қарқаралы'),
  kz('Zaysan', 'Zaysan', 'Зайсан', 'Зайсан'),
  kz('Urzhar', 'Urzhar', 'Урджар', 'Үржар'),
  kz('Shar', 'Shar', 'Шар', 'Шар'),
  kz('Tayynsha', 'Tayynsha', 'Тайынша', 'Тайынша'),
  kz('Esil', 'Esil', 'Есиль', 'Есіл'),
  kz('Derzhavinsk', 'Derzhavinsk', 'Державинск', 'Державинск'),
  kz('Saryshaghan', 'Saryshagan', 'Сарышаган', 'Сарышаған'),
  kz('Osakarovka', 'Osakarovka', 'Осакаровка', 'Осакаровка'),
  kz('Aqadyr', 'Agadyr', 'Агадырь', 'Ағадыр'),
  kz('Makhambet', 'Makhambet', 'Махамбет', 'Махамбет'),
  kz('Maqat', 'Makat', 'Макат', 'Мақат'),
  kz('Zhanibek', 'Zhanibek', 'Жанибек', 'Жәнібек'),
  kz('Fort Shevchenko', 'Fort-Shevchenko', 'Форт-Шевченко', 'Форт-Шевченко'),
  abroad('Kyrgyzstan', 'Bishkek', 'Bishkek', 'Бишкек', 'Бішкек'),
  abroad('Kyrgyzstan', 'Osh', 'Osh', 'Ош', 'Ош'),
  abroad('Kyrgyzstan', 'Karakol', 'Karakol', 'Каракол', 'Қарақол'),
  abroad('Uzbekistan', 'Tashkent', 'Tashkent', 'Ташкент', 'Ташкент'),
  abroad('Uzbekistan', 'Samarqand', 'Samarkand', 'Самарканд', 'Самарқанд'),
  abroad('Uzbekistan', 'Bukhara', 'Bukhara', 'Бухара', 'Бұхара'),
  abroad('Uzbekistan', 'Nukus', 'Nukus', 'Нукус', 'Нүкіс'),
  abroad('Uzbekistan', 'Namangan', 'Namangan', 'Наманган', 'Наманган'),
  abroad('Tajikistan', 'Dushanbe', 'Dushanbe', 'Душанбе', 'Душанбе'),
  abroad('Turkmenistan', 'Ashgabat', 'Ashgabat', 'Ашхабад', 'Ашхабад'),
  abroad('China', 'Ürümqi', 'Urumqi', 'Урумчи', 'Үрімжі'),
  abroad('China', 'Yining', 'Ghulja', 'Кульджа', 'Құлжа'),
  abroad('China', 'Kashgar', 'Kashgar', 'Кашгар', 'Қашқар'),
  abroad('Russia', 'Omsk', 'Omsk', 'Омск', 'Омбы'),
  abroad('Russia', 'Novosibirsk', 'Novosibirsk', 'Новосибирск', 'Новосібір'),
  abroad('Russia', 'Barnaul', 'Barnaul', 'Барнаул', 'Барнауыл'),
  abroad('Russia', 'Orenburg', 'Orenburg', 'Оренбург', 'Орынбор'),
  abroad('Russia', 'Orsk', 'Orsk', 'Орск', 'Орск'),
  abroad('Russia', 'Astrakhan', 'Astrakhan', 'Астрахань', 'Астрахан'),
  abroad('Russia', 'Samara', 'Samara', 'Самара', 'Самара'),
  abroad('Russia', 'Saratov', 'Saratov', 'Саратов', 'Саратов'),
  abroad('Russia', 'Volgograd', 'Volgograd', 'Волгоград', 'Волгоград'),
  abroad('Russia', 'Chelyabinsk', 'Chelyabinsk', 'Челябинск', 'Челябі'),
  abroad('Russia', 'Magnitogorsk', 'Magnitogorsk', 'Магнитогорск', 'Магнитогорск'),
  abroad('Russia', 'Kurgan', 'Kurgan', 'Курган', 'Қорған'),
  abroad('Russia', 'Yekaterinburg', 'Yekaterinburg', 'Екатеринбург', 'Екатеринбург'),
  abroad('Russia', 'Ufa', 'Ufa', 'Уфа', 'Уфа'),
  abroad('Russia', 'Rubtsovsk', 'Rubtsovsk', 'Рубцовск', 'Рубцовск'),
];

/**
 * Towns the source lacks, placed from the project's own gazetteer
 * (data/places.json) so incidents there have a named town under them.
 */
export const EXTRA_TOWNS: (Names & { id: string; at: [number, number]; population: number; note: string })[] = [
  {
    id: 'talgar',
    en: 'Talgar',
    ru: 'Талгар',
    kk: 'Талғар',
    at: [77.2397, 43.3035],
    population: 50000,
    note: 'Not in Natural Earth; the administrative centre of Talgar District as placed in data/places.json.',
  },
];

export { REGIONS, type RegionEntry } from './regions';

export interface ShapeNames extends Names {
  ne: string;
}

/** Lakes and reservoirs that get a name; every other lake is drawn unnamed. */
export const LAKES: ShapeNames[] = [
  { ne: 'Lake Balkhash', en: 'Lake Balkhash', ru: 'озеро Балхаш', kk: 'Балқаш көлі' },
  { ne: 'Aral Sea', en: 'Aral Sea', ru: 'Аральское море', kk: 'Арал теңізі' },
  { ne: 'Lake Zaysan', en: 'Lake Zaysan', ru: 'озеро Зайсан', kk: 'Зайсан көлі' },
  { ne: 'Alakol', en: 'Lake Alakol', ru: 'озеро Алаколь', kk: 'Алакөл' },
  { ne: 'Sasyqkl', en: 'Lake Sasykkol', ru: 'озеро Сасыкколь', kk: 'Сасықкөл' },
  { ne: 'Kapchagay Reservoir', en: 'Kapchagay Reservoir', ru: 'Капшагайское водохранилище', kk: 'Қапшағай су қоймасы' },
  { ne: 'Tengiz Köli', en: 'Lake Tengiz', ru: 'озеро Тенгиз', kk: 'Теңіз көлі' },
  { ne: 'Shardara Bgeni', en: 'Shardara Reservoir', ru: 'Шардаринское водохранилище', kk: 'Шардара су қоймасы' },
  { ne: 'Issyk-Kul', en: 'Issyk-Kul', ru: 'Иссык-Куль', kk: 'Ыстықкөл' },
  { ne: 'Aydar Ko‘l', en: 'Aydar Lake', ru: 'озеро Айдаркуль', kk: 'Айдаркөл' },
];

/** Rivers drawn (all segments of each), with names. */
export const RIVERS: (Names & { ne: string[] })[] = [
  { ne: ['Ertis', 'Ertix', 'Irtysh'], en: 'Irtysh', ru: 'Иртыш', kk: 'Ертіс' },
  { ne: ['Ural'], en: 'Ural', ru: 'Урал', kk: 'Жайық' },
  { ne: ['Ile'], en: 'Ili', ru: 'Или', kk: 'Іле' },
  { ne: ['Syr  Darya'], en: 'Syr Darya', ru: 'Сырдарья', kk: 'Сырдария' },
  { ne: ['Esil', 'Ishim'], en: 'Ishim', ru: 'Ишим', kk: 'Есіл' },
  { ne: ['Tobol'], en: 'Tobol', ru: 'Тобол', kk: 'Тобыл' },
  { ne: ['Naryn'], en: 'Naryn', ru: 'Нарын', kk: 'Нарын' },
  { ne: ['Amu  Darya'], en: 'Amu Darya', ru: 'Амударья', kk: 'Әмудария' },
  { ne: ['Ob'], en: 'Ob', ru: 'Обь', kk: 'Обь' },
  { ne: ['Volga'], en: 'Volga', ru: 'Волга', kk: 'Еділ' },
];

/** Named physical regions, drawn as labels only (their outlines are too coarse to draw). */
export const PHYSICAL: ShapeNames[] = [
  { ne: 'KAZAKH UPLAND', en: 'Saryarka (Kazakh Uplands)', ru: 'Сарыарка', kk: 'Сарыарқа' },
  { ne: 'BETPAQDALA DESERT', en: 'Betpak-Dala', ru: 'Бетпак-Дала', kk: 'Бетпақдала' },
  { ne: 'Ustyurt Plateau', en: 'Ustyurt Plateau', ru: 'плато Устюрт', kk: 'Үстірт' },
  { ne: 'CASPIAN DEPRESSION', en: 'Caspian Depression', ru: 'Прикаспийская низменность', kk: 'Каспий маңы ойпаты' },
  { ne: 'QIZILQUM DESERT', en: 'Kyzylkum', ru: 'Кызылкум', kk: 'Қызылқұм' },
  { ne: 'GARAGUM DESERT', en: 'Karakum', ru: 'Каракумы', kk: 'Қарақұм' },
  { ne: 'TIAN SHAN', en: 'Tian Shan', ru: 'Тянь-Шань', kk: 'Тянь-Шань' },
  { ne: 'ALTAY MOUNTAINS', en: 'Altai Mountains', ru: 'Алтай', kk: 'Алтай таулары' },
  { ne: 'Tarbagatay Ra.', en: 'Tarbagatai Range', ru: 'хребет Тарбагатай', kk: 'Тарбағатай жотасы' },
  { ne: 'Karatau Range', en: 'Karatau Range', ru: 'хребет Каратау', kk: 'Қаратау жотасы' },
  { ne: 'Alataw Mts.', en: 'Dzungarian Alatau', ru: 'Джунгарский Алатау', kk: 'Жетісу Алатауы' },
  { ne: 'URAL MOUNTAINS', en: 'Ural Mountains', ru: 'Уральские горы', kk: 'Орал таулары' },
  { ne: 'Junggar Basin', en: 'Dzungarian Basin', ru: 'Джунгарская впадина', kk: 'Жоңғар ойпаты' },
  { ne: 'Fergana Valley', en: 'Fergana Valley', ru: 'Ферганская долина', kk: 'Ферғана алқабы' },
];

/** Seas the source has no feature for (the Caspian is ocean in Natural Earth). */
export const SEA_LABELS: (Names & { at: [number, number] })[] = [
  { en: 'Caspian Sea', ru: 'Каспийское море', kk: 'Каспий теңізі', at: [50.6, 42.3] },
];
