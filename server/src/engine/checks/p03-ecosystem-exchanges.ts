import { element, type CheckDefinition } from './definition';

/** A standing way for the territory's data actors to exchange. */
export const ecosystemExchanges: CheckDefinition = {
  code: 'P03',
  name: 'ecosystem-exchanges',
  axis: 1,
  appliesTo: ['charter'],
  elements: [element('exchanges', { yaml: [{ path: 'governance.ecosystem' }] })],
  yamlKeys: ['governance.ecosystem'],
  missingSeverity: 'warning',
};
