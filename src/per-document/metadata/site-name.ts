/**
 * The site's name without a site list: a capitalised phrase in the dump that spells the
 * URL's host label ("The Harbour Gazette" ~ theharbourgazette.com, "Le Veilleur" ~ leveilleur.fr).
 */
import { wordCount } from '../../core/text.js';
import { slugSpelling } from './url-slug.js';
import { COMMON_TLDS } from '../../core/url.js';

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go']);

export function hostLabel(host: string): string {
  const labels = host.toLowerCase().replace(/^www\d*\./, '').split('.');
  if (labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2) {
    return labels[labels.length - 3]!;
  }
  return labels.length >= 2 ? labels[labels.length - 2]! : labels[0]!;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;
/** Lower case, diacritics and punctuation dropped: "Alborán" spells "alboran". */
const compact = (text: string) =>
  // Most words are ASCII: they need no decomposition (the site-name scan compacts every capitalised word).
  ASCII.test(text)
    ? text.toLowerCase().replace(/[^a-z0-9]/g, '')
    : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const ASCII = /^[\x20-\x7e]*$/;

/** Labels this long are spelled inside a phrase ("Il Giornale dei Laghi"); shorter ones only as a word of their own ("DLRG-Vize" is not "dlrg"). */
const SPELLED_IN_PHRASE = 6;

/**
 * True when the line spells one of the site's host labels: "Il Giornale dei Laghi" on
 * giornaledeilaghi.it, "GrosseBlaueWolke" on grosseblauewolke.wordpress.com, "HBN WORLD" on world.hbn.co.kr.
 */
export function spellsHost(text: string, host: string): boolean {
  const labels = new Set([hostLabel(host), ...siteLabels(host)].map((l) => l.replace(/-/g, '')).filter((l) => l.length >= 3));
  if (!labels.size) return false;
  const whole = compact(text);
  const words = text.match(WORD)?.map(compact) ?? [];
  for (const label of labels) {
    if (label.length >= SPELLED_IN_PHRASE ? whole.includes(label) : whole === label || words.includes(label)) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const JOINER = /['’&.-]/;

/** Whether a word of `WORD` starts at `index`: a letter or digit that does not continue an earlier word. */
function startsWord(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && JOINER.test(text[i]!)) i--;
  return i < 0 || !LETTER_OR_DIGIT.test(text[i]!);
}

/**
 * The characters a phrase spelling `label` can start with: the capital (or digit) of the
 * label's first character, or any non-ASCII character (capitals with diacritics, checked by
 * `compact`). Most words fail this, so the word-by-word reading runs at a few places per page.
 */
function phraseStarts(label: string): RegExp {
  const first = label[0]!;
  const own = /[0-9]/.test(first) ? first : first.toUpperCase();
  return new RegExp(`[${own}\\u0080-\\uffff]`, 'g');
}

export function findSiteName(dump: string, host: string): string | undefined {
  const label = hostLabel(host).replace(/-/g, '');
  if (label.length < 3) return undefined;
  // Site names stand in the page's header and footer: read those ends, not the whole dump.
  const content = dump.length > 120_000 ? `${dump.slice(0, 80_000)}\n${dump.slice(-40_000)}` : dump;
  const counts = new Map<string, number>();
  /** How often each phrase stands after "The ". */
  const articled = new Map<string, number>();
  const starts = phraseStarts(label);
  const word = new RegExp(WORD.source, 'gu');
  for (const start of content.matchAll(starts)) {
    if (!/^[\p{Lu}\p{N}]/u.test(content.slice(start.index, start.index + 2)) || !startsWord(content, start.index!)) continue;
    word.lastIndex = start.index!;
    let joined = '';
    for (let n = 0; n < 6; n++) {
      const match = word.exec(content);
      if (!match) break;
      joined += compact(match[0]);
      if (joined.length > label.length || !label.startsWith(joined)) break;
      if (joined === label) {
        const phrase = content.slice(start.index, match.index + match[0].length).replace(/[.’']+$/u, '');
        if (/\s{2,}|\n/.test(phrase)) break;
        counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
        if (ARTICLE_BEFORE.test(content.slice(Math.max(0, start.index! - 4), start.index))) articled.set(phrase, (articled.get(phrase) ?? 0) + 1);
        break;
      }
    }
  }
  // Prefer the spelling seen most often, then the one with more capitals ("The Harbour Gazette").
  const best = [...counts.entries()].sort(
    ([a, na], [b, nb]) => nb - na || capitals(b) - capitals(a) || a.localeCompare(b),
  )[0];
  if (!best) return undefined;
  // A host that leaves out the name's article ("The Quarry Herald" on quarryherald.com): the
  // article is the name's when at least half the mentions carry it.
  const [phrase, n] = best;
  return 2 * (articled.get(phrase) ?? 0) >= n ? `The ${phrase}` : phrase;
}

/** A capitalised English article right before a phrase. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])The $/u;

const capitals = (text: string) => text.match(/\p{Lu}/gu)?.length ?? 0;

const TITLE_SEPARATOR = /\s+(?:\||│|–|—|-|::|»|·)\s+|:\s+/u;

/** A title part that is a domain name ("KLANGHAUS.NET", "techblick.eu") names a site, whichever host serves the page. */
const DOMAIN_NAME = new RegExp(`^[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${COMMON_TLDS})$`, 'iu');

/** The host's labels a site's name may spell: subdomains too, "www" and short ones not. */
function siteLabels(host: string): string[] {
  return host.toLowerCase().split('.').slice(0, -1).filter((l) => l !== 'www' && l.length >= 4).map((l) => l.replace(/-/g, ''));
}

/**
 * True when a title part names the site: it holds the host label's letters ("KLANGHAUS.NET"), or
 * starts like one of the host's labels as host names write words ("Wald Für Alle" on
 * waldfueralle.blog.example.de, "Schule 2.0 und mehr" on schule2null.de).
 */
function namesSite(part: string, host: string): boolean {
  if (spellsHost(part, host) || DOMAIN_NAME.test(part.trim())) return true;
  const spelled = slugSpelling(part);
  return siteLabels(host).some((label) => {
    let common = 0;
    while (common < Math.min(label.length, spelled.length) && label[common] === spelled[common]) common++;
    return common >= 6 && common >= 0.6 * Math.min(label.length, spelled.length);
  });
}

/**
 * A page title without the site's name: "Was wir sehen wollen | KLANGHAUS.NET" or
 * "play4fun | Vorschauen: Harbor Tycoon" lose the first or last part, of a few words, that names
 * the site; what remains must still be a title of two words or more.
 */
export function stripSiteFromTitle(title: string, host: string | undefined): string {
  if (!host) return title;
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const first = parts[0]!;
  // The site's name near the end, maybe followed by its tagline ("… » techblick.eu | news from the lab").
  for (let k = parts.length - 1; k >= Math.max(1, parts.length - 2); k--) {
    if (wordCount(parts[k]!) > 6 || wordCount(parts.slice(k + 1).join(' ')) > TAGLINE_WORDS || !namesSite(parts[k]!, host)) continue;
    const rest = title.slice(0, partStart(title, k)).replace(/[\s|│–—:»·-]+$/u, '').trim();
    if (wordCount(rest) >= 2) return rest;
  }
  if (wordCount(first) <= 4 && namesSite(first, host)) {
    const rest = title.slice(first.length).replace(/^[\s|│–—:»·-]+/u, '').trim();
    if (wordCount(rest) >= 2) return rest;
  }
  return title;
}

/** A site's tagline after its name in a page title is short ("news from the lab"). */
const TAGLINE_WORDS = 4;

/** Where the title's `k`-th part (as split by TITLE_SEPARATOR) starts. */
function partStart(title: string, k: number): number {
  const separators = [...title.matchAll(new RegExp(TITLE_SEPARATOR.source, 'gu'))];
  const separator = separators[k - 1]!;
  return separator.index! + separator[0].length;
}
