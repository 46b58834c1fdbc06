/** Dump metadata read from the lines of a text or Markdown dump, as the metadata stage reads them: for the dump finders' tests. */
import { findDumpLines, type DumpLineFindings } from '../../src/per-document/metadata/dump-lines.js';
import { parseMarkdown } from '../../src/per-document/parse/markdown.js';
import { parseText } from '../../src/per-document/parse/text.js';
import { defaultContext } from './stage-context.js';

const ctx = defaultContext();

/** A text dump, one block per line as parseText reads scraper dumps (a short snippet alone would look hard-wrapped), in a language. */
export function dumpLinesFromText(lang: string, lines: string[], url?: string): DumpLineFindings {
  const blocks = lines.flatMap((line) => parseText(line)).map((block, index) => ({ ...block, index }));
  return findDumpLines(blocks, { fields: ctx.rules.fieldsFor(lang), language: lang, format: 'text', url });
}

/** A Markdown dump in a language. */
export function dumpLinesFromMarkdown(lang: string, markdown: string, url?: string): DumpLineFindings {
  return findDumpLines(parseMarkdown(markdown), { fields: ctx.rules.fieldsFor(lang), language: lang, format: 'markdown', url });
}
