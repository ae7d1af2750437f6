import { element, type CheckDefinition } from './definition';

/** A reversibility clause that names the data and the formats; raw data is recommended. */
export const reversibilityClause: CheckDefinition = {
  code: 'P08',
  name: 'reversibility-clause',
  axis: 2,
  appliesTo: ['charter', 'usage-framework', 'partnership-agreement'],
  elements: [
    // « Le self data vous permet de récupérer les données que la Ville détient sur vous » is P15's
    // citizen portability, not a contract's reversibility.
    element('clause', { notWith: { group: 'P15.selfData' }, needsPartners: true, yaml: [{ path: 'data.reversibility' }] }),
    element('datasets', { anchor: false, yaml: [{ path: 'data.reversibility.datasets' }] }),
    element('formats', { anchor: false, yaml: [{ path: 'data.reversibility.formats', matching: true }] }),
    element('rawData', { required: false, anchor: false, yaml: [{ path: 'data.rawData' }] }),
  ],
  yamlKeys: ['data.reversibility', 'data.rawData'],
  missingSeverity: 'error',
};
