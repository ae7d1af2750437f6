import { element, type CheckDefinition } from './definition';

/** Rules of data use for the administration's services and for the territory's actors. */
export const usageFramework: CheckDefinition = {
  code: 'P02',
  name: 'usage-framework',
  axis: 1,
  appliesTo: ['charter', 'usage-framework'],
  elements: [
    element('internal', { needsContext: true, lastWordWins: true, yaml: [{ path: 'governance.usage.internal' }] }),
    // (A partner in a sentence of reversibility, "the supplier must return to the Council all raw
    // sensor readings", is bound by an exit clause, not by rules of use, unless the sentence speaks
    // of use too: "Suppliers must use City data only to deliver the service … and must return it".)
    element('territory', { needsContext: true, lastWordWins: true, notWith: { group: 'P08.clause', unless: 'P02@~' }, yaml: [{ path: 'governance.usage.territory' }] }),
  ],
  yamlKeys: ['governance.usage'],
  missingSeverity: 'warning',
};
