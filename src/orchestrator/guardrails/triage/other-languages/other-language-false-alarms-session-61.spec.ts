import { LAUGHTER } from './laughter-of-the-languages.js';
import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 61 (T129): false alarms told in other languages, by kind, written from the protocols and never from a labelled
 * set, each with the emergencies that share its words:
 * - a finding told laughing, with the language's own laugh (`laughter-of-the-languages.ts`): "me ahogo de risa jajaja"
 *   exaggerates as "I'm choking lol" does; a sign someone sees in another person (not breathing, blue, collapsed,
 *   unresponsive) stays an emergency however a frightened person types, as in English (`idioms.ts`).
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'a finding told laughing in the language’s own way; a sign seen in someone else is not a joke',
    emergencies: [
      ['es', 'mi hermano se cayó de la bici jaja pero ahora no respira y tiene los labios morados'],
      ['pt', 'kkkk achei que era brincadeira mas meu pai desmaiou e não acorda'],
      ['fr', 'mdr il faisait le malin et maintenant il est inconscient, il ne respire plus'],
      ['zh', '哈哈 刚才还在开玩笑，现在我爸突然倒地，叫不醒'],
      ['ko', 'ㅋㅋ 장난인 줄 알았는데 아빠가 쓰러져서 숨을 안 쉬어요'],
      ['de', 'ja, mein Vater hat starke Brustschmerzen und schwitzt, seit 30 Minuten'],
    ],
    lookAlikes: [
      ['es', 'jajaja casi me ahogo con el chiste de mi tía'],
      ['es', 'me estoy ahogando de la risa con este meme jajaja'],
      ['fr', "j'étouffe mdr, ce prof est trop drôle"],
      ['zh', '这道题难到我吐血哈哈哈'],
      ['ru', 'я задыхаюсь от смеха хахаха'],
      ['ko', '웃겨서 숨을 못 쉬겠어 ㅋㅋㅋ'],
      ['pt', 'quase me afoguei de rir com esse video kkkkk'],
      ['it', 'ho riso così tanto che non respiravo più ahahah'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language false alarms of session 61', KINDS);

describe('the languages’ laughs', () => {
  it.each([
    'jajaja',
    'jejeje',
    'kkkkk',
    'rsrs',
    'ptdr',
    'mdrr',
    'wkwkwk',
    'sjsjsj',
    'хахаха',
    'χαχαχα',
    'ههههه',
    '哈哈',
    'ㅋㅋㅋ',
    '😂',
  ])('reads %s as a laugh', (laugh) => {
    expect(`ok ${laugh} ok`.match(LAUGHTER)).toHaveLength(1);
  });

  it.each(['ja', 'ha', 'kk', 'www.example.org', 'jamas', 'hahnemann', 'rs 500'])('leaves %s alone', (word) => {
    expect(word.match(LAUGHTER)).toBeNull();
  });
});
