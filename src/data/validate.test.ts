import { describe, expect, it } from 'vitest';
import { fixtureRaw } from './test-fixture';
import { validateDataset, validateDatasetInSlices } from './validate';
import { type RawDataset } from './dataset';

/** The fixture with its incidents repeated under new ids, plus a broken record and a duplicate. */
function largeRaw(copies: number): RawDataset {
  const raw = fixtureRaw();
  const file = raw.incidents as { version: string; updated: string; incidents: { id: string }[] };
  const base = file.incidents;
  const many = Array.from({ length: copies }, (_, k) => base.map((inc) => ({ ...inc, id: `${inc.id}-copy-${k}` })));
  const broken = { ...base[0], id: 'broken-date', date: '2025-02-30' };
  const duplicate = { ...base[1], id: base[0]!.id };
  return { ...raw, incidents: { ...file, incidents: [...base, ...many.flat(), broken, duplicate] } };
}

describe('validateDatasetInSlices', () => {
  it('gives exactly what validateDataset gives, issues included', async () => {
    const raw = largeRaw(200);
    const whole = validateDataset(raw);
    const sliced = await validateDatasetInSlices(raw, () => Promise.resolve(), 0);
    expect(sliced).toEqual(whole);
    expect(whole.issues.map((i) => `${i.id}: ${i.field}`)).toEqual([
      'broken-date: date',
      `${whole.dataset.incidents[0]!.id}: id`,
    ]);
  });

  it('pauses between slices when the budget is spent, and not otherwise', async () => {
    const raw = largeRaw(200);
    const records = (raw.incidents as { incidents: unknown[] }).incidents.length;
    let pauses = 0;
    const pause = () => {
      pauses++;
      return Promise.resolve();
    };
    await validateDatasetInSlices(raw, pause, 0);
    // At least one pause per 256 incidents checked twice (schema, then references).
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(records / 256) * 2);
    pauses = 0;
    await validateDatasetInSlices(raw, pause, Number.POSITIVE_INFINITY);
    expect(pauses).toBe(0);
  });
});
