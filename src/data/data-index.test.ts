import { describe, expect, it } from 'vitest';
import { buildIndex } from './data-index';
import { fixtureRaw } from './test-fixture';
import { validateDataset } from './validate';

describe('case membership', () => {
  it('lists the incidents of a case in date order, whatever order the file has them in', () => {
    const raw = fixtureRaw();
    const file = raw.incidents as { incidents: { id: string }[] };
    file.incidents.reverse();
    const ix = buildIndex(validateDataset(raw).dataset);
    expect(ix.caseMembers('uprising-2022').map((i) => ix.ids[i])).toEqual([
      'zhanaozen-protest-2022',
      'almaty-shutdown-2022',
    ]);
    expect(ix.caseMembers('no-such-case')).toEqual([]);
  });

  it('gives an incident its case mates, itself included, and nothing for an incident outside any case', () => {
    const ix = buildIndex(validateDataset(fixtureRaw()).dataset);
    const shutdown = ix.idToIndex.get('almaty-shutdown-2022')!;
    expect(ix.caseMatesOf(shutdown).map((i) => ix.ids[i])).toEqual(['zhanaozen-protest-2022', 'almaty-shutdown-2022']);
    expect(ix.caseMatesOf(ix.idToIndex.get('mangystau-summons-2026')!)).toEqual([]);
  });
});
