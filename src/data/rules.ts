/**
 * Editorial rules that a machine can check, beyond the schema: they keep every
 * record as precise as its sources and every source checkable. `data:check`
 * reports each breach as `file: id: field: message`; the app does not apply
 * them, because a breach is an editing task, not a record a reader must lose.
 */
import { parseEdtf } from '../lib/edtf';
import { ARCHIVE_SEARCH_PREFIX, type Incident, type Localized, type Source } from './schema';
import type { Dataset, DataIssue } from './dataset';
import { DISPUTES_FILE } from './cross-records';
import { TRANSLATION_FILES, TRANSLATION_LANGS, type TranslationFiles } from './translation-schema';
import { KK_MONTHS } from '../lib/format';
import { IMPORT_VERSION } from './import/import-file.ts';

/** "source 003", "Source 000" or an archive file name: internal numbers a reader cannot use. */
const INTERNAL_FILE_NUMBER = /\bsources?\s+0\d\d\b|\b\d{3}_[0-9a-f]{16}\b/i;

/** The day of month as a number on its own ("17", "January 17", "1 月 5 日"), not inside another number. */
function mentionsDay(text: string, day: number): boolean {
  return new RegExp(`(^|[^0-9])0?${day}([^0-9]|$)`).test(text);
}

/** Days of month that a date states, for each end that is day-precise. */
function statedDays(date: string): number[] {
  const parsed = parseEdtf(date);
  if (!parsed) return [];
  const days: number[] = [];
  if (parsed.startUnit === 'day') days.push(new Date(parsed.start).getUTCDate());
  if (parsed.endUnit === 'day') days.push(new Date(parsed.end - 1).getUTCDate());
  return [...new Set(days)];
}

function checkIncidentRules(inc: Incident, report: (field: string, message: string) => void) {
  if (!inc.dateNote) {
    const quoted = inc.sources.flatMap((s) => s.quotes.flatMap((q) => [q.text, q.translation ?? '']));
    for (const day of statedDays(inc.date)) {
      if (!quoted.some((text) => mentionsDay(text, day))) {
        report('date', `gives day ${day}, which no quote contains; quote it or explain it in dateNote`);
      }
    }
  }
  if (inc.dateBasis !== 'source' && !inc.dateNote) report('dateNote', `dateBasis "${inc.dateBasis}" needs a note`);
  if (inc.placeBasis !== 'source' && !inc.placeNote) report('placeNote', `placeBasis "${inc.placeBasis}" needs a note`);
}

function localizedTexts(value: Localized | undefined): string[] {
  return value ? [value.en, value.ru ?? '', value.kk ?? ''] : [];
}

/*
 * Days written in prose. A summary, note or caption must not read more precise
 * than the date it goes with: "the protests began in Zhanaozen on 1 January
 * 2022" in a record dated January 2022, or in a case none of whose incidents
 * is dated 1 January 2022, gives readers a day the sources do not give.
 */

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Russian month names in the genitive ("1 января"). */
const MONTHS_RU = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
/** Kazakh month names (the ones dates are written with); case endings follow them ("1 қаңтарда"). */
const MONTHS_KK = KK_MONTHS;
const MONTH_OF = new Map<string, number>(
  [MONTHS_EN, MONTHS_RU, MONTHS_KK].flatMap((names) => names.map((name, k) => [name, k + 1] as const)),
);
/** Words joining two days of one month: "17–19 December", "from 17 to 19", "с 17 по 19", "5 and 6". */
const JOIN = String.raw`\s*(?:–|—|-|to|and|or|по|до|и|или|мен|және|немесе)\s*`;
const ANY_MONTH = [...MONTH_OF.keys()].join('|');
/** "1 January 2022", "17–19 December 1986", "1 января 2022", "2022 жылғы 1 қаңтарда"; the year is optional. */
const DAY_FIRST = new RegExp(
  String.raw`(?<![\d.\-/])(?:(\d{4})\s+жыл(?:ғы|дың)\s+)?(\d{1,2})((?:${JOIN}\d{1,2})*)\s*-?\s*(${ANY_MONTH})\p{L}*(?:,?\s+(\d{4})(?!\d))?`,
  'gu',
);
/** "January 1, 2022", "December 17-19, 1986"; the year is optional. */
const MONTH_FIRST = new RegExp(
  String.raw`\b(${MONTHS_EN.join('|')})\s+(\d{1,2})(?!\d)((?:${JOIN}\d{1,2}(?!\d))*)(?:,?\s+(\d{4})(?!\d))?`,
  'gu',
);
/** "2022-01-01". */
const ISO_DAY = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu;
const RANGE_JOIN = /^\s*(?:–|—|-|to|по|до)\s*$/u;

/** A day named in prose: its month and day, its year when written, and the words as found. */
export interface WrittenDay {
  text: string;
  month: number;
  /** One day, or the two ends of a range ("17–19 December") or several days ("5 and 6 January"). */
  days: number[];
  /** True when `days` are the two ends of a range. */
  range: boolean;
  year?: number;
}

function dayList(first: string, rest: string): { days: number[]; range: boolean } {
  const days = [Number(first), ...[...rest.matchAll(/\d{1,2}/g)].map((m) => Number(m[0]))];
  const joins = rest.split(/\d{1,2}/).filter((j) => j !== '');
  return { days, range: days.length === 2 && joins.length === 1 && RANGE_JOIN.test(joins[0]!) };
}

/** Every day of a month named in the text, with or without its year (English, Russian, Kazakh, ISO). */
export function writtenDays(text: string): WrittenDay[] {
  const found: WrittenDay[] = [];
  const valid = (month: number, days: number[]) => month >= 1 && month <= 12 && days.every((d) => d >= 1 && d <= 31);
  for (const m of text.matchAll(DAY_FIRST)) {
    const month = MONTH_OF.get(m[4]!)!;
    const { days, range } = dayList(m[2]!, m[3] ?? '');
    const year = m[1] ?? m[5];
    if (valid(month, days)) found.push({ text: m[0], month, days, range, ...(year ? { year: Number(year) } : {}) });
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    const month = MONTH_OF.get(m[1]!)!;
    const { days, range } = dayList(m[2]!, m[3] ?? '');
    if (valid(month, days)) found.push({ text: m[0], month, days, range, ...(m[4] ? { year: Number(m[4]) } : {}) });
  }
  for (const m of text.matchAll(ISO_DAY)) {
    const month = Number(m[2]);
    const days = [Number(m[3])];
    if (valid(month, days)) found.push({ text: m[0], month, days, range: false, year: Number(m[1]) });
  }
  return found;
}

const isoDay = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The days an EDTF date states: its day-precise ends. */
function dateEnds(date: string | undefined): { start?: string; end?: string; single?: string } {
  const parsed = date ? parseEdtf(date) : null;
  if (!parsed) return {};
  const start = parsed.startUnit === 'day' ? isoOf(parsed.start) : undefined;
  const end = parsed.endUnit === 'day' ? isoOf(parsed.end - 86_400_000) : undefined;
  return { start, end, single: parsed.precision === 'day' ? start : undefined };
}

/** What a text may name: days (ISO), and day ranges ("start/end"). */
interface DayWarrant {
  days: Set<string>;
  ranges: Set<string>;
}

/** Publication days of the sources cited: a note may say when an article appeared. */
function publicationDays(sourceIds: Iterable<string>, sources: Map<string, Source>): string[] {
  return [...sourceIds].flatMap((id) => dateEnds(sources.get(id)?.published).single ?? []);
}

/** Full dates (with their year) in the text that the warrant does not cover. */
function unwarrantedDays(text: string, warrant: DayWarrant): string[] {
  const out: string[] = [];
  for (const w of writtenDays(text)) {
    if (w.year === undefined) continue;
    const days = w.days.map((d) => isoDay(w.year!, w.month, d));
    if (w.range && warrant.ranges.has(`${days[0]}/${days[1]}`)) continue;
    const missing = days.filter((d) => !warrant.days.has(d));
    if (missing.length > 0) out.push(`${missing.length > 1 ? 'days' : 'day'} ${missing.join(', ')} (“${w.text}”)`);
  }
  return out;
}

/**
 * Checks the prose of every record whose date is less precise than a day, and
 * of cases, stories, disputes and redirect notes: a full date written in it
 * must be one its record gives. An incident may name the day-precise ends of
 * its own date; a case, story step or dispute may name the date of an incident
 * it cites that is dated to exactly that day (or that range). Any of them may
 * name the publication day of a source its incidents cite.
 */
export function checkWrittenDays(ds: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const byId = new Map(ds.incidents.map((inc) => [inc.id, inc]));
  const own = (inc: Incident): DayWarrant | null => {
    const ends = dateEnds(inc.date);
    if (ends.single) return null; // a day-precise record may name its day, and others
    const days = new Set([ends.start, ends.end].filter((d): d is string => d !== undefined));
    const sourceIds = inc.sources.map((s) => s.source);
    for (const d of publicationDays(sourceIds, ds.sources)) days.add(d);
    return { days, ranges: new Set() };
  };
  const cited = (ids: Iterable<string>, extraSources: string[] = []): DayWarrant => {
    const warrant: DayWarrant = { days: new Set(), ranges: new Set() };
    const sourceIds = new Set(extraSources);
    for (const id of ids) {
      const inc = byId.get(id);
      if (!inc) continue;
      const ends = dateEnds(inc.date);
      if (ends.single) warrant.days.add(ends.single);
      else if (ends.start && ends.end) warrant.ranges.add(`${ends.start}/${ends.end}`);
      for (const s of inc.sources) sourceIds.add(s.source);
    }
    for (const d of publicationDays(sourceIds, ds.sources)) warrant.days.add(d);
    return warrant;
  };
  const scan = (file: string, id: string, field: string, texts: string[], warrant: DayWarrant | null, why: string) => {
    if (!warrant) return;
    const found = [...new Set(texts.flatMap((t) => unwarrantedDays(t, warrant)))];
    for (const f of found) issues.push({ file, id, field, message: `names the ${f}, but ${why}` });
  };

  for (const inc of ds.incidents) {
    const warrant = own(inc);
    const why = `the record is dated ${inc.date}; write the date only as precisely as the record gives it`;
    scan('incidents.json', inc.id, 'title', localizedTexts(inc.title), warrant, why);
    scan('incidents.json', inc.id, 'summary', localizedTexts(inc.summary), warrant, why);
    scan('incidents.json', inc.id, 'dateNote', inc.dateNote ? [inc.dateNote] : [], warrant, why);
    scan('incidents.json', inc.id, 'placeNote', inc.placeNote ? [inc.placeNote] : [], warrant, why);
  }
  for (const r of ds.redirects.values()) {
    const target = byId.get(r.to);
    if (!target) continue;
    const why = `the record it leads to is dated ${target.date}`;
    scan('incidents.json', r.from, 'redirects.note', localizedTexts(r.note), own(target), why);
  }
  const casesOf = new Map<string, string[]>();
  for (const inc of ds.incidents) for (const c of inc.cases) casesOf.set(c, [...(casesOf.get(c) ?? []), inc.id]);
  for (const c of ds.cases.values()) {
    const warrant = cited(casesOf.get(c.id) ?? []);
    const why = 'no incident of the case is dated to that day';
    scan('cases.json', c.id, 'title', localizedTexts(c.title), warrant, why);
    scan('cases.json', c.id, 'summary', localizedTexts(c.summary), warrant, why);
  }
  for (const n of ds.narratives) {
    const all = cited(n.steps.flatMap((s) => s.incidents));
    const why = 'no incident of the story is dated to that day';
    scan('narratives.json', n.id, 'title', localizedTexts(n.title), all, why);
    scan('narratives.json', n.id, 'intro', localizedTexts(n.intro), all, why);
    n.steps.forEach((s, k) =>
      scan(
        'narratives.json',
        n.id,
        `steps.${k}.caption`,
        localizedTexts(s.caption),
        cited(s.incidents),
        'no incident of the step is dated to that day',
      ),
    );
  }
  for (const d of ds.disputes) {
    const warrant = cited(
      d.incidents,
      d.claims.map((c) => c.source),
    );
    const why = 'no incident the disagreement concerns is dated to that day';
    scan(DISPUTES_FILE, d.id, 'topic', localizedTexts(d.topic), warrant, why);
    scan(DISPUTES_FILE, d.id, 'note', localizedTexts(d.note), warrant, why);
    d.claims.forEach((c, k) => scan(DISPUTES_FILE, d.id, `claims.${k}.text`, localizedTexts(c.text), warrant, why));
  }
  return issues;
}

/**
 * A translation names no day of a month that its English does not: a draft
 * that adds "1 января" makes the record more precise than its sources. The
 * translation files are not part of the `Dataset` that `checkRules` sees, so
 * `data:check` runs this beside it, on the files it reads.
 */
export function checkTranslationDays(files: TranslationFiles): DataIssue[] {
  const issues: DataIssue[] = [];
  const key = (w: WrittenDay) => w.days.map((d) => `${w.month}-${d}`);
  for (const lang of TRANSLATION_LANGS) {
    for (const [id, entry] of Object.entries(files[lang]?.entries ?? {})) {
      const english = new Set(writtenDays(entry.en).flatMap(key));
      const added = writtenDays(entry.text).filter((w) => key(w).some((k) => !english.has(k)));
      for (const w of added)
        issues.push({
          file: TRANSLATION_FILES[lang],
          id,
          field: 'text',
          message: `names the day “${w.text}”, which its English does not`,
        });
    }
  }
  return issues;
}

/**
 * `curated`: the published dataset, whose every source must give an address
 * and a publisher. A reader's import (data:import writes version 0.0.0) cites
 * what its file names, the file itself or an outlet an ACLED export names,
 * which has neither: it is held to every other rule.
 */
export function checkRules(ds: Dataset, { curated = ds.version !== IMPORT_VERSION } = {}): DataIssue[] {
  const issues: DataIssue[] = [];
  const scan = (file: string, id: string, field: string, texts: (string | undefined)[]) => {
    if (texts.some((t) => t !== undefined && INTERNAL_FILE_NUMBER.test(t))) {
      issues.push({ file, id, field, message: 'names an internal file number; name the publication instead' });
    }
  };
  for (const inc of ds.incidents) {
    checkIncidentRules(inc, (field, message) => issues.push({ file: 'incidents.json', id: inc.id, field, message }));
    scan('incidents.json', inc.id, 'title', localizedTexts(inc.title));
    scan('incidents.json', inc.id, 'summary', localizedTexts(inc.summary));
    scan('incidents.json', inc.id, 'dateNote', [inc.dateNote]);
    scan('incidents.json', inc.id, 'placeNote', [inc.placeNote]);
  }
  for (const r of ds.redirects.values()) scan('incidents.json', r.from, 'redirects.note', localizedTexts(r.note));
  for (const d of ds.disputes) {
    scan(DISPUTES_FILE, d.id, 'topic', localizedTexts(d.topic));
    scan(DISPUTES_FILE, d.id, 'note', localizedTexts(d.note));
    d.claims.forEach((c, k) => scan(DISPUTES_FILE, d.id, `claims.${k}.text`, localizedTexts(c.text)));
  }
  for (const n of ds.narratives) {
    scan('narratives.json', n.id, 'intro', localizedTexts(n.intro));
    n.steps.forEach((s, k) => scan('narratives.json', n.id, `steps.${k}.caption`, localizedTexts(s.caption)));
  }
  for (const c of ds.cases.values()) scan('cases.json', c.id, 'summary', localizedTexts(c.summary));
  for (const s of ds.sources.values()) {
    const report = (field: string, message: string) => issues.push({ file: 'sources.json', id: s.id, field, message });
    if (curated && !s.url) report('url', 'every source needs an address a reader can check');
    if (curated && !s.publisher) report('publisher', 'every source needs a publisher');
    for (const [field, p] of [
      ['', s],
      ['related.', s.related],
    ] as const) {
      if (p?.url && p.archiveSearch !== ARCHIVE_SEARCH_PREFIX + p.url) {
        report(
          `${field}archiveSearch`,
          `must be the Wayback Machine search for the url: ${ARCHIVE_SEARCH_PREFIX}${p.url}`,
        );
      }
    }
    scan('sources.json', s.id, 'title', [s.title, s.publisherDescription, s.publishedNote]);
  }
  issues.push(...checkWrittenDays(ds));
  return issues;
}
