import { element, type CheckDefinition } from './definition';

/** A consultation held upstream, and a self-data initiative. */
export const citizenConsultation: CheckDefinition = {
  code: 'P15',
  name: 'citizen-consultation',
  axis: 5,
  appliesTo: ['charter', 'usage-framework'],
  elements: [
    element('mechanism', { yaml: [{ path: 'citizens.consultation.methods' }] }),
    element('upstream', { anchor: false, yaml: [{ path: 'citizens.consultation.stage', equals: ['upstream'] }] }),
    element('selfData', { yaml: [{ path: 'citizens.selfData' }] }),
  ],
  yamlKeys: ['citizens.consultation', 'citizens.selfData'],
  missingSeverity: 'error',
};
