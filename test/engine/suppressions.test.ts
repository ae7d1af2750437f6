import assert from 'node:assert/strict';
import { lint, toSnippet } from '../../server/src/engine';

const charter = (extra: string) => `---\ntype: charte\nlang: fr\n---\n${extra}\n# Charte de la donnée de Test\n\nLa commune adhère à OpenDataFrance.\n`;

describe('suppression comments', () => {
  it('turns a check off, reports it as off, and needs no other diagnostic', () => {
    const r = lint({ text: charter('<!-- charterlint-disable P03, intercommunal-policy -- compétence de la métropole -->'), filePath: 'c.md' });
    assert.equal(r.coverage.P03, 'off');
    assert.equal(r.coverage.P05, 'off');
    assert.equal(r.coverage.P01, 'missing');
    assert.ok(!r.diagnostics.some((d) => d.ruleId === 'P03' || d.ruleId === 'P05'));
    assert.ok(!r.diagnostics.some((d) => d.ruleId === 'suppression-reason' || d.ruleId === 'unused-suppression'));
  });

  it('warns when the reason is missing', () => {
    const r = lint({ text: charter('<!-- charterlint-disable P03 -->'), filePath: 'c.md' });
    const d = r.diagnostics.find((x) => x.ruleId === 'suppression-reason');
    assert.equal(d?.severity, 'warning');
    assert.equal(r.coverage.P03, 'off');
  });

  it('reports an unused suppression (the check is covered) and an unknown rule', () => {
    const r = lint({ text: charter('<!-- charterlint-disable P04, P99 -- historique -->'), filePath: 'c.md' });
    const unused = r.diagnostics.filter((x) => x.ruleId === 'unused-suppression');
    assert.equal(unused.length, 2, unused.map((u) => u.message).join('\n'));
    assert.ok(unused.some((u) => u.message.includes('P99')));
    assert.ok(unused.some((u) => u.message.includes('P04')));
  });

  it('works as a YAML comment', () => {
    const r = lint({ text: '# charterlint-disable P08 -- pas de contrat en cours\ntype: charter\ngovernance:\n  body:\n    name: Comité\n', filePath: 'c.yaml' });
    assert.equal(r.coverage.P08, 'off');
    assert.ok(!r.diagnostics.some((d) => d.ruleId === 'P08'));
  });

  it('is not read from ordinary text', () => {
    const r = lint({ text: charter('Le mot charterlint-disable P03 dans une phrase ne désactive rien.'), filePath: 'c.md' });
    assert.equal(r.coverage.P03, 'missing');
  });
});

describe('configuration through LintOptions', () => {
  it('extra vocabulary makes a city’s own title count', () => {
    const text = '---\ntype: charte\n---\n# Charte\n\n## Organisation\n\nLa cheffe du service Intelligence territoriale développe les usages. L’élue référente au numérique porte la démarche.\n';
    assert.equal(lint({ text, filePath: 'c.md' }).coverage.P10, 'partial');
    const extended = lint({ text, filePath: 'c.md' }, { vocabulary: { P10: { role: ['service Intelligence territoriale'] } } });
    assert.equal(extended.coverage.P10, 'covered');
  });

  it('a rule set to off or to another severity', () => {
    const text = charter('');
    const off = lint({ text, filePath: 'c.md' }, { rules: { P08: 'off' } });
    assert.equal(off.coverage.P08, 'off');
    const info = lint({ text, filePath: 'c.md' }, { rules: { P08: 'info' } });
    assert.equal(info.diagnostics.find((d) => d.ruleId === 'P08')?.severity, 'info');
    assert.equal(lint({ text, filePath: 'c.md' }).diagnostics.find((d) => d.ruleId === 'P08')?.severity, 'error');
  });

  it('messages follow the locale, templates the document language', () => {
    const text = charter('');
    const en = lint({ text, filePath: 'c.md' }, { locale: 'en' }).diagnostics.find((d) => d.ruleId === 'P08')!;
    const fr = lint({ text, filePath: 'c.md' }, { locale: 'fr' }).diagnostics.find((d) => d.ruleId === 'P08')!;
    assert.match(en.message, /reversibility clause/i);
    assert.match(fr.message, /clause de réversibilité/i);
    assert.match(en.fix!.insertions[0]!.text, /Réversibilité des données/);
    assert.match(en.fix!.title, /^Insert/);
  });
});

describe('snippets', () => {
  it('turns placeholders into tab stops that keep their braces and escapes the rest', () => {
    assert.equal(toSnippet('Coût : 5 $ {{montant}} et {{délai}}'), 'Coût : 5 \\$ ${1:{{montant\\}\\}} et ${2:{{délai\\}\\}}');
  });

  it('takes a placeholder where one starts, across braces and line breaks, and escapes every other $, } and \\', () => {
    assert.equal(toSnippet('{{{a}}} $x'), '{${1:{{a\\}\\}}\\} \\$x');
    assert.equal(toSnippet('a}}{{b}}$\\c'), 'a\\}\\}${1:{{b\\}\\}}\\$\\\\c');
    assert.equal(toSnippet('{{a\nb}}'), '{{a\nb\\}\\}');
    assert.equal(toSnippet('{{}}{{$}}'), '${1:{{\\}\\}}${2:{{\\$\\}\\}}');
  });
});
