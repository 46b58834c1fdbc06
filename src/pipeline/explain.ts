/**
 * What `winnow explain` shows: every block of one document with its verdict (keep, drop,
 * or keep with markup removed), the kind and the rule, plus the metadata found.
 */
import type { Doc, Metadata } from '../core/document.js';
import type { DocumentStage, StageContext } from '../core/stage.js';
import { runStages } from './run-document.js';

export interface BlockVerdict {
  index: number;
  type: string;
  verdict: 'keep' | 'drop' | 'unwrap';
  kind?: string;
  rule?: string;
  text: string;
}

export interface Explanation {
  path: string;
  format?: string;
  charset?: string;
  meta: Metadata;
  failure?: { stage: string; reason: string };
  lowConfidence?: string;
  /** Removed before block tagging (HTML containers outside the article). */
  preRemoved: { kind: string; rule: string; text: string }[];
  blocks: BlockVerdict[];
}

export function explainDocument(input: Doc, stages: readonly DocumentStage[], ctx: StageContext): Explanation {
  const doc = runStages(input, stages, ctx);
  const isOn = (kind: string) => ctx.config.kinds[kind as keyof typeof ctx.config.kinds] !== false;
  const blocks = doc.blocks.map((block): BlockVerdict => {
    const spans = doc.spans.filter((s) => s.block === block.index && isOn(s.kind));
    const drop = spans.find((s) => s.action === 'drop' && !s.range);
    const partial = spans.find((s) => s.range);
    const verdict = drop ?? partial;
    return {
      index: block.index,
      type: block.type,
      verdict: drop ? 'drop' : partial ? (partial.action === 'unwrap' ? 'unwrap' : 'drop') : 'keep',
      ...(verdict ? { kind: verdict.kind, rule: verdict.rule } : {}),
      text: block.text,
    };
  });
  return {
    path: doc.source.path,
    format: doc.format,
    charset: doc.charset,
    meta: doc.meta,
    failure: doc.failure,
    lowConfidence: doc.lowConfidence,
    preRemoved: doc.preRemoved,
    blocks,
  };
}

const clip = (text: string, width: number) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};

export function formatExplanation(e: Explanation, width = 100): string {
  const lines = [`${e.path}  format=${e.format ?? '?'}  charset=${e.charset ?? '?'}`];
  if (e.failure) return [...lines, `FAILED at ${e.failure.stage}: ${e.failure.reason}`].join('\n');
  for (const [field, value] of Object.entries(e.meta)) lines.push(`  ${field}: ${Array.isArray(value) ? value.join(', ') : value}`);
  if (e.lowConfidence) lines.push(`  low confidence: ${e.lowConfidence}`);
  if (e.preRemoved.length) {
    lines.push('', `removed before tagging (${e.preRemoved.length}):`);
    for (const r of e.preRemoved) lines.push(`  drop   ${r.kind.padEnd(16)} ${r.rule.padEnd(34)} ${clip(r.text, width - 60)}`);
  }
  lines.push('', 'blocks:');
  for (const b of e.blocks) {
    const verdict = b.verdict.padEnd(6);
    lines.push(`  ${String(b.index).padStart(4)} ${verdict} ${(b.kind ?? '').padEnd(16)} ${(b.rule ?? '').padEnd(34)} ${clip(b.text, width - 62)}`);
  }
  return lines.join('\n');
}
