/**
 * guessLanguage scores franc's own models through an inverted index: it must give franc's
 * answer on every text, in every script and at every length franc reads.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { franc, francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { guessLanguage, rankLanguages } from '../../src/per-document/metadata/trigram-language.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Windows of several lengths at several places of each text: short ones cross franc's minimum and its 2,048-character cut. */
function windows(text: string): string[] {
  const out: string[] = [];
  for (const length of [25, 40, 120, 400, 1200, 3000]) {
    for (let start = 0; start < text.length; start += Math.max(length, Math.floor(text.length / 4))) out.push(text.slice(start, start + length));
  }
  return out;
}

const seeds = filesUnder(path.join(ROOT, 'seeds'));
const fixtures = filesUnder(path.join(ROOT, 'test/fixtures'));
// The phrase packs hold real text in 17 languages and five scripts (Latin, Cyrillic, Han, Kana, Hangul).
const packs = readdirSync(path.join(ROOT, 'pipelines/rules')).map((lang) => path.join(ROOT, 'pipelines/rules', lang));

/** The whole ranking is compared, not only the first language: a wrong distance shows in the order below the top. */
describe('guessLanguage and rankLanguages agree with franc', () => {
  it.each([...seeds, ...fixtures].map((f) => [path.relative(ROOT, f), f]))('on windows of %s', (_name, file) => {
    const texts = windows(readFileSync(file, 'utf8'));
    expect(texts.map((t) => guessLanguage(t, 30))).toEqual(texts.map((t) => franc(t, { minLength: 30 })));
    expect(texts.map((t) => rankLanguages(t, 30))).toEqual(texts.map((t) => francAll(t, { minLength: 30 }).map(([code]) => code)));
  });

  it.each(packs.map((dir) => [path.basename(dir), dir]))('on the phrases of the %s rule pack', (_lang, dir) => {
    const text = filesUnder(dir)
      .map((f) => readFileSync(f, 'utf8').replace(/^\s*(?:#.*|[\w-]+:)\s*$/gmu, ''))
      .join('\n');
    const texts = windows(text);
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.map((t) => guessLanguage(t, 30))).toEqual(texts.map((t) => franc(t, { minLength: 30 })));
    expect(texts.map((t) => rankLanguages(t, 30))).toEqual(texts.map((t) => francAll(t, { minLength: 30 }).map(([code]) => code)));
  });

  it('on mixes of scripts, ties between them, and characters beyond the Basic Multilingual Plane', () => {
    const texts = [
      '東京の天気は晴れです。今日は々とても暑いでしょう。Berlin ist kalt, Москва тоже.',
      'abcd абвг abcd абвг ab аб — ein Satz und одно предложение für the test run',
      '𠀀𠀁 漢字の文章です 𠀂 かなもあります 😀 and some Latin words to read here',
      'Ελληνικά και English μαζί: ένα κείμενο with two scripts σε ίσα μέρη ok',
      '한국어 문장입니다 and ภาษาไทย plus हिन्दी भाषा and Latin text to weigh it',
    ];
    expect(texts.map((t) => rankLanguages(t, 10))).toEqual(texts.map((t) => francAll(t, { minLength: 10 }).map(([code]) => code)));
  });

  it('in scripts franc names by one language, and on text without letters', () => {
    for (const text of ['ภาษาไทยเป็นภาษาราชการของประเทศไทย และเป็นภาษาแม่ของชาวไทย', 'Η ελληνική γλώσσα είναι μία από τις αρχαιότερες γλώσσες του κόσμου', '1234 5678 -- 9012 3456 !! 7890 1234 ## 5678 9012', '']) {
      expect(guessLanguage(text, 30)).toBe(franc(text, { minLength: 30 }));
    }
    expect(guessLanguage('Η ελληνική γλώσσα είναι μία από τις αρχαιότερες γλώσσες του κόσμου', 30)).toBe('ell');
    expect(guessLanguage('1234 5678 -- 9012 3456 !! 7890 1234 ## 5678 9012', 30)).toBe('und');
  });
});
