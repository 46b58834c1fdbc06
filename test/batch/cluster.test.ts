import { describe, expect, it } from 'vitest';
import { clusterDocuments } from '../../src/batch/canonicalize/cluster.js';
import { resemblance } from '../../src/core/minhash.js';
import { extracted, OTHER_STORY, STORY, STORY_REDUMPED, STORY_REWRITTEN } from '../helpers/stage-context.js';

const THRESHOLD = 0.8;

describe('clusterDocuments', () => {
  it('joins dumps of one canonical URL (scheme, www, tracking parameters, trailing slash)', () => {
    const docs = [
      extracted({ path: 'a.txt', paragraphs: STORY, meta: { url: 'https://www.carrowtimes.example/news/museum/?utm_source=rss' } }),
      extracted({ path: 'b.txt', paragraphs: OTHER_STORY }),
      extracted({ path: 'c.txt', paragraphs: STORY.slice(0, 3), meta: { url: 'http://carrowtimes.example/news/museum#top' } }),
    ];
    expect(clusterDocuments(docs, THRESHOLD)).toEqual([[0, 2], [1]]);
  });

  it('keeps apart two different texts under one URL (a bad canonical link)', () => {
    const docs = [
      extracted({ path: 'a.txt', paragraphs: STORY, meta: { url: 'https://carrowtimes.example/' } }),
      extracted({ path: 'b.txt', paragraphs: OTHER_STORY, meta: { url: 'https://carrowtimes.example/' } }),
    ];
    expect(clusterDocuments(docs, THRESHOLD)).toEqual([[0], [1]]);
  });

  it('joins dumps with the same text', () => {
    const docs = [
      extracted({ path: 'a.txt', paragraphs: OTHER_STORY }),
      extracted({ path: 'b.txt', paragraphs: STORY }),
      extracted({ path: 'c.md', paragraphs: STORY }),
    ];
    expect(clusterDocuments(docs, THRESHOLD)).toEqual([[0], [1, 2]]);
  });

  it('joins a near-duplicate once quotes and dashes are folded', () => {
    const [a, b] = [extracted({ path: 'a.txt', paragraphs: STORY }), extracted({ path: 'b.txt', paragraphs: STORY_REDUMPED })];
    expect(a.text).not.toBe(b.text);
    expect(resemblance(a.signature, b.signature)).toBeGreaterThanOrEqual(THRESHOLD);
    expect(clusterDocuments([a, b], THRESHOLD)).toEqual([[0, 1]]);
  });

  it('keeps a rewritten story apart from its source', () => {
    const docs = [extracted({ path: 'a.txt', paragraphs: STORY }), extracted({ path: 'b.txt', paragraphs: STORY_REWRITTEN })];
    expect(clusterDocuments(docs, THRESHOLD)).toEqual([[0], [1]]);
  });

  it('never joins empty texts by their (empty) text', () => {
    const docs = [extracted({ path: 'a.txt', paragraphs: [] }), extracted({ path: 'b.txt', paragraphs: [] })];
    expect(clusterDocuments(docs, THRESHOLD)).toEqual([[0], [1]]);
  });

  it('a threshold of 1 still joins exact copies but not near-duplicates', () => {
    const docs = [
      extracted({ path: 'a.txt', paragraphs: STORY }),
      extracted({ path: 'b.txt', paragraphs: STORY_REDUMPED }),
      extracted({ path: 'c.txt', paragraphs: STORY }),
    ];
    expect(clusterDocuments(docs, 1)).toEqual([[0, 2], [1]]);
  });
});
