import { element, type CheckDefinition } from './definition';

/** A named owner or body that carries the solutions, and a follow-up cadence. */
export const followUpOwnership: CheckDefinition = {
  code: 'P16',
  name: 'follow-up-ownership',
  axis: 5,
  appliesTo: ['charter', 'usage-framework', 'partnership-agreement'],
  elements: [
    element('owner', { yaml: [{ path: 'citizens.followUp.owner' }] }),
    element('cadence', { yaml: [{ path: 'citizens.followUp.cadence' }] }),
  ],
  yamlKeys: ['citizens.followUp'],
  missingSeverity: 'warning',
};
