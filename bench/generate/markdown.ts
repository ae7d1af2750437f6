import type { DocType, Lang } from './bank';
import { APPLICABLE, DocContext } from './context';

/** Text that grows to a size in bytes (UTF-8), counted as it is appended. */
class Sink {
  private readonly parts: string[] = [];
  bytes = 0;

  add(...blocks: string[]): void {
    for (const block of blocks) {
      const text = `${block}\n\n`;
      this.parts.push(text);
      this.bytes += Buffer.byteLength(text);
    }
  }

  text(): string {
    return this.parts.join('').replace(/\n+$/, '\n');
  }
}

/**
 * A Markdown charter, usage framework or partnership agreement of about `targetBytes` (never
 * less): the body a city would adopt, then annexes (agreements with operators, inventories of
 * datasets) until the size is reached, as in the compendiums large authorities publish.
 */
export function markdownDocument(lang: Lang, type: DocType, targetBytes: number, seed: string): string {
  const ctx = new DocContext(lang, type, seed);
  const out = new Sink();
  const { bank } = ctx;
  out.add(`---\ntype: ${bank.typeValue[type]}\nlang: ${lang}\n---`);
  out.add(`# ${ctx.sentence(ctx.r.pick(bank.title[type]))}`);
  if (type === 'partnership-agreement') {
    out.add(...bank.agreement.parties.map((p) => ctx.fill(p)));
    agreementBody(ctx, out, 2, 1);
  } else {
    out.add(ctx.fill(ctx.r.pick(bank.adopted)));
    out.add(...ctx.r.sample(bank.preamble, type === 'charter' ? ctx.r.int(2, 4) : 1).map((p) => ctx.sentence(p)));
    body(ctx, out);
  }
  for (let annex = 1; out.bytes < targetBytes; annex++) {
    if (annex % 2 === 1 && targetBytes - out.bytes > 3000) {
      ctx.nextPartner();
      out.add(`## ${ctx.fill(bank.agreement.annexTitle.replace('{n}', String(annex)))}`);
      agreementBody(ctx, out, 3, 1);
    } else {
      inventory(ctx, out, annex, targetBytes);
    }
  }
  return out.text();
}

/** The articles of a charter (by axis) or of a usage framework (flat). */
function body(ctx: DocContext, out: Sink): void {
  const { bank, type } = ctx;
  const applicable = APPLICABLE[type];
  let article = 1;
  const articleOf = (heading: string, paragraphs: string[], level: string) => {
    out.add(`${level} ${bank.article(article++, heading)}`, ...paragraphs.map((p) => ctx.sentence(p)));
  };
  if (ctx.r.chance(0.5)) articleOf(bank.generic[0]![0], bank.generic[0]![1], '##');
  for (let axis = 0; axis < 5; axis++) {
    const codes = applicable.filter((code) => axisOf(code) === axis);
    if (codes.length === 0) continue;
    if (type === 'charter') out.add(`## ${ctx.lang === 'fr' ? 'Axe' : 'Part'} ${axis + 1} – ${bank.axes[axis]}`);
    for (const code of codes) {
      const check = bank.checks[code]!;
      const status = ctx.status();
      if (status === 'missing') continue;
      const variants = status === 'partial' && check.partial.length > 0 ? check.partial : check.full;
      articleOf(check.heading, ctx.r.pick(variants), type === 'charter' ? '###' : '##');
    }
  }
  out.add(`## ${bank.finalAxis}`);
  for (const [heading, paragraphs] of bank.generic.slice(1)) {
    if (ctx.r.chance(0.6)) articleOf(heading, paragraphs, '###');
  }
}

/** An agreement with an operator: the whole document, or one annex of a charter. */
function agreementBody(ctx: DocContext, out: Sink, level: number, first: number): void {
  const { bank } = ctx;
  const a = bank.agreement;
  const h = '#'.repeat(level);
  let n = first;
  const article = (heading: string, ...paragraphs: string[]) => out.add(`${h} ${bank.article(n++, heading)}`, ...paragraphs);
  article(ctx.lang === 'fr' ? 'Objet' : 'Purpose', ctx.sentence(a.object));
  if (ctx.status() !== 'missing') article(a.dataArticle[0], ctx.sentence(a.dataArticle[1]));
  if (ctx.status() !== 'missing') article(a.standardsArticle[0], ctx.sentence(a.standardsArticle[1]));
  const kpis = ctx.r.sample(ctx.service.kpis, ctx.r.int(2, 4)).map((k) => `- ${bank.kpiLine(k, ctx.target(k))}`);
  article(a.kpiArticle[0], ctx.sentence(a.kpiArticle[1]), kpis.join('\n'));
  const reversibility = ctx.status();
  if (reversibility !== 'missing') {
    const [heading, clause, formats] = a.reversibilityArticle;
    article(heading, ctx.sentence(clause), ...(reversibility === 'covered' ? [ctx.sentence(formats)] : []));
  }
  article(a.followUpArticle[0], ctx.sentence(a.followUpArticle[1]));
}

/** A table of the datasets in the catalogue, up to 80 rows or the target size. */
function inventory(ctx: DocContext, out: Sink, annex: number, targetBytes: number): void {
  const inv = ctx.bank.inventory;
  out.add(`## ${ctx.fill(inv.title.replace('{n}', String(annex)))}`, ctx.sentence(inv.intro));
  const rows = [`| ${inv.columns.join(' | ')} |`, `|${inv.columns.map(() => ' --- ').join('|')}|`];
  let bytes = out.bytes + Buffer.byteLength(rows.join('\n'));
  for (let i = 0; i < 80 && bytes < targetBytes; i++) {
    const service = ctx.r.pick(ctx.bank.services);
    const dataset = ctx.r.pick(service.data);
    const row = `| ${dataset.charAt(0).toUpperCase()}${dataset.slice(1)} – ${service.name} | ${ctx.r.pick(inv.producers)} | ${ctx.r.pick(service.formats)} | ${ctx.r.pick(inv.licences)} | ${ctx.r.pick(inv.frequencies)} |`;
    rows.push(row);
    bytes += Buffer.byteLength(row) + 1;
  }
  out.add(rows.join('\n'));
}

function axisOf(code: string): number {
  const n = Number(code.slice(1));
  return n <= 5 ? 0 : n <= 8 ? 1 : n <= 10 ? 2 : n <= 13 ? 3 : 4;
}
