/**
 * The data/*.schema.json files are generated, but committed for tools that
 * cannot run TypeScript; this keeps them from drifting from the zod schemas.
 *
 * Validating the data files against these JSON Schemas is left out: the only
 * validator in node_modules is Ajv 6, a transitive dependency of ESLint that
 * does not support the draft 2020-12 schemas zod emits, and data:check already
 * validates the data with the zod schemas themselves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFileJsonSchemas } from './json-schema';

const DATA = resolve(import.meta.dirname, '../../data');
const generated = dataFileJsonSchemas();

describe('committed JSON Schema files', () => {
  it.each(Object.keys(generated))('data/%s matches the zod schemas', (file) => {
    const committed: unknown = JSON.parse(readFileSync(join(DATA, file), 'utf8'));
    expect(committed, `data/${file} is out of date: run npm run data:schema`).toEqual(generated[file]);
  });

  it('has no stale schema file that the generator no longer writes', () => {
    const onDisk = readdirSync(DATA).filter((name) => name.endsWith('.schema.json'));
    expect(onDisk.sort(), 'remove data/*.schema.json files that npm run data:schema does not write').toEqual(
      Object.keys(generated).sort(),
    );
  });

  it('has one schema per data file', () => {
    const dataFiles = readdirSync(DATA).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'));
    expect(Object.keys(generated).sort()).toEqual(
      dataFiles.map((name) => name.replace(/\.json$/, '.schema.json')).sort(),
    );
  });
});
