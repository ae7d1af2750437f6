import {
  Composer, Parser, YAMLParseError, isScalar, visit,
  type CST, type Document, type DocumentOptions, type LineCounter, type ParseOptions, type SchemaOptions,
} from 'yaml';

/**
 * Deeper than this, a YAML document is not composed: the `yaml` composer (and every walk of its
 * tree) recurses once per level, and 10,000 levels overflow the stack — in V8 a stack overflow
 * can even end the process (a regex compiled with no stack left aborts it). A charter is about
 * ten levels deep.
 */
export const MAX_YAML_DEPTH = 100;
/** Alias expansions allowed before a document is called an alias bomb ("billion laughs"). */
export const MAX_YAML_ALIAS_COUNT = 1000;

export type ReadYamlOptions = ParseOptions & DocumentOptions & SchemaOptions & { lineCounter?: LineCounter };

/**
 * `parseDocument` of the `yaml` package, made safe for hostile input: the concrete syntax tree
 * (built without recursion) is measured first, and a document nested deeper than
 * MAX_YAML_DEPTH is reported, not composed (its contents are then empty); an alias bomb is
 * reported too. Both are errors of the document, with a position, like a syntax error.
 * Duplicate keys (`uniqueKeys`, on by default as in `yaml`) are found with one set per mapping:
 * the package compares each key with every earlier one, 50 s for 100,000 keys.
 */
export function readYaml(text: string, options: ReadYamlOptions = {}): Document.Parsed {
  // A lone CR ends a line in YAML (and in LSP, and in markdown-it), not for the package: it becomes
  // LF, one character for one, so that every offset stays that of the text.
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const tokens = [...new Parser(options.lineCounter?.addNewLine).parse(source)];
  const deepest = measure(tokens);
  const uniqueKeys = options.uniqueKeys === undefined || options.uniqueKeys === true;
  // logLevel 'error': the package's warnings (a mapping used as a key…) go to process.emitWarning,
  // which would print stray lines on the CLI's stderr; charterlint reports its own problems.
  const composer = new Composer({ logLevel: 'error', ...options, uniqueKeys: uniqueKeys ? false : options.uniqueKeys });
  let doc: Document.Parsed | undefined;
  for (const composed of composer.compose(deepest.depth > MAX_YAML_DEPTH ? [] : tokens, true, source.length)) {
    if (!doc) {
      doc = composed;
    } else {
      doc.errors.push(new YAMLParseError([composed.range[0], composed.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  // compose(…, true) always ends with a document.
  const parsed = doc!;
  if (deepest.depth > MAX_YAML_DEPTH) {
    parsed.errors.unshift(new YAMLParseError(
      [deepest.offset, deepest.offset + 1], 'RESOURCE_EXHAUSTION',
      `nested more than ${MAX_YAML_DEPTH} levels deep (level ${MAX_YAML_DEPTH + 1} opens here): charterlint does not read a document this deep`,
    ));
  } else {
    const bomb = aliasBomb(parsed);
    if (bomb) parsed.errors.unshift(bomb);
    if (uniqueKeys) parsed.errors.push(...duplicateKeys(parsed));
  }
  // The package puts a missing closing quote at the end of the text: the quote left open is more use.
  for (const error of parsed.errors) {
    if (error.code !== 'MISSING_CHAR' || !error.message.includes('quote')) continue;
    const opened = deepest.openQuotes.filter((offset) => offset < error.pos[0]).pop();
    if (opened === undefined) continue;
    error.pos = [opened, opened + 1];
    error.message = `${error.message.split(' at line ')[0]}: the text quoted from here is never closed`;
  }
  // In text order, as `parseDocument` gives them, with their line and column when lines are counted.
  parsed.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  const lines = options.lineCounter;
  if (lines) for (const error of parsed.errors) error.linePos ??= [lines.linePos(error.pos[0]), lines.linePos(error.pos[1])];
  return parsed;
}

/** `Map keys must be unique`, as `yaml` words it, for each scalar key already seen in its mapping. */
function duplicateKeys(doc: Document.Parsed): YAMLParseError[] {
  const found: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (!seen.has(pair.key.value)) {
          seen.add(pair.key.value);
          continue;
        }
        const at = pair.key.range?.[0] ?? 0;
        found.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
      }
    },
  });
  return found;
}

/**
 * The depth of the most nested collection (block map or sequence, flow collection) and where it
 * starts, and the offsets of quoted strings left open, in one walk without recursion.
 */
function measure(tokens: readonly CST.Token[]): { depth: number; offset: number; openQuotes: number[] } {
  let depth = 0;
  let offset = 0;
  const openQuotes: number[] = [];
  const stack: Array<[CST.Token, number]> = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, level] = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, level]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      const inner = level + 1;
      if (inner > depth) {
        depth = inner;
        offset = token.offset;
        // Far enough to refuse: no need to walk a hostile tree to its bottom.
        if (depth > MAX_YAML_DEPTH) break;
      }
      for (const item of token.items) {
        if ('key' in item && item.key) stack.push([item.key, inner]);
        if (item.value) stack.push([item.value, inner]);
      }
    } else if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      const quote = token.source[0];
      if (token.source.length < 2 || token.source[token.source.length - 1] !== quote) openQuotes.push(token.offset);
    }
  }
  openQuotes.sort((a, b) => a - b);
  return { depth, offset, openQuotes };
}

/**
 * Aliases that would expand the document beyond MAX_YAML_ALIAS_COUNT nodes: the `yaml` package's
 * own guard (`maxAliasCount` of toJS), run only when the document has aliases at all.
 */
function aliasBomb(doc: Document.Parsed): YAMLParseError | undefined {
  let first: [number, number] | undefined;
  visit(doc, {
    Alias(_, node) {
      first = node.range ? [node.range[0], node.range[1]] : [0, 1];
      return visit.BREAK;
    },
  });
  if (!first) return undefined;
  try {
    doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
    return undefined;
  } catch (error) {
    // Other errors (an alias to no anchor) are the composer's to report.
    if (!(error instanceof Error) || !error.message.includes('Excessive alias count')) return undefined;
    return new YAMLParseError(first, 'RESOURCE_EXHAUSTION', `aliases (*name) here would expand to more than ${MAX_YAML_ALIAS_COUNT} values (an alias bomb): charterlint does not expand them`);
  }
}
