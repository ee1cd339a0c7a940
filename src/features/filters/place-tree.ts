/** The place facet's order: countries (Kazakhstan first), their regions, the places inside, then the rest. */
import type { Place } from '../../data/schema';

export interface PlaceRow {
  id: string;
  depth: number;
}

export function placeTree(all: readonly Place[]): PlaceRow[] {
  const rows: PlaceRow[] = [];
  const byName = (a: Place, b: Place) => a.name.en.localeCompare(b.name.en);
  const countries = all
    .filter((p) => p.kind === 'country')
    .sort((a, b) => (a.country === 'KZ' ? -1 : b.country === 'KZ' ? 1 : byName(a, b)));
  const seen = new Set<string>();
  const push = (id: string, depth: number) => {
    if (!seen.has(id)) rows.push({ id, depth });
    seen.add(id);
  };
  for (const c of countries) {
    push(c.id, 0);
    for (const r of all.filter((p) => p.kind === 'region' && p.country === c.country).sort(byName)) {
      push(r.id, 1);
      for (const p of all.filter((x) => x.region === r.id).sort(byName)) push(p.id, 2);
    }
    for (const p of all
      .filter((x) => x.country === c.country && x.kind !== 'region' && x.kind !== 'country' && x.region === null)
      .sort(byName))
      push(p.id, 1);
  }
  for (const p of [...all].sort(byName)) push(p.id, 0);
  return rows;
}
