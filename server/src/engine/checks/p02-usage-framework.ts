import { element, type CheckDefinition } from './definition';

/** Rules of data use for the administration's services and for the territory's actors. */
export const usageFramework: CheckDefinition = {
  code: 'P02',
  name: 'usage-framework',
  axis: 1,
  appliesTo: ['charter', 'usage-framework'],
  elements: [
    element('internal', { needsContext: true, lastWordWins: true, yaml: [{ path: 'governance.usage.internal' }] }),
    element('territory', { needsContext: true, lastWordWins: true, yaml: [{ path: 'governance.usage.territory' }] }),
  ],
  yamlKeys: ['governance.usage'],
  missingSeverity: 'warning',
};
