/**
 * Worker threads run the pipeline the run started with: the main thread hands them its
 * configuration and compiled rule packs, and they read no pipeline file of their own (a
 * file edited mid-run, or a pipeline built in memory, cannot split one run in two).
 * The pool starts the built worker module, so this test loads winnow from dist/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Extractor from '../../src/pipeline/extractor.js';
import type * as Document from '../../src/core/document.js';
import type * as Codec from '../../src/state/doc-codec.js';
import type * as PipelineConfig from '../../src/config/pipeline-config.js';
import type * as Stage from '../../src/core/stage.js';
import type { ExtractedDoc } from '../../src/core/extracted.js';
import { REPO } from '../helpers/cli.js';

const built = <T>(module: string): Promise<T> => import(pathToFileURL(path.join(REPO, 'dist', module)).href) as Promise<T>;
const SEED = path.join(REPO, 'seeds', '001_81682dc2ba66a165.txt');
const TWEET = 'NATO Secretary General Mark Rutte told The Moscow Times that each European country';

describe('workerExtractor', () => {
  it('runs the configuration it is given, not the pipeline file it came from', async () => {
    const { workerExtractor } = await built<typeof Extractor>('pipeline/extractor.js');
    const { newDoc } = await built<typeof Document>('core/document.js');
    const { unpackDoc } = await built<typeof Codec>('state/doc-codec.js');
    const { loadPipeline } = await built<typeof PipelineConfig>('config/pipeline-config.js');
    const { StageStats } = await built<typeof Stage>('core/stage.js');
    const fromFile = loadPipeline('default', REPO);
    const inMemory = { ...fromFile, kinds: { ...fromFile.kinds, embed: false } };
    const bytes = new Uint8Array(readFileSync(SEED));
    const textWith = async (config: typeof fromFile) => {
      const extractor = workerExtractor(config, new StageStats(), 1);
      try {
        await extractor.ready();
        const outcome = await extractor.process(newDoc({ path: SEED, origin: { kind: 'file' }, sha256: '', bytes: bytes.length }, bytes.slice()));
        if (!outcome.ok) throw new Error(outcome.doc.failure?.reason);
        return unpackDoc<ExtractedDoc>(outcome.doc.packed).text;
      } finally {
        await extractor.close();
      }
    };
    expect(await textWith(fromFile)).not.toContain(TWEET);
    expect(await textWith(inMemory)).toContain(TWEET);
  });
});
