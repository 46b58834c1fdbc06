/**
 * Teaser items: one of a row of like boxes, each a linked headline over a short summary, that
 * point to other pages. The headline link is dropped as a stub anyway; the summary reads as prose
 * and would stay without this.
 */
import { Element } from 'domhandler';
import { findFirst } from './dom.js';
import { linkDensity, type Stats } from './score.js';

const ITEM_TAGS = new Set(['div', 'li', 'section', 'article']);
const HEADLINE = /^h[2-6]$/;
/** Longest teaser: a headline and a summary of a few sentences. */
const TEASER_MAX = 600;
/** Share of the headline's text inside links for it to point elsewhere. */
const HEADLINE_LINKED = 0.5;

export function isTeaserItem(el: Element, stats: Map<Element, Stats>): boolean {
  if (!ITEM_TAGS.has(el.name)) return false;
  const st = stats.get(el);
  if (!st || st.text > TEASER_MAX) return false;
  const headline = firstHeadline(el);
  if (!headline || linkDensity(stats.get(headline)) < HEADLINE_LINKED || linksWithinPage(headline)) return false;
  return hasLikeSibling(el);
}

/** The only headline of the box, when it comes before any paragraph. */
function firstHeadline(el: Element): Element | undefined {
  let found: Element | undefined;
  let seenText = false;
  const walk = (e: Element): boolean => {
    for (const c of e.children) {
      if (!(c instanceof Element)) continue;
      if (HEADLINE.test(c.name)) {
        if (found || seenText) return false;
        found = c;
      } else if (c.name === 'p') seenText = true;
      else if (!walk(c)) return false;
    }
    return true;
  };
  return walk(el) ? found : undefined;
}

/** A headline linking to a place on the same page is a section heading (a table of contents target), not a teaser. */
function linksWithinPage(headline: Element): boolean {
  return findFirst(headline, (e) => e.name === 'a' && (e.attribs.href ?? '').startsWith('#')) !== undefined;
}

/** Teasers come in rows: a sibling with the same tag and first class (the rest often numbers the item). */
function hasLikeSibling(el: Element): boolean {
  const kind = firstClass(el);
  for (const s of el.parent?.children ?? []) if (s !== el && s instanceof Element && s.name === el.name && firstClass(s) === kind) return true;
  return false;
}

function firstClass(el: Element): string {
  return (el.attribs.class ?? '').trim().split(/\s+/, 1)[0]!;
}
