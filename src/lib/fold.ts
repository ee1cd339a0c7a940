/**
 * Folds text for search so that one query finds every spelling of a name:
 * case, diacritics, Cyrillic vs Latin script (Russian and Kazakh letters) and
 * the usual romanisation variants (zh/j, kh/h, ye/e, iy/y) all collapse.
 * Both the haystack and the query go through the same fold.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  і: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const VARIANTS: [RegExp, string][] = [
  [/dzh/g, 'j'],
  [/zh/g, 'j'],
  [/kh/g, 'h'],
  [/iy/g, 'y'],
  [/ye/g, 'e'],
  [/yo/g, 'e'],
];

export function fold(text: string): string {
  let out = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  out = out.replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? ch);
  for (const [pattern, replacement] of VARIANTS) out = out.replace(pattern, replacement);
  return out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
