/**
 * Bylines whose names are links, as Markdown dumps keep them: a byline of linked names, a link to
 * the author's page (in the head, or alone on its line under the article), and names on the lines
 * below a by-word left alone (the link around the name broke the line).
 */
import type { Block, InlineLink } from '../../core/document.js';
import { findDate } from '../../core/dates.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { withoutDateLineExtras } from './dump-date.js';
import { SHOUTED, handleName, parseNames } from './names.js';
import { markHeadLine, type DumpHead, type HeadPatterns } from './dump-head.js';
import type { NameWordPatterns } from './name-words.js';
import type { FoundByline } from './dump-byline.js';

/**
 * A line that is nothing but a full name linking to the author's page, anywhere in the dump: the
 * author box under the article, or a photo and the name in one link (turndown keeps the name on a
 * line of its own). Not one of a list of such lines. Claims it.
 */
export function authorPageLine(head: DumpHead, nameWords: NameWordPatterns): FoundByline | undefined {
  for (const block of head.blocks) {
    const [link] = block.links;
    if (head.taken.has(block.index) || block.links.length !== 1 || link!.start !== 0 || link!.end !== block.text.length) continue;
    const found = nameWords.authorPage.test(link!.href) && !linksAuthorBeside(head.blocks, block, nameWords) ? parseNames(block.text, nameWords, 2) : undefined;
    if (found?.length !== 1) continue;
    markHeadLine(head, block, 'metadata/byline-author-link');
    return { names: found };
  }
  return undefined;
}

/** True when a line beside this one links to an author's page too: a menu or a list of the site's authors. */
function linksAuthorBeside(blocks: readonly Block[], block: Block, nameWords: NameWordPatterns): boolean {
  const linksAuthor = (b: Block | undefined) => !!b?.links.some((l) => nameWords.authorPage.test(l.href));
  return linksAuthor(blocks[block.index - 1]) || linksAuthor(blocks[block.index + 1]);
}

/** The mark of an author's affiliation, a link after the name ("1", "1,2", "*"). */
const AFFILIATION_MARK = /^(?:\d{1,2}(?:\s*,\s*\d{1,2})*|\*)$/u;

/** What may stand between a linked name and its date: nothing, a separator or a short word ("On", "am", "le"). */
const NAME_DATE_GAP = /^\s*(?:[|·•,–—-]|\p{L}{1,3})?\s*$/u;

/** A separator, then how long ago the post went up, ending the line: "• 8h", "· 3 hours ago", "| vor 2 Stunden", "— hace 5 minutos". */
const POST_AGE = /^\s*[|·•–—-]\s*(?:\d{1,2}\s?(?:min|[smhdw])|\d{1,2}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|(?:vor|hace|il y a|há)\s+\d{1,2}\s+\p{L}+)\s*$/iu;

/** A name as a user shows it, up to three words ("Rafiq hassan"): what a link to an author's page says is the name. */
const DISPLAY_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,2}$/u;

/**
 * A link to the author's page in the head, as Markdown dumps with the page's links keep it: the
 * link's text is the author as the page names them, a user name too ("[Richard Ames](…/profile/richardames)
 * Education editor", "[offene-worte.ch](…/author/offene-worte-ch/)"). Not one of a menu of the site's authors.
 */
export function authorPageLink(blocks: readonly Block[], block: Block, language: string | undefined, nameWords: NameWordPatterns): FoundByline | undefined {
  const first = block.links.findIndex((l) => nameWords.authorPage.test(l.href));
  const link = block.links[first];
  if (!link || block.text.length > 200 || wordCount(block.text.slice(0, link.start)) > 8) return undefined;
  // "By" / "[David Berg](…)" / "and" / "[Ramsey Haddad](…)": names on lines of their own are read below their by-word.
  const joined = (b: Block | undefined) => !!b && nameWords.lineJoiner.test(b.text.trim());
  if (linksAuthorBeside(blocks, block, nameWords) || joined(blocks[block.index - 1]) || joined(blocks[block.index + 1])) return undefined;
  // "[Lina Haddad](…/staff/…), [Samira Nour Aziz](…/staff/…)": each author's link, joined by a comma or a word.
  const names: string[] = [];
  let end = link.start;
  for (const next of block.links.slice(first)) {
    if (!nameWords.authorPage.test(next.href) || (names.length && !nameWords.linkJoiner.test(block.text.slice(end, next.start)))) break;
    const text = block.text.slice(next.start, next.end).trim();
    const found = parseNames(text, nameWords, 2) ?? handleName(text) ?? (DISPLAY_NAME.test(text) ? [text] : undefined);
    if (!found || !spelledBySlug(text, next.href)) break;
    names.push(...found);
    end = next.end;
  }
  return names.length ? { names, published: findDate(block.text, { language })?.iso } : undefined;
}

/** Letters only, without accents ("Müller" -> "muller"). */
const bareLetters = (text: string) => foldForMatch(text).normalize('NFD').replace(/[^\p{L}\s]/gu, '');

/**
 * True unless the last part of the link's path spells words none of which begins a word of the
 * text: "[View profile](…/author/anna-smith)" names no one; a numeric id ("…/author/1234") says nothing.
 */
function spelledBySlug(text: string, href: string): boolean {
  const path = href.replace(/[?#].*$/u, '').replace(/\/+$/u, '');
  let slug: string;
  try {
    slug = bareLetters(decodeURIComponent(path.slice(path.lastIndexOf('/') + 1))).replace(/\s/gu, '');
  } catch {
    return true; // a malformed escape: judge by the text alone
  }
  if (slug.length < 3) return true;
  return bareLetters(text).split(/\s+/u).some((word) => word.length >= 3 && slug.includes(word.slice(0, 3)));
}

/**
 * A byline whose names are links, as Markdown dumps keep them: "By [Evan Harper](#)Staff Writer",
 * "von [Jonas Rehfeld](…), [Redaktion](…)", "[Mara Lee Tannberg](#)November 6, 2023". The link
 * text is the name, up to where the link ends: the text run into it is a role or the date.
 */
export function linkedByline(block: Block, patterns: HeadPatterns, language: string | undefined) {
  const { byline, nameWords } = patterns;
  const [first] = block.links;
  if (!first || block.text.length > 200 || block.text.includes('\n')) return undefined;
  const before = block.text.slice(0, first.start).trim();
  // The by-word before the link or inside it ("[By **Martin Ebeling**](…) On 12. Dezember 2022").
  const inside = !before ? byline?.exec(`${foldForMatch(block.text.slice(first.start, first.end))} `) : undefined;
  const prefix = before ? byline?.exec(`${foldForMatch(before)} `) : undefined;
  const byWord = !!inside || (!!prefix && prefix[0].trim().length >= foldForMatch(before).length);
  let dated = false;
  if (!byWord && !before) {
    // "[Mara Lee Tannberg](#)November 6, 2023": a date right after the name (run into it, without a word boundary).
    const after = findDate(block.text.slice(first.end), { language });
    // "[Anna Berg](#) • 8h": a post's age beside the name says the same.
    dated = (!!after && NAME_DATE_GAP.test(block.text.slice(first.end, first.end + after.index))) || POST_AGE.test(block.text.slice(first.end));
  } else if (!byWord) {
    // "23.06.2016 um 16:14 Uhr - [Markus Reiter](#) - [91 Ergänzungen](#)": the date, then the name.
    const leading = findDate(before, { language });
    dated = leading?.index === 0 && !withoutDateLineExtras(before.slice(leading.text.length)).replace(/^[\s|·•,–—-]+/u, '');
  }
  // "[Karim H. Saleh](#)[1](#)": the authors of a paper, each with the marks of their affiliations.
  const mark = (link: InlineLink | undefined) => !!link && AFFILIATION_MARK.test(block.text.slice(link.start, link.end));
  const affiliated = !before && mark(block.links[1]) && block.links[1]!.start === first.end;
  if (!byWord && !dated && !affiliated) return undefined;
  const names: string[] = [];
  let end = first.end;
  for (const link of block.links) {
    if (mark(link) && link.start === end) {
      end = link.end;
      continue;
    }
    if (link !== first && !nameWords.linkJoiner.test(block.text.slice(end, link.start))) break;
    const start = link === first && inside ? link.start + inside[0].length : link.start;
    const found = parseNames(block.text.slice(start, link.end).trim(), nameWords, byWord ? 1 : 2);
    if (!found) break;
    names.push(...found);
    end = link.end;
  }
  if (!names.length) return undefined;
  const date = findDate(block.text, { language }) ?? findDate(block.text.slice(first.end), { language });
  return { names, published: date?.iso };
}

/** The end of a link whose opening bracket stands on an earlier line: "Simon Brasse](https://…)". */
const LINK_TAIL = /\]\([^()\s]*\)\s*$/u;

/**
 * The names on the lines below a by-word left alone on its line ("By" / "David Berg" / "and" /
 * "Ramsey Haddad", "Auteur" / "Uriel Garnier"): the link around the name broke the line.
 */
export function namesBelowLabel(blocks: readonly Block[], block: Block, patterns: HeadPatterns) {
  const { bylineLabel: label, nameWords } = patterns;
  if (!label || wordCount(block.text) > 4 || !label.test(foldForMatch(block.text))) return undefined;
  // "Photos by" / "Anna Smith": a credit to another than the author.
  const folded = foldForMatch(block.text);
  if (nameWords.otherCredit.test(folded.slice(0, label.exec(folded)!.index))) return undefined;
  const names: string[] = [];
  const lines: Block[] = [];
  for (let i = block.index + 1; i < blocks.length; i += 2) {
    // "Von" / "[" / "Simon Brasse](…)": a link around a dropped photo and the name, cut where the photo stood.
    const opened = blocks[i]?.text.trim() === '[' ? blocks[i++] : undefined;
    const line = blocks[i];
    if (!line) break;
    const text = opened ? line.text.replace(LINK_TAIL, '') : line.text;
    // Below a by-word alone the name may be a heading: a link around a photo and the name ("von" / "## Ursula Bauer");
    // a linked name may be a list item ("Tipps von" / "-   [Marie Jansen](#)").
    const sameKind = ['paragraph', 'list-item', block.type].includes(line.type) || (line.type === 'heading' && wordCount(block.text) === 1);
    const found = sameKind && wordCount(text) <= 6 && !SHOUTED.test(text) ? parseNames(text, nameWords, 2) : undefined;
    if (!found) break;
    names.push(...found);
    if (opened) lines.push(opened);
    lines.push(line);
    const joiner = blocks[i + 1];
    if (!joiner || !nameWords.lineJoiner.test(joiner.text.trim())) break;
    lines.push(joiner);
  }
  return names.length ? { names, lines } : undefined;
}
