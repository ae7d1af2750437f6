import type { Connection, InitializeParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../engine';
import type { Analyses } from './documents';
import type { DiagnosticsPublisher } from './publisher';
import type { InitializationOptions } from './protocol';
import { toLocale } from './settings';
import type { SettingsStore } from './settings';
import type { Workspace } from './workspace';

/** What the client said it can do, read once from `initialize`. */
export interface ClientFeatures {
  locale: Locale;
  /** The charterlint VS Code client: it runs charterlint.insertSnippet / openDocs / showChecklist. */
  snippetCommand: boolean;
  snippetSupport: boolean;
  configuration: boolean;
  workspaceFolders: boolean;
  dynamicConfiguration: boolean;
  dynamicWatchedFiles: boolean;
  hierarchicalSymbols: boolean;
  documentChanges: boolean;
  codeActionResolve: boolean;
  relatedInformation: boolean;
  showDocument: boolean;
  markdownHover: boolean;
}

export function clientFeatures(params: InitializeParams): ClientFeatures {
  const caps = params.capabilities;
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  const td = caps.textDocument;
  return {
    locale: toLocale(typeof options.locale === 'string' ? options.locale : params.locale) ?? 'en',
    snippetCommand: options.snippetCommand === true,
    snippetSupport: td?.completion?.completionItem?.snippetSupport === true,
    configuration: caps.workspace?.configuration === true,
    workspaceFolders: caps.workspace?.workspaceFolders === true,
    dynamicConfiguration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    dynamicWatchedFiles: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    hierarchicalSymbols: td?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
    codeActionResolve: td?.codeAction?.resolveSupport?.properties.includes('edit') === true && td.codeAction.dataSupport === true,
    relatedInformation: td?.publishDiagnostics?.relatedInformation === true,
    showDocument: caps.window?.showDocument?.support === true,
    markdownHover: td?.hover?.contentFormat?.includes('markdown') ?? true,
  };
}

/** The facade every feature handler receives: shared state, no feature logic. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: Workspace;
  settings: SettingsStore;
  analyses: Analyses;
  diagnostics: DiagnosticsPublisher;
  readonly client: ClientFeatures;
  /** Closed files whose diagnostics charterlint/lintWorkspace published: linted again when a configuration changes. */
  diskFiles: Set<string>;
  log: { error(message: string): void; info(message: string): void };
}
