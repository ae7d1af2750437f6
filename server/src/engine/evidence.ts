import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { CheckDefinition, YamlEvidence } from './checks/definition';
import type { CheckGroups } from './checks/groups';
import { planOf, type ElementPlan } from './checks/plan';
import { rowStartAt, type CharterModel, type Unit } from './model';
import type { Hit } from './text/matcher';
import { fold, isAnswered, saysNoneYet, UNDECIDED_STATUS } from './answers';
import { assignmentAt, tableCells } from './assigned';
import { foldWord } from './text/fold';
import { afterBlanks, continuesList, DEMONSTRATIVES } from './text/negation';
import { quantifiedTargets } from './text/target';
import type { PartComputation } from './text/local';
import { TextMemo } from './text/memo';
import { SpellingTest, type TokenStream } from './text/tokens';
import { hintsWithdrawal, mayOpenWithNo, mayOpenWithStatus, NO_CELL_START, STATUS_CELL } from './hints';
import type { Lexicon } from './vocabulary';
import type { DocumentType, OffsetRange } from './types';

/** One piece of evidence: where it is, and which unit of text holds it. */
export interface Evidence extends OffsetRange {
  unit: number;
  /** True for a YAML key's structural evidence (a non-empty key of the schema). */
  structural?: boolean;
}

export interface CheckEvidence {
  /** Per element (same order as the definition): evidence sorted by unit. */
  elements: Evidence[][];
  /** Elements vetoed by the structure (YAML `stage: after` vetoes `upstream`). */
  vetoed: boolean[];
  /** Sections whose heading is about the check. */
  aboutSections: Set<number>;
  /** Per element: where the document says the element is not there (a negated strong term), sorted by unit. */
  denied: Evidence[][];
  /**
   * Per element: whether a denial of it says the document's rules do not reach it ("This policy
   * does not apply to contractors", « Elles ne s'appliquent pas au titulaire du marché »). Such a
   * denial holds in every scope, whatever the document names of the element elsewhere.
   */
  excluded: boolean[];
}

/** A check's context in a document (DocumentEvidence.contextOf). */
interface CheckContext {
  /** The hits of its words of rules, and of its words of use (`P02@~`), less those in a context trap. */
  context: readonly Hit[];
  weakContext: readonly Hit[];
  /** Units where the context stands, said or denied. */
  contextUnits: Set<number>;
  deniedContextUnits: Set<number>;
  /** Rows of tables (by their start) where the context stands. */
  contextRows: Set<number>;
}

/** Everything the lexicon found in a document, filtered for traps and negation. */
export class DocumentEvidence {
  private readonly unitOfToken: Int32Array;
  /** 1 for each unit that is a heading or a YAML key (read for every hit of every check). */
  private readonly headingUnits: Uint8Array;
  /** Per unit, a bit per check (P01 = bit 1…) whose strong terms it holds. */
  private readonly unitChecks: Int32Array;
  /** The hits of each group, by the group's number in the lexicon (checks/plan.ts). */
  private readonly byGroup: Array<Hit[] | undefined>;
  /** The hits of each group that stand in a heading or a YAML key (few of them), in document order. */
  private readonly headingHitsByGroup: Array<Hit[] | undefined>;
  /** Hits a negation governs (found with each part's hits). */
  private readonly negated = new Set<Hit>();
  /** 1 at the first word of each negated hit: most hits are told apart by it, without the set. */
  private readonly negatedFirst: Uint8Array;
  /** 1 for each group (by number) that holds a negated hit: most hold none, and their hits need not be asked. */
  private readonly negatedGroups: Uint8Array;
  /** Quantified targets (P12) of every unit. */
  private readonly targets: Array<{ unit: number; start: number; end: number }> = [];
  /** Per group (by number), the words of its hits, gathered on first use (overlaps). */
  private readonly marks: Array<Set<number> | undefined> = [];
  /**
   * Per group (by number), the sentences of its hits in order, gathered on first use (inSentence):
   * a list searched, not a set, as the groups asked about are often large (P08's clauses, for
   * P02's) and asked about for a few hits.
   */
  private readonly sentenceLists: Array<number[] | undefined> = [];
  /** The cells of risk registers' risk columns, in document order: their starts and ends (found on first use). */
  private riskCells?: { starts: number[]; ends: number[] };
  /** The ranges of text withdrawn (negateWithin), merged and sorted. */
  private withdrawn: Array<[number, number]> = [];

  constructor(readonly model: CharterModel, readonly lex: Lexicon) {
    this.unitOfToken = new Int32Array(model.tokens.length).fill(-1);
    this.headingUnits = new Uint8Array(model.units.length);
    this.negatedFirst = new Uint8Array(model.tokens.length);
    this.unitChecks = new Int32Array(model.units.length);
    model.units.forEach((u, i) => {
      this.unitOfToken.fill(i, u.tokens[0], u.tokens[1]);
      if (u.kind === 'heading' || u.kind === 'yamlKey') this.headingUnits[i] = 1;
    });
    // Hits are found per part (a Markdown segment keeps them while it is unchanged).
    const byId = (this.byGroup = new Array<Hit[] | undefined>(lex.matcher.groupCount).fill(undefined));
    // (Set apart as they are gathered: headingSections reads them for every check, not the
    // thousands of the body.)
    const inHeadingsById = (this.headingHitsByGroup = new Array<Hit[] | undefined>(lex.matcher.groupCount).fill(undefined));
    // The check whose strong terms a group holds (0: another kind of group), for unitChecks.
    const { strongChecks } = lex;
    for (const part of model.parts) {
      const { hits, negated, targets } = part.hits(lex);
      for (const t of targets) this.targets.push({ unit: t.unit + part.unitBase, start: t.start + part.offset, end: t.end + part.offset });
      // A part's hits come by group: each group's run is copied into its list at once (a push a
      // hit grew each list step by step).
      for (let start = 0, end = 0; start < hits.length; start = end) {
        const { group } = hits[start]!;
        while (end < hits.length && hits[end]!.group === group) end++;
        const list = byId[group];
        if (!list) byId[group] = hits.slice(start, end);
        else for (let i = start; i < end; i++) list.push(hits[i]!);
        const check = strongChecks[group] ?? 0;
        for (let i = start; i < end; i++) {
          const hit = hits[i]!;
          if (negated[i]) this.negate(hit);
          const unit = this.unitOfToken[hit.first]!;
          if (this.headingUnits[unit] === 1) (inHeadingsById[group] ??= []).push(hit);
          if (check !== 0 && unit >= 0) this.unitChecks[unit]! |= 1 << check;
        }
      }
    }
    this.negateQuestions();
    if (model.yaml) this.negateUndecidedEntries(model.yaml.doc);
    else this.negateWithin([...undecidedMarkdown(model, lex.negation.cues), ...this.struckSections()]);
    // (Every negation is settled above.)
    this.negatedGroups = new Uint8Array(lex.matcher.groupCount);
    for (const hit of this.negated) this.negatedGroups[hit.group] = 1;
  }

  /**
   * Minutes that strike numbered parts of the draft they discuss ("By consensus, Council directed
   * staff to strike Section 9 in its entirety", « L'article 6 est supprimé »): the sections headed
   * by those numbers (« ### Section 9 – Data innovation sandbox ») are no evidence, nor is the
   * short item that strikes them and names them ("Strike Sections 7 (Training) and 9 (…)").
   * (The `strikes` vocabulary is found by the document's one match; most documents hold none.)
   */
  private struckSections(): Array<[number, number]> {
    const strikes = this.hits('strikes');
    if (strikes.length === 0) return [];
    const { model } = this;
    const { forms, sentences, length } = model.tokens;
    const ranges: Array<[number, number]> = [];
    const struck = new Set<string>();
    const isNumber = (t: number): boolean => t < length && NUMBER_KEY.test(forms[t]!.key);
    for (const hit of strikes) {
      // "strike Sections 7 (…) and 9": the part's name ends the term, its numbers follow it;
      // "Section 7 is removed": the number follows the name that opens it.
      const active = PART_NAMES.has(forms[hit.last]!.key);
      const name = PART_NAMES.get(forms[active ? hit.last : hit.first]!.key);
      const first = active ? hit.last + 1 : hit.first + 1;
      if (name === undefined || !isNumber(first) || sentences[first] !== sentences[hit.first]) continue;
      struck.add(`${name} ${forms[first]!.key}`);
      for (let t = first + 1; active && t < Math.min(length, first + STRIKE_LIST) && sentences[t] === sentences[first]; t++) {
        if (isNumber(t) && (isNumber(t - 1) || AND.has(forms[t - 1]!.key))) struck.add(`${name} ${forms[t]!.key}`);
      }
      const unit = model.units[this.unitOf(hit)];
      if (unit && (unit.kind === 'listItem' || unit.kind === 'paragraph') && unit.end - unit.start <= STRIKING_UNIT) ranges.push([unit.start, unit.end]);
    }
    model.sections.forEach((section, index) => {
      if (index === model.titleSection) return;
      const numbered = NUMBERED_PART.exec(foldWords(model.text.slice(section.heading.start, section.heading.end)));
      if (numbered && struck.has(`${numbered[1]} ${numbered[2]}`)) ranges.push([section.start, model.units[section.ownEndUnit]?.start ?? model.text.length]);
    });
    return ranges;
  }

  /**
   * A question asks, it does not say: "Is there a course?" in a scenario is no training. (A
   * question answered by a bare « Oui. » keeps its words: the answer takes them up.)
   */
  private negateQuestions(): void {
    const { tokens, text, units } = this.model;
    const { sentences, ends } = tokens;
    const n = tokens.length;
    let asked: Uint8Array | undefined;
    // A document holds few question marks: each is placed among the tokens by a binary search.
    for (let q = text.indexOf('?'); q >= 0 && n > 0; q = text.indexOf('?', q + 1)) {
      const t = lowerBound(ends, q + 1, n) - 1;
      if (t < 0) continue;
      let at = ends[t]!;
      while (at < q && QUESTION_SKIP.has(text.charCodeAt(at))) at++;
      if (at !== q) continue;
      // A quoted question (« À quoi servent nos données ? ») titles something the sentence says.
      if (this.quotedQuestion(q, t)) continue;
      // Answered yes right after: the question's words are the answer's.
      const next = text.slice(q + 1, q + 12).replace(/^[\s*_]+/, '').toLowerCase();
      if (/^(?:oui|yes)\b/.test(next)) continue;
      asked ??= new Uint8Array(sentences[n - 1]! + 1);
      // (2 where it is answered no: a heading's question then names what is not there, "## Are we
      // joining any networks of councils? Not at this stage.")
      asked[sentences[t]!] = /^(?:no|not|non|pas)\b/.test(next) ? 2 : 1;
    }
    if (!asked) return;
    const criteria = new Map<number, boolean>();
    for (const list of this.byGroup) {
      for (const hit of list ?? NO_HITS) {
        if (!asked[sentences[hit.first]!]) continue;
        const unit = this.unitOf(hit);
        const kind = units[unit]?.kind;
        if (kind === 'listItem' && this.assessmentQuestions(unit, criteria)) continue;
        if (kind === 'paragraph' || kind === 'listItem' || kind === 'yamlValue' || (kind === 'heading' && asked[sentences[hit.first]!] === 2)) this.negate(hit);
      }
    }
  }

  /**
   * Whether the list of a list item holds the questions an assessment asks: "Every data project
   * is assessed against four questions… Examples: - Does it save staff time?" (its lead-in, or the
   * paragraph right before a short one, says so). Each is what is measured, not a question put.
   */
  private assessmentQuestions(unit: number, known: Map<number, boolean>): boolean {
    const lead = leadInOf(this.model, unit);
    if (lead < 0) return false;
    let yes = known.get(lead);
    if (yes === undefined) {
      const { units, text } = this.model;
      const before = units[lead - 1];
      const from = units[lead]!.end - units[lead]!.start < SHORT_LEAD && before?.kind === 'paragraph' && before.section === units[lead]!.section ? before.start : units[lead]!.start;
      yes = ASSESSED_AGAINST.test(foldWords(text.slice(from, units[lead]!.end)));
      known.set(lead, yes);
    }
    return yes;
  }

  /**
   * Whether the question mark at `q` (after token `t`) closes a quotation that opens after the
   * first word of its sentence, not after a colon: « Le magazine publie une double page « À quoi
   * servent nos données ? » » says something; it does not ask it.
   */
  private quotedQuestion(q: number, t: number): boolean {
    const { text, tokens } = this.model;
    const { sentences, starts } = tokens;
    let after = q + 1;
    while (after < text.length && isBlank(text[after]!)) after++;
    if (!CLOSING_QUOTES.includes(text[after] ?? '')) return false;
    let first = t;
    while (first > 0 && sentences[first - 1] === sentences[t]) first--;
    for (let i = q - 1; i > starts[first]!; i--) {
      if (!OPENING_QUOTES.includes(text[i]!)) continue;
      // Reported speech (« Contribution n° 30 : « Prévoir une clause… ? » », « À la question « y
      // aura-t-il une campagne ? », le maire répond… ») asks its question.
      let before = i - 1;
      while (before > 0 && isBlank(text[before]!)) before--;
      return text[before] !== ':' && !ASKING_WORD.test(text.slice(Math.max(0, before - 12), before + 1));
    }
    return false;
  }

  /**
   * An entry whose status says it was not adopted (`statut: abandonné`, `status: on hold`, « en
   * réflexion »), as exported from action plans and no-code tools: nothing in it is evidence.
   */
  private negateUndecidedEntries(doc: Document.Parsed): void {
    const ranges: Array<[number, number]> = [];
    const noneYet: Array<[number, number]> = [];
    visit(doc, {
      // A key that files what it holds as not adopted: \`withdrawn_or_deferred:\`, \`non_retenus:\`.
      Pair(_, pair) {
        const words = isScalar(pair.key) ? keyWords(String(pair.key.value)) : '';
        if (words && (pair.value as Node | null)?.range && WITHDRAWN_KEY.test(words)) {
          const range = (pair.value as Node).range!;
          ranges.push([range[0], range[1]]);
          return;
        }
        // A value that says it was deleted, alone or after its title: `"5": "Indicateurs de
        // performance : supprimé par l'avenant n° 1"`, `4.2: Deleted by agreement of the parties.`
        if (isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.range) {
          const value = pair.value.value;
          const colon = value.indexOf(':');
          const status = colon >= 0 && colon <= DELETED_TITLE ? value.slice(colon + 1) : value;
          if (DELETED_VALUE.test(fold(status.slice(0, 40))) || endsWithStatus(value)) ranges.push([pair.value.range[0], pair.value.range[1]]);
          // A key answered "none yet" names what is not there: `exit_arrangements: None in current
          // contract - to be addressed at re-procurement`, `reversibilite: à définir`. The key and
          // its value are no evidence.
          // (A fix may still insert beside it: these ranges are not withdrawn text.)
          else if (isScalar(pair.key) && pair.key.range && saysNoneYet(value)) noneYet.push([pair.key.range[0], pair.value.range[1]]);
        }
      },
      // An item that ends or opens with its status: `- "Join the Eurocities Digital Forum (dropped)"`,
      // `- "(abandonné) Adhérer à OpenDataFrance"`.
      Seq(_, seq) {
        for (const item of seq.items) {
          if (isScalar(item) && typeof item.value === 'string' && item.range && (endsWithStatus(item.value) || opensWithStatus(item.value))) ranges.push([item.range[0], item.range[1]]);
        }
      },
      Map(_, map) {
        if (!map.range) return;
        // A template's guidance to whoever fills it in, beside the field they fill (`guidance:
        // Describe how council will measure…`, `councilResponse: TBC`), says nothing of the
        // charter. (A checklist's guidance with no answer beside it is its rule: `question: Does
        // the contract…?`, `guidance: The supplier must provide an exit plan…`.)
        const keys = map.items.map((pair) => (isScalar(pair.key) ? keyWords(String(pair.key.value)) : ''));
        if (keys.some((words) => RESPONSE_KEY.test(words))) {
          map.items.forEach((pair, i) => {
            const range = (pair.value as Node | null)?.range;
            if (range && GUIDANCE_KEY.test(keys[i]!)) ranges.push([range[0], range[1]]);
          });
        }
        const undecided = map.items.some((pair) => {
          if (!isScalar(pair.key) || !isScalar(pair.value)) return false;
          const key = fold(String(pair.key.value));
          const value = fold(String(pair.value.value ?? ''));
          // A note that opens with a status says it too: "notes: Withdrawn. Cabinet decided…".
          if (ADOPTED_KEYS.has(key)) return NO_VALUE.has(value);
          // `supprime: true`, `withdrawn: yes`: an entry marked deleted.
          if (DELETED_KEYS.has(key)) return YES_VALUE.has(value);
          // An entry "not started" or "not funded" (`status: not started`, « statut : non démarré »)
          // is a task still to do: the role, rule or plan it would make is not there yet. One that
          // ended (`status: dissolved`, `status: left`) is there no more.
          // Tools write their states as identifiers: `state: not_started`, `status: on-hold`.
          // A status may name what it is the status of first: `statut: adhésion résiliée…`,
          // `statut: participation suspendue`.
          if (STATUS_KEYS.has(key)) {
            const words = value.replace(/[_-]+/g, ' ').replace(STATUS_SUBJECT, '');
            return UNDECIDED_STATUS.test(words) || INACTIVE_ENTRY.test(words) || TO_BE_DEFINED.test(words);
          }
          return NOTE_KEYS.has(key) && (NOTE_STATUS.test(value) || INACTIVE_ENTRY.test(value));
        });
        if (undecided) ranges.push([map.range[0], map.range[1]]);
        // `statut_actions: {A5: "Reportée sine die…"}` beside `actions: ["A5 — Organiser…"]`: the
        // statuses are given by the items' codes.
        for (const pair of map.items) {
          if (!isScalar(pair.key) || !isMap(pair.value) || !STATUS_BY_CODE_KEY.test(fold(String(pair.key.value)).replace(/[_-]+/g, ' '))) continue;
          const withdrawnCodes = new Set<string>();
          for (const entry of pair.value.items) {
            if (isScalar(entry.key) && isScalar(entry.value) && UNDECIDED_STATUS.test(fold(String(entry.value.value ?? '')))) withdrawnCodes.add(fold(String(entry.key.value)));
          }
          if (withdrawnCodes.size === 0) continue;
          for (const other of map.items) {
            if (!isSeq(other.value)) continue;
            for (const item of other.value.items) {
              if (!isScalar(item) || typeof item.value !== 'string' || !item.range) continue;
              const code = LEADING_ITEM_CODE.exec(item.value);
              if (code && withdrawnCodes.has(fold(code[1]!))) ranges.push([item.range[0], item.range[1]]);
            }
          }
        }
      },
    });
    // A value marked by a comment on its line (`- Cities Coalition  # withdrawn`, `training: …  # retiré`).
    // (Trailing comments are found in the text: the model keeps only whole-line ones.)
    const { text } = this.model;
    for (let at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
      if (at === 0 || (text[at - 1] !== ' ' && text[at - 1] !== '\t')) continue;
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const before = text.slice(lineStart, at);
      // Not a comment inside a quoted value, nor a whole-line comment.
      if (before.trim() === '' || (before.split('"').length - 1) % 2 === 1 || (before.split("'").length - 1) % 2 === 1) continue;
      const lineEnd = text.indexOf('\n', at);
      if (WITHDRAWN_COMMENT.test(fold(text.slice(at + 1, lineEnd < 0 ? text.length : lineEnd)))) ranges.push([lineStart, at]);
    }
    this.negateWithin(ranges);
    this.negateWithin(noneYet, false);
  }

  /**
   * Whether text at `offset` is withdrawn by what the document says elsewhere (a status, a heading
   * « Ce que nous ne ferons pas »): a fix must not insert there, where its words would not count.
   */
  withdrawnAt(offset: number): boolean {
    return this.withdrawn.some(([a, b]) => a <= offset && offset < b);
  }

  /** Every hit that starts in one of the ranges is negated; `withdrawn`: fixes keep out of them too. */
  private negateWithin(ranges: Array<[number, number]>, withdrawn = true): void {
    if (ranges.length === 0) return;
    // Merged and sorted, each hit is placed by a binary search: a table of a thousand status rows
    // costs a thousand ranges, not a thousand checks per hit.
    ranges.sort((x, y) => x[0] - y[0]);
    const merged: Array<[number, number]> = [];
    for (const [a, b] of ranges) {
      const last = merged[merged.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    if (withdrawn) this.withdrawn = merged;
    const starts = this.model.tokens.starts;
    for (const list of this.byGroup) {
      for (const hit of list ?? NO_HITS) {
        const at = starts[hit.first]!;
        let lo = 0;
        let hi = merged.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (merged[mid]![0] <= at) lo = mid;
          else hi = mid - 1;
        }
        const [a, b] = merged[lo]!;
        if (at >= a && at < b) this.negate(hit);
      }
    }
  }

  private negate(hit: Hit): void {
    this.negated.add(hit);
    this.negatedFirst[hit.first] = 1;
  }

  private isNegated(hit: Hit): boolean {
    return this.negatedFirst[hit.first] === 1 && this.negated.has(hit);
  }

  /** Whether a group (by number) holds a negated hit. */
  private holdsNegated(group: number): boolean {
    return group >= 0 && this.negatedGroups[group] === 1;
  }

  /**
   * Whether a hit stands after a prohibition in its sentence: a negation next to a modal (« ne
   * peuvent pas », « ne doit pas », "may not", "must not", "cannot") a few words before it.
   */
  private underProhibition(hit: Hit): boolean {
    const { forms, sentences } = this.model.tokens;
    const { cues } = this.lex.negation;
    // (From the hit's own words on: "Staff may not use the data to track…" holds its modal.)
    for (let t = hit.last; t >= Math.max(0, hit.first - PROHIBITION_REACH) && sentences[t] === sentences[hit.first]; t--) {
      const key = forms[t]!.key;
      if (key === CANNOT) return true;
      if (cues.has(key) && (FORBIDDING.has(forms[t - 1]?.key ?? '') || FORBIDDING.has(forms[t + 1]?.key ?? ''))) return true;
    }
    // « Aucun rapprochement avec les fichiers des services de la Communauté n'est autorisé »,
    // "Sharing with contractors is not permitted": a permission denied after the hit forbids.
    for (let t = hit.last + 1; t <= hit.last + PROHIBITION_REACH && sentences[t] === sentences[hit.first]; t++) {
      if (PERMITTED.has(forms[t]!.key) && (cues.has(forms[t - 1]?.key ?? '') || cues.has(forms[t - 2]?.key ?? ''))) return true;
    }
    // « Aucun partenaire ne peut céder une donnée », "No contractor may sell": a quantifier of the
    // hit, then a modal of rule after it.
    if (!ALL_NONE.has(forms[hit.first - 1]?.key ?? '')) return false;
    for (let t = hit.last + 1; t <= hit.last + PROHIBITION_AFTER && sentences[t] === sentences[hit.first]; t++) {
      if (FORBIDDING.has(forms[t]!.key) || forms[t]!.key === PEUT) return true;
    }
    return false;
  }

  /** Whether a negation cue stands in a hit's sentence. */
  private negationInSentence(hit: Hit): boolean {
    const { forms, sentences } = this.model.tokens;
    const sentence = sentences[hit.first];
    const { cues } = this.lex.negation;
    for (let t = hit.first; t >= 0 && sentences[t] === sentence; t--) if (cues.has(forms[t]!.key)) return true;
    for (let t = hit.last + 1; t < forms.length && sentences[t] === sentence; t++) if (cues.has(forms[t]!.key)) return true;
    return false;
  }

  /** Whether a negation cue stands between two hits (« les prestataires et non les délégataires »). */
  private cueBetween(a: Hit, b: Hit): boolean {
    const { forms } = this.model.tokens;
    for (let t = a.last + 1; t < b.first; t++) if (this.lex.negation.cues.has(forms[t]!.key)) return true;
    return false;
  }

  /** Whether a hit of `group` (by number) shares a word with `hit` (per-group word sets, so linear overall). */
  private overlaps(group: number, hit: Hit): boolean {
    if (group < 0) return false;
    let marks = this.marks[group];
    if (!marks) {
      // The words of a group's hits: a set (most groups hold a few hits in a document of 100,000 words).
      marks = new Set<number>();
      for (const h of this.groupHits(group)) for (let t = h.first; t <= h.last; t++) marks.add(t);
      this.marks[group] = marks;
    }
    if (marks.size === 0) return false;
    for (let t = hit.first; t <= hit.last; t++) if (marks.has(t)) return true;
    return false;
  }

  /** Whether a hit of `group` (by number) lies in sentence number `sentence`. */
  private inSentence(group: number, sentence: number): boolean {
    if (group < 0) return false;
    let list = this.sentenceLists[group];
    if (!list) {
      const { sentences } = this.model.tokens;
      // (A group's hits are in document order: so are their sentences.)
      list = [];
      for (const h of this.groupHits(group)) list.push(sentences[h.first]!);
      this.sentenceLists[group] = list;
    }
    return list[lowerBound(list, sentence)] === sentence;
  }

  /** Whether a unit holds a strong term of a check other than `code` (its paragraph is about that check). */
  private aboutOtherCheck(unit: number, code: string): boolean {
    return ((this.unitChecks[unit] ?? 0) & ~(1 << Number(code.slice(1)))) !== 0;
  }

  /** Per section, its subsection whose heading comes right after its own (-1: none), built on first use. */
  private headedBy: Int32Array | undefined;

  /** The subsection whose heading directly follows a section's heading (a YAML mapping's title), or -1. */
  private titleSectionUnder(section: number): number {
    if (!this.headedBy) {
      const { sections } = this.model;
      this.headedBy = new Int32Array(sections.length).fill(-1);
      sections.forEach((child, index) => {
        const parent = sections[child.parent];
        if (parent && child.headingUnit === parent.headingUnit + 1) this.headedBy![child.parent] = index;
      });
    }
    return this.headedBy[section] ?? -1;
  }

  /**
   * Where a unit's lead-in ends ("- **Réversibilité.** …", "__Decision:__ …", and in minutes,
   * after the item's number, "3.1 *Cities Coalition for Digital Rights.* …"): the offset of its
   * closing marker, or -1 when the unit does not open with bold or italic text.
   */
  private leadInEnd(unit: number): number {
    const u = this.model.units[unit];
    if (!u || (u.kind !== 'paragraph' && u.kind !== 'listItem')) return -1;
    const { text } = this.model;
    const at = afterItemNumber(text, afterMarker(text, u.start));
    const bold = text.startsWith('**', at) || text.startsWith('__', at);
    const marker = bold ? text.slice(at, at + 2) : text[at] === '*' || text[at] === '_' ? text[at]! : '';
    if (marker === '') return -1;
    const close = text.indexOf(marker, at + marker.length);
    return close > at + marker.length && close < u.end ? close : -1;
  }

  /** Whether offset `at` of table unit `unit` stands in the first cell of its row, a short label ("| Innovation and delivery |"). */
  private inRowLabel(unit: number, at: number): boolean {
    const { text } = this.model;
    let i = this.rowOf(unit, at);
    while (i < at && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] === '|') i++;
    const bar = text.indexOf('|', i);
    return bar > at && bar - i <= ROW_LABEL;
  }

  /** The start of the row (line) of table unit `unit` that holds offset `at`: its header row starts at the unit's start. */
  rowOf(unit: number, at: number): number {
    return rowStartAt(this.model, this.model.units[unit]!.start, at);
  }

  /** Each unit's passage (see forCheck), found on first use: every check reads them. */
  private passages: Int32Array | undefined;

  /** A unit's passage: its section's index (-1 before any heading), or -2 - i in preamble scope i. */
  private passageOf(unit: number): number {
    if (!this.passages) {
      const { model } = this;
      const passages = (this.passages = new Int32Array(model.units.length));
      model.units.forEach((u, i) => { passages[i] = u.section; });
      // (The units of each preamble scope, as preambleScopeOf finds them: one fill per scope, not a lookup per unit.)
      model.preambleScopes.forEach(([a, b], i) => passages.fill(-2 - i, a, b));
    }
    return this.passages[unit] ?? -1;
  }

  /** Whether a unit is the document's title: its title heading, or the title of its front matter. */
  private inTitle(unit: number): boolean {
    const { model } = this;
    const title = model.sections[model.titleSection];
    if (title && title.headingUnit === unit) return true;
    const range = model.meta.title?.range;
    const u = model.units[unit];
    return range !== undefined && u !== undefined && u.start >= range.start && u.end <= range.end;
  }

  unitOf(hit: Hit): number {
    return this.unitOfToken[hit.first] ?? -1;
  }

  /** The hits of a group, in document order (by first word): the document's own list, read only. */
  hits(group: string): readonly Hit[] {
    return this.groupHits(this.lex.matcher.findGroup(group));
  }

  /** The hits of a group by its number in the lexicon (-1: a group the lexicon lacks). */
  private groupHits(group: number): readonly Hit[] {
    // (Most of the groups a check reads hold nothing in a document: one shared empty list.)
    return (group >= 0 && this.byGroup[group]) || NO_HITS;
  }

  /** The hits of a group (by number) that stand in a heading or a YAML key, in document order. */
  private headingHits(group: number): readonly Hit[] {
    return (group >= 0 && this.headingHitsByGroup[group]) || NO_HITS;
  }

  /** Sections whose heading unit holds a hit of `group` (not negated). */
  headingSections(group: string): Set<number> {
    return this.headingSectionsOf(this.lex.matcher.findGroup(group));
  }

  /** headingSections, of a group by number; added to `found` when given. */
  private headingSectionsOf(group: number, found = new Set<number>()): Set<number> {
    const { titleSection } = this.model;
    for (const hit of this.headingHits(group)) {
      if (this.isNegated(hit)) continue;
      const section = this.model.units[this.unitOf(hit)]!.section;
      if (section !== titleSection) found.add(section);
    }
    return found;
  }

  /**
   * A check's context (P02's words of rules of use, P12's of partners): where it stands, in units
   * and in table rows. It may stand in the paragraph or in its section's heading. A denied
   * context gives none to evidence ("The City currently has no policy covering how this data is
   * managed… through its departments and contractors"); it still makes a denial one (« Les
   * délégataires n'y sont pas soumis »).
   */
  private contextOf(groups: CheckGroups<number>, code: string): CheckContext {
    const { model } = this;
    const deniedContextUnits = new Set<number>();
    const contextUnits = new Set<number>();
    // (A context that is itself a prohibition, « ne peuvent », "may not", is no denial of one.)
    const { forms: contextForms } = model.tokens;
    const prohibits = (hit: Hit): boolean => {
      for (let t = hit.first; t <= hit.last; t++) if (this.lex.negation.cues.has(contextForms[t]!.key)) return true;
      return false;
    };
    // A context word inside a context trap is no word of rules: "The Committee is advisory only",
    // « chaque référent consacre en principe un jour par mois ».
    // (So is a word of use: « titulaire du marché de fourniture et d'exploitation des capteurs ».)
    const contextTraps = this.groupHits(groups.contextTraps);
    // (Both lists are in document order: one walk through the traps, not a search per word.)
    const untrapped = (hits: readonly Hit[]): readonly Hit[] => {
      if (contextTraps.length === 0) return hits;
      const kept: Hit[] = [];
      let from = 0;
      for (const h of hits) {
        while (from < contextTraps.length && contextTraps[from]!.last < h.first) from++;
        let trapped = false;
        for (let k = from; k < contextTraps.length && contextTraps[k]!.first <= h.last && !trapped; k++) trapped = contextTraps[k]!.last >= h.first;
        if (!trapped) kept.push(h);
      }
      return kept;
    };
    const context = untrapped(this.groupHits(groups.context));
    const weakContext = untrapped(this.groupHits(groups.weakContext));
    for (const hit of context) (this.isNegated(hit) && !prohibits(hit) ? deniedContextUnits : contextUnits).add(this.unitOf(hit));
    // Words of use without words of rules (« usage », "access", "handling") make a context only in
    // a paragraph that is not about another check: « le club des partenaires réunit les
    // entreprises qui utilisent des données » is P03's, "the supplier must return all data" P08's.
    for (const hit of weakContext) {
      const unit = this.unitOf(hit);
      if (!this.aboutOtherCheck(unit, code)) contextUnits.add(unit);
    }
    // In a table, the context holds for its own row, or for every row from the header row: in a
    // summary of commitments, « Règles d'usage pour les services » gives no context to the row
    // « Communication des données aux délégataires ».
    const contextRows = new Set<number>();
    for (const hits of [context, weakContext]) {
      for (const hit of hits) {
        const unit = this.unitOf(hit);
        if (model.units[unit]?.kind === 'table' && contextUnits.has(unit)) contextRows.add(this.rowOf(unit, model.tokens.starts[hit.first]!));
      }
    }
    return { context, weakContext, contextUnits, deniedContextUnits, contextRows };
  }

  forCheck(check: CheckDefinition, type?: DocumentType): CheckEvidence {
    const { model } = this;
    const plan = planOf(check, this.lex);
    const { groups } = plan;
    const schemaYaml = model.yaml?.followsSchema === true;
    // (The check's context, read only by elements that need words of rules or of partners: found
    // when one of them first asks, as most checks have none.)
    let contextOfCheck: CheckContext | undefined;
    const contextFound = (): CheckContext => (contextOfCheck ??= this.contextOf(groups, check.code));
    const denialContext = (unit: number): boolean => {
      const { contextUnits, deniedContextUnits } = contextFound();
      return contextUnits.has(unit) || deniedContextUnits.has(unit);
    };
    // A list item has the context of the sentence that introduces its list: "This framework applies to:".
    const inContextList = (unit: number): boolean => {
      const lead = leadInOf(model, unit);
      return lead >= 0 && contextFound().contextUnits.has(lead);
    };
    // In a paragraph, the context stands in the actor's sentence or in one beside it: "A charter
    // is our promise to residents and partners about how we will behave. It is short on purpose.
    // Every decision we take under this charter should be reversible" sets no rules for partners.
    // (The sentence and unit of each context word, gathered on the first paragraph asked about.)
    let contextSentences: Map<number, number> | undefined;
    const besideContext = (unit: number, at: number): boolean => {
      const { starts, sentences, length } = model.tokens;
      if (!contextSentences) {
        contextSentences = new Map();
        const { context, weakContext } = contextFound();
        for (const hits of [context, weakContext]) {
          for (const hit of hits) if (!this.isNegated(hit)) contextSentences.set(sentences[hit.first]!, this.unitOf(hit));
        }
      }
      const sentence = sentences[Math.max(0, lowerBound(starts, at + 1, length) - 1)]!;
      for (let d = -CONTEXT_SENTENCES; d <= CONTEXT_SENTENCES; d++) if (contextSentences.get(sentence + d) === unit) return true;
      return false;
    };
    const hasContext = (unit: number, at: number): boolean => {
      const { contextUnits, contextRows } = contextFound();
      if (contextUnits.has(unit)) {
        const u = model.units[unit]!;
        if (u.kind === 'paragraph') return besideContext(unit, at);
        return u.kind !== 'table' || contextRows.has(u.start) || contextRows.has(this.rowOf(unit, at));
      }
      // Its section's heading, or an ancestor's: « ### 3.2 Par les prestataires » under « ## 3.
      // Règles d'utilisation des données ».
      // (Not a YAML mapping's key: « commitments: » over every commitment is no rule of use.)
      const own = model.units[unit]?.section ?? -1;
      for (let s = own; s >= 0 && s !== model.titleSection; s = model.sections[s]!.parent) {
        const heading = model.sections[s]!.headingUnit;
        if (contextUnits.has(heading) && (s === own || model.units[heading]?.kind === 'heading')) return true;
      }
      return inContextList(unit);
    };
    // Partners (P12) may be named in the paragraph or in any heading above it.
    const aboutPartners = (unit: number): boolean => {
      if (type === 'partnership-agreement') return true;
      const { contextUnits } = contextFound();
      if (contextUnits.has(unit)) return true;
      for (let s = model.units[unit]?.section ?? -1; s >= 0; s = model.sections[s]!.parent) {
        if (contextUnits.has(model.sections[s]!.headingUnit)) return true;
      }
      return false;
    };
    const isHeading = (unit: number): boolean => this.headingUnits[unit] === 1;
    const { sentences: sentenceOf } = model.tokens;
    // A paragraph trap holds its paragraph, or its row in a table (a table's rows are separate
    // entries: the DPO who carries one measure traps no consultation in the next).
    const placeOf = (hit: Hit): number => {
      const unit = this.unitOf(hit);
      return model.units[unit]?.kind === 'table' ? -1 - this.rowOf(unit, model.tokens.starts[hit.first]!) : unit;
    };
    // Sentences holding a strong term of each element: a paragraph trap gives way to a sentence
    // that another element of the check confirms (« une concertation préalable, en amont de sa
    // conception » in a paragraph that also names the data protection officer).
    // (Not in a place that traps both: in « un bac à sable dans lequel une start-up ou un service
    // métropolitain teste un nouvel usage », neither actor confirms the other.)
    // (Gathered on the first paragraph trap met: most documents have none.)
    const confirmingSentences = (): Array<Set<number>> => {
      // (The places of a trap that two elements share: its words, the same span of the text.)
      const elementOfSpan = new Map<string, number>();
      const shared = new Set<number>();
      groups.elements.forEach((e, k) => {
        for (const trap of this.groupHits(e.paragraphTraps)) {
          const span = `${trap.first}:${trap.last}`;
          const other = elementOfSpan.get(span);
          if (other === undefined) elementOfSpan.set(span, k);
          else if (other !== k) shared.add(placeOf(trap));
        }
      });
      return groups.elements.map((e) => new Set(this.groupHits(e.strong).filter((h) => !shared.has(placeOf(h))).map((h) => sentenceOf[h.first]!)));
    };
    let elementSentences: Array<Set<number>> | undefined;
    // Hits that survive traps; negated ones are kept apart (a negated body silences its heading).
    const kept = plan.elements.map((elementPlan, index): KeptHits => {
      const element = check.elements[index]!;
      const names = elementPlan.groups;
      const strongHits = this.groupHits(names.strong);
      // (Most checks name some element the document never names: nothing to set up for it.)
      if (strongHits.length === 0 && this.groupHits(names.weak).length === 0 && this.groupHits(names.beside).length === 0) return NOTHING_KEPT;
      const { traps } = names;
      // (Read once here, not per hit: the elements of the sixteen checks have as many shapes.)
      const { needsContext, notRate } = element;
      const { notWith } = elementPlan;
      const trapHits = this.groupHits(names.paragraphTraps);
      // (Most elements meet no trap in a document: then no hit is trapped, none is looked at, and no set is made.)
      const anyTrap = trapHits.length > 0 || this.groupHits(traps).length > 0;
      const trappedUnits: ReadonlySet<number> = trapHits.length === 0 ? NO_NUMBERS : new Set(trapHits.map(placeOf));
      // (A row is found only in a table that holds a trap: the search for it reads the row's text.)
      const trappedTables: ReadonlySet<number> = trapHits.length === 0 ? NO_NUMBERS : new Set(trapHits.map((h) => this.unitOf(h)).filter((u) => model.units[u]?.kind === 'table'));
      const confirmed = (hit: Hit): boolean => {
        elementSentences ??= confirmingSentences();
        return elementSentences.some((set, k) => k !== index && set.has(sentenceOf[hit.first]!));
      };
      // (A trap in a table's header row, « | Profil | Droits | », holds every row.)
      const inTrappedPlace = (hit: Hit): boolean => {
        const unit = this.unitOf(hit);
        if (model.units[unit]?.kind !== 'table') return trappedUnits.has(unit);
        if (!trappedTables.has(unit)) return false;
        return trappedUnits.has(placeOf(hit)) || trappedUnits.has(-1 - model.units[unit]!.start);
      };
      const trapped = (hit: Hit): boolean => anyTrap && ((trappedUnits.size > 0 && inTrappedPlace(hit) && !confirmed(hit)) || this.overlaps(traps, hit));
      // A heading's term whose body only holds it as a trap is that trap: "### Principe de
      // réversibilité" over « réversibilité des décisions ».
      const trappedBodies = new Set<number>();
      const liveBodies = new Set<number>();
      // (Whether each strong hit is trapped, found once: `split` reads it again. Consecutive hits
      // mostly share their section: a set is written only when the section or the answer changes.
      // Without a trap there is nothing to keep.)
      const strongTrapped = anyTrap ? new Uint8Array(strongHits.length) : undefined;
      let lastSection = -2;
      let lastTrapped = false;
      if (strongTrapped) strongHits.forEach((hit, h) => {
        const isTrapped = trapped(hit);
        strongTrapped[h] = isTrapped ? 1 : 0;
        const unit = this.unitOf(hit);
        if (isHeading(unit)) return;
        const section = model.units[unit]!.section;
        if (section === lastSection && isTrapped === lastTrapped) return;
        (isTrapped ? trappedBodies : liveBodies).add(section);
        lastSection = section;
        lastTrapped = isTrapped;
      });
      const trappedHeading = (hit: Hit): boolean => {
        // (Most elements have no trapped body: no heading to look up.)
        if (trappedBodies.size === 0) return false;
        const unit = this.unitOf(hit);
        const section = model.units[unit]?.section ?? -1;
        return isHeading(unit) && trappedBodies.has(section) && !liveBodies.has(section);
      };
      // (`aside` gathers the denials that name another audience, see below.)
      const split = (group: number, negatedWords?: Set<number>, trappedAt?: Uint8Array, aside?: Hit[]): SplitHits => {
        const hits = this.groupHits(group);
        if (hits.length === 0) return NO_SPLIT;
        // (Most groups hold no negated hit: then no hit of theirs need be asked.)
        const negatable = this.holdsNegated(group);
        // (And most meet no trap, no rule of audience or of rates, no risk register and no negation
        // in a document: then every hit is kept as said, and none is read.)
        if (!anyTrap && !notWith && !notRate && !negatable && !negatedWords && !this.holdsRiskCells()) return { positive: hits, negative: NO_HITS };
        // The hits kept: the group's own list (read only) until one is left out, then a copy (most
        // groups lose none: their thousands of hits are not copied at every keystroke).
        let copy: Hit[] | undefined;
        let count = 0;
        // 1 where kept[i] is negated (one array, not a list grown hit by hit; made at the first
        // negated hit: most groups have none, and a typed array costs more to make than to fill).
        let negatedSeen: Uint8Array | undefined;
        let previous: Hit | undefined;
        let previousNegated = false;
        for (let h = 0; h < hits.length; h++) {
          const hit = hits[h]!;
          const isTrapped = trappedAt ? trappedAt[h] === 1 : trapped(hit);
          const otherAudience = this.excludedBy(notWith, hit);
          if (aside && otherAudience && !isTrapped && negatable && this.isNegated(hit)) aside.push(hit);
          if (isTrapped || trappedHeading(hit) || otherAudience || this.inRiskCell(hit) || (notRate && this.isRate(hit))) {
            copy ??= hits.slice(0, h);
            continue;
          }
          // (Rules of use forbid: « les services de la Région ne peuvent pas utiliser la plateforme
          // pour des données à usage interne » is a rule for the services, not a denial of them.)
          const negated: boolean = (negatable && this.isNegated(hit) && !(needsContext && this.underProhibition(hit)))
            || (previousNegated && continuesList(model.tokens, previous!, hit)) || (negatedWords?.has(hit.first) ?? false);
          if (negated) (negatedSeen ??= new Uint8Array(hits.length))[count] = 1;
          copy?.push(hit);
          count++;
          previous = hit;
          previousNegated = negated;
        }
        const kept = copy ?? hits;
        // Most groups hold no negated hit: the passes below only spread a negation, so every hit is
        // kept as said.
        if (!negatedSeen) return { positive: kept, negative: NO_HITS };
        const negatedAt = negatedSeen;
        // A negation after a list reaches its first items too: « Les relations avec les
        // prestataires et délégataires de la commune ne relèvent pas de la présente charte ».
        for (let i = kept.length - 2; i >= 0; i--) {
          const item = kept[i]!;
          const next = kept[i + 1]!;
          // (Items of a list, not two spans over the same words: « le club des partenaires de la donnée, qui n'existait pas… ».)
          if (!negatedAt[i] && negatedAt[i + 1] && this.isNegated(next) && item.last < next.first && continuesList(model.tokens, item, next) && !this.cueBetween(item, next)) negatedAt[i] = 1;
        }
        // What a parenthesis right after a denied term lists are its examples, denied with it: « Je
        // ne propose pas de dispositif dédié à l'innovation (appel à projets, expérimentations
        // ouvertes à des start-up, bac à sable) ». (Its commas cut clauses, which a negation does
        // not reach past.)
        let deniedUntil = -1;
        for (let i = 0; i < kept.length; i++) {
          const hit = kept[i]!;
          if (model.tokens.starts[hit.first]! < deniedUntil) negatedAt[i] = 1;
          else if (negatedAt[i] && this.isNegated(hit)) deniedUntil = parenthesisAfter(model.text, model.tokens.ends[hit.last]!);
        }
        // « … à l'échelle intercommunale, mais cette mutualisation n'a pas été retenue », "… a
        // citizens' panel, but this panel will not be convened": a denied term named by a
        // demonstrative takes up what its sentence said of the element before it.
        let takenUpAt = -1;
        for (let i = kept.length - 1; i >= 0; i--) {
          const hit = kept[i]!;
          if (negatedAt[i] && hit.first > 0 && DEMONSTRATIVES.has(model.tokens.forms[hit.first - 1]!.key) && this.isNegated(hit)) takenUpAt = hit.first;
          else if (takenUpAt >= 0 && hit.last < takenUpAt && sentenceOf[hit.first] === sentenceOf[takenUpAt]) negatedAt[i] = 1;
        }
        const positive: Hit[] = [];
        const negative: Hit[] = [];
        kept.forEach((hit, i) => (negatedAt[i] ? negative : positive).push(hit));
        return { positive, negative };
      };
      // Denials that name another audience are left out of the element (a consultation of the
      // agents is none of the residents), but still silence their heading: "consultation: Le
      // présent cadre n'a pas fait l'objet d'une consultation des agents et aucune consultation
      // n'est prévue".
      const deniedAside: Hit[] = [];
      const strong = split(names.strong, undefined, strongTrapped, deniedAside);
      // A generic word inside a negated term is negated with it: « L'élu référent à la donnée n'a
      // pas encore été désigné » leaves no "élu" behind.
      // (Most often none: then no set, and split need not read each hit to ask.)
      let negatedWords: Set<number> | undefined;
      for (const hit of strong.negative) for (let t = hit.first; t <= hit.last; t++) (negatedWords ??= new Set()).add(t);
      return { strong, weak: split(names.weak, negatedWords, undefined, deniedAside), beside: split(names.beside, negatedWords), deniedAside };
    });
    // The sentences where each element is said (strong or generic words, not denied): a name of
    // the `beside` vocabulary counts in the sentence of another element.
    // (Gathered on the first such name met: most checks have none, and P02 has thousands of mentions in a long charter.)
    let saidIn: Array<Set<number>> | undefined;
    const besideOther = (hit: Hit, element: number): boolean => {
      saidIn ??= kept.map((k) => {
        const set = new Set<number>();
        for (const h of k.strong.positive) set.add(sentenceOf[h.first]!);
        for (const h of k.weak.positive) set.add(sentenceOf[h.first]!);
        return set;
      });
      const sentence = sentenceOf[hit.first]!;
      let others = 0;
      saidIn.forEach((set, k) => { if (k !== element && set.has(sentence)) others++; });
      return others >= (check.elements[element]!.besideNeeds ?? 1);
    };
    // Generic words ("évaluation", "owner") only count in a passage (a section's own body, or a
    // preamble paragraph with its list) where the check is otherwise spoken of.
    const { sentences } = model.tokens;
    // (Gathered on the first generic word asked about: most checks meet none in a document.)
    let spoken: { strongPassages: Set<number>; denialsIn: Map<number, Array<[number, number]>> } | undefined;
    const spokenOf = (): NonNullable<typeof spoken> => {
      // Passages where a strong term of the check stands, or a heading about it: its generic words count there.
      const strongPassages = new Set<number>();
      for (const k of kept) {
        let lastUnit = -2;
        for (const hit of k.strong.positive) {
          const unit = this.unitOf(hit);
          if (unit !== lastUnit) strongPassages.add(this.passageOf(unit));
          lastUnit = unit;
        }
      }
      for (const hit of this.headingHits(groups.heading)) if (!this.isNegated(hit)) strongPassages.add(this.passageOf(this.unitOf(hit)));
      // A denied mention makes it so for the generic words of the check's other elements, outside
      // the sentence that denies ("[ ] rules imposed on contractors" beside "[x] rules for every
      // department and its agents"; "This policy applies to all employees. It does not apply to
      // contractors."), but not for the denied element's own: « Le budget participatif… est
      // supprimé, la participation ayant été faible » leaves no "participation".
      // Denials by passage (element, sentence): looked up per generic word, not searched.
      const denialsIn = new Map<number, Array<[number, number]>>();
      kept.forEach((k, i) => {
        for (const d of k.strong.negative) {
          const passage = this.passageOf(this.unitOf(d));
          const list = denialsIn.get(passage);
          if (list) list.push([i, sentences[d.first]!]);
          else denialsIn.set(passage, [[i, sentences[d.first]!]]);
        }
      });
      return { strongPassages, denialsIn };
    };
    const aboutCheck = (hit: Hit, element: number): boolean => {
      const { strongPassages, denialsIn } = (spoken ??= spokenOf());
      const passage = this.passageOf(this.unitOf(hit));
      if (strongPassages.has(passage)) return true;
      const sentence = sentences[hit.first];
      return denialsIn.get(passage)?.some(([i, s]) => i !== element && s !== sentence) ?? false;
    };
    // Passages where a term specific to the check stands (a heading's generic word does not count):
    // a strong term of the element itself, or strong terms of two other elements, or of the only
    // other one (a budget line alone does not make "évaluation" a way to measure impact; costs and
    // carbon together do; a pilot's neighbourhood makes « tester » a pilot).
    // Denied terms count towards the two, beside one that is said: "That evaluation will not
    // assess costs, productivity… or carbon" makes no passage about measuring impact. A denied
    // term of the element itself makes none either: "The Program will be evaluated… The City will
    // not measure the impact of the Program" leaves "evaluated" generic.
    // (Gathered on the first generic word of such an element: only a few checks have one.)
    let specific: { specificPassages: Set<number>; specificSentences: Set<number> } | undefined;
    const specificOf = (): NonNullable<typeof specific> => {
      const specificPassages = new Set<number>();
      const otherElements = new Map<number, Set<number>>();
      const affirmedIn = new Set<number>();
      const specificSentences = new Set<number>();
      kept.forEach((k, i) => {
        for (const hit of [...k.strong.positive, ...k.strong.negative]) {
          const passage = this.passageOf(this.unitOf(hit));
          if (check.elements[i]!.genericNeedsSpecific) {
            if (!this.isNegated(hit)) specificPassages.add(passage);
          } else {
            let seen = otherElements.get(passage);
            if (!seen) otherElements.set(passage, (seen = new Set()));
            seen.add(i);
          }
        }
        if (!check.elements[i]!.genericNeedsSpecific) {
          for (const hit of k.strong.positive) {
            affirmedIn.add(this.passageOf(this.unitOf(hit)));
            specificSentences.add(sentences[hit.first]!);
          }
        }
      });
      const enough = Math.min(2, check.elements.filter((e) => !e.genericNeedsSpecific).length);
      for (const [passage, seen] of otherElements) if (seen.size >= enough && affirmedIn.has(passage)) specificPassages.add(passage);
      return { specificPassages, specificSentences };
    };
    // Or a sentence where a word of evaluation stands beside a strong term of another element:
    // « les Parties évalueront le partenariat, notamment le temps gagné par les agents » (not
    // « mesure », a measure taken, nor "impact": « le suivi budgétaire des mesures »).
    const specificAt = (hit: Hit, unit: number): boolean => {
      const { specificPassages, specificSentences } = (specific ??= specificOf());
      return specificPassages.has(this.passageOf(unit)) || (specificSentences.has(sentences[hit.first]!) && EVALUATES.test(model.tokens.forms[hit.first]!.key));
    };

    // The check's own topic words denied in an item count for its lead-in too: "- **Public
    // awareness.** … there had been no public communication about the pilot".
    const deniedTopicUnits: number[] = [];
    if (this.holdsNegated(groups.heading)) for (const h of this.groupHits(groups.heading)) if (this.isNegated(h)) deniedTopicUnits.push(this.unitOf(h));
    const elements = check.elements.map((element, i): Evidence[] => {
      const { strong, weak, deniedAside } = kept[i]!;
      // (An element the document never names has no evidence, unless found by a detector or by another check's names.)
      if (kept[i] === NOTHING_KEPT && element.detector === undefined && plan.elements[i]!.besideElements.length === 0) return [];
      // (Most elements have no denied word in a document: no sets are made for them.)
      const denials = strong.negative.length + weak.negative.length === 0 ? NO_HITS : [...strong.negative, ...weak.negative];
      const negatedSections: ReadonlySet<number | undefined> = denials.length + deniedAside.length === 0 ? NO_NUMBERS
        : new Set([...denials, ...deniedAside].map((h) => model.units[this.unitOf(h)]?.section));
      const negatedUnits: ReadonlySet<number> = denials.length + deniedTopicUnits.length === 0 ? NO_NUMBERS
        : new Set([...denials.map((h) => this.unitOf(h)), ...deniedTopicUnits]);
      // The rows of tables where a word of the element is denied (by the row's start).
      const negatedRows: ReadonlySet<number> = denials.length === 0 ? NO_NUMBERS : new Set(denials.flatMap((h) => {
        const unit = this.unitOf(h);
        return model.units[unit]?.kind === 'table' ? [this.rowOf(unit, model.tokens.starts[h.first]!)] : [];
      }));
      const found: Evidence[] = [];
      const add = (unit: number, start: number, end: number, isWeak = false): void => {
        const u = model.units[unit];
        // (Nor, for an element that needs words of rules, any YAML key: `partner: Ashby Vale District
        // Council` labels a field of a record; it sets no rule for partners.)
        if (!u || (u.kind === 'yamlKey' && (schemaYaml || element.needsContext))) return;
        // A generic word ("associations") needs the words of rules in its own paragraph: a heading
        // "Nos règles" over "subventions versées aux associations" does not make it a scope.
        // (A generic word in a list item, from the sentence that introduces its list too: « Les
        // règles de la charte s'appliquent : … – aux associations qui reçoivent des données ».)
        // (In a table, in its own row, as a strong term: « adhère à l'association Les Interconnectés »
        // takes no context from the row of the rules before it.)
        if (element.needsContext && !(isWeak ? (contextFound().contextUnits.has(unit) && (u.kind !== 'table' || hasContext(unit, start))) || inContextList(unit) : hasContext(unit, start))) return;
        if (element.needsPartners && !aboutPartners(unit)) return;
        found.push({ unit, start, end });
      };
      if (element.detector === 'quantifiedTarget') {
        // "No numerical targets were set in the agreements. … parking turnover increased 18 %": the
        // figures of a paragraph that says it sets no target are results (the element's `denials`).
        const untargeted = new Set(this.groupHits(groups.elements[i]!.denial).filter((h) => this.isNegated(h)).map((h) => this.unitOf(h)));
        for (const { unit, start, end } of this.targets) if (!untargeted.has(unit)) add(unit, start, end);
      }
      const accept = (hit: Hit, isWeak: boolean): void => {
        const unit = this.unitOf(hit);
        if (isWeak && !(element.genericNeedsSpecific ? specificAt(hit, unit) : aboutCheck(hit, i)) && !(element.titleNamesAuthor && this.inTitle(unit))) return;
        // "## Consultation" over "No public consultation is planned" addresses nothing.
        // A YAML key over a mapping headed by its title ("elected_members:" over "title: Elected
        // members") heads the title's section too.
        // (A title that names its author is not undone by a denial in the text below it.)
        // (Most elements have no denied section: no heading to look up.)
        if (negatedSections.size > 0 && isHeading(unit) && !(element.titleNamesAuthor && this.inTitle(unit))) {
          const section = model.units[unit]!.section;
          if (negatedSections.has(section) || negatedSections.has(this.titleSectionUnder(section))) return;
        }
        const start = model.tokens.starts[hit.first]!;
        // So does a bold lead-in over its item: "- **Les réseaux de collectivités.** La Métropole a
        // étudié son adhésion à OpenDataFrance. Cette adhésion n'a pas été retenue."
        if (negatedUnits.size > 0 && negatedUnits.has(unit) && start < this.leadInEnd(unit)) return;
        // And a row's label over what the row denies: "| Innovation and delivery | Amber | Some
        // strong service-led projects, but no council-wide route for trying out new uses of data |".
        if (negatedRows.size > 0 && model.units[unit]!.kind === 'table' && this.inRowLabel(unit, start) && negatedRows.has(this.rowOf(unit, start))) return;
        add(unit, start, model.tokens.ends[hit.last]!, isWeak);
      };
      for (const hit of strong.positive) accept(hit, false);
      // An element the document denies outright, and never says in its own terms, is not made by
      // its generic words: « Nous n'imposerons pas de règles d'usage aux délégataires » leaves no
      // scope to "à la demande d'une association" beside the rules of the services.
      if (found.length === 0 && !element.genericNeedsSpecific && strong.negative.some((h) => !element.needsContext || denialContext(this.unitOf(h)))) return found;
      for (const hit of weak.positive) accept(hit, true);
      for (const hit of kept[i]!.beside.positive) if (besideOther(hit, i)) accept(hit, false);
      for (const group of plan.elements[i]!.besideElements) {
        for (const hit of this.groupHits(group)) {
          // (The sentence tests first: most names of other checks stand in no sentence of a cadence.)
          if (besideOther(hit, i) && this.inSentence(groups.elements[i]!.about, sentenceOf[hit.first]!) && !this.isNegated(hit)) accept(hit, false);
        }
      }
      return found;
    });
    plan.elements.forEach((element, i) => this.addAssigned(element, elements[i]!, elements));
    const vetoed = check.elements.map(() => false);
    if (schemaYaml && model.yaml) this.addStructural(check, model.yaml.doc, elements, vetoed);
    elements.forEach((list, i) => { elements[i] = inUnitOrder(list); });
    const aboutSections = this.headingSectionsOf(groups.heading);
    // (Into one set, in the order the sets of each group would give them.)
    for (const element of groups.elements) this.headingSectionsOf(element.strong, aboutSections);
    // A denial needs the element's context in its own paragraph: « le club des acteurs du
    // territoire n'est pas retenu » denies no rules of use.
    // « Elle n'adhérera à aucun autre réseau », "no further pilots": a denial of others restricts,
    // it does not deny what the document has.
    const { forms } = model.tokens;
    const ofOthers = (h: Hit): boolean => {
      for (let t = h.first; t >= Math.max(1, h.first - OTHERS_REACH) && sentences[t] === sentences[h.first]; t--) {
        if (!OTHERS.has(forms[t]!.key)) continue;
        // The quantifier right before it (« aucun autre », « pas d'autres », "any other", "no further");
        // « les prestataires et autres partenaires » lists them.
        const before = forms[t - 1]!.key === ELIDED_DE && t >= 2 ? t - 2 : t - 1;
        return NONE_OF.has(forms[before]!.key);
      }
      return false;
    };
    // « aucun réseau », « pas de réseau », "any city network", "no network": a quantifier right
    // before the term (« ne rejoindra pas Eurocities » denies one network, not all).
    const ofAll = (h: Hit): boolean => {
      const t = h.first - 1;
      if (t < 0 || sentences[t] !== sentences[h.first]) return false;
      const key = forms[t]!.key;
      return ALL_NONE.has(key) || ((key === ELIDED_DE || key === DE) && t > 0 && NEGATION_END.has(forms[t - 1]!.key));
    };
    const denied = kept.map((k, i) => (schemaYaml || k.strong.negative.length === 0 ? [] : k.strong.negative
      .filter((h) => (!check.elements[i]!.needsContext || denialContext(this.unitOf(h))) && !ofOthers(h) && (!check.elements[i]!.universalDenials || ofAll(h)))
      .map((h) => ({ unit: this.unitOf(h), start: model.tokens.starts[h.first]!, end: model.tokens.ends[h.last]! }))
      .sort((a, b) => a.unit - b.unit)));
    // An exclusion is a denial whose own sentence holds a word of the rules' reach (the check's
    // `exclusion` vocabulary: "apply", "scope", « s'appliquent », « opposable ») and a negation, or
    // a phrase that excludes by itself ("outside the scope", « hors du champ »): a denial taken
    // from another sentence (« Les règles s'appliquent aux agents. Elles ne s'appliquent pas au
    // titulaire ») excludes nothing there. A later sentence that names the element with the
    // words of rules of use (the check's heading vocabulary) takes the exclusion back: "Rules of
    // use for contractors: …", « Règles d'usage pour les prestataires : … ».
    const excludes = (h: Hit): boolean => {
      const sentence = sentences[h.first]!;
      return this.inSentence(groups.outside, sentence) || (this.inSentence(groups.reach, sentence) && this.negationInSentence(h));
    };
    // A denial of each thing the document names, by the same words and after every mention of it,
    // holds in every scope too: "g) apply to join the Cities Coalition for Digital Rights" in a
    // motion, then in its outcome "withdrew resolution (g); the Cities Coalition for Digital
    // Rights will not be pursued" (for `universalDenials` elements, whose denials of one name are
    // otherwise no denial: « membre d'OpenDataFrance … ne rejoindra pas Eurocities »).
    const wordsOf = (h: Hit): string => forms.slice(h.first, h.last + 1).map((f) => f.key).join(' ');
    const deniedByName = (k: (typeof kept)[number]): boolean => {
      const negative = k.strong.negative.filter((h) => !ofOthers(h));
      if (negative.length === 0 || k.strong.positive.length === 0) return false;
      const lastDenial = new Map<string, number>();
      for (const h of negative) {
        const words = wordsOf(h);
        lastDenial.set(words, Math.max(lastDenial.get(words) ?? -1, h.first));
      }
      return k.strong.positive.every((h) => (lastDenial.get(wordsOf(h)) ?? -1) > h.first);
    };
    const reach = this.groupHits(groups.reach);
    const outsideSaid = this.groupHits(groups.outside).length > 0;
    const excluded = kept.map((k, i) => {
      if (schemaYaml) return false;
      if (check.elements[i]!.universalDenials && deniedByName(k)) return true;
      let last = -1;
      if (denied[i]!.length > 0) for (const h of k.strong.negative) if (h.first > last && excludes(h)) last = h.first;
      // A phrase that excludes by itself needs no negation of what it names: "City employees are
      // subject to the City's Employee Code of Conduct…, which are separate from this Code."
      // (Most documents hold no such phrase: then no mention is looked at.)
      if (outsideSaid) for (const h of k.strong.positive) if (h.first > last && this.inSentence(groups.outside, sentences[h.first]!)) last = h.first;
      // (So does a later sentence that extends the rules' reach to it: "This Charter concerns the
      // Municipality only; it does not bind … the other member municipalities. … This Charter
      // applies to all departments of the Câmara Municipal".)
      // (The reach before the element: "Require contractors … to apply the policy" recommends.)
      const takesBack = (h: Hit): boolean => {
        const sentence = sentences[h.first]!;
        // (Not a sentence that denies: "No equivalent rules govern how the companies … may use the data".)
        if (this.negationInSentence(h)) return false;
        return this.inSentence(groups.heading, sentence) || reach.some((r) => sentences[r.first] === sentence && r.last < h.first);
      };
      return last >= 0 && !k.strong.positive.some((h) => sentences[h.first]! > sentences[last]! && takesBack(h));
    });
    return { elements, vetoed, aboutSections, denied, excluded };
  }

  /**
   * Evidence of an element that a column or a key assigns (« Pilote », `responsable:`) in the
   * table row or YAML mapping of its `assignedBeside` element's evidence, when one of its `about`
   * words stands there too: « Présenter chaque année un bilan de la charte | Comité de la donnée ».
   */
  private addAssigned(element: ElementPlan, found: Evidence[], elements: Evidence[][]): void {
    const columns = element.assignedColumns;
    const beside = element.assignedBeside < 0 ? undefined : elements[element.assignedBeside];
    if (!columns || !beside) return;
    const { starts } = this.model.tokens;
    // Hits are in document order: their offsets are sorted, and a range is searched, not scanned.
    const about = this.groupHits(element.groups.about).filter((h) => !this.isNegated(h)).map((h) => starts[h.first]!);
    if (about.length === 0) return;
    const holdsAbout = (from: number, to: number): boolean => {
      const first = lowerBound(about, from);
      return first < about.length && about[first]! < to;
    };
    for (const e of beside) {
      const a = assignmentAt(this.model, e.unit, e.start, columns, holdsAbout);
      if (!a || found.some((f) => f.start === a.start)) continue;
      found.push({ unit: this.unitAt(a.start), start: a.start, end: a.end });
    }
  }

  /** A whole mapping is reported on its key (`reversibility:`), not on every line of its value. */
  private narrow(doc: Document.Parsed, path: string[], range: OffsetRange): OffsetRange {
    const text = this.model.text.slice(range.start, range.end);
    if (!text.includes('\n')) return range;
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    if (!isMap(parent)) return range;
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === path[path.length - 1]);
    const key = pair?.key as Node | undefined;
    return key?.range ? { start: key.range[0], end: key.range[1] } : range;
  }

  /** Whether a hit stands in the risk column of a risk register, or the request column of a response table (riskCellsOfPart). */
  private inRiskCell(hit: Hit): boolean {
    // (Read for every hit of every check: a document without a risk register, most, answers from
    // the length of an empty list.)
    const { starts, ends } = this.riskCellsFound();
    if (starts.length === 0) return false;
    // (A register may hold hundreds of rows: the cell is found by a binary search.)
    const at = this.model.tokens.starts[hit.first]!;
    const cell = lowerBound(starts, at + 1) - 1;
    return cell >= 0 && at < ends[cell]!;
  }

  /** Whether the document holds a risk register's risk column. */
  private holdsRiskCells(): boolean {
    return this.riskCellsFound().starts.length > 0;
  }

  /** The cells of risk registers' risk columns, found on first use (each piece keeps what it found, TextPart.memo). */
  private riskCellsFound(): { starts: number[]; ends: number[] } {
    if (!this.riskCells) {
      const cells = rangesOfParts(this.model, riskCellsOfPart);
      this.riskCells = { starts: cells.map(([a]) => a), ends: cells.map(([, b]) => b) };
    }
    return this.riskCells;
  }

  /**
   * `notWith`: the P10 sponsor is not the P16 owner unless the sentence gives them the
   * follow-up (a cadence in the sentence, or the owner words themselves name it: "comité de suivi").
   */
  private excludedBy(rule: ElementPlan['notWith'], hit: Hit): boolean {
    if (!rule) return false;
    const { sentences } = this.model.tokens;
    let sentence = sentences[hit.first]!;
    if (!this.inSentence(rule.group, sentence)) {
      // A list item's audience may stand in the sentence that introduces its list: « Chaque
      // lauréat bénéficie : - d'une formation à l'utilisation de l'API ».
      if (this.inSentence(rule.unless, sentence)) return false;
      const lead = leadInOf(this.model, this.unitOf(hit));
      if (lead < 0) return false;
      sentence = sentences[this.model.units[lead]!.tokens[1] - 1]!;
      if (!this.inSentence(rule.group, sentence)) return false;
    }
    // (A group the rule does not name is -1: in no sentence, over no word.)
    if (this.inSentence(rule.unless, sentence)) return false;
    return !this.overlaps(rule.unlessNaming, hit);
  }

  /**
   * Whether a frequency hit ("per year", « par an ») follows an amount in its sentence: a number or
   * a currency among the few words before it, unless a word of occurrences stands between (« deux
   * fois par an », "four meetings a year").
   */
  private isRate(hit: Hit): boolean {
    const { forms, sentences, starts, ends } = this.model.tokens;
    if (!RATE_LEADS.has(forms[hit.first]!.key)) return false;
    const { text } = this.model;
    for (let t = hit.first - 1; t >= Math.max(0, hit.first - RATE_REACH) && sentences[t] === sentences[hit.first]; t--) {
      if (CURRENCY.test(text.slice(ends[t]!, starts[t + 1]!))) return true;
      const key = forms[t]!.key;
      if (OCCURRENCES.has(key)) return false;
      if (DIGIT.test(key)) return true;
    }
    return false;
  }

  /** YAML charters: a non-empty schema key is evidence of its element. */
  private addStructural(check: CheckDefinition, doc: Document.Parsed, elements: Evidence[][], vetoed: boolean[]): void {
    check.elements.forEach((element, i) => {
      for (const rule of element.yaml ?? []) {
        const path = rule.path.split('.');
        const node = doc.getIn(path, true) as Node | undefined;
        // `roles: *roles` answers with the value under its anchor: that value's words are read,
        // and its items when the rule reads a field of each (the evidence stays at the alias).
        const resolved = isAlias(node) ? node.resolve(doc) : undefined;
        const anchored = resolved?.range ? { start: resolved.range[0], end: resolved.range[1] } : undefined;
        const ranges = resolved && rule.field && node?.range
          ? (this.structuralRanges(resolved, rule, vetoed, i).length > 0 ? [{ start: node.range[0], end: node.range[1] }] : [])
          : this.structuralRanges(node, rule, vetoed, i);
        for (const range of ranges) {
          const words = anchored ?? range;
          if (rule.matching && !this.holdsTerm(check.code, element.id, words)) continue;
          // A value that answers no (`territory: The city does not set data-use rules for its
          // contractors…`) says the element is not there, as an empty one does.
          if (this.answersNo(check, element.id, range)) {
            vetoed[i] = true;
            continue;
          }
          const unit = this.unitAt(range.start);
          // A role titled "Délégué à la protection des données" is a trap, not a data role; a
          // `selfData` that only states the GDPR right to portability is no self-data initiative.
          // A scale that opens on its trap (`scale: Region-wide, all seven area municipalities`,
          // `scale: city-wide — central business district and…`) says how wide it is: no limit.
          if (!rule.namesItself && (this.onlyTrappedIn(check.code, element.id, words) || (rule.matching && this.opensWithTrap(check.code, element.id, words)))) continue;
          elements[i]!.push({ unit, ...this.narrow(doc, path, range), structural: true });
          break;
        }
      }
    });
  }

  /** Ranges of the values that satisfy a YAML rule, in document order. */
  private structuralRanges(node: Node | undefined, rule: YamlEvidence, vetoed: boolean[], index: number): OffsetRange[] {
    if (!node?.range) return [];
    if (rule.equals) {
      if (!isScalar(node)) return [];
      const value = String(node.value ?? '').trim().toLowerCase();
      if (rule.equals.includes(value)) return [{ start: node.range[0], end: node.range[1] }];
      if (value) vetoed[index] = true;
      return [];
    }
    if (rule.field) {
      if (!isSeq(node)) return [];
      const found: OffsetRange[] = [];
      for (const item of node.items) {
        if (!isMap(item)) continue;
        const value = item.get(rule.field, true) as Node | undefined;
        // (Nor an item its status withdraws: `status: withdrawn`, « statut : abandonné ».)
        if (!isAnswered(value) || !value?.range || this.withdrawnAt(value.range[0])) continue;
        if (rule.quantified && !this.isQuantified(value.range)) continue;
        found.push({ start: value.range[0], end: value.range[1] });
      }
      return found;
    }
    // A list answers by the items a comment does not withdraw (`- Eurocities  # withdrawn`).
    if (isSeq(node)) {
      const kept = node.items.filter((item) => isAnswered(item as Node) && !this.withdrawnAt((item as Node).range?.[0] ?? -1));
      return kept.length > 0 ? [{ start: node.range[0], end: node.range[1] }] : [];
    }
    if (isAnswered(node) && !this.withdrawnAt(node.range[0]) && !(isScalar(node) && saysNoneYet(String(node.value)))) return [{ start: node.range[0], end: node.range[1] }];
    // A key left empty, « à compléter » or "None at present" (`territory: ""`, `intercommunal: None at
    // present. The Council does not share…`) says the element is not there yet: a word of it in
    // another key's text ("à des tiers" in the internal rules) does not stand for it.
    if (isScalar(node)) vetoed[index] = true;
    return [];
  }

  /** Whether a value's text holds a term of the element (`formats: ["format ouvert"]` holds none). */
  private holdsTerm(code: string, element: string, range: OffsetRange): boolean {
    const starts = this.model.tokens.starts;
    const within = (h: Hit): boolean => starts[h.first]! >= range.start && starts[h.first]! < range.end;
    const traps = this.hits(`${code}.${element}!`).filter(within);
    return [...this.hits(`${code}.${element}`), ...this.hits(`${code}.${element}~`)]
      .some((h) => within(h) && !traps.some((t) => t.first <= h.last && h.first <= t.last));
  }

  /**
   * A value that only says what is not done ("It is not carried at combined-authority level, and no
   * data service pooled … is planned", « Aucune règle spécifique n'est imposée aux délégataires »):
   * it holds words of the check, and every one of them is negated (another element's generic
   * words, and for an element read in context all its words, unless negated, count neither way).
   */
  private answersNo(check: CheckDefinition, id: string, range: OffsetRange): boolean {
    const { starts, sentences } = this.model.tokens;
    const ownNeedsContext = check.elements.some((e) => e.id === id && e.needsContext);
    const words: Array<{ hit: Hit; generic: boolean; no: boolean }> = [];
    for (const element of check.elements) {
      for (const group of [`${check.code}.${element.id}`, `${check.code}.${element.id}~`]) {
        // Another element's generic words do not make it a yes: "This charter does not yet set
        // rules for contractors… The Board has asked staff to look at this" (`territory`); nor, for
        // the scopes of rules (elements read in context), its own terms: « … n'a pas été retenue
        // à ce stade … au vu de l'expérience acquise en interne ».
        const generic = element.id !== id && (group.endsWith('~') || ownNeedsContext);
        for (const hit of this.hits(group)) {
          const at = starts[hit.first]!;
          // A trap is no word of the element: "General induction for new staff" after "No data
          // training programme is planned" leaves the answer a no.
          if (at < range.start || at >= range.end || this.overlaps(this.lex.matcher.findGroup(`${check.code}.${element.id}!`), hit)) continue;
          // For a scope of rules, a prohibition is a rule, not a no: "ANPR data … may not be
          // shared with other council services".
          words.push({ hit, generic, no: this.isNegated(hit) && !(ownNeedsContext && this.underProhibition(hit)) });
        }
      }
    }
    // A value in the check's own words but none of an element's (« Aucune instance d'échange entre
    // acteurs locaux n'est prévue à ce stade » for the ecosystem) answers no when they are all denied.
    if (words.length === 0) {
      for (const hit of this.hits(`${check.code}#`)) {
        const at = starts[hit.first]!;
        if (at >= range.start && at < range.end) words.push({ hit, generic: false, no: this.isNegated(hit) });
      }
    }
    const denials = words.filter((w) => w.no);
    if (denials.length === 0) return false;
    // For a scope of rules, a sentence after the denial that holds no word of rules names the scope
    // without setting any: after "Rules for the use of Council data by contractors … have not yet
    // been drafted", "They will be developed with partners during 2026" is no yes.
    const { groups } = planOf(check, this.lex);
    const firstDenied = Math.min(...denials.map((w) => sentences[w.hit.first]!));
    const setsNoRule = (hit: Hit): boolean => {
      const sentence = sentences[hit.first]!;
      return ownNeedsContext && sentence > firstDenied && !this.inSentence(groups.context, sentence) && !this.inSentence(groups.heading, sentence);
    };
    return words.every((w) => w.no || w.generic || setsNoRule(w.hit));
  }

  /** Whether a value's first word opens a trap of the element. */
  private opensWithTrap(code: string, element: string, range: OffsetRange): boolean {
    const { starts, length } = this.model.tokens;
    const first = lowerBound(starts, range.start, length);
    return first < length && starts[first]! < range.end && this.hits(`${code}.${element}!`).some((t) => t.first === first);
  }

  /** Whether the element's words in a value are all traps (and there is at least one trap). */
  private onlyTrappedIn(code: string, element: string, range: OffsetRange): boolean {
    const starts = this.model.tokens.starts;
    const within = (h: Hit): boolean => starts[h.first]! >= range.start && starts[h.first]! < range.end;
    const traps = this.hits(`${code}.${element}!`).filter(within);
    if (traps.length === 0) return false;
    const words = [...this.hits(`${code}.${element}`), ...this.hits(`${code}.${element}~`)].filter(within);
    return words.every((h) => traps.some((t) => t.first <= h.last && h.first <= t.last));
  }

  /** A YAML target is quantified when it is a number, a date, or text holding a quantified target. */
  private isQuantified(range: [number, number, number]): boolean {
    const raw = this.model.text.slice(range[0], range[1]).replace(/^["']|["']$/g, '').trim();
    if (/^[<>≤≥]?\s*\d+(?:[.,]\d+)?\s*%?$/.test(raw) || /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(raw)) return true;
    const unit = this.unitAt(range[0]);
    const u = this.model.units[unit];
    return !!u && quantifiedTargets(this.model.tokens, this.model.text, u.tokens[0], u.tokens[1], this.lex).length > 0;
  }

  /** The unit that starts at or contains `offset` (the last unit starting at or before it). */
  unitAt(offset: number): number {
    return unitStartingBefore(this.model.units, offset);
  }
}

/**
 * The ranges of a Markdown charter that say what they hold was not adopted, deferred or is not in
 * place: nothing in them is evidence.
 */
function undecidedMarkdown(model: CharterModel, cues: ReadonlySet<string>): Array<[number, number]> {
  const said = sectionVerdicts(model);
  const rows = [...withdrawnRows(model), ...ratedRows(model)];
  return [
    ...undecidedSections(model, said, cues), ...rejectedProposals(model), ...proposalsAnswered(model, said), ...untickedItems(model), ...rows,
    ...sectionsNamedBy(model, rows), ...listsLedOutBy(model, cues), ...rangesOfParts(model, arrowStatuses), ...struckText(model), ...rangesOfParts(model, bracketedDeletions),
    ...model.units.filter((u) => u.kind === 'listItem' && endsWithStatus(model.text.slice(Math.max(u.start, u.end - ITEM_STATUS_LENGTH - 4), u.end)))
      .map((u): [number, number] => [u.start, u.end]),
  ];
}

/**
 * The rows rated with a rating that a key table defines as withdrawn: « | Grey | Withdrawn or
 * deferred by Cabinet decision | » in the report's key, then « | 14 | Incremental delivery | Grey
 * | » in its summary. The key is read per piece (kept with it); the rated rows only when a key
 * names such a rating, which few documents have.
 */
function ratedRows(model: CharterModel): Array<[number, number]> {
  const ratings = new Set<string>();
  for (const part of model.parts) for (const rating of part.memo(withdrawnRatingsOfPart)) ratings.add(rating);
  if (ratings.size === 0) return [];
  const { text } = model;
  const ranges: Array<[number, number]> = [];
  for (const unit of model.units) {
    if (unit.kind !== 'table') continue;
    for (let start = unit.start; start < unit.end;) {
      const eol = text.indexOf('\n', start);
      const end = eol < 0 || eol > unit.end ? unit.end : eol;
      const cells = cellsOf(text.slice(start, end)).map(foldWords).map((cell) => cell.trim());
      // (Not the key's own row, whose second cell says what the rating means.)
      if (cells.length > 2 && cells.some((cell) => ratings.has(cell))) ranges.push([start, end]);
      start = end + 1;
    }
  }
  return ranges;
}

/** The ratings (folded) that a key table of one piece defines as withdrawn or not done: « | Grey | Withdrawn or deferred | ». */
function withdrawnRatingsOfPart(text: string, units: readonly Unit[], stream: TokenStream): string[] {
  const ratings: string[] = [];
  for (const unit of units) {
    if (unit.kind !== 'table') continue;
    const table = text.slice(unit.start, unit.end);
    // (A key's meaning opens like a status: most tables have no such cell.)
    if (!mayOpenWithStatus(stream, text, unit, table)) continue;
    for (const line of table.split('\n')) {
      const cells = cellsOf(line);
      if (cells.length !== 2) continue;
      const rating = foldWords(cells[0]!).trim();
      if (rating === '' || rating.split(' ').length > RATING_WORDS || /\d/.test(rating)) continue;
      if (UNDECIDED_STATUS.test(foldWords(cells[1]!).trim())) ratings.push(rating);
    }
  }
  return ratings;
}

/** The longest rating of a key table, in words ("Grey", « Non engagé »). */
const RATING_WORDS = 2;

/**
 * A paragraph or an item that opens with a bracketed mark of deletion, as a draft shows its
 * changes in text: « **[Supprimé v0.4]** « La Métropole adhère à OpenDataFrance… » », "[Deleted]
 * …", « [Retiré] … ». What it holds is no evidence. (Read from each unit alone: per piece.)
 */
function bracketedDeletions(text: string, units: readonly Unit[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const unit of units) {
    if (unit.kind !== 'paragraph' && unit.kind !== 'listItem') continue;
    let at = afterMarker(text, unit.start);
    while (at < unit.end && (text[at] === '*' || text[at] === '_' || text[at] === ' ')) at++;
    if (text[at] !== '[') continue;
    // (A bounded look: a unit that opens with a bracket and never closes it reads no further.)
    const mark = text.slice(at + 1, Math.min(unit.end, at + 1 + BRACKETED_MARK));
    const close = mark.indexOf(']');
    if (close >= 0 && DELETED_MARK.test(fold(mark.slice(0, close)))) ranges.push([unit.start, unit.end]);
    // A comment on the draft says what the text does not hold: it is no evidence either.
    else if (COMMENT_MARK.test(fold(mark)) && text.slice(at, unit.end).trimEnd().endsWith(']')) ranges.push([unit.start, unit.end]);
  }
  return ranges;
}
/** A word that introduces the question quoted after it (« à la question « … ? » », "the question"). */
const ASKING_WORD = /(?:^|[^\p{L}])(?:question|questions|demande|asked|asks)$/iu;
/** The longest bracketed mark read at the start of a unit. */
const BRACKETED_MARK = 40;
/** A mark of deletion (folded): « supprimé v0.4 », "deleted", « retiré en commission ». */
const DELETED_MARK = /^(?:supprimee?s?|retiree?s?|abrogee?s?|deleted|removed|struck(?: out)?|withdrawn)\b/;
/** A reviewer's comment on a draft, bracketed as a whole unit (folded): "[Comment – Finance: … Section left empty for now.]". */
const COMMENT_MARK = /^(?:comments?|commentaires?|drafting notes?|note de redaction|reviewer'?s? (?:comments?|notes?))\s*(?:[-\u2013\u2014:(]|$)/;

/**
 * Struck-through text (`~~Adhérer à OpenDataFrance~~`): a revised charter shows what it deleted
 * that way, and what is deleted is no evidence. A pair of `~~` is read within one unit, as
 * markdown-it reads it; a run of three tildes or more (a code fence) is none.
 */
function struckText(model: CharterModel): Array<[number, number]> {
  const { text, units } = model;
  const ranges: Array<[number, number]> = [];
  let open = -1;
  let openUnit = -1;
  for (let at = text.indexOf('~~'); at >= 0; at = text.indexOf('~~', at + 2)) {
    let end = at + 2;
    while (text.charCodeAt(end) === TILDE) end++;
    if (end - at > 2 || text.charCodeAt(at - 1) === TILDE) {
      at = end - 2;
      continue;
    }
    const unit = unitStartingBefore(units, at);
    if (open >= 0 && unit === openUnit && at < units[unit]!.end) {
      ranges.push([open, end]);
      open = -1;
    } else {
      open = at;
      openUnit = unit;
    }
  }
  return ranges;
}
const TILDE = 126;

/**
 * An item that ends with its status after an arrow (« 4. Adhérer à OpenDataFrance → reporté », "→
 * dropped"): withdrawn when the status is. A legend (« « → abandonné » : … ») opens with its arrow.
 * (Read from each unit alone: per piece.)
 */
function arrowStatuses(text: string, units: readonly Unit[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // The arrows of the piece, found once (most documents hold none): each unit's last one is then
  // found by a binary search, not by a search through the text.
  const arrows: number[] = [];
  for (let at = text.indexOf('\u2192'); at >= 0; at = text.indexOf('\u2192', at + 1)) arrows.push(at);
  if (arrows.length === 0) return ranges;
  for (const unit of units) {
    if (unit.kind !== 'listItem' && unit.kind !== 'paragraph') continue;
    const before = lowerBound(arrows, unit.end);
    const arrow = before > 0 ? arrows[before - 1]! : -1;
    if (arrow < unit.start || arrow - unit.start < ARROW_LEAD) continue;
    const status = foldWords(text.slice(arrow + 1, Math.min(unit.end, arrow + 80)));
    if (UNDECIDED_STATUS.test(status)) ranges.push([unit.start, unit.end]);
  }
  return ranges;
}
/** The fewest characters before an item's arrow for what follows it to be the item's status. */
const ARROW_LEAD = 16;

/**
 * A bold line that says what is not done, over a list (« **Nous ne ferons pas** », "**We
 * won't**"), withdraws the list as such a heading would its section: an item that opens with its
 * own negation is read by it.
 */
function listsLedOutBy(model: CharterModel, cues: ReadonlySet<string>): Array<[number, number]> {
  const { text, units } = model;
  const ranges: Array<[number, number]> = [];
  units.forEach((unit, index) => {
    const next = units[index + 1];
    if (unit.kind !== 'paragraph' || next?.kind !== 'listItem' || next.section !== unit.section || unit.end - unit.start > LEAD_OUT_LENGTH) return;
    const paragraph = text.slice(unit.start, unit.end).trim();
    const lead = unit.end - unit.start <= LEAD_IN_LENGTH ? boldLine(paragraph) : undefined;
    // (Or a sentence that says it, ending on its colon: « Pour être explicite, les points suivants
    // ne font pas partie de la feuille de route 2025-2026 : », "The following are not part of this
    // plan:".)
    const saysOut = lead !== undefined ? (headingSays(lead) & HEADING_NOT_DONE) !== 0 : paragraph.endsWith(':') && LEAD_OUT.test(foldWords(paragraph));
    if (!saysOut) return;
    for (let k = index + 1; units[k]?.kind === 'listItem' && units[k]!.list === next.list; k++) {
      if (!opensWithNegation(model, units[k]!, cues)) ranges.push([units[k]!.start, units[k]!.end]);
    }
  });
  return ranges;
}

/** The words of a paragraph that is one bold line (« **Nous ne ferons pas :** »), a heading in all but name. */
function boldLine(paragraph: string): string | undefined {
  const marker = paragraph.slice(0, 2);
  if (marker !== '**' && marker !== '__') return undefined;
  const end = paragraph.endsWith(':') ? paragraph.length - 1 : paragraph.length;
  if (paragraph.slice(end - 2, end) !== marker || end < 5) return undefined;
  const words = paragraph.slice(2, end - 2);
  return /[*_\n]/.test(words) ? undefined : words;
}
/** The longest paragraph read as a bold line over a list. */
const LEAD_IN_LENGTH = 100;
/** The longest sentence read as leading a list out. */
const LEAD_OUT_LENGTH = 240;
/** A sentence that leads its list out of what the document does (folded words). */
const LEAD_OUT = /\b(?:ne (?:font|fait) pas partie (?:de|du|des)|ne (?:sont|seront) pas (?:retenue?s?|repris(?:es)?|inscrite?s?)|(?:are|is) not (?:part of|included in|covered by)|(?:were|was) not (?:retained|taken forward|adopted)|(?:sont|seront) exclue?s? (?:du|de la|des)|(?:are|is|will be) excluded from|(?:are|is) out of scope|hors (?:du )?(?:perimetre|champ))\b/;

/**
 * A proposal by others answered in the section after it (« ### Ce que la convention a proposé »
 * then « ### Ce que la ville retient », "### You said" then "### We did"): the proposal is what
 * the answer makes of it. Unless the answer adopts it plainly (« La ville retient cette
 * proposition. », with no word of refusal or delay), the proposal is no evidence; what the answer
 * itself says still is.
 */
function proposalsAnswered(model: CharterModel, said: Map<number, number>): Array<[number, number]> {
  const { text, sections, units } = model;
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i + 1 < sections.length; i++) {
    const proposal = sections[i]!;
    const answer = sections[i + 1]!;
    if (answer.level !== proposal.level || answer.parent !== proposal.parent) continue;
    if (!((said.get(proposal.headingUnit) ?? 0) & HEADING_PROPOSAL) || !((said.get(answer.headingUnit) ?? 0) & HEADING_ANSWER)) continue;
    const answered = foldWords(text.slice(units[answer.headingUnit + 1]?.start ?? answer.end, units[answer.ownEndUnit]?.start ?? text.length));
    // « ## Ce que la mairie retient » then « ## Ce qu'elle ne retient pas »: the answer refuses part.
    const after = sections[i + 2];
    const refusedAfter = after !== undefined && after.level === answer.level && after.parent === answer.parent && ((said.get(after.headingUnit) ?? 0) & HEADING_NOT_DONE) !== 0;
    if (ADOPTS.test(answered) && !REFUSES.test(answered) && !refusedAfter) continue;
    ranges.push([proposal.start, answer.start]);
  }
  return ranges;
}

/**
 * The sections that withdrawn rows name by their heading's title: a follow-up table's
 * « | 3 | Apprendre des autres villes | … | abandonné | » withdraws « ## Engagement n°3 — Apprendre
 * des autres villes », whose text still says what was planned.
 */
function sectionsNamedBy(model: CharterModel, rows: Array<[number, number]>): Array<[number, number]> {
  if (rows.length === 0) return [];
  const { text } = model;
  const names = new Set<string>();
  // Or its code (« | E4 — Réseaux de collectivités | … | Abandonné | » over « ### E4 — Apprendre
  // des autres territoires »).
  const codes = new Set<string>();
  // Per table (by its start), whether it numbers commitments: read once, whatever its rows.
  const numbering = new Map<number, { commitments: boolean; articles: boolean; others: boolean[] }>();
  for (const [from, to] of rows) {
    // A bare number is a commitment's only in a table of commitments (« | N° | Engagement | »),
    // not in a table of indicators numbered on their own; an article's only in a table of articles.
    const table = model.units[unitStartingBefore(model.units, from)]!;
    let numbers = numbering.get(table.start);
    if (numbers === undefined) {
      const header = cellsOf(lineAt(text, table.start)).map(foldWords);
      numbers = {
        commitments: header.some((cell) => COMMITMENTS_COLUMN.test(cell)),
        articles: header.some((cell) => ARTICLES_COLUMN.test(cell)),
        others: header.map((cell) => OTHER_COLUMN.test(cell)),
      };
      numbering.set(table.start, numbers);
    }
    for (const [column, cell] of cellsOf(text.slice(from, to)).entries()) {
      const words = foldWords(cell);
      // A title, not a number or a one-word status, nor who carries it or when: a row withdrawn
      // with « Responsable de la donnée » as its owner does not name every paragraph that says so.
      if (words.length >= 12 && words.includes(' ') && !numbers.others[column]) names.add(words);
      const code = codeOf(words);
      if (code && (numbers.commitments || !BARE_NUMBER.test(words))) codes.add(code);
      if (code && numbers.articles && BARE_NUMBER.test(words)) codes.add(`article${code}`);
    }
  }
  const ranges: Array<[number, number]> = [];
  model.sections.forEach((section, index) => {
    if (index === model.titleSection) return;
    const heading = foldWords(text.slice(section.heading.start, section.heading.end));
    const code = codeOf(heading, true);
    if (code && codes.has(code)) {
      ranges.push([section.start, model.units[section.ownEndUnit]?.start ?? text.length]);
      return;
    }
    for (const name of names) {
      if (heading !== name && !heading.endsWith(` ${name}`)) continue;
      ranges.push([section.start, model.units[section.ownEndUnit]?.start ?? text.length]);
      break;
    }
  });
  // A proposal quoted or listed under its code (« > **R4.** Rejoindre OpenDataFrance… ») that a
  // table of answers withdraws by the code (« | R4 | Adhésion à OpenDataFrance | Non retenue | »).
  if (codes.size > 0) {
    for (const unit of model.units) {
      if (unit.kind !== 'paragraph' && unit.kind !== 'listItem') continue;
      let at = afterMarker(text, unit.start);
      while (at < unit.end && QUOTE_LEAD.includes(text[at]!)) at++;
      const code = codeOf(foldWords(text.slice(at, Math.min(unit.end, at + CODE_LEAD))), true);
      if (code && codes.has(code)) ranges.push([unit.start, unit.end]);
    }
  }
  // A paragraph or an item that says what a row names, word for word: « | Campagne d'information
  // des voyageurs sur l'usage de leurs données | Abandonné | » withdraws « Le Syndicat mènera une
  // campagne d'information des voyageurs sur l'usage de leurs données de validation… ».
  const long = [...names].filter((name) => name.split(' ').length >= PARAGRAPH_NAME_WORDS);
  if (long.length === 0) return ranges;
  for (const unit of model.units) {
    if (unit.kind !== 'paragraph' && unit.kind !== 'listItem') continue;
    const words = ` ${foldWords(text.slice(unit.start, unit.end))} `;
    if (long.some((name) => words.includes(` ${name} `))) ranges.push([unit.start, unit.end]);
  }
  return ranges;
}

/**
 * The list in unit order (then by start), as a stable sort gives it. Mentions are found vocabulary
 * by vocabulary, each in document order: the list is a few runs in order, merged two by two (a
 * sort of P02's thousands of mentions at every keystroke cost more); most lists are one run.
 */
function inUnitOrder(list: Evidence[]): Evidence[] {
  const runs: number[] = [0];
  for (let i = 1; i < list.length; i++) if (byUnitThenStart(list[i - 1]!, list[i]!) > 0) runs.push(i);
  if (runs.length === 1) return list;
  if (runs.length > MERGED_RUNS) return list.sort(byUnitThenStart);
  let sorted = runs.map((start, k) => list.slice(start, runs[k + 1] ?? list.length));
  while (sorted.length > 1) {
    const merged: Evidence[][] = [];
    for (let k = 0; k < sorted.length; k += 2) merged.push(k + 1 < sorted.length ? mergedInOrder(sorted[k]!, sorted[k + 1]!) : sorted[k]!);
    sorted = merged;
  }
  return sorted[0]!;
}
/** The most runs of a list that inUnitOrder merges: a list more out of order is sorted. */
const MERGED_RUNS = 16;

/** Two lists in unit order as one, `a`'s first where they tie (a stable sort's order). */
function mergedInOrder(a: Evidence[], b: Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  let i = 0;
  let k = 0;
  while (i < a.length && k < b.length) out.push(byUnitThenStart(a[i]!, b[k]!) > 0 ? b[k++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (k < b.length) out.push(b[k++]!);
  return out;
}

function byUnitThenStart(a: Evidence, b: Evidence): number {
  return a.unit - b.unit || a.start - b.start;
}

/** How many of the first `length` values (sorted, ascending) are below `value`: where `value` would go. */
function lowerBound(values: ArrayLike<number>, value: number, length = values.length): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last unit that starts at or before `offset` (units are in document order). */
function unitStartingBefore(units: readonly Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The line of text that starts at `start`. */
function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}
/** A header cell naming commitments (folded), and a cell that is a bare number. */
const COMMITMENTS_COLUMN = /^ ?(?:(?:#|n ?°|no|ref) )?(?:pledges?|commitments?|engagements?|actions?|mesures?|measures?|objectifs?|objectives?|propositions?|chantiers?|articles?) ?$/;
const BARE_NUMBER = /^ ?\d/;
/** A header cell over who carries a row, when, at what cost or how far it is (folded): no title. */
const OTHER_COLUMN = /^ ?(?:porteurs?|pilotes?|responsables?|referents?|leads?|owners?|qui|who|services?|directions?|echeances?|dates?|delais?|calendrier|timing|deadlines?|when|statuts?|status|etat|avancement|progress|budget|couts?|costs?)(?: [a-z]+)?$/;
/** A header cell over the numbers of articles (folded). */
const ARTICLES_COLUMN = /^ ?(?:(?:#|n ?°|no|ref) )?(?:articles?|art) ?$/;

/** The code that opens a row's cell or a heading (folded): « E4 — … », "DC-10 …", « A3. … »; not a bare number. */
function codeOf(words: string, heading = false): string | undefined {
  // A heading names its number with a word (« Engagement n° 12 »), a row may give it bare (« | 12 | »).
  const numbered = NUMBERED.exec(words);
  // An article's number is its own: « | 6 | Restituer … | abandonné | » in a roadmap of actions
  // does not withdraw « ### Article 6 – Le Club des partenaires ».
  if (numbered && (numbered[1] !== undefined || !heading)) return `${numbered[1] === 'article' ? 'article' : ''}#${numbered[2]}`;
  const m = LEADING_CODE.exec(words);
  if (m) return `${m[1]}${m[2]}`;
  // « Option B », "Scenario 2": the options a note submits for decision.
  const option = OPTION_CODE.exec(words);
  return option ? `option ${option[1]}` : undefined;
}
const OPTION_CODE = /^(?:option|scenario|variante|piste) ([a-z]|\d{1,2})(?![\p{L}\p{N}])/u;
/**
 * A commitment's number, the same in a row's first cell (« | 12 | Eurocities … | Stopped | ») and
 * in its heading (« ### Pledge 12 – … »), folded.
 */
const NUMBERED = /^(?:((?:pledge|commitment|engagement|action|mesure|measure|objectif|objective|proposition|chantier|article)) (?:n ?° ?|no ?|n )?)?(\d{1,3})(?:$|(?= [^\d.,]))/;
const LEADING_CODE = /^([a-z]{1,3}) ?-?(\d{1,3})(?![\p{L}\p{N}]|[.,]\d)/u;

/** Words that make a denial one of others (« aucun autre réseau », "no further pilots"), folded, and how far before the term they stand. */
const OTHERS = new Set(['autre', 'autres', 'other', 'further', 'additional', 'supplémentaire', 'supplémentaires', 'nouveau', 'nouvelle', 'nouveaux', 'nouvelles', 'new'].map(foldWord));
const OTHERS_REACH = 2;
/** The names of a draft's numbered parts, folded, by the name a heading gives them. */
const PART_NAMES: ReadonlyMap<string, string> = new Map(['section', 'sections', 'article', 'articles', 'clause', 'clauses'].map((w) => [foldWord(w), w.replace(/s$/, '')]));
/** A token that is a number (a part's, « 6 »). */
const NUMBER_KEY = /^\d{1,3}$/;
/** "and", « et »: between the numbers of the parts struck together. */
const AND = new Set(['and', 'et'].map(foldWord));
/** How many words after a struck part's number its list of others is read ("Sections 7 (Training) and 9"). */
const STRIKE_LIST = 12;
/** The longest unit that strikes a part and is withdrawn with it (a short instruction, not a long account). */
const STRIKING_UNIT = 200;
/** A heading that opens on a numbered part of a draft (folded): « section 9 data innovation sandbox ». */
const NUMBERED_PART = /^(section|article|clause) (\d{1,3})(?!\d)/;
/** The first words of a bare frequency ("per year", « par an », "a month"), and how far back an amount is looked for. */
const RATE_LEADS = new Set(['per', 'par', 'a', 'an'].map(foldWord));
const RATE_REACH = 3;
const CURRENCY = /[€$£%]/;
const DIGIT = /\d/;
/** Words that count occurrences (« deux fois par an », "four meetings a year"): what follows them is a cadence, not a rate. */
const OCCURRENCES = new Set(['fois', 'times', 'réunions', 'réunion', 'séances', 'séance', 'sessions', 'session', 'meetings', 'meeting', 'reports', 'report', 'rapports', 'rapport', 'bilans', 'bilan',
  'reviews', 'review', 'revues', 'revue', 'points', 'point', 'comités', 'comité', 'committees', 'updates', 'mises', 'audits', 'audit'].map(foldWord));
/** How many sentences away from an actor, in its paragraph, the words of rules of use may stand (P02). */
const CONTEXT_SENTENCES = 1;
/** Quantifiers that deny every one (folded), and the ends of « ne … pas de » that do with « de ». */
const ALL_NONE = new Set(['aucun', 'aucune', 'nul', 'nulle', 'any', 'no'].map(foldWord));
/** What may stand before « autre(s) » / "other" in a denial of others: the quantifiers, and « pas d'autres ». */
const NONE_OF = new Set([...ALL_NONE, foldWord('pas')]);
const ELIDED_DE = foldWord('d');
const DE = foldWord('de');
const NEGATION_END = new Set(['pas', 'plus', 'jamais'].map(foldWord));
/** How many characters of a paragraph are read for the code it opens with (« R4. », "Pledge 12 –"). */
const CODE_LEAD = 24;
/** The fewest words of a row's name for a paragraph holding it to be what the row withdraws. */
const PARAGRAPH_NAME_WORDS = 4;

/**
 * A table with a yes/no column: its header is a question (« Prévu au projet ? », "In place?"), or
 * its cells answer one ("Adopted": Yes, Yes, "No – under review"). A row that answers it "Non",
 * "No", ✗ or "Not yet" does not have what it names.
 */
function noRows(table: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Only a table with a cell that answers no can hold such a row: most tables are read no further.
  if (!NO_CELL_START.test(table)) return ranges;
  const lines = table.split('\n');
  const rows = lines.slice(2).map(cellsOf);
  // A cell as an answer (folded only when read: a column fails at its first cell that is neither).
  const answer = (cell: string | undefined): string => (cell === undefined ? '' : fold(cell.replace(/[*_`]/g, '')));
  const questions = cellsOf(lines[0] ?? '').flatMap((cell, i) => {
    if (cell.trim().replace(/[*_`]/g, '').endsWith('?')) return [i];
    // A column of answers: each one yes or no, and both seen ("No. 3" in every row is a number).
    let yes = 0;
    let no = 0;
    for (const row of rows) {
      const value = answer(row[i]);
      if (value === '') continue;
      if (YES_CELL.test(value)) yes++;
      else if (NO_CELL.test(value)) no++;
      // « ✅ / ⏳ / ❌ »: a mark of work in progress stands between yes and no.
      else if (!IN_PROGRESS_CELL.test(value)) return [];
    }
    return yes > 0 && no > 0 ? [i] : [];
  });
  if (questions.length === 0) return ranges;
  let offset = lines[0]!.length + 1 + (lines[1]?.length ?? 0) + 1;
  for (const [n, row] of rows.entries()) {
    const line = lines[n + 2]!;
    if (questions.some((i) => NO_CELL.test(answer(row[i])))) ranges.push([offset, offset + line.length]);
    offset += line.length + 1;
  }
  return ranges;
}

/**
 * A table that answers by ticking a column (« | Engagement | Oui | Non | À l'étude | », "| Yes |
 * No |"): a row ticked only in a column of no (or not yet decided) does not have what it names.
 */
function tickedNoRows(table: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const headerEnd = table.indexOf('\n');
  const header = headerEnd < 0 ? table : table.slice(0, headerEnd);
  // Most tables have no such column: their header is read no further.
  if (!NO_COLUMN_HINT.test(header)) return ranges;
  const kinds = cellsOf(header).map((cell) => {
    const name = foldWords(cell);
    return NO_COLUMN.test(name) ? -1 : YES_COLUMN.test(name) ? 1 : 0;
  });
  if (!kinds.includes(-1)) return ranges;
  const lines = table.split('\n');
  let offset = lines[0]!.length + 1 + (lines[1]?.length ?? 0) + 1;
  for (const line of lines.slice(2)) {
    const ticked = cellsOf(line).map((cell) => TICK.test(cell.trim()));
    if (ticked.some((t, i) => t && kinds[i] === -1) && !ticked.some((t, i) => t && kinds[i] === 1)) ranges.push([offset, offset + line.length]);
    offset += line.length + 1;
  }
  return ranges;
}

/**
 * The rows that tables withdraw (statusRows, noRows, tickedNoRows), by document offset. They are found per
 * piece of the document and kept with it: a keystroke elsewhere in a long charter reads no table
 * again.
 */
function withdrawnRows(model: CharterModel): Array<[number, number]> {
  return rangesOfParts(model, withdrawnRowsOfPart);
}

/**
 * The ranges a function of a piece alone finds (by offset in the piece), for every piece of the
 * document, by document offset: each piece's are kept with it (TextPart.memo).
 */
function rangesOfParts(model: CharterModel, ofPart: PartComputation<Array<[number, number]>>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const part of model.parts) {
    for (const [a, b] of part.memo(ofPart)) ranges.push([part.offset + a, part.offset + b]);
  }
  return ranges;
}

/** The rows the tables of one piece withdraw, by offset in the piece. */
function withdrawnRowsOfPart(text: string, units: readonly Unit[], stream: TokenStream): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const unit of units) {
    if (unit.kind !== 'table') continue;
    const table = text.slice(unit.start, unit.end);
    // (Most tables have no cell that opens with a status or a no: their words say so first.)
    const status = mayOpenWithStatus(stream, text, unit, table) ? statusRows(table) : [];
    const no = mayOpenWithNo(stream, text, unit, table) ? noRows(table) : [];
    const removed = REMOVAL_WORDS.next(stream, unit.tokens[0], unit.tokens[1]) >= 0 ? removedCells(table) : [];
    // (Most tables hold no placeholder: their words say so before their text is searched.)
    const unanswered = PLACEHOLDER_WORDS.next(stream, unit.tokens[0], unit.tokens[1]) >= 0 && PLACEHOLDER_CELL.test(table) ? unansweredRows(table) : [];
    for (const [a, b] of [...status, ...no, ...tickedNoRows(table), ...notDoneColumns(table), ...undefinedStatusRows(table), ...removed, ...unanswered]) ranges.push([unit.start + a, unit.start + b]);
  }
  return ranges;
}

/**
 * The short cells of a table of changes that name a thing and then its removal (| 2. Governance |
 * Data sandbox removed | Theme 2 |, | Bac à sable supprimé |): what the cell names is gone. Only
 * the cell: « | Règles d'usage | Alinéa 2 supprimé | » removes a part, not the row's subject.
 */
function removedCells(table: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of table.matchAll(TRAILING_REMOVAL_CELL)) {
    if (m[1]!.trim().split(/\s+/).length > TRAILING_REMOVAL_WORDS) continue;
    ranges.push([m.index + 1, m.index + m[0].length]);
  }
  return ranges;
}

/** The words of removal that removedCells reads (a table without one is passed over by its tokens): those of TRAILING_REMOVAL_CELL. */
const REMOVAL_WORDS = new SpellingTest((forms) => /^(?:removed|withdrawn|dropped|deleted|scrapped|abandoned|discontinued|supprim\u00e9e?s?|retir\u00e9e?s?|abandonn\u00e9e?s?)$/i.test(forms.spelling));
/**
 * A cell whose last word says that what it names was removed (TRAILING_REMOVAL_WORDS words at
 * most). (Spelled out as REMOVAL_WORDS is: no expression is built at run time.)
 */
const TRAILING_REMOVAL_CELL = /\|([^|\n]{3,80}?[\p{L}\p{N}])[ \t]+(?:removed|withdrawn|dropped|deleted|scrapped|abandoned|discontinued|supprim\u00e9e?s?|retir\u00e9e?s?|abandonn\u00e9e?s?)[ \t*_]*(?=\|)/giu;
const TRAILING_REMOVAL_WORDS = 5;

/**
 * The cells of a column whose header says that what it lists is not done (| Ce que nous ferons |
 * Ce que nous ne ferons pas |, | We will | We won't |), as such a heading withdraws its section.
 */
function notDoneColumns(table: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  rowsUnder(table, (header) => (headingSays(header) & HEADING_NOT_DONE) !== 0, (_, cells, columns) => {
    for (const column of columns) if (cells[column]) ranges.push(cells[column]!);
  });
  return ranges;
}

/**
 * The cells of a risk register's risk column (| Risk | Likelihood | Impact | Mitigation |): a risk
 * names what might happen ("Partners do not accept Charter terms in contracts"), which neither
 * provides nor denies anything. So does an audit finding's paragraph labelled as its risk
 * ("**Risk.** Inconsistent, insecure and undocumented data exchanges"), and the column of what
 * residents asked in a consultation's response table (REQUEST_COLUMN).
 */
function riskCellsOfPart(text: string, units: readonly Unit[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const unit of units) {
    if (unit.kind === 'paragraph' && RISK_LABEL.test(text.slice(unit.start, unit.start + RISK_LABEL_LENGTH))) ranges.push([unit.start, unit.end]);
    if (unit.kind !== 'table') continue;
    const table = text.slice(unit.start, unit.end);
    rowsUnder(table, (header) => {
      const words = foldWords(header).trim();
      return RISK_COLUMN.test(words) || REQUEST_COLUMN.test(words);
    }, (_, cells, columns) => {
      for (const column of columns) if (cells[column]) ranges.push([unit.start + cells[column]![0], unit.start + cells[column]![1]]);
    });
  }
  return ranges;
}

/** A paragraph's run-in label naming it a risk (« **Risque :** », "**Risks.**"), and the most characters it takes. */
const RISK_LABEL = /^[*_]{0,2}(?:risks?|risques?)[*_]{0,2}\s*[.:][*_]{0,2}\s/i;
const RISK_LABEL_LENGTH = 16;
const RISK_COLUMN = /^(?:risks?|risques?|(?:identified|main|key) risks?|risques? (?:identifies?|principaux|majeurs?))$/;
/**
 * The column of a consultation's response table that holds what residents asked (| You said | We
 * did |, « | Vous avez dit | Notre réponse | »): a request provides nothing, and the answer beside it
 * says what was done.
 */
const REQUEST_COLUMN = /^(?:you said|what you (?:said|told us|asked for|asked)|you asked(?: for)?|what we heard|your (?:comments?|feedback|suggestions?)|(?:issues?|points?) raised|vous (?:avez dit|nous avez dit|avez demande)|ce que vous (?:avez dit|nous avez dit|avez demande)|ce que nous avons entendu|vos (?:remarques|propositions|contributions|demandes)|points? souleves?)$/;

/**
 * The rows whose status column says their content is still to be defined (| Clause de
 * réversibilité type | Commande publique | À définir |, under « État »): a task not yet decided.
 * Only under a status column: « À définir » under « Échéance » leaves only the date open.
 */
function undefinedStatusRows(table: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const said = (cell: [number, number] | undefined): boolean => cell !== undefined && TO_BE_DEFINED.test(foldWords(table.slice(cell[0], cell[1])).trim());
  rowsUnder(table, (header) => STATUS_COLUMN.test(foldWords(header).trim()), (row, cells, columns) => {
    if (columns.some((column) => said(cells[column]))) ranges.push(row);
  });
  return ranges;
}

/**
 * The rows whose every cell after the first only stands in for an answer (| Elected sponsor |
 * **TBC** | — |, « | Élu référent | À désigner | »): what the first cell names is not there yet.
 */
function unansweredRows(table: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  rowsUnder(table, () => true, (row, cells) => {
    if (cells.length < 2) return;
    const rest = cells.slice(1).map(([a, b]) => foldWords(table.slice(a, b)).trim());
    if (rest.every((cell) => cell === '' || DASH_CELL.test(cell) || saysNoneYet(cell)) && rest.some((cell) => saysNoneYet(cell))) ranges.push(row);
  });
  return ranges;
}
/** A word that stands in for an answer in a table (see unansweredRows); PLACEHOLDER_WORDS lists its words again for the cheap test before it, and must follow it. */
const PLACEHOLDER_CELL = /\|[ \t*_]*(?:TBC|TBD|to be (?:confirmed|appointed|decided|determined|named)|vacant|[àa] (?:d[ée]finir|d[ée]signer|pourvoir|confirmer|pr[ée]ciser))\b/i;
/**
 * The words a placeholder of PLACEHOLDER_CELL opens with, or ends on after « à » or "to be", by
 * the start of their spelling (a table without one is passed over by its tokens).
 */
const PLACEHOLDER_WORDS = new SpellingTest((forms) => /^(?:TBC|TBD|vacant|confirmed|appointed|decided|determined|named|d[ée]finir|d[ée]signer|pourvoir|confirmer|pr[ée]ciser)/i.test(forms.spelling));
const DASH_CELL = /^[-\u2013\u2014]+$/;

/**
 * Visits the body rows of a table (after its header and delimiter rows) with their cells, when
 * some column's header passes `test`: `columns` are those columns.
 */
function rowsUnder(
  table: string, test: (header: string) => boolean, visit: (row: [number, number], cells: Array<[number, number]>, columns: number[]) => void,
): void {
  const headerEnd = table.indexOf('\n');
  if (headerEnd < 0) return;
  const columns = tableCells(table, 0, headerEnd)
    .map(([a, b], index) => (test(table.slice(a, b)) ? index : -1))
    .filter((index) => index >= 0);
  if (columns.length === 0) return;
  let start = table.indexOf('\n', headerEnd + 1) + 1;
  while (start > 0 && start < table.length) {
    const eol = table.indexOf('\n', start);
    const end = eol < 0 ? table.length : eol;
    visit([start, end], tableCells(table, start, end), columns);
    start = end + 1;
  }
}
/** A header over statuses (folded): « État (janvier 2025) », "Status", « Avancement ». */
const STATUS_COLUMN = /^(?:etat|statut|status|state|avancement|progress|progression)\b/;
/** A status that leaves the content to be set (folded): « À définir », « Modalités à définir », "To be agreed", "TBD". */
const TO_BE_DEFINED = /^(?:(?:modalites|calendrier|contenu|format|forme|date|details?|arrangements|timing|scope|terms) )?(?:a (?:definir|preciser|determiner|arreter|confirmer|rediger)|to be (?:defined|determined|agreed|confirmed|decided|drafted)|tb[cd])\b/;

/** The cells of a table row, without its outer pipes. */
function cellsOf(row: string): string[] {
  return tableCells(row, 0, row.length).map(([a, b]) => row.slice(a, b));
}

/**
 * Sections whose heading withdraws them: ending with a status ("## DC-10 Impact reporting (Not
 * recommended)"; its own body), or saying that what it lists is not done (« Ce que la commune ne
 * fera pas », "What we didn't do", "Options considered and rejected"; with its subsections).
 */
function undecidedSections(model: CharterModel, said: Map<number, number>, cues: ReadonlySet<string>): Array<[number, number]> {
  const { text } = model;
  const ranges: Array<[number, number]> = [];
  const startOf = (unit: number): number => model.units[unit]?.start ?? text.length;
  // « **Avis défavorable.** L'article est retiré du projet. », "This commitment has been withdrawn.":
  // a paragraph that withdraws the section it stands in, as a status at the heading's end does.
  const withdrawnByParagraph = new Set<number>();
  // (Not the title's section: its body is the preamble, which speaks of the commitments below.)
  for (const [unit, says] of said) {
    const section = model.units[unit]!.section;
    if (says & PARAGRAPH_WITHDRAWS && section !== model.titleSection) withdrawnByParagraph.add(section);
  }
  // An amendment moved within a report's section and lost: from its motion to its outcome.
  let lostFrom = -1;
  for (const [unit, says] of said) {
    if (says & AMENDMENT_LOST_FROM) lostFrom = unit;
    else if (says & AMENDMENT_LOST_TO && lostFrom >= 0) {
      ranges.push([startOf(lostFrom), startOf(unit + 1)]);
      lostFrom = -1;
    }
  }
  model.sections.forEach((section, index) => {
    const says = said.get(section.headingUnit) ?? 0;
    if (says & HEADING_ENDS_WITH_STATUS || withdrawnByParagraph.has(index)) ranges.push([section.start, startOf(section.ownEndUnit)]);
    // The title's section is the whole document: "what it means (and what it doesn't)" withdraws nothing.
    if (index === model.titleSection || !(says & HEADING_NOT_DONE)) return;
    // An item that says its own "not" ("- We will not lock the council into a single supplier.
    // Every contract … will include an exit plan") is read by its own negation, not withdrawn whole.
    let from = section.start;
    for (let u = section.headingUnit + 1; u < section.endUnit; u++) {
      const unit = model.units[u]!;
      if (unit.kind !== 'listItem' || !opensWithNegation(model, unit, cues)) continue;
      if (unit.start > from) ranges.push([from, unit.start]);
      from = startOf(u + 1);
    }
    if (from < startOf(section.endUnit)) ranges.push([from, startOf(section.endUnit)]);
  });
  return ranges;
}

/**
 * Whether a paragraph says the section it stands in is withdrawn (« L'article est supprimé »).
 * `amendment`: the section is an amendment's.
 */
function withdrawsItsSection(paragraph: string, amendment: boolean, hinted: boolean): boolean {
  // Minutes close a motion's section with its outcome alone: "WITHDRAWN", "LOST", « REJETÉ ».
  // ("AMENDMENT DEFEATED" closes the amendment put within a report's section, not the report:
  // "The main motion was put and CARRIED".)
  if (paragraph.length <= OUTCOME_LINE_MAX) {
    const outcome = VOTE_LOST.exec(fold(paragraph.replace(EMPHASIS_MARKS, '')).trim());
    if (outcome && (amendment || !outcome[1]?.startsWith('amend'))) return true;
  }
  // A cheap first look (the words « retir », « supprim », "withdrawn"…: `hinted`) before folding.
  // A legend defines what a status means (« Légende : **Abandonné** – l'engagement a été retiré… »).
  if (!hinted) return false;
  const words = foldWords(paragraph);
  return WITHDRAWN_SECTION.test(words) && !LEGEND.test(words);
}

/** Whether a unit opens with its own negation: a cue among its first words ("We will not…", « Nous ne… »). */
function opensWithNegation(model: CharterModel, unit: Unit, cues: ReadonlySet<string>): boolean {
  const { forms, sentences } = model.tokens;
  const [first, end] = unit.tokens;
  for (let t = first; t < Math.min(end, first + NEGATION_LEAD) && sentences[t] === sentences[first]; t++) if (cues.has(forms[t]!.key)) return true;
  return false;
}

/** The longest paragraph read as a motion's outcome line. */
const OUTCOME_LINE_MAX = 40;
/** A motion's outcome that adopts nothing, as the whole of a paragraph (folded). */
const VOTE_LOST = /^(?:(motion|amendment|amendement|proposition|recommendation) )?(?:withdrawn|lost|defeated|rejected|not carried|failed|retiree?|rejetee?|repoussee?|non adoptee?)\.?$/;

/** A heading of one amendment or motion put to a meeting (« Amendements » heads several: one lost leaves the others). */
const AMENDMENT_HEADING = /\b(?:amendment|amendement|motion)\b/i;
/** What closes an amendment's section when it failed (folded): withdrawn, lost, not moved, rejected. */
const AMENDMENT_FAILED = /\b(?:(?:withdrew|withdraws|has withdrawn) the (?:amendment|motion)|(?:the )?(?:amendment|motion)(?: [a-z])? (?:was|is|has been) (?:lost|not moved|withdrawn|defeated|not carried|rejected)|l ?amendement(?: [a-z]| n \d+)? (?:(?:est|a ete) (?:rejete|retire|repousse|non adopte)|n ?(?:est pas|a pas ete) adopte))\b/;

/** A sentence (folded) that withdraws the section it stands in: its subject names the section's kind. */
const WITHDRAWN_SECTION = /\b(?:(?:l ?|cet |cette |ce |this |the )(?:article|engagement|mesure|action|proposition|section|commitment|measure|pledge|clause) (?:est|a ete|sont|is|was|has been|have been) (?:donc )?(?:retiree?|supprimee?|abandonnee?|ecartee?|withdrawn|deleted|removed|dropped)|(?:ce|this) (?:point|item),?(?: \S+){0,14}? (?:est|a ete|is|was|has been) (?:retire|ajourne|withdrawn|deferred)|not to take (?:this|the) (?:commitment|proposal|measure|action|pledge) forward|(?:suite donnee|decision) ?: (?:article|engagement|mesure|action|proposition) (?:retiree?|supprimee?|abandonnee?|ecartee?))\b/;

/** How many words may open an item before its negation ("We will not", « La commune ne »). */
const NEGATION_LEAD = 4;

const HEADING_ENDS_WITH_STATUS = 1;
const HEADING_NOT_DONE = 2;
/** A proposal made by others (« Ce que la convention a proposé »), and the answer to one (« Ce que la ville retient »). */
const HEADING_PROPOSAL = 4;
const HEADING_ANSWER = 8;
/** A paragraph's verdict (kept with the headings'): it withdraws the section it stands in. */
const PARAGRAPH_WITHDRAWS = 16;
/** An amendment moved within a section (its first paragraph) and the outcome that says it was lost. */
const AMENDMENT_LOST_FROM = 32;
const AMENDMENT_LOST_TO = 64;
/** A paragraph that moves an amendment: "Moved in amendment by…", "It was moved in amendment", « Amendement présenté par… ». */
const MOVES_AMENDMENT = /^(?:\*\*)?(?:(?:it was )?moved in amendment|(?:an )?amendment (?:was )?moved|amendement (?:pr[ée]sent[ée]|propos[ée]|d[ée]pos[ée]))\b/i;
/** A motion's outcome that adopts it, as the whole of a paragraph (folded). */
const VOTE_CARRIED = /^(?:carried|adopted|agreed|approved|adoptee?|approuvee?)\b/;
/** The hits of a group absent from a document (frozen: a caller that would change it fails loudly). */
const NO_HITS: readonly Hit[] = Object.freeze([]);
/** An empty set of units, sections or rows, shared where most checks would make one and read nothing. */
const NO_NUMBERS: ReadonlySet<number> = new Set();
/** A group's hits in forCheck, said or denied. */
interface SplitHits {
  positive: readonly Hit[];
  negative: readonly Hit[];
}
/** What forCheck keeps of an element's hits: its strong, generic and `beside` words, and its denials of another audience. */
interface KeptHits {
  strong: SplitHits;
  weak: SplitHits;
  beside: SplitHits;
  deniedAside: readonly Hit[];
}
const NO_SPLIT: SplitHits = Object.freeze({ positive: NO_HITS, negative: NO_HITS });
/** An element the document never names. */
const NOTHING_KEPT: KeptHits = Object.freeze({ strong: NO_SPLIT, weak: NO_SPLIT, beside: NO_SPLIT, deniedAside: NO_HITS });
/** A space, or a non-breaking one (French typography puts them inside « »). */
function isBlank(c: string): boolean {
  return c === ' ' || c === '\u00a0' || c === '\u202f';
}

/** Quotation marks that open and close a quoted title. */
const OPENING_QUOTES = '\u00ab\u201c';
const CLOSING_QUOTES = '\u00bb\u201d';
/** What may stand between a sentence's last word and its question mark: blanks, emphasis, quotes. */
const QUESTION_SKIP = new Set([...' \u00a0\u202f*_\u00bb"\u201d\')'].map((c) => c.charCodeAt(0)));
/** A paragraph that defines statuses (folded): « Légende des statuts : … », "Key: …". */
const LEGEND = /^(?:legende|legend|key|statuts?|status(?:es)?|lecture du tableau)\b/;

/** The words of an evaluation (folded keys): « évaluer », "assess" (not « mesure », a measure taken, nor "impact"). */
const EVALUATES = /^(?:evalu|assess)/;

/** Emphasis marks, which a heading's status may wear: « — *article retiré après consultation* ». */
const EMPHASIS_MARKS = /[*_`]+/g;

/** What each heading (and each withdrawing paragraph) says, by its unit, found per piece and kept with it: a keystroke reads one piece again. */
function sectionVerdicts(model: CharterModel): Map<number, number> {
  const said = new Map<number, number>();
  for (const part of model.parts) for (const [unit, says] of part.memo(sectionVerdictsOfPart)) said.set(part.unitBase + unit, says);
  return said;
}

/**
 * The units of one piece that say something of their section: [unit in the piece, what it says].
 * A heading, by its words; a paragraph, when it withdraws the section it stands in (PARAGRAPH_WITHDRAWS).
 */
function sectionVerdictsOfPart(text: string, units: readonly Unit[], stream: TokenStream): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  // Whether the section (its heading in this piece) is an amendment's: "### Amendment C" is closed
  // by "… WITHDREW the amendment", as the paragraph of a longer item is not.
  let amendment = false;
  // The paragraph that moves an amendment within a section that is not one ("Moved in amendment
  // by…", then "That section 2 be amended…"), or -1: the bare outcome after it ("**LOST**") is the
  // amendment's, and withdraws it alone, not the report the section holds.
  let moved = -1;
  units.forEach((unit, index) => {
    if (unit.kind === 'paragraph') {
      const paragraph = text.slice(unit.start, unit.end);
      if (!amendment && MOVES_AMENDMENT.test(paragraph)) moved = index;
      if (moved >= 0 && paragraph.length <= OUTCOME_LINE_MAX) {
        const outcome = fold(paragraph.replace(EMPHASIS_MARKS, '')).trim();
        if (VOTE_LOST.test(outcome)) {
          found.push([moved, AMENDMENT_LOST_FROM], [index, AMENDMENT_LOST_TO]);
          moved = -1;
          return;
        }
        if (VOTE_CARRIED.test(outcome)) moved = -1;
      }
      if (withdrawsItsSection(paragraph, amendment, hintsWithdrawal(stream, text, unit, paragraph)) || (amendment && AMENDMENT_FAILED.test(foldWords(paragraph)))) found.push([index, PARAGRAPH_WITHDRAWS]);
      return;
    }
    if (unit.kind !== 'heading') return;
    moved = -1;
    const raw = text.slice(unit.start, unit.end);
    amendment = AMENDMENT_HEADING.test(raw);
    const says = headingSays(raw);
    if (says !== 0) found.push([index, says]);
  });
  return found;
}

/** What a heading says of its section: HEADING_ENDS_WITH_STATUS, HEADING_NOT_DONE, both or neither (0). */
function headingSays(raw: string): number {
  return headingVerdicts.get(raw);
}

/**
 * What headings say, by their text, kept across documents: a heading costs some twenty patterns
 * over its folded words, and charters written from one template share most of theirs (the
 * benchmark's 1,162 Markdown charters hold 31,664 headings, 995 of them different).
 */
const headingVerdicts = new TextMemo(readHeading, 10_000, 200);

/** What a heading says of its section, read from its words (headingSays keeps it). */
function readHeading(raw: string): number {
  // Trailing markup and blanks, by a loop: a regex anchored at the end backtracks on long runs.
  let stop = raw.length;
  while (stop > 0 && '*_`# \t\r\n'.includes(raw[stop - 1]!)) stop--;
  const heading = raw.slice(0, stop);
  // "Section 10. Reserved.": a full stop before the last words cuts too (not the heading's own final one).
  const body = heading.endsWith('.') ? heading.slice(0, -1) : heading;
  const cut = Math.max(heading.lastIndexOf('('), heading.lastIndexOf(':'), heading.lastIndexOf('\u2013'), heading.lastIndexOf('\u2014'), heading.lastIndexOf(' - '), body.lastIndexOf('. '));
  // "– deleted by agreement of the parties", « – supprimé par l'avenant n° 1 »: who decided is detail.
  const status = cut >= 0 ? withoutAgent(fold(heading.slice(cut).replace(EMPHASIS_MARKS, ''))) : '';
  let says = cut >= 0 && status.length <= 40 && HEADING_STATUS.test(status) ? HEADING_ENDS_WITH_STATUS : 0;
  const words = foldWords(heading);
  if (NOT_DONE_HEADING.some((all) => all.every((re) => re.test(words))) && !RULE_HEADING.test(words) && !MAXIM_HEADING.test(words) && !bothHalves(words)) says |= HEADING_NOT_DONE;
  if (PROPOSAL_HEADING.test(words)) says |= HEADING_PROPOSAL;
  if (ANSWER_HEADING.test(words)) says |= HEADING_ANSWER;
  return says;
}

/**
 * Minutes and audit reports: a decision or a response that defers or rejects what the block before
 * it proposes ("**Decision:** Deferred to the next meeting", « **Réponse de la collectivité.** Non
 * retenue. », "Management response: Not accepted.") leaves that block undecided (a list, whole),
 * or the lines before it when it ends the proposal's paragraph. The findings before stay evidence.
 */
function rejectedProposals(model: CharterModel): Array<[number, number]> {
  const { text, units } = model;
  const ranges: Array<[number, number]> = [];
  // What a unit says as a response is read from its own text, per piece (kept with it); what it
  // withdraws depends on the units around it, read here.
  for (const part of model.parts) {
    for (const response of part.memo(responsesOfPart)) {
      const index = part.unitBase + response.unit;
      const unit = units[index]!;
      // A status sub-item (« - *Statut : engagement retiré…* ») withdraws the item it hangs from and
      // the sub-items before it; in a flat list, the item right before it.
      if (response.says & RESPONSE_ITEM && index > 0) {
        const indent = indentOf(text, unit.start);
        let first = index;
        while (first > 0 && units[first - 1]!.kind === 'listItem' && units[first - 1]!.list === unit.list && indentOf(text, units[first - 1]!.start) === indent) first--;
        const parent = units[first - 1];
        const nested = parent !== undefined && parent.kind === 'listItem' && parent.list === unit.list && indentOf(text, parent.start) < indent;
        const previous = units[index - 1]!;
        const from = nested ? parent.start : previous.kind === 'listItem' && previous.list === unit.list ? previous.start : unit.start;
        ranges.push([from, unit.end]);
        continue;
      }
      if (response.says & TRAILING_STATUS) {
        ranges.push([unit.start, unit.end]);
        continue;
      }
      if (unit.kind !== 'paragraph') continue;
      for (const nl of response.lines) ranges.push([unit.start, part.offset + nl]);
      if (index === 0 || !(response.says & NEGATIVE_RESPONSE)) continue;
      let first = index - 1;
      const previous = units[first]!;
      // A status line right under a heading (« ### Chantier 6 – … » then « Statut : **reporté**. »)
      // says it of the whole section, as a status at the heading's end does.
      const section = model.sections[unit.section];
      if (previous.kind === 'heading' && section?.headingUnit === index - 1 && unit.section !== model.titleSection && unit.end - unit.start <= STATUS_LINE) {
        ranges.push([section.start, units[section.ownEndUnit]?.start ?? text.length]);
        continue;
      }
      if (previous.section !== unit.section || previous.kind === 'heading') continue;
      // (Not a paragraph that gives its own verdict first: « **Retenu.** La charte créera un comité
      // de la donnée… » then « **Non retenu.** Plusieurs contributions proposaient un bac à sable… »
      // are two answers side by side, each with its own proposal.)
      if (previous.kind === 'paragraph' && opensWithBoldVerdict(text, previous.start, previous.end)) continue;
      while (previous.list >= 0 && first > 0 && units[first - 1]!.list === previous.list) first--;
      // The block was the section's whole body (« ### Action 13 — Panel citoyen », its text, then
      // « **Statut :** abandonné. »): the heading goes with it.
      const whole = section !== undefined && section.headingUnit === first - 1 && unit.section !== model.titleSection;
      ranges.push([whole ? section.start : units[first]!.start, unit.start]);
    }
  }
  return ranges;
}

/** What a unit says as a response (bits of `says` in responsesOfPart). */
const RESPONSE_ITEM = 1;
const TRAILING_STATUS = 2;
const NEGATIVE_RESPONSE = 4;

/**
 * The units of one piece that read as a response adopting nothing, from their own text alone
 * (offsets in the piece): a list item that records a status or a decision (RESPONSE_ITEM), an
 * item or a paragraph ending with a status after a dash (TRAILING_STATUS), a paragraph that is
 * such a response (NEGATIVE_RESPONSE), and the line breaks of a paragraph after which one starts.
 */
function responsesOfPart(text: string, units: readonly Unit[]): Array<{ unit: number; says: number; lines: number[] }> {
  const negativeResponse = (at: number, end: number): boolean => {
    // A response quoted under its proposal (« > Réponse de la Ville : **non retenue**. ») reads as
    // one that is not: the quote marks are passed over.
    let from = at;
    while (from < end && QUOTE_LEAD.includes(text[from]!)) from++;
    // Most paragraphs open with no label: their first letter says so before any copy.
    let first = from;
    while (first < end && (LABEL_MARKUP.includes(text[first]!) || BLANK.test(text[first]!))) first++;
    // A response that is only its status in bold, under the proposal it answers: "**Not accepted
    // at this time.** We recognise the value of the Coalition's work, but…".
    const bold = boldLabel(text, at, end);
    if (bold !== undefined && BOLD_STATUS.test(bold)) return true;
    // A vote that lost, with its count, under the motion put: « *Non adoptée : 11 voix pour, 16
    // contre.* », "Lost: 5 for, 8 against".
    if (COUNTED_LOSS_START.test(text.slice(first, first + 12)) && COUNTED_LOSS.test(foldWords(text.slice(first, Math.min(end, first + 60))))) return true;
    if (!RESPONSE_LABEL_LETTERS.has(text[first]?.toLowerCase() ?? '')) return false;
    const head = text.slice(from, Math.min(end, from + 64)).toLowerCase().replace(/^[\s*_`]+/, '');
    if (!RESPONSE_LABEL_START.some((start) => head.startsWith(start))) return false;
    const decision = DECISION.exec(foldWords(text.slice(from, Math.min(end, from + 200)).replace(/\n[ \t]*>/g, '\n')));
    return decision !== null && DECISION_NO.test(decision[1]!);
  };
  // A list item that records a status or decision: its first letters are looked at before any copy.
  const isResponseItem = (start: number, end: number): boolean => {
    const at = afterSymbols(text, afterMarker(text, start));
    return RESPONSE_FIRST.test(text.slice(at, at + 4)) && negativeResponse(at, end);
  };
  // Where the piece says "Status" or « Statut », found once (most documents never do): each
  // unit's are then found by a binary search, not by a search through the text from the unit on.
  const labels: number[] = [];
  // (One search for their common stem: in text order, no sort.)
  for (let at = text.indexOf('Statu'); at >= 0; at = text.indexOf('Statu', at + 1)) {
    const next = text[at + 5];
    if (next === 's' || next === 't') labels.push(at);
  }
  const found: Array<{ unit: number; says: number; lines: number[] }> = [];
  units.forEach((unit, index) => {
    let says = 0;
    const lines: number[] = [];
    if (unit.kind === 'listItem' && isResponseItem(unit.start, unit.end)) says |= RESPONSE_ITEM;
    // "- **Commitment 1.3** — Join the Coalition. — **Status:** Deferred. …": a status after a
    // dash at the end of an item or a paragraph says it of the whole.
    if ((unit.kind === 'listItem' || unit.kind === 'paragraph') && trailingStatus(text, labels, unit.start, unit.end, negativeResponse)) says |= TRAILING_STATUS;
    if (unit.kind === 'paragraph') {
      for (let nl = text.indexOf('\n', unit.start); nl >= 0 && nl < unit.end; nl = text.indexOf('\n', nl + 1)) {
        if (RESPONSE_FIRST.test(text.slice(nl + 1, nl + 4)) && negativeResponse(nl + 1, unit.end)) lines.push(nl);
      }
      if (negativeResponse(unit.start, unit.end)) says |= NEGATIVE_RESPONSE;
    }
    if (says !== 0 || lines.length > 0) found.push({ unit: index, says, lines });
  });
  return found;
}

/**
 * Whether a unit ends with a status that adopts nothing, after a dash (« — **Statut :** reporté »,
 * "– Status: Deferred"): `labels` are where the document says "Status" or « Statut ».
 */
function trailingStatus(text: string, labels: readonly number[], start: number, end: number, negative: (at: number, end: number) => boolean): boolean {
  for (let k = lowerBound(labels, start); k < labels.length && labels[k]! < end; k++) {
    const at = labels[k]!;
    let before = at - 1;
    while (before > start && (text[before] === '*' || text[before] === '_' || text[before] === ' ' || text[before] === '\n')) before--;
    if (before > start && DASHES.includes(text[before]!) && negative(at, end)) return true;
  }
  return false;
}
/** Capitalised, as after a dash: a search for a lower-case word through a long charter costs a keystroke half a millisecond. */
const DASHES = '\u2014\u2013-';

/**
 * Whether a text ends with a status in parentheses that adopts nothing: "(dropped)", « (abandonné) »,
 * "(moved to 2026)" stays: a date is no withdrawal.
 */
function endsWithStatus(text: string): boolean {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '.' || text[end - 1] === '\n')) end--;
  // « … (abandonné) », « … [suspendu sine die] ».
  const close = text[end - 1];
  if (close !== ')' && close !== ']') return false;
  const open = text.lastIndexOf(close === ')' ? '(' : '[', end - 1);
  if (open < 0 || end - open > ITEM_STATUS_LENGTH) return false;
  return isItemStatus(text.slice(open + 1, end - 1));
}
/** Whether a text opens with a status in parentheses or brackets: « (abandonné) Adhérer… », "[Dropped] Join…". */
function opensWithStatus(text: string): boolean {
  let start = 0;
  while (start < text.length && text[start] === ' ') start++;
  const open = text[start];
  if (open !== '(' && open !== '[') return false;
  const close = text.indexOf(open === '(' ? ')' : ']', start);
  if (close < 0 || close - start > ITEM_STATUS_LENGTH) return false;
  return isItemStatus(text.slice(start + 1, close));
}

/**
 * Whether the words in an item's parentheses or brackets are a status that withdraws it.
 * ("(reserved)" says a section is empty; after an item it says what the item is: « places (réservées) ».)
 */
function isItemStatus(inner: string): boolean {
  const status = fold(`(${inner})`);
  return !status.includes('reserv') && HEADING_STATUS.test(status);
}
/** The longest status in parentheses at the end of an item. */
const ITEM_STATUS_LENGTH = 40;

/** Where a list item's text starts: after its indentation and its marker (`- `, `3. `). */
function afterMarker(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '-' || text[i] === '*' || text[i] === '+') i++;
  else {
    const digits = i;
    while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === digits || (text[i] !== '.' && text[i] !== ')')) return at;
    i++;
  }
  if (text[i] !== ' ' && text[i] !== '\t') return at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

/** Past the number of a paragraph of minutes or of a report ("3.1 ", "12. "): where its words start. */
function afterItemNumber(text: string, at: number): number {
  return at + (ITEM_NUMBER.exec(text.slice(at, at + 12))?.[0].length ?? 0);
}
const ITEM_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?[ \t]+/;

/** Past the pictograms a slide-style item opens with ("- ⏸️ **Décision** : …"): where its words start. */
function afterSymbols(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < 8 && LEADING_SYMBOL.test(text[i]!)) i++;
  // A pictogram outside the basic plane is two code units.
  while (i < text.length && i - at < 8 && (text.charCodeAt(i) & 0xfc00) === 0xd800) {
    i += 2;
    while (i < text.length && LEADING_SYMBOL.test(text[i]!)) i++;
  }
  return i;
}
const LEADING_SYMBOL = /[\p{So}\p{Sk}\uFE0F\u200D \t]/u;

/** The blanks a line starts with at `at` (a list item's indentation). */
function indentOf(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - at;
}

/**
 * A task left unticked (`- [ ] …`, `☐ …`): the list says it is not in place. Not under a heading
 * of work to do (a kanban's « À faire » and « En cours » columns, "Next steps"): there every
 * box is empty, and the tasks are what the roadmap commits to.
 */
function untickedItems(model: CharterModel): Array<[number, number]> {
  const planned = new Map<number, boolean>();
  const isPlanned = (section: number): boolean => {
    let yes = planned.get(section);
    if (yes === undefined) {
      const heading = model.sections[section]?.heading;
      yes = heading !== undefined && section !== model.titleSection
        && PLANNED_HEADING.test(fold(model.text.slice(heading.start, heading.end).replace(HEADING_LEAD, '')));
      planned.set(section, yes);
    }
    return yes;
  };
  return model.units
    .filter((unit) => unit.kind === 'listItem' && UNTICKED.test(model.text.slice(unit.start, Math.min(unit.end, unit.start + 24))) && !isPlanned(unit.section))
    .map((unit): [number, number] => [unit.start, unit.end]);
}

/**
 * A table row whose status cell says it was not adopted (| … | Not accepted |, | … | Reporté |,
 * | … | ☐ non |), as in action plans and "You said, we did" tables. Only cells that start like a
 * status are read closely (a 1 MB charter has thousands of cells).
 */
function statusRows(table: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of table.matchAll(STATUS_CELL)) {
    const from = m.index + 1;
    const bar = table.indexOf('|', from);
    const eol = table.indexOf('\n', from);
    const cellEnd = Math.min(bar < 0 ? table.length : bar, eol < 0 ? table.length : eol);
    // « Engagement abandonné », "Commitment withdrawn": the status after the name of what it is about.
    // "Red — deferred to 2026": a rating of a traffic-light report before its status.
    let cell = fold(table.slice(from, cellEnd).replace(/[*_`]/g, '')).replace(RATING, '').replace(STATUS_SUBJECT, '');
    // « Non lancé. Adhésion abandonnée, faute de crédits. », "Not started. Withdrawn: no funding.":
    // a row not started says what became of it in its next sentence.
    const notStarted = NOT_STARTED.exec(cell);
    if (notStarted) cell = cell.slice(notStarted[0].length).replace(STATUS_NOUN, '');
    const lineStart = table.lastIndexOf('\n', from) + 1;
    const lineEnd = eol < 0 ? table.length : eol;
    // « Non lancé. Le comité renonce à cet engagement : … »: its next sentence gives it up.
    if (notStarted && GIVEN_UP.test(cell.split('.')[0]!)) {
      ranges.push([lineStart, lineEnd]);
      continue;
    }
    // A status is a short cell: "Proposer des ateliers aux habitants" is an action, not a status;
    // "Rejeté (14 pour, 39 contre)", "Dropped: not funded in the FY26 budget": what follows a
    // parenthesis, a colon or a dash is detail, not words of an action.
    // A status that names nothing to do ("Not proceeding in this Charter period") may run longer.
    const words = statusHead(cell).split(/\s+/).length;
    if (words > (PLAIN_STATUS.test(cell) ? 8 : 5)) continue;
    // An empty box beside a ticked one (| Retenu | Non retenu | Ajourné | as columns of boxes)
    // says nothing alone: tickedNoRows reads which box is ticked.
    const unticked = UNTICKED_CELL.test(cell) && !TICKED_BOX.test(table.slice(lineStart, lineEnd));
    if (!(UNDECIDED_STATUS.test(cell) || ROW_STATUS.test(cell) || unticked)) continue;
    ranges.push([lineStart, lineEnd]);
  }
  return ranges;
}

/**
 * A status cell's first words: outside parentheses, before a colon, a semicolon, a dash, a comma
 * or the end of its first sentence ("Not accepted. The Cabinet considers that…").
 */
function statusHead(cell: string): string {
  const text = withoutParentheses(cell);
  let end = text.length;
  for (const mark of [':', ';', '\u2013', '\u2014', ' - ', ', ', '. ']) {
    const at = text.indexOf(mark);
    if (at > 0 && at < end) end = at;
  }
  return text.slice(0, end).trim();
}

/** The text outside parentheses (one pass: a regex for it backtracks on a run of opening ones). */
function withoutParentheses(text: string): string {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/** A line of Markdown as its words: markup and apostrophes blanked, blanks collapsed, folded. */
const foldWords = (line: string): string => fold(line.replace(/[#*_`'\u2019]/g, ' ').replace(/\s+/g, ' '));

/**
 * A value that says it was deleted (folded): « supprimé par l'avenant n° 1 », "Deleted by
 * agreement", « Retiré. ». Not a rule of deletion: « supprimées après 30 jours ».
 */
const DELETED_VALUE = /^(?:supprimee?s?|abrogee?s?|retiree?s?|deleted|struck(?: out)?|withdrawn|repealed)(?:$|[.;(]| par | by | lors | at | on )/;
/** The longest title before the colon of a value that says it was deleted. */
const DELETED_TITLE = 100;
/** A YAML comment that withdraws the value on its line (folded): `# withdrawn`, `# retiré`. */
const WITHDRAWN_COMMENT = /^(?:withdrawn|removed|dropped|deleted|not adopted|rejected|retiree?|supprimee?|abandonnee?|non retenue?|non adoptee?|reportee?|deferred)\b/;
/** A YAML key (folded, underscores as blanks) under which entries are not adopted, or are left open (`questions_non_traitees:`, `open_questions:`). */
const WITHDRAWN_KEY = /^(?:(?:clauses?|questions?|points?|sujets?|topics?|issues?|engagements?|actions?|mesures?|propositions?|articles?|commitments?|items?|measures?|pledges?|proposals?) )?(?:withdrawn|deferred|dropped|rejected|not adopted|not retained|not taken forward|not pursued|not proceeding|abandoned|descoped|removed|retire|reporte|abandonne|non retenu|non adopte|ecarte|supprime|non traite|not covered|not addressed|out of scope|hors (?:du )?(?:champ|perimetre))|^(?:questions?|points?|sujets?|issues?|topics?) (?:ouverte?s?|en suspens|open|pending)\b|^open (?:questions|issues|points)\b/;
/** A key of a template's instructions to whoever fills it in, folded words (`guidance`, `consignes`, `help_text`). */
const GUIDANCE_KEY = /^(?:guidance|guidance notes?|instructions?|help|help text|hints?|how to complete|completion notes?|template notes?|consignes?|mode d emploi|aide a la saisie|aide au remplissage|notice de remplissage)$/;
/** A key of the field a template's user fills in, folded words (`councilResponse`, `your_answer`, `réponse de la commune`). */
const RESPONSE_KEY = /(?:^|\s)(?:response|responses|answer|answers|reponse|reponses|to complete|a completer|a renseigner)(?:\s|$)/;
/** A key's words, folded: `withdrawn_or_deferred`, `notTakenForward` → "not taken forward". */
function keyWords(key: string): string {
  return fold(key.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')).replace(/[_-]+/g, ' ');
}
/** Keys of a free note on an entry, and the statuses a note may open with (not « proposé »: a note tells its story). */
const NOTE_KEYS = new Set(['notes', 'note', 'comment', 'comments', 'commentary', 'commentaire', 'commentaires', 'remarque', 'remarques', 'observations']);
const NOTE_STATUS = /^(?:(?:actions?|engagements?|indicateurs?|mesures?|objectifs?|adhesion|propositions?|projets?|commitments?|pledges?|measures?|indicators?|objectives?|projects?|proposals?|membership) (?:(?:envisagee?s?|etudiee?s?|considered|proposed) (?:puis|then|and) )?)?(?:withdrawn|deferred|dropped|cancel|abandon|rejet|rejected|retire|supprime|reporte|ajourn|ecarte|not taken forward|not pursued|on hold|paused|suspendu|suspended|removed)/;
/** A key that gives statuses by the code of each item (`statut_actions:`, `status_by_action:`), folded. */
const STATUS_BY_CODE_KEY = /^(?:statuts?|status|etats?|states?) (?:des |of |by )?(?:actions?|engagements?|mesures?|commitments?|items?|pledges?|measures?)$/;
/** The code an item opens with: « A5 — Organiser… », "C3: Publish…". */
const LEADING_ITEM_CODE = /^\s*([A-Za-z]{0,3}\d{1,3}(?:\.\d{1,2})?)\s*(?:[\u2014\u2013:.)-]|\s-\s)/;
/**
 * The status of a YAML entry not begun, or ended (folded): "not started", "not funded", « non
 * démarré », « pas encore lancé »; "dissolved", "ended", "left", "lapsed", « dissous », « résilié ».
 */
const INACTIVE_ENTRY = /^(?:not (?:yet )?(?:started|funded|begun|met)|unfunded|(?:non |pas (?:encore )?)(?:lancee?s?|demarree?s?|commencee?s?|financee?s?)|dissolved|ended|left|lapsed|expired|terminated|wound up|defunct|dissou(?:s|te|tes)|expiree?s?|resiliee?s?)\b/;
/** Keys that give an entry's status, and statuses of what was not adopted. */
// (An issue tracker closes an issue with its reason: `state_reason: not_planned`, `resolution: won't fix`.)
const STATUS_KEYS = new Set(['statut', 'status', 'etat', 'state', 'decision', 'avancement', 'progress', 'progression', 'state_reason', 'resolution', 'close_reason', 'closed_reason']);
/** Keys that say whether an entry was adopted (`adopte: false`, `adopted: no`): a no withdraws the entry. */
const ADOPTED_KEYS = new Set(['adopte', 'adoptee', 'adopted', 'retenu', 'retenue', 'retained', 'approved', 'approuve', 'vote', 'agreed', 'accepted', 'accepte', 'valide', 'validated',
  // and the answer of a self-assessment grid to the question its entry asks (`critere: …`, `reponse: non`).
  'reponse', 'answer', 'response', 'en place', 'in place']);
const NO_VALUE = new Set(['false', 'non', 'no', 'rejete', 'rejected']);
/** Keys that mark an entry deleted or withdrawn when true (`supprime: true`), folded; and the values that say so. */
const DELETED_KEYS = new Set(['supprime', 'supprimee', 'deleted', 'removed', 'withdrawn', 'retire', 'retiree', 'abandonne', 'abandonnee', 'abandoned', 'dropped']);
const YES_VALUE = new Set(['true', 'oui', 'yes', 'y', 'o']);
/** A status at the end of a heading, after a parenthesis, a colon or a dash. */
/** What may follow a heading's status: who or what decided it (folded). */
const STATUS_AGENT = / (?:by|par|lors|following|upon|at the request|a la demande|suite a|apres|after) /;
/** A status without who or what decided it: « supprimé par l'avenant n° 1 » -> « supprimé ». */
function withoutAgent(status: string): string {
  const at = status.search(STATUS_AGENT);
  return at < 0 ? status : status.slice(0, at);
}
const HEADING_STATUS = /[(:\u2013\u2014.-]\s*(?:(?:article|engagement|mesure|action|proposition|commitment|proposal|measure)s? )?(?:not recommended|non recommandee?s?|abandonnee?s?|non retenue?s?|rejected|withdrawn|deferred|not adopted|non adoptee?s?|reportee?s?|en reflexion|paused|on hold|suspended|suspendue?s?(?: sine die)?|en pause|supprimee?s?|retiree?s?|rejetee?s?|refusee?s?|ecartee?s?|declined|defeated|not carried|removed|deleted|reserved|repealed|dropped|abandoned|cancell?ed|scrapped|not pursued|abrogee?s?|non mise? en (?:oeuvre|\u0153uvre)|not implemented)\s*\)?\.?$/;
/** A traffic-light rating before a row's status (folded): "Red — deferred to 2026", « Orange : reporté ». */
const RATING = /^ *(?:red|amber|rouge|orange) *[\u2014\u2013:-] */;
/** A word naming what a status is about, before the status itself (« Engagement abandonné », folded). */
const STATUS_SUBJECT = /^(?:engagements?|objectifs?|actions?|mesures?|commitments?|objectives?|measures?|adhesion|participation|membership|abonnement|cotisation|partenariat|partnership|subscription|demarches?|dispositifs?|projets?|projects?|initiatives?) (?=\S)/;
/** A row not started whose next sentence gives it up (folded): « Le comité renonce à cet engagement », "the Board dropped it". */
const GIVEN_UP = /\b(?:renonce(?:nt)?|a renonce|ont renonce|abandonne(?:e|s|es|nt)?|gives? up|gave up|dropped|withdr[ae]w|withdrawn)\b/;
/** A row's status that it was not started, then a full stop (folded). */
const NOT_STARTED = /^(?:non (?:lance|demarre|commence|engage)|pas (?:encore )?(?:lance|demarre|commence)|not (?:yet )?started)e?s?\. +/;
/** One word naming what a status is about, before the status: « Adhésion abandonnée ». */
const STATUS_NOUN = /^[a-z]+ (?=(?:abandonnee?s?|retiree?s?|supprimee?s?|reportee?s?|withdrawn|dropped|cancell?ed|deferred)\b)/;
/** Statuses that cannot open the words of an action (unlike « Proposer… », "Report…"): their cell may be longer. */
const PLAIN_STATUS = /^(?:not proceeding|not progressed|not (?:being )?pursued|not taken forward|discontinued|withdrawn|rejected|abandonn?ed?s?|abandonnee?s?|dropped|stopped|deferred|removed|non engagee?s?|non retenue?s?|non relancee?s?|retiree?s?|supprimee?s?)\b/;
/** Statuses of a table row's answer to a request ("Not accepted", "Noted for future consideration"). */
const ROW_STATUS = /^(?:not accepted|noted|non accepte|non retenu|rejete|refuse|ecarte|not agreed|no change|arretee?s?$|non tenue?s?$|non atteinte?s?$|not met$|not kept$|not achieved$)/;

/**
 * Headings (folded) over what is not done or not adopted: first-person or "what the charter does
 * not…" forms, rejected options, out of scope (a heading matches when every regex of a row does). An imperative rule ("Ne pas diffuser…", "Do not
 * share…") is a rule, not a withdrawal, and does not match.
 */
const NOT_DONE_HEADING: Array<RegExp[]> = [
  // « Ce que la commune ne fera pas », « Ce que nous n'avons pas retenu » (apostrophes blanked).
  [/\bce qu(?:e)? /, /\bne? /, /\b(?:pas|plus|jamais)\b/],
  // "What we didn't do", "What the charter does not cover".
  [/\bwhat (?:we|the|this|our|it|they)\b/, /\b(?:not|didn t|won t|doesn t|don t)\b/],
  // "What's not in it (yet)", "What is not covered".
  [/\bwhat (?:s|is) not (?:in|included|covered|part|yet)\b/],
  [/\b(?:we|the council|the city) (?:will not|won t|did not|didn t|are not going to|decided not to)\b/],
  // « Nous ne nous engageons pas à : », « La Ville ne s'engage pas à », "We do not commit to".
  [/\bnous ne (?:ferons|faisons|retenons|prevoyons|nous engageons)\b|\bn avons pas (?:retenu|fait)\b|\bne s engagen?t pas\b|\bwe (?:do not|don t|are not|will not|won t) (?:commit|committing|undertake|undertaking)\b/],
  [/\b(?:considered and rejected|options? (?:rejected|not (?:retained|pursued|taken forward))|rejected options?|not taken forward|descoped|out of scope|outside (?:the )?scope)\b/],
  // A report's "Alternative options considered" lists what it does not recommend.
  [/\b(?:alternative options?|other options? considered|autres options (?:envisagees|etudiees)|options alternatives)\b/],
  [/\b(?:options? (?:ecartees?|non retenues?|rejetees?)|pistes? (?:ecartees?|non retenues?)|hors (?:du )?(?:perimetre|champ))\b/],
  // « Propositions étudiées et non retenues », "Deferred to version 2" ("abandoned" is left out:
  // "Abandoned vehicles" is a dataset).
  [/\b(?:non retenue?s?|ecartee?s?|rejetee?s?|reportee?s?|not (?:retained|adopted|pursued|taken forward)|rejected|deferred|descoped|withdrawn)\b/],
  // A change log's « ### Supprimé », "### Removed", « ## Engagements retirés ».
  [/^ ?(?:(?:engagements?|commitments?|mesures?|measures?|actions?|propositions?) )?(?:supprimee?s?|retiree?s?|removed|deleted|dropped|withdrawn) ?$/],
  // A box "### Not in this strategy", « Ce qui n'est pas dans cette charte ».
  [/\b(?:not (?:in|part of|covered by|included in) (?:this|the) (?:strategy|charter|policy|plan|version|framework|document)|pas dans (?:cette|la presente) (?:charte|strategie|version|politique)|hors (?:de )?(?:cette|la presente) (?:charte|strategie|version))\b/],
  // « Ce qui reste à faire », « Points en suspens », « Points soumis à arbitrage », "Still to decide", "Open questions".
  [/\b(?:ce qui reste a (?:faire|decider)|reste a (?:faire|decider)|restant a faire|(?:questions?|points?) en suspens|(?:questions?|points?|sujets?) (?:soumise?s? a|en attente d) arbitrages?|(?:questions?|points?|sujets?) a arbitrer|still to (?:do|decide)|what remains to be (?:done|decided)|open questions|to be decided)\b/],
  // « Questions restées sans réponse », "Unanswered questions": what was asked is not said.
  [/\b(?:questions? (?:restees? )?sans reponse|unanswered questions?|questions? (?:left )?unanswered)\b/],
  // "## Not yet", « Pas encore décidé ».
  [/\b(?:not yet|pas encore)\b/],
  // « Ce qui a été abandonné », "Promises on hold", « Projets en pause ».
  [/\bce qui (?:a ete|est) (?:abandonne|supprime|retire|ecarte|reporte|suspendu)\b|\b(?:on hold|en pause|paused|suspended)$/],
  // « Ce qui n'a pas été fait », « Engagements non tenus », "Commitments not met".
  [/\bce qui n a pas (?:ete )?(?:fait|realise|tenu|abouti|avance|engage|mis en (?:oeuvre|\u0153uvre))\b|\b(?:engagements?|actions?|mesures?|commitments?|actions?) (?:non (?:tenue?s?|realisee?s?)|not (?:met|kept|delivered))\b/],
  // "What has not progressed", "What was not delivered", "What didn't happen", "Actions not started".
  [/\bwhat (?:(?:has|have|had|was|were|did) not|hasn t|haven t|hadn t|wasn t|weren t|didn t) (?:yet )?(?:progressed|progress|been (?:done|delivered|achieved|implemented|started|completed)|delivered|happened|happen|started|moved forward)\b|\b(?:actions?|commitments?|projects?) not (?:yet )?(?:started|progressed|delivered|completed)\b/],
  // An audit's list of what it read (« Documents examinés », "Documents reviewed"): what it names
  // is no evidence of what those documents commit to.
  [/\b(?:documents? (?:examinee?s?|consultee?s?|analysee?s?|reviewed|examined|consulted)|pieces examinees)\b/],
  // « Ce qu'on arrête », « Ce que nous arrêtons », "What we are stopping".
  [/\b(?:ce qu on arrete|ce que nous arretons|what we (?:are stopping|stopped|will stop))\b/],
  // « Ce à quoi nous avons renoncé », « Engagements abandonnés », "Commitments dropped", "What we gave up".
  [/\b(?:(?:avons|a|ont) renonce|renoncons|(?:engagements?|actions?|mesures?|commitments?|pledges?|projets?|projects?) (?:abandonnee?s?|abandoned|dropped)|(?:gave|given) up)\b/],
];
/** The halves of a heading of what is done and what is not (folded): « Ce qu'on fait de vos données, et ce qu'on n'en fait pas », "What we do and what we don't". */
const BOTH_HALVES: Array<[string, string[]]> = [[' ce qu', [' et ce qu']], [' what we ', [' and what we ', ' and what it ', ' and what they ']],
  // « Les règles d'usage : un cadre interne, pas encore étendu aux partenaires », "Internal rules
  // in place, not yet extended to partners": what is not yet done comes after what is.
  [' ', [', pas encore ', ' mais pas encore ', ', not yet ', ' but not yet ']]];
/** Whether a heading (folded words) says what is done and what is not: its section holds both. */
function bothHalves(words: string): boolean {
  const padded = ` ${words} `;
  return BOTH_HALVES.some(([first, seconds]) => {
    const at = padded.indexOf(first);
    return at >= 0 && seconds.some((second) => padded.indexOf(second, at + first.length) >= 0);
  });
}
/** A maxim that opens on a negative infinitive (« V. Ne pas réinventer ce que d'autres ont déjà fait »), folded: advice, not a list of what will not be done. */
const MAXIM_HEADING = /^(?:[a-z0-9]{1,4}[.)]? )?ne (?:pas|jamais|plus) /;
/**
 * Headings (folded) over rules of what someone may not do: « Ce que vous ne pouvez pas faire »,
 * "What staff must not do". They prohibit; they do not withdraw what they hold.
 */
const RULE_HEADING = /\b(?:ne (?:pouvez|peut|peuvent|pouvons|devez|doit|doivent|devons)|interdite?s?|may not|must not|cannot|can t|mustn t|not (?:allowed|permitted)|prohibited|forbidden)\b/;
/** Headings (folded) of a proposal made by others, and of the answer that follows it. */
const PROPOSAL_HEADING = /\b(?:ce qu (?:a|ont) (?:propose|demande)|ce que (?:la convention|le panel|le jury|l assemblee|les habitants|les citoyens|le conseil citoyen|le comite) (?:a|ont) (?:propose|demande|recommande)|propositions? (?:de la convention|du panel|du jury|des habitants|citoyennes?)|recommandations? (?:de la convention|du panel|du jury|du comite)|avis (?:de la convention|de la conference citoyenne|du panel|du jury|citoyen)|you said|what (?:you|residents|citizens|the panel|the assembly|the jury) (?:said|proposed|asked for|recommended)|(?:panel|assembly|jury|residents) (?:proposals?|recommendations?))\b/;
const ANSWER_HEADING = /\b(?:ce que (?:la ville|la commune|la mairie|le maire|la metropole|l agglomeration|l agglo|la communaute|le syndicat|la collectivite|le departement|la region|nous|le conseil(?: municipal| communautaire)?) (?:en )?(?:retien[st]|retenons|fai[st]|faisons|decide)|reponse de la (?:ville|commune|metropole|collectivite)|reponse (?:de (?:mme |m |monsieur |madame )?)?(?:la |le )maire|position de la (?:ville|commune|metropole|collectivite)|suite donnee|notre reponse|we did|what we (?:will do|did|decided)|our response|(?:the )?council s? response|management response)\b/;
/** An answer that adopts what was proposed, and words that refuse or delay some of it (folded). */
const ADOPTS = /^ ?(?:la (?:ville|commune|metropole|collectivite)|nous|le conseil(?: municipal)?|the council|the city|we) (?:retient|retenons|accepte|acceptons|adopte|adoptons|accepts?|adopts?|agrees?|agree to)\b/;
const REFUSES = /\b(?:ne|n) (?:[a-z]+ ){0,6}(?:pas|plus|jamais)\b|\b(?:report|ajourn|ecart|rejet|refus|non retenu|pas retenu|a l etude|sous reserve|declin|defer|postpon|withdr|reject)|\b(?:not|no|later|future)\b/;
/** A line that may start a response: its first letters, after markup (a cheap look before any copy). */
/** The longest paragraph read as a section's status line (« Statut : **reporté** (vote du 3 mars 2025). »). */
const STATUS_LINE = 80;
/** What may stand before a response's label: blanks, emphasis marks and quote marks. */
const QUOTE_LEAD = ' \t>*_`';
const RESPONSE_FIRST = /^[\s*_`>]{0,3}[dDrRoOaAsSmMvVéÉpPwWeEcCnNlL]/;
/** How a decision or a response paragraph starts (lower case, before folding): a cheap first look. */
const RESPONSE_LABEL_START = ['decision', 'décision', 'resolved', 'resolution', 'résolution', 'outcome', 'avis', 'suite donnée', 'response', 'management response', 'council response', 'city response', 'cabinet response', 'executive response', 'staff response', 'officer response', 'shire response', 'county response', 'town response', 'borough response', 'district response', 'municipality response', 'our response', 'réponse', 'reponse', 'statut', 'status', 'commitment status', 'pledge status', 'vote', 'où en sommes-nous', 'ou en sommes-nous', 'où en est-on', 'état d\'avancement', 'avancement', 'état', 'etat', 'progress', 'where we are', 'where are we', 'where do we stand'];
/** The first letters of those labels, and what may stand before one (markup, blanks). */
const RESPONSE_LABEL_LETTERS = new Set(RESPONSE_LABEL_START.map((label) => label[0]!));
const LABEL_MARKUP = '*_`';
const BLANK = /\s/;
/** A paragraph that records a decision or a response (folded, markup and apostrophes blanked), and what it says. */
const DECISION = /^ ?(?:decisions?|resolved|resolution|outcome|avis(?: du (?:comite|conseil|bureau))?|decision du (?:comite|conseil|bureau|college)(?: (?:communautaire|municipal|syndical|metropolitain|departemental|executif|de la donnee))?|suite donnee|(?:(?:management|council|city|cabinet|executive|staff|officer|shire|county|town|borough|district|municipality|our) )?response|ou en sommes.nous|ou en est.on|etat d avancement|avancement|etat|progress|where we are|where are we|where do we stand|reponse(?: de la (?:collectivite|ville|commune|direction|metropole|region)| du (?:maire|president|departement))?|statut|(?:commitment |pledge )?status|vote) ?[:.?\u2013\u2014-] ?(.*)$/;
/** Decisions and responses that adopt nothing: deferred, rejected, not accepted, not supported… */
const DECISION_NO = /^(?:(?:[a-z]+ ){1,3}(?:est|sont|a ete|ont ete) (?:reporte|ajourne|rejete|refuse|abandonne|retire|supprime|ecarte|suspendu)|(?:[a-z]+ ){1,3}(?:is|are|was|were|has been|have been) (?:deferred|rejected|withdrawn|postponed|dropped|declined|cancell?ed|suspended)|deferred|postponed|adjourned|not (?:supported|adopted|approved|agreed|endorsed|accepted|proceeding|progressed|funded|taken forward|(?:being )?pursued)|stopped|on hold|paused|suspended|dropped|abandoned|cancell?ed|discontinued|en pause|suspendue?|non poursuivie?|rejected|declined|withdrawn|removed|no decision|disagreed?\b|do not agree|does not agree|en desaccord|desaccord|non retenue?|refusee?|(?:engagement )?(?:retire|supprime|abandonne)e?|(?:the )?(?:board|committee|council|panel|group|members) (?:did not|didn t|declined|rejected|does not support|decided not)|reporte|ajourne|rejete|refuse|non adopte|non retenu|avis defavorable|pas de decision|(?:le |la )?(?:comite|conseil|bureau|college|commission) (?:n a pas|ne (?:retient|soutient|valide|retenu) pas|a rejete|a refuse|a ecarte))/;
/** The first letters of a lost vote with its count (see COUNTED_LOSS), before any copy is folded. */
const COUNTED_LOSS_START = /^(?:non adopt|rejet|repouss|not adopt|not carri|rejected|lost\b|defeated)/i;
/**
 * A lost vote and its count (folded), under the motion put: « non adoptee 11 voix pour »,
 * "rejected by 9 votes to 4", "lost 5 for 8 against" (VOTE_LOST: the outcome alone).
 */
const COUNTED_LOSS = /^(?:non adoptee?s?|rejetee?s?|repoussee?s?|not (?:adopted|carried)|rejected|lost|defeated)(?: (?:par|by|a|with))?(?: ?[:.,;])? \d+ (?:voix|votes?|pour|contre|for|against)\b/;
/** A status in bold that is a whole response (folded): "**Not accepted at this time.**", « **Non retenue.** ». */
const BOLD_STATUS = /^ ?(?:not (?:accepted|agreed|supported|adopted|approved|taken forward|pursued|kept|delivered)|(?:promise )?broken|rejected|declined|deferred|postponed|non tenue?s?|pas tenue?s?|non retenue?s?|rejetee?s?|refusee?s?|ajournee?s?|reportee?s?|ecartee?s?)(?: (?:at this (?:time|stage)|for now|a ce stade|pour l instant|pour le moment))? ?$/;
/** A verdict in bold that adopts (folded): « **Retenu.** », "**Accepted.**", "**Agreed in part.**". */
const BOLD_ADOPTED = /^ ?(?:(?:partly|partially|en partie|partiellement) )?(?:retenue?s?|adoptee?s?|acceptee?s?|accepted|agreed|adopted|approved|supported)(?: (?:in part|en partie|partiellement|with changes|avec modifications))? ?$/;

/**
 * The folded words of the short bold label that opens a paragraph (quote marks and blanks before
 * it passed over), if it opens with one: « **Non retenue.** » gives "non retenue".
 */
function boldLabel(text: string, start: number, end: number): string | undefined {
  let bold = start;
  while (bold < end && QUOTE_BLANKS.includes(text[bold]!)) bold++;
  if (!text.startsWith('**', bold)) return undefined;
  const close = text.indexOf('**', bold + 2);
  return close > bold && close < Math.min(end, bold + BOLD_STATUS_LENGTH) ? foldWords(text.slice(bold + 2, close)) : undefined;
}

/** Whether a paragraph opens with a verdict in bold, adopting or not (« **Retenu.** », "**Not accepted.**"). */
function opensWithBoldVerdict(text: string, start: number, end: number): boolean {
  const label = boldLabel(text, start, end);
  return label !== undefined && (BOLD_STATUS.test(label) || BOLD_ADOPTED.test(label));
}

/** The longest bold status read as a response (see BOLD_STATUS), and what may stand before it. */
const BOLD_STATUS_LENGTH = 48;
const QUOTE_BLANKS = ' \t>';
/** A list item whose box is not ticked: `[ ]` after the marker, or a ballot box ☐. */
const UNTICKED = /^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\[ \]|\u2610)/;
/** The marks and numbers before a heading's words (« ## 2. », "### **"). */
const HEADING_LEAD = /^[#\s*_`]*(?:\d+(?:\.\d+)*[.)]?\s+)?[*_`]*/;
/** A heading of work still to do, whose tasks are unticked by nature (folded). */
const PLANNED_HEADING = /^(?:a faire|en cours|prevue?s?|planifiee?s?|programmee?s?|prochaines etapes|to do|to-do|todo|doing|in progress|planned|upcoming|next steps?)\b/;
/** A "no" answer in a yes/no column (folded). */
/** How many words before a hit a prohibition may stand (« ne peuvent pas utiliser la plateforme pour … »). */
const PROHIBITION_REACH = 10;
/** How far after « aucun partenaire » / "no contractor" the modal of a prohibition may stand (« ne peut », "may"). */
const PROHIBITION_AFTER = 3;
const PEUT = foldWord('peut');
/** A permission, which a negation just before turns into a prohibition (« n'est autorisé », "is not permitted"; folded). */
const PERMITTED = new Set(['autorisé', 'autorisée', 'autorisés', 'autorisées', 'permis', 'permise', 'permises', 'allowed', 'permitted'].map(foldWord));
const CANNOT = foldWord('cannot');
/** The modals of a rule, which a negation turns into a prohibition ("should not" advises; "can" and « peut » alone may say what is possible). */
const FORBIDDING = new Set(['peuvent', 'doit', 'doivent', 'may', 'must', 'shall'].map(foldWord));
/** A header cell of a column of no (before folding: a first look), and after folding. */
const NO_COLUMN_HINT = /\|\s*(?:non|no|not|rejet|[àa] l|under|en r|report|defer|on hold|abandon|[ée]cart|ajourn|postpon)/i;
const NO_COLUMN = /^(?:non|no|not adopted|not retained|rejected|non retenue?|rejetee?|ecartee?|abandonnee?|a l etude|en reflexion|under consideration|under review|reportee?|deferred|on hold|ajournee?|postponed)$/;
const YES_COLUMN = /^(?:oui|yes|adopted|retenue?|adoptee?|en place|in place|done|fait|realisee?)$/;
/** A cell that ticks its column: a cross, a tick or a bullet, alone. */
/** A ticked box in a row: ☑ ☒ ✓ ✔ ✅ or [x]. */
const TICKED_BOX = /[\u2611\u2612\u2713\u2714\u2705]|\[[xX]\]/;
const TICK = /^(?:[xX]|\u2713|\u2714|\u2705|\u2611|\u2612|\u25cf|\u2022|\u2716|\u2717|\u2718)$/;
/** A table cell that answers yes (a ticked box too). */
const YES_CELL = /^(?:oui|yes|\u2713|\u2714|\u2705|\u2611|\[x\])(?:$|[\s.,;:(\u2013\u2014-])/;
/** A mark or word of work in progress in a column of yes and no (folded). */
const IN_PROGRESS_CELL = /^(?:\u23f3|\u231b|\u{1f504}|\u{1f7e1}|\u{1f7e0}|en cours|in progress|ongoing)(?:$|[\s.,;:(\u2013\u2014-])/u;
const NO_CELL = /^(?:non|no|\u2717|\u2718|\u274c|not yet|pas encore)(?:$|[\s.,;:(\u2013\u2014-])/;
/** A table cell whose box is not ticked (`☐`, `☐ non`, `[ ]`). */
const UNTICKED_CELL = /^(?:\u2610|\[ \])/;

/** The longest first cell of a table row read as the row's label, in characters. */
const ROW_LABEL = 60;

/** Per model, the lead-in found for each list item, kept for the items walked past: a long list is walked once. */
const leadIns = new WeakMap<readonly Unit[], Map<number, number>>();

/** The paragraph that introduces the list of a list item (it ends with a colon, right before the list), or -1. */
function leadInOf(model: CharterModel, unit: number): number {
  const { units, text } = model;
  const u = units[unit];
  if (!u || u.kind !== 'listItem') return -1;
  let known = leadIns.get(units);
  if (!known) leadIns.set(units, (known = new Map()));
  const cached = known.get(unit);
  if (cached !== undefined) return cached;
  let first = unit;
  while (first > 0 && units[first - 1]!.kind === 'listItem' && units[first - 1]!.list === u.list && !known.has(first - 1)) first--;
  let found = -1;
  if (first > 0 && known.has(first - 1) && units[first - 1]!.kind === 'listItem' && units[first - 1]!.list === u.list) found = known.get(first - 1)!;
  else {
    const lead = units[first - 1];
    if (lead && lead.kind === 'paragraph' && lead.section === u.section) {
      let end = lead.end;
      while (end > lead.start && /\s/.test(text[end - 1]!)) end--;
      if (text[end - 1] === ':') found = first - 1;
    }
  }
  for (let k = first; k <= unit; k++) known.set(k, found);
  return found;
}

/** An assessment against questions (folded words): "is assessed against four questions", « évalué au regard des questions suivantes ». */
const ASSESSED_AGAINST = /\b(?:assess|evalu|measur|review|mesur|examin)\w*\b(?: \S+){0,6} (?:questions?|criteria)\b/;
/** A lead-in shorter than this ("Examples:") is read with the paragraph before it. */
const SHORT_LEAD = 40;

/** The longest parenthesis read as a list of examples. */
const EXAMPLES_SPAN = 200;

/**
 * Where the parenthesis that opens right after `end` (blanks before it allowed) closes, or -1: a
 * closing mark within EXAMPLES_SPAN characters, on the same line.
 */
function parenthesisAfter(text: string, end: number): number {
  const at = afterBlanks(text, end);
  if (text.charCodeAt(at) !== 40) return -1;
  for (let i = at + 1; i < text.length && i - at <= EXAMPLES_SPAN; i++) {
    const c = text.charCodeAt(i);
    if (c === 41) return i;
    if (c === 10 || c === 40) return -1;
  }
  return -1;
}
