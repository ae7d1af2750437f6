import { CHECK_CODES, type CheckCode, type Verdict } from './types';

/** How many checks have each verdict, over the checks that apply to the document type. */
export interface CoverageCounts {
  covered: number;
  partial: number;
  missing: number;
  off: number;
  /** Checks that apply: covered + partial + missing + off (switching a check off hides no gap). */
  applicable: number;
}

export function countVerdicts(coverage: Record<CheckCode, Verdict>): CoverageCounts {
  const counts: CoverageCounts = { covered: 0, partial: 0, missing: 0, off: 0, applicable: 0 };
  for (const code of CHECK_CODES) {
    const verdict = coverage[code];
    if (verdict === 'not-applicable') continue;
    counts.applicable++;
    counts[verdict]++;
  }
  return counts;
}
