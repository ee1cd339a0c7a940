import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATA_FILES, type RawDataset } from './dataset';
import { validateDataset } from './validate';
import { allTexts, dateAt, incidentAt, packIncidents, PackError, textAt } from './packed';
import { buildIndex } from './data-index';
import { fold } from '../lib/fold';
import { fixtureRaw } from './test-fixture';

const DATA = resolve(import.meta.dirname, '../../data');

function realDataset() {
  const raw: Partial<RawDataset> = {};
  for (const { key, file } of DATA_FILES) raw[key] = JSON.parse(readFileSync(join(DATA, file), 'utf8'));
  return validateDataset(raw as RawDataset).dataset;
}

const ds = realDataset();
const names = {
  placeIds: [...ds.places.keys()],
  actorIds: [...ds.actors.keys()],
  caseIds: [...ds.cases.keys()],
};

describe('packed incidents', () => {
  const packed = packIncidents(ds);

  it('give back every published record exactly, field order included', () => {
    expect(packed.n).toBe(ds.incidents.length);
    for (let i = 0; i < packed.n; i++)
      expect(JSON.stringify(incidentAt(packed, names, i))).toBe(JSON.stringify(ds.incidents[i]));
  });

  it('give back every parsed date, and the incidents in date order', () => {
    for (let i = 0; i < packed.n; i++) expect(dateAt(packed, i)).toEqual(ds.dates[i]);
    const order = ds.dates.map((_, i) => i).sort((a, b) => ds.dates[a]!.start - ds.dates[b]!.start || a - b);
    expect([...packed.byStart]).toEqual(order);
  });

  it('keep text in any script, Chinese and Kazakh included', () => {
    const chinese = ds.incidents.findIndex((inc) => inc.sources.some((src) => src.quotes.some((q) => q.lang === 'zh')));
    expect(chinese).toBeGreaterThanOrEqual(0);
    const quote = ds.incidents[chinese]!.sources.flatMap((src) => src.quotes).find((q) => q.lang === 'zh')!;
    expect(textAt(packed.text.rest, chinese)).toContain(quote.text);
    const ids = ['a', 'жаңа', '中文', ''];
    const col = packIncidents({ ...ds, incidents: [], dates: [] }).text.id;
    expect(col.offsets.length).toBe(1);
    const encoder = new TextEncoder();
    const bytes = ids.map((s) => encoder.encode(s));
    const offsets = new Uint32Array(ids.length + 1);
    bytes.forEach((b, k) => (offsets[k + 1] = offsets[k]! + b.length));
    const joined = new Uint8Array(offsets[ids.length]!);
    bytes.forEach((b, k) => joined.set(b, offsets[k]!));
    expect(allTexts({ offsets, bytes: joined })).toEqual(ids);
  });

  it('refuse a record that names an actor the dataset does not have', () => {
    const broken = validateDataset(fixtureRaw()).dataset;
    broken.actors.clear();
    expect(() => packIncidents(broken)).toThrow(PackError);
  });
});

describe('text search over the columns', () => {
  const ix = buildIndex(ds);
  // The definition: an incident matches a term when its own text, an actor's names or its place's names hold it.
  const naive = ds.incidents.map((inc) => {
    const l = (v: { en: string; ru?: string; kk?: string } | undefined) =>
      v ? `${v.en} ${v.ru ?? ''} ${v.kk ?? ''}` : '';
    const own = [
      l(inc.title),
      l(inc.summary),
      inc.id,
      ...inc.sources.flatMap((s) => s.quotes.flatMap((q) => [q.text, q.translation ?? ''])),
    ];
    const actors = inc.actors.map((a) => {
      const actor = ds.actors.get(a.actor)!;
      return `${l(actor.name)} ${actor.aliases.join(' ')}`;
    });
    const place = inc.place ? ds.places.get(inc.place)! : undefined;
    return [own.join(' '), ...actors, place ? `${place.name.en} ${place.name.ru} ${place.name.kk}` : ''].map(fold);
  });
  const words = [...new Set(naive.flatMap((parts) => parts.join(' ').split(' ')).filter(Boolean))];

  it('finds exactly the incidents whose text holds every term', () => {
    const term = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).chain((w) => fc.nat(w.length - 1).map((k) => w.slice(k, k + 3))),
      fc
        .string({ minLength: 1, maxLength: 3 })
        .map((s) => fold(s).replace(/\s/g, ''))
        .filter(Boolean),
    );
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 3 }), (terms) => {
        const got = ix.matchText(terms);
        naive.forEach((parts, i) => expect(got[i]).toBe(terms.every((t) => parts.some((p) => p.includes(t))) ? 1 : 0));
      }),
      { numRuns: 300 },
    );
  });

  it('names one incident for a word only it has, and none for a word nobody has', () => {
    expect([...ix.matchText(['zzqqxx'])].some(Boolean)).toBe(false);
    const i = ix.idToIndex.get(ds.incidents[3]!.id)!;
    expect(ix.matchText([fold(ds.incidents[3]!.id)])[i]).toBe(1);
  });
});
