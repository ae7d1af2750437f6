import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import { stripAccents } from './text/fold';

/**
 * What a value says: whether it answers (a filled YAML key, a table cell naming someone) or only
 * stands in for an answer ("TBC", « À définir », a status of what was not adopted).
 */

/** A status or an answer as compared: lower case, no accents, no final full stop. */
export const fold = (value: string): string => stripAccents(value.trim().toLowerCase()).replace(/\.$/, '').trim();

/** Statuses of what was not adopted, folded (`statut: abandonné`, "on hold", « en réflexion »). */
export const UNDECIDED_STATUS = /^(?:not proceeding|not progressed|not (?:being )?pursued|not taken forward|discontinued|abandon|en reflexion|a l.?etude|rejet|refus|non retenu|reporte(?:e|s|es)?\b|suspendu|ajourn|en attente|propose(?:e|s|es|d)?\b|withdrawn|rejected|abandoned|deferred|on hold|paused|suspended|stopped|en pause|non engagee?s?\b|under consideration|pending|declined|cancel|annul|parked|not adopted|non adopte|descoped|(?:moved to (?:the )?)?backlog|dropped|removed|retire(?:e|s|es)?\b|supprime(?:e|s|es)?\b|abroge(?:e|s|es)?\b|caduc|struck|deleted|repealed|revoked|rescinded|non mise? en (?:oeuvre|\u0153uvre)|not implemented|hors (?:du )?perimetre|not planned|won.?t (?:fix|do)|wontfix|non renouvelee?s?\b|not renewed|non realisee?s?\b|not (?:done|delivered)\b|jamais mise?s? en (?:place|oeuvre|\u0153uvre)|never (?:set up|implemented|put in place)|not (?:yet )?in place\b|postponed|differee?s?\b|not (?:yet )?(?:established|set up|created|convened|appointed|launched|held|funded)\b|non (?:creee?s?|installee?s?|lancee?s?|reunie?s?|pourvue?s?|mise?s? en place)\b|pas (?:encore )?(?:creee?s?|installee?s?|lancee?s?|reunie?s?|pourvue?s?|mise?s? en place)\b)/;

/** Answers that say it is not there yet: "not yet", « pas encore », « en cours de réflexion »… */
const NOT_YET = /^(?:not applicable\b|deferred\b|postponed\b|non applicable\b|sans objet\b|non concernee?s?\b|not relevant\b|out of scope\b|outside (?:the )?scope\b|not in scope\b|hors (?:du )?(?:perimetre|champ)\b|not yet|tb[acd]\b|pas encore|en cours de reflexion|en cours d.(?:etude|elaboration|instruction)|en cours de (?:negociation|definition|redaction)|under (?:negotiation|study)|being (?:negotiated|studied|drafted)|en reflexion|under review|to be (?:determined|defined|discussed|agreed|decided|confirmed|specified|developed|appointed|named|designated|assigned|recruited|fixed|set|established|scheduled|finali[sz]ed)\b|a (?:definir|preciser|discuter|determiner|confirmer|arreter|designer|nommer|recruter|fixer|etablir|finaliser|rediger|elaborer|ecrire)\b|no(?:n|ne)?\s*(?:[,;:\u2013\u2014(]|\.(?!\s*\d))|non (?:evaluee?s?|mesuree?s?|renseignee?s?)\b|not (?:assessed|evaluated|measured|specified|stated|defined|provided for|required)\b|non (?:precisee?s?|specifiee?s?|prevue?s?|definie?s?)\b)/;

/** Values that fill a key without answering it: "None", "N/A", "TBC", « Néant », « À définir »… (and `false`). */
const NO_ANSWER = new Set([
  'none', 'no', 'n/a', 'na', 'not applicable', 'tbc', 'tbd', 'to be confirmed', 'to be decided', 'to be defined', 'unknown', 'false', 'nil',
  'non', 'aucun', 'aucune', 'neant', 'sans objet', 'non applicable', 'a definir', 'a preciser', 'a confirmer', 'a completer', 'nc', 'n.c',
  '-', '--', '?', 'x', 'todo', 'n',
  // A bare progress status says that something is being prepared, not what it is.
  'en cours', 'en preparation', 'en projet', 'in progress', 'ongoing', 'wip', 'work in progress', 'planned', 'prevu', 'prevue',
]);

/** A value filled with something that answers (not "None", "TBC", « Néant »…): evidence for a schema key. */
export function isAnswered(node: Node | undefined | null): boolean {
  if (!node) return false;
  // An alias (`sponsor: *vp`) repeats a value given elsewhere under its anchor: an answer.
  if (isAlias(node)) return true;
  if (isScalar(node)) return isFilled(node) && answers(String(node.value));
  if (isSeq(node)) return node.items.some((item) => isAnswered(item as Node));
  if (isMap(node)) return node.items.some((pair) => isAnswered(pair.value as Node));
  return false;
}

/**
 * Whether a value says that what its key names is not there yet: « à définir », "TBC", "None in
 * the current contract", « Modalités de suivi à définir… » (not an empty value, a status or a
 * cross-reference, which say something else).
 */
export function saysNoneYet(text: string): boolean {
  const value = fold(text);
  if (value === '') return false;
  return notYet(value) || NONE_YET.test(value);
}

/** A folded, non-empty value that leaves its subject to be set: "none", "TBC", « X : à définir », « X seront précisées ». */
function notYet(value: string): boolean {
  return NO_ANSWER.has(value) || NOT_YET.test(value) || NAMED_NOT_YET.test(value) || SUBJECT_NOT_YET.test(withoutAsides(value));
}

/**
 * "None in current contract", « Aucune à ce jour », « Néant pour l'instant », « Aucun plan de
 * formation n'est prévu à ce stade », "No training is planned", « Aucune formation … n'est programmée
 * pour les agents en 2025 », "No data skills programme is in place yet" (folded).
 */
const NONE_YET = /^(?:none|aucune?|neant) (?:in (?:the )?current|at present|yet|so far|to date|a ce jour|a ce stade|pour l.?instant|actuellement|dans (?:le|les) contrats? (?:actuel|en cours))|^(?:aucune?|no) (?:[a-z0-9'\u2019-]+ ){1,8}(?:n.est|n.a ete|is|has been) (?:encore )?(?:prevue?|programmee?|envisagee?|planned|scheduled|foreseen|in place|en place|mise? en place)(?: (?:pour|for) (?:les |la |l |the )?[a-z'\u2019-]+)?(?: (?:a ce (?:stade|jour)|pour (?:l.?instant|le moment)|yet|at (?:this stage|present)|for now|(?:avant|en|before|in|for) \d{4}))?\s*(?:[.;,:]|$)/;

/** Whether a value's text answers (a table cell, a scalar): not "None", "TBC", « À définir », a status. */
export function answers(text: string): boolean {
  const value = fold(text);
  return value !== '' && !notYet(value) && !UNDECIDED_STATUS.test(value) && !CROSS_REFERENCE.test(value);
}

/**
 * A value that only points elsewhere (folded): "See section 3.2 of the Charter.", « Voir
 * l'article 4. », "Refer to Annex B": what it points to is not said under the key.
 */
const CROSS_REFERENCE = /^(?:see|refer to|cf\.?|voir|se (?:reporter|referer) a) (?:the |l'|l |la |le |les )?(?:section|article|chapter|annex|appendix|part|paragraph|clause|chapitre|annexe|partie|paragraphe|titre|\u00a7) ?[\w.-]*(?: (?:of|de) (?:the|this|la|le|cette|ce) [a-z]+)?$/;

/**
 * A value that names what it is about, then says it is still to be set (folded): « Licence de
 * diffusion des données : à définir par avenant », "Licence: to be agreed".
 */
const NAMED_NOT_YET = /^[^.:;]{1,120}: (?:a (?:definir|preciser|determiner|arreter)|to be (?:defined|determined|agreed|confirmed|decided))\b/;
/** A value without its parenthetical asides and with single spaces: « Les modalités (fréquence, canal) seront précisées ». */
function withoutAsides(value: string): string {
  return value.replace(/\([^()]{0,120}\)/g, ' ').replace(/\s+/g, ' ');
}

/**
 * A value whose few first words name what it is about, then say it is still to be set, without a
 * colon: « Modalités de suivi à définir lors de la création de l'instance », « Composition et
 * mandat à arrêter par le bureau », « Les modalités de transmission seront précisées par le comité
 * de suivi », "Reporting arrangements to be agreed with the operator". Before « sont / restent à »
 * or "are / remain to be", the subject may run twelve words, commas included: "Rules for
 * contractors, concession holders and funded community partners are to be defined in phase 2".
 * Before « seront précisées » or "will be defined by", twelve words of one subject (no comma, no
 * verb, no second clause): « Les modalités de transmission de ces données (fréquence, canal)
 * seront précisées par un avenant », not « Les données sont transmises chaque mois, et les
 * formats seront précisés par avenant ».
 */
const SUBJECT_NOT_YET = /^(?:[a-z0-9'\u2019-]+ ){1,5}(?:(?:restent? |sont |est )?a (?:definir|preciser|determiner|arreter|fixer)|(?:seront|sera) (?:precisee?s?|definie?s?|fixee?s?|arretee?s?|determinee?s?)\b|(?:are |is |still )?to be (?:defined|determined|agreed|confirmed|decided|set)|will be (?:defined|determined|agreed|specified|set out) later)\b|^(?:[a-z0-9'\u2019-]+,? ){1,12}(?:are|is|remains?|restent|reste|sont|est) (?:still |encore )?(?:to be (?:defined|determined|agreed|confirmed|decided|set)|a (?:definir|preciser|determiner|arreter|fixer))\b|^(?:(?!(?:sont|est|are|is|et|and) )[a-z0-9'\u2019-]+ ){1,12}(?:(?:seront|sera) (?:precisee?s?|definie?s?|fixee?s?|arretee?s?|determinee?s?)|will be (?:defined|determined|agreed|specified|set out) (?:later|by))\b/;

/** A key present but empty (`formats: []`, `owner: ""`, `owner:`) is not evidence, and is filled in place by a fix. */
export function isFilled(node: Node | undefined | null): boolean {
  if (!node) return false;
  if (isAlias(node)) return true;
  if (isScalar(node)) return node.value !== null && String(node.value).trim() !== '';
  if (isSeq(node)) return node.items.some((item) => isFilled(item as Node));
  if (isMap(node)) return node.items.some((pair) => isFilled(pair.value as Node));
  return false;
}
