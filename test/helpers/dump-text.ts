/** Dump metadata read from the lines of a text or Markdown dump, as the metadata stage reads them: for the dump finders' tests. */
import type { RuleSet } from '../../src/config/rules.js';
import { headPatterns, type HeadPatterns } from '../../src/per-document/metadata/dump-head.js';
import { findDumpLines, type DumpLineFindings, type DumpLineOptions } from '../../src/per-document/metadata/dump-lines.js';
import { nameWordsFor } from '../../src/per-document/metadata/name-words.js';
import { parseMarkdown } from '../../src/per-document/parse/markdown.js';
import { parseText } from '../../src/per-document/parse/text.js';
import { defaultContext } from './stage-context.js';

const ctx = defaultContext();

/** The words findDumpLines reads a dump in a language with, as the metadata stage passes them: the field phrases and the name words of one rule set. */
export function dumpWords(lang: string, rules: RuleSet = ctx.rules): Pick<DumpLineOptions, 'fields' | 'nameWords' | 'language'> {
  return { fields: rules.fieldsFor(lang), nameWords: nameWordsFor(rules), language: lang };
}

/** The patterns the dump finders test a line in a language with. */
export function linePatterns(lang: string, rules: RuleSet = ctx.rules): HeadPatterns {
  return headPatterns(rules.fieldsFor(lang), nameWordsFor(rules));
}

/** A text dump, one block per line as parseText reads scraper dumps (a short snippet alone would look hard-wrapped), in a language. */
export function dumpLinesFromText(lang: string, lines: string[], url?: string): DumpLineFindings {
  const blocks = lines.flatMap((line) => parseText(line)).map((block, index) => ({ ...block, index }));
  return findDumpLines(blocks, { ...dumpWords(lang), format: 'text', url });
}

/** A Markdown dump in a language. */
export function dumpLinesFromMarkdown(lang: string, markdown: string, url?: string): DumpLineFindings {
  return findDumpLines(parseMarkdown(markdown), { ...dumpWords(lang), format: 'markdown', url });
}
