import { newDoc } from '../core/document.js';
import { loadContext } from '../pipeline/run.js';
import { documentStages } from '../pipeline/document-stages.js';
import { explainDocument, formatExplanation } from '../pipeline/explain.js';
import { readerFor } from '../per-document/read/readers.js';

export async function explainCommand(file: string, options: { pipeline: string; json?: boolean }): Promise<number> {
  const { config, ctx } = loadContext(options.pipeline);
  const stages = documentStages(config);
  const explanations = [];
  for await (const doc of readerFor(file).read(file, { maxBytes: config.limits.maxBytes })) {
    explanations.push(explainDocument(doc ?? newDoc({ path: file, origin: { kind: 'file' }, sha256: '', bytes: 0 }, undefined), stages, ctx));
  }
  const width = process.stdout.columns ?? 120;
  process.stdout.write(
    options.json ? `${JSON.stringify(explanations.length === 1 ? explanations[0] : explanations, null, 2)}\n` : `${explanations.map((e) => formatExplanation(e, width)).join('\n\n')}\n`,
  );
  return explanations.some((e) => e.failure) ? 1 : 0;
}
