/**
 * What changed, since the dataset version a link was made with, in the
 * incidents that link shows. Entries name records by the id they had then;
 * a renamed or merged record is found through the redirects, and a redirect
 * made after the link's version is itself a change.
 */
import { compareVersions, type ChangelogEntry, type ChangelogVersion } from './changelog';

export interface RedirectLike {
  from: string;
  to: string;
}

export interface IncidentChange {
  /** The current id, as the view shows it. */
  id: string;
  /** Every entry about it since, newest version first. */
  changes: { version: string; entry: ChangelogEntry }[];
  /** Ids it had since the link's version that now redirect to it. */
  renamedFrom: string[];
}

export type ChangesSince =
  | { status: 'same' | 'newer' | 'unknown'; from: string; latest: string | null }
  | {
      status: 'older';
      from: string;
      latest: string;
      /** How many incidents the view shows. */
      shown: number;
      changed: IncidentChange[];
      /** Changed incidents per tag, most frequent first. */
      byTag: { tag: string; count: number }[];
    };

/**
 * The version in which each redirect was made: the newest version with an
 * incident entry that names the record it leads to and mentions the old id.
 */
export function redirectVersions(
  versions: readonly ChangelogVersion[],
  redirects: readonly RedirectLike[],
): Map<string, string> {
  const made = new Map<string, string>();
  for (const r of redirects) {
    for (const v of versions) {
      const named = v.entries.some(
        (e) => e.kind === 'incident' && (e.id === r.to || e.id === r.from) && e.text.includes(r.from),
      );
      if (named) {
        made.set(r.from, v.version);
        break;
      }
    }
  }
  return made;
}

/**
 * @param versions the loaded dataset's changelog, newest first
 * @param current the loaded dataset's version
 * @param visibleIds the ids of the incidents the view shows (current ids)
 */
export function changesSince(
  versions: readonly ChangelogVersion[],
  current: string,
  from: string,
  visibleIds: readonly string[],
  redirects: readonly RedirectLike[],
): ChangesSince {
  const latest = versions[0]?.version ?? null;
  if (compareVersions(from, current) === 0) return { status: 'same', from, latest };
  if (compareVersions(from, current) > 0) return { status: 'newer', from, latest };
  const known = versions.some((v) => v.version === from);
  if (!known || latest === null) return { status: 'unknown', from, latest };

  const shown = new Set(visibleIds);
  const to = new Map(redirects.map((r) => [r.from, r.to]));
  const resolve = (id: string) => {
    // Follows a chain of redirects, without looping on a malformed one.
    let at = id;
    for (let k = 0; k < 10 && to.has(at); k++) at = to.get(at)!;
    return at;
  };
  const byId = new Map<string, IncidentChange>();
  const changeOf = (id: string) => {
    let c = byId.get(id);
    if (!c) byId.set(id, (c = { id, changes: [], renamedFrom: [] }));
    return c;
  };
  const since = versions.filter((v) => compareVersions(v.version, from) > 0);
  for (const v of since) {
    for (const entry of v.entries) {
      if (entry.kind !== 'incident' || !entry.id) continue;
      const id = resolve(entry.id);
      if (shown.has(id)) changeOf(id).changes.push({ version: v.version, entry });
    }
  }
  const made = redirectVersions(versions, redirects);
  for (const r of redirects) {
    const at = made.get(r.from);
    const id = resolve(r.to);
    if (at && compareVersions(at, from) > 0 && shown.has(id)) changeOf(id).renamedFrom.push(r.from);
  }
  // In the order the view lists them.
  const changed = visibleIds.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  const tags = new Map<string, number>();
  for (const c of changed) {
    const own = new Set(c.changes.flatMap((x) => x.entry.tags));
    if (c.renamedFrom.length > 0 && !own.has('merged')) own.add('id');
    for (const tag of own) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const byTag = [...tags].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count);
  return { status: 'older', from, latest, shown: shown.size, changed, byTag };
}
