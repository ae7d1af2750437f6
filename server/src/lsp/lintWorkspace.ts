import path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { discoverFiles } from '../config';
import type { Analysis } from './analysis';
import type { ServerContext } from './context';
import type { LintWorkspaceResult } from './protocol';
import { pathToUri, uriToPath } from './workspace';

/**
 * `charterlint/lintWorkspace`: every charterlint document of every workspace folder, found as
 * `charterlint .` finds them there (plus the `charterlint.include` globs); open documents are
 * linted as the editor holds them, the others from disk. Diagnostics are published for each.
 */
export async function lintWorkspace(ctx: ServerContext): Promise<LintWorkspaceResult> {
  const files = new Set<string>();
  for (const folder of ctx.workspace.folderPaths) {
    const configs = ctx.workspace.configsOfFolder(folder);
    for (const file of discoverFiles(['.'], folder, configs).files) files.add(file);
    const settings = await ctx.settings.get(pathToUri(folder));
    if (!settings.enable) continue;
    for (const glob of settings.include) {
      // A glob matching nothing is not a problem here: the setting is a wish, not an argument.
      for (const file of discoverFiles([glob], folder, configs).files) files.add(file);
    }
  }
  const result: LintWorkspaceResult = { files: 0, problems: 0 };
  const open = openDocumentsByPath(ctx);
  for (const file of [...files].sort()) {
    const document = open.get(file);
    const analysis = document ? await ctx.analyses.get(document) : await ctx.analyses.fromDisk(file, pathToUri(file));
    if (!analysis || analysis.kind === 'skipped') continue;
    if (document && ctx.documents.get(document.uri)?.version !== analysis.version) continue;
    if (!document) ctx.diskFiles.add(file);
    result.files++;
    result.problems += ctx.diagnostics.publish(analysis).length;
  }
  return result;
}

/** A configuration changed: the closed files published by lintWorkspace are linted again. */
export async function relintPublishedFiles(ctx: ServerContext): Promise<void> {
  const open = openDocumentsByPath(ctx);
  for (const file of [...ctx.diskFiles]) {
    if (open.has(file)) continue;
    await republishFromDisk(ctx, file);
  }
}

/** Lints a closed file from disk and publishes the result (clears its diagnostics when it is gone). */
export async function republishFromDisk(ctx: ServerContext, file: string): Promise<Analysis | undefined> {
  const uri = pathToUri(file);
  const analysis = await ctx.analyses.fromDisk(file, uri);
  if (!analysis) {
    ctx.diskFiles.delete(file);
    ctx.diagnostics.clear(uri);
    return undefined;
  }
  ctx.diagnostics.publish(analysis);
  return analysis;
}

function openDocumentsByPath(ctx: ServerContext): Map<string, TextDocument> {
  const open = new Map<string, TextDocument>();
  for (const document of ctx.documents.all()) {
    const file = uriToPath(document.uri);
    if (file !== undefined) open.set(path.resolve(file), document);
  }
  return open;
}
