/**
 * Which texts of the dataset a reader sees (and so must be translated), how
 * the translation files are laid over them, and how complete they are.
 */
import type { Localized } from './schema.ts';
import type { DataIssue, Dataset } from './dataset.ts';
import {
  TEXT_KEY,
  TRANSLATION_FILES,
  TRANSLATION_LANGS,
  translationEntrySchema,
  translationFileSchema,
  type TranslationFile,
  type TranslationFiles,
  type TranslationLang,
  type TranslationStatus,
} from './translation-schema.ts';

/**
 * Reader-facing fields per collection, as paths into a record (`*` is every
 * item of an array). Place names are complete in places.json itself; source
 * titles are the articles' own. Names that do not exist in a record are skipped.
 */
export const READER_FIELDS: Record<string, readonly string[]> = {
  // A quote stays verbatim; readers of other languages get a translation beside it: of an English quote's text,
  // or of the English translation of a quote in another language.
  incidents: ['title', 'summary', 'dateNote', 'placeNote', 'sources.*.quotes.*.text', 'sources.*.quotes.*.translation'],
  disputes: ['topic', 'note', 'claims.*.text'],
  actors: ['name', 'description'],
  sources: ['publisherDescription', 'publishedNote', 'related.publisherDescription', 'related.publishedNote'],
  cases: ['title', 'summary'],
  narratives: ['title', 'intro', 'steps.*.caption'],
  /** Keyed by the old id they redirect from. */
  redirects: ['note'],
};

/** Dataset text with its translations and, for each, whether a native speaker has reviewed it. */
export type TranslatedText = Localized & { review?: Partial<Record<TranslationLang, TranslationStatus>> };

export interface ReaderText {
  key: string;
  /** `collection/field pattern`, e.g. `incidents/disputes.*.topic`: the unit coverage is counted in. */
  field: string;
  en: string;
  /** Translations written into the record itself (older data; names of places). */
  inline: Partial<Record<TranslationLang, string>>;
  /** Replaces the field's value in its record. */
  replace: (value: TranslatedText) => void;
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object';

/** The records of each collection with the id their keys use. */
function collections(ds: Dataset): Record<string, readonly { id: string; record: unknown }[]> {
  const withId = (records: Iterable<{ id: string }>) => [...records].map((record) => ({ id: record.id, record }));
  return {
    incidents: withId(ds.incidents),
    disputes: withId(ds.disputes),
    actors: withId(ds.actors.values()),
    sources: withId(ds.sources.values()),
    cases: withId(ds.cases.values()),
    narratives: withId(ds.narratives),
    redirects: [...ds.redirects.values()].map((record) => ({ id: record.from, record })),
  };
}

function* walk(
  parent: Node,
  segs: readonly string[],
  path: string,
): Generator<{ path: string; parent: Node; field: string }> {
  const [head, ...rest] = segs;
  if (head === undefined) return;
  const value = parent[head];
  const here = path ? `${path}.${head}` : head;
  if (rest.length === 0) {
    yield { path: here, parent, field: head };
    return;
  }
  if (rest[0] === '*') {
    if (!Array.isArray(value)) return;
    for (let k = 0; k < value.length; k++) {
      const item: unknown = value[k];
      if (isNode(item)) yield* walk(item, rest.slice(1), `${here}.${k}`);
    }
  } else if (isNode(value)) yield* walk(value, rest, here);
}

/** Every reader-facing text of the dataset, in a stable order. */
export function readerTexts(ds: Dataset): ReaderText[] {
  const out: ReaderText[] = [];
  for (const [collection, records] of Object.entries(collections(ds))) {
    const fields = READER_FIELDS[collection] ?? [];
    for (const { id, record } of records) {
      if (!isNode(record)) continue;
      for (const pattern of fields) {
        for (const { path, parent, field } of walk(record, pattern.split('.'), '')) {
          const value = parent[field];
          // A quote's text is English only when the quote is.
          if (pattern.endsWith('quotes.*.text') && parent['lang'] !== undefined && parent['lang'] !== 'en') continue;
          const en = typeof value === 'string' ? value : isNode(value) ? value['en'] : undefined;
          if (typeof en !== 'string' || en.trim() === '') continue;
          const inline: Partial<Record<TranslationLang, string>> = {};
          if (isNode(value))
            for (const lang of TRANSLATION_LANGS) if (typeof value[lang] === 'string') inline[lang] = value[lang];
          // A quote in Russian or Kazakh is its own text in that language: its readers get the original.
          const quoteLang = parent['lang'];
          if (
            pattern.endsWith('quotes.*.translation') &&
            typeof quoteLang === 'string' &&
            typeof parent['text'] === 'string'
          )
            for (const lang of TRANSLATION_LANGS) if (lang === quoteLang) inline[lang] = parent['text'];
          out.push({
            key: `${collection}/${id}/${path}`,
            field: `${collection}/${pattern}`,
            en,
            inline,
            // A plain-text field keeps its plain text; its translations are found through the key.
            replace: (v) => {
              if (typeof value !== 'string') parent[field] = v;
            },
          });
        }
      }
    }
  }
  return out;
}

/**
 * Lays the translation files over a freshly loaded dataset: each localised
 * field gets the translations whose English still matches (so search, sorting
 * and every view see them), and every reader-facing text is returned by key.
 * A stale translation is left out: the reader gets the English, marked as such.
 */
export function applyTranslations(
  ds: Dataset,
  files: TranslationFiles,
  { translatedOnly = false }: { translatedOnly?: boolean } = {},
): Map<string, TranslatedText> {
  const texts = new Map<string, TranslatedText>();
  // The page needs only texts a file translates: with many incidents, walking the others costs seconds.
  const source = translatedOnly ? { ...ds, incidents: ds.incidents.filter(idIn(incidentIdsIn(files))) } : ds;
  for (const t of readerTexts(source)) {
    const shown: TranslatedText = { en: t.en, ...t.inline };
    const review: Partial<Record<TranslationLang, TranslationStatus>> = {};
    for (const lang of TRANSLATION_LANGS) {
      const entry = files[lang]?.entries[t.key];
      if (!entry || entry.en !== t.en) continue;
      shown[lang] = entry.text;
      review[lang] = entry.status;
    }
    if (Object.keys(review).length > 0) shown.review = review;
    if (shown.ru !== undefined || shown.kk !== undefined) t.replace(shown);
    texts.set(t.key, shown);
  }
  return texts;
}

/** Ids of the incidents that translation files have entries for. */
function incidentIdsIn(files: TranslationFiles): Set<string> {
  const ids = new Set<string>();
  for (const lang of TRANSLATION_LANGS)
    for (const key of Object.keys(files[lang]?.entries ?? {})) {
      const [collection, id] = key.split('/');
      if (collection === 'incidents' && id) ids.add(id);
    }
  return ids;
}

const idIn = (ids: Set<string>) => (record: { id: string }) => ids.has(record.id);

export interface FieldCoverage {
  lang: TranslationLang;
  field: string;
  total: number;
  /** Translated, in the file or in the record, and current. */
  translated: number;
  reviewed: number;
  stale: number;
  missing: number;
}

export interface TranslationReport {
  coverage: FieldCoverage[];
  /** Texts with no current translation: missing, or translated from an English that has since changed. */
  gaps: { lang: TranslationLang; key: string; en: string; stale: boolean }[];
  /** Entries whose key names no reader-facing text of the dataset. */
  orphans: { lang: TranslationLang; key: string }[];
}

export function translationReport(ds: Dataset, files: TranslationFiles): TranslationReport {
  const texts = readerTexts(ds);
  const coverage = new Map<string, FieldCoverage>();
  const gaps: TranslationReport['gaps'] = [];
  for (const lang of TRANSLATION_LANGS) {
    const entries = files[lang]?.entries ?? {};
    for (const t of texts) {
      const id = `${lang} ${t.field}`;
      let c = coverage.get(id);
      if (!c)
        coverage.set(id, (c = { lang, field: t.field, total: 0, translated: 0, reviewed: 0, stale: 0, missing: 0 }));
      c.total++;
      const entry = Object.hasOwn(entries, t.key) ? entries[t.key] : undefined;
      if (entry && entry.en === t.en) {
        c.translated++;
        if (entry.status === 'reviewed') c.reviewed++;
      } else if (entry) {
        c.stale++;
        gaps.push({ lang, key: t.key, en: t.en, stale: true });
      } else if (t.inline[lang] !== undefined) c.translated++;
      else {
        c.missing++;
        gaps.push({ lang, key: t.key, en: t.en, stale: false });
      }
    }
  }
  const known = new Set(texts.map((t) => t.key));
  const orphans: TranslationReport['orphans'] = [];
  for (const lang of TRANSLATION_LANGS)
    for (const key of Object.keys(files[lang]?.entries ?? {})) if (!known.has(key)) orphans.push({ lang, key });
  return { coverage: [...coverage.values()], gaps, orphans };
}

/**
 * Checks downloaded translation files entry by entry: a bad entry is reported
 * and left out, the others still apply; a file that is not a translation file
 * at all (or is for another language) is reported and ignored.
 */
export function readTranslationFiles(raw: Partial<Record<TranslationLang, unknown>>): {
  files: TranslationFiles;
  issues: DataIssue[];
} {
  const files: TranslationFiles = {};
  const issues: DataIssue[] = [];
  for (const lang of TRANSLATION_LANGS) {
    const value = raw[lang];
    if (value === undefined) continue;
    const file = TRANSLATION_FILES[lang];
    const head = translationFileSchema.pick({ lang: true }).safeParse(value);
    const entries = isNode(value) ? value['entries'] : undefined;
    if (!head.success || head.data.lang !== lang || !isNode(entries) || Array.isArray(entries)) {
      issues.push({ file, id: '-', field: '(file)', message: `not a translation file for "${lang}"` });
      continue;
    }
    const kept: TranslationFile['entries'] = {};
    for (const [key, entry] of Object.entries(entries)) {
      const parsed = translationEntrySchema.safeParse(entry);
      if (!TEXT_KEY.test(key))
        issues.push({
          file,
          id: key.slice(0, 120),
          field: '(key)',
          message: 'must be collection/record id/field path',
        });
      else if (!parsed.success) {
        const first = parsed.error.issues[0];
        issues.push({ file, id: key, field: first?.path.join('.') || '-', message: first?.message ?? 'invalid' });
      } else kept[key] = parsed.data;
    }
    files[lang] = { lang, entries: kept };
  }
  return { files, issues };
}
