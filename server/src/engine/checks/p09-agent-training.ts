import { element, type CheckDefinition } from './definition';

/** A training and acculturation plan for the administration's agents or elected officials. */
export const agentTraining: CheckDefinition = {
  code: 'P09',
  name: 'agent-training',
  axis: 3,
  appliesTo: ['charter', 'usage-framework'],
  elements: [element('training', { yaml: [{ path: 'organisation.training' }] })],
  yamlKeys: ['organisation.training'],
  missingSeverity: 'warning',
};
