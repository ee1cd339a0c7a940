/**
 * Records that point at incidents from outside them: disagreements between
 * sources (disputes.json), recorded once for every incident they concern, and
 * the table of published ids that were renamed or merged (incidents.json
 * `redirects`). Each is checked against the incidents that survived
 * validation; a record that names an unknown one is reported and skipped.
 */
import { disputeSchema, redirectSchema, type Dispute, type Redirect, type Source } from './schema.ts';
import { OPTIONAL_FILES, type DataIssue } from './dataset.ts';

export const DISPUTES_FILE = OPTIONAL_FILES.disputes;

type Parse = <T>(list: unknown[], schema: import('zod').ZodType<T>, file: string) => Generator<void, T[]>;

function listIn(raw: unknown, key: string): unknown[] | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const list = (raw as Record<string, unknown>)[key];
  return Array.isArray(list) ? list : null;
}

export function* checkDisputes(
  raw: unknown,
  ctx: { incidents: Set<string>; sources: Map<string, Source> },
  issues: DataIssue[],
  parse: Parse,
): Generator<void, Dispute[]> {
  if (raw === undefined || raw === null) return [];
  const list = listIn(raw, 'disputes');
  if (!list) {
    issues.push({
      file: DISPUTES_FILE,
      id: '-',
      field: '(file)',
      message: 'is not a JSON object with a "disputes" list',
    });
    return [];
  }
  const out: Dispute[] = [];
  for (const d of yield* parse(list, disputeSchema, DISPUTES_FILE)) {
    const problems: DataIssue[] = [];
    const report = (field: string, message: string) => problems.push({ file: DISPUTES_FILE, id: d.id, field, message });
    d.incidents.forEach((id, k) => {
      if (!ctx.incidents.has(id)) report(`incidents.${k}`, `unknown incident "${id}"`);
    });
    d.claims.forEach((c, k) => {
      if (!ctx.sources.has(c.source)) report(`claims.${k}.source`, `unknown source "${c.source}"`);
      if (c.lang !== 'en' && !c.translation)
        report(`claims.${k}.translation`, `a ${c.lang} quote needs an English translation`);
    });
    if (problems.length > 0) issues.push(...problems);
    else out.push(d);
  }
  return out;
}

/** Old id → redirect; every target must be a live record and no old id may still be one. */
export function* checkRedirects(
  list: unknown[],
  incidents: Set<string>,
  file: string,
  issues: DataIssue[],
  parse: Parse,
): Generator<void, Map<string, Redirect>> {
  const out = new Map<string, Redirect>();
  const redirects = yield* parse(
    list.map((r) => (r && typeof r === 'object' && 'from' in r ? { id: (r as { from: unknown }).from, ...r } : r)),
    redirectSchema,
    file,
  );
  for (const r of redirects) {
    const report = (field: string, message: string) => issues.push({ file, id: r.from, field, message });
    if (!incidents.has(r.to)) report('redirects.to', `unknown incident "${r.to}"`);
    else if (incidents.has(r.from)) report('redirects.from', `"${r.from}" is still a record; it cannot also redirect`);
    else out.set(r.from, { from: r.from, to: r.to, note: r.note });
  }
  return out;
}

/** Every disagreement that concerns an incident. */
export function disputesOf(disputes: readonly Dispute[], incidentId: string): Dispute[] {
  return disputes.filter((d) => d.incidents.includes(incidentId));
}

/** The record a linked id names now: itself, or the record it was renamed or merged into. */
export function resolveIncidentId(
  redirects: ReadonlyMap<string, Redirect>,
  id: string,
): { id: string; redirectedFrom: string | null } {
  const redirect = redirects.get(id);
  return redirect ? { id: redirect.to, redirectedFrom: id } : { id, redirectedFrom: null };
}
