import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 49 (T72): Persian typed in Latin letters, read by a noun and its light verb in their spoken forms
 * (`romanised-persian-light-verbs.ts`): a whole pack or all of someone's pills eaten (TOXBASE), a vein cut (NICE
 * NG225), blood that will not come shut (first aid: bleeding not stopped by pressure), a head struck on the ground with
 * vomiting counted and drowsiness (NICE NG232), and vomiting denied by the negative verb told after it. In my own words,
 * never copied from a labelled set. Look-alikes: one pill for a headache, a small cut that stopped, vitamins bought, one
 * vomit in a child now playing, a knock with no vomiting.
 * On the unchanged rules (main eb17c1e): emergencies 0 of 8 by the rules and the product; look-alikes 6 of 6 quiet by
 * both. After: emergencies 8 of 8 by both; look-alikes 6 of 6 quiet by both.
 */
const EMERGENCIES: LabelledMessages = [
  ['fa', 'madaram ye baste ghors khorde, bidar nemishe'],
  ['fa', 'pesaram ye baste ghors khorde, hoshyar nist'],
  ['fa', 'khaharam ragesho zade, khoon band nemiad'],
  ['fa', 'khaharam rag dastesh ro zade, khoon band nemiad'],
  ['fa', 'bache dobare zamin khord sarash be zamin khord, chand bar estefragh karde va khab aloode'],
  ['fa', 'sare bache khord be zamin, do bar estefragh karde, hamash mikhabe'],
  ['fa', 'pedaram hame ghorsaye ghalbesho khorde, hey estefragh mikone'],
  ['fa', 'dastam shishe borid, khoonesh band nemiad, ye saate feshar midam'],
];

const LOOK_ALIKES: LabelledMessages = [
  ['fa', 'sar dard daram, ye ghors khordam behtar shodam'],
  ['fa', 'dastam ro chaghoo boridam, kami khoon oumad, band oumad'],
  ['fa', 'ye baste ghors vitamin kharidam, rooz chand ta bekhoram?'],
  ['fa', 'bacham dishab ye bar estefragh kard, alan bazi mikone va khoobe'],
  ['fa', 'sarash khord be dar, ye kam ghoz kard, estefragh nakarde, sarhale'],
  ['fa', 'pesaram az docharkhe oftad, sarash khord be zamin, estefragh nakarde, bazi mikone'],
];

describeRulesAndProduct('Persian in Latin letters: a noun and its light verb (session 49)', EMERGENCIES, LOOK_ALIKES);
