import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 51 (T80): green (bilious) vomit told by its colour in each language's grammar
 * (`green-vomit-told-by-its-colour.ts`): German colour compounds and "spucken", Polish "na zielono", Russian
 * "зелёным", Italian "vomita verde". Written from NICE NG143 and the RCPCH (bile-stained vomiting in a baby is a red
 * flag), in my own words, never copied from a labelled set. Look-alikes: green food eaten before the vomit, a green
 * stool. On the unchanged rules (main 09c99a6): emergencies 4 of 10 by the rules and 8 of 10 by the product; look-alikes
 * 6 of 6 quiet by both. After: emergencies 10 of 10 by both; look-alikes 6 of 6 quiet by both.
 */
const EMERGENCIES: LabelledMessages = [
  ['de', 'unser Baby ist 2 Wochen alt und erbricht grasgrün'],
  ['de', 'mein Baby (4 Wochen) spuckt dunkelgrün, schon dreimal'],
  ['es', 'mi bebé de 3 semanas vomita verde oscuro desde la tarde'],
  ['pt', 'meu bebê de 1 mês está vomitando verde'],
  ['fr', 'mon bébé de 3 semaines vomit du vert depuis ce soir'],
  ['it', 'il mio neonato di 2 settimane vomita verde'],
  ['pl', 'moje dziecko ma 3 tygodnie i wymiotuje na zielono'],
  ['ru', 'малышу 3 недели, рвёт зелёным'],
  ['ru', 'моего мужа рвёт зелёной жидкостью весь день, живот вздут'],
  ['it', 'mio padre vomita verde da stamattina, pancia gonfia'],
];

const LOOK_ALIKES: LabelledMessages = [
  ['pt', 'meu bebê fez cocô verde, está mamando bem'],
  ['de', 'mein Baby hat grünen Stuhl, trinkt gut'],
  ['de', 'mein Kind hat Spinat gegessen und danach erbrochen, alles grün'],
  ['pl', 'dziecko zjadło szpinak i zwymiotowało na zielono, teraz się bawi'],
  ['ru', 'ребёнок поел шпинат, потом вырвало зелёным, сейчас играет'],
  ['de', 'mein Baby hat grünen Stuhl und hat einmal gespuckt'],
];

describeRulesAndProduct('Green vomit told by its colour (session 51)', EMERGENCIES, LOOK_ALIKES);
