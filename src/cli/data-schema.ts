/** `npm run data:schema`: writes JSON Schema for each data file, generated from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataFileJsonSchemas } from '../data/json-schema';

for (const [file, schema] of Object.entries(dataFileJsonSchemas())) {
  const path = resolve('data', file);
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}
