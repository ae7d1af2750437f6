import assert from 'node:assert/strict';
import { Document, parseDocument } from 'yaml';
import schema from '../../../schemas/charter.schema.json';
import { pack } from '../../../server/src/engine/i18n';
import { validateCharter } from '../../../server/src/engine/schema/validate';

type SchemaNode = {
  $ref?: string; title?: string; description?: string; examples?: unknown[]; type?: string | string[]; enum?: unknown[];
  properties?: Record<string, SchemaNode>; items?: SchemaNode; patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
};
const root = schema as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

function resolve(node: SchemaNode): SchemaNode {
  return node.$ref ? root.definitions[node.$ref.replace('#/definitions/', '')]! : node;
}

/** `organisation.roles[].title` -> the schema of that key. */
function at(path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const part of path.split('.')) {
    const list = part.endsWith('[]');
    node = node?.properties?.[list ? part.slice(0, -2) : part];
    if (node && list) node = node.items;
    if (node) node = resolve(node);
  }
  return node;
}

/** The key paths of checklist.md section 5: a contract, never renamed. */
const CONTRACT = [
  'type', 'title', 'language', 'lang', 'territory.name', 'territory.level', 'adopted.date', 'adopted.act',
  'governance.body.name', 'governance.body.members', 'governance.body.mandate', 'governance.innovation',
  'governance.usage.internal', 'governance.usage.territory', 'governance.ecosystem', 'governance.cityNetworks',
  'governance.intercommunal', 'data.territorialInterest.categories', 'data.territorialInterest.sharing',
  'data.interoperability.technical', 'data.interoperability.legal', 'data.reversibility.datasets',
  'data.reversibility.formats', 'data.reversibility.timing', 'data.rawData', 'organisation.training',
  'organisation.roles[].title', 'organisation.roles[].holder', 'organisation.roles[].mission',
  'organisation.sponsor.title', 'organisation.sponsor.holder', 'impact.pilots[].useCase', 'impact.pilots[].scale',
  'impact.pilots[].maturity', 'impact.kpis[].indicator', 'impact.kpis[].target', 'impact.kpis[].unit',
  'impact.kpis[].deadline', 'impact.measurement.costs', 'impact.measurement.productivity',
  'impact.measurement.serviceQuality', 'impact.measurement.carbonFootprint', 'citizens.communication',
  'citizens.consultation.stage', 'citizens.consultation.methods', 'citizens.selfData', 'citizens.followUp.owner',
  'citizens.followUp.cadence',
];
const LISTS = [
  'governance.cityNetworks', 'data.interoperability.technical', 'data.interoperability.legal', 'data.reversibility.datasets',
  'data.reversibility.formats', 'organisation.roles', 'impact.pilots', 'impact.kpis', 'citizens.consultation.methods',
];

/** Every key the schema declares, with list items written `[]`. */
function allKeys(node: SchemaNode, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path);
    const own = resolve(child);
    out.push(...allKeys(own, path));
    if (own.items) out.push(...allKeys(resolve(own.items), `${path}[]`));
  }
  return out;
}

/** A YAML charter holding `value` at `path` (`[]` makes a one-item list). */
function charterWith(path: string, value: unknown): Document.Parsed {
  const top: Record<string, unknown> = {};
  let here: Record<string, unknown> = top;
  const parts = path.split('.');
  parts.forEach((part, i) => {
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    const last = i === parts.length - 1;
    if (last && !list) here[key] = value;
    else {
      const next: Record<string, unknown> = {};
      here[key] = list ? [last ? value : next] : next;
      here = next;
    }
  });
  return parseDocument(new Document(top).toString());
}

describe('charter schema contract', () => {
  it('declares every key of checklist.md section 5', () => {
    for (const path of CONTRACT) assert.ok(at(path), path);
  });

  it('gives every key a title, a bilingual description and examples, for hover and completion', () => {
    const keys = allKeys(root);
    assert.ok(keys.length > 60, `${keys.length} keys`);
    for (const path of keys) {
      const node = at(path)!;
      assert.ok(node.title, `${path}: title`);
      assert.match(node.description ?? '', / \/ /, `${path}: "EN / FR" description`);
      assert.ok(Array.isArray(node.examples) && node.examples.length > 0, `${path}: examples`);
    }
  });

  it('keeps its examples valid, so that completing one never creates an error', () => {
    for (const path of allKeys(root)) {
      for (const example of at(path)!.examples ?? []) {
        assert.deepEqual(validateCharter(charterWith(path, example), 'en'), [], `${path}: ${JSON.stringify(example)}`);
      }
    }
  });

  it('is strict on key names under every mapping, with notes, description and x- keys allowed', () => {
    for (const path of ['', ...allKeys(root)]) {
      const node = path ? at(path)! : root;
      for (const mapping of [node, node.items ? resolve(node.items) : undefined]) {
        if (!mapping?.properties) continue;
        assert.equal(mapping.additionalProperties, false, `${path}: additionalProperties`);
        assert.ok(mapping.patternProperties?.['^x-'], `${path}: x- keys`);
        assert.ok(mapping.properties.notes && mapping.properties.description, `${path}: notes and description`);
      }
    }
  });

  it('requires lists where the contract has lists', () => {
    for (const path of LISTS) {
      const types = [at(path)!.type].flat();
      assert.ok(types.includes('array') && !types.includes('string'), `${path}: ${types.join(',')}`);
    }
  });

  it('keeps the enumerations of the specification', () => {
    assert.deepEqual(at('type')!.enum, [
      'charter', 'usage-framework', 'partnership-agreement', 'charte', 'cadre-d-utilisation', 'convention-de-partenariat', null,
    ]);
    assert.deepEqual(at('territory.level')!.enum, ['commune', 'epci', 'metropole', 'departement', 'region', null]);
    assert.deepEqual(at('citizens.consultation.stage')!.enum, ['upstream', 'during', 'after', null]);
    assert.deepEqual(at('language')!.enum, ['fr', 'en', null]);
  });

  it('accepts every YAML quick-fix template, in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      for (const [code, elements] of Object.entries(pack(language).yaml)) {
        for (const [element, [path, value]] of Object.entries(elements)) {
          assert.deepEqual(validateCharter(charterWith(path, value), 'en'), [], `${language} ${code}.${element} at ${path}`);
        }
      }
    }
  });
});
