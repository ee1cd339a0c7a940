/**
 * Loading the dataset from a server that answers badly: every fault names the
 * file and what is wrong with it, says whether trying again can help, and an
 * optional file costs only what it holds. The shipped files stand in for the
 * rest of the site; one file at a time is broken.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from './dataset';
import { loadDataset } from './load';
import type { TranslatedText } from './translations';

const DATA = new URL('../../data/', import.meta.url);
const shipped = (file: string) => readFileSync(new URL(file, DATA));
const SHIPPED_INCIDENTS = (JSON.parse(shipped('incidents.json').toString()) as { incidents: unknown[] }).incidents
  .length;

type Answer = { status?: number; body?: string; type?: string } | 'network-error';

/** A site that serves the shipped data files, except for the answers given here, by file name. */
function serve(answers: Record<string, Answer> = {}) {
  const requested: string[] = [];
  vi.stubGlobal('document', { baseURI: 'http://localhost/' });
  vi.stubGlobal('fetch', async (input: URL | string, init?: RequestInit) => {
    const url = new URL(String(input));
    const file = url.pathname.replace(/^\/data\//, '');
    requested.push(file);
    // What the app asks of the network: nothing that could identify the reader.
    expect(init?.credentials).toBe('omit');
    expect(init?.referrerPolicy).toBe('no-referrer');
    const answer = answers[file];
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer) {
      return new Response(answer.body ?? '', {
        status: answer.status ?? 200,
        headers: { 'content-type': answer.type ?? 'application/json' },
      });
    }
    try {
      return new Response(shipped(file), { headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
  });
  return requested;
}

async function failure(answers: Record<string, Answer>): Promise<DatasetError> {
  serve(answers);
  const error = await loadDataset().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loading the dataset', () => {
  it('loads the shipped files whole, checked in the browser when there is no manifest', async () => {
    const requested = serve();
    const { index, issues, checked } = await loadDataset();
    expect(index.n).toBe(SHIPPED_INCIDENTS);
    expect(issues).toEqual([]);
    expect(checked).toBe('browser');
    expect(requested).toContain('manifest.json');
    expect(translated(index.texts, 'ru')).toBeGreaterThan(100);
    expect(translated(index.texts, 'kk')).toBeGreaterThan(100);
  });

  // The wording a reader sees for each way a deployed file can be broken.
  const damaged: [string, string, Answer, string | RegExp][] = [
    ['not JSON', 'incidents.json', { body: '<html>Not found</html>' }, 'incidents.json is not valid JSON'],
    ['cut short', 'places.json', { body: '{"places": [{"id": "almaty", ' }, 'places.json is not valid JSON'],
    ['empty', 'actors.json', { body: '' }, 'actors.json is empty'],
    ['only white space', 'cases.json', { body: ' \n\t ' }, 'cases.json is empty'],
    ['a list, not a dataset', 'incidents.json', { body: '[]' }, /^incidents\.json is not a dataset/],
    ['another object', 'incidents.json', { body: '{"foo":1}' }, /^incidents\.json is not a dataset/],
    ['null', 'sources.json', { body: 'null' }, 'sources.json is not a JSON object with a "sources" list'],
    ['without its list', 'places.json', { body: '{"foo":1}' }, 'places.json has no "places" list'],
  ];
  it.each(damaged)('names a file that is %s, and says the file is damaged (%s)', async (_, file, answer, says) => {
    const error = await failure({ [file]: answer });
    expect(error.message).toMatch(typeof says === 'string' ? new RegExp(`^${escape(says)}$`) : says);
    expect(error.file).toBe(file);
    expect(error.kind).toBe('content');
  });

  const downloads: [string, string, Answer, string][] = [
    ['missing', 'sources.json', { status: 404, body: 'nope' }, 'sources.json could not be downloaded (HTTP 404)'],
    ['a server error', 'actors.json', { status: 500, body: 'nope' }, 'actors.json could not be downloaded (HTTP 500)'],
    ['cut off', 'cases.json', 'network-error', 'cases.json could not be downloaded (network error)'],
  ];
  it.each(downloads)('names a required file that is %s, as worth trying again (%s)', async (_, file, answer, says) => {
    const error = await failure({ [file]: answer });
    expect(error.message).toBe(says);
    expect(error.file).toBe(file);
    expect(error.kind).toBe('download');
  });

  it('goes on without an optional file the host answers with its start page or a 404, and says nothing', async () => {
    serve({
      'narratives.json': { body: '<!doctype html><title>Start page</title>', type: 'text/html' },
      'disputes.json': { status: 404 },
    });
    const { index, issues } = await loadDataset();
    expect(index.n).toBe(SHIPPED_INCIDENTS);
    expect(index.dataset.narratives).toEqual([]);
    expect(index.dataset.disputes).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('goes on without an optional file that is there but broken, and names it', async () => {
    serve({ 'narratives.json': { status: 500 }, 'disputes.json': { body: '{"disputes": [' } });
    const { index, issues } = await loadDataset();
    expect(index.n).toBe(SHIPPED_INCIDENTS);
    expect(index.dataset.narratives).toEqual([]);
    expect(issues.map((i) => `${i.file}: ${i.message}`)).toEqual([
      'narratives.json: narratives.json could not be downloaded (HTTP 500); the explorer goes on without it',
      'disputes.json: disputes.json is not valid JSON; the explorer goes on without it',
    ]);
  });

  it('shows the English text when a translation cannot be read, and keeps every incident', async () => {
    serve();
    const whole = (await loadDataset()).index.texts;
    serve({ 'translations/ru.json': 'network-error', 'translations/kk.json': { body: '{' } });
    const { index } = await loadDataset();
    expect(index.n).toBe(SHIPPED_INCIDENTS);
    // Only what the records themselves carry in Russian or Kazakh (place names, older records) is left.
    expect(translated(index.texts, 'ru')).toBeLessThan(translated(whole, 'ru'));
    expect(translated(index.texts, 'kk')).toBeLessThan(translated(whole, 'kk'));
  });
});

/** Reader-facing texts that have a translation into this language. */
function translated(texts: ReadonlyMap<string, TranslatedText>, lang: 'ru' | 'kk'): number {
  let n = 0;
  for (const t of texts.values()) if (t[lang]) n++;
  return n;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
