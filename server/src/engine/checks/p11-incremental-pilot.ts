import { element, type CheckDefinition } from './definition';

/** An experiment limited to a mature use case or a small scale, or scaled up after evaluation. */
export const incrementalPilot: CheckDefinition = {
  code: 'P11',
  name: 'incremental-pilot',
  axis: 4,
  appliesTo: ['charter'],
  elements: [
    element('pilot', { genericNeedsSpecific: true, yaml: [{ path: 'impact.pilots', field: 'useCase', namesItself: true }] }),
    element('limit', { anchor: false, saidByNegation: true, yaml: [{ path: 'impact.pilots', field: 'scale', matching: true }, { path: 'impact.pilots', field: 'maturity', matching: true }] }),
  ],
  yamlKeys: ['impact.pilots'],
  missingSeverity: 'warning',
};
