import { stringify } from 'yaml';
import type { DocType, Lang } from './bank';
import { APPLICABLE, DocContext, type Status } from './context';

type Json = string | number | Json[] | { [key: string]: Json };

/**
 * A YAML charter that follows schemas/charter.schema.json, of about `targetBytes` (never less).
 * Large ones grow as large authorities' files do: more indicators, datasets, pilots and roles
 * (one batch per agreement with an operator), and a dataset inventory under an `x-` key.
 */
export function yamlDocument(lang: Lang, type: DocType, targetBytes: number, seed: string): string {
  const ctx = new DocContext(lang, type, seed);
  const doc = core(ctx);
  const header = `# yaml-language-server: $schema=../schemas/charter.schema.json\n# ${ctx.sentence(ctx.r.pick(ctx.bank.title[type]))}\n`;
  let text = header + stringify(doc, { lineWidth: 100 });
  // Grow by the bytes still missing, estimated from JSON and corrected by how much longer the YAML
  // of the last batch came out; stringify again until the size is reached.
  let bytes = Buffer.byteLength(text);
  let ratio = 1.2;
  while (bytes < targetBytes) {
    const estimated = grow(ctx, doc, (0.98 * (targetBytes - bytes)) / ratio);
    text = header + stringify(doc, { lineWidth: 100 });
    const grown = Buffer.byteLength(text);
    ratio = (grown - bytes) / estimated;
    bytes = grown;
  }
  return text;
}

/** The charter itself: each applicable check covered, partial or missing. */
function core(ctx: DocContext): Record<string, Json> {
  const { bank } = ctx;
  const status = new Map(APPLICABLE[ctx.type].map((code) => [code, ctx.status()]));
  const para = (code: string, which: Status = status.get(code) ?? 'missing'): string => {
    const check = bank.checks[code]!;
    const variants = which === 'partial' && check.partial.length > 0 ? check.partial : check.full;
    return ctx.r.pick(variants).map((p) => ctx.sentence(p)).join(' ');
  };
  const has = (code: string) => (status.get(code) ?? 'missing') !== 'missing';
  const full = (code: string) => status.get(code) === 'covered';
  const doc: Record<string, Json> = {
    type: bank.typeValue[ctx.type],
    title: ctx.sentence(ctx.r.pick(bank.title[ctx.type])),
    language: ctx.lang,
    territory: { name: ctx.city.name, level: ctx.city.level },
    adopted: { date: ctx.isoDate(), act: ctx.fill(ctx.r.pick(bank.adopted)) },
  };
  const governance: Record<string, Json> = {};
  if (has('P01')) {
    governance.body = {
      name: bank.checks.P01!.heading,
      members: lang(ctx, 'Élu délégué au numérique;Administrateur général des données;Délégué à la protection des données;Deux personnalités qualifiées', 'Deputy Mayor for Digital;Chief Data Officer;Data Protection Officer;Two independent members').split(';'),
      mandate: para('P01', 'partial'),
    };
    if (full('P01')) governance.innovation = para('P01', 'covered');
  }
  if (has('P02')) governance.usage = full('P02') ? { internal: para('P02', 'partial'), territory: para('P02', 'covered') } : { internal: para('P02') };
  if (has('P03')) governance.ecosystem = para('P03');
  if (has('P04')) governance.cityNetworks = ctx.r.sample(bank.networks, ctx.r.int(1, 3));
  if (has('P05')) governance.intercommunal = para('P05');
  const data: Record<string, Json> = {};
  if (has('P06')) data.territorialInterest = { categories: ctx.r.sample(ctx.service.data, 3), ...(full('P06') ? { sharing: para('P06') } : {}) };
  if (has('P07')) data.interoperability = { technical: ctx.service.standards, ...(full('P07') ? { legal: ['Licence Ouverte Etalab 2.0', 'ODbL'] } : {}) };
  if (has('P08')) {
    data.reversibility = { datasets: ctx.r.sample(ctx.service.data, 3), formats: full('P08') ? ctx.service.formats : [], timing: para('P08', 'partial') };
    data.rawData = para('P08', 'covered');
  }
  const organisation: Record<string, Json> = {};
  if (has('P09')) organisation.training = para('P09');
  if (has('P10')) {
    organisation.roles = [role(ctx)];
    if (full('P10')) organisation.sponsor = { title: lang(ctx, 'Adjointe au maire déléguée au numérique', 'Deputy Mayor for Digital'), holder: 'Claire Rouvière' };
  }
  const impact: Record<string, Json> = {};
  if (has('P11')) impact.pilots = [pilot(ctx, full('P11'))];
  if (has('P12')) impact.kpis = ctx.service.kpis.map((k) => kpi(ctx, k, full('P12')));
  if (has('P13')) impact.measurement = measurement(ctx, full('P13'));
  const citizens: Record<string, Json> = {};
  if (has('P14')) citizens.communication = para('P14');
  if (has('P15')) {
    citizens.consultation = { stage: full('P15') ? 'upstream' : 'after', methods: [para('P15', 'partial')] };
    if (full('P15')) citizens.selfData = para('P15', 'covered');
  }
  if (has('P16')) citizens.followUp = { owner: para('P16', 'partial'), ...(full('P16') ? { cadence: para('P16', 'covered') } : {}) };
  for (const [key, value] of [['governance', governance], ['data', data], ['organisation', organisation], ['impact', impact], ['citizens', citizens]] as const) {
    if (Object.keys(value).length > 0) doc[key] = value;
  }
  return doc;
}

/** Adds about `bytes` of content (as JSON): an agreement's indicators, datasets and pilots, or inventory rows. */
function grow(ctx: DocContext, doc: Record<string, Json>, bytes: number): number {
  let added = 0;
  const push = (path: string[], item: Json) => {
    let node = doc as Record<string, Json>;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, Json>;
    const last = path[path.length - 1]!;
    ((node[last] ??= []) as Json[]).push(item);
    added += JSON.stringify(item).length;
  };
  const inv = ctx.bank.inventory;
  while (added < bytes) {
    ctx.nextPartner();
    const agreement = `${ctx.service.name} (${ctx.operator})`;
    if (ctx.r.chance(0.5)) {
      for (const k of ctx.r.sample(ctx.service.kpis, ctx.r.int(2, 4))) push(['impact', 'kpis'], kpi(ctx, `${k} – ${agreement}`, ctx.r.chance(0.8)));
      for (const d of ctx.r.sample(ctx.service.data, 2)) push(['data', 'reversibility', 'datasets'], `${d} – ${agreement}`);
      if (ctx.r.chance(0.3)) push(['impact', 'pilots'], pilot(ctx, true));
      if (ctx.r.chance(0.2)) push(['organisation', 'roles'], role(ctx));
    } else {
      for (let i = 0; i < 10; i++) {
        const service = ctx.r.pick(ctx.bank.services);
        push(['x-inventory'], {
          dataset: `${ctx.r.pick(service.data)} – ${service.name}`, producer: ctx.r.pick(inv.producers),
          format: ctx.r.pick(service.formats), licence: ctx.r.pick(inv.licences), updated: ctx.r.pick(inv.frequencies),
        });
      }
    }
  }
  return added;
}

function kpi(ctx: DocContext, indicator: string, quantified: boolean): Json {
  const pct = !/délai|time|nombre|trips|ridership/i.test(indicator);
  return quantified
    ? { indicator, target: pct ? ctx.r.int(85, 99) : ctx.r.int(2, 60), unit: pct ? '%' : lang(ctx, 'jours', 'days'), deadline: ctx.isoDate() }
    : { indicator };
}

function pilot(ctx: DocContext, limited: boolean): Json {
  const useCase = lang(ctx, `Expérimentation : ${ctx.service.name}`, `Pilot: ${ctx.service.name}`);
  return limited
    ? { useCase, scale: lang(ctx, `Quartier n° ${ctx.r.int(1, 40)}`, `Neighbourhood ${ctx.r.int(1, 40)}`), maturity: lang(ctx, "Cas d'usage mature, généralisé après évaluation", 'Mature use case, scaled up after evaluation') }
    : { useCase };
}

function role(ctx: DocContext): Json {
  return ctx.lang === 'fr'
    ? { title: 'Administrateur général des données', holder: `Direction de la donnée (${ctx.service.name})`, mission: "Développer l'usage des données au sein de l'administration." }
    : { title: 'Chief Data Officer', holder: `Data office (${ctx.service.name})`, mission: 'Develop the use of data across the administration.' };
}

function measurement(ctx: DocContext, all: boolean): Json {
  const fr = ctx.lang === 'fr';
  const m: Record<string, Json> = {
    costs: fr ? 'Coût complet de chaque projet et économies réalisées.' : 'Full cost of each project and the savings it brings.',
    serviceQuality: fr ? 'Satisfaction des usagers et délais de réponse.' : 'User satisfaction and response times.',
  };
  if (all) {
    m.productivity = fr ? 'Gain de temps pour les agents, en heures par mois.' : 'Staff time saved, in hours a month.';
    m.carbonFootprint = fr ? 'Empreinte carbone en tonnes équivalent CO2.' : 'Carbon footprint in tonnes of CO2e.';
  }
  return m;
}

function lang(ctx: DocContext, fr: string, en: string): string {
  return ctx.lang === 'fr' ? fr : en;
}
