/**
 * The words of a URL's slug ("/news/grosse-aufgaben-fuer-die-neue-regierung-news8123/"), to
 * find the dump line that is the headline: CMSs build the slug from the title, so the line that
 * spells most of it is the title, whatever its position or markup.
 */
import type { Block } from '../../core/document.js';
import { wordCount } from '../../core/text.js';

/** German and Nordic letters as slugs spell them; other accents are dropped. */
const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa' };
const NOT_WORDS = new Set(['html', 'htm', 'php', 'aspx', 'index', 'www', 'http', 'https', 'news', 'article', 'artikel', 'detail']);

/** A text as a host name or slug spells it: lower case, transliterated, letters and digits only ("Weiße Rosen" → "weisserosen"). */
export function slugSpelling(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüßæøå]/gu, (c) => TRANSLITERATION[c]!)
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/\p{M}/gu, '');
}

/** Words of a text as a slug writes them: lower case, transliterated, at least three letters. */
function slugTokens(text: string): string[] {
  const lower = text.toLowerCase();
  const forms = [lower.replace(/[äöüßæøå]/gu, (c) => TRANSLITERATION[c]!), lower];
  return forms.flatMap((form) =>
    form
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((t) => t.length >= 3 && !/^\d+$/.test(t)),
  );
}

const ARCHIVED = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(https?:\/\/.+)$/i;

/** The page's own URL when `url` is a web archive's copy of it ("https://web.archive.org/web/2016…/http://example.de/post/"). */
export function originalUrl(url: string | undefined): string | undefined {
  return (url && ARCHIVED.exec(url)?.[1]) || url;
}

/** The slug's words: the URL path's longest segment (the one built from the title). */
export function slugWords(url: string | undefined): Set<string> {
  if (!url) return new Set();
  let path: string;
  try {
    path = decodeURIComponent(new URL(originalUrl(url)!).pathname);
  } catch {
    return new Set();
  }
  const segment = path.split('/').sort((a, b) => b.length - a.length)[0] ?? '';
  return new Set(slugTokens(segment).filter((t) => !NOT_WORDS.has(t) && !/\d/.test(t)));
}

/** The share of the slug's words a line spells. */
export function slugCover(text: string, slug: ReadonlySet<string>): number {
  if (!slug.size) return 0;
  const words = new Set(slugTokens(text));
  let hit = 0;
  for (const word of slug) if (words.has(word)) hit++;
  return hit / slug.size;
}

/** Slugs shorter than this say too little to pick a line. */
const MIN_SLUG_WORDS = 3;
/** The share of the slug a headline spells at least. */
const MIN_COVER = 0.6;

/** The head line that spells most of the slug (a short one on a tie), if one spells enough of it. */
export function lineMatchingSlug(candidates: readonly Block[], slug: ReadonlySet<string>): Block | undefined {
  if (slug.size < MIN_SLUG_WORDS) return undefined;
  let best: Block | undefined;
  let bestCover = MIN_COVER;
  for (const block of candidates) {
    if (wordCount(block.text) > 30) continue; // a paragraph that retells the headline is not it
    const cover = slugCover(block.text, slug);
    if (cover > bestCover || (cover === bestCover && best && block.text.length < best.text.length)) {
      best = block;
      bestCover = cover;
    }
  }
  return best;
}
