import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from './data-import';
import { checkDataDir } from './check-data-dir';

const FIXTURES = join(import.meta.dirname, '../data/import/fixtures');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'data-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function capture(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runImport(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out, err };
}

describe('npm run data:import', () => {
  it('writes the five files, prints every problem and the summary, and data:check accepts the folder', () => {
    const file = join(dir, 'reader.csv');
    writeFileSync(
      file,
      [
        'title,date,place,category,summary,source_url',
        'Fictional test row: picket,2024-03-15,Semipalatinsk,protest,A fictional picket on 15 March.,https://example.org/a',
        'Fictional test row: no date,,Almaty,protest,x,https://example.org/b',
        'Fictional test row: summons,2024-04,Алма-Ата,summons,A fictional summons.,https://example.org/b',
      ].join('\r\n'),
    );
    const out = join(dir, 'out');
    const { code, out: lines, err } = capture([file, '--out', out]);
    expect(code).toBe(0);
    expect(err).toEqual([`${file}:3 · date · - · The date is empty; the row is skipped.`]);
    expect(lines).toEqual([
      'template (utf-8, delimiter ","): 3 row(s) read, 2 imported, 1 skipped, 0 with warnings',
      `wrote incidents.json, places.json, actors.json, sources.json, cases.json to ${out}`,
    ]);
    const incidents = JSON.parse(readFileSync(join(out, 'incidents.json'), 'utf8'));
    expect(incidents.incidents.map((i: { id: string; place: string }) => [i.id, i.place])).toEqual([
      ['row-2', 'semey'],
      ['row-4', 'almaty'],
    ]);
    // The same folder passes `npm run data:check -- --dir DIR`: schema, cross-references and editorial rules.
    expect(checkDataDir(out)).toMatchObject({ problems: [], incidents: 2 });
  });

  it('cites the file itself when rows give no address; data:check then asks for an address and a publisher', () => {
    const out = join(dir, 'out');
    const { code } = capture([join(FIXTURES, 'acled-sample.csv'), '--out', out]);
    expect(code).toBe(0);
    const { problems, incidents } = checkDataDir(out);
    expect(incidents).toBe(9);
    // ACLED names its sources but gives no address: the one editorial rule an imported file cannot meet.
    expect(problems.every((p) => /^sources\.json: acled-[a-z-]+: url: every source needs an address/.test(p))).toBe(
      true,
    );
  });

  it('exits 1 and writes nothing when no row is usable', () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'title,date\nA,not a date\n');
    const out = join(dir, 'out');
    const { code, err } = capture([file, '--out', out]);
    expect(code).toBe(1);
    expect(err).toEqual([
      `${file} · - · - · No row could be imported (1 read, 1 skipped).`,
      `${file}:2 · date · not a date · This is not a date this importer reads (e.g. 2024-03-15, 2024-03, 2024, 15.03.2024, 03.2024, 15 March 2024, 2024-03-01/2024-03-15).`,
    ]);
    expect(() => readFileSync(join(out, 'incidents.json'))).toThrow();
  });

  it('explains its arguments', () => {
    expect(capture(['only-a-file.csv'])).toMatchObject({
      code: 1,
      err: ['usage: npm run data:import -- FILE --out DIR'],
    });
  });
});
