/**
 * Editorial rules that a machine can check, beyond the schema: they keep every
 * record as precise as its sources and every source checkable. `data:check`
 * reports each breach as `file: id: field: message`; the app does not apply
 * them, because a breach is an editing task, not a record a reader must lose.
 */
import { parseEdtf } from '../lib/edtf';
import { ARCHIVE_SEARCH_PREFIX, type Incident, type Localized } from './schema';
import type { Dataset, DataIssue } from './dataset';
import { DISPUTES_FILE } from './cross-records';

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

export function checkRules(ds: Dataset): DataIssue[] {
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
    if (!s.url) report('url', 'every source needs an address a reader can check');
    if (!s.publisher) report('publisher', 'every source needs a publisher');
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
  return issues;
}
