/**
 * Full-text search over the incidents. Each incident's own text (titles,
 * summaries, quotes, id), folded, goes into one long string with the
 * incidents' offsets: one `indexOf` per hit then finds the next incident that
 * holds a term, which is fast and keeps one copy of the text instead of one
 * string per incident. The names of actors and places, which repeat across
 * incidents, are folded once each and matched through the incidents' columns.
 */
import { fold } from '../lib/fold.ts';
import type { Incident, Localized } from './schema.ts';
import { textAt, type PackedIncidents } from './packed.ts';

/** Folded text of every incident, separated by newlines; incident i is hay[offsets[i] .. offsets[i+1]). */
export interface HayStack {
  hay: string;
  offsets: Uint32Array;
}

/**
 * The own text of all incidents, in two stacks: words written only in Latin-1
 * letters (which folding makes of Latin, Cyrillic and Kazakh), and the few
 * words with other letters (Chinese quotes). One such letter in one incident
 * would double the size of a single string that held them all, as V8 then
 * stores every character in two bytes. A term never spans words, so each
 * word is found in the stack it went to.
 */
export interface SearchText {
  narrow: HayStack;
  wide: HayStack;
}

/** The text of an incident that search reads, besides its actors' and place's names. */
export function ownText(inc: Pick<Incident, 'id' | 'title' | 'summary' | 'sources'>): string {
  const l = (v: Incident['title']) => `${v.en} ${v.ru ?? ''} ${v.kk ?? ''}`;
  const parts = [l(inc.title), l(inc.summary), inc.id];
  for (const s of inc.sources) for (const q of s.quotes) parts.push(q.text, q.translation ?? '');
  return fold(parts.join(' '));
}

/** Own search text of incident i, read from the columns. */
export function ownTextAt(p: PackedIncidents, i: number): string {
  const rest = JSON.parse(textAt(p.text.rest, i)) as Pick<Incident, 'sources'>;
  const l = (en: string, ru: string, kk: string): Localized => ({ en, ru, kk });
  return ownText({
    id: textAt(p.text.id, i),
    title: l(textAt(p.text.titleEn, i), textAt(p.text.titleRu, i), textAt(p.text.titleKk, i)),
    summary: l(textAt(p.text.summaryEn, i), textAt(p.text.summaryRu, i), textAt(p.text.summaryKk, i)),
    sources: rest.sources,
  });
}

/** True when the text has a character that V8 cannot store in one byte. */
function isWide(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0xff) return true;
  return false;
}

class StackBuilder {
  private readonly pieces: string[] = [];
  private length = 0;
  readonly offsets: Uint32Array;

  constructor(n: number) {
    this.offsets = new Uint32Array(n + 1);
  }

  push(text: string) {
    this.pieces.push(text);
    this.length += text.length + 1;
    this.offsets[this.pieces.length] = this.length;
  }

  stack(): HayStack {
    return { hay: this.pieces.length ? `${this.pieces.join('\n')}\n` : '', offsets: this.offsets };
  }
}

/** Builds the search text a slice at a time, so that the page or a worker can do it between other work. */
export class SearchTextBuilder {
  private readonly narrow: StackBuilder;
  private readonly wide: StackBuilder;
  private count = 0;

  constructor(
    private readonly n: number,
    private readonly textOf: (i: number) => string,
  ) {
    this.narrow = new StackBuilder(n);
    this.wide = new StackBuilder(n);
  }

  get done(): boolean {
    return this.count === this.n;
  }

  /** Adds up to `count` incidents; true when all are in. */
  step(count: number): boolean {
    for (let k = 0; k < count && this.count < this.n; k++) {
      const text = this.textOf(this.count++);
      if (!isWide(text)) {
        this.narrow.push(text);
        this.wide.push('');
        continue;
      }
      const words = text.split(' ');
      // Pieces of a two-byte string stay two-byte inside, whatever their letters: rebuilt from single characters
      // (which V8 keeps in one byte when they fit), they cannot make the whole stack two-byte again.
      this.narrow.push(Array.from(words.filter((w) => !isWide(w)).join(' ')).join(''));
      this.wide.push(words.filter((w) => isWide(w)).join(' '));
    }
    return this.done;
  }

  result(): SearchText {
    this.step(Infinity);
    return { narrow: this.narrow.stack(), wide: this.wide.stack() };
  }
}

/** Marks incidents whose own text holds `term` (already folded, no spaces). */
export function markOwnText(search: SearchText, term: string, out: Uint8Array): void {
  // A term with letters beyond Latin-1 can only be inside a word that has them.
  if (!isWide(term)) markIn(search.narrow, term, out);
  markIn(search.wide, term, out);
}

function markIn(search: HayStack, term: string, out: Uint8Array): void {
  const { hay, offsets } = search;
  const n = offsets.length - 1;
  let from = 0;
  let i = 0;
  for (;;) {
    const at = hay.indexOf(term, from);
    if (at < 0) return;
    // Hits come in increasing order: move to the incident that holds this one.
    let lo = i;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    i = lo;
    out[i] = 1;
    from = offsets[i + 1]!;
    i++;
    if (i >= n) return;
  }
}
