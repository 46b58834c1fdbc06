/** Calendar helpers shared by every stage that reads dates (HTML metadata, dump lines). */

export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A year, month and day a web article can carry (1990-2100). */
export function isPlausibleDate(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** A date written in the URL's path (`/2019/08/02/`, `/2019-08-02-slug`), as many CMSs do. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /[/_-](\d{4})[/_-](\d{2})[/_-](\d{2})(?:[/_-]|$)/.exec(url.replace(/^https?:\/\/[^/]+/, ''));
  if (m && isPlausibleDate(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  return undefined;
}
