/**
 * Finds the regular-expression literals of TypeScript sources, for the ReDoS test (redos.test.ts).
 * A small lexer: it skips comments, strings and template literals, and tells a regex from a
 * division by the token before the slash, as JavaScript parsers do. Tested on tricky snippets in
 * redos.test.ts, and every literal it finds must compile, so a mistake cannot go unnoticed.
 */

export interface RegexLiteral {
  source: string;
  flags: string;
  /** 1-based line of the literal in its file. */
  line: number;
}

/** After these words a slash starts a regex; after any other identifier it divides. */
const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await',
]);

export function regexLiterals(source: string): RegexLiteral[] {
  const found: RegexLiteral[] = [];
  // A `#!` line is not JavaScript.
  let i = source.startsWith('#!') ? Math.max(0, source.indexOf('\n')) : 0;
  /** Whether a slash here would start a regex (an operand is expected). */
  let expectOperand = true;
  /** Open `${` of template literals: the brace depth at which each one closes. */
  const templateStack: number[] = [];
  let braceDepth = 0;
  const n = source.length;
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;

  const skipString = (quote: string): void => {
    i++;
    while (i < n && source[i] !== quote) {
      if (source[i] === '\\') i++;
      i++;
    }
    i++;
  };
  /** From inside a template literal to its end or to a `${` (then inside an expression). */
  const skipTemplate = (): void => {
    while (i < n) {
      const c = source[i];
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2;
        braceDepth++;
        templateStack.push(braceDepth);
        expectOperand = true;
        return;
      } else {
        i++;
      }
    }
  };

  while (i < n) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === '"' || c === "'") {
      skipString(c);
      expectOperand = false;
    } else if (c === '`') {
      i++;
      skipTemplate();
      expectOperand = false;
    } else if (c === '/' && expectOperand) {
      const start = i;
      i++;
      let inClass = false;
      while (i < n) {
        const d = source[i];
        if (d === '\\') i++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        else if (d === '\n') throw new Error(`unterminated regex literal at line ${lineAt(start)}`);
        i++;
      }
      const body = source.slice(start + 1, i);
      i++;
      const flagsStart = i;
      while (i < n && /[a-z]/.test(source[i]!)) i++;
      found.push({ source: body, flags: source.slice(flagsStart, i), line: lineAt(start) });
      expectOperand = false;
    } else if (/[A-Za-z_$]/.test(c)) {
      const start = i;
      while (i < n && /[\w$]/.test(source[i]!)) i++;
      expectOperand = KEYWORDS_BEFORE_EXPRESSION.has(source.slice(start, i));
    } else if (/[0-9]/.test(c)) {
      while (i < n && /[\w.]/.test(source[i]!)) i++;
      expectOperand = false;
    } else if (c === '{') {
      braceDepth++;
      i++;
      expectOperand = true;
    } else if (c === '}') {
      if (templateStack[templateStack.length - 1] === braceDepth) {
        templateStack.pop();
        braceDepth--;
        i++;
        skipTemplate();
        expectOperand = false;
      } else {
        braceDepth--;
        i++;
        // The end of a block: a statement (maybe a regex) may follow; an object literal's end is
        // rarely divided. Either way the sources are checked to compile.
        expectOperand = true;
      }
    } else if (c === ')' || c === ']') {
      i++;
      expectOperand = false;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      // Operators and punctuation: `++`/`--` and `!` of a non-null assertion end an operand.
      if ((c === '+' && next === '+') || (c === '-' && next === '-')) {
        i += 2;
        expectOperand = false;
      } else if (c === '!' && !expectOperand && next !== '=') {
        i++;
      } else {
        i++;
        expectOperand = true;
      }
    }
  }
  return found;
}
