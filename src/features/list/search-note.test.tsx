import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import i18n from '../../lib/i18n';
import { buildIndex } from '../../data/data-index';
import { searchTerms } from '../../data/search-hits';
import { rankRows } from '../../data/search-rank';
import { shippedIndex } from '../../data/shipped-dataset.fixture';
import { fixtureRaw } from '../../data/test-fixture';
import { validateDataset } from '../../data/validate';
import type { DataIndex } from '../../data/data-index';
import type { UiLang } from '../../lib/langs';
import { FoundIn, SearchTally } from './search-note';

afterAll(() => i18n.changeLanguage('en'));

async function render(lang: UiLang, node: React.ReactElement): Promise<string> {
  await i18n.changeLanguage(lang);
  return renderToStaticMarkup(node);
}

function tally(ix: DataIndex, text: string, lang: UiLang) {
  const terms = searchTerms(text);
  const m = ix.matchText(terms);
  const rows = Uint32Array.from({ length: ix.n }, (_, i) => i).filter((i) => m[i] === 1);
  return render(lang, <SearchTally data={ix} ranks={rankRows(ix, rows, terms)} total={rows.length} lang={lang} />);
}

describe('FoundIn', () => {
  it('says in words where a row was found, in every language', async () => {
    expect(await render('en', <FoundIn hits={['place', 'title']} />)).toBe(
      '<div role="cell" class="col-relevance">Found in: place, title</div>',
    );
    expect(await render('ru', <FoundIn hits={['region', 'actor', 'quote']} />)).toContain(
      'Найдено: регион, люди и организации, цитаты из источников',
    );
    expect(await render('kk', <FoundIn hits={['place', 'summary', 'id']} />)).toContain(
      'Табылды: орны, сипаттамасы, оқиға идентификаторы',
    );
  });

  it('keeps its cell when there is nothing to say, so the row keeps its columns', async () => {
    expect(await render('en', <FoundIn hits={[]} />)).toBe('<div role="cell" class="col-relevance"></div>');
  });
});

describe('SearchTally on the shipped dataset', () => {
  const ix = shippedIndex();

  it('tells the 16 incidents placed in Almaty from the 35 that mention it', async () => {
    expect(await tally(ix, 'Алматы', 'en')).toBe(
      '<p class="list-tally">16 placed in <bdi>Almaty</bdi>, <bdi>Almaty Region</bdi>; 35 mention it</p>',
    );
    expect(await tally(ix, 'Almaty', 'ru')).toBe(
      '<p class="list-tally">По месту — 16: <bdi>Алматы</bdi>, <bdi>Алматинская область</bdi>; по упоминанию — 35</p>',
    );
    expect(await tally(ix, 'Алматы', 'kk')).toBe(
      '<p class="list-tally">Орны бойынша — 16: <bdi>Алматы</bdi>, <bdi>Алматы облысы</bdi>; аталуы бойынша — 35</p>',
    );
  });

  it('says nothing when no place matches', async () => {
    expect(await tally(ix, 'Tokayev', 'en')).toBe('');
  });
});

describe('SearchTally with hostile place names', () => {
  it('shows a name that is markup as text, isolated from the words around it', async () => {
    const raw = fixtureRaw();
    const places = (raw.places as { places: { id: string; name: Record<string, string> }[] }).places;
    const almaty = places.find((p) => p.id === 'almaty')!;
    almaty.name = { en: '<img src=x onerror=alert(1)>\u202eAlmaty', ru: 'Алматы', kk: 'Алматы' };
    const ix = buildIndex(validateDataset(raw).dataset);
    const html = await tally(ix, 'almaty', 'en');
    expect(html).toContain('<bdi>&lt;img src=x onerror=alert(1)&gt;\u202eAlmaty</bdi>');
    expect(html).not.toContain('<img');
  });
});
