import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 46 (T59): the glass test told by its result after the spots, in the verbs each language uses for a mark that
 * stays (NICE NG240), beside a fever; look-alikes where what does not go away is a pain, a bruise or a rash that does
 * fade. Written from the protocol, never from a labelled set. On the unchanged rules (main 7ed525f): see the commit
 * that brought them.
 */
const EMERGENCIES: LabelledMessages = [
  ['es', 'mi niña tiene 39 de fiebre y unos puntitos morados en la barriga que no se borran al apretarlos con un vaso'],
  ['pt', 'o meu filho tem febre de 39 e umas manchinhas roxas nas pernas que não somem quando aperto com um copo'],
  [
    'fr',
    'ma fille a 39,5 de fièvre et des petites taches violettes qui ne partent pas quand j’appuie dessus avec un verre',
  ],
  ['it', 'mio figlio ha 39 di febbre e delle macchie viola sulle gambe che non spariscono premendo con un bicchiere'],
  ['de', 'mein Sohn hat 39 Fieber und kleine lila Flecken am Bauch, die gehen mit dem Glas nicht weg'],
  ['es', 'le puse un vaso encima como dicen y los puntitos morados de mi hijo no se quitan, tiene calentura de 39'],
  ['es', 'mi hija con fiebre de 38.9 tiene manchitas moradas en los brazos, al presionarlas no se van'],
  ['pt', 'fiz o teste do copo e as pintinhas roxas do meu bebé não desaparecem, está com 39 de febre'],
  ['fr', 'mon petit fait 39 de fièvre pis il a des picots mauves sur les jambes qui partent pas quand je pèse dessus'],
  ['it', 'mia figlia ha 39 di febbre e le macchioline rosse non spariscono quando le premo col bicchiere'],
];

const LOOK_ALIKES: LabelledMessages = [
  ['es', 'me golpeé la pierna hace una semana y el moretón no se quita, no me duele'],
  ['pt', 'a minha filha tem umas manchas vermelhas de calor no pescoço que somem quando aperto, sem febre'],
  [
    'fr',
    'mon fils a des petits boutons rouges sur le ventre qui partent quand j’appuie dessus, il joue, pas de fièvre',
  ],
  ['it', 'ho delle macchie bianche sulla pelle dopo l’estate che non vanno via, non prudono'],
  ['de', 'mein Kind hat rote Flecken nach dem Baden, die beim Draufdrücken verschwinden, kein Fieber'],
];

describeRulesAndProduct('other-language glass test told by its result (session 46)', EMERGENCIES, LOOK_ALIKES);
