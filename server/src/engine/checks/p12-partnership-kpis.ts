import { element, type CheckDefinition } from './definition';

/** Performance indicators with at least one quantified target (a frequency is not a target). */
export const partnershipKpis: CheckDefinition = {
  code: 'P12',
  name: 'partnership-kpis',
  axis: 4,
  appliesTo: ['charter', 'partnership-agreement'],
  elements: [
    element('indicators', { needsPartners: true, yaml: [{ path: 'impact.kpis', field: 'indicator' }] }),
    element('target', {
      anchor: false,
      detector: 'quantifiedTarget',
      yaml: [{ path: 'impact.kpis', field: 'target', quantified: true }, { path: 'impact.kpis', field: 'deadline', quantified: true }],
    }),
  ],
  yamlKeys: ['impact.kpis'],
  missingSeverity: 'warning',
  itemsApart: true,
};
