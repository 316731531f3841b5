import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 46 (T59): a cardiac chest pain told by its place ("en medio del pecho", "au milieu de la poitrine") and by
 * a pressure likened to a weight, a bar or a brick ("une barre dans la poitrine", "como un ladrillo encima", "wie ein
 * Gewicht"), beside its spread and sweat (NICE CG95). Look-alikes: a pain that pressing reproduces after lifting, a
 * burning after a heavy meal that an antacid settled. Written from the protocol, never from a labelled set. On the
 * unchanged rules (main 7ed525f): see the commit that brought them.
 */
const EMERGENCIES: LabelledMessages = [
  ['es', 'me empezó un dolor en medio del pecho hace media hora, me baja al brazo izquierdo y estoy sudando frío'],
  ['es', 'mi papá dice que siente como un ladrillo sobre el pecho, está pálido y sudando, vomitó'],
  [
    'fr',
    "j'ai une barre au milieu de la poitrine depuis 40 minutes, ça irradie dans la mâchoire et je transpire beaucoup",
  ],
  ['pt', 'estou com uma dor no meio do peito há meia hora, vai para o braço esquerdo e estou a suar frio'],
  ['it', 'ho un peso in mezzo al petto da mezz’ora che va al braccio sinistro, sudo freddo e ho la nausea'],
  [
    'de',
    'mein Vater hat seit einer halben Stunde einen Druck mitten auf der Brust wie ein Gewicht, es zieht in den linken Arm und er schwitzt',
  ],
];

const LOOK_ALIKES: LabelledMessages = [
  ['es', 'me duele en medio del pecho cuando aprieto con el dedo desde que cargué cajas ayer, respiro bien'],
  ['fr', "j'ai une petite brûlure au milieu de la poitrine après un gros repas, partie avec un antiacide"],
  ['pt', 'dor no meio do peito quando carrego no sítio, desde que fui ao ginásio, de resto estou bem'],
  ['de', 'ich habe ein Druckgefühl mitten auf der Brust nach dem schweren Essen, mit Rennie ist es weg'],
];

describeRulesAndProduct('other-language chest pressure told by its place (session 46)', EMERGENCIES, LOOK_ALIKES);
