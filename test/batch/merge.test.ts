import { describe, expect, it } from 'vitest';
import { mergeDocuments, recordId } from '../../src/batch/canonicalize/merge.js';
import { recordSchema } from '../../src/core/record.js';
import { sha256Hex } from '../../src/core/hash.js';
import { extracted, STORY, STORY_REDUMPED } from '../helpers/stage-context.js';

const URL = 'https://www.carrowtimes.example/news/museum';

describe('mergeDocuments', () => {
  const html = extracted({
    path: 'z/page.html',
    paragraphs: STORY,
    meta: { url: URL, title: 'Lifeboat station to become museum', byline: 'Carrow Times staff', site: 'Carrow Times', language: 'en', published: '2025-02-12T09:30:00Z' },
    metaOrigin: { url: 'structured', title: 'structured', byline: 'heuristic', site: 'structured', language: 'structured', published: 'structured' },
    removed: [{ kind: 'outside-article', rule: 'html/outside', text: 'Sidebar' }],
  });
  const dump = extracted({
    path: 'a/dump.txt',
    paragraphs: STORY_REDUMPED,
    meta: { title: 'LIFEBOAT STATION TO BECOME MUSEUM', byline: 'Jory Penhale', authors: ['Jory Penhale'], published: '2025-02-12', language: 'en' },
    metaOrigin: { title: 'dump-line', byline: 'dump-line', authors: 'dump-line', published: 'dump-line', language: 'heuristic' },
    removed: [{ kind: 'donation', rule: 'donation/en/support-us', text: 'Support local news' }],
  });

  it('takes the text of the dump with the most metadata (6 fields against 5) and each field from the strongest evidence', () => {
    const record = mergeDocuments([dump, html]);
    expect(record.text).toBe(html.text);
    expect(record).toMatchObject({
      url: URL,
      title: 'Lifeboat station to become museum',
      byline: 'Jory Penhale', // dump-line outranks heuristic
      authors: ['Jory Penhale'],
      published: '2025-02-12T09:30:00Z',
      site: 'Carrow Times',
      language: 'en',
      wordCount: html.text.split(/\s+/).length,
      contentHash: sha256Hex(html.text),
      lowConfidence: null,
    });
    expect(recordSchema.safeParse(record).success).toBe(true);
  });

  it('on equal metadata, takes the longer text', () => {
    const a = extracted({ path: 'a.txt', paragraphs: STORY.slice(0, 3), meta: { language: 'en' }, metaOrigin: { language: 'heuristic' } });
    const b = extracted({ path: 'b.txt', paragraphs: STORY, meta: { language: 'en' }, metaOrigin: { language: 'heuristic' } });
    expect(mergeDocuments([a, b]).text).toBe(b.text);
  });

  it('lists sources sorted by path and points each removal at its source', () => {
    const record = mergeDocuments([html, dump]);
    expect(record.sources.map((s) => s.path)).toEqual(['a/dump.txt', 'z/page.html']);
    expect(record.removed).toEqual([
      { kind: 'donation', rule: 'donation/en/support-us', text: 'Support local news', source: 0 },
      { kind: 'outside-article', rule: 'html/outside', text: 'Sidebar', source: 1 },
    ]);
  });

  it('is the same whatever order the group comes in', () => {
    expect(mergeDocuments([html, dump])).toEqual(mergeDocuments([dump, html]));
  });

  it('takes its id from the canonical URL, else from the folded text', () => {
    expect(mergeDocuments([dump, html]).id).toBe(recordId('http://carrowtimes.example/news/museum/', 'anything'));
    const noUrl = mergeDocuments([dump]);
    expect(noUrl.id).toMatch(/^[0-9a-f]{16}$/);
    expect(noUrl.id).toBe(recordId(undefined, dump.text));
    expect(recordId(undefined, 'A \u201Cquoted\u201D text')).toBe(recordId(undefined, 'a "quoted" text'));
  });

  it('builds the byline from authors when no byline is given, and nulls what nobody knows', () => {
    const only = extracted({ path: 'x.txt', paragraphs: STORY, meta: { authors: ['Ann Lee', 'Bo Li'] }, metaOrigin: { authors: 'dump-line' }, lowConfidence: 'only 12 words of article text found' });
    const record = mergeDocuments([only]);
    expect(record.byline).toBe('Ann Lee, Bo Li');
    expect(record).toMatchObject({ url: null, title: null, published: null, site: null, language: null });
    expect(record.lowConfidence).toBe('only 12 words of article text found');
  });

  it('a hint outranks structured metadata even on a poorer dump', () => {
    const hinted = extracted({ path: 'h.jsonl', paragraphs: STORY, meta: { url: 'https://carrowtimes.example/canonical' }, metaOrigin: { url: 'hint' } });
    expect(mergeDocuments([html, hinted]).url).toBe('https://carrowtimes.example/canonical');
  });
});
