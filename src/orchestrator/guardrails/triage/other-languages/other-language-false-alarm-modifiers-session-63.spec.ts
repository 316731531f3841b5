import { otherLanguageReading } from './other-language-reading.js';
import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 63 (T142): other-language false alarms by modifier, across languages, written from the protocols and never
 * from a labelled set, each with the emergencies told now in the same frames:
 * - a supposition told with the language's own "what if" (`modifiers/what-if-told-the-language-way.ts`, and the
 *   Chinese and Japanese openers of "if ever": 假如, 倘若, もしも, 万が一): a question asked in advance (NHS 111: advice,
 *   not a disposition); the same finding told as happening now, or beside the supposition in a sentence of its own,
 *   stays an emergency;
 * - what a word-for-word reading lost or added: "en / por la mañana" dated, not an onset that runs on; "no me duele
 *   fuerte" a pain that is not bad, not one gone; German "leichte" mild; French "crise cardiaque" a heart attack, not a
 *   seizure. A heart attack or a seizure told now stays an emergency.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'a supposition told with the language’s own “what if”; the same told as now keeps the emergency',
    emergencies: [
      ['fr', 'mon mari fait une crise cardiaque, il a très mal à la poitrine et transpire'],
      ['fr', 'et si c’était une crise cardiaque ? il a une douleur à la poitrine qui serre et il transpire'],
      ['fr', 'ma fille s’étouffe avec un bonbon, elle ne peut plus respirer'],
      ['de', 'meine Oma ist bewusstlos und reagiert nicht'],
      ['ar', 'لو سمحت أبوي أغمي عليه وما عم يصحى'],
      ['ar', 'أمي أغمي عليها وما عم ترد'],
      ['hi', 'अगर यह हार्ट अटैक है तो? पापा के सीने में बहुत तेज दर्द है और पसीना आ रहा है'],
      ['hi', 'agar ye heart attack hai to kya karun? papa ko seene mein bahut tez dard hai aur paseena aa raha hai'],
      ['zh', '孩子被鱼刺卡住了，喘不上气，脸都紫了'],
      ['ja', '祖母が倒れて意識がありません'],
    ],
    lookAlikes: [
      ['fr', 'et si mon père fait une crise cardiaque pendant le voyage, que dois-je faire ?'],
      ['fr', 'et si ma fille s’étouffe avec un bonbon, comment faire la manœuvre ?'],
      ['fr', 'et si mon mari fait une crise cardiaque la nuit, j’appelle le 15 ou les pompiers ?'],
      ['de', 'für den Fall, dass meine Oma bewusstlos wird, wie lege ich sie richtig hin?'],
      ['de', 'für den Fall, dass mein Sohn einen Krampfanfall bekommt, was muss ich tun?'],
      ['ar', 'لو أمي أغمي عليها شو أعمل؟'],
      ['ar', 'لو أبوي صار عنده ألم بالصدر، شو لازم أعمل؟'],
      ['hi', 'अगर दादी बेहोश हो जाएं तो क्या करें?'],
      ['hi', 'agar dadi behosh ho jayein to kya karein?'],
      ['zh', '倘若孩子噎住了怎么办'],
      ['zh', '假如孩子被鱼刺卡住喘不上气，怎么办？'],
      ['ja', 'もしも祖母が倒れて意識がなかったら、どうすればいいですか？'],
      ['ja', '万が一祖母が倒れたら、どうすればいいですか？'],
    ],
  },
  {
    kind: 'what a word-for-word reading lost or added: a time, a pain not bad, a mild one, a heart attack',
    emergencies: [
      ['es', 'mi hijo vomita sangre desde la mañana y está muy pálido'],
      ['es', 'me duele muy fuerte el pecho, me baja al brazo y estoy sudando frío'],
      ['de', 'mein Vater hat leichte Brustschmerzen, aber kalter Schweiß und Atemnot'],
      ['de', 'mein Sohn ist gestürzt, war kurz weg und hat dreimal erbrochen'],
      ['fr', 'mon père fait une crise cardiaque !'],
      ['fr', 'mon fils fait une crise d’épilepsie depuis dix minutes, ça ne s’arrête pas'],
    ],
    lookAlikes: [
      [
        'es',
        'desde hace 3 días tengo el ojo rojo con lagaña y se me pegan las pestañas en la mañana, veo bien, no me duele fuerte, nomás arde',
      ],
      ['es', 'se me pegan los ojos por la mañana, veo bien y no me duele mucho, ¿qué gotas uso?'],
      ['de', 'mein Sohn ist beim Skifahren gestürzt, mit Helm, jetzt leichte Kopfschmerzen, kein Erbrechen'],
      ['de', 'ich habe seit heute leichten Husten und leichte Halsschmerzen, kein Fieber'],
      ['fr', 'mon grand-père a fait une crise cardiaque il y a dix ans, il va bien, il peut prendre l’avion ?'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language false-alarm modifiers of session 63', KINDS);

describe('a word-for-word reading keeps the modifier the language told', () => {
  it.each([
    ['vomitó 2 veces en la mañana, ahora está jugando', /this morning/],
    ['se me pegan las pestañas por la mañana', /this morning/],
    ['no me duele fuerte, nomás arde', /does not hurt much/],
    ['jetzt leichte Kopfschmerzen, kein Erbrechen', /mild headache/],
    ['mon père fait une crise cardiaque', /heart attack/],
  ])('reads %s as told', (text, english) => {
    const reading = otherLanguageReading(text)?.english;
    expect(reading).toMatch(english);
    expect(reading).not.toMatch(/since this morning|seizure|any more/);
  });

  it('still reads an onset told with “desde”', () => {
    expect(otherLanguageReading('vomita desde la mañana sin parar')?.english).toMatch(/since this morning/);
  });
});
