import type { DocumentEvidence } from './evidence';
import type { CharterModel } from './model';
import type { DocumentType, Language, LintOptions, LintResult } from './types';

const TYPES: readonly DocumentType[] = ['charter', 'usage-framework', 'partnership-agreement'];

export interface TypeDecision {
  type: DocumentType;
  source: LintResult['documentTypeSource'];
  /** A declared value that is not a known type. */
  unknownDeclared?: string;
}

/** The declared value, a French alias, or nothing (`charte` -> charter). */
export function normalizeType(value: string, aliases: ReadonlyMap<string, DocumentType>): DocumentType | undefined {
  const v = value.trim().toLowerCase();
  if ((TYPES as readonly string[]).includes(v)) return v as DocumentType;
  return aliases.get(v) ?? aliases.get(v.replace(/\s+/g, '-')) ?? aliases.get(v.replace(/-/g, ' '));
}

/** checklist.md section 1: declared, else (configuration), else inferred from the title, else charter. */
export function decideType(model: CharterModel, evidence: DocumentEvidence, options: LintOptions): TypeDecision {
  const declared = model.meta.type?.value;
  const known = declared !== undefined ? normalizeType(declared, evidence.lex.typeAliases) : undefined;
  if (known) return { type: known, source: 'declared' };
  const unknownDeclared = declared !== undefined && declared.trim() !== '' ? declared : undefined;
  if (options.type) return { type: options.type, source: 'config', ...(unknownDeclared ? { unknownDeclared } : {}) };
  const title = model.meta.title?.range;
  if (title) {
    let best: { type: DocumentType; at: number } | undefined;
    for (const type of TYPES) {
      for (const hit of evidence.hits(`type:${type}`)) {
        const at = model.tokens.starts[hit.first]!;
        if (at >= title.start && at < title.end && (!best || at < best.at)) best = { type, at };
      }
    }
    if (best) return { type: best.type, source: 'title', ...(unknownDeclared ? { unknownDeclared } : {}) };
  }
  return { type: 'charter', source: 'default', ...(unknownDeclared ? { unknownDeclared } : {}) };
}

const FR_MARKERS = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'pour', 'dans', 'sont', 'aux']);
const EN_MARKERS = new Set(['the', 'and', 'of', 'to', 'is', 'are', 'for', 'with', 'will', 'shall', 'this', 'be']);

/** Declared (`lang`/`language`), else configuration, else the language with more of its common words. */
export function decideLanguage(model: CharterModel, options: LintOptions): Language {
  const declared = model.meta.language?.value.trim().toLowerCase();
  if (declared) {
    if (/^(fr|fra|fre|fr-\w+|français|francais|french)$/.test(declared)) return 'fr';
    if (/^(en|eng|en-\w+|english|anglais)$/.test(declared)) return 'en';
  }
  if (options.language) return options.language;
  let fr = 0;
  let en = 0;
  const forms = model.tokens.forms;
  for (let i = 0; i < forms.length && i < 20000; i++) {
    const k = forms[i]!.key;
    if (FR_MARKERS.has(k)) fr++;
    else if (EN_MARKERS.has(k)) en++;
  }
  return en > fr ? 'en' : 'fr';
}
