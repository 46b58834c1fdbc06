/**
 * Bylines of dumps and the words around them: credits to another than the author, labels, marks
 * after a name. Invented lines in the shapes scraper dumps show.
 */
import { describe, expect, it } from 'vitest';
import { parseNames } from '../../src/per-document/metadata/names.js';
import { dumpLinesFromMarkdown as fromMarkdown, dumpLinesFromText as fromText } from '../helpers/dump-text.js';
import { nameWordsFor } from '../../src/per-document/metadata/name-words.js';
import { defaultContext } from '../helpers/stage-context.js';

const nameWords = nameWordsFor(defaultContext().rules);

const BODY_DE = [
  'Die Zaubernuss blüht mitten im Winter, wenn die meisten anderen Gehölze im Garten noch kahl sind und kaum etwas Farbe zeigt. Ihre fadenförmigen Blüten überstehen dabei auch Frost, denn sie rollen sich bei Kälte einfach ein.',
  'Damit der Strauch gut durch den Winter kommt, braucht er einen geschützten Platz, einen humosen Boden und in trockenen Wochen etwas Wasser. Eine dicke Schicht aus Laub oder Rindenmulch schützt die flachen Wurzeln vor dem Austrocknen.',
  'Geschnitten wird die Zaubernuss kaum: Sie wächst langsam und bildet von selbst eine schöne Krone. Nur abgestorbene oder sich kreuzende Zweige werden nach der Blüte entfernt, damit der Strauch seine Form behält.',
];

const title = 'Wie pflege ich meine Zaubernuss im Winter?';

describe('a credit to another than the author', () => {
  it('is no name when its label opens the words', () => {
    expect(parseNames('Übersetzung Lena Hartwig', nameWords, 2)).toBeUndefined();
    expect(parseNames('Photos Tom Reed', nameWords, 2)).toBeUndefined();
    expect(parseNames('Lena Hartwig', nameWords, 2)).toEqual(['Lena Hartwig']);
  });

  it('leaves the date of its line to the date finder', () => {
    const found = fromText('de', ['Startseite', title, 'Übersetzung Lena Hartwig, 14.03.21', ...BODY_DE]);
    expect(found.byline).toBeUndefined();
    expect(found.published).toBe('2021-03-14');
  });
});

describe('an editor labelled on a date line', () => {
  it('is the author, up to the role in brackets', () => {
    const found = fromText('de', ['Startseite', '14.03.2021 - Redaktion: Lena Hartwig (Pressestelle)', 'Gartentipps', title, ...BODY_DE]);
    expect(found.byline).toBe('Lena Hartwig');
    expect(found.published).toBe('2021-03-14');
  });
});

describe('a name line beside the title', () => {
  it("drops a paper's affiliation marks after the name", () => {
    expect(fromText('de', [title, 'Lena B. Hartwig1', ...BODY_DE]).byline).toBe('Lena B. Hartwig');
    expect(fromText('de', [title, 'Lena Hartwig2,3', ...BODY_DE]).byline).toBe('Lena Hartwig');
  });

  it('is no name after a menu word', () => {
    expect(fromText('en', [title, 'Home Tobias', ...BODY_DE]).byline).toBeUndefined();
  });
});

describe("a post's sign-off", () => {
  it('is a first name alone between the last paragraph and the date line', () => {
    expect(fromText('de', [title, ...BODY_DE, 'Bis bald!', 'Jonas', '3. März 2021']).byline).toBe('Jonas');
  });

  it('is no word of the page there', () => {
    expect(fromText('de', [title, ...BODY_DE, 'Bis bald!', 'Zaubernuss', '3. März 2021']).byline).toBeUndefined();
    expect(fromText('de', [title, ...BODY_DE, 'Bis bald!', 'Jonas']).byline).toBeUndefined();
  });
});

describe("a link to an expert's page in the head", () => {
  it('names the author, after the role before it', () => {
    const markdown = [
      '# Wie pflege ich meine Zaubernuss im Winter?',
      '-   Garten-Experte [Lena Hartwig](https://garten.example/experten/lena-hartwig_id_4711.html)',
      '14.03.2021, 10:15',
      ...BODY_DE,
    ].join('\n\n');
    expect(fromMarkdown('de', markdown).byline).toBe('Lena Hartwig');
  });
});

describe('a weekday run into a name', () => {
  it("is the date's, not the name's", () => {
    expect(parseNames('Lena HartwigMittwoch', nameWords, 2)).toEqual(['Lena Hartwig']);
    expect(parseNames('Tom ReedSaturday,', nameWords, 2)).toEqual(['Tom Reed']);
  });

  it('is not a short form or a month ending a name', () => {
    expect(parseNames('Joe DiMaggio', nameWords, 2)).toEqual(['Joe DiMaggio']);
    expect(parseNames('Ann LaMar', nameWords, 2)).toEqual(['Ann LaMar']);
  });
});

describe('a name line over a paragraph that names the person again', () => {
  it('is the subject of the text, not its author', () => {
    const about = 'Der Fall Grete Hollmann beschäftigt die Gerichte seit Jahren, und noch immer ist nicht geklärt, wer die Zaubernuss im Garten der Nachbarn gefällt hat und warum niemand etwas gesehen haben will.';
    expect(fromText('de', [title, 'Gartenrecht', 'Grete Hollmann', about, ...BODY_DE]).byline).toBeUndefined();
  });

  it('is the author when the paragraph is their biography', () => {
    const bio = 'Grete Hollmann schreibt seit zwanzig Jahren über Gärten, Sträucher und Bäume, und sie pflegt selbst einen großen Garten am Stadtrand, in dem im Winter die Zaubernuss blüht und im Sommer die Rosen.';
    expect(fromText('de', [title, 'Grete Hollmann', bio, ...BODY_DE]).byline).toBe('Grete Hollmann');
  });
});
