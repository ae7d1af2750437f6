import { element, type CheckDefinition } from './definition';

/** Campaigns towards residents about data uses, benefits and risks. */
export const publicCommunication: CheckDefinition = {
  code: 'P14',
  name: 'public-communication',
  axis: 5,
  appliesTo: ['charter'],
  elements: [element('campaign', {
    lastWordWins: true,
    // A campaign towards the administration's own people (staff, member councils) is not towards
    // residents, unless its sentence names them too.
    notWith: { group: 'P14@insiders', unless: 'P14@public' },
    yaml: [{ path: 'citizens.communication' }],
  })],
  yamlKeys: ['citizens.communication'],
  missingSeverity: 'warning',
};
