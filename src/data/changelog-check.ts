/**
 * What `data:check` says about the changelog and its translations, and how a
 * translation is matched to the English version by version: a translated
 * version is used only where its structure (version, date, entry kinds, ids
 * and tags) is the English one's; elsewhere the reader gets the English.
 */
import type { DataIssue } from './dataset';
import type { Changelog, ChangelogLang, ChangelogVersion } from './changelog';

export const CHANGELOG_FILE = 'changelog.md';
export const CHANGELOG_TRANSLATION_FILES: Record<Exclude<ChangelogLang, 'en'>, string> = {
  ru: 'translations/changelog.ru.md',
  kk: 'translations/changelog.kk.md',
};

export interface KnownIds {
  incidents: ReadonlySet<string>;
  /** Retired ids (`redirects[].from` in incidents.json). */
  redirects: ReadonlySet<string>;
}

/** The lines of a changelog file that do not parse, as data:check reports them. */
function problemIssues(file: string, problems: Changelog['problems']): DataIssue[] {
  return problems.map((p) => ({ file, id: `line ${p.line}`, field: 'entry', message: `${p.message}: "${p.value}"` }));
}

/** Every line of the changelog that does not parse, and every incident or redirect id the dataset does not know. */
export function changelogIssues(file: string, changelog: Changelog, known: KnownIds): DataIssue[] {
  const issues = problemIssues(file, changelog.problems);
  for (const v of changelog.versions) {
    for (const e of v.entries) {
      for (const id of e.ids) {
        if (e.kind === 'incident' && !known.incidents.has(id) && !known.redirects.has(id))
          issues.push({
            file,
            id: `line ${e.line}`,
            field: 'id',
            message: `"${id}" (${v.version}) is neither an incident nor a redirect in incidents.json`,
          });
        if (e.kind === 'redirect' && !known.redirects.has(id))
          issues.push({
            file,
            id: `line ${e.line}`,
            field: 'id',
            message: `"${id}" (${v.version}) is not a redirect in incidents.json`,
          });
      }
    }
  }
  return issues;
}

const shape = (v: ChangelogVersion) => v.entries.map((e) => `${e.kind} ${e.ids.join(',')} (${e.tags.join(', ')})`);

/** How a translated version differs in structure from the English one; empty when it mirrors it. */
export function structuralDiffs(en: ChangelogVersion, other: ChangelogVersion | undefined): string[] {
  if (!other) return [`version ${en.version} is missing`];
  const diffs: string[] = [];
  if (other.date !== en.date) diffs.push(`${en.version}: date ${other.date}, English ${en.date}`);
  if (other.general.length !== en.general.length)
    diffs.push(`${en.version}: ${other.general.length} general changes, English ${en.general.length}`);
  const a = shape(en);
  const b = shape(other);
  if (a.length !== b.length) diffs.push(`${en.version}: ${b.length} entries, English ${a.length}`);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) diffs.push(`${en.version}, line ${other.entries[i]!.line}: "${b[i]}", English "${a[i]}"`);
  }
  const whys = (v: ChangelogVersion) => v.entries.map((e) => e.why !== undefined);
  const wa = whys(en);
  const wb = whys(other);
  for (let i = 0; i < Math.min(wa.length, wb.length); i++) {
    if (a[i] === b[i] && wa[i] !== wb[i])
      diffs.push(`${en.version}, line ${other.entries[i]!.line}: the reason marker is ${wb[i] ? 'extra' : 'missing'}`);
  }
  return diffs;
}

/**
 * The translated version for each English version, in the English order, or
 * null where the translation is missing or does not mirror the English.
 */
export function alignTranslation(en: Changelog, other: Changelog | null): (ChangelogVersion | null)[] {
  const byVersion = new Map(other?.versions.map((v) => [v.version, v]) ?? []);
  return en.versions.map((v) => {
    const t = byVersion.get(v.version);
    return t && structuralDiffs(v, t).length === 0 ? t : null;
  });
}

/** data:check's report on a translation: parse problems, and every structural difference of a translated version. */
export function translationIssues(file: string, en: Changelog, other: Changelog): DataIssue[] {
  const issues = problemIssues(file, other.problems);
  const byVersion = new Map(other.versions.map((v) => [v.version, v]));
  const english = new Set(en.versions.map((v) => v.version));
  for (const v of other.versions) {
    if (!english.has(v.version))
      issues.push({
        file,
        id: `line ${v.line}`,
        field: 'version',
        message: `${v.version} is not in ${CHANGELOG_FILE}`,
      });
  }
  // A version not yet translated is shown in English; one that is there must mirror the English.
  for (const v of en.versions) {
    const t = byVersion.get(v.version);
    if (t)
      for (const d of structuralDiffs(v, t))
        issues.push({ file, id: `line ${t.line}`, field: 'structure', message: d });
  }
  return issues;
}
