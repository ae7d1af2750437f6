import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';

export type EntryKind = 'file' | 'directory';

/**
 * The only door of the configuration layer to the file system, so that tests (and an editor with
 * unsaved buffers) can stand in for the disk. Paths are absolute.
 */
export interface ConfigHost {
  /** The file's text, or undefined when it cannot be read. */
  readFile(file: string): string | undefined;
  /** At most the first `bytes` bytes of the file, as text (a cheap look at front matter). */
  readHead(file: string, bytes: number): string | undefined;
  /** What is at `p` (symbolic links followed), or undefined when nothing is. */
  kind(p: string): EntryKind | undefined;
  /** Entries of a folder; symbolic links to folders are not listed, so walks cannot loop. */
  readDir(dir: string): { name: string; kind: EntryKind }[];
  /** Absolute paths of the files matching a glob (relative to `cwd`), skipping the `ignore` globs. */
  glob(pattern: string, cwd: string, ignore: readonly string[]): string[];
}

export const nodeHost: ConfigHost = {
  readFile(file) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  readHead(file, bytes) {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const buffer = Buffer.alloc(bytes);
      const n = readSync(fd, buffer, 0, bytes, 0);
      return buffer.subarray(0, n).toString('utf8');
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  },
  kind(p) {
    try {
      const stat = statSync(p);
      return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  },
  readDir(dir) {
    try {
      return readdirSync(dir, { withFileTypes: true }).flatMap((entry): { name: string; kind: EntryKind }[] => {
        if (entry.isDirectory()) return [{ name: entry.name, kind: 'directory' }];
        if (entry.isFile()) return [{ name: entry.name, kind: 'file' }];
        if (entry.isSymbolicLink() && nodeHost.kind(path.join(dir, entry.name)) === 'file') return [{ name: entry.name, kind: 'file' }];
        return [];
      });
    } catch {
      return [];
    }
  },
  glob(pattern, cwd, ignore) {
    return globSync(pattern, { cwd, absolute: true, dot: true, expandDirectories: false, onlyFiles: true, followSymbolicLinks: false, ignore: [...ignore] })
      .map((file) => path.resolve(file));
  },
};

/** A host over an in-memory tree `{ '/abs/path/file.md': 'text' }` (tests, editors). */
export function memoryHost(files: Readonly<Record<string, string>>): ConfigHost {
  const texts = new Map(Object.entries(files).map(([file, text]) => [path.resolve(file), text]));
  const dirs = new Set<string>();
  for (const file of texts.keys()) {
    for (let dir = path.dirname(file); !dirs.has(dir); dir = path.dirname(dir)) {
      dirs.add(dir);
      if (path.dirname(dir) === dir) break;
    }
  }
  return {
    readFile: (file) => texts.get(file),
    readHead: (file, bytes) => texts.get(file)?.slice(0, bytes),
    kind: (p) => (texts.has(p) ? 'file' : dirs.has(p) ? 'directory' : undefined),
    readDir(dir) {
      const out = new Map<string, EntryKind>();
      for (const p of [...texts.keys(), ...dirs]) {
        if (p !== dir && path.dirname(p) === dir) out.set(path.basename(p), texts.has(p) ? 'file' : 'directory');
      }
      return [...out].map(([name, kind]) => ({ name, kind }));
    },
    glob(pattern, cwd, ignore) {
      const toPosix = (p: string) => p.split(path.sep).join('/');
      const absolute = path.isAbsolute(pattern);
      const isMatch = picomatch(toPosix(absolute ? pattern : pattern.replace(/^\.\//, '')), { dot: true });
      const ignored = ignore.length > 0 ? picomatch([...ignore], { dot: true }) : () => false;
      return [...texts.keys()].filter((file) => {
        const rel = toPosix(path.relative(cwd, file));
        return isMatch(absolute ? toPosix(file) : rel) && !ignored(rel);
      });
    },
  };
}
