import fc from 'fast-check';
import { stringify } from 'yaml';

/**
 * fast-check arbitraries of charters as they arrive: half-written Markdown and YAML in French and
 * English, with front matter (sometimes left open), headings, lists, tables, suppression comments,
 * placeholders, accents and inclusive writing, CRLF or mixed line endings, a BOM, and junk pasted
 * from word processors or PDF converters.
 */

const WORDS = [
  // French charter vocabulary, with accents, elisions and inclusive writing.
  'la', 'collectivité', 'garantit', 'réversibilité', 'des', 'données', 'au', 'format', 'CSV', 'GeoJSON', 'ouvert',
  'comité', 'de', 'gouvernance', 'élu·e·s', 'référent(e)', "l'administratrice", 'données', 'métropole', 'intercommunal',
  'formation', 'agents', 'expérimentation', 'pilote', 'indicateurs', 'cible', '80 %', "d'ici", '2026', 'consultation',
  'citoyens', 'en', 'amont', 'self', 'data', 'campagne', 'information', 'habitants', 'rapport', 'annuel', 'porteur',
  'suivi', 'ne', 'pas', 'aucune', 'sans', 'frais', 'prévue', 'réseau', 'OpenDataFrance', 'standard', 'NeTEx', 'licence',
  'Etalab', 'contrat', 'fin', 'restitution', 'œuvre', 'Île-de-France', 'ÉLU', 'é', 'e\u0301',
  // English.
  'the', 'city', 'shall', 'return', 'all', 'data', 'in', 'open', 'formats', 'at', 'end', 'of', 'contract', 'board',
  'chief', 'officer', 'elected', 'sponsor', 'training', 'pilot', 'KPI', 'target', 'by', '2027', 'no', 'not', 'without',
  'residents', 'consulted', 'upstream', 'owner', 'review', 'DPO', 'GDPR', 'portability',
  // Things that are not words.
  '{{à compléter}}', '{{owner}}', '{{', '}}', '#', '##', '*', '**', '_', '`', '[lien](https://example.org)', '<br>', '&nbsp;',
  '|', '---', ':', '- ', '…', '—', '«', '»', '\u00a0', '\u202f', '\u200b', '\t', '\\', '"', "'",
];

const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
const inlineText = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

/** Text no charter contains: control characters, lone surrogates, emoji, long runs. */
const junk = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\ufffd', '\ud800', '\udfff', '😀', '\u2028', '\u2029', '\u0085', '\f', '\v'),
  fc.tuple(fc.constantFrom(' ', '\t', 'é', 'données ', '#', '-', '>', '[', '{{', '<!--', '*', '`'), fc.integer({ min: 1, max: 300 }))
    .map(([s, n]) => s.repeat(n)),
);

const heading = fc.tuple(fc.integer({ min: 1, max: 7 }), inlineText, fc.boolean())
  .map(([level, text, closed]) => `${'#'.repeat(level)} ${text}${closed ? ` ${'#'.repeat(level)}` : ''}`);
const setextHeading = fc.tuple(inlineText, fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const listItem = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom('- ', '* ', '+ ', '1. ', '2) '), inlineText)
  .map(([depth, bullet, text]) => `${'  '.repeat(depth)}${bullet}${text}`);
const list = fc.array(listItem, { minLength: 1, maxLength: 6 }).map((items) => items.join('\n'));
const table = fc.array(fc.tuple(inlineText, inlineText), { minLength: 1, maxLength: 4 })
  .map((rows) => ['| Élément | Valeur |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n'));
const suppression = fc.tuple(fc.constantFrom('P04', 'P08, P10', 'city-network', 'P99', ''), fc.option(inlineText))
  .map(([rules, reason]) => `<!-- charterlint-disable ${rules}${reason ? ` -- ${reason}` : ''} -->`);
const block = fc.oneof(
  { weight: 3, arbitrary: heading },
  { weight: 1, arbitrary: setextHeading },
  { weight: 4, arbitrary: paragraph },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: suppression },
  { weight: 1, arbitrary: fc.constantFrom('```', '```yaml\ntype: charter\n```', '> citation', '<!-- sans fin', '-->', '---', '***', '<div>', '\\') },
  { weight: 1, arbitrary: inlineText.map((t) => `> ${t}`) },
  { weight: 1, arbitrary: junk },
);

const frontMatter = fc.tuple(
  fc.subarray([
    fc.constantFrom('type: charter', 'type: charte', 'type: usage-framework', 'type: convention-de-partenariat', 'type: inconnu', 'type:', 'type: [a, b]'),
    fc.constantFrom('lang: fr', 'lang: en', 'langue: français', 'lang: xx'),
    inlineText.map((t) => `title: ${JSON.stringify(t)}`),
    fc.constantFrom('title: "non fermé', 'tags: [a, b', 'a: &x [1]\nb: *x', 'dup: 1\ndup: 2', '\tindent: tab'),
  ].map((a) => a), { minLength: 0 }),
  fc.boolean(),
).chain(([arbs, closed]) => fc.tuple(...arbs).map((lines) => `---\n${lines.join('\n')}${closed ? '\n---' : ''}`));

/** Line endings of a real mix: mostly one convention, some lines another (pasted text). */
export const lineEndings = fc.oneof(
  fc.constant(['\n']),
  fc.constant(['\r\n']),
  fc.constant(['\n', '\r\n']),
  fc.constant(['\n', '\r\n', '\r']),
);

function withEndings(text: string, endings: readonly string[], picks: readonly number[]): string {
  if (endings.length === 1 && endings[0] === '\n') return text;
  let i = 0;
  return text.split('\n').map((line, k, all) => (k === all.length - 1 ? line : line + endings[(picks[i++ % Math.max(1, picks.length)] ?? 0) % endings.length])).join('');
}

const finish = (body: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(body, lineEndings, fc.array(fc.nat(), { maxLength: 16 }), fc.boolean(), fc.constantFrom('', '\n', '\n\n'))
    .map(([text, endings, picks, bom, tail]) => `${bom ? '\uFEFF' : ''}${withEndings(text + tail, endings, picks)}`);

/** A Markdown charter, more or less. */
export const markdownCharter: fc.Arbitrary<string> = finish(
  fc.tuple(fc.option(frontMatter, { freq: 2 }), fc.array(block, { maxLength: 14 }), fc.constantFrom('\n\n', '\n', '\n\n\n'))
    .map(([fm, blocks, sep]) => [...(fm !== null ? [fm] : []), ...blocks].join(sep)),
);

const SCHEMA_KEYS = ['governance', 'data', 'organisation', 'impact', 'citizens'];
const KEYS = [
  ...SCHEMA_KEYS, 'type', 'lang', 'title', 'titre', 'body', 'board', 'members', 'usage', 'rules', 'formats', 'reversibility', 'territorialInterest',
  'standards', 'licence', 'roles', 'sponsor', 'training', 'pilots', 'kpis', 'target', 'measurement', 'communication', 'consultation',
  'stage', 'selfData', 'owner', 'cadence', 'network', 'intercommunal', 'contenu', 'articles', 'x-note', 'clé accentuée',
];
const key = fc.constantFrom(...KEYS);
const scalar = fc.oneof(inlineText, paragraph, fc.constantFrom('', 'upstream', 'after', 'yes', 'no', '~', '0', '3.14', 'CSV', '{{à compléter}}'), junk);

const yamlValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
})).value;

const yamlDocument = fc.tuple(
  fc.constantFrom('charter', 'usage-framework', 'partnership-agreement', 'charte', 'autre'),
  fc.dictionary(key, yamlValue, { maxKeys: 7 }),
  fc.constantFrom<'block' | 'flow' | 'mixed'>('block', 'block', 'flow', 'mixed'),
).map(([type, body, style]) => {
  const doc = { type, ...body };
  try {
    return stringify(doc, { lineWidth: 0, collectionStyle: style === 'flow' ? 'flow' : 'any' });
  } catch {
    return `type: ${type}\n`;
  }
});

/** Lines a hand-edited YAML file picks up: tabs, open quotes, duplicate keys, anchors, comments. */
const yamlJunkLine = fc.oneof(
  fc.constantFrom(
    '\tformats: [CSV]', 'title: "non fermé', "titre: 'ouvert", 'type: charter', 'data: &d {formats: [CSV]}', 'copy: *d', 'alias: *nowhere',
    '# charterlint-disable P08 -- reason', '# charterlint-disable P99', '- orphan', ': no key', '? complex key', '---', '...', '%YAML 1.2',
    'key: value: other', '[unclosed', '{a: 1', 'a: |', '  literal text', 'b: >-', '!!binary aGVsbG8=', '!custom tag',
  ),
  junk,
);

/** A YAML charter, schema-shaped or free-form, perhaps broken. */
export const yamlCharter: fc.Arbitrary<string> = finish(
  fc.tuple(yamlDocument, fc.array(fc.tuple(fc.nat(), yamlJunkLine), { maxLength: 4 })).map(([text, junkLines]) => {
    const lines = text.split('\n');
    for (const [at, line] of junkLines) lines.splice(at % (lines.length + 1), 0, line);
    return lines.join('\n');
  }),
);

/** Either kind, with the file name that selects the parser. */
export const charter: fc.Arbitrary<{ text: string; filePath: string }> = fc.oneof(
  markdownCharter.map((text) => ({ text, filePath: 'charte.md' })),
  yamlCharter.map((text) => ({ text, filePath: 'charte.yaml' })),
);
