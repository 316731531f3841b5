import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 46 (T59): French intent told indirectly, by the means got ready and the place chosen beside despair told
 * anywhere in the message ("je tiens plus", "j'en peux plus"), whatever follows the means (NICE NG225: a plan with
 * the means at hand). Look-alikes: a rope bought for a move or a climb, "je tiens plus debout" from tiredness, a place
 * picked for a picnic. Written from the protocol, never from a labelled set. On the unchanged rules (main 7ed525f): see
 * the commit that brought them.
 */
const EMERGENCIES: LabelledMessages = [
  ["je tiens plus depuis des semaines. j'ai acheté une corde lundi et j'ai choisi l'endroit dans le garage"],
  ["j'en peux plus de cette vie, j'ai caché toutes les boîtes de cachets de ma mère dans ma chambre pour ce week-end"],
  ["ça fait longtemps que je tiens plus, j'ai repéré l'endroit près de la voie ferrée et personne sera là demain"],
].map(([text]) => ['fr', text ?? ''] as const);

const LOOK_ALIKES: LabelledMessages = [
  ['fr', "on déménage samedi, j'ai acheté une corde et des sangles pour attacher les meubles dans le camion"],
  ['fr', 'après ma garde de nuit je tiens plus debout, je dors 12 heures, est-ce normal ?'],
  ['fr', "j'ai repéré l'endroit pour le pique-nique dimanche, il y a de l'ombre pour les enfants"],
];

describeRulesAndProduct('French intent told by the means and the place (session 46)', EMERGENCIES, LOOK_ALIKES);
