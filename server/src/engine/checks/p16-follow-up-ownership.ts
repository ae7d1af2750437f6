import { element, type CheckDefinition } from './definition';

/** A named owner or body that carries the solutions, and a follow-up cadence. */
export const followUpOwnership: CheckDefinition = {
  code: 'P16',
  name: 'follow-up-ownership',
  axis: 5,
  appliesTo: ['charter', 'usage-framework', 'partnership-agreement'],
  elements: [
    // The elected sponsor of P10 is not the follow-up owner unless the text gives them the follow-up.
    // A « Pilote » column or a `responsable:` key assigns it in the row or mapping of a review with its cadence.
    element('owner', {
      notWith: { group: 'P10.sponsor', unless: 'P16.cadence', unlessNaming: 'P16#' },
      assignedBeside: 'cadence',
      besideElements: ['P10.role', 'P01.body', 'P16.owner&'],
      yaml: [{ path: 'citizens.followUp.owner' }],
    }),
    element('cadence', { yaml: [{ path: 'citizens.followUp.cadence' }] }),
  ],
  yamlKeys: ['citizens.followUp'],
  missingSeverity: 'warning',
  // « Suivi : aucun comité de suivi n'est institué et aucune date de révision n'est fixée » outweighs
  // « chaque année » said of the training plan, or the owner of a roadmap's row.
  ownSectionRules: true,
};
