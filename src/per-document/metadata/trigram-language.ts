/**
 * franc's language guess, scored through an inverted index of its own trigram models.
 *
 * franc (franc-min) compares a sample's trigrams with every language model of the sample's
 * script, one object lookup per trigram and language: 44 Latin-script models make that the
 * costliest step per dump. The distance of a language is a sum over the sample's trigrams, so
 * it can be summed per trigram instead: each trigram is looked up once and adds its difference
 * to the languages whose model holds it. Same data (franc-min's models and script
 * expressions), same trigrams (trigram-utils' cleaning and padding, counted in a Map), same
 * ties (the first language in franc's order wins), so the same answer:
 * test/per-document/trigram-language.test.ts checks the whole ranking against franc itself.
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's constants: the sample it reads, and the distance of a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptModels {
  languages: string[];
  /** Trigram → its postings: `language[k]` and `weight[k]` (its rank in that language's model) for k in [start, end). */
  postings: Map<string, { start: number; end: number }>;
  language: Uint8Array;
  weight: Uint16Array;
}

let models: Map<string, ScriptModels> | undefined;

function buildModels(): Map<string, ScriptModels> {
  const built = new Map<string, ScriptModels>();
  for (const [script, languages] of Object.entries(data)) {
    const names = Object.keys(languages);
    const lists = new Map<string, [language: number, weight: number][]>();
    names.forEach((name, l) => {
      const model = languages[name]!.split('|');
      // franc keeps a trigram's first rank when a model lists it twice.
      const rank = new Map<string, number>();
      model.forEach((trigram, weight) => {
        if (!rank.has(trigram)) rank.set(trigram, weight);
      });
      for (const [trigram, weight] of rank) {
        let list = lists.get(trigram);
        if (!list) lists.set(trigram, (list = []));
        list.push([l, weight]);
      }
    });
    // One flat pair of arrays per script: a typed array per trigram would cost a few MB per thread.
    const size = [...lists.values()].reduce((n, list) => n + list.length, 0);
    const models: ScriptModels = { languages: names, postings: new Map(), language: new Uint8Array(size), weight: new Uint16Array(size) };
    let k = 0;
    for (const [trigram, list] of lists) {
      const start = k;
      for (const [l, w] of list) {
        models.language[k] = l;
        models.weight[k++] = w;
      }
      models.postings.set(trigram, { start, end: k });
    }
    built.set(script, models);
  }
  return built;
}

/**
 * The sample's trigrams and their counts, as trigram-utils makes them: punctuation, symbols and
 * digits (U+0021–U+0040) and runs of white space become one space, lower-cased, padded with a space.
 */
function trigramCounts(value: string): Map<string, number> {
  const text = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= text.length; i++) {
    const trigram = text.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** The script whose characters occur most in the sample (franc's getTopScript), and how many. */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topCount = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      top = script;
      topCount = count;
    }
  }
  return [top, topCount];
}

/**
 * The languages in franc's order (francAll's, nearest first) for a text: ISO 639-3 codes,
 * `und` alone when it cannot tell.
 */
export function rankLanguages(text: string, minLength: number): string[] {
  if (!text || text.length < minLength) return ['und'];
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  models ??= buildModels();
  const scriptModels = script === undefined ? undefined : models.get(script);
  // A script of one language names the language (franc's expressions are keyed so).
  if (!scriptModels) return [script === undefined || share === 0 ? 'und' : script];
  const trigrams = trigramCounts(value);
  const distance = new Float64Array(scriptModels.languages.length).fill(trigrams.size * MAX_DIFFERENCE);
  for (const [trigram, count] of trigrams) {
    const postings = scriptModels.postings.get(trigram);
    if (!postings) continue;
    const { language, weight } = scriptModels;
    for (let k = postings.start; k < postings.end; k++) distance[language[k]!]! += Math.abs(count - weight[k]! - 1) - MAX_DIFFERENCE;
  }
  // A stable sort: among equal distances the language franc lists first comes first.
  return scriptModels.languages.map((_, l) => l).sort((a, b) => distance[a]! - distance[b]!).map((l) => scriptModels.languages[l]!);
}

/** The ISO 639-3 code franc(text, { minLength }) returns, `und` when it cannot tell. */
export function guessLanguage(text: string, minLength: number): string {
  return rankLanguages(text, minLength)[0]!;
}
