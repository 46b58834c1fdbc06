/**
 * The word lists names are read with come from the rule packs' fields.yaml: a language is added
 * in YAML alone, and the lists apply to a page in any language.
 */
import { describe, expect, it } from 'vitest';
import { parseNames } from '../../src/per-document/metadata/names.js';
import { isCommonWord } from '../../src/per-document/metadata/page-words.js';
import { nameWordsFor } from '../../src/per-document/metadata/name-words.js';
import { parseBylineLine } from '../../src/per-document/metadata/byline-line.js';
import { linePatterns } from '../helpers/dump-text.js';
import { contextFrom, defaultContext, DEFAULT_RULES, docOf, runUntil } from '../helpers/stage-context.js';

/** A context whose packs are the default ones plus a pack that adds Danish name words. */
function withDanish() {
  return contextFrom(
    { rules: { packs: [DEFAULT_RULES, 'extra'] } },
    {
      files: {
        'extra/da/fields.yaml': {
          byline: ['af'],
          nameJoiner: ['og'],
          commentsLink: ['debatindlæg'],
          commentsLinkLead: ['skriv en'],
          authorPath: ['forfatter'],
          inflection: ['erne'],
        },
      },
    },
  );
}

describe('name words from fields.yaml', () => {
  it('reads names with the words of a language added in YAML alone', () => {
    const usual = nameWordsFor(defaultContext().rules);
    expect(parseNames('Mette Holmgaard og Jens Vestergaard', usual)).toBeUndefined();
    expect(usual.commentsLink.test(' 3 debatindlæg ')).toBe(false);
    expect(usual.authorPage.test('https://avis.example/forfatter/mette-holmgaard')).toBe(false);
    expect(isCommonWord('Nyhederne', new Set(['nyheder']), usual)).toBe(false);
    const danish = nameWordsFor(withDanish().rules);
    expect(isCommonWord('Nyhederne', new Set(['nyheder']), danish)).toBe(true); // the same word with another ending
    expect(parseNames('Mette Holmgaard og Jens Vestergaard', danish)).toEqual(['Mette Holmgaard', 'Jens Vestergaard']);
    expect(danish.commentsLink.test(' 3 debatindlæg ')).toBe(true);
    expect(danish.commentsLink.exec('Mette Holmgaard Skriv en debatindlæg')?.index).toBe(15); // the lead goes with the link
    expect(danish.authorPage.test('https://avis.example/forfatter/mette-holmgaard')).toBe(true);
  });

  it('applies every language’s name words to a page in any language', () => {
    const ctx = defaultContext();
    const en = ctx.rules.fieldsFor('en');
    expect(en.nameJoiner).toEqual(expect.arrayContaining(['and', 'und', 'et', 'oraz']));
    expect(en.byline).not.toContain('von'); // the by-words stay the page's language's and English
    expect(parseNames('Jonas Weber und Lea Hoffmann', nameWordsFor(ctx.rules))).toEqual(['Jonas Weber', 'Lea Hoffmann']);
  });

  it('reads names with the lists of the rule set it is handed, whichever was built last', () => {
    const danish = withDanish().rules;
    const usual = defaultContext().rules;
    expect(parseNames('Mette Holmgaard og Jens Vestergaard', nameWordsFor(danish))).toHaveLength(2);
    expect(parseNames('Mette Holmgaard og Jens Vestergaard', nameWordsFor(usual))).toBeUndefined();
    expect(nameWordsFor(danish)).toBe(nameWordsFor(danish)); // built once per rule set
  });

  it('finds the author of a dump by a link to a folder named in YAML', () => {
    const markdown = [
      '# Havnen får ny bro',
      '',
      '[mholmgaard](https://avis.example/forfatter/mholmgaard)',
      '',
      ...Array.from({ length: 3 }, () => 'Broen over havnen åbner til sommer, og byrådet har nu vedtaget den endelige plan for trafikken omkring den.\n'),
    ].join('\n');
    const byline = (ctx: ReturnType<typeof defaultContext>) => runUntil(docOf(markdown, { path: 'test/havn.md' }), 'metadata', ctx).meta.byline;
    // Both rule sets built before either reads a dump: each dump is read with its own context's words.
    const danish = withDanish();
    const usual = defaultContext();
    expect(byline(danish)).toBe('mholmgaard');
    expect(byline(usual)).toBeUndefined();
  });

  it('ends a byline at the comments link in the languages that list its words', () => {
    const ctx = defaultContext();
    const byline = (lang: string, line: string) => parseBylineLine(line, linePatterns(lang, ctx.rules), lang)?.names;
    expect(byline('pt', 'Por Ana Figueira Sem comentários')).toEqual(['Ana Figueira']);
    expect(byline('nl', 'Door Jorien Kalsbeek Geen reacties')).toEqual(['Jorien Kalsbeek']);
    expect(byline('ru', 'Автор: Ольга Светлова Нет комментариев')).toEqual(['Ольга Светлова']);
    expect(byline('uk', 'Автор: Тарас Дмитренко Немає коментарів')).toEqual(['Тарас Дмитренко']);
    expect(byline('cs', 'Autor: Petra Dvořáková Žádné komentáře')).toEqual(['Petra Dvořáková']);
    expect(byline('sv', 'Av Lina Bergkvist Inga kommentarer')).toEqual(['Lina Bergkvist']);
    expect(byline('tr', 'Yazar: Elif Korkmaz Yorumlar')).toEqual(['Elif Korkmaz']);
  });

  it('cuts the role after a name off a Czech, Swedish or Turkish byline', () => {
    const ctx = defaultContext();
    const byline = (lang: string, line: string) => parseBylineLine(line, linePatterns(lang, ctx.rules), lang)?.names;
    expect(byline('cs', 'Autor: Petra Dvořáková redaktorka')).toEqual(['Petra Dvořáková']);
    expect(byline('sv', 'Av Lina Bergkvist Krönikör')).toEqual(['Lina Bergkvist']);
    expect(byline('tr', 'Yazar: Elif Korkmaz Gazeteci')).toEqual(['Elif Korkmaz']);
  });
});
