/** JSON Schema for the data files, derived from the zod schemas so there is one definition. */
import { z } from 'zod';
import {
  actorSchema,
  caseSchema,
  disputeSchema,
  incidentSchema,
  narrativeSchema,
  placeSchema,
  redirectSchema,
  sourceSchema,
} from './schema';

const VERSION = /^\d+\.\d+\.\d+$/;

export function dataFileJsonSchemas(): Record<string, unknown> {
  const wrap = (key: string, item: z.ZodType, extra: Record<string, z.ZodType> = {}) =>
    z.toJSONSchema(z.object({ $schema: z.string().optional(), ...extra, [key]: z.array(item) }), {
      io: 'input',
      unrepresentable: 'any',
    });
  return {
    'incidents.schema.json': wrap('incidents', incidentSchema, {
      version: z.string().regex(VERSION),
      updated: z.string(),
      redirects: z.array(redirectSchema).optional(),
    }),
    'places.schema.json': wrap('places', placeSchema),
    'actors.schema.json': wrap('actors', actorSchema),
    'sources.schema.json': wrap('sources', sourceSchema),
    'cases.schema.json': wrap('cases', caseSchema),
    'narratives.schema.json': wrap('narratives', narrativeSchema),
    'disputes.schema.json': wrap('disputes', disputeSchema),
  };
}
