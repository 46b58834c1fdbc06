/**
 * The map step: one document through the per-document stages. A stage that throws fails
 * only its document, with the stage and the reason; nothing escapes to the run.
 */
import { briefOf } from '../batch/doc-summary.js';
import type { Doc } from '../core/document.js';
import type { DocOutcome, FailedDoc } from '../core/extracted.js';
import { reasonOf } from '../core/messages.js';
import { minhash } from '../core/minhash.js';
import type { DocumentStage, StageContext } from '../core/stage.js';
import { packDoc } from '../state/doc-codec.js';
import type { PackedDoc } from '../state/store.js';

/** A document extracted and made ready for the state: packed, with its brief for the batch. */
export type Extraction = { ok: true; doc: PackedDoc } | { ok: false; doc: FailedDoc };

export function runStages(input: Doc, stages: readonly DocumentStage[], ctx: StageContext): Doc {
  let doc = input;
  for (const stage of stages) {
    if (doc.failure) break;
    const start = performance.now();
    try {
      doc = stage.run(doc, ctx);
    } catch (error) {
      doc = { ...doc, failure: { stage: stage.name, reason: reasonOf(error) } };
    }
    ctx.stats.time(stage.name, performance.now() - start);
  }
  return doc;
}

export function processDocument(input: Doc, stages: readonly DocumentStage[], ctx: StageContext): DocOutcome {
  const doc = runStages(input, stages, ctx);
  if (doc.failure) {
    ctx.stats.count('run', `failed:${doc.failure.stage}`);
    return { ok: false, doc: { source: doc.source, failure: doc.failure, messages: doc.messages } };
  }
  const text = doc.text ?? '';
  return {
    ok: true,
    doc: {
      source: { ...doc.source, format: doc.format ?? 'text', charset: doc.charset ?? 'utf-8' },
      meta: doc.meta,
      metaOrigin: doc.metaOrigin,
      blocks: doc.kept.map((b) => ({ type: b.type, text: b.text })),
      text,
      removed: doc.removed,
      lowConfidence: doc.lowConfidence,
      messages: doc.messages,
      signature: minhash(text),
    },
  };
}

/**
 * processDocument, then the packing and the brief, done where the document was extracted
 * (a worker thread), so the main thread receives a few kilobytes of brief and a byte
 * array it can move, not a whole document to clone, serialise and compress.
 */
export function extractDocument(input: Doc, stages: readonly DocumentStage[], ctx: StageContext): Extraction {
  const outcome = processDocument(input, stages, ctx);
  return outcome.ok ? { ok: true, doc: { brief: briefOf(outcome.doc), packed: packDoc(outcome.doc) } } : outcome;
}
