/** Person names as bylines write them: "Anna Smith and Bo Li", "Ruud van der Berg". */
import type { Block } from '../../core/document.js';
import { WEEKDAYS } from '../../core/month-names.js';
import { foldForMatch } from '../../core/text.js';
import type { NameWordPatterns } from './name-words.js';

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;

/**
 * Words run together where a dump dropped the spaces of a menu ("AllEngineeringDesign Insights"): a name
 * capitalises inside a word once ("McDonald"); a user name alone may run words together ("KleineGrüneMonster").
 */
const FUSED_WORDS = /\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}/u;

/**
 * A small word that title case capitalises: a headline's or a column's words ("Letters To The Editor",
 * "The Weekly", "Letters To"). A two-letter word may open a name ("To Lan"); after its first word it is the headline's.
 */
function holdsTitleCaseWord(tokens: readonly string[], nameWords: NameWordPatterns): boolean {
  const { titleCaseWord } = nameWords;
  return tokens.some((token, i) => (i > 0 || token.length > 2) && titleCaseWord.test(` ${token} `));
}

/**
 * A weekday run into the word before it, where a dump dropped the break ("Anna RothMittwoch, 5. Mai"): the
 * date's, not the name's. Written out only: a short form or a month may end a name ("LaMar", "DiMaggio").
 */
const FUSED_WEEKDAY = /(?<=\p{Ll})\p{Lu}\p{Ll}{4,}(?=[\s,.]|$)/gu;

const withoutFusedWeekday = (text: string) => text.replace(FUSED_WEEKDAY, (word) => (WEEKDAYS.has(word.toLowerCase()) ? '' : word));

/** A credit to another than the author opening the words ("Übersetzung Lena Hartwig", "Photos Tom Reed"): a label, not a first name. */
function opensWithOtherCredit(tokens: readonly string[], nameWords: NameWordPatterns): boolean {
  return tokens.length > 1 && nameWords.otherCredit.test(tokens[0]!);
}

/** A word of a button, a menu or a notice, alone or in a compound with a hyphen ("Tweet This", "Cookie-Einstellungen"). */
function holdsInterfaceWord(tokens: readonly string[], nameWords: NameWordPatterns): boolean {
  const { interfaceWord } = nameWords;
  return tokens.some((token) => token.split('-').some((part) => interfaceWord.test(part.replace(/\.$/u, ''))));
}

/**
 * Splits "Anna Smith and Bo Li" into names; undefined unless every part looks like a name:
 * capitalised words, with particles ("van", "de") inside but never first or last, none of
 * them the words of a menu, a button or a headline ("Tweet This", "Letters To The Editor"), and no
 * credit to another than the author first ("Übersetzung Lena Hartwig").
 */
export function parseNames(text: string, nameWords: NameWordPatterns, minTokens = 1): string[] | undefined {
  return readNames(text, nameWords, minTokens, true);
}

/**
 * True for a text shaped like names (capitalised words, particles inside), whatever the words: a
 * headline finder's test for a line that is no headline. "Tweet This" has that shape, and is no headline either.
 */
export function isNameShaped(text: string, nameWords: NameWordPatterns, minTokens = 1): boolean {
  return !!readNames(text, nameWords, minTokens, false);
}

function readNames(text: string, nameWords: NameWordPatterns, minTokens: number, personsOnly: boolean): string[] | undefined {
  // Soft hyphens break a word where a line may wrap ("Chris\u00ADti\u00ADne"); no part of a name.
  const firstLine = withoutFusedWeekday(text.replace(/\u00AD/gu, '').split('\n')[0]!).trim();
  const { separator, particle } = nameWords;
  // "& Herausgeber" after "Autoren": the second of two words of a menu entry, not the first of the names.
  if (personsOnly && /^[&,;]/u.test(firstLine)) return undefined;
  const parts = firstLine.split(separator).map((p) => undoubled(p.trim())).filter(Boolean);
  if (!parts.length || parts.length > 6) return undefined;
  for (const part of parts) {
    const tokens = part.split(/\s+/);
    if (tokens.length < minTokens || tokens.length > 5) return undefined;
    // A particle stands inside a name, never first or last ("zu Gast" is no name; "Ruud van der Berg" is).
    if (particle.test(tokens.at(-1)!) || particle.test(tokens[0]!)) return undefined;
    if (!tokens.every((t) => NAME_WORD.test(t) || particle.test(t))) return undefined;
    if (personsOnly && ((tokens.length > 1 && tokens.some((t) => FUSED_WORDS.test(t))) || holdsTitleCaseWord(tokens, nameWords) || holdsInterfaceWord(tokens, nameWords) || opensWithOtherCredit(tokens, nameWords))) return undefined;
  }
  // Beside full names, a one-word part is a role or an outlet ("Anna Smith, Online-Redaktion").
  const full = parts.filter((part) => part.split(/\s+/).length >= 2);
  // A stop after a whole word ends the line ("Tatyana Taylor."); after an initial it is the initial's.
  return (full.length ? full : parts).map((part) => part.replace(/(\p{L}{2,})\.$/u, '$1'));
}

/** A text written twice in a row, where a dump kept a link's text and its title ("Anna SmithAnna Smith", "Anna Smith Anna Smith"). */
const DOUBLED = /^(\S.{3,}?)\s*\1$/u;

function undoubled(text: string): string {
  return DOUBLED.exec(text)?.[1] ?? text;
}

/** A line in capitals only (a script with case, no lower-case letter). */
export const SHOUTED = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** News agency codes after a by-word, as credits write them: "det/dpa", "dsw / DPA", "APA/AP". */
export const AGENCIES = /^\p{L}{2,}(?:\s*\/\s*\p{L}{2,}){1,3}$/u;

/**
 * A role run into the last name when the dump dropped the break between them ("Evan
 * HarperStaff Writer"): a capital after three lower-case letters inside a word that is not the
 * first starts the role. Names that capitalise inside a word do it after one or two letters
 * ("McDonald", "LeVine"); a user name may run words together ("NetChef").
 */
const FUSED_ROLE = /(?<=\s\p{Lu}\p{L}*\p{Ll}{3})\p{Lu}/u;

export function withoutFusedRole(text: string): string {
  const fused = FUSED_ROLE.exec(text);
  return fused ? text.slice(0, fused.index).trim() : text;
}

/**
 * A name without the role written after it ("Tom Becker Science editor", "Anna Smith Redakteurin", "Luc
 * Martin Correspondant à Genève") or before it: the role after it starts at the name's third word at the earliest. A word before the
 * role is the role's when the role is in lower case ("Science editor") or the page writes that word in lower case.
 */
export function withoutRole(text: string, role: RegExp | undefined, words?: WordSet): string {
  if (!role) return text;
  const tokens = text.trim().split(/\s+/u);
  // "Redakteurin Anna Smith", "Garten-Expertin Eva Lorenz": a role before the name, alone or closing a compound.
  const before = tokens.length >= 3 && role.test(foldForMatch(tokens[0]!.split('-').at(-1)!));
  if (before) tokens.shift();
  const opensRole = (at: number) => role.test(foldForMatch(tokens.slice(at).join(' ')));
  for (let k = 2; k < tokens.length; k++) {
    const qualified = k + 1 < tokens.length && opensRole(k + 1) && (/^\p{Ll}/u.test(tokens[k + 1]!) || !!words?.has(tokens[k]!.toLowerCase()));
    if (opensRole(k) || qualified) return tokens.slice(0, k).join(' ');
  }
  return before ? tokens.join(' ') : text;
}

/** A user name: one token of letters, digits and dots, dashes or underscores (in CJK a run of characters is a phrase as often). */
const USER_NAME = /^(?=.*\p{L})[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}_.-]{2,30}$/u;

/**
 * A user name alone, as a page names its author after a label's colon ("Autor: b3t4x") or in the
 * link to the author's page ("[offene-worte.ch](…/author/offene-worte-ch/)"): no prose words asked.
 */
export function handleName(text: string): string[] | undefined {
  const handle = text.trim();
  return USER_NAME.test(handle) ? [handle] : undefined;
}

/** Words of a dump that a finder asks about (name-lines.ts gathers them only when first asked). */
export interface WordSet {
  has(word: string): boolean;
}

/**
 * A user name as a page writes it without a label's colon ("von flerche", "by Gabriele1"): one
 * handle with a digit and a lower-case letter, or in lower case and no word of the page's prose (a user name is written
 * in no sentence: "von anderen", "Autor werden" are). Not a domain: "von sportnetz.com" names a site.
 */
export function userName(text: string, proseWords: WordSet): string | undefined {
  const handle = text.trim();
  if (!USER_NAME.test(handle) || handle.includes('.')) return undefined;
  // "Gabriele1", "delta512"; a run of capitals and digits is a code ("CC7567", "RTX4090"), one that opens with a digit a hash ("53247a6").
  if (/\p{N}/u.test(handle) && /\p{Ll}/u.test(handle) && /^\p{L}/u.test(handle)) return handle;
  return /^\p{Ll}/u.test(handle) && !proseWords.has(handle) ? handle : undefined;
}

/** The user name of a line as a list of names, when it is one (the page's prose words tell it from a word; none known, only a handle with a digit is). */
export function userNames(text: string, proseWords: WordSet | undefined): string[] | undefined {
  const user = userName(text, proseWords ?? NO_WORDS);
  return user && (proseWords || /\p{N}/u.test(user)) ? [user] : undefined;
}

const NO_WORDS: WordSet = new Set();

/**
 * The names of a byline read from a line's text, each cut where the link over its start ends: a
 * Markdown dump runs the word after a link into it ("von [Anna Berg](…)in [Allgemeines](…)" reads
 * "Anna Bergin Allgemeines"), and a name is linked whole.
 */
export function namesCutAtLinks(block: Block, names: string[]): string[] {
  return names.map((name) => {
    const at = block.text.indexOf(name);
    const link = at < 0 ? undefined : block.links.find((l) => l.start <= at && l.end > at && l.end < at + name.length);
    return link && /\p{L}/u.test(block.text[link.end] ?? '') ? block.text.slice(at, link.end).trim() : name;
  });
}
