/**
 * The changelog, fetched only when a reader opens the "What changed" panel
 * or opens a link made with another dataset version: English, and the
 * reader's language aligned with it (null where a version is not translated).
 */
import { queryOptions } from '@tanstack/react-query';
import type { ChangelogEntry, ChangelogVersion } from '../../data/changelog';
import type { UiLang } from '../../lib/langs';

export interface LoadedChangelog {
  en: ChangelogVersion[];
  /** Per English version, the reader's language's version, or null (shown in English, marked). */
  local: (ChangelogVersion | null)[];
}

async function fetchJson<T>(name: string): Promise<T> {
  const r = await fetch(new URL(`data/changelog/${name}.json`, document.baseURI), {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  });
  if (!r.ok) throw new Error(`data/changelog/${name}.json: ${r.status}`);
  return (await r.json()) as T;
}

export const changelogQuery = (lang: UiLang) =>
  queryOptions({
    queryKey: ['changelog', lang],
    queryFn: async (): Promise<LoadedChangelog> => {
      const en = await fetchJson<ChangelogVersion[]>('en');
      const local = lang === 'en' ? en : await fetchJson<(ChangelogVersion | null)[]>(lang);
      return { en, local: en.map((_, k) => local[k] ?? null) };
    },
    staleTime: Infinity,
    retry: 1,
  });

/** The reader's-language entry for an English one (entries mirror each other), or the English when untranslated. */
export function localEntry(
  log: LoadedChangelog,
  entry: ChangelogEntry,
): { entry: ChangelogEntry; translated: boolean } {
  for (let v = 0; v < log.en.length; v++) {
    const k = log.en[v]!.entries.indexOf(entry);
    if (k < 0) continue;
    const local = log.local[v]?.entries[k];
    return local ? { entry: local, translated: log.local[v] !== log.en[v] } : { entry, translated: false };
  }
  return { entry, translated: false };
}
