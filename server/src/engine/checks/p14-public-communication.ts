import { element, type CheckDefinition } from './definition';

/** Campaigns towards residents about data uses, benefits and risks. */
export const publicCommunication: CheckDefinition = {
  code: 'P14',
  name: 'public-communication',
  axis: 5,
  appliesTo: ['charter'],
  elements: [element('campaign', { lastWordWins: true, yaml: [{ path: 'citizens.communication' }] })],
  yamlKeys: ['citizens.communication'],
  missingSeverity: 'warning',
};
