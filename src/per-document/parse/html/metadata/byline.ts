/**
 * Finds the article's authors: from JSON-LD, else from byline elements on the page, else from
 * by-word lines ("Von …", "Ein Artikel von …") or author boxes, else from author <meta> tags; and cleans a
 * byline string into a list of names. Bylines carry much besides names ("Von", "Text:", roles,
 * degrees, dates, photo credits, profile links), and names that are the site's own are
 * authors only when nobody else is named.
 */
import type { Element } from 'domhandler';
import { collapse, findFirst, parseHtml, textOf } from '../dom.js';
import { UPDATE_LABEL } from '../../../../core/dates.js';
import { comparableText } from './comparable-text.js';

const BYLINE_PREFIX = /^(?:view all posts by|all posts by|more from|articles by|posts by|ein (?:beitrag|artikel) von|(?:written|posted|published|reported|submitted|gespeichert|eingereicht|text|story|words|photos?)\s+)?\s*(?:by|von|par|por|di|door|av|af|przez|autor(?:in)?|author|auteur|verfasst von|geschrieben von)\s*:?\s+/i;
const NOT_A_NAME = /^(?:staff|admin|administrator|editor|the editors|guest|anonymous|unknown|null|undefined|no author|posted|published|publiziert|veröffentlicht|publié|written|autor|author|by|von|am|on|share|teilen)(?:\s+(?:by|von|am|on|par|le))?$/i;

/** Labels written before a name: roles ("Online-Experte", "Gastautorin"), kinds of piece ("Interview:", "Eine Kolumne von"), forum roles. */
const BYLINE_LABEL =
  /^(?:[|/•·:–—-]\s*)?(?:(?:[\p{L}]+-)*(?:experte|expertin|gastautor|gastautorin|redakteur|redakteurin|korrespondent|korrespondentin|kolumnist|kolumnistin)|themenstarter(?:in)?|thread starter|(?:text|interview|fotos?|bilder|protokoll|recherche|redaktion|quelle|source|escribe|escrito por|written by|words|reporting)(?:\s*(?:,|und|&|and|\/)\s*(?:text|interview|fotos?|bilder|protokoll|recherche|redaktion))*\s*:|(?:artikel|beitrag|eine kolumne|ein gastbeitrag|ein kommentar|eine analyse|ein interview|erstellt|veröffentlicht|verfasst|geschrieben|text|fotos?|interview|kommentar|analyse|kolumne|gastbeitrag|publicado|escrito|escribe|publié|écrit)\s+(?:von|by|par|por)\s*:?|escribe|publicado por|written by\s*:?)\s+/iu;
/** Chinese and Japanese byline labels ("作者：", "记者 ", "文／"). */
const CJK_LABEL = /^(?:作者|记者|記者|撰文|文|编辑|編集|责任编辑|責任編輯)\s*[:：/／]?\s*/;
/** A venue, not a name: "on Sportsdesk", "in Politics", "auf Tageblick Online". */
const VENUE = /^(?:on|in|at|auf|bei|im|sur|dans)\s/;

/** A job title after a comma ("Samuel Reed Whitaker, Senior Staff Technologist, CDRF …"): the role and all after it are left out. */
const ROLE_AFTER_COMMA =
  /,\s*(?:(?:senior|junior|chief|staff|deputy|associate|assistant|executive|managing|principal|lead|general)\s+)*(?:\p{L}+\s+)?(?:technologist|analyst|attorney|counsel|director|manager|officer|fellow|professor|researcher|scientist|engineer|strategist|consultant|advisor|adviser|president|founder)\b.*$/iu;
/** A degree or title after a comma ("Owen Marsh, PhD"). */
const DEGREE_SUFFIX = /,\s*(?:ph\.?\s?d|m\.?d|mba|msc|m\.?sc|b\.?sc|rd|rdn|ms|ma|ba|dipl\.[^,]*|llm|mph|cpt|ceo)\.?(?=$|,)/gi;
/** Words before "von"/"by" that label the piece rather than name the author ("Text von …", "Debatte Von …"). */
const LABEL_BEFORE_BY = [
  /^(?:[\p{L}-]+\s+){0,2}?(?:Von|By|Par|Por|Door)\s+(?=\p{Lu})/u,
  /^(?:[\p{L}-]+\s+){0,2}?(?:text|artikel|beitrag|kolumne|kommentar|analyse|bericht|interview|foto|fotos|gastbeitrag|meinung|reportage|essay|story|article|column|opinion|analysis|review|report|post|posted|written|published|erstellt|veröffentlicht|verfasst|geschrieben)\s+(?:von|by|par|por|door)\s+(?=\p{Lu})/iu,
];
/** Credits for other work after the author's name ("… Illustration von …", "… Fotos: …"). */
const OTHER_CREDIT = /\s+(?:illustrations?|illustrationen|fotos?|photos?|bilder|grafiken?|video|kamera|schnitt|übersetzung|translation|traduction)\s*(?:von|by|par|:)\s+.*$/iu;

/** Two to four words, then a colon and more text. */
const NAME_THEN_COLON = /^(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){1,3}):\s+\S/u;

/**
 * "Anna Berg: EN Übersetzung …": a full name before a colon, the rest another part of the byline element.
 * Not words in capitals nor a date's label ("Last Updated: …").
 */
function nameBeforeColon(s: string): string | undefined {
  const name = NAME_THEN_COLON.exec(s)?.[1];
  return name && name.split(/\s+/).every((w) => /^\p{Lu}\p{Ll}/u.test(w) || NAME_PARTICLE.test(w)) && !UPDATE_LABEL.test(name) ? name : undefined;
}

/** A relative time after the name ("hace 13 horas", "vor 2 Stunden", "před 2 hodinami", "3 hours ago"). */
const RELATIVE_TIME = /\s+(?:hace|vor|před|il y a|fa)\s+\d.*$|\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?)\s+ago\b.*$/i;
/** A token of digits and date/time punctuation only: a date or time, which a name never holds (a user name may: "sigma307"). */
const DIGIT_TOKEN = /(?:^|\s)[\d.:/-]*\d[\d.:/-]*(?=\s|$)/;

/** A picture or translation credit ("Bild © hr", "Foto: dpa", "Übersetzung Anna Berg"): it names the photographer, agency or translator, not the author. */
const PICTURE_CREDIT = /^(?:bild|bilder|foto|fotos|photo|photos|image|images|picture|illustration|übersetzung|übersetzt|translation|translated|traduction|traduit|traducción|traducido|traduzione|tradotto|vertaling|vertaald)\b|©/iu;

/** Class/id tokens of byline elements, and tokens that mark an author's bio, avatar or links instead. */
const BYLINE_TOKEN = /(?:^|[-_])(?:by-?line|author|authors|autor|autoren|autorin|verfasser|auteur|writer|creator|submitted)(?:$|[-_])/;
/** Also a teaser's author in a slider or a list of related pieces ("slider-teaser__author", "related-post-author"), and a picture's licence credit ("license-author"): not the article's author. */
const NOT_BYLINE_TOKEN = /(?:bio|avatar|image|img|photo|pic|desc|description|info|box|social|follow|more|role|title|job|position|twitter|email|mail|teaser|related|slider|carousel|licen[cs]e)(?:$|[-_])|comment/;

/** <meta> names that hold the author, in the order they are trusted. */
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dc:creator', 'dcterms.creator', 'dcterms:creator', 'byl', 'citation_author', 'twitter:creator:name', 'cxenseparse:author', 'og:article:author', 'book:author'];

function decodeEntities(s: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(s)) return s;
  return textOf(parseHtml(`<p>${s.replace(/</g, '&lt;')}</p>`));
}

/** Cleans a byline string into a list of names. */
export function splitAuthors(raw: string): string[] {
  // soft hyphens and zero-width characters are hyphenation hints inside names ("Mat\u00ADthi\u00ADas")
  let s = collapse(decodeEntities(raw).replace(/[\u00ad\u200b-\u200d\u2060]/g, ''));
  if (!s || s.length > 300 || /^https?:\/\//.test(s) || PICTURE_CREDIT.test(s)) return [];
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(/^[|/•·:–—-]+\s*/, '').replace(BYLINE_LABEL, '').replace(BYLINE_PREFIX, '').replace(CJK_LABEL, '');
    if (s === before) break;
  }
  s = s.replace(/^[|/•·:–—-]+\s*/, '').replace(OTHER_CREDIT, '');
  s = nameBeforeColon(s) ?? s;
  for (const re of LABEL_BEFORE_BY) {
    const labelled = re.exec(s);
    if (labelled) {
      s = s.slice(labelled[0].length);
      break;
    }
  }
  const by = /(?:^|\s)(?:by|von|par|por|door|przez)\s+(\p{Lu}.*)$/u.exec(s);
  // "Konrad von Pfalzel": a lower-case particle after a capitalised name is part of the name
  if (by && by.index < 40 && !/^\p{Lu}\p{Ll}+$/u.test(s.slice(0, by.index).trim().split(/\s+/).pop() ?? '')) s = by[1]!;
  // cut at a date, a pipe, a bullet or a role suffix
  s = s.split(/\s+[|•·]\s+|\s+[-–—]\s+(?=\d|[A-Z][a-z]+ \d)|\n/)[0]!;
  s = s.replace(/\s*\b(?:updated|aktualisiert|published|veröffentlicht|publié|am|on|le)\b.*$/i, (m) => (/\d/.test(m) ? '' : m));
  s = s.replace(RELATIVE_TIME, '');
  s = s.replace(/\s+(?:alle artikel|all articles|all posts|mehr artikel|more articles|profile?|profil)\b.*$/i, '');
  // a follow button beside the name ("John C. Welch Follow")
  s = s.replace(/\s+(?:follow|folgen|suivre|seguir)$/i, '');
  s = s.replace(/\s+\S+\s+staff$/i, '');
  s = s.replace(/,?\s*(?:staff writer|staff reporter|senior writer|contributing writer|correspondent|editor|reporter)s?\b.*$/i, '');
  s = s.replace(ROLE_AFTER_COMMA, '');
  s = s.replace(DEGREE_SUFFIX, '');
  s = s.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\S+@\S+/g, '').trim();
  const parts = s
    // conjunctions only between spaces, so "e.V." or "J. i. Smith" are not split; an interview credits both sides
    .split(/\s*[,;&]\s*|\s+(?:and|und|et|y|e|i|im gespräch mit|im interview mit|in conversation with|en conversation avec)\s+/i)
    .map((p) =>
      p
        .replace(BYLINE_PREFIX, '')
        .replace(/^[-–—:|\s]+|[-–—:,|\s]+$/g, '')
        .replace(/(?<!(?:^|[\s.])\p{Lu})\.+$/u, '')
        .trim(),
    )
    .filter((p) => p && p.length <= 60 && !NOT_A_NAME.test(p) && !VENUE.test(p) && !/:\s*\S/.test(p) && !DIGIT_TOKEN.test(p) && !/^\S*admin\S*$/i.test(p) && p.split(' ').length <= 6);
  return [...new Set(parts)];
}

/** Tokens of an author's box (bio, info card) rather than the byline itself: it names the author in its heading. */
const AUTHOR_BOX_TOKEN = /(?:^|[-_])(?:bio|info|box|card|profile)(?:$|[-_])/;


/** The name an author box leads with: its heading, strong or name-marked element (the link in it, when it has one). */
export function nameInAuthorBox(box: Element): string | undefined {
  const head = findFirst(box, (c) => /^h[2-6]$|^strong$/.test(c.name) || c.attribs.itemprop === 'name' || /(?:^|[\s_-])name(?:$|[\s_-])/i.test(c.attribs.class ?? ''));
  if (!head) return undefined;
  const text = textOf(findFirst(head, (c) => c.name === 'a') ?? head);
  return text.length >= 3 && text.length <= 60 ? text : undefined;
}

/** Links to a social profile or a mail address: a handle beside the name, not part of it. */
const SOCIAL_LINK = /^mailto:|\/\/(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|threads|bsky|mastodon|xing|tiktok|youtube)\.[a-z]+\//i;

/** Class names of a picture's licence credit. */
const LICENCE_CREDIT = /(?:^|[\s_-])licen[cs]e(?:$|[\s_-])/i;

/** A byline element's text without the handles, avatars and follow buttons beside the name ("Matthias <a href=twitter…>herrpfleger</a>"). */
export function bylineText(el: Element): string {
  const parts: string[] = [];
  const walk = (n: Element): void => {
    for (const c of n.children) {
      if (c.type === 'text') parts.push((c as unknown as { data: string }).data);
      else if ('attribs' in c) {
        const child = c as Element;
        if (child.name === 'script' || child.name === 'style') continue;
        if (child.name === 'a' && SOCIAL_LINK.test(child.attribs.href ?? '')) continue;
        // a picture's licence credit inside the name element ("<span class=author-name><a class=license-author>") names the photographer
        if (LICENCE_CREDIT.test(child.attribs.class ?? '')) continue;
        parts.push(' ');
        walk(child);
        parts.push(' ');
      }
    }
  };
  walk(el);
  return collapse(parts.join(''));
}

/**
 * How an element marks the author: `byline` for itemprop/rel author or a byline class/id token
 * that is not a bio, avatar or link; `box` for an author's bio or info box ("author-bio",
 * "author-info"). One pass over the tokens: this runs on every element of the page.
 */
export function authorMarkOf(el: Element, tokens: string[]): 'byline' | 'box' | undefined {
  if (el.attribs.itemprop === 'author' || el.attribs.rel === 'author') return 'byline';
  let box = false;
  for (const t of tokens) {
    if (!BYLINE_TOKEN.test(t)) continue;
    if (!NOT_BYLINE_TOKEN.test(t)) return 'byline';
    box ||= AUTHOR_BOX_TOKEN.test(t);
  }
  return box ? 'box' : undefined;
}

/** A name in lower case with its words joined by a hyphen, underscore or dot, as logins and profile slugs are written ("anna-berg", "jonas_k"). */
const LOGIN_SLUG = /^\p{Ll}+(?:[-_.]\p{Ll}+)+$/u;

/** Where the author names may come from, in the order they are trusted. */
export interface AuthorEvidence {
  /** Author names from JSON-LD. */
  jsonLdAuthors: string[];
  /** Texts of the byline elements on the page, in document order. */
  bylineTexts: string[];
  /** Short texts that start with a by-word ("Von …", "By …", "Ein Artikel von …"), in document order. */
  byWordTexts: string[];
  /** The names author boxes (bio, info card) lead with, in document order. */
  authorBoxNames: string[];
  /** <meta> contents by lower-cased name or property. */
  metas: Map<string, string>;
  /** Names at the end of date lines ("11.03.2022 | Ilka Vorbrügge"): the last resort, as they carry no author mark. */
  datedNames?: string[];
  /** The person a copyright notice names ("© 2012 Nathan Kowalczyk. All rights reserved."), after every other source. */
  copyrightHolders?: string[];
  /** Names signing the article off in a paragraph of their own ("<p align=right><em>Henri Mallet</em></p>"), the very last resort. */
  signatureNames?: string[];
  /** The site's name and publisher: names equal to them (or that look like a domain) are not authors. */
  site: string | undefined;
  publisher: string | undefined;
}

/** A by-word ("Von", "By", "Ein Artikel von", "Redaktion:") at the start of a text, perhaps after a date and time, a dash or a bullet. */
const BY_WORD =
  /^\s*(?:\d{1,2}\.\d{1,2}\.\d{2,4},?\s+(?:\d{1,2}:\d{2}(?:\s*uhr)?\s+)?)?(?:[-–—|•·]\s*)?(?:(?:ein(?:e)?\s+)?(?:artikel|beitrag|text|kolumne|kommentar|gastbeitrag|interview)\s+von|(?:written|posted|reported|text|story|words)\s+by|un\s+article\s+de|by|von|par|por|door|przez|redaktion|autor(?:in)?|author|auteur|thread\s+starter|themenstarter(?:in)?)\s*/iu;
/** The by-word followed by a capitalised name. */
const BY_WORD_LINE = new RegExp(`${BY_WORD.source}:?\\s+\\p{Lu}`, 'iu');

/** Lower-case words a person's name may hold ("Konrad von Pfalzel", "Luis de la Vega"). */
export const NAME_PARTICLE = /^(?:von|van|vom|zu|der|den|de|da|di|del|della|des|du|la|le|y|bin|al|el|ten|ter)$/;

/** True for the first text of an element that may open a by-word line: the name may follow in a child ("Von <a>Name</a>"). */
export function mayOpenByWordLine(text: string): boolean {
  return BY_WORD.test(text);
}

/** A by-word alone ("Autor", "Von:", "By"): the name follows in the next elements ("<h4>Autor</h4><p>Name</p>"). */
const BY_WORD_LABEL = new RegExp(`${BY_WORD.source}:?\\s*$`, 'iu');

/** True for a text that is a by-word and nothing else. */
export function isByWordLabel(text: string): boolean {
  return BY_WORD_LABEL.test(text);
}

/** True for a by-word line: a by-word, then a capitalised name. */
export function isByWordLine(text: string): boolean {
  return BY_WORD_LINE.test(text);
}

/** A name as people write theirs: one to five words, each capitalised or a name particle. */
export function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w)) && /^\p{Lu}/u.test(name);
}

/**
 * The authors: JSON-LD names, else the first byline element that names someone, else the
 * first by-word line ("Von …") or author box heading that reads as names, else author meta
 * tags, else a name ending a date line, else the person a copyright notice names, else a
 * signature paragraph's name. Names that are the site's own (its name, its publisher, a domain) are passed over for
 * a person named by a later source (CMSs fill the author fields with them when nobody is
 * credited), and kept when no source names anyone else.
 */
export function chooseAuthors({ jsonLdAuthors, bylineTexts, byWordTexts, authorBoxNames, metas, datedNames = [], copyrightHolders = [], signatureNames = [], site, publisher }: AuthorEvidence): string[] {
  // the site's own names: authors only when nobody else is named
  const ownName = (name: string) =>
    /\.[a-z]{2,4}$/i.test(name) || (!!site && comparableText(name) === comparableText(site)) || (!!publisher && comparableText(name) === comparableText(publisher));
  // a JSON-LD author with digits ("CC7567") or spelled as a URL slug ("anna-berg") is a CMS login, while a visible byline shows what the site chose to show
  const login = (name: string) => /\d/.test(name) || LOGIN_SLUG.test(name);
  const metaValues = AUTHOR_META.map((key) => metas.get(key)).filter((v): v is string => !!v && !/^https?:/.test(v));
  const sources: { names: () => string[]; fallbackOnly: (name: string) => boolean }[] = [
    { names: () => jsonLdAuthors.flatMap(splitAuthors), fallbackOnly: (n) => ownName(n) || login(n) },
    ...bylineTexts.map((b) => ({ names: () => splitAuthors(b), fallbackOnly: ownName })),
    // a by-word line reads as names when its first name does ("Autorin: Jana Ohlendorf, Projektleiterin der LFA": the role is left out)
    ...[...byWordTexts, ...authorBoxNames].map((b) => ({ names: () => nameLike(splitAuthors(b)), fallbackOnly: ownName })),
    ...metaValues.map((v) => ({ names: () => splitAuthors(v), fallbackOnly: ownName })),
    ...[...datedNames, ...copyrightHolders, ...signatureNames].map((n) => ({ names: () => [n], fallbackOnly: ownName })),
  ];
  let fallback: string[] = [];
  for (const source of sources) {
    const names = source.names();
    // a source naming the site also names its place or slogan ("site.de, Frankfurt, Germany"): no person there
    if (names.length && !names.some(source.fallbackOnly)) return names.map((n) => fullerForm(n, byWordTexts));
    if (!fallback.length) fallback = names;
  }
  return fallback;
}

/**
 * A first name alone ("Nils", as CMS profiles often give it) completed from a by-word line
 * that spells it out ("Eine Kolumne von Timo Arndtsen"); only such a line says that the words
 * after the first name are the rest of the name.
 */
function fullerForm(name: string, byWordTexts: string[]): string {
  if (/\s/.test(name)) return name;
  for (const line of byWordTexts) {
    const fuller = nameLike(splitAuthors(line)).find((n) => n.startsWith(`${name} `));
    if (fuller) return fuller;
  }
  return name;
}

/** The names that look like names, when the first one does. */
function nameLike(names: string[]): string[] {
  return names[0] && looksLikeName(names[0]) ? names.filter(looksLikeName) : [];
}
