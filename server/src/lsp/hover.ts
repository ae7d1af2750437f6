import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { docsUrl, ruleMeta, type CharterDiagnostic, type CheckCode, type OffsetRange } from '../engine';
import { list, pack } from '../engine/i18n';
import type { CharterAnalysis } from './analysis';
import type { ServerContext } from './context';
import { checksWithEvidenceIn } from './coverage';
import { ui, verdictTag } from './messages';
import { containsOffset, toRange } from './ranges';

/**
 * On a diagnostic: the check, why the report asks for it, the verdict, what is missing, the docs.
 * On a heading (Markdown) or key (YAML) that holds evidence: the checks it serves and their verdicts.
 */
export async function hover(ctx: ServerContext, params: HoverParams): Promise<Hover | null> {
  const document = ctx.documents.get(params.textDocument.uri);
  if (!document) return null;
  const analysis = await ctx.analyses.get(document);
  if (analysis.kind !== 'charter') return null;
  const offset = analysis.document.offsetAt(params.position);
  const blocks: string[] = [];
  let range: OffsetRange | undefined;
  const seen = new Set<string>();
  for (const d of analysis.result.diagnostics) {
    if (!containsOffset(d.range, offset) || seen.has(d.ruleId)) continue;
    seen.add(d.ruleId);
    blocks.push(diagnosticBlock(analysis, d));
    range ??= d.range;
  }
  const sections = analysis.model.sections.filter((s) => containsOffset(s.heading, offset));
  const section = sections[sections.length - 1];
  if (section) {
    const codes = checksWithEvidenceIn(analysis.result, section.start, section.end);
    if (codes.length > 0) blocks.push(evidenceBlock(analysis, codes));
    if (codes.length > 0) range ??= section.heading;
  }
  if (blocks.length === 0 || !range) return null;
  const value = blocks.join('\n\n---\n\n');
  return {
    contents: ctx.client.markdownHover ? { kind: MarkupKind.Markdown, value } : { kind: MarkupKind.PlainText, value: plain(value) },
    range: toRange(analysis.document, range),
  };
}

function diagnosticBlock(analysis: CharterAnalysis, d: CharterDiagnostic): string {
  const { locale } = analysis;
  const text = ui(locale);
  const link = `[${text.documentation} ${d.ruleId}](${d.docsUrl})`;
  if (!/^P\d\d$/.test(d.ruleId)) return [`**${d.ruleId}** — ${ruleMeta(d.ruleId).summary[locale]}`, link].join('\n\n');
  const code = d.ruleId as CheckCode;
  const check = pack(locale).checks[code];
  const lines = [`**${code} · ${d.ruleName}** — ${check.topic}`, check.why];
  const status = [`**${text.verdictLabel}**${colon(locale)}${verdictTag(code, analysis.result.coverage[code], locale)}`];
  if (d.missingElements && d.missingElements.length > 0) {
    status.push(`**${text.missingLabel}**${colon(locale)}${list(d.missingElements.map((e) => check.elements[e] ?? e), locale)}`);
  }
  lines.push(status.join('  \n'), link);
  return lines.join('\n\n');
}

function evidenceBlock(analysis: CharterAnalysis, codes: CheckCode[]): string {
  const { locale, result } = analysis;
  const items = codes.map((code) => {
    const meta = ruleMeta(code);
    return `- ${verdictTag(code, result.coverage[code], locale)} — [${meta.name}](${docsUrl(code)})${colon(locale)}${pack(locale).checks[code].topic}`;
  });
  return [`**${ui(locale).evidenceFor}**`, ...items].join('\n');
}

/** French typography puts a space before the colon. */
function colon(locale: string): string {
  return locale === 'fr' ? ' : ' : ': ';
}

/** For clients without Markdown hovers. */
function plain(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/\[([^[\]]+)\]\(([^()]+)\)/g, '$1: $2').replace(/\n\n---\n\n/g, '\n\n');
}
