/**
 * DOM pre-clean: containers that are chaff by tag, role, aria, hidden state, class and id
 * patterns are removed before scoring, each recorded as a Removal with a named rule.
 */
import { Element, type Document, type ParentNode } from 'domhandler';
import type { Removal } from '../../../core/document.js';
import type { BoilerplateKind } from '../../../core/kinds.js';
import { TextMemo } from '../../../core/text-memo.js';
import { inRunningText, textOf, tokensOf, removeNode } from './dom.js';

/** Elements dropped without a record: no visible article text lives in them. */
const JUNK_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'map',
  'head', 'link', 'meta', 'input', 'select', 'option', 'textarea', 'button', 'source', 'track', 'param', 'frame', 'frameset',
  'applet', 'datalist', 'dialog', 'picture', 'img',
]);

interface PatternRule {
  name: string;
  /** Kept when it holds a long paragraph of prose (the content, whatever the class says). */
  proseSafe?: boolean;
  /**
   * Names a box, never words inside a sentence: an inline element in running text with this class
   * (a link classed `popup` or `share`) is kept. Bylines, credits and hidden labels do sit in sentences.
   */
  boxOnly?: boolean;
  kind: BoilerplateKind;
  /** Matched against each class/id token (lower-cased, camelCase split with '-'). */
  test: RegExp;
}

/** A part of a token: bounded by start/end, '-', '_' or a digit. */
const P = (alts: string) => new RegExp(`(?:^|[-_\\d])(?:${alts})(?:$|[-_\\d])`);

const CLASS_RULES: PatternRule[] = [
  { name: 'cookie', boxOnly: true, kind: 'cookie', test: P('cookies?|cookie-?(?:banner|notice|consent|bar|law)|consent|gdpr|cmp-?(?:banner|box|consent|dialog|modal|ui)|qc-cmp\\d*|onetrust|cookiebot|usercentrics|didomi') },
  { name: 'newsletter', boxOnly: true, kind: 'newsletter', test: P('newsletters?|subscribe|subscription|subscribe-box|sign-?up|signup-form|optin|opt-in|mailchimp|mc-embedded|mc4wp|email-?(?:capture|signup|form)|nl-?(?:box|signup|teaser)') },
  { name: 'donation', boxOnly: true, kind: 'donation', test: P('donate|donations?|support-us|supportus|membership-?(?:cta|promo|box)|contribut(?:e|ion)s?-?(?:box|cta|epic)|epic') },
  { name: 'paywall', boxOnly: true, proseSafe: true, kind: 'paywall', test: P('paywall|pay-?wall|regwall|reg-?wall|piano|tp-container|premium-?(?:teaser|banner|box|wall)|subscriber-?only|login-?wall|meter(?:ed)?-?(?:wall|banner)') },
  { name: 'comments', boxOnly: true, kind: 'comments', test: P('comments?|comment-?(?:list|form|section|area|thread|count|link|wrap(?:per)?)|disqus|respond|replies|discussion|leave-?a-?reply|reader-?comments|talkback|kommentare?|commentaires?') },
  { name: 'share', boxOnly: true, proseSafe: true, kind: 'share', test: P('share|sharing|shares|sharer|share-?(?:bar|buttons?|tools|links|icons)|social|socials|social-?(?:media|links|icons|share|bar|buttons?)|addthis|sharethis|shariff|a2a|add-?to-?any|follow-?us|print-?(?:link|button)|article-?tools|toolbar|tools|utility-?bar|sociable|jp-?sharing|sd-?sharing|likes?-?(?:button|box)') },
  { name: 'related', boxOnly: true, kind: 'related', test: P('related|relatedposts|related-?(?:posts|articles|stories|content|links|news)|recommended|recommendations?|more-?(?:stories|articles|news|from|on|in|like-?this)|read-?more|readmore|also-?read|see-?also|you-?may-?like|you-?might-?like|outbrain|taboola|zergnet|plista|ligatus|popular|most-?(?:read|popular|viewed|shared|commented)|mostread|trending|teaser-?list|teasers|newsfeed|next-?article|prev-?article|post-?navigation|nav-?links|further-?reading|weitere|empfehlung(?:en)?|lesetipps?|a-?lire-?aussi') },
  { name: 'advert', boxOnly: true, proseSafe: true, kind: 'advert', test: P('ad|ads|adv|advert|adverts|advertising|advertisement|advertisements|adslot|ad-?slot|adsense|adunit|ad-?unit|adbox|ad-?box|ad-?container|ad-?wrapper|ad-?banner|dfp|gpt|google-?ad|sponsor|sponsored|sponsors|promo|promos|promotion|promoted|native-?ad|anzeige|werbung|publicite|commercial|billboard|skyscraper|banner-?ad|affiliate') },
  { name: 'navigation', boxOnly: true, proseSafe: true, kind: 'navigation', test: P('nav|navbar|navigation|menu|menus|mega-?menu|main-?menu|breadcrumbs?|crumbs|pagination|pager|paging|skip-?link|skip-?to-?content|skiplinks|topbar|top-?bar|masthead|site-?header|global-?header|page-?header-?nav|header-?nav|site-?nav|off-?canvas|drawer|hamburger|jump-?to|toc-?mobile|language-?switcher|lang-?switch') },
  { name: 'tags', proseSafe: true, kind: 'tags', test: P('tags|tag-?list|taglist|tag-?cloud|tagcloud|post-?tags|entry-?tags|article-?tags|keywords|categories|cat-?links|tags-?links|topics|schlagworte|schlagw(?:o|ö)rter|themen') },
  { name: 'legal', proseSafe: true, kind: 'legal', test: P('footer|site-?footer|page-?footer|global-?footer|copyright|colophon|disclaimer|imprint|impressum|legal|terms') },
  { name: 'credit', proseSafe: true, kind: 'credit', test: P('caption|captions|wp-caption-text|credit|credits|photo-?credit|image-?credit|img-?credit|bildunterschrift|bildtext|legende|didascalia|dida|pie-?de-?foto|figcaption') },
  { name: 'sidebar', boxOnly: true, kind: 'related', test: P('sidebar|side-?bar|sidebox|side-?column|right-?column|rightcol|right-?rail|rail|widget|widgets|widget-?area|aside|complementary|secondary') },
  { name: 'byline', proseSafe: true, kind: 'metadata', test: /^(?:by-?line|bylines|autor|autorin|autoren|verfasser|auteur|byline-?(?:wrapper|container|block|text)|author|authors|author-?name|article-?author|post-?author|entry-?author|story-?author|post-?meta|entry-?meta|article-?meta|meta-?info|post-?info|posted-?on|published-?(?:date|on)|publish-?date|article-?date|post-?date|entry-?date|date|datum|timestamp|reading-?time|read-?time)$/ },
  // a place name opening the first sentence (`OSLO – The council…`): part of the sentence when inline
  { name: 'dateline', proseSafe: true, boxOnly: true, kind: 'metadata', test: /^date-?line$/ },
  { name: 'author-bio', kind: 'metadata', test: P('author-?bio|author-?box|about-?the-?author|author-?info|author-?card|author-?details|bio-?box') },
  { name: 'popup', boxOnly: true, proseSafe: true, kind: 'advert', test: P('modal|popup|pop-?up|overlay|lightbox|interstitial|flyout') },
  // left out of the printed page by the publisher: share bars, teasers, sign-up boxes
  { name: 'no-print', proseSafe: true, kind: 'outside-article', test: /^(?:no-?print|not-?for-?print|do-?not-?print|hidden-?print|hide-?(?:on-?)?print|print-?hid(?:e|den)|d-print-none)$/ },
  { name: 'hidden', proseSafe: true, kind: 'outside-article', test: /^(?:hidden|hide|is-hidden|u-hidden|d-none|visually-?hidden|visuallyhidden|sr-only|screen-?reader-?text|screenreader-?only|offscreen|print-?only|invisible|element-?invisible|hidden-?visually)$/ },
];

/** Tokens that look like chaff by a part but name the content itself or a state (`has-sidebar`, `no_caption`). */
const TOKEN_EXEMPT = /^(?:has|with|no|is|show|enable|enabled|allow|single|post-type|page-template|template|type|format|theme|layout)[-_]|[-_](?:enabled|disabled|open|closed|count|counter|template|allowed|active)$|^(?:article|entry|post|story|content|main|page)-(?:header|headline|title|content|body|text)$|^(?:header|headline)$|^(?:nav|navbar)-(?:article|content|main)$|^comment-?(?:count|icon)s?$/;

/** A container holding the article itself is never removed by a class pattern. */
function holdsArticle(el: Element): boolean {
  const stack: Element[] = [el];
  let budget = 4000;
  while (stack.length && budget-- > 0) {
    const e = stack.pop()!;
    if (e !== el) {
      const n = e.name;
      if (n === 'h1' || n === 'article' || n === 'main' || e.attribs.itemprop === 'articleBody' || e.attribs.role === 'main') return true;
    }
    for (const c of e.children) if (c instanceof Element) stack.push(c);
  }
  return false;
}

/** The first class rule matching each token (null: none), by token: tokens repeat across elements and pages. */
const tokenRules = new TextMemo(ruleForToken, 4096);

function ruleForToken(token: string): PatternRule | null {
  const bem = token.indexOf('--');
  const part = bem > 0 ? token.slice(0, bem) : token; // BEM modifiers name a state, not a part
  if (part.length <= 60 && !TOKEN_EXEMPT.test(part) && !isGeneratedId(part)) return CLASS_RULES.find((r) => r.test.test(part)) ?? null;
  return null;
}

/**
 * A hash a build tool or editor generated (`e1ad`, `3fa9c0`): hex digits with a letter on both
 * sides of a digit. It names nothing; read as words it can spell `ad` after a digit. A slot
 * name with a number after the word (`ad1`, `sidebar2`) is not one.
 */
function isGeneratedId(token: string): boolean {
  return /^[0-9a-f]+$/.test(token) && /[a-f][0-9]+[a-f]/.test(token);
}

function classRuleFor(el: Element): PatternRule | undefined {
  const tokens = tokensOf(el);
  for (let i = 0; i < tokens.length; i++) {
    const rule = tokenRules.get(tokens[i]!);
    // tokensOf puts the id last: only it can be a heading's text anchor
    const isId = i === tokens.length - 1 && !!el.attribs.id;
    if (rule && !(isId && isTextAnchor(tokens[i]!, el))) return rule;
  }
  return undefined;
}

/** The heading's first words an anchor id must spell out to be made from its text (one word would match by chance). */
const ANCHOR_WORDS = 2;

/**
 * A heading's id made from its own text (`nav_the_new_budget__1` on "The new budget"): an anchor
 * for a table of contents, whose first word is a prefix, not a name of a box.
 */
function isTextAnchor(id: string, el: Element): boolean {
  if (!/^h[1-6]$/.test(el.name)) return false;
  const words = textOf(el).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length < ANCHOR_WORDS) return false;
  return id.split(/[-_]+/).join(' ').includes(words.slice(0, ANCHOR_WORDS).join(' '));
}

const ROLE_KIND: Record<string, [BoilerplateKind, string]> = {
  navigation: ['navigation', 'navigation'],
  complementary: ['related', 'complementary'],
  banner: ['navigation', 'banner'],
  contentinfo: ['legal', 'contentinfo'],
  search: ['navigation', 'search'],
  menu: ['navigation', 'menu'],
  menubar: ['navigation', 'menubar'],
  dialog: ['advert', 'dialog'],
  alertdialog: ['advert', 'alertdialog'],
  toolbar: ['share', 'toolbar'],
};

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export interface CleanContext {
  removed: Removal[];
  record(el: Element, kind: BoilerplateKind, rule: string): void;
}

export function makeCleanContext(): CleanContext {
  const removed: Removal[] = [];
  return {
    removed,
    record(el, kind, rule) {
      const text = textOf(el);
      if (text) removed.push({ kind, rule, text });
      removeNode(el);
    },
  };
}

/** The verdict for one element, or undefined to keep it. */
function verdict(el: Element, inArticle: boolean, light: boolean): [BoilerplateKind, string] | undefined {
  const name = el.name;
  const a = el.attribs;
  if (a.hidden !== undefined) return ['outside-article', 'html/hidden'];
  if (a['aria-hidden'] === 'true') return ['outside-article', 'html/aria-hidden'];
  if (a.style && HIDDEN_STYLE.test(a.style)) return ['outside-article', 'html/hidden-style'];
  if (name === 'nav') return ['navigation', 'html/tag/nav'];
  if (name === 'aside') return ['related', 'html/tag/aside'];
  if (name === 'figcaption') return ['credit', 'html/tag/figcaption'];
  if (name === 'footer') return inArticle ? ['tags', 'html/tag/footer'] : ['legal', 'html/tag/footer'];
  if (name === 'form' && !holdsArticleCheap(el)) return ['navigation', 'html/tag/form'];
  const role = a.role?.toLowerCase();
  if (role && ROLE_KIND[role]) return [ROLE_KIND[role]![0], `html/role/${ROLE_KIND[role]![1]}`];
  if (name === 'header' && !inArticle) return undefined; // decided by the scorer: it may hold the headline and lead
  if (light) return undefined;
  const rule = classRuleFor(el);
  if (rule && !(rule.boxOnly && inRunningText(el))) return [rule.kind, `html/class-pattern/${rule.name}`];
  return undefined;
}

/** A class/id token that names the article body (`elementor-widget-theme-post-content`, `entry-content`). */
const CONTENT_TOKEN = /(?:^|[-_])(?:post|entry|article|story|news|blog)-?(?:content|body|text)$/;

function namesContent(el: Element): boolean {
  return tokensOf(el).some((t) => CONTENT_TOKEN.test(t));
}

/** Forms wrap whole pages on some CMSs (ASP.NET); only small forms are chaff. */
function holdsArticleCheap(el: Element): boolean {
  return holdsArticle(el) || textOf(el).length > 2000;
}

/**
 * Removes junk elements (silently) and chaff containers (recorded). `body`, `html` and
 * containers holding the article (h1, article, main, articleBody) are never removed by pattern.
 */
export function preClean(doc: Document, ctx: CleanContext, light = false): void {
  const bodyText = textLengths(doc).text;
  const walk = (parent: ParentNode, inArticle: boolean, inContent: boolean): void => {
    const children = parent.children.slice();
    for (const child of children) {
      if (!(child instanceof Element)) {
        if (child.type === 'comment' || child.type === 'directive' || child.type === 'cdata') removeNode(child);
        continue;
      }
      const name = child.name;
      if (JUNK_TAGS.has(name)) {
        removeNode(child);
        continue;
      }
      if (name !== 'html' && name !== 'body') {
        const v = verdict(child, inArticle, light);
        if (v) {
          const protect = v[1].startsWith('html/class-pattern/') || v[1].startsWith('html/role/') || v[1] === 'html/tag/footer' || v[1] === 'html/tag/aside';
          const isArticle = name === 'article' || name === 'main' || child.attribs.itemprop === 'articleBody';
          const rule = v[1].startsWith('html/class-pattern/') ? CLASS_RULES.find((r) => v[1].endsWith('/' + r.name)) : undefined;
          if (
            !(
              protect &&
              (isArticle ||
                holdsArticle(child) ||
                (v[1] !== 'html/class-pattern/comments' && bigProse(child, bodyText)) ||
                ((rule?.proseSafe || ((inContent || namesContent(child)) && rule?.name !== 'comments')) && holdsProse(child)))
            )
          ) {
            ctx.record(child, v[0], v[1]);
            continue;
          }
        }
      }
      walk(child, inArticle || name === 'article' || name === 'main' || child.attribs.itemprop === 'articleBody', inContent || namesContent(child));
    }
  };
  walk(doc, false, false);
}

/** Characters of text (whitespace ignored) under a node, and how many of them sit in links; iteratively. */
function textLengths(root: ParentNode): { text: number; linked: number } {
  let text = 0;
  let linked = 0;
  // two parallel stacks: no object per element
  const nodes: ParentNode[] = [root];
  const inLinks: boolean[] = [false];
  while (nodes.length) {
    const node = nodes.pop()!;
    const inLink = inLinks.pop()!;
    for (const c of node.children) {
      if (c instanceof Element) {
        if (!JUNK_TAGS.has(c.name)) {
          nodes.push(c);
          inLinks.push(inLink || c.name === 'a');
        }
      } else if (c.type === 'text') {
        const n = countNonSpace((c as unknown as { data: string }).data);
        text += n;
        if (inLink) linked += n;
      }
    }
  }
  return { text, linked };
}

function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 160) n++;
  }
  return n;
}

/** A container with a large share of the page's text, mostly not links: the content, whatever its class says. */
function bigProse(el: Element, bodyText: number): boolean {
  const { text, linked } = textLengths(el);
  if (text < 500 || text < bodyText * 0.4) return false;
  return linked < text * 0.3;
}

/** Holds a paragraph of at least 250 characters with few links. */
function holdsProse(el: Element): boolean {
  const stack: Element[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    for (const c of e.children) {
      if (!(c instanceof Element)) continue;
      if (c.name === 'p' || c.name === 'blockquote') {
        const { text, linked } = textLengths(c);
        if (text >= 250 && linked < text * 0.2) return true;
      } else stack.push(c);
    }
  }
  return false;
}
