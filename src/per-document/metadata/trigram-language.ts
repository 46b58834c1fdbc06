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
  /** Code unit → its number in the script's alphabet, the characters of its models' trigrams (1-based; 0: none of them). */
  letter: Uint8Array;
  /** The alphabet's size plus one: a trigram's id is its three letters as digits in this base. */
  base: number;
  /** Trigram id → its postings: `language[k]` and `weight[k]` (its rank in that language's model) for k in [start, end). */
  postings: Map<number, { start: number; end: number }>;
  language: Uint8Array;
  weight: Uint16Array;
}

let models: Map<string, ScriptModels> | undefined;

/** A trigram as one small integer: no string to cut out and hash for each place of the sample. */
const trigramId = (letter: Uint8Array, base: number, a: number, b: number, c: number): number =>
  letter[a]! && letter[b]! && letter[c]! ? (letter[a]! * base + letter[b]!) * base + letter[c]! : -1;

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
        // A sample's trigrams are three code units: one of another length is never met.
        if (trigram.length === 3 && !rank.has(trigram)) rank.set(trigram, weight);
      });
      for (const [trigram, weight] of rank) {
        let list = lists.get(trigram);
        if (!list) lists.set(trigram, (list = []));
        list.push([l, weight]);
      }
    });
    const letter = new Uint8Array(0x10000);
    let letters = 0;
    for (const trigram of lists.keys()) for (let i = 0; i < 3; i++) letter[trigram.charCodeAt(i)] ||= ++letters;
    if (letters > 255) throw new Error(`franc's ${script} models use ${letters} characters: more than a letter number holds`);
    // One flat pair of arrays per script: a typed array per trigram would cost a few MB per thread.
    const size = [...lists.values()].reduce((n, list) => n + list.length, 0);
    const base = letters + 1;
    const models: ScriptModels = { languages: names, letter, base, postings: new Map(), language: new Uint8Array(size), weight: new Uint16Array(size) };
    let k = 0;
    for (const [trigram, list] of lists) {
      const start = k;
      for (const [l, w] of list) {
        models.language[k] = l;
        models.weight[k++] = w;
      }
      models.postings.set(trigramId(letter, base, trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2)), { start, end: k });
    }
    built.set(script, models);
  }
  return built;
}

/**
 * The sample's trigrams, as trigram-utils makes them: punctuation, symbols and digits
 * (U+0021–U+0040) and runs of white space become one space, lower-cased, padded with a space.
 * Those of the script's alphabet are counted by id; of the others, which no model holds, only
 * how many distinct ones there are matters.
 */
function trigramCounts(value: string, { letter, base }: ScriptModels): { counts: Map<number, number>; distinct: number } {
  const text = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<number, number>();
  let foreign: Set<string> | undefined;
  for (let i = 0; i + 3 <= text.length; i++) {
    const id = trigramId(letter, base, text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
    if (id >= 0) counts.set(id, (counts.get(id) ?? 0) + 1);
    else (foreign ??= new Set()).add(text.slice(i, i + 3));
  }
  return { counts, distinct: counts.size + (foreign?.size ?? 0) };
}

/** franc's scripts, in its order (the first of equal counts wins). */
const SCRIPTS = Object.entries(expressions);
/** The same expressions without the global flag, to ask about one character at a time. */
const ONE_CHARACTER = SCRIPTS.map(([, expression]) => new RegExp(expression.source));
/** Set in scriptBits once a character's scripts are worked out: the bits below are one per script. */
const KNOWN = 1 << 30;
if (SCRIPTS.length >= 30) throw new Error(`franc has ${SCRIPTS.length} scripts: more than the bits of scriptBits`);
/** Per UTF-16 code unit, a bit for each script whose expression matches it; 0 while not yet asked. */
let scriptBits: Int32Array | undefined;
const SURROGATE = /[\uD800-\uDFFF]/;

function scriptsOf(code: number): number {
  const character = String.fromCharCode(code);
  let bits = KNOWN;
  ONE_CHARACTER.forEach((expression, s) => {
    if (expression.test(character)) bits |= 1 << s;
  });
  return bits;
}

/**
 * How many matches each script's expression has in the sample. franc matches each expression
 * over the sample (some 20 scans, and an array of every match); an expression's alternatives
 * are single characters outside the astral planes (and surrogate pairs within them), so
 * without surrogates its matches are the characters it matches, and one pass counts them all,
 * the characters' scripts worked out on first sight.
 */
function scriptCounts(value: string): number[] {
  if (SURROGATE.test(value)) return SCRIPTS.map(([, expression]) => value.match(expression)?.length ?? 0);
  const bitsOf = (scriptBits ??= new Int32Array(0x10000));
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (bitsOf[code] === 0) bitsOf[code] = scriptsOf(code);
    for (let bits = bitsOf[code]! & ~KNOWN, s = 0; bits !== 0; s++, bits >>>= 1) if (bits & 1) counts[s]!++;
  }
  return counts;
}

/** The script whose characters occur most in the sample (franc's getTopScript), and how many. */
function topScript(value: string): [string | undefined, number] {
  const counts = scriptCounts(value);
  let top: string | undefined;
  let topCount = -1;
  SCRIPTS.forEach(([script], s) => {
    const count = counts[s]! / value.length || 0;
    if (count > topCount) {
      top = script;
      topCount = count;
    }
  });
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
  const { counts, distinct } = trigramCounts(value, scriptModels);
  // Sums of whole numbers, exact in any order.
  const distance = new Float64Array(scriptModels.languages.length).fill(distinct * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const postings = scriptModels.postings.get(trigram);
    if (!postings) continue;
    const { language, weight } = scriptModels;
    for (let k = postings.start; k < postings.end; k++) distance[language[k]!]! += Math.abs(count - weight[k]! - 1) - MAX_DIFFERENCE;
  }
  // A stable sort: among equal distances the language franc lists first comes first. Plain
  // loops, not a chain of map calls: V8 kept dropping this function's optimised code at the chain.
  const { languages } = scriptModels;
  const order: number[] = [];
  for (let l = 0; l < languages.length; l++) order.push(l);
  order.sort((a, b) => distance[a]! - distance[b]!);
  const ranked: string[] = [];
  for (const l of order) ranked.push(languages[l]!);
  return ranked;
}

/** The ISO 639-3 code franc(text, { minLength }) returns, `und` when it cannot tell. */
export function guessLanguage(text: string, minLength: number): string {
  return rankLanguages(text, minLength)[0]!;
}
