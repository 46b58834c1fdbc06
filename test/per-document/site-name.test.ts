/** The site-name scan reads only the places where a phrase spelling the host can start. */
import { describe, expect, it } from 'vitest';
import { findSiteName } from '../../src/per-document/metadata/site-name.js';

describe('findSiteName phrase starts', () => {
  it('starts a phrase only where a word starts, as the word reader splits words', () => {
    // "e.The" is one word (a dot joins), so "The" there starts no phrase ...
    expect(findSiteName('Read e.The Moscow Times daily\n', 'themoscowtimes.com')).toBeUndefined();
    // ... but a dot after a space joins nothing, and "The" starts one.
    expect(findSiteName('Menu\n.The Moscow Times\n', 'themoscowtimes.com')).toBe('The Moscow Times');
  });

  it('starts a phrase at a capital with a diacritic, and at a digit', () => {
    expect(findSiteName('Accueil\nÉcho du Jura\n', 'echodujura.fr')).toBe('Écho du Jura');
    expect(findSiteName('Home\n20 Minuten Online\n', '20minuten.ch')).toBe('20 Minuten');
  });

  it('reads phrases in a non-Latin page', () => {
    expect(findSiteName('Главная\nНовости Mosнет\nMosnet News\n', 'mosnetnews.ru')).toBe('Mosnet News');
  });

  it('needs a capital or digit at the start', () => {
    expect(findSiteName('visit the moscow times\n', 'themoscowtimes.com')).toBeUndefined();
  });
});
