/** The interface languages: the one list every module, the link and the data use. */
export const UI_LANGS = ['en', 'ru', 'kk'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export function isUiLang(value: unknown): value is UiLang {
  return typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value);
}
