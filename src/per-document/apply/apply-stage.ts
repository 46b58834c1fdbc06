/**
 * The one place text is removed: applies the taggers' spans to the blocks and records
 * every cut as `{kind, rule, text}`. Spans of kinds the pipeline switched off are ignored.
 */
import type { Block, Doc, Removal, Span } from '../../core/document.js';
import type { DocumentStage } from '../../core/stage.js';

/** Removes `ranges` (sorted, possibly overlapping) from a block, moving its links along. */
function cutRanges(block: Block, ranges: [number, number][]): Block {
  let text = '';
  let cursor = 0;
  const shift: { at: number; by: number }[] = [];
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    text += block.text.slice(cursor, from);
    shift.push({ at: from, by: end - from });
    cursor = end;
  }
  text += block.text.slice(cursor);
  const moved = (offset: number) => offset - shift.filter((s) => s.at < offset).reduce((n, s) => n + s.by, 0);
  const links = block.links
    .filter((l) => !ranges.some(([s, e]) => l.start >= s && l.end <= e))
    .map((l) => ({ ...l, start: moved(l.start), end: moved(l.end) }));
  return { ...block, text: text.replace(/[ \t]{2,}/g, ' ').trim(), links };
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
