/** A user name as a page names its author: after a label's colon, or as the text of a link to the author's page. */
import { describe, expect, it } from 'vitest';
import { parseBylineLine, parseInlineByline } from '../../src/per-document/metadata/byline-line.js';
import { handleName } from '../../src/per-document/metadata/names.js';
import { defaultContext } from '../helpers/stage-context.js';
import { dumpLinesFromMarkdown, linePatterns } from '../helpers/dump-text.js';

const de = linePatterns('de', defaultContext().rules);

describe('handleName', () => {
  it('takes one token of letters, digits, dots, dashes or underscores', () => {
    expect(handleName(' kleiner-falke_3 ')).toEqual(['kleiner-falke_3']);
    expect(handleName('waldweg.de')).toEqual(['waldweg.de']);
    expect(handleName('Zwei Wörter')).toBeUndefined();
    expect(handleName('2024')).toBeUndefined();
  });

  it('reads the user name after a label and its colon, up to the next separator, on a line or inside one', () => {
    expect(parseBylineLine('Autor: vogelfrei77 ~ Lesezeit: 2 Minuten', de, 'de')?.names).toEqual(['vogelfrei77']);
    expect(parseBylineLine('Autor: vogelfrei77', de, 'de')?.names).toEqual(['vogelfrei77']);
    expect(parseInlineByline('Gartenjahr // Autor: vogelfrei77 // ~ Lesezeit: 2 Minuten', de, 'de')?.names).toEqual(['vogelfrei77']);
    expect(parseBylineLine('von vogelfrei77 ~ Lesezeit: 2 Minuten', de, 'de')).toBeUndefined(); // no colon: no label
  });

  it('reads the user name a link to the author’s page shows in the head', () => {
    const body = 'Der Nachbar hat seine Hecke geschnitten, und nun sieht man endlich wieder den ganzen Garten von der Straße aus. '.repeat(3);
    const found = dumpLinesFromMarkdown('de', `# Die Hecke ist weg\n\n[vogelfrei](https://blog.example/author/vogelfrei/) · 3. März 2021\n\n${body}\n\n${body}`);
    expect(found.authors).toEqual(['vogelfrei']);
  });
});
