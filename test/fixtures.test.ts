/**
 * Fixture dumps (defuddle style): every `test/fixtures/dumps/<name>.(md|txt)` runs through
 * the real per-document stages of the default pipeline and is compared with
 * `<name>.expected.json` beside it. `dumps/pending/` holds known gaps and is not loaded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newDoc, type Metadata } from '../src/core/document.js';
import type { DocOutcome } from '../src/core/extracted.js';
import { sha256Hex } from '../src/core/hash.js';
import { documentStages } from '../src/pipeline/document-stages.js';
import { processDocument } from '../src/pipeline/run-document.js';
import { loadContext } from '../src/pipeline/run.js';

const DUMPS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'dumps');

export interface FixtureExpectation {
  /** The format detection must find. */
  format?: 'html' | 'markdown' | 'text';
  /** The record text, exactly. */
  text?: string;
  textStartsWith?: string[];
  textEndsWith?: string[];
  textContains?: string[];
  textLacks?: string[];
  /** Each listed field must equal the value; `null` means the field must stay empty. */
  meta?: { [F in keyof Metadata]?: Metadata[F] | null };
  /** Each must be among the removals: same kind (and rule, if given), text including `textIncludes`. */
  removed?: { kind: string; rule?: string; textIncludes: string }[];
  lowConfidence?: boolean;
  /** The document holds no article: no record, this reason in the run summary. */
  excluded?: string;
}

const fixtures = readdirSync(DUMPS, { withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(md|txt)$/.test(entry.name))
  .map((entry) => entry.name)
  .sort();

function extract(file: string): DocOutcome {
  const { config, ctx } = loadContext('default');
  const bytes = new Uint8Array(readFileSync(path.join(DUMPS, file)));
  const doc = newDoc({ path: `fixtures/dumps/${file}`, origin: { kind: 'file' }, sha256: sha256Hex(bytes), bytes: bytes.length }, bytes);
  return processDocument(doc, documentStages(config), ctx);
}

describe('fixture dumps', () => {
  it('has fixtures, each with its expectation', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    const names = readdirSync(DUMPS);
    for (const file of fixtures) expect(names).toContain(file.replace(/\.(md|txt)$/, '.expected.json'));
  });

  for (const file of fixtures) {
    it(file, () => {
      const expected = JSON.parse(readFileSync(path.join(DUMPS, file.replace(/\.(md|txt)$/, '.expected.json')), 'utf8')) as FixtureExpectation;
      const outcome = extract(file);
      if (expected.excluded !== undefined) {
        expect(outcome.ok, 'excluded').toBe(false);
        if (!outcome.ok) expect(outcome.doc.failure).toMatchObject({ excluded: true, reason: expected.excluded });
        return;
      }
      if (!outcome.ok) throw new Error(`${file} failed at ${outcome.doc.failure.stage}: ${outcome.doc.failure.reason}`);
      const doc = outcome.doc;
      const text = doc.text;

      if (expected.format) expect(doc.source.format, 'format').toBe(expected.format);
      if (expected.text !== undefined) expect(text).toBe(expected.text);
      for (const start of expected.textStartsWith ?? []) expect(text.startsWith(start), `text starts with ${JSON.stringify(start)}\n---\n${text}`).toBe(true);
      for (const end of expected.textEndsWith ?? []) expect(text.endsWith(end), `text ends with ${JSON.stringify(end)}\n---\n${text}`).toBe(true);
      for (const part of expected.textContains ?? []) expect(text).toContain(part);
      for (const part of expected.textLacks ?? []) expect(text).not.toContain(part);

      for (const [field, value] of Object.entries(expected.meta ?? {})) {
        const actual = doc.meta[field as keyof Metadata];
        if (value === null) expect(actual, `meta.${field}`).toBeUndefined();
        else expect(actual, `meta.${field}`).toEqual(value);
      }

      for (const want of expected.removed ?? []) {
        const hit = doc.removed.find((r) => r.kind === want.kind && (want.rule === undefined || r.rule === want.rule) && r.text.includes(want.textIncludes));
        expect(hit, `removal ${JSON.stringify(want)} among\n${doc.removed.map((r) => `  ${r.kind} ${r.rule} ${JSON.stringify(r.text)}`).join('\n')}`).toBeDefined();
      }

      if (expected.lowConfidence !== undefined) expect(Boolean(doc.lowConfidence), `lowConfidence (${doc.lowConfidence})`).toBe(expected.lowConfidence);
    });
  }
});
