/** What a language contributes to the generated charters: words, phrases and paragraph templates. */
export type Lang = 'fr' | 'en';
export type DocType = 'charter' | 'usage-framework' | 'partnership-agreement';

export interface City {
  name: string;
  short: string;
  /** The assembly that adopts: « conseil métropolitain », "City Council". */
  council: string;
  /** YAML `territory.level`. */
  level: 'commune' | 'epci' | 'metropole';
}

export interface Service {
  name: string;
  data: string[];
  standards: string[];
  formats: string[];
  kpis: string[];
}

export interface CheckText {
  heading: string;
  /** Paragraphs that cover the check; each variant is a list of paragraphs. */
  full: string[][];
  /** Paragraphs that address it with an element missing. */
  partial: string[][];
}

/**
 * Templates use {slots}: {city} {short} {council} {operator} {service} {network} {n} {n2} {pct}
 * {days} {year} {date} {data} {formats} {standards} {members}. See fill() in charter.ts.
 */
export interface Bank {
  lang: Lang;
  cities: City[];
  operators: string[];
  networks: string[];
  services: Service[];
  typeValue: Record<DocType, string>;
  title: Record<DocType, string[]>;
  adopted: string[];
  preamble: string[];
  axes: [string, string, string, string, string];
  article: (n: number, heading: string) => string;
  checks: Record<string, CheckText>;
  /** Generic articles that any charter carries (definitions, final provisions…): [heading, paragraphs]. */
  generic: Array<[string, string[]]>;
  finalAxis: string;
  agreement: {
    parties: string[];
    annexTitle: string;
    object: string;
    dataArticle: [string, string];
    standardsArticle: [string, string];
    kpiArticle: [string, string];
    reversibilityArticle: [string, string, string];
    followUpArticle: [string, string];
  };
  inventory: { title: string; intro: string; columns: string[]; producers: string[]; frequencies: string[]; licences: string[] };
  kpiLine: (kpi: string, target: string) => string;
  list: (items: string[]) => string;
}
