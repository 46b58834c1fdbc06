/**
 * Reads the page's JSON-LD (<script type="application/ld+json">): the article's headline,
 * authors, dates, publisher, language, URL and description. Publishers write it for search
 * engines, so it is often the cleanest evidence; it is also often malformed, so it is parsed
 * leniently and @graph / mainEntity / @id references are followed.
 */
import type { Document } from 'domhandler';
import { collapse, findAll } from '../dom.js';

/** What the JSON-LD says about the page's main article (or web page). */
export interface JsonLdInfo {
  headline?: string;
  authors: string[];
  published?: string;
  publisher?: string;
  /** The name the article's publisher goes by, an organisation's too: the site's name as the publisher writes it. */
  publisherName?: string;
  language?: string;
  url?: string;
  description?: string;
  /** The article's text as the publisher gave it (paragraphs kept), for pages whose body holds none. */
  articleBody?: string;
}

const ARTICLE_TYPES = /^(?:newsarticle|article|blogposting|reportagenewsarticle|report|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|scholarlyarticle|techarticle|socialmediaposting|liveblogposting|posting|review|medicalwebpage|medicalscholarlyarticle|creativework)$/;
const MEDIA_TYPES = /^(?:videoobject|audioobject|podcastepisode|episode|clip)$/;
const PAGE_TYPES = /^(?:webpage|itempage|aboutpage|collectionpage|profilepage|qapage|faqpage)$/;

function typesOf(obj: Record<string, unknown>): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t.toLowerCase().replace(/^.*[/#:]/, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(/^.*[/#:]/, ''));
  return [];
}

function parseLenient(text: string): unknown {
  // A CDATA section around the JSON, bare or behind a script comment ("//", "/* … */").
  const src = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*(?:\/\/|\/\*)?\s*<!\[CDATA\[\s*(?:\*\/)?|(?:\/\/|\/\*)?\s*\]\]>\s*(?:\*\/)?\s*$/g, '');
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

/** A JSON-LD value as one string: the first of a list, the @value or name of an object. */
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

/** The names of people in an author/creator/publisher value (organisations left out). */
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

/** The name of a publisher value: a string, an object's name, or the name of the object an @id points at. */
function nameOf(v: unknown, byId: Map<string, Record<string, unknown>>): string | undefined {
  const o = Array.isArray(v) ? v[0] : v;
  if (typeof o === 'string') return str(o);
  if (!o || typeof o !== 'object') return undefined;
  const obj = o as Record<string, unknown>;
  const id = obj['@id'];
  return str(obj.name) ?? (typeof id === 'string' ? str(byId.get(id)?.name) : undefined);
}

export function readJsonLd(doc: Document): JsonLdInfo {
  const info: JsonLdInfo = { authors: [] };
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
    info.publisherName = nameOf(main.publisher, byId);
    info.language = str(main.inLanguage);
    info.url = str(main.url);
    info.description = str(main.description);
    if (typeof main.articleBody === 'string' && main.articleBody.trim()) info.articleBody = main.articleBody.trim();
    if (!info.published && page && page !== main) info.published = str(page.datePublished);
  }
  // A page about a video or a podcast episode may describe only the recording: its date is the page's.
  if (!info.published && !article) {
    const media = objects.find((o) => typesOf(o).some((t) => MEDIA_TYPES.test(t)));
    if (media) info.published = str(media.datePublished) ?? str(media.uploadDate);
  }
  if (!info.publisher) {
    const org = objects.find((o) => typesOf(o).some((t) => t === 'newsmediaorganization' || t === 'organization'));
    const site = objects.find((o) => typesOf(o).includes('website'));
    info.publisher = str(site?.name) ?? str(org?.name);
  }
  return info;
}
