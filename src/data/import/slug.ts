/**
 * Link-safe ids (`a-z`, `0-9`, single hyphens; see `slug` in schema.ts) from
 * any text. Cyrillic (Russian and Kazakh letters) is transliterated so that
 * "Алматы" gives `almaty`, not an empty id; other scripts lose their accents.
 */
import { CYRILLIC_LATIN } from '../../lib/cyrillic-latin';

/** Search's transliteration, but й stays i and қ stays q, as in the ids already made. */
const LATIN_OF: Readonly<Record<string, string>> = { ...CYRILLIC_LATIN, й: 'i', қ: 'q' };

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
