/**
 * The one place text is removed: applies the taggers' spans to the blocks and records
 * every cut as `{kind, rule, text}`. Spans of kinds the pipeline switched off are ignored.
 */
import type { Block, Doc, Removal, Span } from '../../core/document.js';
import type { DocumentStage } from '../../core/stage.js';

/**
 * Removes `ranges` (sorted, possibly overlapping) from a block, moving its links along. A
 * cut between two spaces takes one of them, so no double space is left to collapse later.
 */
function cutRanges(block: Block, ranges: [number, number][]): Block {
  const source = block.text;
  let text = '';
  let cursor = 0;
  const cuts: { at: number; by: number }[] = [];
  for (const [start, rawEnd] of ranges) {
    if (rawEnd <= cursor) continue;
    const from = Math.max(start, cursor);
    const end = /\s/.test(source[from - 1] ?? '') && /\s/.test(source[rawEnd] ?? '') ? rawEnd + 1 : rawEnd;
    text += source.slice(cursor, from);
    cuts.push({ at: from, by: end - from });
    cursor = end;
  }
  text += source.slice(cursor);
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const moved = (offset: number) => offset - lead - cuts.filter((c) => c.at < offset).reduce((n, c) => n + Math.min(c.by, offset - c.at), 0);
  const links = block.links
    .filter((l) => !ranges.some(([s, e]) => l.start >= s && l.end <= e))
    .map((l) => ({ ...l, start: Math.max(0, moved(l.start)), end: Math.min(trimmed.length, moved(l.end)) }))
    .filter((l) => l.end > l.start);
  return { ...block, text: trimmed, links };
}

export function applySpans(blocks: readonly Block[], spans: readonly Span[], isOn: (span: Span) => boolean) {
  const byBlock = new Map<number, Span[]>();
  for (const span of spans) {
    if (!isOn(span)) continue;
    const list = byBlock.get(span.block) ?? [];
    list.push(span);
    byBlock.set(span.block, list);
  }
  const kept: Block[] = [];
  const removed: Removal[] = [];
  for (const block of blocks) {
    const marks = byBlock.get(block.index) ?? [];
    const whole = marks.find((s) => s.action === 'drop' && !s.range);
    if (whole) {
      removed.push({ kind: whole.kind, rule: whole.rule, text: whole.text ?? block.text });
      continue;
    }
    const cuts = marks.filter((s) => s.action === 'drop' && s.range).sort((a, b) => a.range![0] - b.range![0]);
    for (const span of marks) {
      const text = span.text ?? block.text.slice(span.range![0], span.range![1]);
      if (span.action === 'unwrap' && cuts.some((c) => c.range![0] <= span.range![0] && c.range![1] >= span.range![1])) continue;
      removed.push({ kind: span.kind, rule: span.rule, text });
    }
    const next = cuts.length ? cutRanges(block, cuts.map((s) => s.range!)) : block;
    if (next.text) kept.push(next);
  }
  return { kept, removed };
}

export const applyStage: DocumentStage = {
  name: 'apply',
  run(doc: Doc, ctx) {
    const { kept, removed } = applySpans(doc.blocks, doc.spans, (span) => ctx.config.kinds[span.kind] !== false);
    for (const removal of removed) ctx.stats.count('apply', removal.kind);
    return { ...doc, kept, removed: [...doc.preRemoved, ...removed] };
  },
};
