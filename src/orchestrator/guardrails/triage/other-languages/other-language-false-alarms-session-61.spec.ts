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
 *   unresponsive) stays an emergency however a frightened person types, as in English (`idioms.ts`);
 * - a deficit an old stroke left, told as the same as always the language's way (`modifiers/the-same-as-always.ts`,
 *   `modifiers/since-an-old-event.ts`): the person's baseline, as in English (`residual-deficit-of-an-old-event.ts`); a
 *   sudden new deficit told after it stays a stroke (AHA/ASA).
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
  {
    kind: 'a deficit an old stroke left, the same as always; a sudden new one after it is a stroke',
    emergencies: [
      [
        'pt',
        'minha mãe tem a fala arrastada desde o AVC de 2019, mas hoje de repente não consegue mexer o braço direito',
      ],
      [
        'pt',
        'meu pai teve um AVC em 2020 e estava igual a sempre até hoje de manhã, quando a boca entortou de repente e ele não consegue falar',
      ],
      ['vi', 'bố em bị tai biến 2 năm nay, hôm nay đột nhiên không nói được và yếu tay phải'],
      ['tr', 'babam felçten beri aynı ama bugün aniden konuşamıyor ve sağ kolu tutmuyor'],
      ['zh', '我爸中风五年了，平时和平时一样，今天突然说不出话，右边手脚不能动'],
    ],
    lookAlikes: [
      [
        'pt',
        'Meu pai tem o braço esquerdo fraco desde o AVC de 2018, hoje está igual a sempre. Fisioterapia ainda ajuda?',
      ],
      [
        'vi',
        'Bố em bị yếu tay trái từ sau tai biến 4 năm nay, hôm nay vẫn như mọi ngày, có nên tập vật lý trị liệu không?',
      ],
      ['tr', 'Annem felçten beri konuşması peltek, bugün her zamanki gibi. Konuşma terapisi işe yarar mı?'],
      ['it', "Mio nonno ha la parola impastata dall'ictus di 5 anni fa, oggi è come sempre. Serve la logopedia?"],
      ['zh', '我奶奶中风五年了，说话不太清楚，今天和平时一样，想问有没有康复训练'],
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
