import type { Locale, Verdict } from '../engine/types';

/** Words of the editor front end (action titles, hovers, code lens), in the user's locale. */
interface UiText {
  verdicts: Record<Verdict, string>;
  disable: string;
  showDocs: string;
  fixAll: string;
  missingLabel: string;
  verdictLabel: string;
  evidenceFor: string;
  documentation: string;
  tooLarge: string;
  internalError: string;
  configProblems: string;
  lens: (counts: { covered: number; partial: number; missing: number; off: number; applicable: number }) => string;
  checklistTitle: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

const TEXTS: Record<Locale, UiText> = {
  en: {
    verdicts: { covered: 'covered', partial: 'partial', missing: 'missing', 'not-applicable': 'not applicable', off: 'off' },
    disable: 'Disable {rule} for this file…',
    showDocs: 'Show documentation for {rule}',
    fixAll: 'Insert all missing sections',
    missingLabel: 'Missing',
    verdictLabel: 'Verdict',
    evidenceFor: 'Evidence for',
    documentation: 'Documentation',
    tooLarge: 'This file is larger than {size} (maxFileSize, or 5 MB in the editor): charterlint does not lint it here.',
    internalError: 'charterlint failed on this document ({error}); the log of the charterlint server has the details.',
    configProblems: 'The charterlint configuration that applies to this file has problems: {problems}',
    lens: (c) => `${c.covered}/${c.applicable} covered · ${c.partial} partial · ${c.missing} missing${c.off > 0 ? ` · ${c.off} off` : ''}`,
    checklistTitle: 'charterlint checklist',
  },
  fr: {
    verdicts: { covered: 'couverte', partial: 'partielle', missing: 'manquante', 'not-applicable': 'non applicable', off: 'désactivée' },
    disable: 'Désactiver {rule} pour ce fichier…',
    showDocs: 'Afficher la documentation de {rule}',
    fixAll: 'Insérer toutes les sections manquantes',
    missingLabel: 'Manque',
    verdictLabel: 'Verdict',
    evidenceFor: 'Éléments pour',
    documentation: 'Documentation',
    tooLarge: 'Ce fichier dépasse {size} (maxFileSize, ou 5 MB dans l’éditeur) : charterlint ne l’analyse pas ici.',
    internalError: 'charterlint a échoué sur ce document ({error}) ; le journal du serveur charterlint donne le détail.',
    configProblems: 'La configuration charterlint qui s’applique à ce fichier comporte des erreurs : {problems}',
    lens: (c) => `${c.covered}/${c.applicable} ${c.covered > 1 ? 'couvertes' : 'couverte'} · ${plural(c.partial, 'partielle', 'partielles')} · ${plural(c.missing, 'manquante', 'manquantes')}${c.off > 0 ? ` · ${plural(c.off, 'désactivée', 'désactivées')}` : ''}`,
    checklistTitle: 'Grille charterlint',
  },
};

export function ui(locale: Locale): UiText {
  return TEXTS[locale];
}

/** One glyph per verdict, the same as the CLI's summary. */
export const VERDICT_GLYPHS: Record<Verdict, string> = {
  covered: '✔', partial: '◐', missing: '✖', 'not-applicable': '–', off: '⊘',
};

/** `P08 ◐ partial` */
export function verdictTag(code: string, verdict: Verdict, locale: Locale): string {
  return `${code} ${VERDICT_GLYPHS[verdict]} ${ui(locale).verdicts[verdict]}`;
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
