/**
 * Main-content extraction from an HTML page or fragment.
 * (Interim version: every paragraph-like element of the body; to be replaced by the real extractor.)
 */
import * as cheerio from 'cheerio';
import type { Block, Metadata, Removal } from '../../../core/document.js';
import type { Message } from '../../../core/messages.js';
import type { SitePack } from '../../../config/rules.js';

export interface HtmlExtraction {
  /** The article body in reading order; `index` runs 0..n-1. */
  blocks: Block[];
  /** What extraction left out, each with its kind and rule. */
  removed: Removal[];
  /** Structured metadata found in the page (JSON-LD, OpenGraph, meta, time, html lang, canonical). */
  meta: Metadata;
  messages: Message[];
}

export interface HtmlExtractionOptions {
  url?: string;
  site?: SitePack;
}

export function extractHtml(html: string, _options: HtmlExtractionOptions = {}): HtmlExtraction {
  const $ = cheerio.load(html);
  const blocks: Block[] = [];
  $('script, style, noscript, template, svg').remove();
  $('h1, h2, h3, h4, h5, h6, p, li, blockquote, pre').each((_, element) => {
    const text = $(element).text().replace(/\s+/g, ' ').trim();
    if (!text) return;
    const tag = element.tagName.toLowerCase();
    const type: Block['type'] = /^h\d$/.test(tag) ? 'heading' : tag === 'li' ? 'list-item' : tag === 'pre' ? 'code' : 'paragraph';
    blocks.push({ index: blocks.length, type, level: type === 'heading' ? Number(tag[1]) : undefined, text, links: [] });
  });
  const meta: Metadata = {
    title: $('meta[property="og:title"]').attr('content') ?? ($('title').first().text().trim() || undefined),
    language: $('html').attr('lang') || undefined,
    url: $('link[rel="canonical"]').attr('href') ?? $('meta[property="og:url"]').attr('content'),
  };
  return { blocks, removed: [], meta, messages: [] };
}
