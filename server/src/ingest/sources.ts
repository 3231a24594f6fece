// Expands the PATH arguments of `entente ingest` (files, folders searched recursively, globs)
// into the article files to read, in a stable order; what names nothing is reported, not thrown.

import { statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** The extensions ingest reads; other files in a folder are passed over. */
export const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'jsonl'] as const;

const IN_FOLDER = `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`;

export interface Expanded {
  /** Files to read, each once, in argument order (sorted within a folder or glob). */
  files: string[];
  /** Arguments that name no file, with the reason. */
  missing: { path: string; reason: string }[];
}

export function expandPaths(args: readonly string[], cwd: string = process.cwd()): Expanded {
  const files: string[] = [];
  const seen = new Set<string>();
  const missing: Expanded['missing'] = [];
  const add = (path: string) => {
    const key = resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };
  for (const arg of args) {
    const stat = statSync(resolve(cwd, arg), { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const found = globSync(IN_FOLDER, { cwd: resolve(cwd, arg), caseSensitiveMatch: false });
      if (found.length === 0) missing.push({ path: arg, reason: 'folder holds no article files' });
      for (const file of found.sort()) add(join(arg, file));
    } else if (stat) {
      add(arg);
    } else if (isDynamicPattern(arg)) {
      const found = globSync(arg, {
        cwd,
        onlyFiles: true,
        expandDirectories: false,
        absolute: isAbsolute(arg),
      });
      if (found.length === 0) missing.push({ path: arg, reason: 'pattern matches no files' });
      for (const file of found.sort()) add(file);
    } else {
      missing.push({ path: arg, reason: 'no such file or directory' });
    }
  }
  return { files, missing };
}
