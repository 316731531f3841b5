import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';
import { otherLanguageReading } from './other-language-reading.js';

/**
 * Session 53 (T84): emergencies told in other languages that the lexicons left unread, written from the protocols in
 * each language's own words, never from a labelled set, each with look-alikes that share its words:
 * - Darija (Moroccan Arabizi): a fit told as shaking all over with the present "ka-", the eyes rolled up, "still not
 *   stopped" and "never had this before" (NICE NG217); shaking from the cold, a child coming back from school, "rje3"
 *   as "become" (all red when she cries) and a story not finished are not;
 * - Arabic: ending one's life told in the future ("سأنهي", "سوف", "حـ"); a life of study or of work ended is not;
 * - Korean: a will written or left by someone close with no estate, lawyer, death or operation beside it (NICE NG225),
 *   and ending it all tonight beside it, not homework finished; a head struck on warfarin (NICE NG232), not an injection;
 * - Turkish: a jump told by the height one goes to or throws oneself from, and another's told as reported after a
 *   denial ("intihar etmeyeceğim"), which alone stays a denial; "intihar etmem lazım" (I must) is no denial; a jump
 *   for sport (a pool, a bungee) is no self-harm;
 * - Cantonese: a bleed told stopped and then bleeding again, or that will not stop after a comma;
 * - Spanish: a blow to the head, no memory, the same question again and again, clear fluid from the nose; fits told
 *   "tonico-clonicas" without consciousness regained; a history denied ("sin antecedente de"), and a clinical note's
 *   "sin antecedentes de interés", which denies nothing told after it;
 * - Portuguese: tablets eaten "não sei quantos", a laundry capsule bitten with froth, European "a tossir";
 * - French: clear fluid from the nose after a fall, heavy bright red bleeding;
 * - Haitian Creole: a bulging fontanelle, spots that do not fade when pressed; Italian: an infant's cyanosis, apnoea
 *   and floppiness in a clinician's words, not cold fingers nor a hypotonic drink; Hindi: a strip of tablets chewed, the
 *   count not known, tablets missing, not tablets running low;
 * - Spanish, French, Portuguese and Russian: a bleed told stopped ("ya paró", "ça s'est arrêté", "já parou",
 *   "остановилась"), read as stopped, so the rules set it aside and the wording model reads the stop; a bleed that will
 *   not stop is still an emergency;
 * - Japanese: a finding denied with "〜はなく" / "〜もなくて" as the clause goes on, but never consciousness, a response or
 *   the breath told absent ("意識がなく", "呼吸がなく"), which are the emergency; Spanish: "no se me va al brazo" is a
 *   spread denied (NICE CG95), not a pain that will not go away;
 * - romanised Hindi: "ab kisi pe burden nahi banungi" and a wrist cut before, not a wish to earn one's keep.
 * The reviewer's (V35, 17:38) lost emergencies and false alarms of the first draft are among them. On the rules of main
 * (aa0dd6c1) the product flagged 26 of the 53 emergencies and kept 49 of the 57 look-alikes quiet; after,
 * all of them.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'Darija: a fit told as shaking all over, the eyes rolled up, still not stopped, never before (NICE NG217)',
    emergencies: [
      ['ar', 'khti tay7at f l7mmam o bdat katrje3 kolha, daba 10 d9aye9 o mazal ma w9fatch'],
      ['ar', 'weldi kayrjef kollo o 3inih m9elbin, mazal ma w9efch, 3mmro ma jah hadchi'],
      ['ar', 'mama ta7t f lard o katr3ed kolha, 3iniha tal3in, 3mmerha ma jatha had l7aja'],
    ],
    lookAlikes: [
      ['ar', 'bnti katrje3 mn lmdrasa m3a 4 o katakol mzyan'],
      ['ar', 'ra 9elt lik lhadra mazal ma w9fatch, ghir tsenna chwiya'],
      ['ar', 'ana katrjef kolli mn lberd, lbrd bzaf lyoum, 3tini kass atay'],
      ['ar', 'bnti katrje3 kolha 7amra mnin katbki'],
    ],
  },
  {
    kind: "Arabic: ending one's life told in the future, not a life of study or work ended (NICE NG225)",
    emergencies: [
      ['ar', 'سأنهي حياتي الليلة'],
      ['ar', 'سوف انهي حياتي الليلة ولا احد سيفتقدني'],
      ['ar', 'حانهي حياتي النهارده خلاص، مش قادر اكمل'],
    ],
    lookAlikes: [
      ['ar', 'بدي انهي حياتي الجامعية واتخرج السنة الجاية'],
      ['ar', 'سانهي حياتي المهنية واتقاعد بعد شهرين'],
      ['ar', 'انهيت الشغل الليلة وتعبان شوية'],
    ],
  },
  {
    kind: 'Korean: a will written by the writer or someone close, and ending it all tonight (NICE NG225)',
    emergencies: [
      ['ko', '친구가 유언장을 써놓고 연락이 안 돼요'],
      ['ko', '동생이 유언장 쓰고 오늘 밤에 끝낼 거래요'],
      ['ko', '저 유언장 다 썼어요. 이제 끝낼 거예요'],
    ],
    lookAlikes: [
      ['ko', '아빠가 유언장을 쓰셨어요 상속 때문에 변호사랑 상담했어요'],
      ['ko', '할머니 유언장 공증 받으려면 어떻게 해야 하나요'],
      ['ko', '숙제 오늘 밤에 끝낼 거예요'],
      ['ko', '수술 전에 혹시 몰라서 유언장을 써 뒀어요'],
      ['ko', '오늘 밤에 숙제 다 끝낼 거야'],
    ],
  },
  {
    kind: 'Turkish: a jump from a height told by where one goes or throws oneself, after a denial too (NICE NG225)',
    emergencies: [
      ['tr', 'köprüye gidiyorum atlayacağım'],
      ['tr', 'kendimi köprüden atacağım bu gece'],
      ['tr', 'intihar etmeyeceğim dedi ama şimdi köprüden atlayacağını yazdı'],
      ['tr', 'artık intihar etmem gerekiyor, başka çıkış yok'],
      ['tr', 'intihar etmem lazım, bu gece'],
    ],
    lookAlikes: [
      ['tr', 'intihar etmeyeceğim, sadece çok yorgunum'],
      ['tr', 'köprüden denize atladık, yüzdük, çok eğlenceliydi'],
      ['tr', 'balkona çıktım, çamaşır asacağım'],
      ['tr', 'havuzda yüksekten atlamak istiyorum ama korkuyorum'],
      ['tr', 'yarın bungee için köprüye gidiyorum, ilk kez atlayacağım'],
    ],
  },
  {
    kind: 'Cantonese: a bleed stopped and bleeding again, and that will not stop (NHS 111)',
    emergencies: [
      ['zh', '嗰個傷口本來止咗血，而家又開始流血，止唔到'],
      ['zh', '流鼻血停咗又再流，已經一個鐘，止唔住'],
      ['zh', '手指切到，止咗血又再滲血，揸住都止唔到'],
    ],
    lookAlikes: [
      ['zh', '流鼻血已經止咗，而家冇事'],
      ['zh', '傷口止咗血，貼咗膠布'],
      ['zh', '我哋止唔到笑，套戲好好睇'],
    ],
  },
  {
    kind: 'Spanish: a head knock told by what followed, fits without consciousness regained, a history denied (NICE NG232, NG217)',
    emergencies: [
      ['es', 'a mi hijo le pegaron con una piedra en la cabeza y ahora no se acuerda de nada'],
      ['es', 'mi niño se golpeo jugando, me pregunta lo mismo a cada rato y le sale liquido clarito por la nariz'],
      ['es', 'mi tia tuvo dos crisis tonico-clonicas seguidas sin recuperar la conciencia entre ellas'],
      ['es', 'Paciente de 60 años sin antecedentes de interés, dolor torácico opresivo con sudoración fría'],
      ['es', 'niño de 3 años sin antecedentes de interés, convulsiona desde hace 10 minutos'],
    ],
    lookAlikes: [
      ['es', 'no se acuerda de nada de la pelicula, se durmio a la mitad'],
      ['es', 'mi abuela me pregunta lo mismo a cada rato, tiene alzheimer desde hace años'],
      ['es', 'tiene mocos, le sale agua clarita de la nariz desde ayer con estornudos'],
    ],
  },
  {
    kind: 'Portuguese: tablets eaten with the count not known, a laundry capsule bitten (NHS 111, NPIS)',
    emergencies: [
      ['pt', 'o meu filho comeu não sei quantos comprimidos da avó'],
      ['pt', 'não sei quantas comeu, a cartela de remédio da minha mãe está vazia, ele tem 2 anos'],
      ['pt', 'a bebé mordeu uma cápsula de detergente, tem espuma na boca e está a tossir muito'],
    ],
    lookAlikes: [
      ['pt', 'comprei uma cápsula de detergente nova, cheira muito bem'],
      ['pt', 'o bolo ficou com espuma de leite por cima, adoramos'],
      ['pt', 'não sei quantos dias faltam para a consulta'],
    ],
  },
  {
    kind: 'French: knocked out after a fall, clear fluid from the nose, heavy bright bleeding (NICE NG232, RCOG GTG63)',
    emergencies: [
      ['fr', 'mon fils est tombé de vélo, depuis la chute un liquide clair coule de son nez'],
      ['fr', 'après la chute il a du liquide clair qui coule du nez'],
      ['fr', 'saignement rouge abondant depuis une heure, enceinte de 8 mois'],
    ],
    lookAlikes: [
      ['fr', 'je suis resté dans les vapes toute la matinée après la fête, rien de grave'],
      ['fr', 'il a le nez qui coule, un liquide clair, avec un rhume depuis trois jours'],
      ['fr', 'saignement léger des gencives quand je me brosse les dents'],
    ],
  },
  {
    kind: "Haitian Creole: a baby's bulging fontanelle and spots that do not fade when pressed (NICE NG143)",
    emergencies: [
      ['ht', 'pitit mwen gen 4 mwa, li gen lafyèv, fontanèl li bonbe'],
      ['ht', 'bebe a gen tach vyolèt sou pye l ki pa disparèt lè m peze l, li gen lafyèv'],
      ['ht', 'tèt mou pitit la anfle epi li pa vle bwè, li gen lafyèv depi maten'],
    ],
    lookAlikes: [
      ['ht', 'pitit la gen yon ti tach sou bra l depi li fèt, li byen'],
      ['ht', 'fontanèl pitit la nòmal, doktè a di li byen'],
      ['ht', 'mwen gen yon ti bouton sou figi m'],
    ],
  },
  {
    kind: "Italian: an infant's red flags in a clinician's words: blue round the mouth, apnoea, floppy (NICE NG143)",
    emergencies: [
      ['it', 'lattante di 3 mesi con cianosi periorale e apnee ripetute'],
      ['it', 'il neonato è ipotonico, non piange e ha le labbra violacee'],
      ['it', 'mio figlio di 2 mesi ha apnee prolungate e sembra floscio come una bambola'],
    ],
    lookAlikes: [
      ['it', 'il lattante mangia bene e cresce, niente di strano'],
      ['it', 'ho comprato un latte per lattanti, va bene?'],
      ['it', 'il neonato dorme molto, si sveglia per mangiare ogni tre ore'],
      ['it', 'dopo la corsa bevo una bevanda ipotonica, va bene?'],
      ['it', "ho un po' di cianosi alle dita quando fa molto freddo, poi passa"],
    ],
  },
  {
    kind: 'Korean: a head struck on a blood thinner (NICE NG232)',
    emergencies: [
      ['ko', '할아버지가 넘어지면서 머리를 바닥에 세게 부딪히셨어요. 와파린 드세요'],
      ['ko', '엄마가 계단에서 넘어져 머리를 문턱에 세게 박았는데 항응고제 드세요'],
      ['ko', '아빠가 머리 부딪히고 나서 계속 토하고 졸려해요'],
    ],
    lookAlikes: [
      ['ko', '머리를 문에 살짝 부딪혔는데 괜찮아요, 혹도 없어요'],
      ['ko', '와파린 먹는 중인데 낫토 먹어도 되나요'],
      ['ko', '공에 이마 맞았는데 멀쩡해요'],
      ['ko', '머리가 아파서 주사 맞았어요'],
    ],
  },
  {
    kind: 'Hindi: a strip of tablets chewed, the count not known, tablets gone (NHS 111)',
    emergencies: [
      ['hi', 'मेरा बेटा दवा का पत्ता चबा गया, पता नहीं कितनी खाईं'],
      ['hi', 'बच्चे ने दादी की गोलियों का पत्ता चबा लिया, 5 गोलियाँ गायब हैं'],
      ['hi', 'पता नहीं कितनी खा लीं, मेरी 3 साल की बेटी ने नींद की गोलियाँ खाईं'],
    ],
    lookAlikes: [
      ['hi', 'पता नहीं कितनी देर लगेगी डॉक्टर को'],
      ['hi', 'दवा का पत्ता खत्म हो गया, नया कहाँ से लूँ'],
      ['hi', 'गोलियाँ कम हैं, कल दुकान से लानी हैं'],
    ],
  },
  {
    kind: 'a bleed told stopped, read as stopped; one that will not stop still flagged (NHS 111)',
    emergencies: [
      ['es', 'se cortó con un cuchillo, sangra mucho y no para'],
      ['fr', "il saigne énormément de la tête et ça ne s'arrête pas"],
      ['ru', 'кровь хлещет из раны и не останавливается'],
      ['pt', 'o corte está sangrando muito e não parou'],
    ],
    lookAlikes: [
      ['es', 'a mi hijo le salio sangre de la nariz jugando, le apreté 10 minutos y ya paró, ahorita está jugando'],
      ['fr', "mon fils a saigné du nez pendant le cours, j'ai pincé 10 minutes, ça s'est arrêté, il va bien"],
      ['ru', 'у мужа шла кровь из носа минут 10, зажал крылья носа — остановилась, сейчас всё сухо'],
      ['pt', 'meu filho sangrou do nariz, apertei 10 minutos e já parou, agora está brincando'],
    ],
  },
  {
    kind: "Japanese: a finding denied with the continuative '〜はなく', never the consciousness, response or breath absent (NICE NG143)",
    emergencies: [
      ['ja', '息子が呼吸がなく、顔色が真っ青です'],
      ['ja', '父が倒れて意識がなく、呼吸もおかしいです'],
      ['ja', '赤ちゃんがぐったりして反応がなく、泣きません'],
    ],
    lookAlikes: [
      ['ja', '重い箱を持ったら腰が痛くなりました。足のしびれはなく、おしっこも普通に出ます'],
      ['ja', '胸の痛みはなく、息苦しさもなくて、ただ咳が出ます'],
      ['ja', '熱はなく、首の痛みもなく、元気に遊んでいます'],
    ],
  },
  {
    kind: "Spanish: a chest pain's spread to the arm denied is no pain that will not go away (NICE CG95)",
    emergencies: [
      [
        'es',
        'dolor opresivo en el pecho desde hace 30 minutos, sudando frio, no se me va al brazo pero me falta el aire',
      ],
      [
        'es',
        'tengo un dolor en el pecho como si me apretaran, no se me quita, se me va al brazo izquierdo, estoy sudando frio',
      ],
      ['es', 'mi papa tiene un dolor fuerte en el pecho que se le corre a la quijada y esta palido y sudado'],
    ],
    lookAlikes: [
      ['es', 'me duele el pecho si aprieto aca desde el gimnasio, no se me va al brazo, es muscular'],
      ['es', 'tengo una molestia en el hombro desde ayer, no se me va al brazo ni a la mano'],
      ['es', 'me duele aca cuando aprieto, no se me corre al brazo, es como muscular'],
    ],
  },
  {
    kind: 'romanised Hindi: a goodbye told as no longer being a burden, and a wrist cut before (NICE NG225)',
    emergencies: [
      [
        'hi',
        'meri dost ne message kiya ab main kisi pe burden nahi banungi, wo pehle bhi nas kaat chuki hai, phone band hai',
      ],
      ['hi', 'bhai ne likha sorry sab, ab bojh nahi banunga, aur ghar se chala gaya, pehle bhi kalai kaat chuka hai'],
      ['hi', 'behen ne bola ab kisi pe burden nahi rahungi, uske paas neend ki goliyan hain'],
    ],
    lookAlikes: [
      ['hi', 'main kisi pe burden nahi banna chahta, isliye naukri dhundh raha hoon'],
      ['hi', 'mera dost pichle saal wrist kaat chuka tha, ab theek hai aur therapy le raha hai'],
      ['hi', 'papa pe ghar ka bojh hai, naukri chali gayi, paise ki tension hai'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language kinds of session 53', KINDS);

/**
 * A finding denied by a negation told after it (Russian "одышки нет", Hindi "दर्द नहीं है", Turkish "ağrısı yok", Japanese
 * "熱はなく"): the rules read "not" before it; the wording model reads neither the finding nor the "not", which both
 * pushed it toward an emergency.
 */
describe('a finding denied after it, as the wording model reads it', () => {
  it.each([
    ['боль в груди есть, одышки нет', 'not short of breath', 'short of breath'],
    ['सीने में दर्द नहीं है, बस खांसी है', 'not chest pain', 'chest pain'],
    ['göğüs ağrısı yok, sadece öksürük var', 'not chest pain', 'chest pain'],
    ['熱はなく、首の痛みもなく、元気に遊んでいます', 'not fever', 'fever'],
  ])('%s: the rules read "%s", the model not "%s"', (text, rulesRead, modelLeftOut) => {
    const reading = otherLanguageReading(text);
    expect(reading?.english).toContain(rulesRead);
    expect(reading?.toldInEnglish).not.toContain(modelLeftOut);
  });

  it('keeps a finding told without a denial for the model', () => {
    expect(otherLanguageReading('боль в груди есть, одышки нет')?.toldInEnglish).toContain('chest pain');
  });
});
