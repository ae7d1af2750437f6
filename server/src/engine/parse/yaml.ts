import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { LineIndex } from '../positions';
import { readYaml } from './read-yaml';
import { wholePart } from '../text/local';
import { expectedTokens, TokenStream } from '../text/tokens';
import { closeSections, type CharterModel, type Comment, type DocumentMeta, type Section, type Unit, type UnitKind } from '../model';

/** Top-level keys that make a YAML document a schema charter (checklist.md section 8). */
export const SCHEMA_ROOTS = ['governance', 'data', 'organisation', 'impact', 'citizens'];
/** Keys whose value titles the mapping they stand in (free-form YAML, checklist.md section 4). */
const TITLE_KEYS = new Set(['title', 'titre', 'heading', 'intitule', 'intitulé', 'name', 'nom']);

/**
 * Parses YAML into the document model. Every string value is a unit of text; every mapping key
 * is a section headed by the key (or by the mapping's title-like value), so that key paths act
 * as headings.
 */
export function parseYaml(text: string): CharterModel {
  const lines = new LineIndex(text);
  const tokens = new TokenStream();
  tokens.reserve(expectedTokens(text.length));
  const units: Unit[] = [];
  const sections: Section[] = [];
  const meta: DocumentMeta = {};
  const doc = readYaml(text, { uniqueKeys: true, prettyErrors: false });
  const problems = doc.errors.map((e) => ({ range: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) }, message: e.message.split('\n')[0] ?? e.message }));

  const addUnit = (kind: UnitKind, start: number, end: number, camel = false): number => {
    units.push({ kind, start, end, tokens: tokens.add(text, start, end, camel), section: sections.length - 1, list: -1 });
    return units.length - 1;
  };
  const openSection = (start: number, end: number, level: number, keyPath: string[], headingKind: UnitKind): void => {
    const unit = addUnit(headingKind, start, end, headingKind === 'yamlKey');
    units[unit]!.section = sections.length;
    sections.push({ headingUnit: unit, heading: { start, end }, level, parent: -1, start, end: -1, ownEndUnit: 0, endUnit: 0, keyPath });
  };

  const walk = (node: unknown, level: number, path: string[]): void => {
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.range) addUnit('yamlValue', node.range[0], node.range[1]);
      return;
    }
    if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, level, [...path, String(i)]));
      return;
    }
    if (!isMap(node)) return;
    const titlePair = titleOf(node);
    // Under a schema root the keys are the schema's fields (`governance: {intitule: …, body: …}`):
    // they keep their own sections so their paths answer the field rules.
    const schemaPath = followsSchema && path.length > 0 && SCHEMA_ROOTS.includes(path[0]!);
    if (titlePair && isScalar(titlePair.value) && titlePair.value.range && level > 0) {
      const [s, e] = titlePair.value.range;
      const sectionIndex = sections.length;
      openSection(s, e, level + 1, path, 'heading');
      // The mapping's other pairs are the section's body (checklist.md section 4): their keys too
      // (`owner: Data Office` says who owns it).
      for (const pair of node.items) {
        if (pair === titlePair) continue;
        if (schemaPath) {
          walkPair(pair, level + 1, path);
          continue;
        }
        if (isScalar(pair.key) && pair.key.range) addUnit('yamlKey', pair.key.range[0], pair.key.range[1], true);
        walk(pair.value, level + 1, [...path, isScalar(pair.key) ? String(pair.key.value) : '']);
      }
      sections[sectionIndex]!.start = rangeOf(node)?.[0] ?? s;
      return;
    }
    for (const pair of node.items) walkPair(pair, level, path);
  };
  const walkPair = (pair: Pair, level: number, path: string[]): void => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
    if (!keyRange) return walk(pair.value, level, path);
    const sectionIndex = sections.length;
    openSection(keyRange[0], keyRange[1], level + 1, [...path, key], 'yamlKey');
    walk(pair.value, level + 1, [...path, key]);
    const valueEnd = rangeOf(pair.value as Node | null)?.[1];
    if (valueEnd !== undefined) sections[sectionIndex]!.end = valueEnd;
  };

  // (A root key that holds a line of text is no schema section: `organisation: Caldermoor City
  // Council, Procurement Services` names the author of a free-form document.)
  const followsSchema = isMap(doc.contents) && doc.contents.items.some((p) => isScalar(p.key) && SCHEMA_ROOTS.includes(String(p.key.value))
    && !(isScalar(p.value) && typeof p.value.value === 'string' && p.value.value.trim() !== ''));
  walk(doc.contents, 0, []);
  // Sections whose end was not set by their value (title-headed mappings) end at the next sibling.
  closeSections(sections, units, text.length);

  if (isMap(doc.contents)) {
    readMeta(doc.contents, meta);
    // A free-form document often wraps its metadata in a first block (`convention: {titre: …}`,
    // `document: {type: …}`): what the top level does not say is read from there.
    const wrapper = doc.contents.items.find((p) => isMap(p.value))?.value;
    if (isMap(wrapper)) readMeta(wrapper, meta, false);
  }

  return {
    kind: 'yaml',
    text,
    lines,
    tokens,
    units,
    sections,
    titleSection: -1,
    preambleScopes: [],
    meta,
    comments: comments(doc, text),
    problems,
    yaml: { doc, followsSchema },
    bodyStart: 0,
    parts: [wholePart(tokens, text, units)],
  };
}

/** `type`, `language` and title keys of a mapping's scalar values; `override` false keeps what is set. */
function readMeta(map: YAMLMap, meta: DocumentMeta, override = true): void {
  for (const pair of map.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value) || !pair.value.range) continue;
    const key = String(pair.key.value).toLowerCase();
    const [s, e] = pair.value.range;
    const entry = { value: String(pair.value.value ?? ''), range: { start: s, end: e } };
    const field = key === 'type' ? 'type' : key === 'language' || key === 'lang' || key === 'langue' ? 'language' : TITLE_KEYS.has(key) ? 'title' : undefined;
    if (field && (override || meta[field] === undefined)) meta[field] = entry;
  }
}

function titleOf(map: YAMLMap): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && TITLE_KEYS.has(String(p.key.value).toLowerCase()) && isScalar(p.value));
}

function rangeOf(node: Node | null | undefined): [number, number, number] | undefined {
  return node?.range ?? undefined;
}

/** Whole-line comments (`# …`), found by scanning lines; a `#` inside a value is not a comment. */
function comments(_doc: unknown, text: string): Comment[] {
  const found: Comment[] = [];
  const re = /^[ \t]*#(.*)$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].indexOf('#');
    found.push({ range: { start, end: m.index + m[0].length }, body: (m[1] ?? '').replace(/\r$/, '') });
  }
  return found;
}
