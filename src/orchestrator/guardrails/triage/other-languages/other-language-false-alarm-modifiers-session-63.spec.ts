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
];

describeKindsFlaggedByProduct('other-language false-alarm modifiers of session 63', KINDS);
