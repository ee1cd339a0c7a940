import { describe, expect, it } from 'vitest';
import { disputesOf, resolveIncidentId } from './cross-records';
import { fixtureRaw } from './test-fixture';
import { validateDataset } from './validate';
import type { RawDataset } from './dataset';

type DisputeFile = { disputes: Record<string, unknown>[] };
type IncidentFile = { incidents: Record<string, unknown>[]; redirects?: unknown[] };

const withDisputes = (edit: (file: DisputeFile) => void): RawDataset => {
  const raw = fixtureRaw();
  edit(raw.disputes as DisputeFile);
  return raw;
};

describe('disagreements (disputes.json)', () => {
  it('shows a dispute on every incident it concerns, and only there', () => {
    const raw = withDisputes((f) => (f.disputes[0]!.incidents = ['mangystau-summons-2026', 'unknown-place-2025']));
    const { dataset, issues } = validateDataset(raw);
    expect(issues).toEqual([]);
    expect(disputesOf(dataset.disputes, 'mangystau-summons-2026').map((d) => d.id)).toEqual(['official-response']);
    expect(disputesOf(dataset.disputes, 'unknown-place-2025').map((d) => d.id)).toEqual(['official-response']);
    expect(disputesOf(dataset.disputes, 'zhanaozen-protest-2022')).toEqual([]);
  });

  it('rejects a dispute that names an unknown incident, with file, id and field', () => {
    const raw = withDisputes((f) => (f.disputes[0]!.incidents = ['mangystau-summons-2026', 'nowhere']));
    const { dataset, issues } = validateDataset(raw);
    expect(issues).toEqual([
      { file: 'disputes.json', id: 'official-response', field: 'incidents.1', message: 'unknown incident "nowhere"' },
    ]);
    expect(dataset.disputes).toEqual([]);
  });

  it('rejects a dispute with fewer than two claims', () => {
    const raw = withDisputes((f) => (f.disputes[0]!.claims = (f.disputes[0]!.claims as unknown[]).slice(0, 1)));
    const { issues } = validateDataset(raw);
    expect(issues).toEqual([
      {
        file: 'disputes.json',
        id: 'official-response',
        field: 'claims',
        message: 'a dispute needs at least two claims',
      },
    ]);
  });

  it('rejects a claim in another language without an English translation', () => {
    const raw = withDisputes((f) => ((f.disputes[0]!.claims as Record<string, unknown>[])[1]!.lang = 'zh'));
    expect(validateDataset(raw).issues.map((i) => i.field)).toEqual(['claims.1.translation']);
  });

  it('loads a dataset without disputes.json', () => {
    const raw = fixtureRaw();
    delete raw.disputes;
    const { dataset, issues } = validateDataset(raw);
    expect(issues).toEqual([]);
    expect(dataset.disputes).toEqual([]);
  });
});

describe('redirects of retired ids', () => {
  const withRedirects = (redirects: unknown[]) => {
    const raw = fixtureRaw();
    (raw.incidents as IncidentFile).redirects = redirects;
    return validateDataset(raw);
  };

  it('opens the record an old id became, and keeps live ids as they are', () => {
    const { dataset, issues } = withRedirects([
      { from: '2026-01-01-old-summons', to: 'mangystau-summons-2026', note: { en: 'Renamed.' } },
    ]);
    expect(issues).toEqual([]);
    expect(resolveIncidentId(dataset.redirects, '2026-01-01-old-summons')).toEqual({
      id: 'mangystau-summons-2026',
      redirectedFrom: '2026-01-01-old-summons',
    });
    expect(resolveIncidentId(dataset.redirects, 'unknown-place-2025')).toEqual({
      id: 'unknown-place-2025',
      redirectedFrom: null,
    });
  });

  it('rejects a redirect to an unknown record, or from an id that is still a record', () => {
    const { dataset, issues } = withRedirects([
      { from: 'old-a', to: 'nowhere', note: { en: 'Gone.' } },
      { from: 'unknown-place-2025', to: 'mangystau-summons-2026', note: { en: 'Still here.' } },
    ]);
    expect(issues.map((i) => `${i.id}: ${i.field}`)).toEqual([
      'old-a: redirects.to',
      'unknown-place-2025: redirects.from',
    ]);
    expect(dataset.redirects.size).toBe(0);
  });
});
