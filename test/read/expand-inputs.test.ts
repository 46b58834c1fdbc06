/** expandInputs on a real folder tree with symbolic links, as crawlers lay dumps out. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/per-document/read/expand-inputs.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'winnow-expand-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const store = path.join(tmp, 'store');
const dumps = path.join(tmp, 'dumps');
mkdirSync(path.join(store, 'day1'), { recursive: true });
mkdirSync(dumps);
writeFileSync(path.join(store, 'a.md'), '# A\n');
writeFileSync(path.join(store, 'day1', 'b.txt'), 'B\n');
symlinkSync(path.join(store, 'a.md'), path.join(dumps, 'a.md'));
symlinkSync(path.join(store, 'day1'), path.join(dumps, 'day1'));
symlinkSync(dumps, path.join(dumps, 'loop')); // a link back up the tree
symlinkSync(path.join(store, 'gone.md'), path.join(dumps, 'gone.md'));

describe('expandInputs', () => {
  it('follows links to files and folders, walks a folder once, and reports a broken link', () => {
    const { files, missing } = expandInputs([dumps]);
    expect(files.map((f) => path.relative(dumps, f))).toEqual(['a.md', path.join('day1', 'b.txt')]);
    expect(missing).toEqual([{ path: path.join(dumps, 'gone.md'), reason: expect.stringMatching(/^broken symbolic link/) }]);
  });

  it('applies --include to the linked files by their path under the named folder', () => {
    expect(expandInputs([dumps], { include: ['**/*.txt'] }).files).toEqual([path.join(dumps, 'day1', 'b.txt')]);
  });
});
