import { element, type CheckDefinition } from './definition';

/** A data policy carried or pooled at intercommunal level. */
export const intercommunalPolicy: CheckDefinition = {
  code: 'P05',
  name: 'intercommunal-policy',
  axis: 1,
  appliesTo: ['charter'],
  elements: [element('intercommunal', { titleNamesAuthor: true, yaml: [{ path: 'governance.intercommunal' }] })],
  yamlKeys: ['governance.intercommunal'],
  missingSeverity: 'warning',
};
