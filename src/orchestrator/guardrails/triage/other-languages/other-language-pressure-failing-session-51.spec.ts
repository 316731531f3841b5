import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 51 (T80): bleeding that firm pressure does not stop (`pressure-failing-on-a-bleed.ts`), told by someone
 * pressing in any person or tense and the pressure failing told any way: the blood keeps coming, the cloth is soaked
 * through, nothing helps, it does not stop with no subject. Written from the Resuscitation Council UK's first aid and
 * the Manchester Triage "uncontrollable haemorrhage", in my own words, never copied from a labelled set. Look-alikes:
 * a cut pressed that stopped, a nosebleed with a high blood pressure.
 * On the unchanged rules (main 09c99a6): emergencies 1 of 9 by the rules and 2 of 9 by the product; look-alikes 8 of 8
 * quiet by both. After: emergencies 9 of 9 by both; look-alikes 8 of 8 quiet by both, and review V33's two twins (a
 * nick, a bruise after a blood test) quiet.
 */
const EMERGENCIES: LabelledMessages = [
  [
    'es',
    'se cortó el brazo con una lámina, apretamos con una toalla pero sigue saliendo sangre y la toalla ya está empapada',
  ],
  ['es', 'le estoy haciendo presión hace 20 minutos y nada sirve, sangra muchísimo'],
  ['pt', 'ele cortou a mão na serra, estou apertando com um pano há 15 minutos e não para, tem sangue por todo lado'],
  ['pt', 'comprimimos o corte da perna mas o sangue continua saindo, a toalha encharcou'],
  [
    'it',
    'mi sono tagliato la gamba con la falce, premo con un asciugamano ma continua a uscire sangue, è tutto inzuppato',
  ],
  ['fr', "il s'est coupé au bras, j'appuie fort depuis 10 minutes mais ça saigne toujours, le torchon est imbibé"],
  ['de', 'ich drücke seit zehn Minuten ein Handtuch drauf, aber das Blut kommt immer noch, alles ist durchgeblutet'],
  ['pl', 'tata przeciął nogę piłą, uciskamy ręcznikiem, ale krew leci dalej i nic nie pomaga'],
  ['ru', 'сын порезал ногу о стекло, прижимаем полотенцем, а кровь всё равно идёт, полотенце насквозь'],
];

const LOOK_ALIKES: LabelledMessages = [
  // Review V33 (12:31): what fails is a bruise after a blood test or a pain, or the blood is a drop from a nick.
  [
    'es',
    'Me corté afeitándome, aprieto con un papel y sigue saliendo un poquito de sangre, pero es un corte minúsculo.',
  ],
  ['ru', 'Сдала кровь из пальца, прижимала ватку, а синяк всё равно не проходит, ничего не помогает.'],
  ['es', 'me corté el dedo pelando papas, apreté un rato y ya paró de sangrar'],
  ['es', 'tengo la presión alta y a veces me sangra la nariz, ¿es normal?'],
  ['pt', 'cortei o dedo, apertei com papel e o sangue estancou'],
  ['it', "mi sono tagliato il dito, ho premuto un po' e ha smesso di sanguinare"],
  ['fr', "je me suis coupé en cuisinant, j'ai appuyé 5 minutes et ça ne saigne plus"],
  ['de', 'habe mich beim Rasieren geschnitten, draufgedrückt, blutet nicht mehr'],
  ['pl', 'skaleczyłem się, ucisnąłem i krew przestała lecieć'],
  ['ru', 'порезал палец, прижал ваткой, кровь остановилась'],
];

describeRulesAndProduct(
  'Bleeding that pressure does not stop, told by its parts (session 51)',
  EMERGENCIES,
  LOOK_ALIKES,
);
