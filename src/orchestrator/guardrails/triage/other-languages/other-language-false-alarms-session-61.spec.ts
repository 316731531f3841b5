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
 *   sudden new deficit told after it stays a stroke (AHA/ASA);
 * - a question asked in advance with the language's disclaimer (`modifiers/nothing-happening-now.ts`): nothing is
 *   happening now, or the writer wants to know beforehand, as `asked-in-advance.ts` reads it in English (NHS 111: advice,
 *   not a disposition); an event told beside the disclaimer, a dose already taken or a sign seen now stays an emergency;
 * - Dutch asking the difference between two findings (`dutch.ts`), read as the English general question; a finding
 *   told of someone now beside it is read;
 * - Haitian Creole "mou" (soft) told of the stools or the belly (`haitian-creole.ts`), which a parent tells as
 *   reassuring; a baby told "mou" is floppy (NICE NG143);
 * - Chinese and Cantonese "not much blood" with the negation before the amount (`modifiers/chinese.ts`); blood that
 *   will not stop stays a haemorrhage (Manchester Triage).
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
      // Years told of something other than a stroke are no deficit's baseline.
      ['vi', 'chồng tôi hút thuốc 30 năm nay, giờ đau thắt ngực lan ra tay trái và vã mồ hôi lạnh'],
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
  {
    kind: 'a question asked in advance, told with the language’s disclaimer; an event told beside it is not',
    emergencies: [
      ['es', 'ahora no pasa nada, pero hace una hora mi hijo tuvo una convulsión y sigue muy dormido, no despierta'],
      ['hi-Latn', 'mere bhai ne 30 goli kha li hain, abhi kuch nahi hua hai, kya karein?'],
      ['es', 'mi hijo se tomó 20 pastillas de paracetamol, ahora no pasa nada, ¿qué hacemos?'],
      ['de', 'Ich will vorbereitet sein, aber gerade hat mein Vater starke Brustschmerzen, schwitzt und ist ganz grau'],
      ['pt', 'ninguém está doente aqui, mas meu vizinho caiu agora e não está respirando'],
    ],
    lookAlikes: [
      ['hi', 'अगर बच्चे को साँस लेने में तकलीफ़ हो तो क्या करना चाहिए? अभी कुछ नहीं है'],
      ['hi', 'अगर किसी को दौरा पड़े तो क्या करना चाहिए? अभी किसी को कुछ नहीं हुआ है'],
      ['hi-Latn', 'agar seene me dard ho to kya karna chahiye? abhi kuch nahi hai'],
      [
        'hi-Latn',
        'agar kisi ko heart attack aaye to kya karna chahiye? abhi kuch nahi hai, bas pehle se janna chahta hoon',
      ],
      [
        'pt',
        'o que fazer se alguém engasgar e não conseguir respirar? ninguém está passando mal, só quero saber antes',
      ],
      ['de', 'Was tun, wenn jemand einen Krampfanfall hat? Ich will vorbereitet sein.'],
      ['zh', '如果有人突然胸口痛，应该怎么办？只是想提前了解一下'],
    ],
  },
  {
    kind: 'Dutch asking the difference between two findings; a finding told of someone now is not',
    emergencies: [
      ['nl', 'wat is het verschil tussen flauwvallen en dit? mijn vader is net in elkaar gezakt en ademt niet'],
      ['nl', 'mijn vrouw heeft nu een epileptische aanval die al 10 minuten duurt, wat moet ik doen?'],
    ],
    lookAlikes: [
      ['nl', 'Wat is nou het verschil tussen angina pectoris en een hartaanval?'],
      ['nl', 'Hoe herken je het verschil tussen een beroerte en een migraine-aanval?'],
      ['nl', 'wat is het verschil tussen een koortsstuip en epilepsie bij kinderen?'],
    ],
  },
  {
    kind: 'Haitian Creole soft stools or a soft belly; a floppy baby is not',
    emergencies: [
      ['ht', 'bebe m gen 3 semèn, li mou nèt, li pa tete, li pa reveye'],
      ['ht', 'pitit la gen 5 semèn, vant li mou men li menm li mou, li pa vle tete ditou'],
    ],
    lookAlikes: [
      ['ht', 'pitit mwen gen 2 mwa, li fè poupou jòn, tata li mou, li tete byen, li byen reveye. se nòmal?'],
      ['ht', 'bebe a gen 6 semèn, vant li mou, li pa gen lafyèv, li tete byen. èske m ka ba l dlo?'],
    ],
  },
  {
    kind: 'Chinese not much blood; blood that will not stop is a haemorrhage',
    emergencies: [
      ['zh', '我爸被电锯割到大腿，血一直喷出来，压不住，流了很多血'],
      ['yue', '佢割到手腕，流好多血，止唔到'],
    ],
    lookAlikes: [
      ['yue', '阿婆跌親膝頭，擦損咗少少，冇出好多血，洗咗傷口，使唔使睇醫生？'],
      ['zh', '我切菜切到手指，没流多少血，已经贴了创可贴，需要打破伤风吗？'],
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
