import { describe, expect, it } from 'vitest';
import { attestDataFiles } from '../build/attest-data';
import { fixtureRaw } from './test-fixture';
import { MANIFEST_FILE, matchesManifest, normalisedFiles, sha256Hex, trustedDataset } from './trusted';
import { validateDataset } from './validate';
import { DATA_FILES, FILES, OPTIONAL_FILES, type RawDataset } from './dataset';
import { PACKED_FILE } from './arrow';

/** The fixture as the files a data folder would hold. */
function fixtureTexts(raw = fixtureRaw()): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const { key, file } of DATA_FILES) if (raw[key] !== undefined) texts[file] = JSON.stringify(raw[key], null, 2);
  return texts;
}

function rawOf(texts: Record<string, string | Uint8Array>): RawDataset {
  const raw: Partial<RawDataset> = {};
  for (const { key, file } of DATA_FILES) if (texts[file] !== undefined) raw[key] = JSON.parse(texts[file] as string);
  return raw as RawDataset;
}

const bytes = (content: string | Uint8Array) =>
  (typeof content === 'string' ? new TextEncoder().encode(content) : content.slice()).buffer as ArrayBuffer;

describe('trusted loading', () => {
  it('rebuilds from the normalised files exactly the dataset that validation gives', () => {
    const validated = validateDataset(fixtureRaw()).dataset;
    const shipped = JSON.parse(JSON.stringify(normalisedFiles(validated))) as Record<string, unknown>;
    const raw = Object.fromEntries(DATA_FILES.map(({ key, file }) => [key, shipped[file]])) as unknown as RawDataset;
    expect(trustedDataset(raw)).toEqual(validated);
    // And validating the normalised files changes nothing: they are a fixed point of the schema.
    expect(validateDataset(raw).dataset).toEqual(validated);
  });

  it('refuses files that are not shaped like normalised data', () => {
    const raw = fixtureRaw();
    expect(trustedDataset({ ...raw, places: { wrong: [] } })).toBeNull();
    const file = raw.incidents as { incidents: { date: string }[] };
    file.incidents[0]!.date = 'not a date';
    expect(trustedDataset(raw)).toBeNull();
  });

  it('has the build vouch for a clean dataset, with digests the browser computes the same way', async () => {
    const { files, unattested } = attestDataFiles(fixtureTexts());
    expect(unattested).toBeNull();
    const manifest = JSON.parse(files[MANIFEST_FILE] as string) as { sha256: Record<string, string> };
    const shipped = Object.keys(manifest.sha256).sort();
    // The fixture has disagreements but no stories: the optional files ship only when they have records.
    // And the incidents packed in columns, which the data worker reads instead of incidents.json.
    expect(shipped).toEqual([...Object.values(FILES), OPTIONAL_FILES.disputes, PACKED_FILE].sort());
    for (const file of shipped) expect(await sha256Hex(bytes(files[file]!))).toBe(manifest.sha256[file]);
    const downloads = Object.fromEntries(shipped.map((f) => [f, bytes(files[f]!)]));
    expect(await matchesManifest(manifest, downloads)).toBe(true);
    expect(trustedDataset(rawOf(files))).toEqual(validateDataset(fixtureRaw()).dataset);
  });

  it('trusts nothing that differs from what the build vouched for', async () => {
    const { files } = attestDataFiles(fixtureTexts());
    const manifest = JSON.parse(files[MANIFEST_FILE] as string) as { sha256: Record<string, string> };
    const downloads = () => Object.fromEntries(Object.keys(manifest.sha256).map((f) => [f, bytes(files[f]!)]));
    expect(await matchesManifest(manifest, downloads())).toBe(true);
    const edited = downloads();
    edited[FILES.incidents] = bytes((files[FILES.incidents] as string).replace('Zhanaozen', 'Zhanaozеn'));
    expect(await matchesManifest(manifest, edited)).toBe(false);
    const extra = { ...downloads(), [OPTIONAL_FILES.narratives]: bytes('{"narratives":[]}') };
    expect(await matchesManifest(manifest, extra)).toBe(false);
    const missing = downloads();
    delete missing[FILES.cases];
    expect(await matchesManifest(manifest, missing)).toBe(false);
    expect(await matchesManifest(null, downloads())).toBe(false);
    expect(await matchesManifest({ sha256: 'x' }, downloads())).toBe(false);
  });

  it('ships a dataset with problems as it is, without a manifest, so browsers validate it', () => {
    const raw = fixtureRaw();
    (raw.incidents as { incidents: { date: string }[] }).incidents[0]!.date = '2025-02-30';
    const texts = fixtureTexts(raw);
    const { files, unattested } = attestDataFiles(texts);
    expect(unattested).toMatch(/^1 problem \(/);
    expect(files).toEqual(texts);
    expect(files[MANIFEST_FILE]).toBeUndefined();
  });
});
