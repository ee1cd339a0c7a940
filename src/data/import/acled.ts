/**
 * How an ACLED export's codes become the explorer's fields. ACLED's codebook
 * is the reference for every reading below.
 */
import type { ACTOR_KINDS, CategoryId, LocationPrecision } from '../vocabulary.ts';

type ActorKinds = (typeof ACTOR_KINDS)[number];

/**
 * time_precision, as the codebook defines it, and what we make of it:
 *
 * - 1: the source gives the day → the day (`2024-03-15`).
 * - 2: the source gives only a period of days (a week, a weekend, "early
 *   March"), and ACLED codes a day inside it, usually its middle → a range of
 *   seven days either side of that day (`2024-03-08/2024-03-22`): it holds any
 *   week that contains the coded day and any third of a month centred on it,
 *   so we never claim a day ACLED did not know.
 * - 3: the source gives only the month, and ACLED codes a day of it → the
 *   month (`2024-03`).
 *
 * Anything else is read as 3 (the least precise), with a warning.
 */
export const ACLED_TIME_PRECISION: Record<string, 'day' | 'period' | 'month'> = {
  '1': 'day',
  '2': 'period',
  '3': 'month',
};

/** Days either side of the coded day for time_precision 2. */
export const ACLED_PERIOD_DAYS = 7;

/**
 * geo_precision: 1 = the event happened at `location` (a town or village,
 * ACLED's finest unit: we call it the settlement, not a site); 2 = near
 * `location` or in a part of its district, so ACLED gives the nearest town →
 * district precision; 3 = only the region (admin1) is known → the region
 * itself, never the point ACLED puts at its capital. Anything else is read as
 * 3.
 */
export const ACLED_GEO_PRECISION: Record<
  string,
  { precision: LocationPrecision; level: 'location' | 'near' | 'region' }
> = {
  '1': { precision: 'settlement', level: 'location' },
  '2': { precision: 'district', level: 'near' },
  '3': { precision: 'region', level: 'region' },
};

/**
 * sub_event_type first (it is the finer code), then event_type. `killing`
 * replaces `violence` only where the code is violence against people and
 * fatalities is above zero: ACLED counts deaths, the explorer files them as
 * killings. A code not listed gives a warning and `statement`.
 */
export const ACLED_SUB_EVENT_CATEGORY: Record<string, CategoryId> = {
  // Protests.
  'peaceful protest': 'protest',
  'protest with intervention': 'protest',
  'excessive force against protesters': 'violence',
  // Riots.
  'violent demonstration': 'violence',
  'mob violence': 'violence',
  // Violence against civilians.
  attack: 'violence',
  'sexual violence': 'violence',
  'abduction/forced disappearance': 'disappearance',
  // Battles.
  'armed clash': 'military',
  'government regains territory': 'military',
  'non-state actor overtakes territory': 'military',
  // Explosions/Remote violence.
  'air/drone strike': 'military',
  'shelling/artillery/missile attack': 'military',
  'chemical weapon': 'military',
  'remote explosive/landmine/ied': 'violence',
  grenade: 'violence',
  'suicide bomb': 'violence',
  // Strategic developments.
  arrests: 'detention',
  'looting/property destruction': 'violence',
  'headquarters or base established': 'military',
  'non-violent transfer of territory': 'military',
  'disrupted weapons use': 'military',
  // An agreement or a change to a group is an act with no category of its own (data/README.md: a statement).
  agreement: 'statement',
  'change to group/activity': 'statement',
};

export const ACLED_EVENT_CATEGORY: Record<string, CategoryId> = {
  protests: 'protest',
  riots: 'violence',
  'violence against civilians': 'violence',
  battles: 'military',
  'explosions/remote violence': 'violence',
  'strategic developments': 'statement',
};

/** Codes where deaths make the event a killing. */
const DEADLY = new Set([
  'attack',
  'excessive force against protesters',
  'mob violence',
  'violent demonstration',
  'remote explosive/landmine/ied',
  'grenade',
  'suicide bomb',
  'violence against civilians',
  'riots',
]);

/** The category of an ACLED row, or null when neither code is known. */
export function acledCategory(eventType: string, subEventType: string, fatalities: number): CategoryId | null {
  const sub = subEventType
    .trim()
    .toLowerCase()
    .replace(/protestors/, 'protesters');
  const type = eventType.trim().toLowerCase();
  const category = ACLED_SUB_EVENT_CATEGORY[sub] ?? ACLED_EVENT_CATEGORY[type];
  if (!category) return null;
  if (
    category === 'violence' &&
    fatalities > 0 &&
    (DEADLY.has(sub) || (!(sub in ACLED_SUB_EVENT_CATEGORY) && DEADLY.has(type)))
  )
    return 'killing';
  return category;
}

/**
 * inter1/inter2: the type of actor1/actor2, as a code (older exports) or its
 * name (newer ones). ACLED gives no direction between actors, so every actor's
 * role is `participant`; only the kind comes from here.
 */
const INTER_KIND: Record<string, ActorKinds> = {
  '1': 'state-body',
  'state forces': 'state-body',
  '2': 'group',
  'rebel group': 'group',
  '3': 'group',
  'political militia': 'group',
  '4': 'group',
  'identity militia': 'group',
  '5': 'group',
  rioters: 'group',
  '6': 'group',
  protesters: 'group',
  '7': 'group',
  civilians: 'group',
  '8': 'organisation',
  'external/other forces': 'organisation',
};

export function acledActorKind(inter: string): ActorKinds {
  return INTER_KIND[inter.trim().toLowerCase()] ?? 'group';
}
