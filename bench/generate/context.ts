import { Random } from '../lib/random';
import type { Bank, City, DocType, Lang, Service } from './bank';
import { EN } from './bank-en';
import { FR } from './bank-fr';

export const BANKS: Record<Lang, Bank> = { fr: FR, en: EN };

/** Which checks a document type is held to (checklist.md §1). */
export const APPLICABLE: Record<DocType, string[]> = {
  charter: Array.from({ length: 16 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`),
  'usage-framework': ['P02', 'P07', 'P08', 'P09', 'P10', 'P15', 'P16'],
  'partnership-agreement': ['P06', 'P07', 'P08', 'P12', 'P13', 'P16'],
};

export type Status = 'covered' | 'partial' | 'missing';

const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** One document being generated: its language, authority, and a seeded stream of choices. */
export class DocContext {
  readonly r: Random;
  readonly bank: Bank;
  readonly city: City;
  readonly year: number;
  service: Service;
  operator: string;

  constructor(readonly lang: Lang, readonly type: DocType, seed: string) {
    this.r = new Random(seed);
    this.bank = BANKS[lang];
    this.city = this.r.pick(this.bank.cities);
    this.year = this.r.int(2019, 2025);
    this.service = this.r.pick(this.bank.services);
    this.operator = this.r.pick(this.bank.operators);
  }

  /** A new service and operator (the next annexed agreement). */
  nextPartner(): void {
    this.service = this.r.pick(this.bank.services);
    this.operator = this.r.pick(this.bank.operators);
  }

  /** Most checks covered, some partial, a few missing: what real charters look like. */
  status(): Status {
    const x = this.r.next();
    return x < 0.62 ? 'covered' : x < 0.87 ? 'partial' : 'missing';
  }

  date(): string {
    const day = this.r.int(1, 28);
    const month = MONTHS[this.lang][this.r.int(0, 11)];
    return this.lang === 'fr' ? `${day === 1 ? '1er' : day} ${month} ${this.year}` : `${day} ${month} ${this.year}`;
  }

  isoDate(): string {
    return `${this.year + this.r.int(0, 2)}-${String(this.r.int(1, 12)).padStart(2, '0')}-${String(this.r.int(1, 28)).padStart(2, '0')}`;
  }

  /** A quantified target for an indicator: a delay, a count or a percentage, as its name says. */
  target(indicator: string): string {
    const fr = this.lang === 'fr';
    const kind = /délai|time/i.test(indicator) ? 1 : /nombre|fréquentation|trajets|réclamations|ridership|trips|complaints/i.test(indicator) ? 2 : 0;
    switch (kind) {
      case 0: return fr ? `au moins ${this.r.int(85, 99)} % au ${this.date()}` : `at least ${this.r.int(85, 99)}% by ${this.date()}`;
      case 1: return fr ? `au plus ${this.r.int(2, 30)} jours` : `within ${this.r.int(2, 30)} days`;
      default: return fr ? `${this.r.int(2, 40) * 100} par jour en moyenne au ${this.date()}` : `${this.r.int(2, 40) * 100} a day on average by ${this.date()}`;
    }
  }

  /** Replaces the {slots} of a template; numbers and dates are drawn anew at each slot. */
  fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (all, slot: string) => {
      switch (slot) {
        case 'city': return this.city.name;
        case 'short': return this.city.short;
        case 'Short': return this.city.short.charAt(0).toUpperCase() + this.city.short.slice(1);
        case 'council': return this.city.council;
        case 'operator': return this.operator;
        case 'service': return this.service.name;
        case 'network': return this.r.pick(this.bank.networks);
        case 'n': return String(this.r.int(2, 30));
        case 'n2': return String(this.r.int(10, 240));
        case 'pct': return String(this.r.int(85, 99));
        case 'days': return String(this.r.pick([15, 30, 45, 60, 90]));
        case 'year': return String(this.year);
        case 'date': return this.date();
        case 'data': return this.bank.list(this.r.sample(this.service.data, this.r.int(2, 4)));
        case 'formats': return this.bank.list(this.r.sample(this.service.formats, this.r.int(1, 3)));
        case 'standards': return this.bank.list(this.r.sample(this.service.standards, this.r.int(1, 2)));
        default: return all;
      }
    });
  }

  /** Capitalises the first letter (slots such as {short} may open a sentence). */
  sentence(template: string): string {
    const text = this.fill(template);
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
}
