/**
 * Quotes are evidence: each must be findable, character for character, in the
 * archived article it cites. The archive lives outside the repository, so the
 * check is skipped (and says so) where it is not available.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { disputeSchema, incidentSchema, sourceSchema } from './schema';

const ROOT = resolve(import.meta.dirname, '../..');
const ARCHIVE = resolve(ROOT, '../shared/sources');
const hasArchive = existsSync(ARCHIVE);

// Only the fields this test needs, so an unrelated schema problem (reported by data:check) cannot hide a bad quote.
const incidentQuotes = incidentSchema.pick({ id: true, sources: true });
const disputeQuotes = disputeSchema.pick({ id: true, claims: true });
const sourceFile = sourceSchema.pick({ id: true, file: true });

function readList<T extends z.ZodType>(file: string, key: string, item: T): z.infer<T>[] {
  const raw = JSON.parse(readFileSync(join(ROOT, 'data', file), 'utf8')) as Record<string, unknown>;
  return z.array(item).parse(raw[key]);
}

if (!hasArchive) {
  const reason = `source archive ${ARCHIVE} is absent, so quotes cannot be compared with the articles`;
  console.warn(`quotes.test.ts skipped: ${reason}`);
  it.skip(`quotes: ${reason}`, () => {});
}

describe.skipIf(!hasArchive)(`quotes against the article texts in ${ARCHIVE}`, () => {
  const sources = readList('sources.json', 'sources', sourceFile);
  const incidents = readList('incidents.json', 'incidents', incidentQuotes);
  const disputes = readList('disputes.json', 'disputes', disputeQuotes);
  const fileOf = new Map(sources.map((s) => [s.id, s.file]));
  const texts = new Map<string, string>();
  const articleText = (sourceId: string): string | undefined => {
    const file = fileOf.get(sourceId);
    if (file === undefined || !existsSync(join(ARCHIVE, file))) return undefined;
    if (!texts.has(file)) texts.set(file, readFileSync(join(ARCHIVE, file), 'utf8'));
    return texts.get(file);
  };

  it('has an archived article for every source', () => {
    const missing = sources
      .filter((s) => s.file === undefined || !existsSync(join(ARCHIVE, s.file)))
      .map((s) => `${s.id}: ${s.file === undefined ? 'no "file" given' : `${s.file} not found`}`);
    expect(missing).toEqual([]);
  });

  it('finds every citation quote verbatim in its article', () => {
    const notFound: string[] = [];
    for (const inc of incidents) {
      inc.sources.forEach((citation, i) =>
        citation.quotes.forEach((quote, j) => {
          if (!articleText(citation.source)?.includes(quote.text)) {
            notFound.push(`${inc.id}: sources.${i}.quotes.${j} [${citation.source}]: ${quote.text}`);
          }
        }),
      );
    }
    expect(notFound).toEqual([]);
  });

  it('finds every dispute claim quote verbatim in its article', () => {
    const notFound: string[] = [];
    for (const dispute of disputes) {
      dispute.claims.forEach((claim, j) => {
        if (!articleText(claim.source)?.includes(claim.quote)) {
          notFound.push(`disputes.json: ${dispute.id}: claims.${j} [${claim.source}]: ${claim.quote}`);
        }
      });
    }
    expect(notFound).toEqual([]);
  });

  it('checks a non-trivial number of quotes', () => {
    // Guards against the loops above silently iterating over nothing.
    const quotes = incidents.flatMap((inc) => inc.sources.flatMap((s) => s.quotes));
    const claims = disputes.flatMap((d) => d.claims);
    expect(quotes.length).toBeGreaterThan(incidents.length);
    expect(claims.length).toBeGreaterThan(0);
  });
});
