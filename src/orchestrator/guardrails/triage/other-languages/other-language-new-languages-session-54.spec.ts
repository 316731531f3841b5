import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';
import { otherLanguageReading } from './other-language-reading.js';

/**
 * Session 54 (T89): languages patients write in that the triage could not read at all, each with its own lexicon,
 * written from the protocols (NHS 111, NICE NG143 / NG217 / NG232, Resuscitation Council UK, Samaritans) in each
 * language's own words, never from a labelled set. Each language's emergencies are told in other persons and forms
 * (with and without diacritics, in the script and romanised); its look-alikes share their words but are denied, past
 * or asked "what if". Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'Romanian: the red flags in the persons of the verb, with and without diacritics',
    emergencies: [
      ['ro', 'ma doare pieptul rau si nu pot sa respir'],
      ['ro', 'Mama nu se mai trezește, nu răspunde deloc'],
      ['ro', 'sotul meu sangereaza foarte mult si sangele nu se opreste'],
      ['ro', 'a mancat alune si i s-a umflat gatul, abia respira'],
      ['ro', 'bebelusul are 3 saptamani si febra 38.5, nu mai suge'],
      ['ro', 'fiica mea a baut inalbitor'],
      ['ro', 's-a lovit la cap si acum vomita si e confuz'],
      ['ro', 'vreau sa mor, am un plan pentru diseara'],
      ['ro', 'bunica are gura stramba si nu poate sa vorbeasca'],
    ],
    lookAlikes: [
      ['ro', 'nu am dureri in piept, doar tuse'],
      ['ro', 'tatal meu a avut o durere in piept anul trecut, acum e bine'],
      ['ro', 'ce fac daca copilul are convulsii?'],
      ['ro', 'nu sangereaza mult, doar o zgarietura'],
      ['ro', 'am avut convulsii cand eram mic'],
    ],
  },
  {
    kind: 'Bengali: the red flags in the script and in Banglish, the verb closing the clause',
    emergencies: [
      ['bn', 'আমার ছেলে শ্বাস নিতে পারছে না, ঠোঁট নীল হয়ে গেছে'],
      ['bn', 'মা অজ্ঞান হয়ে গেছে, ডাকলে সাড়া দিচ্ছে না'],
      ['bn', 'দাদুর মুখ বেঁকে গেছে, কথা জড়িয়ে যাচ্ছে'],
      ['bn', '৩ সপ্তাহের বাচ্চা, জ্বর, দুধ খাচ্ছে না'],
      ['bn', 'সে অনেকগুলো ঘুমের ওষুধ খেয়ে ফেলেছে'],
      ['bn', 'আমি ৭ মাসের গর্ভবতী, প্রচুর রক্ত যাচ্ছে'],
      ['bn', 'আমি আর বাঁচতে চাই না, আজ রাতে আত্মহত্যা করব'],
      ['bn', 'amar baba r buke onek batha, ghamche'],
      ['bn', 'ma ogyan hoye geche, sara dicche na'],
      ['bn', 'se onek gulo ghumer oshudh kheye feleche'],
    ],
    lookAlikes: [
      ['bn', 'বুকে ব্যথা নেই, শুধু কাশি'],
      ['bn', 'গত বছর খিঁচুনি হয়েছিল, এখন ভালো আছে'],
      ['bn', 'যদি বাচ্চার খিঁচুনি হয় তাহলে কী করব?'],
      ['bn', 'buke batha nei, sudhu kashi'],
      ['bn', 'jodi baccha r khichuni hoy ki korbo'],
    ],
  },
  {
    kind: 'Somali: the red flags focused by "ayaa" / "ayuu" / "waan", the verb closing the clause',
    emergencies: [
      ['so', 'aabahay xabadka ayaa aad u xanuunaya, wuu dhididayaa'],
      ['so', 'wiilkayga ma neefsan karo, bushimaha waa buluug'],
      ['so', 'hooyaday miyirka ayaa ka dhacay, ma jawaabayo'],
      ['so', 'ayeeyo wejiga ayaa qalloocday, ma hadli karo'],
      ['so', 'ilmahayga waa 3 toddobaad, qandho daran, naaska ma nuugayo'],
      ['so', 'kaniini badan ayuu liqay'],
      ['so', 'waan uurraystahay, dhiig badan ayaa iga imanaya'],
      ['so', 'waxaan rabaa inaan dhinto, caawa is dili doonaa'],
    ],
    lookAlikes: [
      ['so', 'xabadka xanuun ma jiro, qufac uun'],
      ['so', 'sanadkii hore suuxdin ayaa ku dhacday, hadda wuu fiican yahay'],
      ['so', 'maxaan sameeyaa haddii ilmaha suuxdin ku dhacdo?'],
    ],
  },
  {
    kind: "Amharic: the red flags in the Ge'ez script and in Latin letters, the negative wrapping the verb",
    emergencies: [
      ['am', 'ደረቴን በጣም ያመኛል'],
      ['am', 'ልጄ መተንፈስ አልቻለም፣ ከንፈሩ ሰማያዊ ሆኗል'],
      ['am', 'እናቴ ራሷን ሳተች፣ መልስ አትሰጥም'],
      ['am', 'አባቴ ፊቱ ተጣመመ፣ መናገር አልቻለም'],
      ['am', 'የ3 ሳምንት ሕፃን ከፍተኛ ትኩሳት አለው፣ ጡት አይጠባም'],
      ['am', 'ነፍሰ ጡር ነኝ፣ ብዙ ደም እየፈሰሰኝ ነው'],
      ['am', 'መሞት እፈልጋለሁ፣ ዛሬ ማታ ራሴን አጠፋለሁ'],
      ['am', 'lije metenfes alchalem'],
    ],
    lookAlikes: [
      ['am', 'የደረት ህመም የለብኝም፣ ሳል ብቻ ነው።'],
      ['am', 'ባለፈው ዓመት የሚጥል በሽታ ነበረበት፣ አሁን ደህና ነው'],
      ['am', 'ልጄ ቢያንቀጠቅጠው ምን ላድርግ?'],
    ],
  },
];

describeKindsFlaggedByProduct('Session 54: a language the triage could not read', KINDS);

describe('Session 54: a message in a new language is read as it, not as a neighbour', () => {
  it.each([
    ['Romanian', 'copilul nu mai respira si buzele i s-au facut vinete'],
    ['Romanian', 'sunt însărcinată și sângerez foarte mult'],
    ['Bengali', 'বাচ্চার খিঁচুনি হচ্ছে'],
    ['Somali', 'waxaan rabaa inaan dhinto, caawa is dili doonaa'],
    ['Amharic', 'ደረቴን በጣም ያመኛል'],
    ['Amharic', 'derete betam yamegnal'],
    ['Bengali', 'amar chele shash nite parche na'],
  ])('%s: %s', (language, text) => {
    expect(otherLanguageReading(text)?.languages).toEqual(language.split(','));
  });

  it.each([
    ['Spanish', 'mi hijo vomita todo y no respira bien'],
    ['Italian', 'ieri mio padre ha avuto dolore al petto'],
    ['Portuguese', 'meu filho está com febre e vomita'],
    ['Russian', 'у сына судороги уже 10 минут'],
    ['romanised Hindi', 'mera beta saans nahi le pa raha hai'],
  ])('a neighbour stays itself: %s', (language, text) => {
    expect(otherLanguageReading(text)?.languages).toEqual(language.split(','));
  });
});
