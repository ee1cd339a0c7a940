import { describe, expect, it } from 'vitest';
import { indexPath, pagePath, permanentPageLink, relativePath } from './permanent-path';

describe('permanent paths', () => {
  it('puts English at the root and other languages under their code', () => {
    expect(indexPath('en')).toBe('incidents/');
    expect(indexPath('kk')).toBe('kk/incidents/');
    expect(pagePath('incidents', '2022-01-05-almaty', 'ru')).toBe('ru/incidents/2022-01-05-almaty/');
    expect(pagePath('actors', 'a b', 'en')).toBe('actors/a%20b/');
  });

  it('links between pages relative to the site base', () => {
    expect(relativePath('ru/incidents/x/', 'actors/y/')).toBe('../../../actors/y/');
    expect(relativePath('incidents/', 'static/pages.css')).toBe('../static/pages.css');
    expect(relativePath('incidents/', '')).toBe('../');
    expect(relativePath('', '')).toBe('./');
  });

  it('builds the permanent page from the explorer address, dropping the fragment and the file name', () => {
    expect(permanentPageLink('https://example.org/explorer/#id=x&years=2022', 'x', 'en')).toBe(
      'https://example.org/explorer/incidents/x/',
    );
    expect(permanentPageLink('https://example.org/explorer/index.html?a=1#id=x', 'x', 'kk')).toBe(
      'https://example.org/explorer/kk/incidents/x/',
    );
    expect(permanentPageLink('http://localhost:4173/', 'x', 'ru')).toBe('http://localhost:4173/ru/incidents/x/');
  });
});
