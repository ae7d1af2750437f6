import schema from '../../../schemas/charter.schema.json';
import { CHECKS, type CheckCode, type Locale } from '../engine';

/** The part of JSON Schema that schemas/charter.schema.json uses. */
export interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
  title?: string;
  description?: string;
}

const ROOT = schema as unknown as SchemaNode & { definitions?: Record<string, SchemaNode> };

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let depth = 0; current?.$ref && depth < 10; depth++) {
    const name = /^#\/definitions\/(.+)$/.exec(current.$ref)?.[1];
    current = name ? ROOT.definitions?.[name] : undefined;
  }
  return current;
}

/** The schema of the value at a key path (list items by index), or undefined where the schema says nothing. */
export function schemaAt(path: ReadonlyArray<string | number>): SchemaNode | undefined {
  let node: SchemaNode | undefined = ROOT;
  for (const segment of path) {
    node = resolve(node);
    if (!node) return undefined;
    node = typeof segment === 'number' ? node.items : Object.hasOwn(node.properties ?? {}, segment) ? node.properties![segment] : undefined;
  }
  return resolve(node);
}

export function typesOf(node: SchemaNode): string[] {
  return node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
}

/** The schema's texts are "English / Français": the half in the user's locale. */
export function localized(text: string | undefined, locale: Locale): string | undefined {
  if (text === undefined) return undefined;
  const halves = text.split(' / ');
  return halves.length === 2 ? halves[locale === 'en' ? 0 : 1] : text;
}

/** Checks whose YAML scope is this key path or holds it (`data.reversibility.formats` → P08). */
export function checksOfKeyPath(path: ReadonlyArray<string | number>): CheckCode[] {
  const dotted = path.filter((s): s is string => typeof s === 'string').join('.');
  return CHECKS.filter((c) => c.yamlKeys.some((k) => dotted === k || dotted.startsWith(`${k}.`))).map((c) => c.code);
}
