import { element, type CheckDefinition } from './definition';

/** A consultation held upstream, and a self-data initiative. */
export const citizenConsultation: CheckDefinition = {
  code: 'P15',
  name: 'citizen-consultation',
  axis: 5,
  appliesTo: ['charter', 'usage-framework'],
  elements: [
    // A consultation of the administration's own people (member councils, staff, its legal
    // service) is no citizens' consultation, unless its sentence names the public too.
    element('mechanism', { notWith: { group: 'P15@insiders', unless: 'P15@public' }, yaml: [{ path: 'citizens.consultation.methods' }] }),
    element('upstream', { anchor: false, yaml: [{ path: 'citizens.consultation.stage', equals: ['upstream'] }] }),
    element('selfData', { yaml: [{ path: 'citizens.selfData' }] }),
  ],
  yamlKeys: ['citizens.consultation', 'citizens.selfData'],
  missingSeverity: 'error',
};
