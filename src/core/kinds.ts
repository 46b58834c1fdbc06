/**
 * The kinds of chaff winnow recognises. `removed[].kind` is always one of these, so
 * downstream tools can count and filter removals without parsing rule names.
 */
export const BOILERPLATE_KINDS = [
  'donation', // donation, membership and "support us" appeals
  'embed', // social-media embeds with their caption and attribution lines
  'related', // "You may also like", "Related", "Read more", "More from…" footers and lists
  'link-stub', // links whose target is a placeholder (`#` or empty)
  'newsletter', // sign-up and subscribe calls to action
  'comments', // "Leave a Comment" and its kin
  'credit', // photo credit and caption lines
  'author-bio', // "Anna Smith writes about …" boxes about the author
  'share', // share bars and "follow us" lines
  'navigation', // menus, breadcrumbs, skip links, pagination
  'cookie', // cookie and consent notices
  'legal', // copyright lines, terms, imprint
  'tags', // tag and category lists
  'advert', // advertisement markers
  'paywall', // login and subscription walls
  'repeated', // blocks that recur across several dumps of one site (template)
  'metadata', // title, byline, date and URL lines lifted into record fields
  'outside-article', // text the main-content extractor left out of the article
] as const;

export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number];

export function isBoilerplateKind(value: string): value is BoilerplateKind {
  return (BOILERPLATE_KINDS as readonly string[]).includes(value);
}
