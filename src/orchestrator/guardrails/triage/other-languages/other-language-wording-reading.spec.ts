import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';
import { EmergencyTriage } from '../../emergency-triage.js';

/**
 * The product's triage (the rules with the learned wording model) on messages in other languages, for
 * what a review of the wording model reading the rules' English found must not happen (issue 11): an
 * emergency the product flags going quiet when the model stops reading the other language's letters, and
 * an emotional idiom of the throat becoming a false alarm. Own sentences, written from the protocols
 * (Manchester Triage, NHS 111) in the ways people type them, not taken from any set.
 */
const KINDS: TriageProbeTable = [
  [
    'a heart attack named in the language',
    [
      'credo che sia un infarto, ha un dolore al petto che va al braccio sinistro',
      'mi marido está teniendo un infarto, le duele el pecho y está sudando',
      'acho que meu pai está tendo um infarto, dor forte no peito',
      'je crois que mon père fait un infarctus, il a mal à la poitrine',
    ],
    [
      'meu avô teve um infarto há dez anos e hoje está bem',
      'mi padre tuvo un infarto hace años, ahora solo quiero saber qué dieta seguir',
      'mio nonno ha avuto un infarto nel 2015, che esami deve fare?',
    ],
  ],
  [
    'a finger nearly cut off and bleeding',
    ['elim bıçakla kesildi, parmağım neredeyse koptu ve çok kanıyor'],
    [
      'parmağım bıçakla hafif kesildi, biraz kanadı ama durdu',
      "il y a cinq ans j'ai coupé mon doigt avec un couteau, la cicatrice me gratte",
    ],
  ],
  [
    'a baby of a few weeks grunting with each breath',
    ['meu bebê de 3 semanas está gemendo a cada respiração e muito molinho'],
    ['meu bebê de 3 semanas faz uns barulhinhos dormindo mas mama bem e está ativo'],
  ],
  [
    'a tight or closing throat told as emotion, anxiety or an episode that passed',
    [
      'comi amendoim e sinto a garganta fechando, não consigo respirar direito',
      "après avoir mangé des crevettes j'ai la gorge qui se ferme et les lèvres gonflées",
    ],
    [
      "j'avais la gorge serrée par l'émotion pendant le mariage de ma fille",
      "quand j'ai appris la nouvelle, j'ai eu la gorge serrée toute la journée",
      'fico com a garganta fechando quando fico ansiosa antes das provas',
      'semana passada senti a garganta fechando de nervoso, mas já passou',
      'sinto a garganta fechando de ansiedade quando penso na entrevista',
      "j'ai la gorge serrée quand je pense à mon père, c'est le stress",
    ],
  ],
];

describeTriageProbes('the product in another language: %s', KINDS, EmergencyTriage.withWordingModel());
