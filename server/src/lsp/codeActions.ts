import {
  CodeActionKind, TextEdit, type CodeAction, type CodeActionParams, type Diagnostic,
} from 'vscode-languageserver';
import { autoFixes, fixAll, findRule, toSnippet, type CharterDiagnostic, type Insertion } from '../engine';
import type { CharterAnalysis } from './analysis';
import type { ServerContext } from './context';
import { fixIds, SEVERITIES, SOURCE } from './diagnostics';
import { documentEdit, insertionEdits, insertOnlyDiff } from './edits';
import { fill, ui } from './messages';
import { Commands, FIX_ALL_KIND, type DiagnosticData } from './protocol';

/** Rules a suppression comment may name from the editor (not the ones about suppressions themselves). */
const NOT_SUPPRESSIBLE = new Set(['unused-suppression', 'suppression-reason', 'parse-error']);

interface FixAllData {
  charterlintFixAll: true;
  uri: string;
}

/**
 * Quick fixes, "disable for this file", "show documentation" per diagnostic, and the
 * `source.fixAll.charterlint` action. Actions key on `diagnostic.code` and `diagnostic.data`.
 */
export async function codeActions(ctx: ServerContext, params: CodeActionParams): Promise<CodeAction[]> {
  const document = ctx.documents.get(params.textDocument.uri);
  if (!document) return [];
  const analysis = await ctx.analyses.get(document);
  if (analysis.kind !== 'charter') return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const offered = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic);
      if (diagnostic.source !== SOURCE || ruleId === undefined) continue;
      const found = findDiagnostic(analysis, diagnostic, ruleId);
      if (found?.fix) actions.push(quickFix(ctx, analysis, found, diagnostic));
      if (offered.has(ruleId)) continue;
      offered.add(ruleId);
      if (findRule(ruleId) && !NOT_SUPPRESSIBLE.has(ruleId)) actions.push(disableAction(ctx, analysis, ruleId, diagnostic));
      const href = diagnostic.codeDescription?.href;
      if (href) actions.push(docsAction(analysis, ruleId, href));
    }
  }
  if (wants(FIX_ALL_KIND) && autoFixes(analysis.result).length > 0) {
    const action: CodeAction = { title: ui(analysis.locale).fixAll, kind: FIX_ALL_KIND };
    if (ctx.client.codeActionResolve) action.data = { charterlintFixAll: true, uri: analysis.uri } satisfies FixAllData;
    else action.edit = fixAllEdit(ctx, analysis)?.edit;
    if (action.data || action.edit) actions.push(action);
  }
  return actions;
}

/** codeAction/resolve: the fix-all edit is computed only when the user picks the action. */
export async function resolveCodeAction(ctx: ServerContext, action: CodeAction): Promise<CodeAction> {
  const data = action.data as Partial<FixAllData> | undefined;
  if (!data?.charterlintFixAll || typeof data.uri !== 'string') return action;
  const document = ctx.documents.get(data.uri);
  if (!document) return action;
  const analysis = await ctx.analyses.get(document);
  if (analysis.kind !== 'charter') return action;
  const edit = fixAllEdit(ctx, analysis)?.edit;
  return edit ? { ...action, edit } : action;
}

/** The engine's fixAll (several passes, as `--fix`), as insertions only when possible. */
export function fixAllEdit(ctx: ServerContext, analysis: CharterAnalysis): { edit: NonNullable<CodeAction['edit']> } | undefined {
  const before = analysis.document.getText();
  const fixed = fixAll(before, analysis.lintText);
  if (fixed.text === before) return undefined;
  const insertions = insertOnlyDiff(before, fixed.text);
  const edits = insertions
    ? insertionEdits(analysis.document, insertions)
    : [TextEdit.replace({ start: { line: 0, character: 0 }, end: analysis.document.positionAt(before.length) }, fixed.text)];
  return { edit: documentEdit(analysis.document, analysis.version, edits, ctx.client.documentChanges) };
}

function ruleIdOf(diagnostic: Diagnostic): string | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (typeof data?.ruleId === 'string') return data.ruleId;
  return typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
}

/**
 * The engine diagnostic behind an LSP one: its fix id (P08 may report twice on one range: the
 * partial clause and the raw-data hint), checked against the range; else the same rule, range and
 * severity; else the fix id alone (a diagnostic from a slightly older version).
 */
function findDiagnostic(analysis: CharterAnalysis, diagnostic: Diagnostic, ruleId: string): CharterDiagnostic | undefined {
  const all = analysis.result.diagnostics;
  const doc = analysis.document;
  const start = doc.offsetAt(diagnostic.range.start);
  const end = doc.offsetAt(diagnostic.range.end);
  const sameRange = (d: CharterDiagnostic) => d.ruleId === ruleId && d.range.start === start && d.range.end === end;
  const fixId = (diagnostic.data as Partial<DiagnosticData> | undefined)?.fixId;
  const ids = fixIds(all);
  const byFixId = typeof fixId === 'string' ? all.find((d, i) => d.ruleId === ruleId && ids[i] === fixId) : undefined;
  if (byFixId && sameRange(byFixId)) return byFixId;
  return all.find((d) => sameRange(d) && SEVERITIES[d.severity] === diagnostic.severity) ?? byFixId;
}

function quickFix(ctx: ServerContext, analysis: CharterAnalysis, found: CharterDiagnostic, diagnostic: Diagnostic): CodeAction {
  const fix = found.fix!;
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  if ((found.verdict === 'missing' || found.verdict === 'partial') && !fix.suggestion) action.isPreferred = true;
  return withInsertion(ctx, analysis, action, fix.insertions, fix.snippet);
}

/** A file-level suppression comment at the top of the body, with a reason still to write. */
function disableAction(ctx: ServerContext, analysis: CharterAnalysis, ruleId: string, diagnostic: Diagnostic): CodeAction {
  const text = analysis.document.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let insertion: Insertion;
  if (analysis.result.sourceKind === 'yaml') {
    insertion = { offset: 0, text: `# charterlint-disable ${ruleId} -- {{reason}}${eol}` };
  } else {
    // The body starts at the end of the front matter's closing line: the comment goes on the next line.
    let offset = analysis.model.bodyStart;
    if (text.startsWith('\r\n', offset)) offset += 2;
    else if (text[offset] === '\n') offset += 1;
    const lead = offset > 0 && text[offset - 1] !== '\n' ? eol : '';
    insertion = { offset, text: `${lead}<!-- charterlint-disable ${ruleId} -- {{reason}} -->${eol}` };
  }
  const action: CodeAction = { title: fill(ui(analysis.locale).disable, { rule: ruleId }), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  return withInsertion(ctx, analysis, action, [insertion], { offset: insertion.offset, text: toSnippet(insertion.text) });
}

function docsAction(analysis: CharterAnalysis, ruleId: string, href: string): CodeAction {
  const title = fill(ui(analysis.locale).showDocs, { rule: ruleId });
  return { title, kind: CodeActionKind.QuickFix, command: { title, command: Commands.openDocs, arguments: [href] } };
}

/**
 * The charterlint client inserts a snippet (tab stops on the blanks) through a command; other
 * clients get a plain WorkspaceEdit. Several insertions are always a WorkspaceEdit.
 */
function withInsertion(ctx: ServerContext, analysis: CharterAnalysis, action: CodeAction, insertions: Insertion[], snippet: Insertion | undefined): CodeAction {
  if (ctx.client.snippetCommand && snippet && insertions.length === 1) {
    const position = analysis.document.positionAt(snippet.offset);
    action.command = { title: action.title, command: Commands.insertSnippet, arguments: [analysis.uri, position, snippet.text] };
  } else {
    action.edit = documentEdit(analysis.document, analysis.version, insertionEdits(analysis.document, insertions), ctx.client.documentChanges);
  }
  return action;
}
