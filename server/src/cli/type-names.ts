import type { DocumentType } from '../engine/types';

const NAMES: Record<string, DocumentType> = {
  charter: 'charter', charte: 'charter',
  'usage-framework': 'usage-framework', 'cadre-d-utilisation': 'usage-framework',
  'partnership-agreement': 'partnership-agreement', 'convention-de-partenariat': 'partnership-agreement',
};

/** `charterlint new charte` and `new charter` both work. */
export function normalizeTypeName(name: string): DocumentType | undefined {
  return NAMES[name.trim().toLowerCase()];
}
