/**
 * The fixed vocabularies of the dataset. Ids are part of the public data and
 * link contract: add new ones, never rename.
 */

export const CATEGORY_IDS = [
  'summons',
  'content-removal',
  'detention',
  'prosecution',
  'sentence',
  'disappearance',
  'killing',
  'violence',
  'protest',
  'shutdown',
  'military',
  'registration-denial',
  'deportation',
  'statement',
  'international',
  'disinformation',
  'allegation',
  'surveillance',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const ACTOR_ROLES = [
  'target',
  'perpetrator',
  'participant',
  'organiser',
  'speaker',
  'witness',
  'mentioned',
] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const ACTOR_KINDS = ['person', 'organisation', 'state-body', 'group'] as const;

export const PLACE_KINDS = ['city', 'district', 'region', 'country', 'site'] as const;

export const LOCATION_PRECISIONS = ['exact', 'settlement', 'district', 'region', 'country', 'unknown'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const LANGUAGES = ['en', 'ru', 'kk', 'zh'] as const;
