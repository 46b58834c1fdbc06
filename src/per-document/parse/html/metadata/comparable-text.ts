/**
 * The one text helper the metadata modules share: a form of a title or name for comparing
 * (lower case, punctuation and spacing reduced to single spaces), so that a heading, a
 * declared title, a site name and a byline name can be matched whatever their typography.
 */

/** Lower-cased, every run of non-letters and non-digits turned into one space, trimmed. */
export function comparableText(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
