import { describe, expect, it } from 'vitest';
import { block } from '../helpers/stage-context.js';
import { lineMatchingSlug, slugCover, slugWords } from '../../src/per-document/metadata/url-slug.js';

describe('URL slug as title evidence', () => {
  const slug = slugWords('https://www.hss.de/news/detail/grosse-aufgaben-fuer-die-neue-regierung-news8123/');

  it('reads the slug words, transliterated as slugs write them, without ids and file endings', () => {
    expect([...slug].sort()).toEqual(['aufgaben', 'die', 'fuer', 'grosse', 'neue', 'regierung']);
    expect(slugWords('https://example.com/index.php?id=5').size).toBe(0);
    expect(slugCover('Große Aufgaben für die neue Regierung', slug)).toBe(1);
  });

  it('picks the head line that spells the slug, not a section label', () => {
    const lines = ['Tunesien', 'Große Aufgaben für die neue Regierung', 'Ein Bericht aus Tunis'].map((t, i) => block(i, t));
    expect(lineMatchingSlug(lines, slug)?.text).toBe('Große Aufgaben für die neue Regierung');
  });

  it('picks nothing when the slug is too short or no line spells enough of it', () => {
    const lines = ['Tunesien', 'Ein Bericht aus Tunis'].map((t, i) => block(i, t));
    expect(lineMatchingSlug(lines, slug)).toBeUndefined();
    expect(lineMatchingSlug([block(0, 'Mystery Bag')], slugWords('https://example.com/mystery-bag/'))).toBeUndefined();
  });
});
