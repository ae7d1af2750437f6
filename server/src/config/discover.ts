import path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import type { DocumentType } from '../engine/types';
import { normalizeDocumentType } from './elements';
import type { ConfigHost } from './host';
import { compileGlobs, relativeTo } from './layers';
import { uniqueProblems } from './problems';
import { ConfigService, isConfigFileName } from './service';
import type { ConfigProblem, GlobSet } from './types';

export interface Discovery {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  problems: ConfigProblem[];
}

/** Folders a directory walk never enters. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', 'dist', 'out']);
const SKIPPED_GLOBS = [...SKIPPED_FOLDERS].map((name) => `**/${name}/**`);
const DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.yaml', '.yml']);
/** Front matter sits at the top: 4 KB is plenty, and spares reading whole files. */
const HEAD_BYTES = 4096;

export function isDocumentFileName(file: string): boolean {
  return DOCUMENT_EXTENSIONS.has(path.extname(file).toLowerCase()) && !isConfigFileName(file);
}

/**
 * The documents the CLI lints for its arguments. A file named on the command line is always taken;
 * glob matches are taken when they are documents not excluded; a directory walk takes the documents
 * that match an `include` glob of their configuration or that declare a charterlint `type`.
 */
export function discoverFiles(args: readonly string[], cwd: string, configs: ConfigService | ConfigHost = new ConfigService({ cwd })): Discovery {
  const service = configs instanceof ConfigService ? configs : new ConfigService({ cwd, host: configs });
  const host = service.host;
  const found = new Set<string>();
  const problems: ConfigProblem[] = [];
  const folderProblems = (dir: string) => problems.push(...service.forFolder(dir).problems);
  const excluded = (p: string, isFolder = false) => matchesGlobSets(service.forFolder(isFolder ? p : path.dirname(p)).exclude, p, true);

  const walk = (dir: string): void => {
    folderProblems(dir);
    const include = service.forFolder(dir).include;
    for (const entry of host.readDir(dir).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, entry.name);
      if (entry.kind === 'directory') {
        if (!SKIPPED_FOLDERS.has(entry.name) && !excluded(p, true)) walk(p);
      } else if (isDocumentFileName(p) && !excluded(p) && (matchesGlobSets(include, p, false) || declaresType(host, p))) {
        found.add(p);
      }
    }
  };

  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const kind = host.kind(absolute);
    if (kind === 'file') {
      folderProblems(path.dirname(absolute));
      if (!isConfigFileName(absolute)) found.add(absolute);
    } else if (kind === 'directory') {
      walk(absolute);
    } else if (isDynamicPattern(arg)) {
      const matches = host.glob(arg, cwd, SKIPPED_GLOBS).filter((f) => isDocumentFileName(f) && !excluded(f));
      if (matches.length === 0) problems.push({ file: absolute, message: `no document (.md, .markdown, .yaml, .yml) matches '${arg}'` });
      for (const file of matches) {
        folderProblems(path.dirname(file));
        found.add(file);
      }
    } else {
      problems.push({ file: absolute, message: `no such file or folder: ${arg}` });
    }
  }
  return { files: [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), problems: uniqueProblems(problems) };
}

const matcherCache = new Map<string, (rel: string) => boolean>();

/**
 * Whether a glob set matches the path; with `orAncestor`, a match on any of its folders counts too
 * (`exclude: [drafts]` leaves out everything under drafts/, as .gitignore does).
 */
export function matchesGlobSets(sets: readonly GlobSet[], file: string, orAncestor: boolean): boolean {
  return sets.some((set) => {
    const rel = relativeTo(set.base, file);
    if (rel === undefined) return false;
    const key = set.patterns.join('\0');
    let isMatch = matcherCache.get(key);
    if (!isMatch) matcherCache.set(key, (isMatch = compileGlobs(set.patterns)));
    if (isMatch(rel)) return true;
    if (!orAncestor) return false;
    const parts = rel.split('/');
    for (let n = parts.length - 1; n > 0; n--) if (isMatch(parts.slice(0, n).join('/'))) return true;
    return false;
  });
}

const TYPE_LINE = /^type[ \t]*:[ \t]*(["']?)([\p{L}\w-]+)\1[ \t]*(?:#.*)?$/u;

/** Whether the document declares a charterlint type in its first lines, without parsing it. */
export function declaresType(host: ConfigHost, file: string): boolean {
  const head = host.readHead(file, HEAD_BYTES);
  return head !== undefined && declaredType(head, /\.ya?ml$/i.test(file) ? 'yaml' : 'markdown') !== undefined;
}

/** The type in Markdown front matter, or in a top-level `type:` key of YAML (first lines only). */
export function declaredType(head: string, kind: 'markdown' | 'yaml'): DocumentType | undefined {
  const lines = head.replace(/^\uFEFF/, '').split(/\r?\n/);
  let i = 0;
  if (kind === 'markdown') {
    if (lines[0]?.trim() !== '---') return undefined;
    i = 1;
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (kind === 'markdown' && /^(---|\.\.\.)\s*$/.test(line)) return undefined;
    const m = TYPE_LINE.exec(line.trimEnd());
    if (m) return normalizeDocumentType(m[2]!);
  }
  return undefined;
}
