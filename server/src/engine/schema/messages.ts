import type { Locale } from '../types';

/**
 * Schema messages in words a legal or data team reads: key names as written in the file, places
 * as key paths, never validator jargon. Kept beside the validator because their grammar (item
 * numbers, lists of kinds) does not fit flat templates.
 */

/** What a YAML value is, as the author sees it. */
export type ValueKind = 'text' | 'number' | 'boolean' | 'list' | 'mapping' | 'empty';

/** What a message is about: the document, a key, or an item of a list. */
export type Subject = { kind: 'root' } | { kind: 'key'; key: string } | { kind: 'item'; index: number; list?: string };

export interface TypeMismatch {
  expected: ValueKind[];
  found: ValueKind;
  /** Keys of the expected mapping, when a mapping is expected. */
  keys: string[];
  /** A corrected line to show (`formats: [CSV]`), when one is obvious. */
  example?: string;
}

interface Wording {
  subject(s: Subject): string;
  /** Where a key stands: "under data", "at the top level". */
  where(segments: readonly string[]): string;
  unknownKey(key: string, where: string, suggestion: string | undefined, allowed: string[]): string;
  missingKey(key: string, where: string): string;
  oneOf(subject: string, values: string[], suggestion: string | undefined): string;
  type(subject: string, t: TypeMismatch): string;
  invalid(subject: string): string;
}

const isIndex = (s: string): boolean => /^\d+$/.test(s);

/** `organisation.roles (item 1).holder`: names joined by dots, list items counted from 1. */
function display(segments: readonly string[], item: string): string {
  let out = '';
  for (const s of segments) out += isIndex(s) ? ` (${item} ${Number(s) + 1})` : out ? `.${s}` : s;
  return out;
}

function join(items: string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const EN_KIND: Record<ValueKind, (keys: string[]) => string> = {
  text: () => 'text', number: () => 'a number', boolean: () => 'true or false', list: () => 'a list',
  mapping: (keys) => (keys.length ? `a mapping of keys (${keys.join(', ')})` : 'a mapping of keys'), empty: () => 'empty',
};
const FR_KIND: Record<ValueKind, (keys: string[]) => string> = {
  text: () => 'du texte', number: () => 'un nombre', boolean: () => 'vrai ou faux (true/false)', list: () => 'une liste',
  mapping: (keys) => (keys.length ? `un ensemble de clés (${keys.join(', ')})` : 'un ensemble de clés'), empty: () => 'vide',
};

const en: Wording = {
  subject: (s) => (s.kind === 'root' ? 'The document' : s.kind === 'key' ? `'${s.key}'` : s.list !== undefined ? `Item ${s.index + 1} of '${s.list}'` : `Item ${s.index + 1}`),
  where: (segments) => {
    const last = segments[segments.length - 1];
    if (last === undefined) return 'at the top level';
    if (isIndex(last)) return `in item ${Number(last) + 1} of ${display(segments.slice(0, -1), 'item')}`;
    return `under ${display(segments, 'item')}`;
  },
  unknownKey: (key, where, suggestion, allowed) => suggestion !== undefined
    ? `Unknown key '${key}' ${where} — did you mean '${suggestion}'?`
    : `Unknown key '${key}' ${where}. Allowed keys: ${allowed.join(', ')} (and x-… extension keys).`,
  missingKey: (key, where) => `Missing key '${key}' ${where}`,
  oneOf: (subject, values, suggestion) => `${subject} must be one of: ${values.join(', ')}${suggestion !== undefined ? ` — did you mean '${suggestion}'?` : ''}`,
  type: (subject, t) => `${subject} must be ${join(t.expected.map((k) => EN_KIND[k](t.keys)), 'or')}, not ${EN_KIND[t.found]([])}${t.example ? ` (e.g. ${t.example})` : ''}`,
  invalid: (subject) => `${subject} is not valid here`,
};

const fr: Wording = {
  subject: (s) => (s.kind === 'root' ? 'Le document' : s.kind === 'key' ? `« ${s.key} »` : s.list !== undefined ? `L'élément ${s.index + 1} de « ${s.list} »` : `L'élément ${s.index + 1}`),
  where: (segments) => {
    const last = segments[segments.length - 1];
    if (last === undefined) return 'à la racine du document';
    if (isIndex(last)) return `dans l'élément ${Number(last) + 1} de ${display(segments.slice(0, -1), 'élément')}`;
    return `sous ${display(segments, 'élément')}`;
  },
  unknownKey: (key, where, suggestion, allowed) => suggestion !== undefined
    ? `Clé inconnue « ${key} » ${where} — vouliez-vous dire « ${suggestion} » ?`
    : `Clé inconnue « ${key} » ${where}. Clés possibles : ${allowed.join(', ')} (et les clés d'extension x-…).`,
  missingKey: (key, where) => `Clé manquante « ${key} » ${where}`,
  oneOf: (subject, values, suggestion) => `${subject} doit valoir l'une des valeurs : ${values.join(', ')}${suggestion !== undefined ? ` — vouliez-vous dire « ${suggestion} » ?` : ''}`,
  type: (subject, t) => `${subject} doit être ${join(t.expected.map((k) => FR_KIND[k](t.keys)), 'ou')}, et non ${FR_KIND[t.found]([])}${t.example ? ` (par ex. ${t.example})` : ''}`,
  invalid: (subject) => `${subject} n'est pas valide ici`,
};

export function wording(locale: Locale): Wording {
  return locale === 'fr' ? fr : en;
}
