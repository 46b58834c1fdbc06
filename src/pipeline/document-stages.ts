/** The per-document stages by the names pipeline definitions use. */
import type { DocumentStage } from '../core/stage.js';
import type { PipelineConfig } from '../config/pipeline-config.js';
import { decodeStage } from '../per-document/decode/decode-stage.js';
import { detectFormatStage } from '../per-document/detect-format/detect-format.js';
import { parseStage } from '../per-document/parse/parse-stage.js';
import { metadataStage } from '../per-document/metadata/metadata-stage.js';
import { tagStage } from '../per-document/tag/tag-stage.js';
import { applyStage } from '../per-document/apply/apply-stage.js';
import { normalizeStage } from '../per-document/normalize/normalize-stage.js';

const STAGES: Record<PipelineConfig['stages'][number], DocumentStage> = {
  decode: decodeStage,
  'detect-format': detectFormatStage,
  parse: parseStage,
  metadata: metadataStage,
  tag: tagStage,
  apply: applyStage,
  normalize: normalizeStage,
};

export function documentStages(config: PipelineConfig): DocumentStage[] {
  return config.stages.map((name) => STAGES[name]);
}
