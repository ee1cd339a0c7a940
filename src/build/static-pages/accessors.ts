/**
 * Everything the static pages read from the dataset goes through these
 * accessors, and nothing else in the generator looks inside a record. The
 * dataset is still growing (translations with a review status, disagreements
 * as records of their own, source descriptions, how a date was arrived at,
 * retired ids that lead onward), so each accessor accepts today's shape and
 * tolerates the fields that are not there yet: when the schema changes, only
 * this file follows it.
 */
import type { Dataset } from '../../data/dataset.ts';
import type { Incident, Source } from '../../data/schema.ts';
import { parseEdtf, type ParsedDate } from '../../lib/edtf.ts';
import type { PageLang } from '../../lib/permanent-path.ts';

/** A piece of dataset text as a page shows it. */
export interface PageText {
  text: string;
  /** The language the text is actually in. */
  lang: string;
  /** The reader's language was asked for and this is the English text instead. */
  fallback: boolean;
  /** A translation not yet reviewed. */
  draft: boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** One language's entry: a plain string today, perhaps `{ text, status }` later. */
function entry(value: unknown): { text: string; draft: boolean } | null {
  if (typeof value === 'string' && value.trim() !== '') return { text: value, draft: false };
  if (isRecord(value) && typeof value['text'] === 'string' && value['text'].trim() !== '') {
    return { text: value['text'], draft: value['status'] === 'draft' };
  }
  return null;
}

/**
 * Dataset text in the page's language, else in English (marked as a
 * fallback). Accepts a localized object or a plain English string (such as
 * today's date notes); anything else is no text.
 */
export function textIn(value: unknown, lang: PageLang): PageText | null {
  if (typeof value === 'string')
    return value.trim() === '' ? null : { text: value, lang: 'en', fallback: lang !== 'en', draft: false };
  if (!isRecord(value)) return null;
  const own = entry(value[lang]);
  if (own) return { ...own, lang, fallback: false };
  const en = entry(value['en']);
  return en ? { ...en, lang: 'en', fallback: lang !== 'en' } : null;
}

/** A plain string for places where no marker fits (page titles, meta descriptions). */
export function plainIn(value: unknown, lang: PageLang): string {
  return textIn(value, lang)?.text ?? '';
}

export interface DateBasis {
  /** How the date was arrived at, when the data says (e.g. source, inferred, external). */
  basis: string | null;
  note: PageText | null;
}

export function dateBasisOf(incident: Incident, lang: PageLang): DateBasis {
  const raw = incident as unknown as Record<string, unknown>;
  const basis = typeof raw['dateBasis'] === 'string' ? raw['dateBasis'] : null;
  return { basis, note: textIn(raw['dateNote'], lang) };
}

export interface PlaceBasis {
  basis: string | null;
  note: PageText | null;
}

export function placeBasisOf(incident: Incident, lang: PageLang): PlaceBasis {
  const raw = incident as unknown as Record<string, unknown>;
  const basis = typeof raw['placeBasis'] === 'string' ? raw['placeBasis'] : null;
  return { basis, note: textIn(raw['placeNote'], lang) };
}

export interface PageClaim {
  text: PageText | null;
  source: string;
  quote: string;
}

export interface PageDispute {
  topic: PageText | null;
  claims: PageClaim[];
}

function toDispute(value: unknown, lang: PageLang): PageDispute | null {
  if (!isRecord(value) || !Array.isArray(value['claims'])) return null;
  const claims: PageClaim[] = [];
  for (const c of value['claims']) {
    if (!isRecord(c) || typeof c['source'] !== 'string') continue;
    const quote = typeof c['quote'] === 'string' ? c['quote'] : (entry(c['quote'])?.text ?? '');
    claims.push({ text: textIn(c['text'], lang), source: c['source'], quote });
  }
  return claims.length >= 2 ? { topic: textIn(value['topic'], lang), claims } : null;
}

/**
 * Every disagreement that concerns an incident: those recorded on it and,
 * once disagreements are records of their own, those that name it.
 */
export function disputesOf(ds: Dataset, incident: Incident, lang: PageLang): PageDispute[] {
  const own = (incident as unknown as { disputes?: unknown }).disputes;
  const shared = (ds as unknown as { disputes?: unknown }).disputes;
  const out: PageDispute[] = [];
  for (const d of Array.isArray(own) ? own : []) {
    const dispute = toDispute(d, lang);
    if (dispute) out.push(dispute);
  }
  const sharedList = Array.isArray(shared) ? shared : shared instanceof Map ? [...shared.values()] : [];
  for (const d of sharedList) {
    const names = isRecord(d) && Array.isArray(d['incidents']) ? d['incidents'] : [];
    if (!names.includes(incident.id)) continue;
    const dispute = toDispute(d, lang);
    if (dispute) out.push(dispute);
  }
  return out;
}

export interface SourceMeta {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  published: ParsedDate | null;
  /** A neutral line about the publisher, when the data has one. */
  description: PageText | null;
  url: string | null;
  /** A Wayback Machine search for the address: a search, not a claim that a snapshot exists. */
  archiveSearch: string | null;
}

const HTTP = /^https?:\/\/[^\s]+$/i;

export function archiveSearchFor(url: string): string {
  return `https://web.archive.org/web/*/${url}`;
}

export function sourceMeta(source: Source | undefined, id: string, lang: PageLang): SourceMeta {
  const raw = (source ?? {}) as Record<string, unknown>;
  const str = (key: string) => (typeof raw[key] === 'string' && raw[key] !== '' ? (raw[key] as string) : null);
  const url = str('url');
  const safeUrl = url && HTTP.test(url) ? url : null;
  const published = str('published');
  return {
    id,
    title: str('title') ?? id,
    publisher: str('publisher'),
    author: str('author'),
    published: published ? parseEdtf(published) : null,
    description: textIn(raw['description'] ?? raw['publisherNote'], lang),
    url: safeUrl,
    archiveSearch: safeUrl
      ? str('archive') && HTTP.test(str('archive')!)
        ? str('archive')
        : archiveSearchFor(safeUrl)
      : null,
  };
}

/** A published id that no longer names a record of its own. */
export interface RetiredId {
  id: string;
  status: 'merged' | 'withdrawn';
  /** Where the record lives now, if anywhere. */
  to: string | null;
  note: PageText | null;
}

/**
 * Retired ids, if the dataset has a table of them (`redirects`, `retired` or
 * `withdrawn`); none otherwise. Only slugs are accepted, and an id that still
 * names a record keeps its own page.
 */
export function retiredIds(ds: Dataset, raw: unknown, lang: PageLang): RetiredId[] {
  const fromDs = ds as unknown as Record<string, unknown>;
  const candidates = [fromDs['redirects'], fromDs['retired'], raw];
  const list: unknown[] = [];
  for (const c of candidates) {
    if (Array.isArray(c)) list.push(...c);
    else if (isRecord(c))
      for (const key of ['redirects', 'retired', 'withdrawn']) if (Array.isArray(c[key])) list.push(...c[key]);
  }
  const live = new Set(ds.incidents.map((i) => i.id));
  const out = new Map<string, RetiredId>();
  for (const r of list) {
    if (!isRecord(r)) continue;
    const id = typeof r['id'] === 'string' ? r['id'] : typeof r['from'] === 'string' ? r['from'] : null;
    if (!id || !SLUG.test(id) || live.has(id) || out.has(id)) continue;
    const target = [r['to'], r['into'], r['mergedInto']].find((v) => typeof v === 'string') as string | undefined;
    const to = target && SLUG.test(target) && live.has(target) ? target : null;
    out.set(id, { id, status: to ? 'merged' : 'withdrawn', to, note: textIn(r['note'] ?? r['reason'], lang) });
  }
  return [...out.values()];
}
