import type { CheckCode, DocumentType } from '../engine/types';

/**
 * Element ids per check: the keys of `vocabulary.<check>` in a configuration, and the ids the
 * engine reports in `missingElements`. One table, shared by the schema, the validation and the engine.
 */
export const CHECK_ELEMENTS: Readonly<Record<CheckCode, readonly string[]>> = {
  P01: ['body', 'innovation'],
  P02: ['internal', 'territory'],
  P03: ['exchanges'],
  P04: ['network'],
  P05: ['intercommunal'],
  P06: ['category', 'sharing'],
  P07: ['technical', 'legal'],
  P08: ['clause', 'datasets', 'formats', 'rawData'],
  P09: ['training'],
  P10: ['role', 'sponsor'],
  P11: ['pilot', 'limit'],
  P12: ['indicators', 'target'],
  P13: ['mechanism', 'costs', 'productivity', 'serviceQuality', 'carbonFootprint'],
  P14: ['campaign'],
  P15: ['mechanism', 'upstream', 'selfData'],
  P16: ['owner', 'cadence'],
};

/** Type names a document or an `overrides` entry may use, French aliases included. */
export const DOCUMENT_TYPE_NAMES: Readonly<Record<string, DocumentType>> = {
  charter: 'charter',
  'usage-framework': 'usage-framework',
  'partnership-agreement': 'partnership-agreement',
  charte: 'charter',
  'cadre-d-utilisation': 'usage-framework',
  'convention-de-partenariat': 'partnership-agreement',
};

/** `convention-de-partenariat` -> `partnership-agreement`; undefined for anything else. */
export function normalizeDocumentType(name: string): DocumentType | undefined {
  return DOCUMENT_TYPE_NAMES[name.trim().toLowerCase()];
}
