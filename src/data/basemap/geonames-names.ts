/**
 * Names for GeoNames places in the basemap's three languages. GeoNames keeps
 * one romanised name and a bag of alternate names with no language tags, so
 * the Russian and Kazakh names are told apart by their letters, and checked
 * against the English name so that all three labels name the same place
 * (alternates also hold Soviet-era names, such as ЕРАЛИЕВ for Kuryk).
 */
import type { Names } from './gazetteer';

/** Letters only Kazakh uses among the Cyrillic alphabets of Kazakhstan. */
export const KAZAKH_ONLY = 'әғқңөұүһі';
const RUSSIAN = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';

/** Words of Cyrillic letters joined by spaces or hyphens: no digits, brackets or Latin. */
const CYRILLIC_NAME = /^\p{Script=Cyrillic}+(?:[ -]\p{Script=Cyrillic}+)*$/u;

const lettersOf = (s: string) => [...s.toLowerCase()].filter((c) => c !== ' ' && c !== '-');

/**
 * Written in the Russian alphabet alone, so not Kazakh, Belarusian, Uzbek or
 * Tatar; a Ukrainian spelling of shared letters (Уральськ) passes and is left
 * to the likeness check against the English name.
 */
export function isRussianForm(s: string): boolean {
  return CYRILLIC_NAME.test(s) && lettersOf(s).every((c) => RUSSIAN.includes(c));
}

/** Written in the Kazakh alphabet and using at least one letter only Kazakh has. */
export function isKazakhForm(s: string): boolean {
  const letters = lettersOf(s);
  return (
    CYRILLIC_NAME.test(s) &&
    letters.every((c) => RUSSIAN.includes(c) || KAZAKH_ONLY.includes(c)) &&
    letters.some((c) => KAZAKH_ONLY.includes(c))
  );
}

/**
 * The English label: GeoNames' ASCII form without the apostrophes that stand
 * for the Russian soft sign. The plain name uses the BGN/PCGN marks for Kazakh
 * (Taūshyq, Īnderbor, Zhänibek) that English maps and news do not, and the
 * gazetteer already writes the soft sign away (Esil, not Esil').
 */
export function englishName(asciiName: string): string {
  return asciiName.replace(/['’ʼ`]/g, '').trim();
}

/** All-capitals forms (from old Soviet gazetteers) in ordinary capitalisation: ФОРТ-ШЕВЧЕНКО -> Форт-Шевченко. */
export function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

// prettier-ignore
const TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ә: 'a', ғ: 'g', қ: 'k', ң: 'ng', ө: 'o', ұ: 'u',
  ү: 'u', һ: 'h', і: 'i',
};

const lettersKey = (latin: string) => latin.toLowerCase().replace(/[^a-z]/g, '');

/** A rough sound key, so that Qulsary, Kul'sary and Кульсары compare as the same name. */
function soundKey(latin: string): string {
  return lettersKey(latin).replace(/dzh|j/g, 'zh').replace(/gh/g, 'g').replace(/q/g, 'k').replace(/[yi]+/g, 'i');
}

const toLatin = (name: string) => [...name.toLowerCase()].map((c) => TO_LATIN[c] ?? c).join('');
const alike = (a: string, b: string) =>
  a.length + b.length === 0 ? 1 : 1 - distance(a, b) / Math.max(a.length, b.length);

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** A name in either script as a sound key: Taldyqorghan, Taldykorgan and Талдықорған share one. */
export function nameKey(name: string): string {
  return soundKey(toLatin(name).normalize('NFD'));
}

/** How alike a Cyrillic name sounds to a Latin one, from 0 to 1. */
export function likeness(cyrillic: string, latin: string): number {
  return alike(nameKey(cyrillic), nameKey(latin));
}

/** Like `likeness`, letter for letter: tells Шымкент (Shymkent) from Шимкент, which sound alike. */
function spelling(cyrillic: string, latin: string): number {
  return alike(lettersKey(toLatin(cyrillic)), lettersKey(latin.normalize('NFD')));
}

/** Below this a Cyrillic alternate is taken for another name of the place (a former one), not its spelling. */
export const MIN_LIKENESS = 0.6;

/** The best of `forms`: mixed case before all capitals, then the one closest to the English name. */
function best(forms: string[], en: string): string | undefined {
  const scored = forms
    .map((f) => ({ f, caps: f === f.toUpperCase(), like: likeness(f, en), spelt: spelling(f, en) }))
    .filter((s) => s.like >= MIN_LIKENESS)
    .sort((x, y) => Number(x.caps) - Number(y.caps) || y.like - x.like || y.spelt - x.spelt);
  return scored[0] && titleCase(scored[0].f);
}

export interface PickedNames extends Names {
  /** False when no Cyrillic alternate fits and every language shows the English name. */
  cyrillic: boolean;
}

/**
 * Names for one GeoNames place. Abroad, Kazakh takes the Russian form: the
 * letters that mark Kazakh inside Kazakhstan also belong to Uzbek and Kyrgyz.
 */
export function pickNames(asciiName: string, alternates: string[], abroad = false): PickedNames {
  const en = englishName(asciiName);
  const ru = best(alternates.filter(isRussianForm), en);
  const kk = abroad ? undefined : best(alternates.filter(isKazakhForm), en);
  if (!ru && !kk) return { en, ru: en, kk: en, cyrillic: false };
  return { en, ru: ru ?? kk!, kk: kk ?? ru!, cyrillic: true };
}
