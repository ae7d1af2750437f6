import { element, type CheckDefinition } from './definition';

/** A training and acculturation plan for the administration's agents or elected officials. */
export const agentTraining: CheckDefinition = {
  code: 'P09',
  name: 'agent-training',
  axis: 3,
  appliesTo: ['charter', 'usage-framework'],
  elements: [element('training', {
    // A training for others (residents, volunteers, a supplier's staff, a contest's participants)
    // is not the administration's, unless its sentence names the agents or elected officials too.
    notWith: { group: 'P09@outsiders', unless: 'P09@trainees' },
    yaml: [{ path: 'organisation.training' }],
  })],
  yamlKeys: ['organisation.training'],
  missingSeverity: 'warning',
};
