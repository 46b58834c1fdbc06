/**
 * Bylines read from the lines of Markdown and text dumps: lines cut from scraper dumps of real
 * pages, parsed as winnow parses them.
 */
import { describe, expect, it } from 'vitest';
import { parseBylineLine, withoutFusedRole } from '../../src/per-document/metadata/dump-byline.js';
import { headPatterns } from '../../src/per-document/metadata/dump-head.js';
import { parseNames } from '../../src/per-document/metadata/names.js';
import { defaultContext } from '../helpers/stage-context.js';

const ctx = defaultContext();

/** The names a "By …" line gives in a language. */
function bylineOf(lang: string, line: string) {
  const patterns = headPatterns(ctx.rules.fieldsFor(lang));
  return parseBylineLine(line, patterns.byline, lang, patterns.fusedByline)?.names;
}

describe('a byline line that goes on after the names', () => {
  it('stops at a role run into the last name', () => {
    expect(bylineOf('en', 'By Evan HalperStaff Writer')).toEqual(['Evan Halper']);
    expect(withoutFusedRole('Anna SmithSenior Editor')).toBe('Anna Smith');
  });

  it('keeps names that capitalise inside a word, and user names', () => {
    expect(withoutFusedRole('Steve LeVine')).toBe('Steve LeVine');
    expect(withoutFusedRole('Ronald McDonald')).toBe('Ronald McDonald');
    expect(withoutFusedRole('CyberCook')).toBe('CyberCook');
  });

  it('stops at the next label, a time or a role after a comma', () => {
    expect(bylineOf('de', 'von Alexander Karper Foto: © GEPA')).toEqual(['Alexander Karper']);
    expect(bylineOf('en', 'Posted by T. V. Raman at 2:33 PM')).toEqual(['T. V. Raman']);
    expect(bylineOf('de', 'Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.')).toEqual(['Uta Staschewski']);
  });

  it('reads the name of a long line that opens with it, but no word of a sentence', () => {
    const tagged = 'Posted by Günter W. Kienitz at 18:52 Tagged with: bildung, Eltern, Hausschule, Homeschooling, Lehranstalt, Lernen, Musik, Schule, Unterricht';
    expect(bylineOf('en', tagged)).toEqual(['Günter W. Kienitz']);
    expect(bylineOf('en', 'By Friday, the Senate had voted on the bill twice, and the House was expected to follow it early in the next week')).toBeUndefined();
  });

  it('is no byline when the words after the by-word are a headline or a menu label', () => {
    expect(bylineOf('de', 'Von Ast getroffen: 46-jähriger Waldarbeiter tödlich verunglückt')).toBeUndefined();
    expect(bylineOf('en', 'By Main Ingredient:')).toBeUndefined();
  });
});

describe('names in a head line', () => {
  it('keep a capitalised particle that a lower-case word would end ("Le", "le")', () => {
    expect(bylineOf('fr', 'Par Loïc Le Clerc le 30 septembre 2018')).toEqual(['Loïc Le Clerc']);
    expect(parseNames('Loïc Le Clerc')).toEqual(['Loïc Le Clerc']);
  });
});
