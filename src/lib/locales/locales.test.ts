import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

const LOCALES = { ru, kk } as const;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Strings that may legitimately equal the English text (format or brand names read the same in every language).
 * Keep it short: each entry switches off the copy-paste check for that exact text.
 */
// Names of file formats, which every language writes the same way.
const SAME_AS_ENGLISH_OK = new Set<string>(['GeoJSON']);

interface Flat {
  strings: Map<string, string>;
  /** Leaves that are not strings, which i18next would render as nothing or as "[object Object]". */
  invalid: string[];
}

function flatten(tree: unknown, prefix = '', out: Flat = { strings: new Map(), invalid: [] }): Flat {
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.strings.set(path, value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) flatten(value, path, out);
    else out.invalid.push(path);
  }
  return out;
}

function stemOf(path: string): { stem: string; form: string } {
  const m = PLURAL_SUFFIX.exec(path);
  return m ? { stem: path.slice(0, m.index), form: m[1]! } : { stem: path, form: '' };
}

/** Stem → the plural forms present for it; '' stands for the plain, unsuffixed key. */
function formsByStem(strings: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const path of strings.keys()) {
    const { stem, form } = stemOf(path);
    const forms = out.get(stem) ?? new Set<string>();
    forms.add(form);
    out.set(stem, forms);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]!))].sort();
}

// i18next picks plural suffixes with Intl.PluralRules, so the forms a locale must supply come from the same source.
function pluralForms(lang: string): string[] {
  return [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
}

const english = flatten(en);
const englishForms = formsByStem(english.strings);

/** The English text a translated key is measured against: the same form, else English's `_other`. */
function englishFor(path: string): string | undefined {
  const { stem } = stemOf(path);
  return english.strings.get(path) ?? english.strings.get(`${stem}_other`) ?? english.strings.get(stem);
}

describe('English reference', () => {
  it('has only string leaves', () => {
    expect(english.invalid).toEqual([]);
  });

  it('pairs every plural key as _one and _other', () => {
    const broken = [...englishForms]
      .filter(([, forms]) => forms.size > 1 || !forms.has(''))
      .filter(([, forms]) => [...forms].sort().join() !== 'one,other')
      .map(([stem]) => stem);
    expect(broken).toEqual([]);
  });
});

it('the runtime knows the CLDR plural forms of every language', () => {
  // Without full ICU data both would fall back to English rules and the plural checks below would be too lenient.
  expect(pluralForms('ru')).toEqual(['few', 'many', 'one', 'other']);
  expect(pluralForms('kk')).toEqual(['one', 'other']);
});

describe.each(Object.entries(LOCALES))('%s', (lang, resources) => {
  const flat = flatten(resources);
  const forms = formsByStem(flat.strings);
  const required = pluralForms(lang);

  it('has only string leaves', () => {
    expect(flat.invalid).toEqual([]);
  });

  it('translates every English key', () => {
    const missing = [...englishForms.keys()].filter((stem) => !forms.has(stem));
    expect(missing).toEqual([]);
  });

  it('has no key that English lacks', () => {
    const extra = [...forms.keys()].filter((stem) => !englishForms.has(stem));
    expect(extra).toEqual([]);
  });

  it('has no empty string', () => {
    const empty = [...flat.strings].filter(([, text]) => text.trim() === '').map(([path]) => path);
    expect(empty).toEqual([]);
  });

  it(`gives every plural key exactly the forms ${lang} uses, and every other key no suffix`, () => {
    const wrong: string[] = [];
    for (const [stem, enForms] of englishForms) {
      const have = forms.get(stem);
      if (!have) continue;
      const want = enForms.has('') ? [''] : required;
      const got = [...have].sort();
      if (got.join() !== want.join()) wrong.push(`${stem}: has [${got.join(', ')}], needs [${want.join(', ')}]`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the interpolation placeholders of English', () => {
    const wrong: string[] = [];
    for (const [path, text] of flat.strings) {
      const source = englishFor(path);
      if (source === undefined) continue;
      const want = placeholders(source).join(', ');
      const got = placeholders(text).join(', ');
      if (got !== want) wrong.push(`${path}: has {${got}}, English has {${want}}`);
    }
    expect(wrong).toEqual([]);
  });

  it('has no English text left untranslated', () => {
    const copied = [...flat.strings]
      .filter(([path, text]) => {
        if (text !== englishFor(path) || SAME_AS_ENGLISH_OK.has(text)) return false;
        // Placeholder names are Latin by design; only the words around them say whether anything was translated.
        const words = text.replace(/\{\{[^}]*\}\}/g, '').trim();
        return words.length > 3 && /[A-Za-z]/.test(words);
      })
      .map(([path]) => path);
    expect(copied).toEqual([]);
  });
});

describe('plural resolution through i18next', () => {
  // Guards the suffix convention itself: an i18next upgrade or a compatibilityJSON switch would change which keys are read.
  async function translator(lang: keyof typeof LOCALES) {
    const i18n = createInstance();
    await i18n.init({
      resources: { [lang]: { translation: LOCALES[lang] } },
      lng: lang,
      interpolation: { escapeValue: false },
    });
    return i18n;
  }

  it('ru', async () => {
    const i18n = await translator('ru');
    const title = (count: number) => i18n.t('list.title', { count });
    expect([1, 2, 5, 11, 21, 22, 25].map(title)).toEqual([
      '1 инцидент',
      '2 инцидента',
      '5 инцидентов',
      '11 инцидентов',
      '21 инцидент',
      '22 инцидента',
      '25 инцидентов',
    ]);
  });

  it('kk', async () => {
    const i18n = await translator('kk');
    expect([1, 2, 21].map((count) => i18n.t('list.title', { count }))).toEqual(['1 оқиға', '2 оқиға', '21 оқиға']);
  });
});
