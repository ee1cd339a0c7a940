import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../lib/fold';
import { rankOf, searchHits, searchTerms } from './search-hits';
import { shippedIndex } from './shipped-dataset.fixture';

const ix = shippedIndex();
const hitsOf = (id: string, text: string) => searchHits(ix, ix.idToIndex.get(id)!, searchTerms(text));

describe('searchTerms', () => {
  it('splits and folds a search as the filters do, so every script and case finds the same words', () => {
    expect(searchTerms('Алматы')).toEqual(['almaty']);
    expect(searchTerms('  ALMATY,  police ')).toEqual(['almaty', 'police']);
    expect(searchTerms('Жаңаөзен')).toEqual(['janaozen']);
    expect(searchTerms(' ,. ')).toEqual([]);
  });
});

describe('searchHits on the shipped dataset', () => {
  it('finds a search for Almaty in the place of an incident that happened there', () => {
    expect(hitsOf('2022-01-attack-on-airport', 'Алматы')).toEqual(['place', 'summary']);
    expect(hitsOf('2025-01-17-almaty-police-detain-temirlan-yensebek', 'Almaty')).toEqual([
      'place',
      'actor',
      'title',
      'summary',
      'quote',
      'id',
    ]);
  });

  it('finds it in the region of a place inside Almaty Region (Talgar District)', () => {
    // The national police's aliases include "Almaty police": that is the actor hit.
    expect(hitsOf('2026-01-16-talgar-police-tell-rakizhan-to-delete-posts', 'Алматы')).toEqual(['region', 'actor']);
  });

  it('tells incidents that only mention Almaty from those placed there', () => {
    // Placed nationwide; the title (English and Russian) names the Almaty city hall.
    expect(hitsOf('2022-01-almaty-shooting-near-city-hall', 'Алматы')).toEqual(['title', 'summary', 'id']);
    expect(hitsOf('2022-01-05-police-come-to-journalist-makhambet-abjan-home', 'Алматы')).toEqual(['actor']);
    // Only a source says "the fighting has stopped in Almaty".
    expect(hitsOf('2022-01-army-deployed-against-protesters', 'Алматы')).toEqual(['quote']);
  });

  it('reports each field once, however many terms it holds', () => {
    expect(hitsOf('2022-01-attack-on-airport', 'almaty airport')).toEqual(['place', 'title', 'summary', 'quote', 'id']);
  });

  it('finds nothing without terms or for words the incident does not hold', () => {
    expect(hitsOf('2022-01-attack-on-airport', '')).toEqual([]);
    expect(hitsOf('2022-01-attack-on-airport', 'zzqx')).toEqual([]);
  });

  it('ranks a row by the best field it was found in', () => {
    expect(rankOf(['summary', 'quote'])).toBe(3);
    expect(rankOf(['actor', 'title'])).toBe(1);
    expect(rankOf(['region', 'actor'])).toBe(0);
    expect(rankOf([])).toBe(3);
  });

  it('agrees with the filter: an incident holds a term exactly when some field other than the region does', () => {
    // Words of the dataset's own texts and names, cut anywhere, plus a few letters: what readers type.
    const pool = [
      ...[...ix.dataset.places.values()].map((p) => fold(`${p.name.en} ${p.name.ru} ${p.name.kk}`)),
      ...[...ix.dataset.actors.values()].map((a) => fold(`${a.name.en} ${a.aliases.join(' ')}`)),
      ...Array.from({ length: ix.n }, (_, i) => fold(`${ix.title(i).en} ${ix.title(i).ru ?? ''} ${ix.incident(i).id}`)),
    ].flatMap((text) => text.split(' '));
    const term = fc.oneof(
      fc
        .tuple(fc.constantFrom(...pool), fc.nat(), fc.nat())
        .map(([w, a, b]) => w.slice(a % w.length, (a % w.length) + 1 + (b % 6)))
        .filter((t) => t.length > 0),
      fc.stringMatching(/^[a-z]{1,3}$/),
    );
    fc.assert(
      fc.property(term, (t) => {
        const matched = ix.matchText([t]);
        for (let i = 0; i < ix.n; i++) {
          const hits = searchHits(ix, i, [t]);
          expect(hits.some((f) => f !== 'region')).toBe(matched[i] === 1);
        }
      }),
      { numRuns: 60 },
    );
  });
});
