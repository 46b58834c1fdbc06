import { describe, expect, it } from 'vitest';
import { UPDATE_LABEL, dateFromUrl, dayFirst, findDate, normalizeDate } from '../../src/core/dates.js';

describe('findDate: written dates in many languages', () => {
  it.each([
    ['en', 'Published March 12, 2019', '2019-03-12'],
    ['en', 'Mar. 12th 2019', '2019-03-12'],
    ['en', '12 March 2019', '2019-03-12'],
    ['de', 'am 12. März 2019', '2019-03-12'],
    ['de', '3. Jänner 2020', '2020-01-03'],
    ['fr', 'le 1er mars 2019', '2019-03-01'],
    ['ca', "dimarts, 3 d'abril de 2018", '2018-04-03'],
    ['id', 'Senin, 5 Agustus 2021 10:00 WIB', '2021-08-05'],
    ['el', '12 Μαρτίου 2019', '2019-03-12'],
    ['bg', '7 декември 2020 г.', '2020-12-07'],
    ['sr', '3. avgusta 2020.', '2020-08-03'],
    ['sl', '15. junija 2022', '2022-06-15'],
    ['fr', 'lundi 9 décembre 2019 à 09h08', '2019-12-09'],
    ['es', '12 de marzo de 2019', '2019-03-12'],
    ['it', '12 marzo 2019', '2019-03-12'],
    ['pt', '12 de março de 2019', '2019-03-12'],
    ['nl', '12 maart 2019', '2019-03-12'],
    ['pl', '12 marca 2019', '2019-03-12'],
    ['ru', '12 марта 2019 г.', '2019-03-12'],
    ['uk', '12 березня 2019', '2019-03-12'],
    ['sv', '7 oktober 2020', '2020-10-07'],
    ['zh', '2019年3月12日', '2019-03-12'],
    ['ar', 'الجمعة 8 فيفري 2019', '2019-02-08'],
    ['ar', 'نشر في 15 أكتوبر 2020', '2020-10-15'],
    ['ar', '3 حزيران 2021', '2021-06-03'],
  ])('%s: %s', (language, text, iso) => {
    expect(findDate(text, { language })?.iso).toBe(iso);
  });

  it('reads numeric dates: ISO, day-first with dots, and slashes by the language', () => {
    expect(findDate('Stand: 2019-03-12')?.iso).toBe('2019-03-12');
    expect(findDate('Berlin, 28.10.2021, 058/21', { language: 'de' })?.iso).toBe('2021-10-28');
    expect(findDate('Aktualisiert 6.11.22', { language: 'de' })?.iso).toBe('2022-11-06');
    expect(findDate('05/07/2022', { language: 'en' })?.iso).toBe('2022-05-07');
    expect(findDate('05/07/2022', { language: 'fr' })?.iso).toBe('2022-07-05');
    expect(findDate('25/07/2022', { language: 'en' })?.iso).toBe('2022-07-25'); // 25 cannot be a month
    expect(findDate('05/07/2022', { dayFirst: true })?.iso).toBe('2022-07-05');
  });

  it('reads a capitalised month run into the name before it, and looks past a run of letters that is no month', () => {
    expect(findDate('Anna BeispielNovember 6, 2023')).toMatchObject({ iso: '2023-11-06', text: 'November 6, 2023' });
    expect(findDate('JonasMay 30, 2019')?.iso).toBe('2019-05-30');
    expect(findDate('Anna Beispiel14.03.2021', { language: 'de' })?.iso).toBe('2021-03-14');
    expect(findDate('Decembrist 6, 2023')).toBeUndefined();
  });

  it('reads a two-digit day run into the year after a month name ("Apr 042013"), and nothing shorter', () => {
    expect(findDate('Apr 042013')).toMatchObject({ iso: '2013-04-04', text: 'Apr 042013' });
    expect(findDate('Apr 12019')).toBeUndefined();
  });

  it('reads a range of days as its first day, and the Unix clock order', () => {
    expect(findDate('Wochenbericht 14. - 20. Januar 2022', { language: 'de' })?.iso).toBe('2022-01-14');
    expect(findDate('14–20 January 2022')?.iso).toBe('2022-01-14');
    expect(findDate('Jan 04 09:34 2021')?.iso).toBe('2021-01-04');
  });

  it('takes the first date of a line and reads two dates run together apart', () => {
    expect(findDate('Published 3 March 2020, updated 2020-04-01', { language: 'en' })?.iso).toBe('2020-03-03');
    expect(findDate('19. Dezember 202219. Dezember 2022', { language: 'de' })?.iso).toBe('2022-12-19');
  });

  it('spans the weekday, the word before and the time of day, so a caller can lift the date out', () => {
    const text = 'By Ethan Corwin, August 14, 2020 2:30 pm';
    const found = findDate(text, { language: 'en' })!;
    expect(found.text).toBe('August 14, 2020 2:30 pm');
    expect(text.slice(found.index, found.index + found.text.length)).toBe(found.text);
    expect(findDate('von Stefan Ballhausen am 29. Mai 2017, 14:14 Uhr', { language: 'de' })?.text).toBe('am 29. Mai 2017, 14:14 Uhr');
    expect(findDate('Heidemarie Kraus | Di, 21. April 2020 - 16:40', { language: 'de' })?.text).toBe('Di, 21. April 2020 - 16:40');
  });

  it('rejects what is not a full calendar date', () => {
    expect(findDate('v1.2.19')).toBeUndefined(); // a version number, not a two-digit year
    expect(findDate('build 2.0.19.4')).toBeUndefined();
    expect(findDate('31.02.2020')).toBeUndefined();
    expect(findDate('in 1850 the mill was built')).toBeUndefined();
    expect(findDate('Page 3 of 2019 results')).toBeUndefined();
    expect(findDate('vor 2 Tagen', { language: 'de' })).toBeUndefined();
  });
});

describe('normalizeDate: structured values', () => {
  it('keeps a time only with its offset', () => {
    expect(normalizeDate('2019-03-12T09:05:00+0100')).toBe('2019-03-12T09:05:00+01:00');
    expect(normalizeDate('2019-03-12T9:05Z')).toBe('2019-03-12T09:05Z');
    expect(normalizeDate('2019-03-12 09:05')).toBe('2019-03-12');
    expect(normalizeDate('2019-3-2')).toBe('2019-03-02');
  });

  it('reads compact and written values, and nothing else', () => {
    expect(normalizeDate('20190312')).toBe('2019-03-12');
    expect(normalizeDate('12 mars 2019')).toBe('2019-03-12');
    expect(normalizeDate('2019-13-01')).toBeUndefined();
    expect(normalizeDate('soon')).toBeUndefined();
  });
});

describe('calendar conventions', () => {
  it('writes the day first everywhere but in US English', () => {
    expect(dayFirst('en-US')).toBe(false);
    expect(dayFirst('en')).toBe(false);
    expect(dayFirst('en-GB')).toBe(true);
    expect(dayFirst('de')).toBe(true);
  });

  it('reads a date in a URL path', () => {
    expect(dateFromUrl('https://news.example/2019/08/02/story')).toBe('2019-08-02');
    expect(dateFromUrl('https://news.example/2019/02/30/story')).toBeUndefined();
  });
});

describe('update labels', () => {
  it.each(['Updated:', 'Zuletzt editiert am', 'Dernière mise à jour le', 'Modificado el', 'Laatst gewijzigd op', 'Opdateret', 'Päivitetty', 'Frissítve:', 'Ενημερώθηκε', '最終更新'])(
    'reads "%s" as an update label',
    (label) => expect(UPDATE_LABEL.test(label)).toBe(true),
  );

  it.each(['Published on', 'Veröffentlicht am', 'Publié le', 'Mise en ligne le', 'Stand:', 'Redaktion'])('does not read "%s" as one', (label) => {
    expect(UPDATE_LABEL.test(label)).toBe(false);
  });
});
