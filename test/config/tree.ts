import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConfigHost } from '../../server/src/config';

/** A throw-away folder under the system temp dir, filled with `{ 'relative/path': 'text' }`. */
export function makeTree(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'charterlint-config-')));
  addFiles(root, files);
  return root;
}

export function addFiles(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Wraps a host and counts the files it reads, to pin the caching. */
export function countingHost(inner: ConfigHost): ConfigHost & { reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    ...inner,
    reads,
    readFile(file) {
      reads.set(file, (reads.get(file) ?? 0) + 1);
      return inner.readFile(file);
    },
  };
}

/** A charter declaring its type in front matter. */
export const declared = (type: string) => `---\ntype: ${type}\ntitle: Charte\n---\n\n# Charte de la donnée\n`;
