/**
 * Dates written in dump lines ("February 11, 2026", "11. Februar 2026", "2026-02-11").
 * Only fully specified calendar dates count: a relative date ("3 hours ago") would make
 * records depend on the day of the run.
 */
import * as chrono from 'chrono-node';
import { pad } from '../../core/dates.js';

type ChronoParser = Pick<typeof chrono, 'parse'>;
const PARSERS: Record<string, ChronoParser> = {
  de: chrono.de, es: chrono.es, fr: chrono.fr, it: chrono.it, ja: chrono.ja, nl: chrono.nl,
  pt: chrono.pt, ru: chrono.ru, uk: chrono.uk, zh: chrono.zh, sv: chrono.sv, fi: chrono.fi,
};
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

export interface FoundDate {
  iso: string;
  /** The date's text as written. */
  text: string;
  index: number;
}


/** A written year: relative dates ("3 hours ago", "gestern") have none and are not dates here. */
const WRITTEN_YEAR = /(?:^|\D)(?:\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2})(?:\D|$)/;

/** Month names of languages chrono does not read (genitive and nominative forms). */
const MONTHS: Record<string, string[][]> = {
  pl: [
    ['stycznia', 'styczeń', 'styczen'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień', 'kwiecien'],
    ['maja', 'maj'], ['czerwca', 'czerwiec'], ['lipca', 'lipiec'], ['sierpnia', 'sierpień', 'sierpien'],
    ['września', 'wrzesień', 'wrzesnia', 'wrzesien'], ['października', 'październik', 'pazdziernika'],
    ['listopada', 'listopad'], ['grudnia', 'grudzień', 'grudzien'],
  ],
};

function findNamedMonthDate(text: string, language: string | undefined): FoundDate | undefined {
  const months = language ? MONTHS[language] : undefined;
  if (!months) return undefined;
  const names = months.flatMap((forms, i) => forms.map((form) => [form, i + 1] as const)).sort((a, b) => b[0].length - a[0].length);
  const pattern = new RegExp(`(\\d{1,2})\\.?\\s+(${names.map(([n]) => n).join('|')})\\s+(\\d{4})`, 'iu');
  const match = pattern.exec(text);
  if (!match) return undefined;
  const month = names.find(([n]) => n === match[2]!.toLowerCase())![1];
  const day = Number(match[1]);
  if (day < 1 || day > 31) return undefined;
  return { iso: `${match[3]}-${pad(month)}-${pad(day)}`, text: match[0], index: match.index };
}

export function findDate(text: string, language: string | undefined): FoundDate | undefined {
  if (!/\d/.test(text)) return undefined; // every full date has a year in digits; chrono is costly
  // "19. Dezember 202219. Dezember 2022": two dates run together (published and updated).
  text = text.replace(/((?:19|20)\d{2})(?=\d{1,2}[./ ])/gu, '$1 ');
  const primary = language?.split('-')[0];
  const named = findNamedMonthDate(text, primary);
  if (named) return named;
  const parsers = [primary && PARSERS[primary], chrono.en].filter(Boolean) as ChronoParser[];
  for (const parser of parsers) {
    for (const result of parser.parse(text, REFERENCE)) {
      const start = result.start;
      if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
      const year = start.get('year')!;
      if (year < 1990 || year > 2100 || !WRITTEN_YEAR.test(result.text)) continue;
      return { iso: `${year}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`, text: result.text, index: result.index };
    }
  }
  return undefined;
}


/** ISO 8601 from a structured value (JSON-LD, meta): keeps the time when given. */
export function normalizeIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?/.exec(value.trim());
  if (!match) return findDate(value, undefined)?.iso;
  const [, date, time, zone] = match;
  if (!time) return date;
  const offset = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
  return offset ? `${date}T${time}${offset}` : date;
}
