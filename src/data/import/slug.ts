/**
 * Link-safe ids (`a-z`, `0-9`, single hyphens; see `slug` in schema.ts) from
 * any text. Cyrillic (Russian and Kazakh letters) is transliterated so that
 * "Алматы" gives `almaty`, not an empty id; other scripts lose their accents.
 */
const LATIN_OF: Record<string, string> = {
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
  й: 'i',
  і: 'i',
  к: 'k',
  қ: 'q',
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

/** The schema's limit on an id. */
export const MAX_SLUG = 120;

export function slugify(text: string, max = MAX_SLUG): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    const mapped = LATIN_OF[ch];
    out += mapped ?? ch;
  }
  out = out
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (out.length > max) out = out.slice(0, max).replace(/-+$/, '');
  return out;
}
