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
    // The cadence of something else (a training run twice a year, a yearly fee) is no follow-up,
    // unless its sentence speaks of a review, a report or the charter too; nor is a rate (« 48 000 € par an »).
    element('cadence', { notWith: { group: 'P16@elsewhere', unless: 'P16@followUp' }, notRate: true, yaml: [{ path: 'citizens.followUp.cadence', matching: true }] }),
  ],
  yamlKeys: ['citizens.followUp'],
  missingSeverity: 'warning',
  // « Suivi : aucun comité de suivi n'est institué et aucune date de révision n'est fixée » outweighs
  // « chaque année » said of the training plan, or the owner of a roadmap's row.
  ownSectionRules: true,
};
