/**
 * Chooses the page's title: the visible headline (h1, else h2/h3 or a title-classed element)
 * when it agrees with a declared title (JSON-LD headline, dc/og/twitter/parsely titles,
 * <title>), else the declared title. Headings are read without their kickers, and declared
 * titles are also tried without a site-name part, since both are common noise around titles.
 */
import { Element } from 'domhandler';
import { collapse, textOf } from '../dom.js';
import { spellsHost } from '../../../metadata/site-name.js';
import { comparableText } from './comparable-text.js';

/** Class names of headline elements that are not h1 (`entry__title`, `article-heading__title`, `headline`). */
export const TITLE_CLASS = /(?:^|[\s_-])(?:title|headline|heading)(?:$|[\s_-])/i;

/** Parts of a heading that are not the headline: kickers, rooflines, labels, screen-reader separators. */
const KICKER_CLASS = /(?:^|[\s_-])(?:kicker|dachzeile|topline|overline|roofline|eyebrow|supertitle|pre-?title|spitzmarke|label|visually-?hidden|visuallyhidden|sr-only|screen-?reader-?text)(?:$|[\s_-])/i;

/** A visible heading that may be the page's headline. */
export interface HeadingCandidate {
  text: string;
  /** `h1`; `h2` (or h3); `class` for an element whose class names a title or headline; `hidden` for an h1 hidden from view. */
  kind: 'h1' | 'h2' | 'class' | 'hidden';
}

/** A heading's text without its kicker or label parts (when something is left). */
export function headingText(el: Element): string {
  let stripped = false;
  const parts: string[] = [];
  const walk = (n: Element): void => {
    for (const c of n.children) {
      if (c instanceof Element) {
        if (c.name === 'script' || c.name === 'style') continue;
        if (KICKER_CLASS.test(c.attribs.class ?? '')) {
          stripped = true;
          parts.push(' ');
          continue;
        }
        if (c.name === 'br') parts.push(' ');
        walk(c);
      } else if (c.type === 'text') parts.push((c as unknown as { data: string }).data);
    }
  };
  walk(el);
  const rest = collapse(parts.join(''));
  return stripped && comparableText(rest) ? rest : textOf(el);
}

/** An h1 kept for screen readers or crawlers only. */
export function isHiddenHeading(el: Element): boolean {
  return el.attribs.hidden !== undefined || /(?:^|\s)(?:visually-?hidden|visuallyhidden|sr-only|screen-?reader-?text|hidden|hide|d-none|offscreen)(?:$|\s)/i.test(el.attribs.class ?? '');
}

/** Spaced separators between a title's parts; │ (box drawing) stands in for a bar on some sites. */
const TITLE_SEPARATORS = /\s+[|│\-–—:·»«/•]\s+|\s+::\s+/;
/** A title separator at the start of the rest of a title. */
const LEADING_SEPARATOR = new RegExp(`^(?:${TITLE_SEPARATORS.source})`);

/** A separator left dangling at either end of a title ("Headline -" when the site name was empty); not « », which quote. */
const DANGLING_SEPARATOR = /^\s*[|\-–—:·/•]+\s+|\s+[|\-–—:·/•]+\s*$/g;
/** A publication date written before a title ("23.01.2022 - Headline", "2022-01-23 | Headline"). */
const LEADING_DATE = /^\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2})\s*[|\-–—:·•]\s+/;
/** The comparable form of a date after a headline ("… Region 02.02.2022 • News"): a post-meta line inside the heading. */
const COMPARABLE_DATE_START = /^(?:\d{1,2} \d{1,2} \d{2,4}|\d{4} \d{2} \d{2})\b/;

/** A title without a dangling separator or a date written before it. */
function tidyTitle(title: string): string {
  return collapse(title).replace(DANGLING_SEPARATOR, '').replace(LEADING_DATE, '').trim();
}

/** Removes a site-name part (" | Site", "Site - ") from a <title>. */
export function stripSiteName(title: string, site?: string): string {
  const parts = title.split(TITLE_SEPARATORS).map((p) => p.trim());
  if (parts.length < 2) return title;
  const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (site) {
    const ns = norm(site);
    const kept = parts.filter((p) => norm(p) !== ns && !(ns && norm(p).length > 2 && ns.includes(norm(p)) && p.split(' ').length <= 3));
    if (kept.length && kept.length < parts.length) return rejoin(title, kept);
  }
  const seps = [...title.matchAll(new RegExp(TITLE_SEPARATORS.source, 'g'))];
  const last = seps[seps.length - 1]!;
  const head = title.slice(0, last.index).trim();
  const tail = title.slice(last.index! + last[0].length).trim();
  if (head.split(/\s+/).length >= 3 && tail.split(/\s+/).length <= 5) return head;
  const first = seps[0]!;
  const before = title.slice(0, first.index).trim();
  const after = title.slice(first.index! + first[0].length).trim();
  if (before.split(/\s+/).length <= 3 && after.split(/\s+/).length >= 4) return after;
  return title;
}

/** The kept parts of a title, as written in it when they are contiguous. */
function rejoin(title: string, kept: string[]): string {
  if (kept.length === 1) return kept[0]!;
  const first = title.indexOf(kept[0]!);
  const lastPart = kept[kept.length - 1]!;
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return first >= 0 && end > first ? title.slice(first, end) : kept.join(' - ');
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Readability's reading of a <title>: the part before the last separator, unless that leaves too little. */
export function readabilityTitle(orig: string): string {
  let cur = orig;
  let hierarchical = false;
  const SEP = / [|\-–—\\/>»] /g;
  if (/ [|\-–—\\/>»] /.test(cur)) {
    hierarchical = / [\\/>»] /.test(cur);
    const all = [...orig.matchAll(SEP)];
    cur = orig.slice(0, all[all.length - 1]!.index);
    if (wordCount(cur) < 3) cur = orig.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, '');
  } else if (cur.includes(': ')) {
    const after = cur.slice(cur.lastIndexOf(':') + 1);
    cur = wordCount(after) < 3 ? cur.slice(cur.indexOf(':') + 1) : after;
    if (wordCount(orig.slice(0, orig.indexOf(':'))) > 5) cur = orig;
  }
  cur = collapse(cur);
  const n = wordCount(cur);
  if (n <= 4 && (!hierarchical || n !== wordCount(orig.replace(/[|\-–—\\/>»]+/g, '')) - 1)) cur = orig;
  return cur;
}

/** Comparable forms computed for the current chooseTitle call: its loops compare the same few titles and headings many times. */
const comparableCache = new Map<string, string>();

function comparable(s: string): string {
  let c = comparableCache.get(s);
  if (c === undefined) {
    c = comparableText(s);
    comparableCache.set(s, c);
  }
  return c;
}

/**
 * The page's headline when a masthead heading spells the site part at the end of a declared
 * title and a later heading spells the page part before it ("Kleine Wolkenkunde | Flauschi –
 * Webcomic", with an h1 "Flauschi – Webcomic" above an h1 "Kleine Wolkenkunde").
 */
function headingAfterMasthead(headings: string[], titles: string[]): string | undefined {
  let headingForms: string[] | undefined;
  for (const title of titles) {
    const parts = title.split(TITLE_SEPARATORS).map(comparable).filter(Boolean);
    if (parts.length < 2) continue;
    headingForms ??= headings.map(comparable);
    // runs of parts, since a site name or a headline may hold a separator itself
    const pagePart = new Set(parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join(' ')));
    const sitePart = new Set(parts.slice(1).map((_, i) => parts.slice(i + 1).join(' ')));
    let mastheadSeen = false;
    for (const [i, nh] of headingForms.entries()) {
      if (sitePart.has(nh)) mastheadSeen = true;
      else if (mastheadSeen && pagePart.has(nh)) return headings[i];
    }
  }
  return undefined;
}

/** Separators of a breadcrumb title ("Site » Section » Page"), whose last part is the page. */
const HIERARCHY_SEPARATOR = /\s+[»>/]\s+/;

/** A site's name heading a breadcrumb title is short; a longer first part is the headline ("Headline / Section / Site"). */
const MASTHEAD_WORDS = 4;

/**
 * A masthead heading that spells a part of the <title>, and the page's part beside it:
 * the end part when the site-name cut of the <title> falls inside the heading ("Leise Wellen -
 * Tanzschule - Nordhafen" with the h1 "Tanzschule - Nordhafen"), or the start part of a
 * breadcrumb title whose last part, longer than the heading, is the page ("Hafenblog » Archiv »
 * Leise Wellen über dem Kai").
 */
function mastheadHeading(tag: string, headings: string[], metas: string[], site: string | undefined): { heading: string; page: string } | undefined {
  const seps = [...tag.matchAll(new RegExp(TITLE_SEPARATORS.source, 'g'))];
  if (!seps.length) return undefined;
  const cut = comparable(stripSiteName(tag, site));
  for (const heading of headings) {
    const nh = comparable(heading);
    // a heading that a declared title (og:title…) spells is the headline, not the masthead
    if (!nh || metas.some((m) => comparable(m) === nh)) continue;
    for (const sep of seps) {
      const before = tag.slice(0, sep.index).trim();
      const after = tag.slice(sep.index! + sep[0].length).trim();
      if (comparable(after) === nh && cut !== comparable(tag) && cut.startsWith(comparable(before)) && wordCount(before) >= 2) return { heading, page: before };
      if (comparable(before) === nh && HIERARCHY_SEPARATOR.test(after)) {
        const page = after.split(HIERARCHY_SEPARATOR).pop()!.trim();
        if (wordCount(heading) <= MASTHEAD_WORDS && wordCount(page) > wordCount(heading)) return { heading, page };
      }
    }
  }
  return undefined;
}

/** A subtitle run on after a headline: a colon or a spaced dash, then words ("…: simply delicious!"). */
const SUBTITLE_START = /^\s*(?::|\s[–—-])\s+\p{L}/u;

/**
 * True when a heading is the declared title followed by a subtitle: the heading as shown is the
 * headline then, where a kicker before the declared part is not.
 */
function hasSubtitleAfter(heading: string, declared: string): boolean {
  if (!heading.toLowerCase().startsWith(declared.toLowerCase())) return false;
  const rest = heading.slice(declared.length);
  return SUBTITLE_START.test(rest) && !COMPARABLE_DATE_START.test(comparable(rest));
}

/** True when two spellings differ in their dashes only (hyphen, en dash, em dash). */
function sameButDashes(a: string, b: string): boolean {
  const dashless = (x: string) => x.replace(/[-–—]/g, '-');
  return a !== b && dashless(a) === dashless(b);
}

/** True when a heading is the site-name part at the end of a declared title ("Headline | Site"). */
function isSitePartOf(heading: string, title: string, site: string | undefined): boolean {
  return stripSiteName(title, site) !== title && comparable(title).endsWith(comparable(heading));
}

/**
 * True when a title is the heading plus more that no spaced separator sets apart
 * ("林晓雨_百度百科"): such a title is read whole, as both Readability and trafilatura do.
 */
function extendsWithoutSeparator(heading: string, title: string): boolean {
  if (!title.startsWith(heading) || title.length === heading.length) return false;
  return !LEADING_SEPARATOR.test(title.slice(heading.length));
}

/** Share of words two titles have in common (0-1). */
function wordOverlap(a: string, b: string): number {
  const A = new Set(comparable(a).split(' '));
  const B = new Set(comparable(b).split(' '));
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter || 1);
}

/**
 * The visible headline when it agrees with the page's declared titles (a kicker or a site
 * suffix removed), else the declared title, else the <title> read the Readability way.
 * Titles are read without dangling separators and leading dates; a heading below a masthead
 * that spells the <title>'s site part wins first.
 * Every h1 is tried before any h2 or title-classed element, and exact agreement before
 * containment, so a blog's site-name h1 does not beat the post's own h1.
 */
export function chooseTitle(heads: (string | HeadingCandidate)[], declared: (string | undefined)[], titleTag: string | undefined, site: string | undefined, host?: string): string | undefined {
  comparableCache.clear();
  const cands = heads
    .map((h) => (typeof h === 'string' ? { text: h, kind: 'h1' as const } : h))
    .map((h) => ({ ...h, text: tidyTitle(h.text) }))
    .filter((h) => comparable(h.text));
  const metas = declared.filter((x): x is string => !!x && !!tidyTitle(x)).map(tidyTitle);
  const tag = titleTag ? tidyTitle(titleTag) : '';
  const raws = tag ? [...metas, tag] : metas;
  const variants: string[] = [];
  for (const x of raws) {
    variants.push(x);
    const a = stripSiteName(x, site);
    if (a !== x) variants.push(a);
    const b = readabilityTitle(x);
    if (b !== x) variants.push(b);
  }
  const nsite = site ? comparable(site) : '';
  const pageOfSite = headingAfterMasthead(cands.filter((h) => h.kind !== 'hidden').map((h) => h.text), raws);
  if (pageOfSite) return pageOfSite;
  const masthead = tag ? mastheadHeading(tag, cands.filter((h) => h.kind === 'h1').map((h) => h.text), metas, site) : undefined;
  const h1s = cands.filter((h) => h.kind === 'h1' && h.text !== masthead?.heading).map((h) => h.text);
  const groups = [h1s, cands.filter((h) => h.kind === 'h2' || h.kind === 'class').map((h) => h.text), cands.filter((h) => h.kind === 'hidden').map((h) => h.text)];
  for (const group of groups) {
    const usable = group.filter((h) => comparable(h) !== nsite && h !== masthead?.heading);
    // exact agreement with a declared title
    for (const h of usable) {
      const nh = comparable(h);
      if (variants.some((v) => comparable(v) === nh)) {
        // the declared spelling when it says the same with other quotes; the heading's when only
        // dashes differ, since declared titles write " - " for any dash (it is their separator)
        const raw = metas.find((m) => comparable(m) === nh);
        return raw && sameButDashes(raw, h) ? h : (raw ?? h);
      }
    }
    // a heading holding a declared title plus a kicker: the declared part
    for (const h of usable) {
      const nh = comparable(h);
      let best: string | undefined;
      for (const v of variants) {
        const nv = comparable(v);
        const mostOfIt = nv.length >= nh.length * 0.6 || (nh.startsWith(nv) && COMPARABLE_DATE_START.test(nh.slice(nv.length).trim()));
        if (nv && nh.includes(nv) && wordCount(nv) >= 2 && mostOfIt && (!best || nv.length > comparable(best).length)) best = v;
      }
      if (best) return hasSubtitleAfter(h, best) ? h : best;
    }
    // a declared title holding the heading plus a site name or a kicker: the heading
    for (const h of usable) {
      const nh = comparable(h);
      if (wordCount(h) >= 2 && variants.some((v) => comparable(v).includes(nh))) return h;
    }
  }
  let best: string | undefined;
  let bestScore = 0;
  const extended = (h: string) => raws.some((x) => extendsWithoutSeparator(h, x));
  for (const h of h1s.filter((x) => !extended(x))) {
    for (const x of raws) {
      const sc = wordOverlap(h, x);
      if (sc > bestScore) {
        bestScore = sc;
        best = h;
      }
    }
  }
  if (best && bestScore >= 0.5) return best;
  if (masthead) return masthead.page;
  // one visible h1 that is not the site's name: the headline, whatever the declared titles say
  const own = h1s.filter((h) => comparable(h) !== nsite && !extended(h) && !raws.some((x) => isSitePartOf(h, x, site)));
  // a one-word h1 only against a composite <title> ("Geschichte - Chor Ulm") or one that is the site's name:
  // another one-part <title> may be the better-worded headline
  const tagIsSiteName = !!tag && (comparable(tag) === nsite || (!!host && spellsHost(tag, host)));
  if (own.length === 1 && h1s.length === 1 && (wordCount(own[0]!) >= 2 || !tag || TITLE_SEPARATORS.test(tag) || tagIsSiteName)) return own[0];
  if (metas[0]) return metas[0];
  if (tag) return readabilityTitle(tag);
  return h1s.length === 1 ? h1s[0] : undefined;
}
