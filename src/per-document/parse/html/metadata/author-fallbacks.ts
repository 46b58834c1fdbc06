/**
 * Last-resort author sources for pages without byline markup, by-word lines or author tags:
 * a name ending a date line, the person a copyright notice names on a personal site, and a
 * signature paragraph after the article. Each reads as a person's name or gives nothing.
 */
import type { Element } from 'domhandler';
import { findDate } from '../../../../core/dates.js';
import { collapse, findFirst, textOf } from '../dom.js';
import { NAME_PARTICLE, looksLikeName } from './byline.js';
import { comparableText } from './comparable-text.js';

/**
 * A date (and time) line that ends in a name: "11.03.2022 | 09:25 Uhr | Ilka Vorbrügge",
 * "18.10.2022 - Bernd Kolbeck". CMS templates without byline markup print the author so,
 * beside the date; only numeric dates are read, and the name must look like one.
 */
const DATED_NAME = /^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2})(?:\s*[|,–—-]?\s*\d{1,2}:\d{2}(?:\s*uhr)?)?\s*[|–—·•-]\s*(\p{Lu}[^|–—·•\d]{2,58})$/iu;

/** The name at the end of a date line ("11.03.2022 | 09:25 Uhr | Ilka Vorbrügge" gives "Ilka Vorbrügge"), if it reads as a person's. */
export function nameAfterDate(text: string): string | undefined {
  const name = DATED_NAME.exec(text)?.[1]?.trim();
  return name && /\s/.test(name) && looksLikeName(name) ? name : undefined;
}

/** The opening of a copyright notice ("©", "(c)", "Copyright"), then any years ("2012-", "2019–2023"). */
const COPYRIGHT_OPENING = /^\s*(?:(?:copyright|©|\(c\))\s*)+(?:\d{4}\s*(?:[-–—]\s*(?:\d{4})?)?\s*)?(?:by\s+)?/i;
/** What says a notice is the site's own rather than a picture credit ("© Shutterstock"): a year or reserved rights. */
const NOTICE_MARK = /\d{4}|\b(?:rights|rechte|droits|derechos|diritti)\b/i;
/** A company or body, not a person: those hold the rights of most sites and are not the author. */
const CORPORATE_WORD = /\b(?:gmbh|ag|inc|ltd|llc|plc|corp|co|kg|ohg|e\.\s?v|sa|sarl|srl|bv|nv|media|medien|verlag|group|gruppe|press|news|publishing|network|foundation|stiftung|university|universität)\b\.?/i;

/**
 * The person a copyright notice names ("Copyright (c) 2012- Nathan Kowalczyk. All rights
 * reserved.", "(c) Matthias Brandl • Weitere Rechte siehe Impressum"): personal sites credit
 * their author only so. Companies, and notices without a year or rights (picture credits), give none.
 */
export function copyrightHolder(text: string): string | undefined {
  const opening = COPYRIGHT_OPENING.exec(text);
  if (!opening?.[0].trim() || !NOTICE_MARK.test(text)) return undefined;
  const holder = text.slice(opening[0].length).split(/\s*(?:[.|•·,;:–—]\s|[|•·]|\s-\s|\ball rights\b|\balle rechte\b|\btous droits\b)/i)[0]!.trim();
  if (!holder || CORPORATE_WORD.test(holder) || /\d/.test(holder)) return undefined;
  return isPersonName(holder) ? holder : undefined;
}

/** A text that reads as a person's full name: two or three words written as names are ("Henri Mallet", "Konrad von Pfalzel"). */
function isPersonName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => PERSON_WORD.test(w) || NAME_PARTICLE.test(w)) && looksLikeName(text);
}

/** A paragraph this long is prose; an article ends before a signature with at least twice as much. */
const PROSE_PARAGRAPH = 200;
/** Inline elements that set a signature off ("<p><em>Henri Mallet</em></p>"). */
const EMPHASIS = new Set(['em', 'i', 'strong', 'b']);

/**
 * The name a signature paragraph gives: a paragraph that holds a person's name and nothing
 * else, set off as signatures are (emphasised or right-aligned, or with the date on the line below), after the article's
 * paragraphs (right after one) and with less than a prose paragraph's text after it, not a link. Subheadings look alike but lead into prose.
 */
export function signatureName(p: Element): string | undefined {
  // a linked name in bold is a reference or a heading (wiki pages), not a signature
  if (p.children.length > 3 || findFirst(p, (c) => c.name === 'a')) return undefined;
  const setOff = isSetOff(p) ? textOf(p) : undefined;
  const text = setOff !== undefined && isPersonName(setOff) ? setOff : nameAboveDate(p);
  if (!text || text.length > 40) return undefined;
  // it follows the text directly: a label over a table or a quote box is no signature
  if (previousElement(p)?.name !== 'p') return undefined;
  const before = paragraphLengths(p, 'prev');
  const after = paragraphLengths(p, 'next');
  // a footnote may follow a signature, the article's next section may not
  return sum(before) >= 2 * PROSE_PARAGRAPH && sum(after) < PROSE_PARAGRAPH ? text : undefined;
}

/**
 * "<p>Jonas<br>3. März 2021</p>": a post signed off with the name and the day on the line below it.
 * The name may be a first name alone there, as the date line sets it off.
 */
function nameAboveDate(p: Element): string | undefined {
  const [name, br, date] = p.children;
  if (p.children.length !== 3 || br?.type !== 'tag' || (br as Element).name !== 'br' || name?.type !== 'text' || date?.type !== 'text') return undefined;
  const dateText = collapse((date as unknown as { data: string }).data);
  const nameText = collapse((name as unknown as { data: string }).data);
  const found = findDate(dateText);
  if (!found || found.text.length < dateText.length - 1) return undefined;
  return FIRST_NAME.test(nameText) || isPersonName(nameText) ? nameText : undefined;
}

/** A first name alone ("Jonas"): one capitalised word. */
const FIRST_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

/** Right-aligned, or all of its content inside emphasis. */
function isSetOff(p: Element): boolean {
  if (/^right$/i.test(p.attribs.align ?? '') || /text-align:\s*right/i.test(p.attribs.style ?? '')) return true;
  const content = p.children.filter((c) => c.type !== 'text' || (c as unknown as { data: string }).data.trim());
  return content.length === 1 && isEmphasis(content[0]!);
}

/** An emphasis element (the one child of a signature paragraph). */
function isEmphasis(node: Element['children'][number]): boolean {
  return node.type === 'tag' && EMPHASIS.has((node as Element).name);
}

/** The element sibling right before an element. */
function previousElement(el: Element): Element | undefined {
  for (let n = el.prev; n; n = n.prev) if (n.type === 'tag') return n as Element;
  return undefined;
}

/** The text lengths of the paragraphs before or after an element among its siblings. */
function paragraphLengths(el: Element, direction: 'prev' | 'next'): number[] {
  const lengths: number[] = [];
  for (let n = el[direction]; n; n = n[direction]) {
    if (n.type === 'tag' && (n as Element).name === 'p') lengths.push(textOf(n as Element).length);
  }
  return lengths;
}

function sum(ns: number[]): number {
  return ns.reduce((a, b) => a + b, 0);
}

/** A word of a person's name as written: capitalised, then lower case ("Kowalczyk", "Weber-Hollmann"); not "HR", "KunstSpeicher". */
const PERSON_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * True when the copyright holder is the person the site is about: the page title or the
 * site's host name names them ("… | Rainer Kolbitz", "rainerkolbitz.de"). Elsewhere a
 * person holding the rights is a photographer, an owner or a designer, not the author.
 */
export function ownsPersonalSite(holder: string, title: string | undefined, url: string | undefined): boolean {
  const letters = (s: string) => comparableText(s).replace(/[^\p{L}]/gu, '');
  const name = letters(holder);
  if (title && letters(title).includes(name)) return true;
  const host = url ? /^https?:\/\/([^/]+)/i.exec(url)?.[1] : undefined;
  return !!host && letters(host).includes(name);
}
