import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 46 (T59): a pregnancy told by its weeks alone, as Spanish, Portuguese, Italian, French and German tell it
 * ("estoy de 34 semanas", "tem 36 semanas", "sono alla 34a settimana", "je suis à 35 semaines", "in der 34. Woche"),
 * where the English rules read a bleeding, a headache with flashing lights or a swollen face as pregnancy's only beside
 * "pregnant" (NICE NG133 pre-eclampsia; RCOG antepartum haemorrhage). A baby's age in weeks and a complaint's duration
 * ("tengo 3 semanas con dolor") are no pregnancy. Written from the protocols, never from a labelled set. On the
 * unchanged rules (main 7ed525f): see the commit that brought them.
 */
const EMERGENCIES: LabelledMessages = [
  ['es', 'estoy de 36 semanas y me duele muchísimo la cabeza, veo lucecitas y tengo las manos hinchadas'],
  ['es', 'mi esposa tiene 30 semanas y está sangrando mucho, ya empapó una toalla'],
  ['pt', 'estou com 33 semanas, dor de cabeça forte, vejo pontinhos brilhantes e o rosto inchado'],
  ['pt', 'a minha mulher tem 36 semanas e está a sangrar muito com a barriga dura'],
  ['it', 'sono alla 34esima settimana, ho un mal di testa fortissimo, vedo delle lucine e ho mani e viso gonfi'],
  ['fr', 'je suis à 35 semaines, gros mal de tête, je vois des mouches devant les yeux et le visage gonflé'],
  ['de', 'ich bin in der 34. Woche, habe starke Kopfschmerzen, sehe Sternchen und Gesicht und Hände sind geschwollen'],
];

const LOOK_ALIKES: LabelledMessages = [
  ['es', 'mi bebé tiene 6 semanas y tiene un poco de mocos, come bien'],
  ['es', 'tengo 3 semanas con dolor de rodilla leve, ¿qué me puedo tomar?'],
  ['es', 'estoy de 20 semanas y quiero saber si puedo viajar en avión'],
  ['pt', 'o meu bebê tem 8 semanas e está com o nariz entupido, mama bem'],
  ['fr', 'je suis à 28 semaines, est-ce que je peux manger du fromage au lait cru ?'],
  ['de', 'ich bin in der 30. Woche, darf ich noch Fahrrad fahren?'],
];

describeRulesAndProduct('other-language pregnancy told by its weeks (session 46)', EMERGENCIES, LOOK_ALIKES);
