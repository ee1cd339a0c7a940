/** The place facet's order: countries (Kazakhstan first), their regions, the places inside, then the rest. */
import type { Place } from '../../data/schema';
import { collator, placeName } from '../../data/localized';
import type { UiLang } from '../../lib/langs';

export interface PlaceRow {
  id: string;
  depth: number;
}

/** Names sort with the collation of the reader's language. */
export function placeTree(all: readonly Place[], lang: UiLang): PlaceRow[] {
  const rows: PlaceRow[] = [];
  const names = collator(lang);
  const byName = (a: Place, b: Place) => names.compare(placeName(a, lang), placeName(b, lang));
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
