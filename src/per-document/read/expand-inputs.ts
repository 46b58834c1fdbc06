/**
 * Turns INPUT arguments (files and folders) into a sorted list of files, recursing into
 * folders. Symbolic links are followed (crawlers often lay out dumps as links into a store);
 * a folder reached twice through links is walked once, and a broken link is reported.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

export interface ExpandOptions {
  include?: string[];
  exclude?: string[];
}

export interface ExpandedInputs {
  files: string[];
  /** Arguments that named nothing readable. */
  missing: { path: string; reason: string }[];
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.winnow']);

export function expandInputs(inputs: string[], options: ExpandOptions = {}): ExpandedInputs {
  const include = options.include?.length ? picomatch(options.include, { dot: true }) : () => true;
  const exclude = options.exclude?.length ? picomatch(options.exclude, { dot: true }) : () => false;
  const files = new Set<string>();
  const missing: ExpandedInputs['missing'] = [];

  const walked = new Set<string>();
  // What a folder entry is, through a symbolic link; undefined for a broken link (reported).
  const kindOf = (entry: Dirent, full: string): 'dir' | 'file' | undefined => {
    if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
    try {
      const target = statSync(full);
      return target.isDirectory() ? 'dir' : target.isFile() ? 'file' : undefined;
    } catch (error) {
      missing.push({ path: full, reason: `broken symbolic link (${(error as NodeJS.ErrnoException).code ?? error})` });
      return undefined;
    }
  };

  // Globs match paths relative to the folder named on the command line.
  const walk = (dir: string, root: string) => {
    const real = realpathSync(dir);
    if (walked.has(real)) return; // a link back up the tree, or two links to one folder
    walked.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      const kind = kindOf(entry, full);
      if (kind === 'dir') {
        if (!SKIP_DIRS.has(entry.name)) walk(full, root);
      } else if (kind === 'file' && !entry.name.startsWith('.')) {
        const rel = path.relative(root, full).split(path.sep).join('/');
        if (include(rel) && !exclude(rel)) files.add(full);
      }
    }
  };

  for (const input of inputs) {
    if (input === '-') {
      files.add('-');
      continue;
    }
    try {
      const stat = statSync(input);
      if (stat.isDirectory()) walk(input, input);
      else files.add(input);
    } catch (error) {
      missing.push({ path: input, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(error) });
    }
  }
  return { files: [...files], missing };
}
