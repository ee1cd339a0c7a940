/** Which real cases a synthetic incident may belong to. */
import type { Case } from '../../data/schema';

export const CASE_SHARE_SAME_YEAR = 0.6;
export const CASE_SHARE_OTHER = 0.15;

export function casesByYear(cases: Case[]): { dated: Map<number, Case[]>; undated: Case[] } {
  const dated = new Map<number, Case[]>();
  const undated: Case[] = [];
  for (const c of cases) {
    const m = /(?:^|-)((?:19|20)\d\d)(?:-|$)/.exec(c.id);
    if (!m) {
      undated.push(c);
      continue;
    }
    const y = Number(m[1]);
    dated.set(y, [...(dated.get(y) ?? []), c]);
  }
  return { dated, undated };
}
