/**
 * The one date reader: every stage that reads a date (HTML metadata, dump lines, input
 * hints) reads it here. It knows written dates in many languages ("March 12, 2019",
 * "12. März 2019", "12 de marzo de 2019", "12 марта 2019", "2019年3月12日"), numeric dates
 * (`2019-03-12`, `12.03.2019`, `03/12/2019`), structured values (`2019-03-12T10:00:00+01:00`)
 * and dates in a URL path. Only fully written calendar dates count: a relative date ("3
 * hours ago") would make records depend on the day of the run.
 *
 * It is plain regular expressions over the text, no parser library: dump metadata reads
 * dozens of head lines per document, and a line without a digit is rejected at once.
 */
import { MONTHS, WEEKDAYS } from './month-names.js';
import { TextMemo } from './text-memo.js';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A year, month and day a web article can carry (1990-2100), and a real day of that month. */
function isPlausibleDate(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1]!;
}

/** A date found in text: ISO `YYYY-MM-DD`, the text as written and where it starts. */
export interface FoundDate {
  iso: string;
  text: string;
  index: number;
}

export interface DateOptions {
  /** The text's language (BCP 47): decides whether `05/07/2022` is the 5th of July. */
  language?: string;
  /** Read `05/07/2022` day first; overrides the language's convention. */
  dayFirst?: boolean;
}

/** Whether a text in this language writes 03/04/2020 for the 3rd of April (all but US English). */
export function dayFirst(language: string | undefined): boolean {
  if (!language) return false;
  const l = language.toLowerCase();
  return !(l === 'en' || l.startsWith('en-us') || l.startsWith('en_us'));
}

/** Two-digit years are this century's: `12.03.19` is 2019. */
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

type Reader = (m: RegExpExecArray, dayFirstOrder: boolean) => string | undefined;

const checked = (y: number, m: number, d: number) => (isPlausibleDate(y, m, d) ? iso(y, m, d) : undefined);
const month = (name: string) => MONTHS.get(name.toLowerCase().replace(/\.$/, ''));

/**
 * A month's name, `(?=(\p{L}{3,12}))\N` in the forms below: the whole run of letters, taken at
 * once. Backing off inside it never helps (a letter would follow, where the forms want a dot, a
 * comma or a space), and the plain `(\p{L}{3,12})` followed by a year cost V8 about 0.7 G
 * instructions to compile for two-byte text, once per thread.
 *
 * The written forms, each a global pattern and how to read a match. Where several match,
 * the earliest in the text wins (then the longest): a line's first date is its own.
 */
const FORMS: [RegExp, Reader][] = [
  // 2019-03-12, 2019/03/12, 2019.03.12, 2019. 3. 12. (Korean)
  [/(?<![\d.])((?:19|20)\d{2})([-/.])(?:(?<=\.) )?(\d{1,2})\2(?:(?<=\.) )?(\d{1,2})(?![\d])/gu, (m) => checked(Number(m[1]), Number(m[3]), Number(m[4]))],
  // 12.03.2019, 12. 03. 2019, 12.03.19 (a two-digit year only when no letter or number is beside it: not a version number)
  [
    /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2}|(?<![\p{L}]\d{1,2}\.\s?\d{1,2}\.\s?)\d{2}(?![.\d]))(?!\d)/gu,
    (m) => checked(fullYear(m[3]!), Number(m[2]), Number(m[1])),
  ],
  // 03/12/2019, 12-03-2019: month first in US English, unless the first number cannot be a month
  [
    /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d{2}|(?<![\p{L}]\d{1,2}[/-]\d{1,2}[/-])\d{2}(?![/\d-]))(?![\d/-])/gu,
    (m, dayFirstOrder) => {
      const [a, b, y] = [Number(m[1]), Number(m[3]), fullYear(m[4]!)];
      if (a > 12 || (dayFirstOrder && b <= 12)) return checked(y, b, a) ?? checked(y, a, b);
      return checked(y, a, b);
    },
  ],
  // March 12, 2019; Mar. 12th 2019; Sunday, March 12, 2019; Jan 04 09:34 2021 (the Unix clock's order); a capitalised
  // month run into the word before it, where a dump lost the break after a name ("Anna BeispielMarch 12, 2019"); a
  // two-digit day run into the year ("Apr 042013", a theme's day and year in two boxes)
  [
    /(?:(?<![\p{L}])|(?<=\p{Ll})(?=\p{Lu}))(?=(\p{L}{3,12}))\1\.?\s+(\d{1,2})(?:st|nd|rd|th)?\.?,?(?:\s+(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?|(?<=\s\d{2}))((?:19|20)\d{2})(?!\d)/gu,
    (m) => {
      const mo = month(m[1]!);
      return mo ? checked(Number(m[3]), mo, Number(m[2])) : undefined;
    },
  ],
  // 12 March 2019, 12th of March 2019, 12. März 2019, 1er mars 2019, 12 de marzo de 2019, 3 d'abril de 2019, 12 марта 2019 г.; a range
  // of days ("10. - 16. Januar 2022", "14–20 January 2022") is read as its first day
  [
    /(?<![\d.])(\d{1,2})(?:\\?\.|er|º|st|nd|rd|th)?\s*(?:[-–]\s*\d{1,2}\.?\s*)?(?:de\s+|of\s+|d['’]\s*)?(?=(\p{L}{3,12}))\2\.?,?\s+(?:de\s+|del\s+)?((?:19|20)\d{2})(?!\d)/gu,
    (m) => {
      const mo = month(m[2]!);
      return mo ? checked(Number(m[3]), mo, Number(m[1])) : undefined;
    },
  ],
  // 2019. március 12. (Hungarian: the year first, then the month's name)
  [
    /(?<![\d.])((?:19|20)\d{2})\.\s+(\p{L}{3,12})\.?\s+(\d{1,2})\.?(?!\d)/gu,
    (m) => {
      const mo = month(m[2]!);
      return mo ? checked(Number(m[1]), mo, Number(m[3])) : undefined;
    },
  ],
  // 2019年3月12日 (Chinese, Japanese), 2019년 3월 12일 (Korean)
  [/((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu, (m) => checked(Number(m[1]), Number(m[2]), Number(m[3]))],
];

/** A year written in full or as the end of a numeric date: no date without one. */
const HAS_YEAR = /(?:19|20)\d{2}|\d[./-]\d{2}(?!\d)/u;

/**
 * The first full calendar date in a text, in any of the languages the month table knows.
 * Two dates run together ("12. Dezember 202212. Dezember 2022", a published and an
 * updated date whose separator was lost) are read apart.
 */
export function findDate(text: string, options: DateOptions = {}): FoundDate | undefined {
  if (!HAS_YEAR.test(text)) return undefined; // most lines: no year, no date, no further work
  const order = options.dayFirst ?? dayFirst(options.language);
  // Metadata asks about the same head lines several times (date line? title? byline?):
  // remember short lines' dates (paragraphs are asked once).
  return (order ? readDayFirst : readMonthFirst).get(text);
}

/** Every date in a text, in order. */
export function* findDates(text: string, options: DateOptions = {}): Generator<FoundDate> {
  for (let from = 0; from < text.length; ) {
    const date = findDate(text.slice(from), options);
    if (!date) return;
    yield { ...date, index: from + date.index };
    from += date.index + Math.max(1, date.text.length);
  }
}

const CACHED_LENGTH = 300;
const readDayFirst = new TextMemo((text) => readDate(text, true), 1024, CACHED_LENGTH);
const readMonthFirst = new TextMemo((text) => readDate(text, false), 1024, CACHED_LENGTH);
const RUN_TOGETHER = /((?:19|20)\d{2})(?=\d{1,2}\\?[./ :])/gu; // "\." as Markdown escapes "25. Januar"; "202221:25" a time

function readDate(text: string, order: boolean): FoundDate | undefined {
  const source = text.replace(RUN_TOGETHER, '$1 ');
  let best: FoundDate | undefined;
  for (const [pattern, readMatch] of FORMS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
      if (best && m.index > best.index) break;
      const date = readMatch(m, order);
      if (!date) {
        // Not a date ("AnnaMay 30" read as one word): look again from the next character.
        pattern.lastIndex = m.index + 1;
        continue;
      }
      if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.text.length)) {
        best = { iso: date, text: m[0], index: m.index };
      }
      break;
    }
  }
  // The split of run-together dates adds spaces only after a year: the first date's offset holds.
  return best && withWeekdayAndTime(source, best);
}

/** "on Wednesday, " before a date and ", 14:14 Uhr", " at 2:30 pm", " à 09h08" after it. */
const LEADING_WORD = /(\p{L}[\p{L}'-]{1,13})\.?,?\s*$/u;
const TRAILING_TIME = /^\s*,?\s*(?:[-–|]\s*|(?:at|um|à|a las|a las|alle|om|às|в|о)\s+)?\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2}|\.\d{2}(?=\s*uhr))\s*(?:[ap]\.?\s?m\.?|uhr|h\b)?/iu;

/**
 * The date with the weekday and the time of day written around it: one span, so a caller that
 * lifts the date out of a line ("By Anna Smith, August 14, 2020 2:30 pm") leaves no debris.
 */
/** The word that introduces a date: "on", "am", "le", "el", "il", "em", "op", "dnia". */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'am', 'vom', 'le', 'du', 'el', 'del', 'il', 'em', 'op', 'dnia', 'від']);

function withWeekdayAndTime(text: string, found: FoundDate): FoundDate {
  let { index } = found;
  for (const words of [WEEKDAYS, DATE_PREPOSITIONS]) {
    const before = LEADING_WORD.exec(text.slice(Math.max(0, index - 20), index));
    if (before && words.has(before[1]!.toLowerCase())) index -= before[0].length;
  }
  const end = found.index + found.text.length;
  const time = TRAILING_TIME.exec(text.slice(end, end + 30));
  const stop = end + (time ? time[0].trimEnd().length : 0);
  return { iso: found.iso, text: text.slice(index, stop), index };
}

const STRUCTURED = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(:\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/**
 * ISO 8601 from a structured value (JSON-LD, <meta> content, a datetime attribute, an
 * input hint): the time is kept with its offset; a time without an offset says nothing
 * about the day elsewhere and is dropped. Other forms (`20190312`, `March 12, 2019`) are read
 * as dates.
 */
export function normalizeDate(value: string | undefined, options: DateOptions = {}): string | undefined {
  if (!value) return undefined;
  const s = value.trim();
  const m = STRUCTURED.exec(s);
  if (m) {
    const date = checked(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!date || !m[4] || !m[7]) return date;
    const offset = m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    return `${date}T${pad(Number(m[4]))}:${m[5]}${m[6] ?? ''}${offset}`;
  }
  const compact = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (compact) return checked(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return findDate(s, options)?.iso;
}

/**
 * Words that label a date as an update, not the publication ("Updated", "Aktualisiert", "mis à
 * jour", "обновлено", "更新"): whole words in alphabetic scripts, anywhere in CJK ones.
 */
export const UPDATE_LABEL = new RegExp(
  `(?<![\\p{L}])(?:${[
    'updated?', 'last (?:updated|modified|edited)', 'modified', 'edited', 'revised',
    'aktualisiert', 'geändert', 'bearbeitet', 'editiert', 'zuletzt',
    'mise? à jour', 'modifiée?', 'actualizad[oa]', 'actualización', 'modificad[oa]', 'atualizad[oa]', 'atualização',
    'aggiornat[oa]', 'aggiornamento', 'modificat[oa]', 'bijgewerkt', 'gewijzigd', 'zaktualizowano', 'aktualizacja', 'zmieniono',
    'uppdaterad', 'opdateret', 'oppdatert', 'päivitetty', 'frissítve', 'actualizat', 'aktualizováno', 'aktualizace', 'upraveno',
    'güncellendi', 'güncelleme', 'обновлено', 'обновлён', 'оновлено', 'ενημερώθηκε',
  ].join('|')})(?![\\p{L}])|更新|수정`,
  'iu',
);

/** A date written in the URL's path (`/2019/08/02/`, `/2019-08-02-slug`), as many CMSs do. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /[/_-](\d{4})[/_-](\d{2})[/_-](\d{2})(?:[/_-]|$)/.exec(url.replace(/^https?:\/\/[^/]+/, ''));
  return m ? checked(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
