/** Language of a document: a declared tag if any, else detection from its text (franc's trigram models). */
// The one table needed: the package's index would also load its 760 KB table of every language (about 170 M instructions and 3 MB of heap in each thread).
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { guessLanguage } from './trigram-language.js';

const SAMPLE_CHARS = 1200; // plenty for trigram detection

/** A BCP 47 tag with a canonical case (`en`, `en-US`, `zh-Hans`), or undefined if malformed. */
export function normalizeLanguageTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const cleaned = tag.trim().replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(cleaned)[0];
  } catch {
    return undefined;
  }
}

/**
 * franc names some languages by an individual language of a macrolanguage that has no ISO
 * 639-1 code of its own ("cmn" Mandarin). Records, rule packs and pages' own `lang` use the
 * macrolanguage's code ("zh"), from the ISO 639-3 macrolanguage mappings.
 */
const MACROLANGUAGE_CODE: Record<string, string> = {
  arb: 'ar', // Standard Arabic
  azj: 'az', // North Azerbaijani
  ckb: 'ku', // Central Kurdish
  cmn: 'zh', // Mandarin Chinese
  fuv: 'ff', // Nigerian Fulfulde
  koi: 'kv', // Komi-Permyak
  npi: 'ne', // Nepali
  pbu: 'ps', // Northern Pashto
  pes: 'fa', // Iranian Persian
  plt: 'mg', // Plateau Malagasy
  qug: 'qu', // Chimborazo Highland Quichua
  swh: 'sw', // Swahili
  uzn: 'uz', // Northern Uzbek
  zlm: 'ms', // Malay
};

export function detectLanguage(texts: readonly string[]): string | undefined {
  let sample = '';
  for (const text of texts) {
    if (text.length < 40) continue; // menus and labels say little about the language
    sample += `${text}\n`;
    if (sample.length >= SAMPLE_CHARS) break;
  }
  if (sample.length < 40) sample = texts.join('\n').slice(0, SAMPLE_CHARS);
  const code = guessLanguage(sample, 30);
  if (code === 'und') return undefined;
  return iso6393To1[code] ?? MACROLANGUAGE_CODE[code] ?? code;
}
