/**
 * Scores a JSONL file with the bench's own scorer:
 *   node <data>/score.mjs --truth <data>/<set>/truth.json --records <file> --json
 * and turns its JSON into flat quality figures (shared by the bench and the quality gate).
 */
import { z } from 'zod';
import { describeExit, runMeasured, tail } from './child.js';
import { BenchError } from './paths.js';

const confusion = z.object({ precision: z.number(), recall: z.number(), accuracy: z.number(), f1: z.number() });
const ScoreJson = z.object({
  docs: z.number(),
  records_read: z.number(),
  docs_with_record: z.number(),
  warnings: z.record(z.string(), z.number()),
  segments: confusion.extend({ docs: z.number(), tp: z.number(), fn: z.number(), fp: z.number(), tn: z.number() }).optional(),
  articleBody: confusion.extend({ docs: z.number() }).optional(),
  metadata: z.record(z.string(), z.object({ truth_field: z.string(), docs: z.number(), match: z.number(), share: z.number() })).optional(),
  score: z.object({ metric: z.string(), f1: z.number(), precision: z.number(), recall: z.number(), docs: z.number() }),
});
export type ScoreJson = z.infer<typeof ScoreJson>;

/** Record-side metadata keys, in table order. */
export const META_KEYS = ['title', 'byline', 'published', 'site', 'language'] as const;
export type MetaKey = (typeof META_KEYS)[number];

/** Flat figures: the main score (F for segments, F1 for articleBody) and the metadata shares the set has. */
export interface QualityFigures {
  metric: 'segments' | 'articleBody';
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  meta: Partial<Record<MetaKey, number>>;
  docs: number;
  docsWithRecord: number;
  /** Scorer warnings that are non-zero (several records per id, unmatched records, …). */
  warnings: Record<string, number>;
}

export interface ScoreRun {
  figures: QualityFigures;
  raw: ScoreJson;
}

export interface ScoreOptions {
  scorerPath: string;
  truthPath: string;
  recordsPath: string;
}

export function figuresFrom(raw: ScoreJson): QualityFigures {
  const main = raw.segments ?? raw.articleBody;
  if (!main) throw new BenchError(`the scorer reported neither segment nor articleBody figures (metric ${raw.score.metric})`);
  const meta: Partial<Record<MetaKey, number>> = {};
  for (const k of META_KEYS) {
    const m = raw.metadata?.[k];
    if (m) meta[k] = m.share;
  }
  const warnings = Object.fromEntries(Object.entries(raw.warnings).filter(([, n]) => n > 0));
  return {
    metric: raw.segments ? 'segments' : 'articleBody',
    f1: main.f1,
    precision: main.precision,
    recall: main.recall,
    accuracy: main.accuracy,
    meta,
    docs: raw.docs,
    docsWithRecord: raw.docs_with_record,
    warnings,
  };
}

export async function score(opts: ScoreOptions): Promise<ScoreRun> {
  const r = await runMeasured(process.execPath, [opts.scorerPath, '--truth', opts.truthPath, '--records', opts.recordsPath, '--json'], { pollMs: 1000 });
  if (r.spawnError || r.code !== 0) {
    throw new BenchError(`scorer failed on ${opts.recordsPath} (${describeExit(r)})\n${tail(r.stderr || r.stdout)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(r.stdout);
  } catch (err) {
    throw new BenchError(`scorer printed no JSON for ${opts.recordsPath}: ${(err as Error).message}\n${tail(r.stdout)}`);
  }
  const checked = ScoreJson.safeParse(parsed);
  if (!checked.success) throw new BenchError(`scorer JSON has an unexpected shape: ${checked.error.message}`);
  return { figures: figuresFrom(checked.data), raw: checked.data };
}
