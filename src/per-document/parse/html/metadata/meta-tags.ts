/**
 * Reads <meta> tags (OpenGraph, Twitter, Dublin Core, parsely, plain name=…) into a map, and
 * picks the page's URL, site name, language and description from them, from the canonical
 * link, <html lang> and JSON-LD. Title, author and date tags are read by title.ts, byline.ts
 * and published.ts, which weigh them against what the page shows.
 */
import type { Element } from 'domhandler';
import { collapse } from '../dom.js';
import type { JsonLdInfo } from './json-ld.js';

/** Records a <meta>'s content under each of its lower-cased property/name/itemprop/http-equiv keys; the first one seen wins. */
export function recordMetaTag(el: Element, metas: Map<string, string>): void {
  const keys = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? el.attribs['http-equiv'] ?? '').toLowerCase().trim();
  const content = el.attribs.content;
  if (keys && content !== undefined) for (const key of keys.split(/\s+/)) if (!metas.has(key)) metas.set(key, content);
}

/**
 * The canonical link, og:url, JSON-LD url or the page's own URL: the first that is, or can be
 * made, an absolute URL. A relative link with no page URL to resolve it against names no page.
 */
export function chooseUrl(canonical: string | undefined, metas: Map<string, string>, ld: JsonLdInfo, pageUrl: string | undefined): string | undefined {
  for (const candidate of [canonical, metas.get('og:url'), ld.url, pageUrl]) {
    if (!candidate?.trim()) continue;
    try {
      return new URL(candidate.trim(), pageUrl).href;
    } catch {
      // relative without a base, or malformed: try the next
    }
  }
  return undefined;
}

/**
 * og:site_name, the JSON-LD publisher, application-name, the JSON-LD publisher's own name, or the
 * Twitter handle. An og:site_name that is the publisher's name plus a tagline, a legal form or a
 * domain ending ("Nordlicht Kurier - Nachrichten aus dem Norden", "Nordlicht Kurier GmbH",
 * "Nordlicht Kurier.de") gives way to that name. A publisher's name with a legal form names the
 * company, not the publication ("Nordlicht Medien GmbH"): it is no site name of its own.
 */
export function chooseSiteName(metas: Map<string, string>, ld: JsonLdInfo): string | undefined {
  const og = metas.get('og:site_name');
  const named = ld.publisherName;
  // without a tagline of its own ("Nordlicht Kurier - Nachrichten aus dem Norden")
  const brand = named && !LEGAL_FORM.test(named) ? named.split(TAGLINE_SEPARATOR)[0] : undefined;
  const site = (og && named && addsToName(og, named) ? named : og) ?? ld.publisher ?? metas.get('application-name') ?? brand ?? metas.get('twitter:site')?.replace(/^@/, '');
  return site && collapse(site) ? collapse(site) : undefined;
}

/** A company's legal form ending a name ("GmbH", "Inc.", "Sp. z o.o."). */
const LEGAL_FORM = /(?:^|[\s,]+)(?:GmbH|AG|Inc\.?|Ltd\.?|LLC|plc|S\.?A\.?|S\.?L\.?|Sp\. z o\.o\.|S\.K\.A\.?|B\.?V\.?|S\.?p\.?A\.?|Corp\.?|Co\.)\s*$/i;
/** The separator before a site's tagline. */
const TAGLINE_SEPARATOR = /\s+[-–—|:·]\s+/;
/** What a site name may add after the publisher's name: a tagline set off by a separator, a legal form, a domain ending. */
const NAME_ADDITION = new RegExp(`^(?:${TAGLINE_SEPARATOR.source}.+|\\.[a-z]{2,6}|${LEGAL_FORM.source})$`, 'iu');

/** True when a site name is another name plus a tagline, a legal form or a domain ending. */
function addsToName(site: string, name: string): boolean {
  const s = collapse(site);
  const n = collapse(name);
  return s.length > n.length && s.toLowerCase().startsWith(n.toLowerCase()) && NAME_ADDITION.test(s.slice(n.length));
}

/** <html lang>, else a language meta, JSON-LD inLanguage or og:locale; kept only when it reads as a language tag. */
export function chooseLanguage(htmlLang: string | undefined, metas: Map<string, string>, ld: JsonLdInfo): string | undefined {
  const lang =
    htmlLang ?? metas.get('content-language') ?? metas.get('language') ?? metas.get('dc.language') ?? ld.language ?? metas.get('og:locale');
  if (!lang) return undefined;
  const l = lang.split(',')[0]!.trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(l) ? l : undefined;
}

/** og:description, the description meta or the JSON-LD description. */
export function chooseDescription(metas: Map<string, string>, ld: JsonLdInfo): string | undefined {
  const description = metas.get('og:description') ?? metas.get('description') ?? ld.description;
  return description && collapse(description) ? collapse(description) : undefined;
}
