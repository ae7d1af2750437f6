import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Random } from '../lib/random';
import type { DocType, Lang } from './bank';
import { markdownDocument } from './markdown';
import { yamlDocument } from './yaml';

/** Bump when the generator's output changes: an existing corpus is then generated anew. */
const GENERATOR_VERSION = 2;

export type Kind = 'md' | 'yaml';

/**
 * Documents of one format, language and nominal size. Small sizes have several distinct
 * documents, so that a timing covers about as many distinct bytes at every size (one 10 KB
 * document linted over and over runs faster per byte than ten different ones).
 */
export interface SizedDocs {
  files: string[];
  kind: Kind;
  lang: Lang;
  /** Nominal size: 10 KB, 100 KB, 1 MB, 10 MB. */
  label: string;
  /** All the files together. */
  bytes: number;
}

export interface Corpus {
  dir: string;
  sized: SizedDocs[];
  /** The folder of the mixed corpus, with `md/` and `yaml/` inside. */
  mixed: string;
  mixedFiles: Record<Kind, string[]>;
  mixedBytes: Record<Kind, number>;
}

export interface CorpusOptions {
  quick: boolean;
}

/** Nominal size, bytes, and how many distinct documents of that size (full corpus, --quick). */
export const SIZES: Array<[label: string, bytes: number, count: number, quickCount: number]> = [
  ['10 KB', 10_000, 50, 10], ['100 KB', 100_000, 5, 2], ['1 MB', 1_000_000, 1, 1], ['10 MB', 10_000_000, 1, 0],
];

/**
 * The benchmark corpus, in `dir` (git-ignored), generated once and reused while the generator
 * and options are the same: documents per format, language and size (SIZES), and a mixed corpus
 * of 2,000 documents (200 with --quick) of the sizes charters have in practice.
 */
export function ensureCorpus(dir: string, options: CorpusOptions, log: (line: string) => void): Corpus {
  const manifestFile = path.join(dir, 'manifest.json');
  const key = JSON.stringify({ GENERATOR_VERSION, quick: options.quick });
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { key: string; corpus: Corpus };
    if (manifest.key === key) return manifest.corpus;
  }
  const t0 = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const corpus: Corpus = { dir, sized: [], mixed: path.join(dir, 'mixed'), mixedFiles: { md: [], yaml: [] }, mixedBytes: { md: 0, yaml: 0 } };
  const write = (file: string, text: string): number => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return Buffer.byteLength(text);
  };
  for (const [label, target, fullCount, quickCount] of SIZES) {
    const count = options.quick ? quickCount : fullCount;
    if (count === 0) continue;
    for (const kind of ['md', 'yaml'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        const docs: SizedDocs = { files: [], kind, lang, label, bytes: 0 };
        for (let i = 0; i < count; i++) {
          const file = path.join(dir, 'sizes', `${lang}-${label.replace(' ', '').toLowerCase()}${count > 1 ? `-${i + 1}` : ''}.${kind}`);
          const text = (kind === 'md' ? markdownDocument : yamlDocument)(lang, 'charter', target, `sized:${kind}:${lang}:${target}:${i}`);
          docs.bytes += write(file, text);
          docs.files.push(file);
        }
        corpus.sized.push(docs);
      }
    }
  }
  const r = new Random('mixed');
  const count = options.quick ? 200 : 2000;
  for (let i = 0; i < count; i++) {
    const kind: Kind = r.chance(0.6) ? 'md' : 'yaml';
    const lang: Lang = r.chance(0.5) ? 'fr' : 'en';
    const x = r.next();
    const type: DocType = x < 0.7 ? 'charter' : x < 0.85 ? 'usage-framework' : 'partnership-agreement';
    const target = mixedSize(r);
    const file = path.join(corpus.mixed, kind, `${String(i).padStart(4, '0')}-${lang}-${type}.${kind}`);
    const text = (kind === 'md' ? markdownDocument : yamlDocument)(lang, type, target, `mixed:${i}`);
    corpus.mixedBytes[kind] += write(file, text);
    corpus.mixedFiles[kind].push(file);
  }
  writeFileSync(manifestFile, JSON.stringify({ key, corpus }, null, 1));
  log(`corpus generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${dir}`);
  return corpus;
}

/** Most charters are 4–16 KB; some carry annexes (16–64 KB); a few are compendiums (64–256 KB). */
function mixedSize(r: Random): number {
  const x = r.next();
  const [lo, hi] = x < 0.85 ? [4_000, 16_000] : x < 0.98 ? [16_000, 64_000] : [64_000, 256_000];
  return Math.round(lo * Math.pow(hi / lo, r.next()));
}
