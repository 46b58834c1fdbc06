/**
 * Page metadata from structured evidence: JSON-LD, OpenGraph and other <meta> tags, <time>,
 * byline elements, <html lang>, canonical link. Runs on the tree before cleaning.
 * This module assembles the record's metadata from the concern modules beside it
 * (page-scan, json-ld, meta-tags, title, byline, published, dates) and is the folder's
 * public face: import from here.
 */
import type { Document } from 'domhandler';
import type { Metadata } from '../../../../core/document.js';
import { hostOf } from '../../../../core/url.js';
import { ownsPersonalSite } from './author-fallbacks.js';
import { chooseAuthors } from './byline.js';
import { readJsonLd } from './json-ld.js';
import { chooseDescription, chooseLanguage, chooseSiteName, chooseUrl } from './meta-tags.js';
import { scanPage } from './page-scan.js';
import { choosePublished } from './published.js';
import { chooseTitle } from './title.js';

export { splitAuthors } from './byline.js';
export { chooseTitle, headingText, readabilityTitle, stripSiteName, type HeadingCandidate } from './title.js';

export function extractMetadata(doc: Document, pageUrl?: string): Metadata {
  const page = scanPage(doc);
  const ld = readJsonLd(doc);
  const meta: Metadata = {};

  const url = chooseUrl(page.canonical, page.metas, ld, pageUrl);
  if (url) meta.url = url;

  const site = chooseSiteName(page.metas, ld);
  if (site) meta.site = site;

  const title = chooseTitle(
    page.heads,
    [ld.headline, page.metas.get('dc:title') ?? page.metas.get('dc.title'), page.metas.get('og:title'), page.metas.get('twitter:title'), page.metas.get('parsely-title')],
    page.titleTag,
    meta.site,
    hostOf(url),
  );
  if (title) meta.title = title;

  const authors = chooseAuthors({ jsonLdAuthors: ld.authors, bylineTexts: page.bylineTexts, byWordTexts: page.byWordTexts, authorBoxNames: page.authorBoxNames, metas: page.metas, datedNames: page.datedNames, copyrightHolders: page.copyrightHolders.filter((h) => ownsPersonalSite(h, page.titleTag, url)), signatureNames: page.signatureNames, site: meta.site, publisher: ld.publisher });
  if (authors.length) {
    meta.authors = authors;
    meta.byline = authors.join(', ');
  }

  const published = choosePublished({
    heads: page.heads,
    headSeq: page.headSeq,
    title,
    shown: page.shown,
    jsonLdPublished: ld.published,
    metas: page.metas,
    times: page.times,
    dateTexts: page.dateTexts,
    htmlLang: page.htmlLang,
    url: meta.url ?? pageUrl,
  });
  if (published) meta.published = published;

  const language = chooseLanguage(page.htmlLang, page.metas, ld);
  if (language) meta.language = language;

  const description = chooseDescription(page.metas, ld);
  if (description) meta.description = description;
  return meta;
}
