import assert from 'node:assert/strict';
import { answers, saysNoneYet } from '../../server/src/engine/answers';

describe('answers: whether a value says something', () => {
  it('a value that names its subject, then says it is still to be set, answers nothing', () => {
    for (const value of [
      "Modalités de suivi à définir lors de la création de l'instance de gouvernance.",
      'Composition et mandat à arrêter par le bureau communautaire après les élections de 2026.',
      'Les formats restent à préciser avec le délégataire.',
      "Les modalités de transmission (fréquence, canal, niveau d'agrégation) seront précisées par le comité de suivi.",
      'Reporting arrangements to be agreed with the operator.',
      'Owner: to be confirmed',
      'To be fixed at the first meeting of the Monitoring Group.',
      'TBD, to be agreed with the committee',
      'À fixer lors du premier comité de suivi.',
      'Out of scope of this framework. Staff development is covered by the corporate Learning and Development Strategy.',
      'Hors du périmètre de la présente charte.',
      'À rédiger avec la DSI (règlement intérieur informatique en cours de refonte).',
      'Rules for contractors, concession holders and funded community partners are to be defined in phase 2 of the framework.',
      'Les règles applicables aux délégataires, aux concessionnaires et aux associations subventionnées restent à définir.',
      "Les modalités de mise à disposition de ces données à l'agglomération (fréquence, canal, conditions de réutilisation) seront définies par un avenant à conclure.",
      "Les modalités de transmission de ces données (fréquence, canal, niveau d'agrégation) seront précisées par un avenant à conclure avant le 31 décembre 2025.",
      'How often the operator sends these data to the city will be agreed later, in a schedule to this agreement.',
      'en cours de négociation avec les délégataires',
      "en cours d'étude – aucun dispositif arrêté",
      'Under negotiation with the operators.',
    ]) assert.equal(answers(value), false, value);
  });

  it('a value that says something and leaves a detail to be set still answers', () => {
    for (const value of [
      "Les données sont restituées à la Ville dans un format à définir d'un commun accord.",
      'Bilan annuel présenté au conseil municipal.',
      'Les données sont transmises chaque mois, et les formats seront précisés par avenant.',
      'The operator returns the data within 30 days, in formats to be agreed.',
      'Les données sont transmises chaque mois et les formats seront précisés par avenant.',
      "Un portail mutualisé est ouvert ; sa refonte est en cours d'étude.",
    ]) assert.equal(answers(value), true, value);
  });

  it('a value that says there is none yet names what is not there', () => {
    for (const value of [
      "Aucun plan de formation n'est prévu à ce stade. La sensibilisation des agents sera envisagée plus tard.",
      'No training programme is planned before 2027.',
      "Aucune session n'est programmée.",
      "Aucun plan de formation des agents aux données n'est prévu à ce stade ; le besoin sera réexaminé en 2026.",
      'Aucune à ce stade.',
      'None in the current contract.',
      "Aucune formation spécifique à la donnée n'est programmée pour les agents en 2025 ; la question sera réexaminée en 2026.",
      'No. There is no formal data training program for Shire staff at this stage.',
      'Deferred. The Council will define public-interest data categories at the 2026 review.',
      'No data skills programme is in place yet. Needs will be identified in the Workforce Plan.',
      "Aucun dispositif de formation n'est mis en place à ce jour.",
    ]) assert.equal(saysNoneYet(value), true, value);
    for (const value of [
      'No new dataset is planned without a review by the data board.',
      "Aucune donnée personnelle n'est transmise au délégataire.",
      'Un plan de formation est prévu en 2025.',
      'No. 12 Data Team, Civic Centre.',
      'No staff member has access until a data sharing agreement is in place.',
    ]) assert.equal(saysNoneYet(value), false, value);
  });
});
