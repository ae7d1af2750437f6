// `npm run eval`: detection quality on the labelled corpus (test/corpus), printed and written as JSON.
import { writeFileSync } from 'node:fs';
import { evaluateCorpus, loadLabels } from '../test/corpus/evaluate';

// `npm run eval -- --set holdout2`: only the documents of one folder of the corpus (a first run
// on a new held-out set is measured this way before anything is tuned).
const setIndex = process.argv.indexOf('--set');
const set = setIndex > 0 ? process.argv[setIndex + 1] : undefined;
const labels = loadLabels().filter((l) => !set || l.file.startsWith(`${set}/`));
if (labels.length === 0) {
  console.error(`charterlint eval: no labelled document in set "${set}"`);
  process.exit(2);
}
const m = evaluateCorpus(labels);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const out: string[] = [];
out.push(`charterlint corpus evaluation${set ? ` (set ${set})` : ''}: ${m.documents} documents, ${m.verdicts} verdicts`);
out.push(`verdict accuracy ${pct(m.accuracy)} · document type accuracy ${pct(m.typeAccuracy)}`);
out.push(`missing: precision ${pct(m.missing.precision)} recall ${pct(m.missing.recall)} · partial: precision ${pct(m.partial.precision)} recall ${pct(m.partial.recall)}`);
out.push('', 'per check:');
for (const [code, s] of Object.entries(m.perCheck)) out.push(`  ${code}  ${pct(s.accuracy).padStart(6)}  (n=${s.n})`);
out.push('', 'confusion (rows expected, columns got):');
const cols = ['covered', 'partial', 'missing', 'off', 'not-applicable'];
out.push(`  ${''.padEnd(9)}${cols.map((c) => c.padStart(15)).join('')}`);
for (const [row, counts] of Object.entries(m.confusion)) out.push(`  ${row.padEnd(9)}${cols.map((c) => String(counts[c] ?? 0).padStart(15)).join('')}`);
for (const t of m.typeMismatches) out.push('', `document type: ${t.file}: expected ${t.expected}, got ${t.got}`);
out.push('', `disagreements (${m.disagreements.length}):`);
for (const d of m.disagreements) {
  out.push(`  ${d.file} ${d.check}: expected ${d.expected}, got ${d.got}${d.reason ? ` (label: ${d.reason})` : ''}`);
  if (d.evidence) out.push(`      evidence ${d.evidence}`);
}
console.log(out.join('\n'));
writeFileSync('eval-results.json', `${JSON.stringify(m, null, 2)}\n`);
console.log('\nfigures written to eval-results.json');
