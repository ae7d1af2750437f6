import { element, type CheckDefinition } from './definition';

/** Membership of, or commitment to, a network of cities. */
export const cityNetwork: CheckDefinition = {
  code: 'P04',
  name: 'city-network',
  axis: 1,
  appliesTo: ['charter'],
  elements: [element('network', { lastWordWins: true, universalDenials: true, yaml: [{ path: 'governance.cityNetworks' }] })],
  yamlKeys: ['governance.cityNetworks'],
  missingSeverity: 'warning',
};
