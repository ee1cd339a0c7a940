/**
 * Russian and Kazakh exports of the shipped dataset, loaded as the app loads
 * it, against the translation files and the locale files read directly: date
 * and place notes come translated, and a role is named in the view's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type DataIndex } from '../../data/data-index';
import { DATA_FILES, type RawDataset } from '../../data/dataset';
import { TRANSLATION_FILES } from '../../data/translation-schema';
import { applyTranslations, readTranslationFiles } from '../../data/translations';
import { validateDataset } from '../../data/validate';
import { en } from '../../lib/locales/en';
import { kk } from '../../lib/locales/kk';
import { ru } from '../../lib/locales/ru';
import { toCsv } from './csv';
import { toGeoJson } from './geojson';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

interface Entry {
  text: string;
  en: string;
}
interface RawIncident {
  id: string;
  dateNote?: string;
  placeNote?: string;
  actors?: { actor: string; role: keyof typeof en.role }[];
}
const files = { ru: read(TRANSLATION_FILES.ru), kk: read(TRANSLATION_FILES.kk) };
const entriesOf = (lang: 'ru' | 'kk') => (files[lang] as { entries: Record<string, Entry> }).entries;
const incidents = (read('incidents.json') as { incidents: RawIncident[] }).incidents;
const actorNames = new Map(
  (read('actors.json') as { actors: { id: string; name: { en: string } }[] }).actors.map((a) => [a.id, a.name.en]),
);
const ROLE_WORDS = { ru: ru.role, kk: kk.role };

let ix: DataIndex;
beforeAll(() => {
  const raw: Partial<RawDataset> = {};
  for (const { key, file } of DATA_FILES) raw[key] = read(file);
  const { dataset } = validateDataset(raw as RawDataset);
  ix = buildIndex(dataset, applyTranslations(dataset, readTranslationFiles(files).files));
});

describe.each(['ru', 'kk'] as const)('an export in %s', (lang) => {
  const entries = entriesOf(lang);
  /** The translation of a record's text, when it is current (translated from the English the record holds). */
  const current = (key: string, english: string | undefined) =>
    english !== undefined && entries[key]?.en === english ? entries[key].text : undefined;
  const incident = incidents.find(
    (i) =>
      current(`incidents/${i.id}/dateNote`, i.dateNote) &&
      current(`incidents/${i.id}/placeNote`, i.placeNote) &&
      (i.actors ?? []).length > 0,
  )!;
  const meta = { link: 'https://example.org/#id=x', accessed: '2026-01-01', lang };
  const only = () => Uint32Array.of(ix.idToIndex.get(incident.id)!);
  const dateNote = () => entries[`incidents/${incident.id}/dateNote`]!.text;
  const placeNote = () => entries[`incidents/${incident.id}/placeNote`]!.text;
  const actors = () =>
    incident.actors!.map((a) => ({
      name: current(`actors/${a.actor}/name`, actorNames.get(a.actor)) ?? actorNames.get(a.actor)!,
      role: a.role,
      word: ROLE_WORDS[lang][a.role],
    }));

  it('has an incident with translated notes and actors to check', () => {
    expect(incident).toBeDefined();
    for (const a of actors()) expect(a.word).not.toBe(en.role[a.role]);
  });

  const csvRow = () => {
    const csv = toCsv(ix, only(), meta).replace(/^\uFEFF/, '');
    return Papa.parse<Record<string, string>>(csv, { header: true }).data[0]!;
  };
  const properties = () => toGeoJson(ix, only(), meta).features[0]!.properties;

  it('writes the translated date and place notes into the CSV', () => {
    expect(csvRow()).toMatchObject({ date_note: dateNote(), place_note: placeNote() });
  });

  it('names each role in the CSV in the language of the view', () => {
    expect(csvRow().actors).toBe(
      actors()
        .map((a) => `${a.name} (${a.word})`)
        .join('; '),
    );
  });

  it('writes the translated date and place notes into the GeoJSON', () => {
    expect(properties()).toMatchObject({ date_note: dateNote(), place_note: placeNote() });
  });

  it('names each role in the GeoJSON in the language of the view, keeping its id', () => {
    expect(properties().actors.map((a) => [a.name, a.role, a.role_name])).toEqual(
      actors().map((a) => [a.name, a.role, a.word]),
    );
  });
});
