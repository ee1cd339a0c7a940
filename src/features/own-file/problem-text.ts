import type { TFunction } from 'i18next';
import type { ImportProblem } from '../../data/import/index';
import type { UiLang } from '../../lib/langs';

const PLACE_NAME: Record<UiLang, string> = { en: 'placeEn', ru: 'placeRu', kk: 'placeKk' };

/** A problem's reason in the reader's language, from its code and values (the English is the fallback). */
export function problemText(p: ImportProblem, t: TFunction, lang: UiLang): string {
  const params: Record<string, string | number> = { ...p.params };
  // Clauses and names the importer writes in English, said in the reader's language.
  if (p.code === 'place-unknown') {
    const key = p.params['fallbackKey'];
    const place = p.params[PLACE_NAME[lang]] ?? p.params['placeEn'];
    params['fallback'] = key ? t(`ownFile.fallback.${key}`, { place }) : t('importProblem.placeUnknownDefault');
  }
  if (typeof p.params['langCodes'] === 'string')
    params['langs'] = p.params['langCodes']
      .split(',')
      .map((code) => t(`ownFile.lang.${code}`, { defaultValue: code }))
      .join(', ');
  return t(`importProblem.${p.code}`, { ...params, defaultValue: p.message });
}
