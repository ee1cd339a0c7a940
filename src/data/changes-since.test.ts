import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChangelog } from './changelog';
import { changesSince, redirectVersions } from './changes-since';

const LOG = parseChangelog(`## 1.3.0 (2026-03-01)

Records:

- \`b\` (text, attribution): B changed. Why: Because.
- \`z\` (text): Not shown.
- \`c-new\` (id): Id changed from \`c-old\`. Why: Renamed.
- Story \`a\` (text): A story with the id of an incident is no incident.

## 1.2.0 (2026-02-01)

Records:

- \`a-new\` (id): Id changed from \`a-old\` (old links redirect). Why: Renamed.
- \`c\` (attribution): C changed.
- \`c-old\` (count): Counted under its old id.

## 1.1.0 (2026-01-01)

Records:

- \`a-old\` (new): New record.
- \`b\` (date): B changed earlier.
`).versions;
const REDIRECTS = [
  { from: 'a-old', to: 'a-new' },
  { from: 'c-old', to: 'c-new' },
];

describe('changesSince', () => {
  it('counts the shown incidents changed after the version, with the reasons of each', () => {
    const s = changesSince(LOG, '1.3.0', '1.1.0', ['a-new', 'b', 'c', 'd'], REDIRECTS);
    expect(s.status).toBe('older');
    if (s.status !== 'older') return;
    expect(s.shown).toBe(4);
    expect(s.changed.map((c) => c.id)).toEqual(['a-new', 'b', 'c']);
    expect(s.changed[1]!.changes.map((c) => [c.version, c.entry.why])).toEqual([['1.3.0', 'Because.']]);
    expect(s.changed[0]!.renamedFrom).toEqual(['a-old']);
    expect(s.byTag).toEqual(
      [
        { tag: 'id', count: 1 },
        { tag: 'text', count: 1 },
        { tag: 'attribution', count: 2 },
      ].sort((x, y) => y.count - x.count),
    );
  });

  it('finds entries made under an old id through the redirects, and counts a redirect made later as a change', () => {
    const s = changesSince(LOG, '1.3.0', '1.1.0', ['a-new'], [{ from: 'a-old', to: 'a-new' }]);
    expect(s.status === 'older' && s.changed.map((c) => c.changes.map((x) => x.entry.ids[0]))).toEqual([['a-new']]);
    const later = changesSince(LOG, '1.3.0', '1.2.0', ['a-new'], REDIRECTS);
    expect(later.status === 'older' && later.changed).toEqual([]);
    // An entry written under an id that a later version renamed.
    const renamed = changesSince(LOG, '1.3.0', '1.1.0', ['c-new'], REDIRECTS);
    expect(renamed.status === 'older' && renamed.changed[0]!.changes.map((c) => [c.version, c.entry.id])).toEqual([
      ['1.3.0', 'c-new'],
      ['1.2.0', 'c-old'],
    ]);
    expect(renamed.status === 'older' && renamed.changed[0]!.renamedFrom).toEqual(['c-old']);
  });

  it('says when the version is the same, newer or not in the changelog', () => {
    expect(changesSince(LOG, '1.3.0', '1.3.0', ['b'], []).status).toBe('same');
    expect(changesSince(LOG, '1.3.0', '1.10.0', ['b'], []).status).toBe('newer');
    expect(changesSince(LOG, '1.3.0', '1.0.9', ['b'], []).status).toBe('unknown');
  });

  it('dates each redirect by the entry that made it', () => {
    expect(redirectVersions(LOG, [...REDIRECTS, { from: 'never', to: 'b' }])).toEqual(
      new Map([
        ['a-old', '1.2.0'],
        ['c-old', '1.3.0'],
      ]),
    );
  });
});

describe('on the shipped dataset', () => {
  const text = readFileSync('data/changelog.md', 'utf8');
  const data = JSON.parse(readFileSync('data/incidents.json', 'utf8')) as {
    version: string;
    incidents: { id: string; date: string }[];
    redirects: { from: string; to: string }[];
  };
  it('counts the incidents of 2022 changed since 1.3.2 as the changelog lists them', () => {
    // Expected from the text itself: the bullets that open with an id, under the headings after 1.3.2.
    const after = text.slice(0, text.indexOf('\n## 1.3.2 '));
    const ids = new Set([...after.matchAll(/^- `([^`]+)` \(/gm)].map((m) => m[1]!));
    const shown = data.incidents.filter((i) => i.date.startsWith('2022')).map((i) => i.id);
    const expected = shown.filter((id) => ids.has(id));
    const s = changesSince(parseChangelog(text).versions, data.version, '1.3.2', shown, data.redirects);
    expect(s.status === 'older' && s.changed.map((c) => c.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(3);
  });
});
