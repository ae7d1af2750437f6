import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { normalizeDocumentType } from '../config';
import { newDocument } from '../engine';
import type { ServerContext } from './context';
import { coverageOf } from './coverage';
import type { Coverage, CoverageParams, NewDocumentParams, NewDocumentResult } from './protocol';
import { uriToPath } from './workspace';

/** `charterlint/coverage`: the checklist of an open document, or of a closed file read from disk. */
export async function coverage(ctx: ServerContext, params: CoverageParams): Promise<Coverage | null> {
  if (typeof params?.uri !== 'string') return null;
  const document = ctx.documents.get(params.uri);
  const file = uriToPath(params.uri);
  const analysis = document ? await ctx.analyses.get(document) : file !== undefined ? await ctx.analyses.fromDisk(file, params.uri) : undefined;
  return analysis?.kind === 'charter' ? coverageOf(analysis) : null;
}

/** `charterlint/newDocument`: the complete template of a type, as `charterlint new` prints it. */
export function createDocument(ctx: ServerContext, params: NewDocumentParams): NewDocumentResult | ResponseError {
  const type = normalizeDocumentType(typeof params?.type === 'string' ? params.type : '');
  if (!type) return new ResponseError(ErrorCodes.InvalidParams, `unknown document type '${String(params?.type)}' (expected charter, usage-framework or partnership-agreement)`);
  const lang = params.lang === 'fr' || params.lang === 'en' ? params.lang : ctx.client.locale;
  return { text: newDocument(type, lang) };
}
