import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A function's own time in a CPU profile (`node --cpu-prof`), at its place in the TypeScript or library source. */
export interface HotFunction {
  name: string;
  /** file:line in the source (through the bundle's source map when there is one), relative to the repo. */
  location: string;
  selfMs: number;
  percent: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The `count` functions with the most self time (idle, GC and program time included, as in DevTools). */
export function hotFunctions(profileFile: string, root: string, count = 12): HotFunction[] {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as Profile;
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const maps = new Map<string, SourceMap | undefined>();
  const byPlace = new Map<string, HotFunction>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id);
    if (!ms) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const location = place(url, lineNumber, columnNumber, root, maps);
    const name = functionName || (url ? '(anonymous)' : '');
    const key = `${name} ${location}`;
    const entry = byPlace.get(key) ?? { name: name || location, location: url ? location : '', selfMs: 0, percent: 0 };
    entry.selfMs += ms;
    byPlace.set(key, entry);
  }
  return [...byPlace.values()]
    .map((e) => ({ ...e, percent: (100 * e.selfMs) / total }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, count);
}

function place(url: string, line: number, column: number, root: string, maps: Map<string, SourceMap | undefined>): string {
  if (!url) return '';
  const file = url.startsWith('file:') ? fileURLToPath(url) : url;
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined);
  }
  const entry = maps.get(file)?.findEntry(line, column);
  if (entry && 'originalSource' in entry && entry.originalSource) {
    const source = path.resolve(path.dirname(file), entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource);
    // A dependency's own source maps can be coarse (helpers land on unrelated lines): its name only.
    const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    return dependency ? `${dependency[1]} (dependency)` : `${path.relative(root, source)}:${entry.originalLine + 1}`;
  }
  return `${path.isAbsolute(file) ? path.relative(root, file) : file}:${line + 1}`;
}
