import * as vscode from 'vscode';
import type { DocumentType } from '../../server/src/engine/types';

/** The document type in the UI language. */
export function documentTypeName(type: DocumentType): string {
  switch (type) {
    case 'charter': return vscode.l10n.t('charter');
    case 'usage-framework': return vscode.l10n.t('usage framework');
    case 'partnership-agreement': return vscode.l10n.t('partnership agreement');
  }
}
