import path from 'node:path';
import { expandConfig } from './extends';
import { nodeHost, type ConfigHost } from './host';
import { mergeLayers, relativeTo, type ConfigLayer } from './layers';
import { parseConfigText, type LoadedConfig } from './load';
import { uniqueProblems } from './problems';
import type { ConfigProblem, GlobSet, ResolvedConfig } from './types';

/** Looked for in this order in each folder; the first one present is the folder's configuration. */
export const CONFIG_FILE_NAMES = ['.charterlintrc.yaml', '.charterlintrc.yml', '.charterlintrc.json'] as const;

export function isConfigFileName(fileName: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(fileName));
}

export interface ConfigServiceOptions {
  /** Folder the CLI runs in (or the workspace folder of an editor). */
  cwd: string;
  /** `--config FILE`: this file (and what it extends) replaces the search for configuration files. */
  configFile?: string;
  host?: ConfigHost;
}

/** The configuration of one folder: its layers, outermost first, and every problem met building them. */
export interface FolderConfig {
  layers: readonly ConfigLayer[];
  problems: readonly ConfigProblem[];
  /** The `include` and `exclude` globs in force in the folder (overrides cannot set them). */
  include: readonly GlobSet[];
  exclude: readonly GlobSet[];
}

const NO_CONFIG: FolderConfig = { layers: [], problems: [], include: [], exclude: [] };

export interface FileConfig {
  config: ResolvedConfig;
  problems: ConfigProblem[];
}

/**
 * Finds, loads and merges configuration files. Everything is cached (files by path, cascades and
 * layers by folder), so 2,000 documents in one folder parse its configuration once; call `clear()`
 * when a configuration file changes.
 */
export class ConfigService {
  readonly cwd: string;
  readonly host: ConfigHost;
  readonly configFile?: string;
  private readonly files = new Map<string, LoadedConfig | null>();
  private readonly cascades = new Map<string, string[]>();
  private readonly folders = new Map<string, FolderConfig>();

  constructor(options: ConfigServiceOptions) {
    this.cwd = path.resolve(options.cwd);
    this.host = options.host ?? nodeHost;
    if (options.configFile !== undefined) this.configFile = path.resolve(this.cwd, options.configFile);
  }

  /** The configuration that applies to `file` (absolute, or relative to the cwd), with its problems. */
  forFile(file: string): FileConfig {
    const absolute = path.resolve(this.cwd, file);
    const folder = this.forFolder(path.dirname(absolute));
    return { config: mergeLayers(absolute, folder.layers), problems: [...folder.problems] };
  }

  forFolder(dir: string): FolderConfig {
    const folder = this.configFile !== undefined ? this.cwd : path.resolve(this.cwd, dir);
    let result = this.folders.get(folder);
    if (!result) {
      result = this.configFile !== undefined ? this.explicit(this.configFile) : this.cascade(folder);
      this.folders.set(folder, result);
    }
    return result;
  }

  /**
   * Every problem of one configuration file, its `extends` included (an editor validating the file
   * as it is typed passes the unsaved `text`). Problems of the files it extends stay theirs.
   */
  validateConfigFile(file: string, text?: string): ConfigProblem[] {
    const absolute = path.resolve(this.cwd, file);
    const loaded = text !== undefined ? parseConfigText(text, absolute) : this.load(absolute);
    if (!loaded) return [{ file: absolute, message: 'cannot read this configuration file' }];
    const cascade = this.configFile !== undefined ? [] : this.cascadeFiles(path.dirname(absolute));
    const outermost = path.dirname(cascade[0] ?? absolute);
    const expanded = expandConfig(loaded, { load: (f) => this.load(f), projectRoot: this.projectRoot(outermost), base: path.dirname(absolute) });
    return uniqueProblems([...loaded.problems, ...expanded.problems.filter((p) => p.file === absolute)]);
  }

  /** Forgets everything read (an editor calls this when a `.charterlintrc.*` file changes). */
  clear(): void {
    this.files.clear();
    this.cascades.clear();
    this.folders.clear();
  }

  private explicit(file: string): FolderConfig {
    const loaded = this.load(file);
    if (!loaded) {
      const why = this.host.kind(file) === 'directory' ? 'is a folder, not a configuration file' : 'no such file';
      return { ...NO_CONFIG, problems: [{ file, message: `cannot read the configuration given with --config: ${why}` }] };
    }
    // As with ESLint's --config, globs are relative to the cwd, not to the file's folder.
    return this.build([loaded], this.cwd);
  }

  private cascade(dir: string): FolderConfig {
    const files = this.cascadeFiles(dir);
    if (files.length === 0) return NO_CONFIG;
    return this.build(files.map((f) => this.load(f)!), undefined);
  }

  private build(configs: LoadedConfig[], base: string | undefined): FolderConfig {
    const projectRoot = this.projectRoot(path.dirname(configs[0]!.file));
    const layers: ConfigLayer[] = [];
    const problems: ConfigProblem[] = [];
    for (const config of configs) {
      const expanded = expandConfig(config, { load: (f) => this.load(f), projectRoot, base: base ?? path.dirname(config.file) });
      layers.push(...expanded.layers);
      problems.push(...config.problems, ...expanded.problems);
    }
    const { include, exclude } = mergeLayers(projectRoot, layers);
    return { layers, problems: uniqueProblems(problems), include, exclude };
  }

  /** The project is the outermost configuration's folder, or the cwd when the cwd contains it. */
  private projectRoot(outermostFolder: string): string {
    return outermostFolder === this.cwd || relativeTo(this.cwd, outermostFolder) !== undefined ? this.cwd : outermostFolder;
  }

  /** Configuration files that apply to `dir`, outermost first, up to the first `root: true`. */
  private cascadeFiles(dir: string): string[] {
    const cached = this.cascades.get(dir);
    if (cached) return cached;
    const own = CONFIG_FILE_NAMES.map((name) => path.join(dir, name)).find((f) => this.host.kind(f) === 'file');
    const parent = path.dirname(dir);
    const stop = parent === dir || (own !== undefined && this.load(own)?.data.root === true);
    const files = [...(stop ? [] : this.cascadeFiles(parent)), ...(own !== undefined && this.load(own) ? [own] : [])];
    this.cascades.set(dir, files);
    return files;
  }

  private load(file: string): LoadedConfig | undefined {
    let loaded = this.files.get(file);
    if (loaded === undefined) {
      const text = this.host.readFile(file);
      loaded = text === undefined ? null : parseConfigText(text, file);
      this.files.set(file, loaded);
    }
    return loaded ?? undefined;
  }
}
