/**
 * Recognises HTML, Markdown and plain text by content, never by file extension:
 * scrapers save Markdown as `.txt` and HTML fragments as anything.
 */
import type { Doc, Format } from '../../core/document.js';
import type { DocumentStage } from '../../core/stage.js';

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
const HTML_TAG = /<\/?(?:p|div|span|a|br|h[1-6]|ul|ol|li|table|tr|td|article|section|main|header|footer|nav|img|em|strong|b|i|blockquote|pre|figure|meta|link|script|style)\b[^>]*>/gi;

const MARKDOWN_SIGNALS: [RegExp, number][] = [
  [/^#{1,6}\s+\S/gm, 2], // ATX heading
  [/\[[^\]\n]+\]\([^)\s]*\)/g, 2], // inline link
  [/^\s{0,3}[-*+]\s+\S/gm, 1], // bullet
  [/\*\*[^*\n]+\*\*|__[^_\n]+__/g, 1], // strong
  [/^```|^~~~/gm, 2], // fence
  [/^>\s/gm, 1], // block quote
  [/<https?:\/\/[^>\s]+>/g, 2], // autolink
  [/\\[_*[\]()#`]/g, 1], // Markdown escapes
];

const BLANK_LINE = /\n[ \t]*\r?\n/;

export function detectFormat(content: string): Format {
  const head = content.slice(0, 100_000);
  if (HTML_START.test(head)) return 'html';
  const tags = head.match(HTML_TAG)?.length ?? 0;
  const lines = Math.max(1, head.split('\n').length);
  if (tags >= 3 && tags / lines > 0.2) return 'html';
  // Markdown sets paragraphs apart with blank lines; a long dump without one is one line per block.
  if (lines > 20 && !BLANK_LINE.test(head)) return 'text';
  let score = 0;
  for (const [pattern, weight] of MARKDOWN_SIGNALS) score += Math.min(5, head.match(pattern)?.length ?? 0) * weight;
  return score >= 4 ? 'markdown' : 'text';
}

export const detectFormatStage: DocumentStage = {
  name: 'detect-format',
  run(doc: Doc, ctx) {
    const format = doc.declaredFormat ?? detectFormat(doc.content ?? '');
    ctx.stats.count('detect-format', doc.declaredFormat ? `declared:${format}` : format);
    return { ...doc, format };
  },
};
