import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';

/**
 * The false-alarm kinds of session 31's review, each in the other languages' own ways of telling it, written
 * from the protocols' red flags and how people write before the lexicons were changed for them; beside each,
 * its emergency twin in the same sentence structure, so a kind is read and not a finding muted.
 */
const KINDS: TriageProbeTable = [
  [
    'a negation told after what it negates, or with the language own word',
    [
      'गिर गया और बेहोश हो गया, अब उठ नहीं रहा',
      'बच्चा होश में नहीं है',
      'papa ko seene mein bahut dard hai aur paseena aa raha hai',
      'бабушка упала и не дышит',
      'у мужа сильная боль в груди, отдает в левую руку',
      'ضرب راسه وفقد الوعي وما يصحى',
      'è svenuto e non si sveglia',
      'nahimatay siya at hindi magising',
      '他晕倒了，叫不醒',
    ],
    [
      'गिर गया था पर बेहोश नहीं हुआ, अब खेल रहा है',
      'छाती में दर्द नहीं है, बस जुकाम है',
      'chaati mein dard nahi hai, sirf zukaam hai',
      'gir gaya tha lekin behosh nahi hua, ab theek hai',
      'سینے میں درد نہیں ہے، صرف کھانسی ہے',
      'боли в груди нет, просто кашель и насморк',
      'упал с велосипеда, сознание не терял, рвоты не было',
      'вчера упал, потери сознания не было',
      '가슴 통증은 없어요, 콧물만 나요',
      '胸の痛みはありません、咳だけです',
      'göğüs ağrısı yok, sadece öksürük var',
      'درد قفسه سینه ندارم، فقط سرفه دارم',
      'وقع من الدراجة بس ما فقد الوعي ولا استفرغ',
      'لم يفقد الوعي بعد السقوط',
      'ما عنده ضيق تنفس، بس رشح',
      'non ha perso conoscenza né ha vomitato dopo la caduta',
      'non ho dolore al petto né affanno, solo raffreddore',
      'nabagok ang ulo niya pero hindi siya nawalan ng malay at hindi nagsuka',
      '没有胸痛，也没有呼吸困难，就是咳嗽',
      '他摔了一下，没晕倒，也没吐',
    ],
  ],
  [
    'a symptom that has passed, the person well today',
    [
      'ahora no puede respirar y tiene los labios morados',
      'agora ele desmaiou e não acorda',
      'oggi non riesce a respirare',
      'अभी सांस नहीं आ रही',
    ],
    [
      'ontem desmaiei por causa do calor, mas hoje estou bem',
      'ieri ha avuto il fiato corto ma con lo spray è passato e oggi gioca',
      "hier il avait du mal à respirer, avec la ventoline ça s'est calmé, aujourd'hui ça va",
      'कल रात सांस फूल रही थी, दवा लेने के बाद ठीक हो गई',
      'kal behosh ho gayi thi garmi se, aaj theek hai',
      'kahapon nahirapan siyang huminga pero okay na siya ngayon',
      '昨天晕倒了一次，今天已经好了',
      'امبارح أغمي عليه من الحر، بس اليوم كويس',
      'вчера было тяжело дышать, но сегодня всё прошло',
      'gestern hatte ich Atemnot, aber heute geht es mir wieder gut',
    ],
  ],
  [
    'dying of shame, laughter or hunger: an idiom, not an intent',
    ['quiero morir, ya no aguanto más', 'je veux mourir', 'voglio morire', 'quero morrer', 'मैं मरना चाहती हूँ'],
    [
      "j'ai failli mourir de honte pendant la réunion",
      'stavo morendo dalla vergogna quando è caduto il vassoio',
      'quase morri de vergonha na frente do chefe',
      'ich bin vor Scham fast gestorben',
      'كنت رح موت من الخجل',
      '羞死了，我摔倒在大家面前',
      'शर्म से मर गई मैं',
      'я чуть не умерла со стыда',
      'mamamatay na ako sa hiya',
      'utançtan öldüm',
    ],
  ],
  [
    'a question of what would happen if someone did it',
    [
      'mi hermano se tomó muchas pastillas de paracetamol',
      'mon frère a avalé toute une boîte de comprimés',
      'meu irmão tomou muitos comprimidos',
      'мой брат выпил много таблеток',
    ],
    [
      'si alguien toma demasiado paracetamol, ¿qué le pasa al hígado?',
      'se alguém tomar muitos comprimidos de paracetamol, o que acontece?',
      "si quelqu'un avale trop de comprimés, qu'est-ce qui se passe ?",
      'se uno prende troppe pastiglie di paracetamolo cosa succede?',
      'was passiert, wenn jemand zu viele Tabletten nimmt?',
      'что будет, если человек выпьет много таблеток?',
      'ماذا يحدث لو شخص بلع حبوب كثيرة؟',
      '如果有人吃了很多药会怎么样？',
    ],
  ],
  [
    "the coordinator's open kinds (session 32): a negation after the noun in Spanish, Portuguese, Italian, French and German, Chinese 不 before the symptom, a Chinese symptom that passed, a Portuguese hypothetical",
    [
      'me duele el pecho muchísimo y no tengo aire',
      'dor no peito forte e suando frio',
      'ich habe starke Brustschmerzen und kalten Schweiß',
      '胸口很痛，出冷汗',
    ],
    [
      'fiebre no tengo, dolor de pecho tampoco, solo tos',
      'dolor en el pecho no tengo, solo gripe',
      'dor no peito não tenho, só tosse',
      'se eu sentir dor no peito o que devo fazer?',
      'dolore al petto non ne ho, solo tosse',
      "de la douleur dans la poitrine j'en ai pas, juste la toux",
      'Brustschmerzen habe ich keine, nur Husten',
      '胸口不痛，就是咳嗽',
      '昨天晕倒了，现在已经好了',
    ],
  ],
];

describeTriageProbes('EmergencyTriage in other languages: %s', KINDS);
