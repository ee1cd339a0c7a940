/**
 * Folds text for search so that one query finds every spelling of a name:
 * case, diacritics, Cyrillic vs Latin script (Russian and Kazakh letters) and
 * the usual romanisation variants (zh/j, kh/h, ye/e, iy/y) all collapse.
 * Both the haystack and the query go through the same fold. Written as one
 * pass over the characters because it runs over every incident's text.
 */
import { CYRILLIC_LATIN } from './cyrillic-latin';

const VARIANTS = /dzh|zh|kh|iy|ye|yo/g;
const VARIANT_OF: Record<string, string> = { dzh: 'j', zh: 'j', kh: 'h', iy: 'y', ye: 'e', yo: 'e' };
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

export function fold(text: string): string {
  let lower = text.toLowerCase();
  // Decomposition is only needed when there is something to decompose.
  // eslint-disable-next-line no-control-regex -- ASCII range test
  if (/[^\u0000-\u007f]/.test(lower)) lower = lower.normalize('NFKD');
  let out = '';
  let space = true;
  for (const ch of lower) {
    const code = ch.charCodeAt(0);
    let mapped: string;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) mapped = ch;
    else if (code >= 0x400 && code <= 0x4ff) mapped = CYRILLIC_LATIN[ch] ?? ch;
    else if (code < 128) mapped = ' ';
    else if (MARK.test(ch)) continue;
    else mapped = LETTER_OR_DIGIT.test(ch) ? ch : ' ';
    if (mapped === ' ') {
      if (!space) out += ' ';
      space = true;
    } else if (mapped !== '') {
      out += mapped;
      space = false;
    }
  }
  if (space && out.endsWith(' ')) out = out.slice(0, -1);
  return out.replace(VARIANTS, (m) => VARIANT_OF[m] ?? m);
}
