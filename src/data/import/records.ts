/**
 * The records an import builds beside its incidents: only the places, actors,
 * sources and cases the kept rows use, each once, with link-safe ids.
 */
import { fold } from '../../lib/fold.ts';
import { ARCHIVE_SEARCH_PREFIX, type Actor, type Case, type Place, type Source } from '../schema.ts';
import type { ACTOR_KINDS, LANGUAGES } from '../vocabulary.ts';
import publishedActors from '../../../data/actors.json';
import type { PlaceLookup } from './gazetteer.ts';
import { slugify } from './slug.ts';

type ActorKind = (typeof ACTOR_KINDS)[number];
type Lang = (typeof LANGUAGES)[number];

/** The one source of every row that names no web address: the reader's file. */
export const FILE_SOURCE_ID = 'reader-file';

let knownActors: Map<string, Actor> | undefined;

/** Published actors by every folded name and alias, so an imported "Tokaev" is the published record. */
function actorIndex(): Map<string, Actor> {
  if (knownActors) return knownActors;
  knownActors = new Map();
  for (const a of (publishedActors as { actors: Actor[] }).actors) {
    for (const n of [a.name.en, a.name.ru, a.name.kk, ...(a.aliases ?? [])]) {
      if (n) {
        const key = fold(n);
        if (!knownActors.has(key)) knownActors.set(key, a);
      }
    }
  }
  return knownActors;
}

export class Records {
  readonly places = new Map<string, Place>();
  readonly actors = new Map<string, Actor>();
  readonly sources = new Map<string, Source>();
  readonly cases = new Map<string, Case>();
  private readonly sourceLangs = new Map<string, Set<Lang>>();
  private readonly urlIds = new Map<string, string>();
  private readonly acledIds = new Map<string, string>();
  private readonly pointIds = new Map<string, string>();
  private readonly actorIds = new Map<string, string>();

  constructor(
    private readonly lookup: PlaceLookup,
    private readonly fileName: string,
  ) {}

  /** Adds a place (and the region it names) to the output; returns its id. */
  usePlace(place: Place & { published?: boolean }, regionHint?: string): string {
    if (!this.places.has(place.id)) {
      const { id, name, kind, country, lat, lon } = place;
      let region = place.region ?? null;
      // A published place's region is deliberate (Almaty city belongs to no region); a gazetteer town has none recorded.
      if (region === null && regionHint && !place.published && kind !== 'region' && kind !== 'country')
        region = regionHint;
      if (region !== null) {
        const r = this.lookup.byId(region);
        if (r) this.usePlace(r);
        else region = null;
      }
      this.places.set(id, { id, name, kind, country, region, lat, lon });
    }
    return place.id;
  }

  /** A place of the row's own making (a point from coordinates), once per name and position. */
  usePoint(point: Omit<Place, 'id'>, idHint: string): string {
    const key = `${point.name.en}|${point.lat}|${point.lon}|${point.kind}`;
    const known = this.pointIds.get(key);
    if (known) return known;
    const base =
      slugify(idHint) ||
      slugify(`point ${point.lat.toFixed(4)} ${point.lon.toFixed(4)}`.replace(/\./g, ' ')) ||
      'point';
    let id = base;
    for (let k = 2; this.places.has(id) || this.lookup.byId(id); k++) id = `${base}-${k}`;
    this.pointIds.set(key, id);
    return this.usePlace({ id, ...point });
  }

  useActor(name: string, kind: ActorKind): string | null {
    const trimmed = name.trim();
    if (trimmed === '') return null;
    const known = actorIndex().get(fold(trimmed));
    if (known) {
      if (!this.actors.has(known.id)) this.actors.set(known.id, known);
      return known.id;
    }
    const cached = this.actorIds.get(trimmed);
    if (cached) return cached;
    const id = slugify(trimmed);
    if (id === '') return null;
    // Two spellings that give one id ("Protesters (Kazakhstan)" and "protesters kazakhstan") are one actor.
    if (!this.actors.has(id)) this.actors.set(id, { id, name: { en: trimmed }, kind, aliases: [] });
    this.actorIds.set(trimmed, id);
    return id;
  }

  useCase(title: string): string | null {
    const id = slugify(title);
    if (id === '') return null;
    if (!this.cases.has(id)) this.cases.set(id, { id, title: { en: title.trim() } });
    return id;
  }

  /** The source of a web address: one per distinct address, titled and published by its host. */
  useUrl(url: URL, lang: Lang): string {
    const href = url.href;
    let id = this.urlIds.get(href);
    if (!id) {
      const base = slugify(`${url.hostname.replace(/^www\./, '')} ${url.pathname}`, 100) || 'web';
      id = base;
      for (let k = 2; this.sources.has(id); k++) id = `${base}-${k}`;
      this.urlIds.set(href, id);
      const host = url.hostname.replace(/^www\./, '');
      this.sources.set(id, {
        id,
        title: host,
        publisher: host,
        url: href,
        archiveSearch: ARCHIVE_SEARCH_PREFIX + href,
        languages: [lang],
      });
    }
    this.noteLang(id, lang);
    return id;
  }

  /**
   * The source of an ACLED row: ACLED's notes reword the reports its `source`
   * column names, so the record is ACLED's, titled by those reports, with them
   * as the `related` text it rewords.
   */
  useAcledSource(text: string, lang: Lang): string {
    let id = this.acledIds.get(text);
    if (!id) {
      const base = `acled-${slugify(text, 100)}`.replace(/-$/, '');
      id = base;
      for (let k = 2; this.sources.has(id); k++) id = `${base}-${k}`;
      this.acledIds.set(text, id);
      this.sources.set(id, {
        id,
        title: text,
        publisher: 'ACLED',
        publisherDescription:
          'Armed Conflict Location & Event Data: its event notes summarise the reports named in the title.',
        related: { relation: 'rewords', title: text.slice(0, 400) },
        languages: [lang],
      });
    }
    this.noteLang(id, lang);
    return id;
  }

  useFileSource(lang: Lang): string {
    if (!this.sources.has(FILE_SOURCE_ID)) {
      this.sources.set(FILE_SOURCE_ID, {
        id: FILE_SOURCE_ID,
        title: this.fileName.trim() || 'Imported file',
        languages: [lang],
      });
    }
    this.noteLang(FILE_SOURCE_ID, lang);
    return FILE_SOURCE_ID;
  }

  private noteLang(id: string, lang: Lang) {
    const set = this.sourceLangs.get(id) ?? new Set<Lang>();
    set.add(lang);
    this.sourceLangs.set(id, set);
  }

  /** Sources with the languages of the quotes that cite them. */
  sourceList(): Source[] {
    return [...this.sources.values()].map((s) => ({ ...s, languages: [...(this.sourceLangs.get(s.id) ?? ['en'])] }));
  }
}
