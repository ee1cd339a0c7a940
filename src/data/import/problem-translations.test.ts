import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { IMPORT_PROBLEMS } from '../../lib/locales/import-problems.ts';
import { UI_LANGS } from '../../lib/langs.ts';
import { PROBLEM_CODES, problemMessage } from './messages.ts';

type Params = Record<string, string | number>;

/** Keys that are not problem codes: the default clause of 'place-unknown'. */
const EXTRA_KEYS = ['placeUnknownDefault'];

const PLACEHOLDER = /\{\{\s*([^}\s]+)\s*\}\}/g;

function paramsOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

function fill(template: string, params: Params): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {{${name}}}`);
    return String(value);
  });
}

/** Realistic params, as the importer passes them. */
const SAMPLES: [string, Params][] = [
  ['too-large', { size: 123_456_789, max: 104_857_600 }],
  ['header-duplicate', { column: 'date' }],
  ['id-duplicate', { id: 'row-3', firstLine: 3, newId: 'row-3-2' }],
  ['category-unknown', { value: 'Parade', fallback: 'statement', categories: 'summons, detention, statement' }],
  ['date-out-of-range', { first: 1986, last: 2026 }],
  ['place-unknown', { place: 'Atlantis', fallback: 'its coordinates are used' }],
];

describe('import problem translations', () => {
  it('has a template for every problem code in every language, and nothing else', () => {
    const expected = [...PROBLEM_CODES, ...EXTRA_KEYS].sort();
    for (const lang of UI_LANGS) {
      expect(Object.keys(IMPORT_PROBLEMS[lang]).sort(), lang).toEqual(expected);
      for (const [key, template] of Object.entries(IMPORT_PROBLEMS[lang])) {
        expect(template.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('uses the same params in every language', () => {
    for (const key of Object.keys(IMPORT_PROBLEMS.en)) {
      const en = paramsOf(IMPORT_PROBLEMS.en[key]!);
      for (const lang of UI_LANGS) {
        expect(paramsOf(IMPORT_PROBLEMS[lang][key]!), `${lang} ${key}`).toEqual(en);
      }
    }
  });

  it('gives the English of messages.ts for sample params', () => {
    for (const [code, params] of SAMPLES) {
      expect(fill(IMPORT_PROBLEMS.en[code]!, params), code).toBe(problemMessage(code, params));
    }
  });

  it('gives the English of messages.ts for every code, each param standing in for itself', () => {
    for (const code of PROBLEM_CODES) {
      const names = paramsOf(IMPORT_PROBLEMS.en[code]!);
      const params = Object.fromEntries(names.map((name) => [name, `<${name}>`]));
      expect(fill(IMPORT_PROBLEMS.en[code]!, params), code).toBe(problemMessage(code, params));
    }
  });

  it("reads 'place-unknown' with the default clause as messages.ts does without a fallback", () => {
    for (const fallback of [undefined, '']) {
      const params: Params = fallback === undefined ? { place: 'Atlantis' } : { place: 'Atlantis', fallback };
      expect(
        fill(IMPORT_PROBLEMS.en['place-unknown']!, {
          place: 'Atlantis',
          fallback: IMPORT_PROBLEMS.en.placeUnknownDefault!,
        }),
      ).toBe(problemMessage('place-unknown', params));
    }
  });

  it('renders through i18next as the plain substitution does', () => {
    const i18n = createInstance();
    void i18n.init({
      initAsync: false,
      lng: 'en',
      resources: Object.fromEntries(UI_LANGS.map((lang) => [lang, { importProblem: IMPORT_PROBLEMS[lang] }])),
      ns: ['importProblem'],
      defaultNS: 'importProblem',
      interpolation: { escapeValue: false },
    });
    for (const lang of UI_LANGS) {
      const t = i18n.getFixedT(lang);
      for (const [code, params] of SAMPLES) {
        expect(t(code, params), `${lang} ${code}`).toBe(fill(IMPORT_PROBLEMS[lang][code]!, params));
      }
    }
  });
});
