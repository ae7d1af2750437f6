import { element, type CheckDefinition } from './definition';

/** A named body that governs data, and room for innovation. */
export const governanceBody: CheckDefinition = {
  code: 'P01',
  name: 'governance-body',
  axis: 1,
  appliesTo: ['charter'],
  elements: [
    element('body', { titleNamesAuthor: true, yaml: [{ path: 'governance.body' }] }),
    element('innovation', { lastWordWins: true, yaml: [{ path: 'governance.innovation' }] }),
  ],
  yamlKeys: ['governance.body', 'governance.innovation'],
  missingSeverity: 'warning',
};
