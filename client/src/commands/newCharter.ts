import * as vscode from 'vscode';
import { Methods, type NewDocumentResult } from '../../../server/src/lsp/protocol';
import type { DocumentType, Language } from '../../../server/src/engine/types';
import type { CharterlintExtension } from '../context';
import { documentTypeName } from '../documentTypes';

interface TypeItem extends vscode.QuickPickItem {
  type: DocumentType;
}

interface LanguageItem extends vscode.QuickPickItem {
  lang: Language;
}

/** `charterlint.newCharter`: type, then language, then an untitled Markdown document from the server's template. */
export async function newCharter(ext: CharterlintExtension): Promise<void> {
  const types: TypeItem[] = [
    { type: 'charter', label: capitalize(documentTypeName('charter')), description: 'charter · charte', detail: vscode.l10n.t('The 16 checks apply: governance, contracts, organisation, impact, citizens.') },
    { type: 'usage-framework', label: capitalize(documentTypeName('usage-framework')), description: "usage-framework · cadre-d-utilisation", detail: vscode.l10n.t('7 checks apply: rules of use, interoperability, reversibility, training, roles, consultation, follow-up.') },
    { type: 'partnership-agreement', label: capitalize(documentTypeName('partnership-agreement')), description: 'partnership-agreement · convention-de-partenariat', detail: vscode.l10n.t('6 checks apply: territorial-interest data, interoperability, reversibility, KPIs, impact, follow-up.') },
  ];
  const type = await vscode.window.showQuickPick(types, { title: vscode.l10n.t('New charter (1/2): document type'), placeHolder: vscode.l10n.t('What kind of document?') });
  if (!type) return;
  const languages: LanguageItem[] = [
    { lang: 'fr', label: 'Français', description: 'fr' },
    { lang: 'en', label: 'English', description: 'en' },
  ];
  if (!vscode.env.language.startsWith('fr')) languages.reverse();
  const language = await vscode.window.showQuickPick(languages, { title: vscode.l10n.t('New charter (2/2): language of the template'), placeHolder: vscode.l10n.t('Language of the sections and the blanks to fill in') });
  if (!language) return;
  if (!ext.client.isRunning()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The charterlint language server is not running.'));
    return;
  }
  const { text } = await ext.client.sendRequest<NewDocumentResult>(Methods.newDocument, { type: type.type, lang: language.lang });
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  await vscode.window.showTextDocument(document);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
