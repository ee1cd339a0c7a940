/**
 * The dataset cross-referenced once for the static pages: the app's own data
 * index (with the dataset's texts and their translations), incidents in time
 * order, and for each person or organisation, source, case and story the
 * incidents that belong to it.
 */
import { buildIndex, type DataIndex } from '../../data/data-index.ts';
import type { Dataset } from '../../data/dataset.ts';
import type { TranslatedText } from '../../data/translations.ts';
import type { Incident } from '../../data/schema.ts';
import type { ParsedDate } from '../../lib/edtf.ts';
import type { ActorRole } from '../../data/vocabulary.ts';

export interface Site {
  ds: Dataset;
  /**
   * Built as the app builds it, so the pages count (e.g. incidents per year) as the app does and
   * find each text's translations (`ix.texts`, by key) where the app finds them.
   */
  ix: DataIndex;
  /** Incident indices in time order (then by id). */
  order: number[];
  indexOf: Map<string, number>;
  byActor: Map<string, { i: number; role: ActorRole }[]>;
  bySource: Map<string, number[]>;
  byCase: Map<string, number[]>;
  storiesOf: Map<string, string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildSite(ds: Dataset, texts: ReadonlyMap<string, TranslatedText> = new Map()): Site {
  const order = ds.incidents.map((_, i) => i);
  order.sort(
    (a, b) =>
      ds.dates[a]!.start - ds.dates[b]!.start ||
      ds.dates[a]!.end - ds.dates[b]!.end ||
      (ds.incidents[a]!.id < ds.incidents[b]!.id ? -1 : 1),
  );
  const site: Site = {
    ds,
    ix: buildIndex(ds, texts),
    order,
    indexOf: new Map(ds.incidents.map((inc, i) => [inc.id, i])),
    byActor: new Map(),
    bySource: new Map(),
    byCase: new Map(),
    storiesOf: new Map(),
  };
  for (const i of order) {
    const inc = ds.incidents[i]!;
    for (const a of inc.actors) push(site.byActor, a.actor, { i, role: a.role });
    for (const s of new Set(inc.sources.map((c) => c.source))) push(site.bySource, s, i);
    for (const c of inc.cases) push(site.byCase, c, i);
  }
  for (const n of ds.narratives) {
    for (const step of n.steps) {
      for (const id of step.incidents) {
        const list = site.storiesOf.get(id) ?? [];
        if (!list.includes(n.id)) list.push(n.id);
        site.storiesOf.set(id, list);
      }
    }
  }
  return site;
}

export function incidentAt(site: Site, i: number): { incident: Incident; date: ParsedDate } {
  return { incident: site.ds.incidents[i]!, date: site.ds.dates[i]! };
}

/** The year an incident is listed under on the index: the one it starts in, so each is listed once. */
export function yearOf(date: ParsedDate): number {
  return new Date(date.start).getUTCFullYear();
}
