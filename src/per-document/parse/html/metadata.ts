/**
 * Page metadata from structured evidence: JSON-LD, OpenGraph and other <meta> tags, <time>,
 * byline elements, <html lang>, canonical link. Runs on the tree before cleaning.
 */
import { Element, type Document } from 'domhandler';
import type { Metadata } from '../../../core/document.js';
import { collapse, findAll, parseHtml, textOf, tokensOf } from './dom.js';

interface LdInfo {
  headline?: string;
  authors: string[];
  published?: string;
  publisher?: string;
  language?: string;
  url?: string;
  description?: string;
}

const ARTICLE_TYPES = /^(?:newsarticle|article|blogposting|reportagenewsarticle|report|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|scholarlyarticle|techarticle|socialmediaposting|liveblogposting|posting|review|medicalwebpage|medicalscholarlyarticle|creativework)$/;
const PAGE_TYPES = /^(?:webpage|itempage|aboutpage|collectionpage|profilepage|qapage|faqpage)$/;

function typesOf(obj: Record<string, unknown>): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t.toLowerCase().replace(/^.*[/#:]/, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(/^.*[/#:]/, ''));
  return [];
}

function parseLenient(text: string): unknown {
  const src = text.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
  try {
    return JSON.parse(src);
  } catch {
    try {
      // control characters in strings, trailing commas
      return JSON.parse(src.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([\]}])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function flattenLd(value: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) flattenLd(v, out, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  out.push(obj);
  if (obj['@graph']) flattenLd(obj['@graph'], out, depth + 1);
  if (obj.mainEntity && typeof obj.mainEntity === 'object') flattenLd(obj.mainEntity, out, depth + 1);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return collapse(v) || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o['@value'] ?? o.name);
  }
  return undefined;
}

function namesOf(v: unknown, byId: Map<string, Record<string, unknown>>, depth = 0): string[] {
  if (depth > 4 || v == null) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => namesOf(x, byId, depth + 1));
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typesOf(o).some((t) => /organization|corporation|newsmedia/.test(t))) return [];
    if (typeof o.name === 'string') return [o.name];
    if (Array.isArray(o.name)) return namesOf(o.name, byId, depth + 1);
    const id = o['@id'];
    if (typeof id === 'string' && byId.has(id) && byId.get(id) !== o) return namesOf(byId.get(id), byId, depth + 1);
  }
  return [];
}

function jsonLd(doc: Document): LdInfo {
  const info: LdInfo = { authors: [] };
  const objects: Record<string, unknown>[] = [];
  for (const s of findAll(doc, (el) => el.name === 'script' && /ld\+json/i.test(el.attribs.type ?? ''))) {
    const raw = s.children.map((c) => ('data' in c ? (c as { data: string }).data : '')).join('');
    if (raw.length > 2_000_000) continue;
    flattenLd(parseLenient(raw), objects);
  }
  if (!objects.length) return info;
  const byId = new Map<string, Record<string, unknown>>();
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'] as string, o);
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  const page = objects.find((o) => typesOf(o).some((t) => PAGE_TYPES.test(t)));
  const main = article ?? page;
  if (main) {
    info.headline = str(main.headline) ?? (article ? str(main.name) : undefined);
    info.authors = namesOf(main.author ?? main.creator, byId).map(collapse).filter(Boolean);
    info.published = str(main.datePublished) ?? str(main.dateCreated) ?? str(main.uploadDate);
    info.publisher = namesOf(main.publisher, byId)[0];
    info.language = str(main.inLanguage);
    info.url = str(main.url);
    info.description = str(main.description);
    if (!info.published && page && page !== main) info.published = str(page.datePublished);
  }
  if (!info.publisher) {
    const org = objects.find((o) => typesOf(o).some((t) => t === 'newsmediaorganization' || t === 'organization'));
    const site = objects.find((o) => typesOf(o).includes('website'));
    info.publisher = str(site?.name) ?? str(org?.name);
  }
  return info;
}

/** Normalises a date string to ISO 8601 (date or date-time); undefined when unreadable. */
const MONTHS: Record<string, number> = {};
[
  ['jan', 'januar', 'janvier', 'enero', 'gennaio', 'janeiro', 'stycznia', 'styczeń', 'januari', 'jänner'],
  ['feb', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'lutego', 'februari'],
  ['mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marca', 'maart'],
  ['apr', 'april', 'avril', 'abril', 'aprile', 'kwietnia'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'maja', 'mei'],
  ['jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca'],
  ['jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca'],
  ['aug', 'august', 'août', 'aout', 'agosto', 'sierpnia', 'augustus'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'settembre', 'setembro', 'września', 'wrzesnia'],
  ['oct', 'okt', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'października', 'pazdziernika'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'listopada'],
  ['dec', 'dez', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'grudnia', 'december'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
MONTHS.january = 1;
MONTHS.february = 2;
MONTHS.march = 3;
MONTHS.june = 6;
MONTHS.july = 7;
MONTHS.october = 10;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
function valid(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!valid(y, mo, d)) return undefined;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    return m[4] ? `${date}T${m[4].length === 4 ? '0' + m[4] : m[4]}${m[5] ?? ''}` : date;
  }
  m = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m && valid(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  return findDateInText(s);
}

/** Finds a date in free text: `12.03.2019`, `March 12, 2019`, `12 mars 2019`, `2019-03-12`. */
export function findDateInText(s: string, dayFirst = false): string | undefined {
  let m = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(s);
  if (m && valid(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/.exec(s);
  if (m && valid(Number(m[3]), Number(m[2]), Number(m[1]))) return `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  m = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    // US order unless the first number cannot be a month or the page's language writes the day first
    if ((a > 12 || (dayFirst && b <= 12)) && valid(y, b, a)) return `${y}-${pad(b)}-${pad(a)}`;
    if (valid(y, a, b)) return `${y}-${pad(a)}-${pad(b)}`;
  }
  const lower = s.toLowerCase();
  m = /([\p{L}]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u.exec(lower);
  if (m && MONTHS[m[1]!] && valid(Number(m[3]), MONTHS[m[1]!]!, Number(m[2])))
    return `${m[3]}-${pad(MONTHS[m[1]!]!)}-${pad(Number(m[2]))}`;
  m = /(?<!\d)(\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?([\p{L}]{3,12})\.?,?\s+(?:de\s+)?(\d{4})/u.exec(lower);
  if (m && MONTHS[m[2]!] && valid(Number(m[3]), MONTHS[m[2]!]!, Number(m[1])))
    return `${m[3]}-${pad(MONTHS[m[2]!]!)}-${pad(Number(m[1]))}`;
  return undefined;
}

const BYLINE_PREFIX = /^(?:view all posts by|all posts by|more from|articles by|posts by|ein (?:beitrag|artikel) von|(?:written|posted|published|reported|text|story|words|photos?)\s+)?\s*(?:by|von|par|por|di|door|av|af|przez|autor(?:in)?|author|auteur|verfasst von|geschrieben von)\s*:?\s+/i;
const NOT_A_NAME = /^(?:staff|admin|administrator|editor|the editors|guest|anonymous|unknown|null|undefined|no author|posted|published|publiziert|veröffentlicht|publié|written|autor|author|by|von|am|on|share|teilen)(?:\s+(?:by|von|am|on|par|le))?$/i;

/** Labels written before a name: roles ("FOCUS-Online-Experte"), kinds of piece ("Interview:", "Eine Kolumne von"), forum roles. */
const BYLINE_LABEL =
  /^(?:[|/•·:–—-]\s*)?(?:(?:[\p{L}]+-)*(?:experte|expertin|gastautor|gastautorin|redakteur|redakteurin|korrespondent|korrespondentin|kolumnist|kolumnistin)|themenstarter(?:in)?|(?:text|interview|fotos?|bilder|protokoll|recherche|redaktion|quelle|source|escribe|escrito por|written by|words|reporting)(?:\s*(?:,|und|&|and|\/)\s*(?:text|interview|fotos?|bilder|protokoll|recherche|redaktion))*\s*:|(?:artikel|beitrag|eine kolumne|ein gastbeitrag|ein kommentar|eine analyse|ein interview|erstellt|veröffentlicht|verfasst|geschrieben|text|fotos?|interview|kommentar|analyse|kolumne|gastbeitrag|publicado|escrito|escribe|publié|écrit)\s+(?:von|by|par|por)\s*:?|escribe|publicado por|written by\s*:?)\s+/iu;
/** A degree or title after a comma ("Grant Tinsley, PhD"). */
const DEGREE_SUFFIX = /,\s*(?:ph\.?\s?d|m\.?d|mba|msc|m\.?sc|b\.?sc|rd|rdn|ms|ma|ba|dipl\.[^,]*|llm|mph|cpt|ceo)\.?(?=$|,)/gi;
/** Words before "von"/"by" that label the piece rather than name the author ("Text von …", "Disko Von …"). */
const LABEL_BEFORE_BY = [
  /^(?:[\p{L}-]+\s+){0,2}?(?:Von|By|Par|Por|Door)\s+(?=\p{Lu})/u,
  /^(?:[\p{L}-]+\s+){0,2}?(?:text|artikel|beitrag|kolumne|kommentar|analyse|bericht|interview|foto|fotos|gastbeitrag|meinung|reportage|essay|story|article|column|opinion|analysis|review|report|post|posted|written|published|erstellt|veröffentlicht|verfasst|geschrieben)\s+(?:von|by|par|por|door)\s+(?=\p{Lu})/iu,
];
/** Credits for other work after the author's name ("… Illustration von …", "… Fotos: …"). */
const OTHER_CREDIT = /\s+(?:illustrations?|illustrationen|fotos?|photos?|bilder|grafiken?|video|kamera|schnitt)\s*(?:von|by|:)\s+.*$/i;

function decodeEntities(s: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(s)) return s;
  return textOf(parseHtml(`<p>${s.replace(/</g, '&lt;')}</p>`));
}

/** Cleans a byline string into a list of names. */
export function splitAuthors(raw: string): string[] {
  let s = collapse(decodeEntities(raw));
  if (!s || s.length > 300 || /^https?:\/\//.test(s)) return [];
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(/^[|/•·:–—-]+\s*/, '').replace(BYLINE_LABEL, '').replace(BYLINE_PREFIX, '');
    if (s === before) break;
  }
  s = s.replace(/^[|/•·:–—-]+\s*/, '').replace(OTHER_CREDIT, '');
  for (const re of LABEL_BEFORE_BY) {
    const labelled = re.exec(s);
    if (labelled) {
      s = s.slice(labelled[0].length);
      break;
    }
  }
  const by = /(?:^|\s)(?:by|von|par|por|door|przez)\s+(\p{Lu}.*)$/u.exec(s);
  // "Walter von Aachen": a lower-case particle after a capitalised name is part of the name
  if (by && by.index < 40 && !/^\p{Lu}\p{Ll}+$/u.test(s.slice(0, by.index).trim().split(/\s+/).pop() ?? '')) s = by[1]!;
  // cut at a date, a pipe, a bullet or a role suffix
  s = s.split(/\s+[|•·]\s+|\s+[-–—]\s+(?=\d|[A-Z][a-z]+ \d)|\n/)[0]!;
  s = s.replace(/\s*\b(?:updated|aktualisiert|published|veröffentlicht|publié|am|on|le)\b.*$/i, (m) => (/\d/.test(m) ? '' : m));
  s = s.replace(/\s+(?:alle artikel|all articles|all posts|mehr artikel|more articles|profile?|profil)\b.*$/i, '');
  s = s.replace(/\s+\S+\s+staff$/i, '');
  s = s.replace(/,?\s*(?:staff writer|staff reporter|senior writer|contributing writer|correspondent|editor|reporter)s?\b.*$/i, '');
  s = s.replace(DEGREE_SUFFIX, '');
  s = s.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\S+@\S+/g, '').trim();
  const parts = s
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b)\s*/i)
    .map((p) =>
      p
        .replace(BYLINE_PREFIX, '')
        .replace(/^[-–—:|\s]+|[-–—:,|\s]+$/g, '')
        .replace(/(?<!(?:^|\s)\p{Lu})\.+$/u, '')
        .trim(),
    )
    .filter((p) => p && p.length <= 60 && !NOT_A_NAME.test(p) && !/\d{2}/.test(p) && p.split(' ').length <= 6);
  return [...new Set(parts)];
}

const DATE_TOKEN = /(?:^|[-_])(?:date|dates|time|datum|dateline|published|publish|pubdate|posted|post-?meta|entry-?meta|article-?meta|meta|byline|timestamp|created)(?:$|[-_])/;
const BYLINE_TOKEN = /(?:^|[-_])(?:by-?line|author|authors|autor|autoren|autorin|verfasser|auteur|writer|creator)(?:$|[-_])/;
const NOT_BYLINE_TOKEN = /(?:bio|avatar|image|img|photo|pic|desc|description|info|box|social|follow|more|list|date|role|title|job|position|twitter|email|mail)(?:$|[-_])|comment/;
const COMMENT_TOKEN = /(?:^|[-_])(?:comments?|commentlist|comment-list|disqus|respond|replies)(?:$|[-_])/;

/** Class names of headline elements that are not h1 (`entry__title`, `article-heading__title`, `headline`). */
const TITLE_CLASS = /(?:^|[\s_-])(?:title|headline|heading)(?:$|[\s_-])/i;

/** Parts of a heading that are not the headline: kickers, rooflines, labels, screen-reader separators. */
const KICKER_CLASS = /(?:^|[\s_-])(?:kicker|dachzeile|topline|overline|roofline|eyebrow|supertitle|pre-?title|spitzmarke|label|visually-?hidden|visuallyhidden|sr-only|screen-?reader-?text)(?:$|[\s_-])/i;

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
  return stripped && normTitle(rest) ? rest : textOf(el);
}

/** An h1 kept for screen readers or crawlers only. */
function isHiddenHeading(el: Element): boolean {
  return el.attribs.hidden !== undefined || /(?:^|\s)(?:visually-?hidden|visuallyhidden|sr-only|screen-?reader-?text|hidden|hide|d-none|offscreen)(?:$|\s)/i.test(el.attribs.class ?? '');
}

const TITLE_SEPARATORS = /\s+[|\-–—:·»«/•]\s+|\s+::\s+/;

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

function jaccard(a: string, b: string): number {
  const A = new Set(normTitle(a).split(' '));
  const B = new Set(normTitle(b).split(' '));
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter || 1);
}

/** A visible heading that may be the page's headline. */
export interface HeadingCandidate {
  text: string;
  /** `h1`; `h2` (or h3); `class` for an element whose class names a title or headline; `hidden` for an h1 hidden from view. */
  kind: 'h1' | 'h2' | 'class' | 'hidden';
}

/**
 * The visible headline when it agrees with the page's declared titles (a kicker or a site
 * suffix removed), else the declared title, else the <title> read the Readability way.
 * Every h1 is tried before any h2 or title-classed element, and exact agreement before
 * containment, so a blog's site-name h1 does not beat the post's own h1.
 */
export function chooseTitle(heads: (string | HeadingCandidate)[], declared: (string | undefined)[], titleTag: string | undefined, site: string | undefined): string | undefined {
  const cands = heads.map((h) => (typeof h === 'string' ? { text: h, kind: 'h1' as const } : h)).filter((h) => normTitle(h.text));
  const metas = declared.filter((x): x is string => !!x && !!collapse(x)).map(collapse);
  const raws = titleTag ? [...metas, collapse(titleTag)] : metas;
  const variants: string[] = [];
  for (const x of raws) {
    variants.push(x);
    const a = stripSiteName(x, site);
    if (a !== x) variants.push(a);
    const b = readabilityTitle(x);
    if (b !== x) variants.push(b);
  }
  const nsite = site ? normTitle(site) : '';
  const h1s = cands.filter((h) => h.kind === 'h1').map((h) => h.text);
  const groups = [h1s, cands.filter((h) => h.kind === 'h2' || h.kind === 'class').map((h) => h.text), cands.filter((h) => h.kind === 'hidden').map((h) => h.text)];
  for (const group of groups) {
    const usable = group.filter((h) => normTitle(h) !== nsite);
    // exact agreement with a declared title
    for (const h of usable) {
      const nh = normTitle(h);
      if (variants.some((v) => normTitle(v) === nh)) {
        // the declared spelling when it says the same (straight vs typographic quotes, dashes)
        const raw = metas.find((m) => normTitle(m) === nh);
        if (raw) return raw;
        return h;
      }
    }
    // a heading holding a declared title plus a kicker: the declared part
    for (const h of usable) {
      const nh = normTitle(h);
      let best: string | undefined;
      for (const v of variants) {
        const nv = normTitle(v);
        if (nv && nh.includes(nv) && wordCount(nv) >= 2 && nv.length >= nh.length * 0.6 && (!best || nv.length > normTitle(best).length)) best = v;
      }
      if (best) return best;
    }
    // a declared title holding the heading plus a site name or a kicker: the heading
    for (const h of usable) {
      const nh = normTitle(h);
      if (wordCount(h) >= 2 && variants.some((v) => normTitle(v).includes(nh))) return h;
    }
  }
  let best: string | undefined;
  let bestScore = 0;
  for (const h of h1s) {
    for (const x of raws) {
      const sc = jaccard(h, x);
      if (sc > bestScore) {
        bestScore = sc;
        best = h;
      }
    }
  }
  if (best && bestScore >= 0.5) return best;
  // one visible h1 that is not the site's name: the headline, whatever the declared titles say
  const own = h1s.filter((h) => normTitle(h) !== nsite && !raws.some((x) => stripSiteName(x, site) !== x && normTitle(x).endsWith(normTitle(h))));
  if (own.length === 1 && h1s.length === 1 && wordCount(own[0]!) >= 2) return own[0];
  if (metas[0]) return metas[0];
  if (titleTag && collapse(titleTag)) return readabilityTitle(collapse(titleTag));
  return h1s.length === 1 ? h1s[0] : undefined;
}

function normTitle(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** How many elements before or after the headline a shown date may sit. */
const NEAR_BEFORE = 40;
const NEAR_AFTER = 150;
const UPDATE_LABEL = /\b(?:updated?|last (?:updated|modified)|modified|aktualisiert|geändert|zuletzt|mis à jour|modifié|actualizado|actualización|aggiornato|aggiornamento)\b/i;

/** Whether a page in this language writes 03/04/2020 for the 3rd of April (all but US English). */
export function dayFirst(lang: string | undefined): boolean {
  if (!lang) return false;
  const l = lang.toLowerCase();
  return !(l === 'en' || l.startsWith('en-us') || l.startsWith('en_us'));
}

/** A date labelled as an update ("Updated", "Aktualisiert"), by its text or class. */
function isUpdateDate(el: Element, text: string): boolean {
  if (/updated|modified|aktualisiert/i.test(el.attribs.class ?? '') || el.attribs.itemprop === 'dateModified') return true;
  const m = UPDATE_LABEL.exec(text);
  if (!m) return false;
  // "Published … Updated …": the first date is the publication date
  const pub = /\b(?:published|veröffentlicht|erschienen|publié|publicado|pubblicato|posted|erstellt)\b/i.exec(text);
  return !pub || pub.index > m.index;
}

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'publishdate', 'publish_date',
  'publish-date', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dcterms.created', 'dc.date.created', 'date', 'article.published', 'published_time', 'publication_date', 'citation_publication_date',
  'citation_date', 'og:published_time', 'release_date', 'created', 'cxenseparse:recs:publishtime', 'article_date_original',
  'originalpublicationdate', 'date_published', 'publishdatetime', 'pub_date', 'displaydate', 'og:pubdate', 'content_date',
];
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'citation_author', 'twitter:creator:name', 'cxenseparse:author', 'og:article:author', 'book:author'];

export function extractMetadata(doc: Document, pageUrl?: string): Metadata {
  const metas = new Map<string, string>();
  let htmlLang: string | undefined;
  let titleTag: string | undefined;
  let canonical: string | undefined;
  const heads: HeadingCandidate[] = [];
  let h2Count = 0;
  let classCount = 0;
  const times: { dt: string; pub: boolean }[] = [];
  const bylineEls: string[] = [];
  const dateEls: string[] = [];
  /** Dates shown on the page, with their position in document order. */
  const shown: { seq: number; date: string; updated: boolean }[] = [];
  let seq = 0;
  const headSeq = new Map<HeadingCandidate, number>();

  const visit = (el: Element, inBody: boolean): void => {
    const name = el.name;
    seq++;
    if (name === 'html' && el.attribs.lang) htmlLang ??= el.attribs.lang;
    else if (name === 'title' && !titleTag && !inBody) titleTag = textOf(el);
    else if (name === 'meta') {
      const keys = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? el.attribs['http-equiv'] ?? '').toLowerCase().trim();
      const content = el.attribs.content;
      if (keys && content !== undefined) for (const key of keys.split(/\s+/)) if (!metas.has(key)) metas.set(key, content);
      if (el.attribs.itemprop === 'datePublished' && content) times.unshift({ dt: content, pub: true });
    } else if (name === 'link' && /\bcanonical\b/i.test(el.attribs.rel ?? '') && el.attribs.href) canonical ??= el.attribs.href;
    else if (name === 'h1') {
      const t = headingText(el);
      if (t && t.length <= 400 && heads.length < 40) {
        const h: HeadingCandidate = { text: t, kind: isHiddenHeading(el) ? 'hidden' : 'h1' };
        heads.push(h);
        headSeq.set(h, seq);
      }
    } else if (inBody && (name === 'h2' || name === 'h3' || TITLE_CLASS.test(el.attribs.class ?? '')) && (name === 'h2' || name === 'h3' ? h2Count : classCount) < 12) {
      const t = headingText(el);
      if (t && t.length <= 400 && heads.length < 40) {
        const h: HeadingCandidate = { text: t, kind: name === 'h2' || name === 'h3' ? 'h2' : 'class' };
        heads.push(h);
        headSeq.set(h, seq);
        if (name === 'h2' || name === 'h3') h2Count++;
        else classCount++;
      }
    } else if (name === 'time') {
      const dt = el.attribs.datetime ?? el.attribs.content;
      const pub = el.attribs.itemprop === 'datePublished' || el.attribs.pubdate !== undefined || /publish|pubdate|posted|created/i.test(el.attribs.class ?? '');
      times.push({ dt: dt ?? textOf(el), pub });
      if (inBody && shown.length < 30) {
        const text = textOf(el);
        const date = (text.length < 120 && findDateInText(text, dayFirst(htmlLang))) || normalizeDate(dt)?.slice(0, 10);
        if (date) shown.push({ seq, date, updated: isUpdateDate(el, text) });
      }
    }
    if (inBody && bylineEls.length < 6 && name !== 'meta' && name !== 'link') {
      const itemprop = el.attribs.itemprop;
      const rel = el.attribs.rel;
      const tokens = tokensOf(el);
      if (tokens.some((t) => COMMENT_TOKEN.test(t))) return;
      if (dateEls.length < 8 && tokens.some((t) => DATE_TOKEN.test(t))) {
        const t = textOf(el);
        if (t && t.length < 200) {
          dateEls.push(t);
          const date = name !== 'time' && shown.length < 30 ? findDateInText(t, dayFirst(htmlLang)) : undefined;
          if (date) shown.push({ seq, date, updated: isUpdateDate(el, t) });
        }
      }
      if (
        itemprop === 'author' ||
        rel === 'author' ||
        tokens.some((t) => BYLINE_TOKEN.test(t) && !NOT_BYLINE_TOKEN.test(t))
      ) {
        const nameEl = findAll(el, (c) => c.attribs.itemprop === 'name')[0];
        const t = textOf(nameEl ?? el);
        if (t && t.length < 200) {
          bylineEls.push(t);
        }
      }
    }
    if (name === 'script' || name === 'style') return;
    for (const c of el.children) if (c instanceof Element) visit(c, inBody || name === 'body');
  };
  for (const c of doc.children) if (c instanceof Element) visit(c, false);

  const ld = jsonLd(doc);
  const meta: Metadata = {};

  // url
  const url = canonical ?? metas.get('og:url') ?? ld.url ?? pageUrl;
  if (url) {
    try {
      meta.url = new URL(url, pageUrl).href;
    } catch {
      meta.url = url;
    }
  }

  // site
  const site = metas.get('og:site_name') ?? ld.publisher ?? metas.get('application-name') ?? metas.get('twitter:site')?.replace(/^@/, '');
  if (site && collapse(site)) meta.site = collapse(site);

  // title
  const title = chooseTitle(heads, [ld.headline, metas.get('dc:title') ?? metas.get('dc.title'), metas.get('og:title'), metas.get('twitter:title'), metas.get('parsely-title')], titleTag, meta.site);
  if (title) meta.title = title;

  // byline
  const siteish = (name: string) => /\.[a-z]{2,4}$/i.test(name) || (!!meta.site && normTitle(name) === normTitle(meta.site)) || (!!ld.publisher && normTitle(name) === normTitle(ld.publisher));
  let authors: string[] = [];
  if (!authors.length) authors = ld.authors.flatMap(splitAuthors).filter((a) => !siteish(a));
  if (!authors.length) for (const b of bylineEls) if ((authors = splitAuthors(b)).length) break;
  if (!authors.length) {
    for (const key of AUTHOR_META) {
      const v = metas.get(key);
      if (v && !/^https?:/.test(v)) {
        authors = splitAuthors(v);
        if (authors.length) break;
      }
    }
  }
  if (authors.length) {
    meta.authors = authors;
    meta.byline = authors.join(', ');
  }

  // published: the date shown next to the headline first (meta dates are often in UTC or are update dates)
  const titleHead = heads.find((h) => h.text === title && headSeq.has(h)) ?? heads.find((h) => h.kind === 'h1');
  const anchor = titleHead ? headSeq.get(titleHead) : undefined;
  let published: string | undefined;
  if (anchor !== undefined) {
    let best: { seq: number; date: string; updated: boolean } | undefined;
    let bestCost = Infinity;
    for (const d of shown) {
      const dist = d.seq - anchor;
      if (dist < -NEAR_BEFORE || dist > NEAR_AFTER) continue;
      const cost = Math.abs(dist) * (dist < 0 ? 2 : 1) + (d.updated ? 1000 : 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = d;
      }
    }
    if (best) published = best.date;
  }
  if (!published) published = normalizeDate(ld.published);
  if (!published) for (const key of DATE_META) if ((published = normalizeDate(metas.get(key)))) break;
  if (!published) for (const t of times) if (t.pub && (published = normalizeDate(t.dt))) break;
  if (!published && times[0]) published = normalizeDate(times[0].dt);
  if (!published) for (const t of dateEls) if ((published = findDateInText(t, dayFirst(htmlLang)))) break;
  const urlDate = dateFromUrl(meta.url ?? pageUrl);
  if (!published) published = urlDate;
  // a date in the URL is the publication day in the site's own time zone: it settles a one-day difference
  else if (urlDate && Math.abs(Date.parse(urlDate) - Date.parse(published.slice(0, 10))) <= 86_400_000) published = urlDate;
  if (published) meta.published = published;

  // language
  const lang =
    htmlLang ?? metas.get('content-language') ?? metas.get('language') ?? metas.get('dc.language') ?? ld.language ?? metas.get('og:locale');
  if (lang) {
    const l = lang.split(',')[0]!.trim().replace(/_/g, '-');
    if (/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(l)) meta.language = l;
  }

  const description = metas.get('og:description') ?? metas.get('description') ?? ld.description;
  if (description && collapse(description)) meta.description = collapse(description);
  return meta;
}

/** `/2019/10/22/` or `/2019-10-22` in a URL path. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /[/_-](\d{4})[/_-](\d{2})[/_-](\d{2})(?:[/_-]|$)/.exec(url.replace(/^https?:\/\/[^/]+/, ''));
  if (m && valid(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  return undefined;
}
