import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDataDir, type DirCheck } from './check-data-dir';

const ROOT = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

/** Every line the broken fixture must produce, grouped by what it proves. */
const EXPECTED = {
  placeCoordinates: 'places.json: aktobe-swapped: lat: coordinates 57.2072, 50.2797 lie outside KZ',
  placeFarFromRegion:
    'places.json: kostanay-in-mangystau: lat: coordinates are more than 700 km from the centre of mangystau-region',
  placeUnknownRegion: 'places.json: uralsk-unknown-region: region: unknown region "west-kazakhstan-region"',
  placeRegionNotARegion: 'places.json: talgar-in-a-city: region: "almaty" is a city, not a region',
  duplicateId: 'incidents.json: duplicated: id: duplicate id; later record skipped',
  dateOutOfRange: 'incidents.json: date-out-of-range: date: date is outside 1986–2026',
  impossibleDate:
    'incidents.json: impossible-date: date: "2022-02-30" is not a date (YYYY, YYYY-MM, YYYY-MM-DD or A/B)',
  invalidDate:
    'incidents.json: invalid-date-string: date: "last week" is not a date (YYYY, YYYY-MM, YYYY-MM-DD or A/B)',
  emptyQuote: 'incidents.json: empty-quote: sources.0.quotes.0.text: must not be empty',
  blankQuote: 'incidents.json: blank-quote: sources.0.quotes.0.text: must not be empty',
  unknownPlace: 'incidents.json: unknown-place: place: unknown place "atlantis"',
  unknownActor: 'incidents.json: unknown-actor: actors.1.actor: unknown actor "nobody"',
  unknownSource: 'incidents.json: unknown-source: sources.0.source: unknown source "src-missing"',
  unknownDisputeSource: 'disputes.json: unknown-dispute-source: claims.1.source: unknown source "src-gone"',
  unknownDisputeIncident: 'disputes.json: unknown-dispute-incident: incidents.1: unknown incident "no-such-incident"',
  oneClaimDispute: 'disputes.json: one-claim-dispute: claims: a dispute needs at least two claims',
  redirectToUnknown: 'incidents.json: old-gone: redirects.to: unknown incident "no-such-incident"',
  redirectFromLiveRecord:
    'incidents.json: valid-region: redirects.from: "valid-region" is still a record; it cannot also redirect',
  unknownCase: 'incidents.json: unknown-case: cases.1: unknown case "no-such-case"',
  untranslatedQuote:
    'incidents.json: untranslated-quote: sources.0.quotes.0.translation: a zh quote needs an English translation',
  regionOnCity:
    'incidents.json: region-precision-on-city: locationPrecision: "region" does not fit place "almaty" of kind city',
  countryOnCity:
    'incidents.json: country-precision-on-city: locationPrecision: "country" does not fit place "almaty" of kind city',
  exactOnCity:
    'incidents.json: exact-precision-on-city: locationPrecision: "exact" does not fit place "almaty" of kind city',
  unknownWithPlace:
    'incidents.json: unknown-precision-with-place: locationPrecision: is "unknown" but a place is given',
  noPlaceWithPrecision:
    'incidents.json: no-place-with-precision: locationPrecision: must be "unknown" when place is null',
  changelogUnknownId:
    'changelog.md: line 10: id: "no-such-record" (1.0.1) is neither an incident nor a redirect in incidents.json',
  changelogUnparsed:
    'changelog.md: line 11: entry: "Stroy" is not a kind of record (Story, Case, Disagreement, Source, Redirect): "Stroy `a-story` (text): Misspelt kind."',
  changelogTranslationUnparsed:
    'translations/changelog.ru.md: line 11: entry: "Stroy" is not a kind of record (Story, Case, Disagreement, Source, Redirect): "Stroy `a-story` (text): Опечатка."',
  changelogTranslationShape:
    'translations/changelog.ru.md: line 3: structure: 1.0.1, line 9: "incident valid-settlement (текст)", English "incident valid-settlement (text)"',
  // A gazetteer entry that fails its own checks must not be usable to place incidents.
  rejectedPlace: 'incidents.json: at-rejected-place: place: unknown place "aktobe-swapped"',
} as const;

/**
 * valid-settlement, valid-region, valid-exact-site, valid-unknown-place,
 * valid-translated-quote and the first "duplicated" record.
 */
const VALID_IN_BROKEN_FIXTURE = 6;

describe('checkDataDir on a folder of broken records', () => {
  // In beforeAll, so that a crash in the checker fails the tests instead of hiding them.
  let result: DirCheck;
  beforeAll(() => {
    result = checkDataDir(fixture('broken-data'));
  });

  it.each(Object.entries(EXPECTED))('reports %s', (_name, line) => {
    expect(result.problems).toContain(line);
  });

  it('reports nothing beyond the expected lines, each once', () => {
    expect([...result.problems].sort()).toEqual(Object.values(EXPECTED).sort());
  });

  it('still counts the valid records next to the broken ones', () => {
    expect(result.incidents).toBe(VALID_IN_BROKEN_FIXTURE);
  });
});

describe('checkDataDir on unreadable folders', () => {
  it('reports a file that is not JSON and counts nothing', () => {
    const { problems, incidents } = checkDataDir(fixture('not-json'));
    expect(problems).toHaveLength(1);
    // The parser's own wording differs between Node versions; only our prefix is ours.
    expect(problems[0]).toMatch(/^incidents\.json: -: \(file\): not valid JSON \(.+\)$/);
    expect(incidents).toBe(0);
  });

  it('reports a missing file', () => {
    expect(checkDataDir(fixture('missing-file'))).toEqual({
      problems: ['cases.json: -: (file): missing'],
      incidents: 0,
    });
  });

  it('reports an incidents file that is not a dataset', () => {
    const { problems, incidents } = checkDataDir(fixture('not-a-dataset'));
    expect(problems).toEqual([
      'incidents.json: -: (file): incidents.json is not a dataset: version: Invalid input: expected string, received undefined',
    ]);
    expect(incidents).toBe(0);
  });

  it('reports every file of a folder that does not exist', () => {
    expect(checkDataDir(fixture('no-such-folder')).problems).toEqual([
      'incidents.json: -: (file): missing',
      'places.json: -: (file): missing',
      'actors.json: -: (file): missing',
      'sources.json: -: (file): missing',
      'cases.json: -: (file): missing',
    ]);
  });
});

describe('npm run data:check', () => {
  // Node's own tsx loader skips npx and the npm wrapper, which dominate start-up time.
  const run = (dir: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/data-check.ts', '--dir', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('exits 1 and prints one `file: id: field: message` line per problem on stderr', () => {
    const dir = fixture('broken-data');
    const { status, stdout, stderr } = run(dir);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    const count = Object.keys(EXPECTED).length;
    expect(lines.slice(0, -1).sort()).toEqual(Object.values(EXPECTED).sort());
    expect(lines.at(-1)).toBe(`data:check: ${count} problem(s) in ${dir}`);
  }, 60_000);

  it('exits 1 on a file that is not JSON', () => {
    const { status, stderr } = run(fixture('not-json'));
    expect(status).toBe(1);
    expect(stderr).toMatch(/^incidents\.json: -: \(file\): not valid JSON \(.+\)$/m);
  }, 60_000);

  it('exits 0 on the real dataset', () => {
    const { status, stdout, stderr } = run('data');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    // The translation coverage comes first; the verdict is the last line.
    const [, count, dir] =
      /^data:check: (\d+) incidents valid in (.+)\n$/.exec(stdout.split(/(?<=\n)/).at(-1) ?? '') ?? [];
    expect(dir).toBe(join(ROOT, 'data'));
    expect(Number(count)).toBeGreaterThan(0);
    expect(stdout).toMatch(/^ {2}ru incidents\/title +\d+\/\d+ /m);
  }, 60_000);
});
