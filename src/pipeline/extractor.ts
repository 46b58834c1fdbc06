/**
 * Where the per-document work runs: in this thread (here), or in a pool of worker threads
 * (worker-extractor.ts) so extraction uses every core while the main thread reads inputs and
 * keeps the state. Either way a document goes in and an Extraction comes out (the document
 * packed, with its brief); a document that overruns the time limit, or kills its worker,
 * fails alone with the reason.
 */
import type { Doc } from '../core/document.js';
import type { DocumentStage, StageContext } from '../core/stage.js';
import type { PipelineConfig } from '../config/pipeline-config.js';
import { documentStages } from './document-stages.js';
import { extractDocument, type Extraction } from './run-document.js';

export interface Extractor {
  readonly threads: number;
  process(doc: Doc): Promise<Extraction>;
  /** Resolves once the stages can run (worker threads started with the run's pipeline and rule packs); throws a ConfigError for a bad rule pack, an Error when a worker cannot start. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Wraps the stages with the per-document time limit: the time since the document started is
 * checked before and after each stage, and a document over the limit fails with the reason.
 * In a worker thread the pool also stops a stage midway (see worker-extractor.ts).
 */
export function withTimeLimit(stages: readonly DocumentStage[], limitMs: number): { stages: DocumentStage[]; start: () => void } {
  let startedAt = 0;
  const over = () => performance.now() - startedAt > limitMs;
  return {
    start: () => (startedAt = performance.now()),
    stages: stages.map((stage) => ({
      name: stage.name,
      run(doc: Doc, ctx: StageContext) {
        if (over()) throw new Error(`over the time limit of ${limitMs} ms before this stage`);
        const out = stage.run(doc, ctx);
        if (over()) throw new Error(`over the time limit of ${limitMs} ms (took ${Math.round(performance.now() - startedAt)} ms)`);
        return out;
      },
    })),
  };
}

export function inThreadExtractor(config: PipelineConfig, ctx: StageContext): Extractor {
  const timed = withTimeLimit(documentStages(config), config.limits.timeoutMs);
  return {
    threads: 1,
    async process(doc) {
      timed.start();
      return extractDocument(doc, timed.stages, ctx);
    },
    async ready() {},
    async close() {},
  };
}
