import { describe, expect, it } from 'vitest';
import { REPEATED_RULE, removeRepeatedBlocks } from '../../src/batch/repeated/repeated-blocks.js';
import { extracted, OTHER_STORY, STORY } from '../helpers/stage-context.js';

const TEMPLATE = 'Carrow Times is a member of the Independent Press Standards Organisation.';

const article = (path: string, paragraphs: string[], url?: string) => extracted({ path, paragraphs, meta: url ? { url } : {} });
const singletons = (n: number) => Array.from({ length: n }, (_, i) => [i]);

describe('removeRepeatedBlocks', () => {
  it('removes a block seen in three articles of one host, and records it', () => {
    const docs = [
      article('a.txt', [STORY[0]!, TEMPLATE], 'https://carrowtimes.example/a'),
      article('b.txt', [STORY[1]!, TEMPLATE], 'https://www.carrowtimes.example/b'),
      article('c.txt', [OTHER_STORY[0]!, TEMPLATE.replace('Carrow', 'Carrow ')], 'https://carrowtimes.example/c'),
      article('d.txt', [OTHER_STORY[1]!, TEMPLATE], 'https://othersite.example/d'),
    ];
    const out = removeRepeatedBlocks(docs, singletons(4), 3);
    expect(out[0]!.blocks.map((b) => b.text)).toEqual([STORY[0]]);
    expect(out[0]!.text).toBe(STORY[0]);
    expect(out[0]!.removed).toEqual([{ kind: 'repeated', rule: REPEATED_RULE, text: TEMPLATE }]);
    expect(out[2]!.text).toBe(OTHER_STORY[0]);
    expect(out[3]).toBe(docs[3]); // another host: untouched
  });

  it('counts two dumps of one article once', () => {
    const docs = [
      article('a.txt', [STORY[0]!, TEMPLATE], 'https://carrowtimes.example/a'),
      article('a.md', [STORY[0]!, STORY[1]!, TEMPLATE], 'https://carrowtimes.example/a'),
      article('b.txt', [OTHER_STORY[0]!, TEMPLATE], 'https://carrowtimes.example/b'),
    ];
    expect(removeRepeatedBlocks(docs, [[0, 1], [2]], 3)).toEqual(docs);
    expect(removeRepeatedBlocks(docs, [[0], [1], [2]], 3)[0]!.text).toBe(STORY[0]);
  });

  it('asks for twice the evidence where the host is unknown', () => {
    const docs = (n: number) => Array.from({ length: n }, (_, i) => article(`d${i}.txt`, [`${OTHER_STORY[0]} (${i})`, TEMPLATE]));
    expect(removeRepeatedBlocks(docs(5), singletons(5), 3).every((d) => d.text.includes(TEMPLATE))).toBe(true);
    expect(removeRepeatedBlocks(docs(6), singletons(6), 3).some((d) => d.text.includes(TEMPLATE))).toBe(false);
  });

  it('keeps a long paragraph shared by several documents (a wire story is article, not template)', () => {
    const wire = `${STORY[0]} ${STORY[1]}`;
    const docs = Array.from({ length: 6 }, (_, i) => article(`w${i}.txt`, [wire, `${OTHER_STORY[0]} (${i})`, TEMPLATE]));
    const out = removeRepeatedBlocks(docs, singletons(6), 3);
    expect(out.every((d) => d.text.startsWith(wire))).toBe(true);
    expect(out.every((d) => !d.text.includes(TEMPLATE))).toBe(true);
  });
});
