/**
 * Reads dates written on the page into ISO 8601: structured values (meta content, datetime
 * attributes, JSON-LD), dates in free text in several languages (`12.03.2019`,
 * `March 12, 2019`, `12 mars 2019`), and dates in a URL path. Which of the dates found is the
 * publication date is decided in published.ts.
 */

import { isPlausibleDate, pad } from '../../../../core/dates.js';

/** Month names and common abbreviations in several European languages, to 1-12. */
const MONTHS: Record<string, number> = {};
[
  ['jan', 'januar', 'janvier', 'enero', 'gennaio', 'janeiro', 'stycznia', 'styczeń', 'januari', 'jänner'],
  ['feb', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'lutego', 'februari'],
  ['mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marca', 'maart'],
  ['apr', 'april', 'avril', 'abril', 'aprile', 'kwietnia'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'maja', 'mei'],
  ['jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca'],
  ['jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca'],
  ['aug', 'august', 'août', 'aout', 'agosto', 'sierpnia', 'augustus'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'settembre', 'setembro', 'września', 'wrzesnia'],
  ['oct', 'okt', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'października', 'pazdziernika'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'listopada'],
  ['dec', 'dez', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'grudnia', 'december'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
MONTHS.january = 1;
MONTHS.february = 2;
MONTHS.march = 3;
MONTHS.june = 6;
MONTHS.july = 7;
MONTHS.october = 10;


/** Normalises a date string to ISO 8601 (date or date-time); undefined when unreadable. */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isPlausibleDate(y, mo, d)) return undefined;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    return m[4] ? `${date}T${m[4].length === 4 ? '0' + m[4] : m[4]}${m[5] ?? ''}` : date;
  }
  m = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m && isPlausibleDate(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  return findDateInText(s);
}

/** Finds a date in free text: `12.03.2019`, `March 12, 2019`, `12 mars 2019`, `2019-03-12`. */
export function findDateInText(s: string, dayFirst = false): string | undefined {
  let m = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(s);
  if (m && isPlausibleDate(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/.exec(s);
  if (m && isPlausibleDate(Number(m[3]), Number(m[2]), Number(m[1]))) return `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  m = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    // US order unless the first number cannot be a month or the page's language writes the day first
    if ((a > 12 || (dayFirst && b <= 12)) && isPlausibleDate(y, b, a)) return `${y}-${pad(b)}-${pad(a)}`;
    if (isPlausibleDate(y, a, b)) return `${y}-${pad(a)}-${pad(b)}`;
  }
  const lower = s.toLowerCase();
  m = /([\p{L}]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u.exec(lower);
  if (m && MONTHS[m[1]!] && isPlausibleDate(Number(m[3]), MONTHS[m[1]!]!, Number(m[2])))
    return `${m[3]}-${pad(MONTHS[m[1]!]!)}-${pad(Number(m[2]))}`;
  m = /(?<!\d)(\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?([\p{L}]{3,12})\.?,?\s+(?:de\s+)?(\d{4})/u.exec(lower);
  if (m && MONTHS[m[2]!] && isPlausibleDate(Number(m[3]), MONTHS[m[2]!]!, Number(m[1])))
    return `${m[3]}-${pad(MONTHS[m[2]!]!)}-${pad(Number(m[1]))}`;
  return undefined;
}

/** Whether a page in this language writes 03/04/2020 for the 3rd of April (all but US English). */
export function dayFirst(lang: string | undefined): boolean {
  if (!lang) return false;
  const l = lang.toLowerCase();
  return !(l === 'en' || l.startsWith('en-us') || l.startsWith('en_us'));
}

