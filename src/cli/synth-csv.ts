/**
 * A synthetic dataset as a spreadsheet in the import template's columns, for
 * the benchmark's import scenario (`npm run data:synth -- --csv FILE`): the
 * same incidents a reader could keep in Excel, one row each.
 */
import type { Incident, Place } from '../data/schema';

const COLUMNS = ['id', 'title', 'date', 'place', 'category', 'actors', 'summary', 'quote', 'case'] as const;

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function synthCsv(
  incidents: readonly Incident[],
  places: ReadonlyMap<string, Place>,
  actorNames: ReadonlyMap<string, string>,
): string {
  const lines = [COLUMNS.join(',')];
  for (const inc of incidents) {
    const place = inc.place ? (places.get(inc.place)?.name.en ?? '') : '';
    const actors = inc.actors.map((a) => `${actorNames.get(a.actor) ?? a.actor} (${a.role})`).join('; ');
    const quote = inc.sources[0]?.quotes[0]?.text ?? '';
    lines.push(
      [inc.id, inc.title.en, inc.date, place, inc.category, actors, inc.summary.en, quote, inc.cases.join('; ')]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
