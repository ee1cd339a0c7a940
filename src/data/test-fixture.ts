/** A small hand-made dataset for unit tests: a few incidents that exercise every facet. */
import type { RawDataset } from './dataset';

const quote = (text: string) => [{ source: 'src-a', quotes: [{ text }] }];

export function fixtureRaw(): RawDataset {
  return {
    places: {
      places: [
        {
          id: 'kazakhstan',
          name: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' },
          kind: 'country',
          country: 'KZ',
          region: null,
          lat: 48,
          lon: 67,
        },
        {
          id: 'almaty',
          name: { en: 'Almaty', ru: 'Алматы', kk: 'Алматы' },
          kind: 'city',
          country: 'KZ',
          region: null,
          lat: 43.24,
          lon: 76.89,
        },
        {
          id: 'mangystau-region',
          name: { en: 'Mangystau Region', ru: 'Мангистауская область', kk: 'Маңғыстау облысы' },
          kind: 'region',
          country: 'KZ',
          region: null,
          lat: 44.0,
          lon: 53.5,
        },
        {
          id: 'zhanaozen',
          name: { en: 'Zhanaozen', ru: 'Жанаозен', kk: 'Жаңаөзен' },
          kind: 'city',
          country: 'KZ',
          region: 'mangystau-region',
          lat: 43.34,
          lon: 52.8,
        },
      ],
    },
    actors: {
      actors: [
        { id: 'atajurt', name: { en: 'Atajurt' }, kind: 'organisation', aliases: ['Atazhurt', 'Атажұрт'] },
        { id: 'police', name: { en: 'Police' }, kind: 'state-body', aliases: [] },
        { id: 'tokayev', name: { en: 'Kassym-Jomart Tokayev' }, kind: 'person', aliases: ['Tokaev'] },
      ],
    },
    sources: { sources: [{ id: 'src-a', title: 'Article A', languages: ['en'] }] },
    cases: { cases: [{ id: 'uprising-2022', title: { en: 'January 2022 uprising' } }] },
    incidents: {
      version: '1.0.0',
      updated: '2026-11-21',
      incidents: [
        {
          id: 'zhanaozen-protest-2022',
          title: { en: 'Protest over gas prices begins' },
          summary: { en: 'Workers protest in Zhanaozen.' },
          date: '2022-01-02',
          place: 'zhanaozen',
          locationPrecision: 'settlement',
          category: 'protest',
          actors: [],
          sources: quote('protests began'),
          cases: ['uprising-2022'],
        },
        {
          id: 'almaty-shutdown-2022',
          title: { en: 'Internet shut down' },
          summary: { en: 'Internet access cut in Almaty.' },
          date: '2022-01-05/2022-01-10',
          place: 'almaty',
          locationPrecision: 'settlement',
          category: 'shutdown',
          actors: [{ actor: 'tokayev', role: 'perpetrator' }],
          sources: quote('internet was shut down'),
          cases: ['uprising-2022'],
        },
        {
          id: 'mangystau-summons-2026',
          title: { en: 'Atajurt member summoned' },
          summary: { en: 'Summoned by police.' },
          date: '2026-01',
          place: 'mangystau-region',
          locationPrecision: 'region',
          category: 'summons',
          actors: [
            { actor: 'atajurt', role: 'target' },
            { actor: 'police', role: 'perpetrator' },
          ],
          sources: quote('summoned by police'),
        },
        {
          id: 'unknown-place-2025',
          title: { en: 'Account blocked' },
          summary: { en: 'An account was blocked.' },
          date: '2025',
          place: null,
          locationPrecision: 'unknown',
          category: 'content-removal',
          actors: [{ actor: 'atajurt', role: 'target' }],
          sources: quote('blocked'),
        },
      ],
    },
    disputes: {
      disputes: [
        {
          id: 'official-response',
          topic: { en: 'official response' },
          claims: [
            { text: { en: 'No response' }, source: 'src-a', quote: 'no response' },
            { text: { en: 'Summonses' }, source: 'src-a', quote: 'summoned' },
          ],
          incidents: ['mangystau-summons-2026'],
        },
      ],
    },
  };
}

/** A two-step story over the fixture's incidents; tests add steps to break it. */
export function fixtureStory() {
  return {
    id: 'uprising',
    title: { en: 'Uprising' },
    intro: { en: 'Intro' },
    steps: [
      { incidents: ['zhanaozen-protest-2022'], caption: { en: 'It begins' } },
      {
        incidents: ['almaty-shutdown-2022'],
        caption: { en: 'Shutdown' },
        map: { center: [76.9, 43.2], zoom: 9 },
        window: { from: '2022-01-01', to: '2022-01-31' },
      },
    ] as { incidents: string[]; caption: { en: string } }[],
  };
}
