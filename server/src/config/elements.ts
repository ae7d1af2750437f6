import { CHECKS } from '../engine/checks';
import type { CheckCode, DocumentType } from '../engine/types';

/**
 * Element ids per check: the keys of `vocabulary.<check>` in a configuration, and the ids the
 * engine reports in `missingElements`, read from the check definitions.
 */
export const CHECK_ELEMENTS: Readonly<Record<CheckCode, readonly string[]>> = Object.fromEntries(
  CHECKS.map((check) => [check.code, check.elements.map((e) => e.id)]),
) as unknown as Record<CheckCode, readonly string[]>;

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
