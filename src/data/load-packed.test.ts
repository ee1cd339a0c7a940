/**
 * A site as the build ships it: incidents.json and, beside it, the same
 * incidents packed in Arrow columns, with a manifest for both. The page reads
 * the packed file and gets exactly what the JSON gives; a packed file that
 * does not match the manifest is not used.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attestDataFiles } from '../build/attest-data';
import { loadDataset, loadProgress, type LoadedDataset } from './load';
import type { LoadProgress } from './pipeline';
import { PACKED_FILE } from './arrow';

const DATA = new URL('../../data/', import.meta.url);

function builtSite(): Record<string, string | Uint8Array> {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(DATA))
    if (name.endsWith('.json')) texts[name] = readFileSync(new URL(name, DATA), 'utf8');
  for (const lang of ['ru', 'kk'])
    texts[`translations/${lang}.json`] = readFileSync(new URL(`translations/${lang}.json`, DATA), 'utf8');
  const { files, unattested } = attestDataFiles(texts);
  expect(unattested).toBeNull();
  return files;
}

function serve(files: Record<string, string | Uint8Array | null>) {
  const requested: string[] = [];
  vi.stubGlobal('document', { baseURI: 'http://localhost/' });
  vi.stubGlobal('fetch', async (input: URL | string) => {
    const file = new URL(String(input)).pathname.replace(/^\/data\//, '');
    requested.push(file);
    const body = files[file];
    if (body === undefined || body === null) return new Response('Not found', { status: 404 });
    return new Response(typeof body === 'string' ? body : (body.slice().buffer as ArrayBuffer), {
      headers: { 'content-type': 'application/octet-stream' },
    });
  });
  return requested;
}

/** Everything a view can read of a loaded dataset, as plain data. */
function contents(loaded: LoadedDataset) {
  const ix = loaded.index;
  return {
    ids: ix.ids,
    incidents: ix.ids.map((_, i) => JSON.stringify(ix.incident(i))),
    dates: ix.ids.map((_, i) => ix.date(i)),
    titles: ix.ids.map((_, i) => ix.title(i)),
    texts: [...ix.texts],
    version: ix.dataset.version,
    redirects: [...ix.dataset.redirects],
    search: [...ix.matchText(['zhanaozen'])],
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('a site with packed incidents', () => {
  it('is read from the packed file, without incidents.json, to the same dataset the JSON gives', async () => {
    const site = builtSite();
    const requested = serve(site);
    const packed = await loadDataset();
    expect(packed.checked).toBe('build');
    expect(requested).toContain(PACKED_FILE);
    expect(requested).not.toContain('incidents.json');
    serve({ ...site, [PACKED_FILE]: null });
    const json = await loadDataset();
    expect(json.checked).toBe('build');
    expect(contents(packed)).toEqual(contents(json));
    expect(packed.index.n).toBeGreaterThan(80);
  });

  it('is not used when it differs from what the manifest vouches for: the JSON is checked instead', async () => {
    const site = builtSite();
    const tampered = (site[PACKED_FILE] as Uint8Array).slice();
    tampered[tampered.length - 100] = tampered[tampered.length - 100]! ^ 1;
    const requested = serve({ ...site, [PACKED_FILE]: tampered });
    const loaded = await loadDataset();
    expect(requested).toContain('incidents.json');
    expect(loaded.checked).toBe('build');
    serve({ ...site, [PACKED_FILE]: null });
    expect(contents(loaded)).toEqual(contents(await loadDataset()));
  });

  it('falls back to incidents.json when the packed file cannot be downloaded', async () => {
    const site = builtSite();
    const requested = serve({ ...site, [PACKED_FILE]: null });
    const loaded = await loadDataset();
    expect(requested).toEqual(expect.arrayContaining([PACKED_FILE, 'incidents.json']));
    expect(loaded.checked).toBe('build');
    expect(loaded.index.n).toBeGreaterThan(80);
  });

  it('tells how far the download has got, against the size the manifest gives, then checks and indexes', async () => {
    const site = builtSite();
    const size = (JSON.parse(site['manifest.json'] as string) as { bytes: Record<string, number> }).bytes[PACKED_FILE];
    expect(size).toBe((site[PACKED_FILE] as Uint8Array).byteLength);
    serve(site);
    const seen: (LoadProgress | null)[] = [];
    const stop = loadProgress.subscribe((p) => seen.push(p));
    await loadDataset();
    stop();
    const downloads = seen.filter((p) => p?.phase === 'download');
    expect(downloads[0]).toEqual({ phase: 'download', received: 0, total: size });
    expect(downloads.at(-1)?.received).toBe(size);
    expect(seen.map((p) => p?.phase ?? null).filter((p, k, all) => p !== all[k - 1])).toEqual([
      'download',
      'check',
      'index',
      null,
    ]);
  });
});
