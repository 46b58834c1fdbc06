/**
 * Chooses the publication date. The date shown next to the headline comes first, since meta
 * dates are often in UTC or are update dates; then JSON-LD, date <meta> tags, <time>
 * elements and date-classed elements; a date in the URL path fills a gap and settles a
 * one-day (time zone) difference. Dates labelled as updates lose to other dates.
 */
import type { Element } from 'domhandler';
import { UPDATE_LABEL, dateFromUrl, findDate, normalizeDate } from '../../../../core/dates.js';
import type { HeadingCandidate } from './title.js';

/** Class/id tokens of elements that show a date (or a meta line holding one): `date`, `post-meta`, `news-timedata`. */
export const DATE_TOKEN = /(?:^|[-_])(?:date|dates|time|datum|dateline|published|publish|pubdate|posted|post-?meta|entry-?meta|article-?meta|meta|byline|timestamp|created|(?:date|time)(?:data|info|stamp))(?:$|[-_])/;

/** How many elements before or after the headline a shown date may sit. */
const NEAR_BEFORE = 40;
const NEAR_AFTER = 150;

/** <meta> names that hold the publication date, in the order they are trusted. */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'publishdate', 'publish_date',
  'publish-date', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dcterms.created', 'dc.date.created', 'date', 'article.published', 'published_time', 'publication_date', 'citation_publication_date',
  'citation_date', 'og:published_time', 'release_date', 'created', 'cxenseparse:recs:publishtime', 'article_date_original',
  'originalpublicationdate', 'date_published', 'publishdatetime', 'pub_date', 'displaydate', 'og:pubdate', 'content_date',
];

/** A date shown on the page, with its element's position in document order. */
export interface ShownDate {
  seq: number;
  date: string;
  updated: boolean;
}

/** A <time> element's (or itemprop datePublished meta's) value, and whether it is marked as the publication date. */
export interface TimeValue {
  dt: string;
  pub: boolean;
}

/** A date labelled as an update ("Updated", "Aktualisiert"), by its text or class. */
export function isUpdateDate(el: Element, text: string): boolean {
  if (/updated|modified|aktualisiert/i.test(el.attribs.class ?? '') || el.attribs.itemprop === 'dateModified') return true;
  const m = UPDATE_LABEL.exec(text);
  if (!m) return false;
  // "Written: 2023-11-07 / Updated: …": the date read is the first, and a label after it is another date's
  const date = findDate(text);
  if (date && date.index < m.index) return false;
  // "Published … Updated …": the first date is the publication date
  const pub = /\b(?:published|veröffentlicht|erschienen|publié|publicado|pubblicato|posted|erstellt|written)\b/i.exec(text);
  return !pub || pub.index > m.index;
}

/** The date evidence gathered from the page. */
export interface DateEvidence {
  heads: HeadingCandidate[];
  /** Position in document order of each heading in `heads`. */
  headSeq: Map<HeadingCandidate, number>;
  /** The chosen title, to find the headline the shown date sits next to. */
  title: string | undefined;
  shown: ShownDate[];
  jsonLdPublished: string | undefined;
  /** <meta> contents by lower-cased name or property. */
  metas: Map<string, string>;
  times: TimeValue[];
  /** Texts of date-classed elements, in document order. */
  dateTexts: string[];
  htmlLang: string | undefined;
  /** The page's URL (canonical when known), for a date in its path. */
  url: string | undefined;
}

/** How close (in elements) two different dates stand in a list of teasers ("Latest posts", an archive). */
const LIST_SPACING = 12;

/**
 * A date with two other days' dates right beside it: a teaser list's, not the article's own.
 * (One other date beside it is the usual "Published … Updated …" pair.)
 */
function inDateList(date: ShownDate, shown: readonly ShownDate[]): boolean {
  const others = new Set(shown.filter((o) => o.date !== date.date && Math.abs(o.seq - date.seq) <= LIST_SPACING).map((o) => o.date));
  return others.size >= 2;
}

/** The date shown nearest the headline (after it preferred, updates last), if any is near enough. */
function dateNearHeadline({ heads, headSeq, title, shown }: DateEvidence): string | undefined {
  const titleHead = heads.find((h) => h.text === title && headSeq.has(h)) ?? heads.find((h) => h.kind === 'h1');
  const anchor = titleHead ? headSeq.get(titleHead) : undefined;
  if (anchor === undefined) return undefined;
  let best: ShownDate | undefined;
  let bestCost = Infinity;
  for (const d of shown) {
    if (inDateList(d, shown)) continue;
    const dist = d.seq - anchor;
    if (dist < -NEAR_BEFORE || dist > NEAR_AFTER) continue;
    const cost = Math.abs(dist) * (dist < 0 ? 2 : 1) + (d.updated ? 1000 : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = d;
    }
  }
  return best?.date;
}

/**
 * The date the page's markup declares as its publication date (JSON-LD, then the date <meta>
 * tags), and how many of these declarations name the same day.
 */
function declaredDate({ jsonLdPublished, metas }: DateEvidence): { date: string; votes: number } | undefined {
  const values = [jsonLdPublished, ...DATE_META.map((key) => metas.get(key))].map((v) => normalizeDate(v)).filter((v) => v !== undefined);
  const date = values[0];
  return date ? { date, votes: values.filter((v) => v.slice(0, 10) === date.slice(0, 10)).length } : undefined;
}

const DAY = 86_400_000;
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / DAY;

export function choosePublished(evidence: DateEvidence): string | undefined {
  const { times, dateTexts, htmlLang, url } = evidence;
  const declared = declaredDate(evidence);
  const shown = dateNearHeadline(evidence);
  // The shown date settles a time-zone difference of a day. Further apart, a date the markup
  // declares twice (JSON-LD and <meta>) is the publication, and the date beside the headline an
  // update's, a teaser's or an event's; one declaration alone is as often a modification date.
  const outvoted = shown && declared && declared.votes >= 2 && daysApart(shown, declared.date) > 1;
  let published = shown && !outvoted ? shown : declared?.date;
  if (!published) for (const t of times) if (t.pub && (published = normalizeDate(t.dt))) break;
  if (!published && times[0]) published = normalizeDate(times[0].dt);
  if (!published) for (const t of dateTexts) if ((published = findDate(t, { language: htmlLang })?.iso)) break;
  const urlDate = dateFromUrl(url);
  if (!published) published = urlDate;
  // a date in the URL is the publication day in the site's own time zone: it settles a one-day difference
  else if (urlDate && daysApart(urlDate, published) <= 1) published = urlDate;
  return published;
}
