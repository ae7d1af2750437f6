/** Reading validator errors: which ones to keep, and what they carry. */
import type { ErrorObject } from 'ajv';

/**
 * anyOf/oneOf fail with one error per branch plus their own. Keep the branch the value's type
 * fits (its errors are about the content), else one "must be X or Y" error for the whole choice.
 */
export function mostUseful(errors: readonly ErrorObject[]): ErrorObject[] {
  let out = [...errors];
  const alternatives = out.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length); // innermost first
  for (const alt of alternatives) {
    const prefix = `${alt.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of out) {
      if (!e.schemaPath.startsWith(prefix)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    const branchErrors = [...branches.values()].flat();
    const dropped = new Set<ErrorObject>(branchErrors);
    if (branchErrors.length === 0 || param(alt, 'passingSchemas') != null) {
      out = out.filter((e) => !dropped.has(e)); // oneOf matched twice: the alternative itself is the message
      continue;
    }
    dropped.add(alt);
    const wrongType = (list: ErrorObject[]): boolean => list.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath);
    const fitting = [...branches.values()].filter((list) => !wrongType(list)).sort((a, b) => a.length - b.length)[0];
    out = [...out.filter((e) => !dropped.has(e)), ...(fitting ?? [mergedTypeError(alt, branchErrors)])];
  }
  // An enum error already lists what is allowed; a type error on the same value adds nothing.
  const enums = new Set(out.filter((e) => e.keyword === 'enum').map((e) => e.instancePath));
  return out.filter((e) => !(e.keyword === 'type' && enums.has(e.instancePath)));
}

function mergedTypeError(alt: ErrorObject, branchErrors: ErrorObject[]): ErrorObject {
  const own = branchErrors.filter((e) => e.keyword === 'type' && e.instancePath === alt.instancePath);
  const types = [...new Set(own.flatMap((e) => asArray(param(e, 'type')).map(String)))];
  const properties = Object.fromEntries(own.flatMap((e) => keysOf(e.parentSchema).map((k) => [k, true])));
  return { ...alt, keyword: 'type', params: { type: types }, parentSchema: { properties } };
}

/** The keys a (sub)schema declares: what a mapping may hold. */
export function keysOf(schemaObject: unknown): string[] {
  if (typeof schemaObject !== 'object' || schemaObject === null) return [];
  const properties = (schemaObject as { properties?: unknown }).properties;
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
}

export function param(error: ErrorObject, name: string): unknown {
  return (error.params as Record<string, unknown>)[name];
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}
