import { diffChars, diffLines } from 'diff';
import { TextDocumentEdit, TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Insertion } from '../engine';

/** Insertions as zero-width TextEdits; at one offset, an `append` goes first, then the given order. */
export function insertionEdits(document: TextDocument, insertions: readonly Insertion[]): TextEdit[] {
  return insertions
    .map((ins, order) => ({ ins, order }))
    .sort((a, b) => a.ins.offset - b.ins.offset || Number(!!b.ins.append) - Number(!!a.ins.append) || a.order - b.order)
    .map(({ ins }) => TextEdit.insert(document.positionAt(ins.offset), ins.text));
}

/** One document's edits, versioned when the client supports it (a stale edit is then refused). */
export function documentEdit(document: TextDocument, version: number | null, edits: TextEdit[], documentChanges: boolean): WorkspaceEdit {
  if (documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version }, edits)] };
  return { changes: { [document.uri]: edits } };
}

/**
 * The insertions that turn `before` into `after`, when `after` only adds text (fixes never delete);
 * undefined otherwise. Lines first (fast on long documents), then characters inside changed lines.
 */
export function insertOnlyDiff(before: string, after: string): Insertion[] | undefined {
  const parts = diffLines(before, after);
  const out: Insertion[] = [];
  let offset = 0;
  const add = (text: string) => {
    const last = out[out.length - 1];
    if (last && last.offset === offset) last.text += text;
    else out.push({ offset, text });
  };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      offset += part.value.length;
    } else if (part.added) {
      add(part.value);
    } else {
      // A changed line: what was there must still be there, with text added inside it.
      const next = parts[i + 1];
      if (!next?.added) return undefined;
      for (const c of diffChars(part.value, next.value)) {
        if (c.removed) return undefined;
        if (c.added) add(c.value);
        else offset += c.value.length;
      }
      i++;
    }
  }
  return out;
}
