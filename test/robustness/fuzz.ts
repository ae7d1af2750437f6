import fc from 'fast-check';

/**
 * How long the property tests run. In `npm test`: FUZZ_RUNS cases per property (default 25, a
 * few seconds in all). `npm run fuzz` sets FUZZ_SECONDS: the time is shared among the properties,
 * each runs as many cases as fit (fast-check's `interruptAfterTimeLimit`). FUZZ_SEED replays a run.
 */
export interface FuzzPlan {
  /** Cases per property (ignored when `millisPerProperty` is set). */
  runs: number;
  millisPerProperty?: number;
  seed?: number;
  /** Whether this is a long run (`npm run fuzz`): then a summary is printed. */
  long: boolean;
}

export function fuzzPlan(properties: number): FuzzPlan {
  const seconds = Number(process.env.FUZZ_SECONDS);
  const runs = Number(process.env.FUZZ_RUNS);
  const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : undefined;
  const base = { ...(seed !== undefined && Number.isFinite(seed) ? { seed } : {}) };
  if (Number.isFinite(seconds) && seconds > 0) {
    return { ...base, runs: Number.MAX_SAFE_INTEGER, millisPerProperty: (seconds * 1000) / properties, long: true };
  }
  if (Number.isFinite(runs) && runs > 0) return { ...base, runs, long: true };
  return { ...base, runs: 25, long: false };
}

export interface Tally {
  property: string;
  cases: number;
  millis: number;
  seed: number;
}

/**
 * Runs a property under the plan, counts the cases generated, and fails with fast-check's report
 * (seed, path and the shrunk counterexample) when it does not hold.
 */
export function runProperty<T>(name: string, plan: FuzzPlan, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, tallies: Tally[]): void {
  const started = performance.now();
  const details = fc.check(fc.property(arbitrary, predicate), {
    numRuns: plan.runs,
    ...(plan.millisPerProperty !== undefined ? { interruptAfterTimeLimit: plan.millisPerProperty, markInterruptAsFailure: false } : {}),
    ...(plan.seed !== undefined ? { seed: plan.seed } : {}),
  });
  tallies.push({ property: name, cases: details.numRuns, millis: performance.now() - started, seed: details.seed });
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? `property "${name}" failed`);
}

export function summary(tallies: readonly Tally[]): string {
  const cases = tallies.reduce((n, t) => n + t.cases, 0);
  const seconds = tallies.reduce((n, t) => n + t.millis, 0) / 1000;
  const rows = tallies.map((t) => `  ${t.property}: ${t.cases} cases in ${(t.millis / 1000).toFixed(1)} s (seed ${t.seed})`);
  return [`fuzz: ${cases} generated cases in ${seconds.toFixed(1)} s`, ...rows].join('\n');
}

/** Whether `original` is still in `fixed`, in order: what "fixes only insert" means. */
export function keepsInOrder(original: string, fixed: string): boolean {
  let i = 0;
  for (let j = 0; j < fixed.length && i < original.length; j++) if (fixed.charCodeAt(j) === original.charCodeAt(i)) i++;
  return i === original.length;
}
