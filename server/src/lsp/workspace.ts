import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ConfigService, declaredType, isConfigFileName, isDocumentFileName, matchesGlobSets, type GlobSet,
} from '../config';
import { sourceKindOf, type SourceKind } from '../engine';
import type { CharterlintSettings } from './protocol';

/** The file path of a `file:` uri; other schemes (untitled:…) have none. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

/** Front matter and a top-level `type:` sit at the top: the CLI reads 4 KB of each file, so do we. */
const HEAD_CHARS = 4096;

/**
 * The workspace folders and one ConfigService per folder, built with cwd = the folder, as the CLI
 * run in that folder builds it. A file outside every folder gets its own folder as cwd.
 */
export class Workspace {
  private folders: string[] = [];
  private readonly services = new Map<string, ConfigService>();

  setFolders(folders: readonly string[]): void {
    this.folders = [...new Set(folders.map((f) => path.resolve(f)))].sort((a, b) => b.length - a.length);
    this.services.clear();
  }

  get folderPaths(): readonly string[] {
    return this.folders;
  }

  /** The innermost workspace folder holding `file`, else the file's own folder. */
  folderOf(file: string): string {
    return this.folders.find((f) => file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep)) ?? path.dirname(file);
  }

  configsFor(file: string): ConfigService {
    return this.configsOfFolder(this.folderOf(file));
  }

  configsOfFolder(folder: string): ConfigService {
    let service = this.services.get(folder);
    if (!service) {
      service = new ConfigService({ cwd: folder });
      this.services.set(folder, service);
    }
    return service;
  }

  /** A `.charterlintrc.*` changed: forget every configuration read. */
  clear(): void {
    for (const service of this.services.values()) service.clear();
  }

  /**
   * Whether a document is one charterlint lints, by the CLI's rule for a folder walk: not excluded,
   * and it declares a charterlint `type` or matches an `include` glob (the configuration's, or the
   * `charterlint.include` setting's, relative to the workspace folder). Undefined: not a document.
   */
  documentKind(file: string | undefined, languageId: string, text: string, settings: CharterlintSettings): SourceKind | undefined {
    const kind = file !== undefined && isDocumentFileName(file) ? sourceKindOf(file) : languageKind(languageId);
    if (kind === undefined || (file !== undefined && isConfigFileName(file))) return undefined;
    if (file === undefined) return declaredType(text.slice(0, HEAD_CHARS), kind) !== undefined ? kind : undefined;
    const folder = this.configsFor(file).forFolder(path.dirname(file));
    if (matchesGlobSets(folder.exclude, file, true)) return undefined;
    if (declaredType(text.slice(0, HEAD_CHARS), kind) !== undefined) return kind;
    if (matchesGlobSets(folder.include, file, false)) return kind;
    const extra: GlobSet[] = settings.include.length > 0 ? [{ base: this.folderOf(file), patterns: settings.include }] : [];
    return matchesGlobSets(extra, file, false) ? kind : undefined;
  }
}

function languageKind(languageId: string): SourceKind | undefined {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'yaml') return 'yaml';
  return undefined;
}
