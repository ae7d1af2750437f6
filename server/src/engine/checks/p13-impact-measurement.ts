import { element, type CheckDefinition } from './definition';

const dimension = (id: string, key: string) => element(id, { anchor: false, lastWordWins: true, yaml: [{ path: `impact.measurement.${key}` }] });

/** A way to measure impact on costs, productivity, quality of service and carbon footprint. */
export const impactMeasurement: CheckDefinition = {
  code: 'P13',
  name: 'impact-measurement',
  axis: 4,
  appliesTo: ['charter', 'partnership-agreement'],
  elements: [
    element('mechanism', { genericNeedsSpecific: true, besideNeeds: 2, yaml: [{ path: 'impact.measurement' }] }),
    dimension('costs', 'costs'),
    dimension('productivity', 'productivity'),
    dimension('serviceQuality', 'serviceQuality'),
    dimension('carbonFootprint', 'carbonFootprint'),
  ],
  yamlKeys: ['impact.measurement'],
  missingSeverity: 'warning',
};
