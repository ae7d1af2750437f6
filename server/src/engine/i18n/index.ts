import en from './en.json';
import fr from './fr.json';
import type { CheckCode, DocumentType, Language, Locale } from '../types';

/** Messages and fix templates, one data file per language. */
type MessageKey =
  | 'partial' | 'rawData' | 'documentTypeTitle' | 'documentTypeDefault' | 'schemaHint' | 'placeholder'
  | 'unusedSuppression' | 'unknownSuppression' | 'suppressionReason' | 'parseError'
  | 'fixInsert' | 'fixComplete' | 'fixRawData' | 'and' | 'unknownType';

export interface LanguagePack {
  messages: Record<MessageKey, string> & { types: Record<DocumentType, string> };
  /** `why`: the report's proposition in plain words (editor hovers). */
  checks: Record<CheckCode, { topic: string; missing: string; why: string; elements: Record<string, string> }>;
  templates: Record<CheckCode, { heading: string; elements: Record<string, string> }>;
  /** YAML templates: element -> [key path, value]. */
  yaml: Record<CheckCode, Record<string, [string, unknown]>>;
}

const PACKS: Record<Language, LanguagePack> = { fr: fr as unknown as LanguagePack, en: en as unknown as LanguagePack };

export function pack(language: Language | Locale): LanguagePack {
  return PACKS[language];
}

/** Fills `{name}` slots. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** "a, b and c" in the locale. */
export function list(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${pack(locale).messages.and} ${items[items.length - 1]}`;
}
