import { isPair, isScalar, visit, type Document } from 'yaml';
import { rowStartAt, type CharterModel } from './model';
import { answers } from './answers';
import { termKeys } from './text/tokens';
import type { OffsetRange } from './types';

/**
 * Elements that a document's structure assigns rather than says: the owner of a follow-up given
 * by a « Pilote » or "Owner" column of the row « Présenter chaque année un bilan de la charte »,
 * or by the `responsable:` key of a YAML mapping `suivi:` beside `periodicite: annuelle`.
 */
export interface Assignment extends OffsetRange {
  /** The text the assignment holds for: the table row, or the mapping with the key it is the value of. */
  scope: OffsetRange;
}

/** The folded form of a column or key name ("Porté par", `lead_officer`), as `columns` holds it. */
export function columnName(name: string): string {
  let folded = columnNames.get(name);
  if (folded === undefined) {
    folded = termKeys(name).join(' ');
    if (columnNames.size >= COLUMN_NAMES_LIMIT) columnNames.clear();
    columnNames.set(name, folded);
  }
  return folded;
}

/** Folded names by their text: a document repeats its headers and keys, and folding builds a token stream. */
const columnNames = new Map<string, string>();
const COLUMN_NAMES_LIMIT = 10_000;

/**
 * The cell or value, in the table row or the innermost YAML mapping holding `offset`, whose
 * column or key is one of `columns` (folded with `columnName`) and that answers (not « À
 * définir », "TBC", "—"), or undefined. `about(from, to)` says whether a row or a mapping is
 * one the element is assigned in: it is asked first, so that most rows are read no further.
 */
export function assignmentAt(
  model: CharterModel, unit: number, offset: number, columns: ReadonlySet<string>, about: (from: number, to: number) => boolean,
): Assignment | undefined {
  const u = model.units[unit];
  if (u?.kind === 'table') return cellAt(model, u.start, u.end, offset, columns, about);
  if (!model.yaml) return undefined;
  const found = valueAt(model, offset, columns);
  return found && about(found.scope.start, found.scope.end) ? found : undefined;
}

function cellAt(
  model: CharterModel, start: number, end: number, offset: number, columns: ReadonlySet<string>, about: (from: number, to: number) => boolean,
): Assignment | undefined {
  const { text } = model;
  const rowStart = rowStartAt(model, start, offset);
  // The header row names the columns; the delimiter row and the header assign nothing.
  if (rowStart === start) return undefined;
  const rowEnd = lineEnd(text, rowStart, end);
  const { column, field } = tableAssignments(text, start, end, columns);
  // A two-column table that is one record: its owner field, when the table is about the element.
  if (column < 0) return field && about(start, end) ? field : undefined;
  if (!about(rowStart, rowEnd)) return undefined;
  const cell = tableCells(text, rowStart, rowEnd)[column];
  if (!cell || !answers(text.slice(cell[0], cell[1]).replace(/[*_`]/g, ''))) return undefined;
  return { start: cell[0], end: cell[1], scope: { start: rowStart, end: rowEnd } };
}

/**
 * What a table assigns, read once per table (a table is asked once per mention of the element in
 * it): the column named by one of `columns`, or -1; and, for a table of two columns that is one
 * record, field by field (a document-control table: | Owner | Data Governance Group |, | Review
 * cycle | Annual |), the value of the row whose field is one of `columns`.
 */
function tableAssignments(text: string, start: number, end: number, columns: ReadonlySet<string>): TableAssignments {
  if (tables.text !== text || tables.columns !== columns) Object.assign(tables, { text, columns, byStart: new Map() });
  let found = tables.byStart.get(start);
  if (!found) {
    const header = tableCells(text, start, lineEnd(text, start, end));
    const column = header.findIndex(([a, b]) => columns.has(columnName(text.slice(a, b))));
    found = { column, field: column < 0 && header.length === 2 ? fieldValue(text, start, end, columns) : null };
    tables.byStart.set(start, found);
  }
  return found;
}

interface TableAssignments {
  column: number;
  field: Assignment | null;
}

/** The last text and names `tableAssignments` read, and its answers by table start. */
const tables: { text: string | undefined; columns: ReadonlySet<string> | undefined; byStart: Map<number, TableAssignments> } = {
  text: undefined, columns: undefined, byStart: new Map(),
};

function fieldValue(text: string, start: number, end: number, columns: ReadonlySet<string>): Assignment | null {
  // The rows after the header and the delimiter row.
  const delimiterEnd = lineEnd(text, lineEnd(text, start, end) + 1, end);
  for (let row = delimiterEnd + 1; row < end; row = lineEnd(text, row, end) + 1) {
    const cells = tableCells(text, row, lineEnd(text, row, end));
    const [field, value] = cells;
    if (cells.length !== 2 || !field || !value || !columns.has(columnName(text.slice(field[0], field[1]).replace(/[*_`]/g, '')))) continue;
    if (!answers(text.slice(value[0], value[1]).replace(/[*_`]/g, ''))) return null;
    return { start: value[0], end: value[1], scope: { start, end } };
  }
  return null;
}

function lineEnd(text: string, from: number, end: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 || at > end ? end : at;
}

/** The trimmed cells of the table row text[from, to), outer pipes left out (`\|` is no border). */
export function tableCells(text: string, from: number, to: number): Array<[number, number]> {
  const borders: number[] = [];
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 124 && text.charCodeAt(i - 1) !== 92) borders.push(i);
  const row = text.slice(from, to);
  const first = row.trimStart().startsWith('|') ? 1 : 0;
  const last = row.trimEnd().endsWith('|') ? borders.length - 1 : borders.length;
  const edges = [first === 1 ? borders[0]! : from - 1, ...borders.slice(first, last), last === borders.length ? to : borders[last]!];
  const out: Array<[number, number]> = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    let a = edges[k]! + 1;
    let b = edges[k + 1]!;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    out.push([a, b]);
  }
  return out;
}

/** Per YAML document and set of names: the mappings that hold a key of the set, with its value. */
const yamlAssignments = new WeakMap<Document.Parsed, Map<ReadonlySet<string>, Assignment[]>>();

function valueAt(model: CharterModel, offset: number, columns: ReadonlySet<string>): Assignment | undefined {
  const doc = model.yaml!.doc;
  let byColumns = yamlAssignments.get(doc);
  if (!byColumns) yamlAssignments.set(doc, (byColumns = new Map()));
  let found = byColumns.get(columns);
  if (!found) byColumns.set(columns, (found = mappingAssignments(doc, columns)));
  // The innermost mapping: the smallest scope holding the offset.
  let best: Assignment | undefined;
  for (const a of found) {
    if (a.scope.start <= offset && offset < a.scope.end && (!best || a.scope.end - a.scope.start < best.scope.end - best.scope.start)) best = a;
  }
  return best;
}

function mappingAssignments(doc: Document.Parsed, columns: ReadonlySet<string>): Assignment[] {
  const out: Assignment[] = [];
  visit(doc, {
    Map(_, map, path) {
      if (!map.range) return;
      const pair = map.items.find((p) => isScalar(p.key) && columns.has(columnName(String(p.key.value))));
      const value = pair?.value;
      if (!isScalar(value) || !value.range || !answers(String(value.value ?? ''))) return;
      // A mapping's own key (`suivi:`, `review:`) says what it is about, as a heading does.
      const parent = path[path.length - 1];
      const keyStart = isPair(parent) && isScalar(parent.key) && parent.key.range ? parent.key.range[0] : map.range[0];
      out.push({ start: value.range[0], end: value.range[1], scope: { start: keyStart, end: map.range[1] } });
    },
  });
  return out;
}
