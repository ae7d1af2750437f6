import { isMap, isScalar, isSeq, stringify, type Document, type Node, type YAMLMap } from 'yaml';
import type { CheckDefinition } from './checks/definition';
import type { CheckOutcome } from './evaluate';
import type { DocumentEvidence } from './evidence';
import { format, list, pack } from './i18n';
import type { CharterModel, Section } from './model';
import type { Fix, Insertion, Language, Locale } from './types';

/**
 * Quick fixes (checklist.md section 6). A fix only inserts: a whole section where a check is
 * missing, the missing sentences inside the scope where a check is partial, the missing keys
 * under the right parent in a YAML charter. Templates carry `{{…}}` placeholders; as a snippet
 * they become tab stops.
 */
export interface FixRequest {
  check: CheckDefinition;
  outcome: CheckOutcome;
  /** Element ids to insert. */
  elements: string[];
  language: Language;
  locale: Locale;
}

export function buildFix(req: FixRequest, doc: DocumentEvidence): Fix | undefined {
  const { model } = doc;
  const insertions = model.yaml?.followsSchema
    ? yamlSchemaInsertions(req, model)
    : [model.kind === 'yaml' ? freeYamlInsertion(req, model, doc) : markdownInsertion(req, model, doc)].filter((i): i is Insertion => !!i);
  const insertion = insertions[0];
  if (!insertion) return undefined;
  const messages = pack(req.locale).messages;
  const template = pack(req.language).templates[req.check.code];
  const whole = req.outcome.verdict === 'missing';
  const title = whole
    ? format(messages.fixInsert, { heading: template.heading })
    : format(messages.fixComplete, { elements: list(req.elements.map((e) => pack(req.locale).checks[req.check.code].elements[e] ?? e), req.locale) });
  insertions.sort((a, b) => a.offset - b.offset);
  return insertions.length === 1 ? { title, insertions, snippet: { offset: insertion.offset, text: toSnippet(insertion.text) } } : { title, insertions };
}

/** `{{label}}` placeholders become numbered tab stops; other snippet syntax is escaped. */
export function toSnippet(text: string): string {
  let n = 0;
  return text
    .split(/(\{\{[^{}\n]*\}\})/)
    .map((part) => {
      const m = /^\{\{([^{}\n]*)\}\}$/.exec(part);
      if (m) return `\${${++n}:${(m[1] ?? '').replace(/[$}\\]/g, (c) => `\\${c}`)}}`;
      return part.replace(/[$}\\]/g, (c) => `\\${c}`);
    })
    .join('');
}

function sentences(req: FixRequest): string {
  const template = pack(req.language).templates[req.check.code];
  return req.elements.map((e) => template.elements[e] ?? '').filter(Boolean).join(' ');
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

// ---------------------------------------------------------------- Markdown

function markdownInsertion(req: FixRequest, model: CharterModel, doc: DocumentEvidence): Insertion | undefined {
  const eol = eolOf(model.text);
  const body = sentences(req);
  if (req.outcome.verdict !== 'missing' && req.outcome.scope) {
    const section = model.sections[req.outcome.section];
    if (section) return endOfOwnBody(model, req.outcome.section, `${body}`, eol);
    // A preamble paragraph: continue it on the next line, so the text stays in the same scope.
    const last = req.outcome.scope[req.outcome.scope.length - 1];
    const unit = last ? model.units[last[1] - 1] : undefined;
    if (unit) return { offset: unit.end, text: `${eol}${body}` };
  }
  const heading = pack(req.language).templates[req.check.code].heading;
  const axis = bestSection(doc.headingSections(`axis:${req.check.axis}`), model);
  if (axis >= 0) {
    const s = model.sections[axis]!;
    return insertSection(model, s.end, Math.min(6, s.level + 1), heading, body, eol);
  }
  const closing = bestSection(doc.headingSections('closing'), model);
  const level = topLevel(model);
  if (closing >= 0 && model.sections[closing]!.level <= level) {
    return insertSection(model, model.sections[closing]!.start, model.sections[closing]!.level, heading, body, eol);
  }
  return insertSection(model, model.text.length, level, heading, body, eol);
}

function endOfOwnBody(model: CharterModel, index: number, body: string, eol: string): Insertion {
  const next = model.sections[index + 1];
  if (next) return { offset: next.start, text: `${body}${eol}${eol}` };
  return atEnd(model.text, `${body}${eol}`, eol);
}

function insertSection(model: CharterModel, offset: number, level: number, heading: string, body: string, eol: string): Insertion {
  const block = `${'#'.repeat(level)} ${heading}${eol}${eol}${body}${eol}`;
  if (offset >= model.text.length) return atEnd(model.text, block, eol);
  return { offset, text: `${block}${eol}` };
}

/** Text appended at the end of the document, after a blank line. */
function atEnd(text: string, block: string, eol: string): Insertion {
  const lead = text.length === 0 ? '' : text.endsWith(`${eol}${eol}`) || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? eol : `${eol}${eol}`;
  return { offset: text.length, text: `${lead}${block}` };
}

/** The shallowest of the sections, first in the document on a tie. */
function bestSection(candidates: Set<number>, model: CharterModel): number {
  let best = -1;
  for (const i of [...candidates].sort((a, b) => a - b)) {
    if (best < 0 || model.sections[i]!.level < model.sections[best]!.level) best = i;
  }
  return best;
}

/** The level of the document's main sections (below the title). */
function topLevel(model: CharterModel): number {
  const levels = model.sections.filter((_, i) => i !== model.titleSection).map((s: Section) => s.level);
  if (levels.length > 0) return Math.min(...levels);
  const title = model.sections[model.titleSection];
  return title ? Math.min(6, title.level + 1) : 2;
}

// ---------------------------------------------------------------- YAML

function yamlSchemaInsertions(req: FixRequest, model: CharterModel): Insertion[] {
  const doc = model.yaml!.doc;
  const templates = pack(req.language).yaml[req.check.code];
  const eol = eolOf(model.text);
  const indentUnit = detectIndent(model.text);
  // Group what to insert by the deepest existing mapping it goes under.
  const groups = new Map<YAMLMap | null, { path: string[]; value: Record<string, unknown> }>();
  const found: Insertion[] = [];
  for (const element of req.elements) {
    const entry = templates[element];
    if (!entry) continue;
    const path = entry[0].split('.');
    let depth = path.length;
    let node: unknown;
    for (; depth > 0; depth--) {
      node = doc.getIn(path.slice(0, depth), true);
      if (node !== undefined) break;
    }
    if (depth === path.length) {
      const filled = fillEmpty(node as Node | null, entry[1], model.text);
      if (filled && !found.some((f) => f.offset === filled.offset)) found.push(filled);
      continue;
    }
    const parent = depth === 0 ? (isMap(doc.contents) ? doc.contents : null) : node;
    if (parent !== null && !isMap(parent)) continue;
    const key = parent as YAMLMap | null;
    const group = groups.get(key) ?? { path: path.slice(0, depth), value: {} };
    setIn(group.value, path.slice(depth), entry[1]);
    groups.set(key, group);
  }
  for (const [parent, group] of groups) {
    const indent = parent && group.path.length > 0 ? ' '.repeat(columnOf(model, parent)) : '';
    const lines = stringify(group.value, { indent: indentUnit, lineWidth: 0 }).replace(/\n$/, '').split('\n');
    const block = lines.map((l) => `${indent}${l}`).join(eol);
    if (!parent || !parent.range || parent.items.length === 0) {
      found.push(atEnd(model.text, `${block}${eol}`, eol));
      continue;
    }
    const lastLine = model.lines.lineOf(Math.max(parent.range[0], parent.range[1] - 1));
    found.push({ offset: model.lines.lineEnd(lastLine), text: `${eol}${block}` });
  }
  return found;
}

/** `formats: []`, `owner: ""` or `owner:` — fill the empty value in place (insertion only). */
function fillEmpty(node: Node | null, value: unknown, text: string): Insertion | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string') return undefined;
  const quoted = JSON.stringify(first);
  if (isSeq(node) && node.items.length === 0 && node.flow && node.range) {
    return { offset: node.range[0] + 1, text: quoted };
  }
  if (isScalar(node) && node.range && (node.value === null || node.value === '')) {
    const [start, end] = node.range;
    const raw = text.slice(start, end);
    if (raw === '""' || raw === "''") return { offset: start + 1, text: first.replace(/"/g, '\\"') };
    if (raw === '' || raw === '~') return raw === '' ? { offset: start, text: ` ${Array.isArray(value) ? `[${quoted}]` : quoted}` } : undefined;
  }
  return undefined;
}

function setIn(target: Record<string, unknown>, path: string[], value: unknown): void {
  let cursor = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) cursor[key] = value;
    else cursor = (cursor[key] ??= {}) as Record<string, unknown>;
  });
}

function columnOf(model: CharterModel, map: YAMLMap): number {
  const firstKey = map.items[0]?.key as Node | undefined;
  const offset = firstKey?.range?.[0] ?? map.range?.[0] ?? 0;
  return offset - model.lines.lineStart(model.lines.lineOf(offset));
}

function detectIndent(text: string): number {
  const m = /\n( +)\S/.exec(text);
  return m ? Math.min(8, Math.max(2, m[1]!.length)) : 2;
}

/** Free-form YAML: a new top-level key at the end (missing), or text appended to the scope's value. */
function freeYamlInsertion(req: FixRequest, model: CharterModel, _doc: DocumentEvidence): Insertion | undefined {
  const eol = eolOf(model.text);
  const body = sentences(req);
  const root = model.yaml!.doc.contents;
  if (req.outcome.verdict !== 'missing' && req.outcome.scope) {
    const appended = appendToScalar(model, req.outcome.scope, body);
    if (appended) return appended;
  }
  const heading = pack(req.language).templates[req.check.code].heading;
  if (isSeq(root)) {
    const item = stringify([{ titre: heading, contenu: body }], { lineWidth: 0 }).replace(/\n$/, '').split('\n');
    const indent = ' '.repeat(columnOfSeq(model, root));
    return atEnd(model.text, `${item.map((l) => `${indent}${l}`).join(eol)}${eol}`, eol);
  }
  if (!isMap(root) && root !== null) return undefined;
  const block = stringify({ [heading]: body }, { lineWidth: 0 }).replace(/\n$/, '').split('\n').join(eol);
  return atEnd(model.text, `${block}${eol}`, eol);
}

function columnOfSeq(model: CharterModel, seq: { range?: [number, number, number] | null }): number {
  const offset = seq.range?.[0] ?? 0;
  return offset - model.lines.lineStart(model.lines.lineOf(offset));
}

/** Appends a sentence inside the last string value of the scope, keeping the YAML valid. */
function appendToScalar(model: CharterModel, scope: Array<[number, number]>, body: string): Insertion | undefined {
  const last = scope[scope.length - 1];
  if (!last) return undefined;
  for (let u = last[1] - 1; u >= last[0]; u--) {
    const unit = model.units[u]!;
    if (unit.kind !== 'yamlValue') continue;
    const raw = model.text.slice(unit.start, unit.end);
    if (raw.startsWith('"')) return { offset: unit.end - 1, text: ` ${body.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}` };
    if (raw.startsWith("'")) return { offset: unit.end - 1, text: ` ${body.replace(/'/g, "''")}` };
    if (raw.startsWith('|') || raw.startsWith('>')) {
      const line = model.lines.lineOf(unit.end - 1);
      const content = model.text.slice(model.lines.lineStart(line), model.lines.lineEnd(line));
      const indent = /^ */.exec(content)![0];
      return { offset: model.lines.lineEnd(line), text: `${eolOf(model.text)}${indent}${body}` };
    }
    // A plain scalar cannot hold ": " or " #"; a dash keeps the meaning.
    return { offset: unit.end, text: ` ${body.replace(/ ?: /g, ' – ').replace(/ #/g, ' n°')}` };
  }
  return undefined;
}
