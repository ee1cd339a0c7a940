/**
 * The dataset changelog (`data/changelog.md` and its translations) read into
 * versions and entries. The file is written by hand in a small, fixed shape:
 *
 *   ## 1.3.5 (2026-12-06)
 *   Intro paragraphs.
 *   Records:
 *   - `incident-id` (attribution, text): What changed. Why: The reason.
 *   - Story `story-id` (attribution): …      - Cases `a` and `b` (text): …
 *   - Names (aliases): …                     - Translations (text): …
 *
 * A list none of whose bullets opens like an entry is the version's general
 * changes ("For every record:"). Bullets may wrap onto indented lines. The
 * bullet starts (kind word, ids, tags) stay in English in every language;
 * only the "Why:" marker is translated. Never throws: what cannot be read is
 * returned as a problem with its line.
 */

export type EntryKind =
  'incident' | 'story' | 'case' | 'dispute' | 'source' | 'redirect' | 'actor' | 'place' | 'names' | 'translations';

export interface ChangelogEntry {
  kind: EntryKind;
  /** The first id the entry names, if any. */
  id?: string;
  /** Every id the entry names ("Cases `a` and `b`"). */
  ids: string[];
  tags: string[];
  text: string;
  why?: string;
  line: number;
}

export interface ChangelogVersion {
  version: string;
  date: string;
  intro: string[];
  general: string[];
  entries: ChangelogEntry[];
  line: number;
}

export interface ChangelogProblem {
  line: number;
  value: string;
  message: string;
}

export interface Changelog {
  versions: ChangelogVersion[];
  problems: ChangelogProblem[];
}

/** The word that opens the reason of an entry, per language. */
export const WHY_MARKERS = { en: 'Why:', ru: 'Причина:', kk: 'Себебі:' } as const;
export type ChangelogLang = keyof typeof WHY_MARKERS;

/** Kind words that may open a bullet, singular or plural. */
const KIND_WORDS: Record<string, EntryKind> = {
  story: 'story',
  case: 'case',
  disagreement: 'dispute',
  source: 'source',
  redirect: 'redirect',
  actor: 'actor',
  place: 'place',
};
/** Bullets about a whole kind of text, not one record. */
const BARE_WORDS: Record<string, EntryKind> = { names: 'names', translations: 'translations' };

const HEADING = /^## (\d+\.\d+\.\d+) \((\d{4}-\d{2}-\d{2})\)\s*$/;
const IDS = '`[^`\\s]+`(?:(?:,\\s*|\\s+and\\s+)`[^`\\s]+`)*';
const ENTRY = new RegExp(`^(?:([A-Z][a-z]+?)s?\\s+)?(${IDS})\\s+\\(([^()]+)\\):\\s*([\\s\\S]*)$`);
const BARE = /^([A-Z][a-z]+)\s+\(([^()]+)\):\s*([\s\S]*)$/;
/** What a bullet that means to be an entry looks like: a word or an id, then "(tags):" early on. */
const LOOKS_LIKE_ENTRY = /^(?:[A-Z][a-z]+\s+)?`[^`]*`?[^:]{0,160}\([^()]*\)\s*:|^[A-Z][a-z]+\s+\([^()]*\):/;

interface Block {
  kind: 'heading' | 'paragraph' | 'bullet';
  text: string;
  line: number;
}

/** Splits the file into headings, paragraphs and bullets, joining wrapped lines with a space. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let open: Block | null = null;
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = k + 1;
    if (raw.trim() === '') {
      open = null;
    } else if (raw.startsWith('#')) {
      out.push({ kind: 'heading', text: raw.trim(), line });
      open = null;
    } else if (/^- /.test(raw)) {
      open = { kind: 'bullet', text: raw.slice(2).trim(), line };
      out.push(open);
    } else if (open && (open.kind === 'paragraph' || /^\s/.test(raw))) {
      open.text += ` ${raw.trim()}`;
    } else {
      open = { kind: 'paragraph', text: raw.trim(), line };
      out.push(open);
    }
  });
  return out;
}

function splitWhy(body: string, marker: string): { text: string; why?: string } {
  const at = body.indexOf(marker);
  if (at < 0) return { text: body.trim() };
  const text = body.slice(0, at).trim();
  const why = body.slice(at + marker.length).trim();
  return why ? { text, why } : { text };
}

function tagsOf(list: string): string[] {
  return list
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** Reads one bullet as an entry, or says why it cannot be read. */
export function parseEntry(bullet: string, line: number, why: string): ChangelogEntry | string {
  const m = ENTRY.exec(bullet);
  if (m) {
    const [, word, idList, tags, body] = m;
    let kind: EntryKind = 'incident';
    if (word) {
      const known = KIND_WORDS[word.toLowerCase()];
      if (!known) return `"${word}" is not a kind of record (Story, Case, Disagreement, Source, Redirect)`;
      kind = known;
    }
    const ids = [...idList!.matchAll(/`([^`]+)`/g)].map((x) => x[1]!);
    return { kind, id: ids[0], ids, tags: tagsOf(tags!), ...splitWhy(body!, why), line };
  }
  const b = BARE.exec(bullet);
  if (b) {
    const kind = BARE_WORDS[b[1]!.toLowerCase()];
    if (!kind) return `"${b[1]}" is not Names or Translations, and no id follows it`;
    return { kind, ids: [], tags: tagsOf(b[2]!), ...splitWhy(b[3]!, why), line };
  }
  return 'does not open with an id or a kind of record, then (tags):';
}

const preview = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

export function parseChangelog(text: string, lang: ChangelogLang = 'en'): Changelog {
  const why = WHY_MARKERS[lang];
  const versions: ChangelogVersion[] = [];
  const problems: ChangelogProblem[] = [];
  const all = blocks(text);
  let current: ChangelogVersion | null = null;
  for (let k = 0; k < all.length; k++) {
    const block = all[k]!;
    if (block.kind === 'heading') {
      if (block.text.startsWith('# ')) continue;
      const h = HEADING.exec(block.text);
      if (!h) {
        problems.push({
          line: block.line,
          value: preview(block.text),
          message: 'not a "## 1.2.3 (YYYY-MM-DD)" heading',
        });
        current = null;
        continue;
      }
      current = { version: h[1]!, date: h[2]!, intro: [], general: [], entries: [], line: block.line };
      versions.push(current);
      continue;
    }
    if (!current) continue; // the file's own introduction
    if (block.kind === 'paragraph') {
      // A paragraph that ends with ":" right before a list labels that list; the panel gives its own labels.
      const labels = block.text.endsWith(':') && all[k + 1]?.kind === 'bullet';
      if (!labels) current.intro.push(block.text);
      continue;
    }
    // A list: the run of bullets that starts here.
    const list: Block[] = [];
    while (all[k]?.kind === 'bullet') list.push(all[k++]!);
    k--;
    const general = list.every((b) => !LOOKS_LIKE_ENTRY.test(b.text));
    for (const b of list) {
      if (general) {
        current.general.push(b.text);
        continue;
      }
      const entry = parseEntry(b.text, b.line, why);
      if (typeof entry === 'string') problems.push({ line: b.line, value: preview(b.text), message: entry });
      else current.entries.push(entry);
    }
  }
  return { versions, problems };
}

/** Compares dotted versions numerically: negative when a is older. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export const VERSION_PATTERN = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;

export interface InlinePart {
  kind: 'text' | 'code' | 'em' | 'strong';
  text: string;
}

/**
 * The changelog's inline markup (`code`, _emphasis_, **strong**) as parts
 * for React to build elements from; everything else, quotes included, is
 * text. Never HTML.
 */
export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  const re = /`([^`]+)`|\*\*([^*]+)\*\*|(?<![\p{L}\p{N}_])_([^_\s](?:[^_]*[^_\s])?)_(?![\p{L}\p{N}_])/gu;
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) parts.push({ kind: 'text', text: text.slice(at, m.index) });
    if (m[1] !== undefined) parts.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined) parts.push({ kind: 'strong', text: m[2] });
    else parts.push({ kind: 'em', text: m[3]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}
