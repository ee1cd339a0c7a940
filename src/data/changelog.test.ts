import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions, inlineParts, parseChangelog, WHY_MARKERS } from './changelog';
import { alignTranslation, changelogIssues, structuralDiffs, translationIssues } from './changelog-check';

const EN = `# Dataset changelog

Preamble that is not a version.

## 1.1.0 (2026-02-01)

A review found two faults.
This line wraps the same paragraph.

Second paragraph.

For every record:

- A general change (with a parenthesis) that
  wraps onto a second line.

Records:

- \`2022-01-a\` (attribution, date note): Title changed from “A” to _B_. Why: The source says so.
- \`old-id\` (id, merged): Merged into
  \`2022-01-a\`. Why: Duplicate.

Cases, stories and names:

- Story \`story-one\` (text): Step 2 likewise.
- Cases \`case-a\` and \`case-b\` (attribution): Both attributed.
- Disagreement \`d-1\` (new): New.
- Names (aliases): “X” removed. Why: No source uses it.

## 1.0.0 (2026-01-01)

First.

Records:

- \`2022-01-b\` (new): New record.
`;

const RU = EN.replace(/Why:/g, 'Причина:')
  .replace('A review found two faults.', 'Проверка нашла две ошибки.')
  .replace('Title changed', 'Название изменено');

describe('parseChangelog', () => {
  const c = parseChangelog(EN);

  it('reads versions newest first with their dates, intro paragraphs and general changes', () => {
    expect(c.problems).toEqual([]);
    expect(c.versions.map((v) => [v.version, v.date])).toEqual([
      ['1.1.0', '2026-02-01'],
      ['1.0.0', '2026-01-01'],
    ]);
    expect(c.versions[0]!.intro).toEqual([
      'A review found two faults. This line wraps the same paragraph.',
      'Second paragraph.',
    ]);
    expect(c.versions[0]!.general).toEqual(['A general change (with a parenthesis) that wraps onto a second line.']);
  });

  it('reads each entry: kind, ids, tags, text and reason, with wrapped lines joined', () => {
    const e = c.versions[0]!.entries;
    expect(e.map((x) => [x.kind, x.ids, x.tags])).toEqual([
      ['incident', ['2022-01-a'], ['attribution', 'date note']],
      ['incident', ['old-id'], ['id', 'merged']],
      ['story', ['story-one'], ['text']],
      ['case', ['case-a', 'case-b'], ['attribution']],
      ['dispute', ['d-1'], ['new']],
      ['names', [], ['aliases']],
    ]);
    expect(e[0]).toMatchObject({ id: '2022-01-a', text: 'Title changed from “A” to _B_.', why: 'The source says so.' });
    expect(e[1]).toMatchObject({ text: 'Merged into `2022-01-a`.', why: 'Duplicate.', line: 20 });
    expect(e[2]!.why).toBeUndefined();
  });

  it('reports a bullet that means to be an entry but does not parse, with its line', () => {
    const broken = EN.replace('- Story `story-one` (text)', '- Stroy `story-one` (text)').replace(
      '- `2022-01-a` (attribution',
      '- `2022-01-a (attribution',
    );
    const p = parseChangelog(broken).problems;
    expect(p.map((x) => x.line)).toEqual([19, 25]);
    expect(p[1]!.message).toContain('"Stroy" is not a kind of record');
    expect(p[1]!.value).toContain('Stroy `story-one`');
  });

  it('reports a heading that is not a version', () => {
    expect(parseChangelog('## Next (soon)\n').problems).toMatchObject([{ line: 1, value: '## Next (soon)' }]);
  });

  it('takes the reason marker of the language', () => {
    const ru = parseChangelog(RU, 'ru');
    expect(ru.versions[0]!.entries[0]!.why).toBe('The source says so.');
    expect(parseChangelog(RU, 'en').versions[0]!.entries[0]!.why).toBeUndefined();
  });

  it('compares versions as numbers', () => {
    expect(compareVersions('1.3.10', '1.3.9')).toBeGreaterThan(0);
    expect(compareVersions('1.2.0', '1.3.0')).toBeLessThan(0);
    expect(compareVersions('1.3.5', '1.3.5')).toBe(0);
  });
});

describe('checks', () => {
  const en = parseChangelog(EN);
  it('reports an incident id that is neither an incident nor a redirect, with file and line', () => {
    const issues = changelogIssues('changelog.md', en, {
      incidents: new Set(['2022-01-a']),
      redirects: new Set(['old-id']),
    });
    expect(issues).toEqual([
      {
        file: 'changelog.md',
        id: 'line 36',
        field: 'id',
        message: '"2022-01-b" (1.0.0) is neither an incident nor a redirect in incidents.json',
      },
    ]);
  });

  it('matches a translation version by version and falls back where the structure differs', () => {
    const ru = parseChangelog(RU, 'ru');
    expect(structuralDiffs(en.versions[0]!, ru.versions[0]!)).toEqual([]);
    expect(alignTranslation(en, ru).map((v) => v?.version ?? null)).toEqual(['1.1.0', '1.0.0']);
    const changedTag = parseChangelog(RU.replace('(attribution, date note)', '(атрибуция)'), 'ru');
    expect(alignTranslation(en, changedTag).map((v) => v?.version ?? null)).toEqual([null, '1.0.0']);
    expect(translationIssues('ru', en, changedTag)).toMatchObject([{ field: 'structure' }]);
    const noWhy = parseChangelog(RU.replace('Причина: Duplicate.', 'Duplicate.'), 'ru');
    expect(structuralDiffs(en.versions[0]!, noWhy.versions[0]!)).toEqual([
      '1.1.0, line 20: the reason marker is missing',
    ]);
    const partial = parseChangelog(RU.slice(0, RU.indexOf('## 1.0.0')), 'ru');
    expect(alignTranslation(en, partial).map((v) => v?.version ?? null)).toEqual(['1.1.0', null]);
    expect(alignTranslation(en, null)).toEqual([null, null]);
  });
});

describe('the shipped changelog', () => {
  const text = readFileSync('data/changelog.md', 'utf8');
  const en = parseChangelog(text);
  it('parses without problems, and every bullet of a list of entries is an entry', () => {
    expect(en.problems).toEqual([]);
    const entryBullets = text
      .split('\n')
      .filter((l) => /^- (?:[A-Z][a-z]+ )?`[^`]+`(?: and `[^`]+`)* \([^()]+\):|^- (?:Names|Translations) \(/.test(l));
    expect(en.versions.reduce((n, v) => n + v.entries.length, 0)).toBe(entryBullets.length);
  });

  it.each(['ru', 'kk'] as const)(
    'the %s translation has every version, each with the English kinds, ids, tags and reasons',
    (lang) => {
      const file = `data/translations/changelog.${lang}.md`;
      // Without the file, a translation of the English's own first version stands in (the parity check still runs).
      const other = existsSync(file)
        ? parseChangelog(readFileSync(file, 'utf8'), lang)
        : parseChangelog(text.replace(/Why:/g, WHY_MARKERS[lang]), lang);
      expect(translationIssues(file, en, other)).toEqual([]);
      expect(other.versions.map((v) => v.version)).toEqual(en.versions.map((v) => v.version));
      expect(alignTranslation(en, other).every((v) => v !== null)).toBe(true);
    },
  );
});

describe('inlineParts', () => {
  it('reads code spans, emphasis and strong text, and leaves quotes and markup-like text as text', () => {
    expect(inlineParts('See `a_b` and _Dates_, marked **EN**; “quoted” <b>x</b> snake_case_name.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'code', text: 'a_b' },
      { kind: 'text', text: ' and ' },
      { kind: 'em', text: 'Dates' },
      { kind: 'text', text: ', marked ' },
      { kind: 'strong', text: 'EN' },
      { kind: 'text', text: '; “quoted” <b>x</b> snake_case_name.' },
    ]);
    expect(inlineParts('')).toEqual([]);
  });
});
