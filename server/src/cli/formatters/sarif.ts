import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { CHECKS } from '../../engine/checks';
import { AXES, RULES, docsUrl } from '../../engine/rules';
import type { ExtraRuleId, Severity } from '../../engine/types';
import type { FileReport, LintMessage } from '../report';
import { relativePath, type FormatContext, type Formatter } from './common';

const INFORMATION_URI = 'https://github.com/charterlint/charterlint';
const SRCROOT = '%SRCROOT%';
/** Versioned: if the recipe below ever changes, change the key, so old and new never get compared. */
const FINGERPRINT_KEY = 'charterlint/v1';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** Default level of the extra rules, as the engine emits them (lint.ts). */
const EXTRA_LEVEL: Record<ExtraRuleId, Severity> = {
  'document-type': 'info', schema: 'error', placeholder: 'error',
  'unused-suppression': 'warning', 'suppression-reason': 'warning', 'parse-error': 'error',
};

function defaultLevel(id: string): Sarif.ReportingConfiguration.level {
  const check = CHECKS.find((c) => c.code === id);
  return LEVEL[check ? check.missingSeverity : EXTRA_LEVEL[id as ExtraRuleId] ?? 'warning'];
}

function rules(ctx: FormatContext): Sarif.ReportingDescriptor[] {
  return RULES.map((rule) => ({
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.summary[ctx.locale] },
    helpUri: docsUrl(rule.id),
    defaultConfiguration: { level: defaultLevel(rule.id) },
    ...(rule.axis ? { properties: { tags: [AXES[rule.axis][ctx.locale]] } } : {}),
  }));
}

/** Relative URIs resolved against %SRCROOT% (= cwd); files outside cwd get an absolute file: URI. */
function artifactLocation(ctx: FormatContext, filePath: string): Sarif.ArtifactLocation {
  const rel = relativePath(ctx.cwd, filePath);
  if (rel.startsWith('/') || /^[a-z]:/i.test(rel)) return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/**
 * Code scanning matches alerts across runs by fingerprint. A fingerprint that contained the line
 * would change whenever someone adds a paragraph above a gap: the alert would be closed and
 * reopened as new, losing its triage (a dismissal "handled by the métropole" would come back).
 * So: rule + file + message, and the rank among identical messages in the file (two identical
 * placeholders stay two alerts). The message is in the user's locale: keep `--locale` fixed in CI.
 */
function fingerprint(uri: string, m: LintMessage, rank: number): string {
  return createHash('sha256').update([m.ruleId, uri, m.message, String(rank)].join('\u0000')).digest('hex').slice(0, 32);
}

function results(report: FileReport, ctx: FormatContext): Sarif.Result[] {
  const artifact = artifactLocation(ctx, report.filePath);
  const seen = new Map<string, number>();
  return report.messages.map((m): Sarif.Result => {
    const key = `${m.ruleId}\u0000${m.message}`;
    const rank = (seen.get(key) ?? 0) + 1;
    seen.set(key, rank);
    const ruleIndex = RULES.findIndex((r) => r.id === m.ruleId);
    const region = { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
    return {
      ruleId: m.ruleId,
      ...(ruleIndex >= 0 ? { ruleIndex } : {}),
      level: LEVEL[m.severity],
      message: { text: m.message },
      locations: [{ physicalLocation: { artifactLocation: artifact, region } }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(artifact.uri ?? '', m, rank) },
      ...(m.fix
        ? {
            fixes: [{
              artifactChanges: [{
                artifactLocation: artifact,
                // An insertion is a replacement of an empty region at the insertion point.
                replacements: [{ deletedRegion: { charOffset: m.fix.range[0], charLength: 0 }, insertedContent: { text: m.fix.text } }],
              }],
            }],
          }
        : {}),
    };
  });
}

/** SARIF 2.1.0 for code scanning: one run, every rule described, coverage per file in run.properties. */
export const sarif: Formatter = (reports, ctx) => {
  const srcroot = pathToFileURL(ctx.cwd).href;
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'charterlint', version: ctx.version, informationUri: INFORMATION_URI, rules: rules(ctx) } },
      // SARIF requires the base URI to end with a slash.
      originalUriBaseIds: { [SRCROOT]: { uri: srcroot.endsWith('/') ? srcroot : `${srcroot}/` } },
      // Engine offsets and columns count UTF-16 code units (positions.ts).
      columnKind: 'utf16CodeUnits',
      results: reports.flatMap((r) => results(r, ctx)),
      properties: {
        coverage: reports.map((r) => ({
          uri: artifactLocation(ctx, r.filePath).uri,
          documentType: r.documentType,
          language: r.language,
          verdicts: r.coverage,
        })),
      },
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
