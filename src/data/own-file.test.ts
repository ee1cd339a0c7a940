import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOwnFile } from './own-file';
import { indexPacked } from './data-index';
import { fold } from '../lib/fold';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`import/fixtures/${name}`, import.meta.url)));

describe("a reader's own file", () => {
  it('becomes the same packed columns as the published dataset, with its problems and summary', () => {
    const own = readOwnFile(fixture('acled-sample.csv'), 'acled-sample.csv');
    expect(own.summary).toMatchObject({ format: 'acled', linesRead: 10, shown: 9, skipped: 1 });
    expect(own.problems.map((p) => [p.line, p.code])).toEqual([
      [8, 'date-unreadable'],
      [9, 'latitude-out-of-range'],
      [9, 'place-unknown'],
      [10, 'place-unknown'],
      [11, 'acled-event-type-unknown'],
    ]);
    const ix = indexPacked(own.packed.packed, own.packed.meta, own.packed.texts);
    expect(ix.n).toBe(9);
    expect(ix.incident(ix.idToIndex.get('tst001')!).sources[0]!.quotes[0]!.text).toBe(
      'Fictional test row: workers rallied over wages.',
    );
    ix.adoptSearch(own.searchText());
    expect(ix.searchNow()).toBe(true);
    expect([...ix.matchText([fold('wages')])].map((m, i) => (m ? ix.ids[i] : null)).filter(Boolean)).toEqual([
      'tst001',
    ]);
  });

  it('with no usable row gives no incidents and says why', () => {
    const own = readOwnFile(new TextEncoder().encode('name,when\nx,y\n'), 'nothing.csv');
    expect(own.summary.shown).toBe(0);
    expect(own.problems[0]).toMatchObject({ line: 1, code: 'header-unrecognised', severity: 'error' });
  });
});
