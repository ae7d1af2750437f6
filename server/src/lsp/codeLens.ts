import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { OffsetRange } from '../engine';
import type { CharterAnalysis } from './analysis';
import type { ServerContext } from './context';
import { countVerdicts } from '../engine/coverage';
import { ui } from './messages';
import { Commands } from './protocol';
import { toRange } from './ranges';

/** On the title: "12/16 covered · 2 partial · 2 missing", opening the checklist. */
export async function codeLenses(ctx: ServerContext, params: CodeLensParams): Promise<CodeLens[]> {
  const document = ctx.documents.get(params.textDocument.uri);
  if (!document) return [];
  const analysis = await ctx.analyses.get(document);
  if (analysis.kind !== 'charter') return [];
  const title = ui(analysis.locale).lens(countVerdicts(analysis.result.coverage));
  return [{
    range: toRange(analysis.document, titleRange(analysis)),
    command: { title, command: Commands.showChecklist, arguments: [analysis.uri] },
  }];
}

/** The title heading, else the first heading, else the `title:` key's value, else the first line of the body. */
function titleRange({ model }: CharterAnalysis): OffsetRange {
  const heading = model.sections[model.titleSection] ?? (model.kind === 'markdown' ? model.sections[0] : undefined);
  if (heading) return heading.heading;
  if (model.meta.title) return model.meta.title.range;
  const line = model.lines.lineOf(model.bodyStart);
  return { start: model.lines.lineStart(line), end: model.lines.lineEnd(line) };
}
