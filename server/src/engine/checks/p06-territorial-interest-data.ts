import { element, type CheckDefinition } from './definition';

/**
 * Data of territorial interest, and a way for partners to share it. Only the category anchors
 * the check: a duty to transmit data with no such category is no evidence at all (ruling).
 */
export const territorialInterestData: CheckDefinition = {
  code: 'P06',
  name: 'territorial-interest-data',
  axis: 2,
  appliesTo: ['charter', 'partnership-agreement'],
  elements: [
    element('category', { yaml: [{ path: 'data.territorialInterest.categories' }] }),
    element('sharing', { anchor: false, needsPartners: true, yaml: [{ path: 'data.territorialInterest.sharing' }] }),
  ],
  yamlKeys: ['data.territorialInterest'],
  missingSeverity: 'warning',
  itemsApart: true,
};
