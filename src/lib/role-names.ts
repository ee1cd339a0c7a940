/**
 * The name of an actor's role in an incident, in an interface language: the
 * word the app's role tags and the static pages show (locale key
 * `role.<id>`), read from the same locale files, for code that runs without
 * an i18next instance (the exports).
 */
import { en } from './locales/en.ts';
import { ru } from './locales/ru.ts';
import { kk } from './locales/kk.ts';
import type { UiLang } from './langs.ts';

export type RoleId = keyof typeof en.role;

const ROLE_WORDS: Record<UiLang, Record<RoleId, string>> = { en: en.role, ru: ru.role, kk: kk.role };

export function roleName(role: RoleId, lang: UiLang): string {
  return ROLE_WORDS[lang][role];
}
