import { element, type CheckDefinition } from './definition';

/** A named technical standard and a legal element (licence, model clauses, standard contract). */
export const interoperabilityFramework: CheckDefinition = {
  code: 'P07',
  name: 'interoperability-framework',
  axis: 2,
  appliesTo: ['charter', 'usage-framework', 'partnership-agreement'],
  elements: [
    element('technical', { yaml: [{ path: 'data.interoperability.technical', matching: true }] }),
    element('legal', { yaml: [{ path: 'data.interoperability.legal' }] }),
  ],
  yamlKeys: ['data.interoperability'],
  missingSeverity: 'warning',
};
