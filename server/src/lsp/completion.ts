import type { CompletionItem, CompletionParams } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { markdownCompletions } from './markdownCompletion';
import { yamlCompletions } from './yamlCompletion';

// Written so that no two quantifiers compete for the same characters: these run on the line
// being typed, whatever its length (test/robustness/redos.test.ts).
const HEADING_PREFIX = /^#{1,6}[^#]*$/;
const YAML_PREFIX = /^\s*(?:-\s+)?(?:[\w$-]+(?:[ \t]*:[ \t]*[\w.-]*)?|:[ \t]*[\w.-]*)?$/;

/** Completion: schema keys and values in YAML charters, missing sections after `#` in Markdown. */
export async function completion(ctx: ServerContext, params: CompletionParams): Promise<CompletionItem[]> {
  const document = ctx.documents.get(params.textDocument.uri);
  if (!document) return [];
  // Completion is asked on every trigger character: leave at once, without linting, when the
  // line cannot be a heading being written or a YAML key or value.
  const prefix = document.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
  if (!HEADING_PREFIX.test(prefix) && !YAML_PREFIX.test(prefix)) return [];
  const analysis = await ctx.analyses.get(document);
  if (analysis.kind !== 'charter') return [];
  const snippets = ctx.client.snippetSupport;
  return analysis.result.sourceKind === 'yaml'
    ? yamlCompletions(analysis, params.position, snippets)
    : markdownCompletions(analysis, params.position, snippets);
}
