import { CHECKS } from './checks';
import { pack } from './i18n';
import { AXES, type Axis } from './rules';
import type { DocumentType, Language } from './types';

const TITLES: Record<Language, Record<DocumentType, string>> = {
  fr: {
    charter: 'Charte de la donnée de {{collectivité}}',
    'usage-framework': "Cadre d'utilisation des données de {{collectivité}}",
    'partnership-agreement': 'Convention de partenariat relative aux données entre {{collectivité}} et {{partenaire}}',
  },
  en: {
    charter: 'Data charter of {{city}}',
    'usage-framework': 'Data use framework of {{city}}',
    'partnership-agreement': 'Data partnership agreement between {{city}} and {{partner}}',
  },
};

/** A complete new document of a type (`charterlint new`): every applicable check, by axis. */
export function newDocument(type: DocumentType, language: Language, eol = '\n'): string {
  const templates = pack(language).templates;
  const lines = ['---', `type: ${type}`, `lang: ${language}`, '---', `# ${TITLES[language][type]}`, ''];
  for (const axis of [1, 2, 3, 4, 5] as Axis[]) {
    const checks = CHECKS.filter((c) => c.axis === axis && c.appliesTo.includes(type));
    if (checks.length === 0) continue;
    lines.push(`## ${AXES[axis][language]}`, '');
    for (const check of checks) {
      const t = templates[check.code];
      lines.push(`### ${t.heading}`, '', check.elements.map((e) => t.elements[e.id]).filter(Boolean).join(' '), '');
    }
  }
  return lines.join(eol);
}
