/** URL helpers shared by metadata, canonicalization and ids. */

const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|smid|sr_share)$/i;

export function parseUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function hostOf(url: string | undefined): string | undefined {
  return parseUrl(url)?.hostname.toLowerCase();
}

/**
 * The form two URLs of one article share: lower-case host without `www.`, no fragment, no
 * tracking parameters, no trailing slash, http and https alike.
 */
export function canonicalUrl(url: string | undefined): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed) return undefined;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...parsed.searchParams.entries()].filter(([key]) => !TRACKING_PARAM.test(key)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const pathname = parsed.pathname.replace(/\/+$/, '') || '/';
  return `${host}${parsed.port ? `:${parsed.port}` : ''}${pathname}${query}`;
}

/**
 * Top-level domains common enough that a word, a dot and one of them in text is a domain name
 * ("techblick.eu", "Gartenfreund.de"), not an abbreviation or a product ("Node.js"): one list for the
 * places that look for site names written in text.
 */
export const COMMON_TLDS = 'com|net|org|info|io|co|de|ch|at|fr|es|it|nl|be|uk|eu|ru|pl|cz|se|no|dk|fi|pt|br|jp|cn|in|us|ca|au';
