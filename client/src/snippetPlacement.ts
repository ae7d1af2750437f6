/**
 * Where to insert a server snippet so that VS Code does not indent it a second time. No `vscode`
 * import: pure, tested on its own.
 *
 * VS Code indents every line of a snippet after the first by the leading whitespace of the line it
 * is inserted in (SnippetSession.adjustWhitespace). The server's text is already indented — a YAML
 * key under its parent, appended at the end of the parent's last line as "\n    formats: …" — so
 * such a snippet is moved to the start of the next line, where there is nothing to add.
 */
export interface Position {
  line: number;
  character: number;
}

export interface SnippetPlacement {
  /** A line break to insert as plain text first, when the snippet goes after the last line. */
  lineBreak?: { position: Position; text: string };
  position: Position;
  snippet: string;
}

/** The lines of the document, as `TextDocument.lineAt(n).text` gives them. */
export interface Lines {
  count: number;
  text(line: number): string;
}

/** `{ position, snippet }` to insert as a snippet, or 'plain' when only plain text stays correct. */
export function placeSnippet(lines: Lines, position: Position, snippet: string): SnippetPlacement | 'plain' {
  const lineText = lines.text(position.line);
  const indent = /^[ \t]*/.exec(lineText.slice(0, position.character))![0];
  if (indent === '' || !/[\r\n]/.test(snippet)) return { position, snippet };
  const lineBreak = /^\r?\n/.exec(snippet)?.[0];
  if (lineBreak && position.character === lineText.length) {
    const rest = snippet.slice(lineBreak.length);
    const next = { line: position.line + 1, character: 0 };
    if (position.line + 1 < lines.count) return { position: next, snippet: `${rest}${lineBreak}` };
    return { lineBreak: { position, text: lineBreak }, position: next, snippet: rest };
  }
  return 'plain';
}

/** The text a snippet inserts with its placeholders left as they are: `${1:{{x\}\}}` → `{{x}}`. */
export function snippetToText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i]!;
    if (c === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1]!)) {
      out += snippet[++i];
    } else if (c === '$' && /^\$\{\d+:/.test(snippet.slice(i))) {
      i = snippet.indexOf(':', i); // the placeholder's text follows; its closing brace is dropped below
    } else if (c === '$' && /^\$\d+/.test(snippet.slice(i))) {
      i += /^\$\d+/.exec(snippet.slice(i))![0].length - 1;
    } else if (c !== '}') {
      out += c;
    }
  }
  return out;
}
