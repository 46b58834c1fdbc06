import path from 'node:path';

/** Where a run into `outDir` keeps its state unless told otherwise. */
export function defaultStatePath(outDir: string): string {
  return path.join(outDir, '.winnow', 'state.sqlite');
}
