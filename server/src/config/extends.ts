import path from 'node:path';
import { emptyConfigData, type LoadedConfig } from './load';
import { BUILTIN_DATA, layerOf, relativeTo, type ConfigLayer } from './layers';
import type { ConfigProblem } from './types';

export interface ExpandContext {
  /** Loads (and caches) a configuration file; undefined when there is no readable file. */
  load(file: string): LoadedConfig | undefined;
  /** `extends` may not leave this folder. */
  projectRoot: string;
  /** Folder the globs of every layer are relative to: the cascade file's folder (or the cwd for --config). */
  base: string;
}

export interface Expanded {
  layers: ConfigLayer[];
  problems: ConfigProblem[];
}

const BUILTINS = Object.keys(BUILTIN_DATA).join(' or ');
/** `https:`, `file:`, `git+ssh:` … but not a Windows drive (`C:`), refused as absolute anyway. */
const URL_LIKE = /^[a-z][a-z0-9+.-]+:/i;

/**
 * A configuration file with its `extends` expanded, depth first and in order, before its own layer.
 * Nothing is fetched or imported: built-ins are data, and paths are files inside the project.
 */
export function expandConfig(config: LoadedConfig, ctx: ExpandContext): Expanded {
  const out: Expanded = { layers: [], problems: [] };
  expand(config, ctx, [config.file], out);
  return out;
}

function expand(config: LoadedConfig, ctx: ExpandContext, stack: string[], out: Expanded): void {
  for (const ext of config.data.extends) {
    const refuse = (message: string) =>
      out.problems.push({ file: config.file, line: ext.line, column: ext.column, key: ext.key, message });
    const builtin = BUILTIN_DATA[ext.ref];
    if (builtin) {
      out.layers.push(layerOf({ ...emptyConfigData(), ...builtin }, ext.ref, ctx.base));
      continue;
    }
    if (ext.ref.startsWith('charterlint:')) {
      refuse(`unknown built-in configuration '${ext.ref}' — expected ${BUILTINS}`);
      continue;
    }
    if (URL_LIKE.test(ext.ref)) {
      refuse(`'${ext.ref}' is a URL: charterlint never downloads configuration — copy the file into the project and extend it by a relative path`);
      continue;
    }
    if (path.isAbsolute(ext.ref)) {
      refuse(`'${ext.ref}' is an absolute path — write it relative to this file, so the project works on every machine`);
      continue;
    }
    const target = path.resolve(path.dirname(config.file), ext.ref);
    if (target !== ctx.projectRoot && relativeTo(ctx.projectRoot, target) === undefined) {
      refuse(`'${ext.ref}' is outside the project (${ctx.projectRoot}) — a configuration may only extend files inside it`);
      continue;
    }
    const cycleStart = stack.indexOf(target);
    if (cycleStart >= 0) {
      const chain = [...stack.slice(cycleStart), target].map((f) => relativeTo(ctx.projectRoot, f) ?? f);
      refuse(`extends cycle: ${chain.join(' → ')}`);
      continue;
    }
    const extended = ctx.load(target);
    if (!extended) {
      refuse(`cannot read '${ext.ref}' (${target}) — extends takes ${BUILTINS} or the path of a configuration file relative to this one`);
      continue;
    }
    out.problems.push(...extended.problems);
    expand(extended, ctx, [...stack, target], out);
  }
  out.layers.push(layerOf(config.data, config.file, ctx.base));
}
