import { countVerdicts, type CoverageCounts } from '../../engine/coverage';
import path from 'node:path';
import { pack } from '../../engine/i18n';
import { AXES, RULES, type Axis } from '../../engine/rules';
import { CHECK_CODES, type CheckCode, type DocumentType, type Locale, type Severity, type Verdict } from '../../engine/types';
import type { FileReport, LintMessage } from '../report';

/** What every formatter may know besides the reports. Colour is decided by the CLI, never here. */
export interface FormatContext {
  cwd: string;
  locale: Locale;
  color: boolean;
  version: string;
}

export type Formatter = (reports: FileReport[], ctx: FormatContext) => string;

/**
 * The path users and CI tools know the file by: relative to `cwd`, with `/` on every OS (SARIF
 * URIs and GitHub annotations need it). A file outside `cwd` keeps its absolute path.
 */
export function relativePath(cwd: string, filePath: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, filePath)).split(path.sep).join('/');
  const outside = rel === '' || rel === '..' || rel.startsWith('../') || path.isAbsolute(rel);
  return outside ? filePath.split(path.sep).join('/') : rel;
}

/** "P08 reversibility-clause" for the 16 checks, the bare id for extra rules (name == id). */
export function ruleTitle(message: Pick<LintMessage, 'ruleId' | 'ruleName'>): string {
  return message.ruleName && message.ruleName !== message.ruleId ? `${message.ruleId} ${message.ruleName}` : message.ruleId;
}

export const checkName = (code: CheckCode): string => RULES.find((r) => r.id === code)?.name ?? code;

/** The 5 axes ("2. Data in contracts") with their checks, in checklist order. */
export function checksByAxis(locale: Locale): { title: string; codes: CheckCode[] }[] {
  return ([1, 2, 3, 4, 5] as const).map((axis: Axis) => ({
    title: `${axis}. ${AXES[axis][locale]}`,
    codes: CHECK_CODES.filter((code) => RULES.find((r) => r.id === code)?.axis === axis),
  }));
}

export const VERDICT_SYMBOL: Record<Verdict, string> = {
  covered: '✔', partial: '◐', missing: '✖', 'not-applicable': '–', off: '⊘',
};


export function coverageCounts(report: FileReport): CoverageCounts {
  return countVerdicts(report.coverage);
}

/** Localized words of the human-readable formatters (stylish, summary, Markdown). */
export interface Labels {
  severity: Record<Severity, string>;
  verdict: Record<Verdict, string>;
  documentType: Record<DocumentType, string>;
  coverageHeading: string;
  axis: string;
  check: string;
  verdictHeading: string;
  problems: (total: number, errors: number, warnings: number, infos: number) => string;
  fixable: (n: number) => string;
  coverageLine: (c: CoverageCounts) => string;
}

/** English and French plural rules differ at 0 ("0 errors" / "0 erreur"). */
const plural = (locale: Locale, n: number, one: string, other: string): string =>
  `${n} ${(locale === 'fr' ? n < 2 : n === 1) ? one : other}`;

export const LABELS: Record<Locale, Labels> = {
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    verdict: { covered: 'covered', partial: 'partial', missing: 'missing', 'not-applicable': 'not applicable', off: 'off' },
    documentType: pack('en').messages.types,
    coverageHeading: 'Coverage of the 16 proposals',
    axis: 'Axis',
    check: 'Check',
    verdictHeading: 'Verdict',
    problems: (total, e, w, i) =>
      `${plural('en', total, 'problem', 'problems')} (${plural('en', e, 'error', 'errors')}, ${plural('en', w, 'warning', 'warnings')}, ${plural('en', i, 'info', 'infos')})`,
    fixable: (n) => `${plural('en', n, 'problem', 'problems')} can be completed with \`--fix\` (it inserts templates to fill in).`,
    coverageLine: (c) => `covered ${c.covered}/${c.applicable} applicable, ${c.partial} partial, ${c.missing} missing, ${c.off} off`,
  },
  fr: {
    severity: { error: 'erreur', warning: 'avertissement', info: 'info' },
    verdict: { covered: 'couverte', partial: 'partielle', missing: 'manquante', 'not-applicable': 'non applicable', off: 'désactivée' },
    documentType: pack('fr').messages.types,
    coverageHeading: 'Couverture des 16 propositions',
    axis: 'Axe',
    check: 'Proposition',
    verdictHeading: 'Verdict',
    problems: (total, e, w, i) =>
      `${plural('fr', total, 'problème', 'problèmes')} (${plural('fr', e, 'erreur', 'erreurs')}, ${plural('fr', w, 'avertissement', 'avertissements')}, ${plural('fr', i, 'info', 'infos')})`,
    fixable: (n) => `${plural('fr', n, 'problème peut être complété', 'problèmes peuvent être complétés')} avec \`--fix\` (insertion de modèles à remplir).`,
    // "label : count" reads correctly in French whatever the count (no agreement to get wrong).
    coverageLine: (c) => `couvertes : ${c.covered}/${c.applicable} applicables · partielles : ${c.partial} · manquantes : ${c.missing} · désactivées : ${c.off}`,
  },
};

/**
 * Text bound for a terminal: a message may quote the document (a placeholder), and a document must
 * not be able to drive the terminal with escape sequences. Line breaks become spaces (one problem,
 * one line); other control characters become their visible Unicode "control pictures" (␛).
 */
export function printable(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)))
    .replace(/[\u0080-\u009f]/g, '\ufffd');
}
