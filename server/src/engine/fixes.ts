import { isMap, isScalar, isSeq, stringify, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { CheckDefinition } from './checks/definition';
import type { CheckOutcome } from './evaluate';
import { answers, isAnswered, isFilled, saysNoneYet } from './answers';
import type { DocumentEvidence } from './evidence';
import { format, list, pack } from './i18n';
import type { CharterModel, Section } from './model';
import type { Fix, Insertion, Language, Locale, OffsetRange } from './types';

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
  // YAML that does not parse: where a key would go is unknown, and text appended after an open
  // quote or bracket would land inside it. The parse-error diagnostic asks for the syntax first.
  if (model.kind === 'yaml' && model.problems.length > 0) return undefined;
  let insertions: Insertion[];
  let suggestion = false;
  if (model.yaml?.followsSchema) {
    insertions = yamlSchemaInsertions(req, model, (offset) => doc.withdrawnAt(offset));
    if (insertions.length === 0) {
      insertions = yamlSuggestions(req, model);
      suggestion = true;
    }
    // A key taken by an answer that says no (`training: "No training is planned…"`, a value marked
    // `# withdrawn`): the missing sentence is appended inside its value, which keeps what it said.
    if (insertions.length === 0) {
      insertions = answeredNoInsertions(req, model, (offset) => doc.withdrawnAt(offset));
      suggestion = false;
    }
  } else {
    insertions = [model.kind === 'yaml' ? freeYamlInsertion(req, model, doc) : markdownInsertion(req, model, doc)].filter((i): i is Insertion => !!i);
  }
  const insertion = insertions[0];
  if (!insertion) return undefined;
  const messages = pack(req.locale).messages;
  const template = pack(req.language).templates[req.check.code];
  const whole = req.outcome.verdict === 'missing';
  const title = whole
    ? format(messages.fixInsert, { heading: template.heading })
    : format(messages.fixComplete, { elements: list(req.elements.map((e) => pack(req.locale).checks[req.check.code].elements[e] ?? e), req.locale) });
  insertions.sort((a, b) => a.offset - b.offset);
  const fix: Fix = insertions.length === 1 ? { title, insertions, snippet: { offset: insertion.offset, text: toSnippet(insertion.text) } } : { title, insertions };
  if (suggestion) fix.suggestion = true;
  return fix;
}

/**
 * `{{label}}` placeholders become numbered tab stops that keep their braces, so that a blank
 * skipped in the editor is still flagged by the `placeholder` rule. Other snippet syntax is escaped.
 */
export function toSnippet(text: string): string {
  let n = 0;
  // One pass: a placeholder where one starts, else a character to escape (none starts one). A
  // split into parts, each tested against the placeholder again, took a third longer (a fix's text
  // of 235 characters: 2.0 against 1.5 µs; a new charter's 16 fixes are a tenth of its lint).
  return text.replace(SNIPPET_PART, (part) => (part.length === 1 ? `\\${part}` : `\${${++n}:${part.replace(SNIPPET_ESCAPED, '\\$&')}}`));
}
/** A `{{label}}` placeholder, or a character that snippet syntax reserves. */
const SNIPPET_PART = /\{\{[^{}\n]*\}\}|[$}\\]/g;
const SNIPPET_ESCAPED = /[$}\\]/g;

function sentences(req: FixRequest): string {
  const template = pack(req.language).templates[req.check.code];
  return req.elements.map((e) => template.elements[e] ?? '').filter(Boolean).join(' ');
}

/**
 * The text of a new section: every element of the check, not only the missing ones. A new section
 * is a scope of its own; with the found elements left where they were (a front matter `title:`),
 * it would be partial again, and each `--fix` would add another.
 */
function wholeSentences(req: FixRequest): string {
  return sentences({ ...req, elements: req.check.elements.map((e) => e.id) });
}

/** The line ending of each model's text, found once: a lint asks it of every fix. */
const eols = new WeakMap<CharterModel, string>();

function eolOfModel(model: CharterModel): string {
  let eol = eols.get(model);
  if (eol === undefined) eols.set(model, (eol = eolOf(model.text)));
  return eol;
}

function eolOf(text: string): string {
  // Most documents have no CR at all: one search says so.
  const cr = text.indexOf('\r');
  if (cr < 0) return '\n';
  if (text.includes('\r\n', cr)) return '\r\n';
  // Classic Mac line endings: a lone CR, and no LF at all.
  return !text.includes('\n') ? '\r' : '\n';
}

// ---------------------------------------------------------------- Markdown

function markdownInsertion(req: FixRequest, model: CharterModel, doc: DocumentEvidence): Insertion | undefined {
  const eol = eolOfModel(model);
  const body = sentences(req);
  if (req.outcome.verdict !== 'missing' && req.outcome.scope) {
    const section = model.sections[req.outcome.section];
    if (section) {
      // Not into a withdrawn section ("## What we will not do"), nor below a title that names its
      // author (« Comité de la donnée : compte rendu »), which is a scope of its own line: a new
      // section then, as for missing.
      const titleLine = req.outcome.scope.length === 1 && req.outcome.scope[0]![0] === section.headingUnit && req.outcome.scope[0]![1] === section.headingUnit + 1;
      const insertion = titleLine ? undefined : endOfOwnBody(model, req.outcome.section, `${body}`, eol);
      if (insertion && !doc.withdrawnAt(insertion.offset)) return insertion;
    } else {
      // A preamble paragraph: continue it on the next line, so the text stays in the same scope.
      const last = req.outcome.scope[req.outcome.scope.length - 1];
      const unit = last ? model.units[last[1] - 1] : undefined;
      const into = unit?.kind === 'table' ? intoRow(model, doc, last![1] - 1, req.outcome.evidence, body) : undefined;
      if (into) return into;
      // Never inside the front matter (a `title:` that names the topic): that would break its YAML.
      if (unit && unit.kind !== 'frontMatter') return { offset: unit.end, text: `${eol}${body}`, append: true };
    }
  }
  const heading = pack(req.language).templates[req.check.code].heading;
  const whole = wholeSentences(req);
  const axis = bestSection(doc.headingSections(`axis:${req.check.axis}`), model);
  if (axis >= 0) {
    const s = model.sections[axis]!;
    return insertSection(model, s.end, Math.min(6, s.level + 1), heading, whole, eol);
  }
  const closing = bestSection(doc.headingSections('closing'), model);
  const level = topLevel(model);
  if (closing >= 0 && model.sections[closing]!.level <= level) {
    return insertSection(model, model.sections[closing]!.start, model.sections[closing]!.level, heading, whole, eol);
  }
  return insertSection(model, model.text.length, level, heading, whole, eol);
}

/**
 * A table that is its own scope (in the preamble): its rows are separate entries, so the missing
 * sentence goes into the last cell of the row that holds the scope's evidence, before that cell's
 * closing bar (a line after the table would be a row of its own). Undefined when that row is the
 * header row.
 */
function intoRow(model: CharterModel, doc: DocumentEvidence, tableUnit: number, evidence: readonly OffsetRange[], body: string): Insertion | undefined {
  const table = model.units[tableUnit]!;
  const inTable = evidence.filter((e) => e.start >= table.start && e.end <= table.end);
  const row = doc.rowOf(tableUnit, inTable[0]?.start ?? table.start);
  // Evidence in the header row heads every row: the next line (a row of its own) goes with it.
  if (row === table.start) return undefined;
  const lineEnd = model.text.indexOf('\n', row);
  let end = lineEnd < 0 || lineEnd > table.end ? table.end : lineEnd;
  while (end > row && /\s/.test(model.text[end - 1]!)) end--;
  // Before the row's closing bar, when it has one; else at the end of the row.
  const offset = model.text[end - 1] === '|' && model.text[end - 2] !== '\\' ? end - 1 : end;
  const lead = model.text[offset - 1] === ' ' ? '' : ' ';
  return { offset, text: `${lead}${body.replace(/\|/g, '\\|')}${offset === end ? '' : ' '}` };
}

/** A new paragraph after the last block of the section's own body (before any subsection). */
function endOfOwnBody(model: CharterModel, index: number, body: string, eol: string): Insertion {
  const section = model.sections[index]!;
  const lastUnit = model.units[section.ownEndUnit - 1];
  const offset = lastUnit ? lastUnit.end : section.heading.end;
  return { offset, text: `${eol}${eol}${body}`, append: true };
}

function insertSection(model: CharterModel, offset: number, level: number, heading: string, body: string, eol: string): Insertion {
  const block = `${'#'.repeat(level)} ${heading}${eol}${eol}${body}${eol}`;
  if (offset >= model.text.length) {
    // A code fence or HTML comment left open at the end would swallow the section: close it first.
    if (model.openAtEnd !== undefined) return atEnd(model.text, `${model.openAtEnd}${eol}${eol}${block}`, eol, true);
    return atEnd(model.text, block, eol);
  }
  return { offset, text: `${block}${eol}` };
}

/** Text appended at the end of the document, after a blank line (or on the next line: `nextLine`). */
function atEnd(text: string, block: string, eol: string, nextLine = false): Insertion {
  const lead = nextLine
    ? (text.endsWith('\n') || text.endsWith('\r') ? '' : eol)
    : text.length === 0 ? '' : text.endsWith(`${eol}${eol}`) || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? eol : `${eol}${eol}`;
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
  // A loop, not Math.min(...levels): 100,000 headings would overflow the stack as arguments.
  let lowest = Infinity;
  model.sections.forEach((s: Section, i) => {
    if (i !== model.titleSection && s.level < lowest) lowest = s.level;
  });
  if (lowest !== Infinity) return lowest;
  const title = model.sections[model.titleSection];
  return title ? Math.min(6, title.level + 1) : 2;
}

// ---------------------------------------------------------------- YAML

function yamlSchemaInsertions(req: FixRequest, model: CharterModel, withdrawn: (offset: number) => boolean): Insertion[] {
  const doc = model.yaml!.doc;
  const templates = pack(req.language).yaml[req.check.code];
  const plan = new YamlPlan(model, withdrawn);
  for (const element of req.elements) {
    const entry = templates[element];
    if (!entry) continue;
    // Items judged by the words of a field (`roles` by each `title`) whose field says something
    // that does not count take nothing in: « Responsable de la relation usagers » gets no
    // `holder`, a role is added. (An empty `scale: ""` is filled in.)
    const fields = (req.check.elements.find((e) => e.id === element)?.yaml ?? []).filter((rule) => rule.matching && rule.field).map((rule) => rule.field!);
    plan.put(doc, entry[0].split('.'), entry[1], fields);
  }
  return plan.insertions();
}

/**
 * `stage: after` cannot become `upstream` by inserting alone without changing what the value
 * says; the suggestion writes the expected value before the old one, which stays as a comment.
 */
function yamlSuggestions(req: FixRequest, model: CharterModel): Insertion[] {
  const out: Insertion[] = [];
  for (const element of req.check.elements.filter((e) => req.elements.includes(e.id))) {
    for (const rule of element.yaml ?? []) {
      const node = model.yaml!.doc.getIn(rule.path.split('.'), true) as Node | undefined;
      if (!rule.equals || !isScalar(node) || !node.range || node.type !== 'PLAIN') continue;
      out.push({ offset: node.range[0], text: `${rule.equals[0]}  # ${req.language === 'fr' ? 'auparavant' : 'was'} : ` });
    }
  }
  return out;
}

/**
 * Where each missing key goes: under the deepest mapping that exists, at its indentation, or
 * into an empty value (`formats: []`, `owner: ""`). Keys under one parent are written together.
 */
class YamlPlan {
  private readonly groups = new Map<YAMLMap | null, Record<string, unknown>>();
  private readonly fills: Insertion[] = [];
  /** `reversibility:` with no value: every key it lacks, written after its colon at once. */
  private readonly nullFills = new Map<Node, unknown>();

  /** `withdrawn`: whether the document withdraws what stands at an offset (`status: not started`). */
  constructor(private readonly model: CharterModel, private readonly withdrawn: (offset: number) => boolean) {}

  /** `saidFields`: a list at `path` whose first item fills one of these fields gets a new item instead. */
  put(doc: Document.Parsed, path: string[], value: unknown, saidFields: readonly string[] = []): void {
    let depth = path.length;
    let node: unknown;
    for (; depth > 0; depth--) {
      node = doc.getIn(path.slice(0, depth), true);
      if (node !== undefined && node !== null) break;
    }
    // A mapping whose status withdraws it (`sponsor: {status: not started}`) keeps withdrawn what
    // is inserted in it, and so does each of its keys (`measurement: {costs: "", status: Not in
    // place}`): the gap would stay. No insertion, then.
    if ((isMap(node) || isScalar(node)) && node.range && this.withdrawn(node.range[0])) return;
    if (depth === path.length) {
      const first = isSeq(node) ? node.items[0] : undefined;
      const said = isMap(first) && saidFields.some((field) => {
        const v = first.get(field, true);
        return isScalar(v) && String(v.value ?? '').trim() !== '';
      });
      if (said && Array.isArray(value)) return this.appendToOpenList(node as YAMLSeq, value[0]);
      return this.into(node as Node | null, value);
    }
    const parent = depth === 0 ? (isMap(doc.contents) ? doc.contents : null) : node;
    if (parent !== null && !isMap(parent)) {
      // `key:` with no value: the mapping goes right after the colon.
      if (isScalar(parent) && (parent.value === null || parent.value === '')) this.fillEmpty(parent, nest(path.slice(depth), value));
      return;
    }
    this.add(parent as YAMLMap | null, path.slice(depth), value);
  }

  /** An existing node: fill what is empty in it, add what it lacks. */
  private into(node: Node | null, value: unknown): void {
    if (isMap(node) && isPlainObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        const existing = node.get(key, true) as Node | undefined;
        if (existing === undefined || existing === null) this.add(node, [key], child);
        else this.into(existing, child);
      }
      return;
    }
    if (isSeq(node) && Array.isArray(value) && node.items.length > 0) {
      const first = node.items[0] as Node;
      const before = this.size();
      // An item that says it is not there (`title: Not applicable to a council of our size`) stays
      // so whatever is filled in beside it: a new item goes after it instead.
      const saysNo = isMap(first) && first.items.some((pair) => isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.value.trim() !== '' && !answers(pair.value.value));
      if (saysNo) {
        this.appendToOpenList(node, value[0]);
        return;
      }
      if (isMap(first) && isPlainObject(value[0])) this.into(first, value[0]);
      else if (!isFilled(node)) this.fillEmpty(node, value);
      // The items there do not count (a DPO in `roles`): add one.
      if (this.size() === before) this.appendToOpenList(node, value[0]);
      return;
    }
    // A list where the template has one value (`ecosystem:` listing a forum `status: dissolved`):
    // the value goes in as a new item; the items there do not answer.
    if (isSeq(node) && node.items.length > 0 && typeof value === 'string') {
      this.appendToOpenList(node, value);
      return;
    }
    this.fillEmpty(node, value);
  }

  /**
   * A new item at the end of a block list, unless an item left by an earlier fix still waits to be
   * filled in (`- "{{réseau de villes}}"`): --fix twice is --fix once.
   */
  private appendToOpenList(seq: YAMLSeq, item: unknown): void {
    if (!seq.flow && !this.holdsPlaceholder(seq)) this.appendItem(seq, item);
  }

  private holdsPlaceholder(node: Node): boolean {
    return node.range ? this.model.text.slice(node.range[0], node.range[1]).includes('{{') : false;
  }

  private size(): number {
    return this.fills.length + this.groups.size;
  }

  /** A new item at the end of a block sequence, at the indentation of its dashes. */
  private appendItem(seq: Node & { items: unknown[] }, value: unknown): void {
    const { model } = this;
    const last = seq.items[seq.items.length - 1] as Node | undefined;
    const firstItem = seq.items[0] as Node | undefined;
    if (!last?.range || !firstItem?.range) return;
    const itemStart = firstItem.range[0];
    const lineStart = model.lines.lineStart(model.lines.lineOf(itemStart));
    const dash = model.text.lastIndexOf('-', itemStart);
    if (dash < lineStart) return;
    const indent = ' '.repeat(dash - lineStart);
    const eol = eolOfModel(model);
    const lines = stringify([value], { indent: detectIndent(model.text), lineWidth: 0 }).replace(/\n$/, '').split('\n');
    const end = model.lines.lineEnd(model.lines.lineOf(Math.max(0, last.range[1] - 1)));
    this.fills.push({ offset: end, text: `${eol}${lines.map((l) => `${indent}${l}`).join(eol)}` });
  }

  private add(parent: YAMLMap | null, path: string[], value: unknown): void {
    const group = this.groups.get(parent) ?? {};
    setIn(group, path, value);
    this.groups.set(parent, group);
  }

  /** `formats: []`, `owner: ""` or `owner:` — fill the empty value in place (insertion only). */
  private fillEmpty(node: Node | null, value: unknown): void {
    const text = this.model.text;
    if (!node?.range) return;
    const [start, end] = node.range;
    const raw = text.slice(start, end);
    let insertion: Insertion | undefined;
    if (isSeq(node) && node.flow && node.items.length === 0 && Array.isArray(value) && typeof value[0] === 'string') {
      insertion = { offset: start + 1, text: JSON.stringify(value[0]) };
    } else if (isMap(node) && node.flow && node.items.length === 0 && isPlainObject(value)) {
      insertion = { offset: start + 1, text: ` ${flow(value)} ` };
    } else if (isScalar(node) && (node.value === null || node.value === '') && (raw === '""' || raw === "''") && typeof value === 'string') {
      insertion = { offset: start + 1, text: raw === '""' ? value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : value.replace(/'/g, "''") };
    } else if (isScalar(node) && node.value === null && raw === '') {
      // Several elements may fill one empty key (`reversibility:` lacks timing, datasets and
      // formats): merged, they make one flow mapping; written one by one, the second would land
      // after the first as block lines, which YAML does not allow after a flow mapping.
      const merged = this.nullFills.get(node);
      this.nullFills.set(node, isPlainObject(merged) && isPlainObject(value) ? mergeDeep(merged, value) : merged ?? value);
      return;
    }
    if (insertion && !this.fills.some((f) => f.offset === insertion!.offset)) this.fills.push(insertion);
  }

  insertions(): Insertion[] {
    const { model } = this;
    const eol = eolOfModel(model);
    const indentUnit = detectIndent(model.text);
    const out = [...this.fills];
    for (const [node, value] of this.nullFills) out.push({ offset: node.range![0], text: ` ${flow(value)}` });
    for (const [parent, value] of this.groups) {
      // A flow mapping (`reversibility: {timing: "…"}`) takes its new keys inside its braces.
      if (parent?.flow && parent.range && model.text[parent.range[1] - 1] === '}') {
        const inner = flow(value).replace(/^\{|\}$/g, '');
        out.push({ offset: parent.range[1] - 1, text: parent.items.length > 0 ? `, ${inner}` : inner });
        continue;
      }
      const indent = parent && parent !== model.yaml!.doc.contents ? ' '.repeat(columnOf(model, parent)) : '';
      const lines = stringify(value, { indent: indentUnit, lineWidth: 0 }).replace(/\n$/, '').split('\n');
      const block = lines.map((l) => `${indent}${l}`).join(eol);
      if (!parent || parent.items.length === 0 || parent === model.yaml!.doc.contents) {
        out.push(atEnd(model.text, `${block}${eol}`, eol));
        continue;
      }
      out.push({ offset: endOfMapping(model, parent), text: `${eol}${block}` });
    }
    return out;
  }
}

/** The end of the last line that holds the mapping's own content. */
function endOfMapping(model: CharterModel, map: YAMLMap): number {
  const last = map.items[map.items.length - 1];
  const node = (last?.value ?? last?.key) as Node | null | undefined;
  const end = node?.range ? node.range[1] : (map.range?.[1] ?? model.text.length);
  return model.lines.lineEnd(model.lines.lineOf(Math.max(0, end - 1)));
}

function nest(path: string[], value: unknown): unknown {
  return path.reduceRight<unknown>((acc, key) => ({ [key]: acc }), value);
}

/** `b` merged into a copy of `a`, mappings key by key. */
function mergeDeep(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const here = out[key];
    out[key] = isPlainObject(here) && isPlainObject(value) ? mergeDeep(here, value) : here ?? value;
  }
  return out;
}

function flow(value: unknown): string {
  return stringify(value, { flowCollectionPadding: false, lineWidth: 0, collectionStyle: 'flow' }).trim();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
function freeYamlInsertion(req: FixRequest, model: CharterModel, doc: DocumentEvidence): Insertion | undefined {
  const eol = eolOfModel(model);
  const body = sentences(req);
  const root = model.yaml!.doc.contents;
  if (req.outcome.verdict !== 'missing' && req.outcome.scope) {
    const appended = appendToScalar(model, req.outcome.scope, body, (offset) => doc.withdrawnAt(offset));
    if (appended) return appended;
  }
  const heading = pack(req.language).templates[req.check.code].heading;
  const whole = wholeSentences(req);
  if (isSeq(root)) {
    const item = stringify([{ titre: heading, contenu: whole }], { lineWidth: 0 }).replace(/\n$/, '').split('\n');
    const indent = ' '.repeat(columnOfSeq(model, root));
    return atEnd(model.text, `${item.map((l) => `${indent}${l}`).join(eol)}${eol}`, eol);
  }
  if (!isMap(root) && root !== null) return undefined;
  const block = stringify({ [heading]: whole }, { lineWidth: 0 }).replace(/\n$/, '').split('\n').join(eol);
  return atEnd(model.text, `${block}${eol}`, eol);
}

function columnOfSeq(model: CharterModel, seq: { range?: [number, number, number] | null }): number {
  const offset = seq.range?.[0] ?? 0;
  return offset - model.lines.lineStart(model.lines.lineOf(offset));
}

/** Schema YAML: the missing elements' sentences appended inside the string values their keys hold. */
function answeredNoInsertions(req: FixRequest, model: CharterModel, withdrawn: (offset: number) => boolean): Insertion[] {
  const template = pack(req.language).templates[req.check.code];
  const out: Insertion[] = [];
  for (const element of req.check.elements.filter((e) => req.elements.includes(e.id))) {
    const body = template.elements[element.id];
    const path = element.yaml?.find((rule) => !rule.equals && !rule.field)?.path;
    if (!body || !path) continue;
    const node = model.yaml!.doc.getIn(path.split('.'), true) as Node | undefined;
    // (A value that stands in for an answer, « À définir », "Not yet", or says there is none, "No
    // training is planned before 2027", stays one whatever follows it;
    // a placeholder `{{…}}` is the user's to fill: a sentence after it would not count either.)
    if (!isScalar(node) || !node.range || typeof node.value !== 'string' || !isAnswered(node) || saysNoneYet(node.value) || node.value.includes('{{')) continue;
    const unit = model.units.find((u) => u.kind === 'yamlValue' && u.start === node.range![0]);
    // A value the document withdraws (a comment `# withdrawn` after it, a `status: dropped` beside
    // it) would withdraw an appended sentence too.
    if (!unit || withdrawn(unit.start) || model.text.slice(unit.end, model.lines.lineEnd(model.lines.lineOf(unit.end))).includes('#')) continue;
    const insertion = appendToValue(model, unit, body);
    if (insertion) out.push(insertion);
  }
  return out;
}

/**
 * Appends a sentence inside the last string value of the scope, keeping the YAML valid. Not in a
 * value the document withdraws (`clauses_abandonnees:`, `status: dropped`): the sentence would be
 * withdrawn with it, and the check never resolved.
 */
function appendToScalar(model: CharterModel, scope: Array<[number, number]>, body: string, withdrawn: (offset: number) => boolean): Insertion | undefined {
  const last = scope[scope.length - 1];
  if (!last) return undefined;
  for (let u = last[1] - 1; u >= last[0]; u--) {
    const unit = model.units[u]!;
    if (unit.kind === 'yamlValue' && !withdrawn(unit.start) && !withdrawn(unit.end - 1)) return appendToValue(model, unit, body);
  }
  return undefined;
}

/** Appends a sentence inside a string value (quoted, block or plain), keeping the YAML valid. */
function appendToValue(model: CharterModel, unit: { start: number; end: number }, body: string): Insertion {
  const raw = model.text.slice(unit.start, unit.end);
  // A value that does not end its sentence (`cadence: As required`) gets a full stop before the
  // one appended: "As required. It publishes an annual report…".
  const stop = (said: string): string => (SENTENCE_END.test(said.trimEnd()) || said.trim() === '' ? '' : '.');
  if (raw.startsWith('"')) return { offset: unit.end - 1, text: `${stop(raw.slice(1, -1))} ${body.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}` };
  if (raw.startsWith("'")) return { offset: unit.end - 1, text: `${stop(raw.slice(1, -1))} ${body.replace(/'/g, "''")}` };
  if (raw.startsWith('|') || raw.startsWith('>')) {
    const line = model.lines.lineOf(unit.end - 1);
    const content = model.text.slice(model.lines.lineStart(line), model.lines.lineEnd(line));
    const indent = /^ */.exec(content)![0];
    return { offset: model.lines.lineEnd(line), text: `${stop(content)}${eolOfModel(model)}${indent}${body}` };
  }
  // A plain scalar cannot hold ": " or " #"; a dash keeps the meaning.
  return { offset: unit.end, text: `${stop(raw)} ${body.replace(/ ?: /g, ' – ').replace(/ #/g, ' n°')}` };
}
/** The last character of a sentence that ends (a full stop, a question, a colon or a closing quote). */
const SENTENCE_END = /[.!?;:\u2026)\]"'\u00bb]$/;
