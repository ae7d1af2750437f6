import { element, type CheckDefinition } from './definition';

/** A dedicated data role (a DPO alone is a privacy role, not this) and an elected sponsor. */
export const dataRoles: CheckDefinition = {
  code: 'P10',
  name: 'data-roles',
  axis: 3,
  appliesTo: ['charter', 'usage-framework'],
  elements: [
    element('role', { yaml: [{ path: 'organisation.roles', field: 'title', matching: true }] }),
    element('sponsor', { yaml: [{ path: 'organisation.sponsor' }] }),
  ],
  yamlKeys: ['organisation.roles', 'organisation.sponsor'],
  missingSeverity: 'error',
};
