import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { lint, LineIndex, type CheckCode, type Verdict } from '../../server/src/engine';

/**
 * The corpus evaluation: lints every labelled document with the engine and compares each
 * applicable check's verdict with the label. Shared by `npm run eval` and the regression test.
 */
export const CORPUS_DIR = __dirname;

type Expected = 'covered' | 'partial' | 'missing';
interface Label {
  file: string;
  type: string;
  language?: string;
  verdicts: Record<string, Expected | { verdict: Expected; reason?: string; trap?: string; negation?: boolean }>;
}

export interface Disagreement {
  file: string;
  check: CheckCode;
  expected: Expected;
  got: Verdict;
  reason?: string;
  /** What the engine took as evidence, or where it reported. */
  evidence: string;
}

export interface Metrics {
  documents: number;
  verdicts: number;
  accuracy: number;
  perCheck: Record<string, { n: number; accuracy: number }>;
  missing: { precision: number; recall: number };
  partial: { precision: number; recall: number };
  /** confusion[expected][got] */
  confusion: Record<Expected, Record<string, number>>;
  typeAccuracy: number;
  /** Documents whose type the engine decided otherwise than the label. */
  typeMismatches: Array<{ file: string; expected: string; got: string }>;
  disagreements: Disagreement[];
}

export function loadLabels(): Label[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => /^labels.*\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => (parse(readFileSync(path.join(CORPUS_DIR, f), 'utf8')) as { documents: Label[] }).documents);
}

export function evaluateCorpus(labels = loadLabels()): Metrics {
  const confusion: Metrics['confusion'] = { covered: {}, partial: {}, missing: {} };
  const perCheck: Record<string, { n: number; ok: number }> = {};
  const disagreements: Disagreement[] = [];
  let total = 0;
  let correct = 0;
  let typeOk = 0;
  const typeMismatches: Metrics['typeMismatches'] = [];
  for (const label of labels) {
    const full = path.join(CORPUS_DIR, label.file);
    const text = readFileSync(full, 'utf8');
    const result = lint({ text, filePath: full }, { locale: 'en' });
    if (result.documentType === label.type) typeOk++;
    else typeMismatches.push({ file: label.file, expected: label.type, got: result.documentType });
    const lines = new LineIndex(text);
    for (const [code, raw] of Object.entries(label.verdicts)) {
      const expected = typeof raw === 'string' ? raw : raw.verdict;
      const got = result.coverage[code as CheckCode];
      total++;
      const stats = (perCheck[code] ??= { n: 0, ok: 0 });
      stats.n++;
      confusion[expected][got] = (confusion[expected][got] ?? 0) + 1;
      if (got === expected) {
        correct++;
        stats.ok++;
        continue;
      }
      const diag = result.diagnostics.find((d) => d.ruleId === code && d.verdict);
      const ranges = result.evidence[code as CheckCode] ?? [];
      const evidence = (ranges.length > 0 ? ranges : diag ? [diag.range] : [])
        .map((r) => `${lines.position(r.start).line}: "${text.slice(r.start, Math.min(r.end, r.start + 60)).replace(/\s+/g, ' ')}"`)
        .join('; ');
      disagreements.push({
        file: label.file, check: code as CheckCode, expected, got,
        ...(typeof raw === 'object' && raw.reason ? { reason: raw.reason } : {}),
        evidence: diag?.missingElements?.length ? `${evidence} [missing: ${diag.missingElements.join(', ')}]` : evidence,
      });
    }
  }
  const pr = (v: Expected) => {
    const tp = confusion[v][v] ?? 0;
    const predicted = (Object.keys(confusion) as Expected[]).reduce((n, e) => n + (confusion[e][v] ?? 0), 0);
    const actual = Object.values(confusion[v]).reduce((n, x) => n + x, 0);
    return { precision: predicted ? tp / predicted : 1, recall: actual ? tp / actual : 1 };
  };
  return {
    documents: labels.length,
    verdicts: total,
    accuracy: total ? correct / total : 0,
    perCheck: Object.fromEntries(Object.entries(perCheck).sort().map(([k, v]) => [k, { n: v.n, accuracy: v.ok / v.n }])),
    missing: pr('missing'),
    partial: pr('partial'),
    confusion,
    typeAccuracy: labels.length ? typeOk / labels.length : 0,
    typeMismatches,
    disagreements,
  };
}
