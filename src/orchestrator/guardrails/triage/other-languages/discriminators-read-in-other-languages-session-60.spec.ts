import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 60 (T121): discriminators the English rules read that some readers did not, written from the protocols (NICE
 * NG143 fever under 3 months, NICE CKS headache red flags, NICE NG18 ketoacidosis, NICE NG41 high-energy mechanisms,
 * FAST, NICE NG51 sepsis, NICE CG141 upper GI bleeding, NHS 111 hypothermia), never from a labelled set:
 * - a young infant's age told the language's way (Arabic "عمرها شهر" with no count, Turkish "bir aylık", Indonesian "umur
 *   1 bulan", Haitian Creole "bebe m nan gen 1 mwa", Korean "태어난 지 한 달", Persian "بچه‌ی یک ماهه"); a child of two
 *   years or six months with the same reading is not;
 * - a thunderclap headache told with its superlative standing alone, its onset like a blow, or the German clinic words;
 * - ketoacidosis by the sugar's reading, deep breathing and the smell of acetone (Russian, Arabic with the joined "و");
 * - a pedestrian thrown, a car rolled over, a fall from a scaffold with legs not felt; a face crooked told with its owner
 *   after it, and the arm that will not move (Persian); rigors that will not stop (Spanish); coffee-ground vomit
 *   (Portuguese); shivering that stopped after the ice (Polish).
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'a baby under 3 months with a fever, its age told the language’s way; an older child with the same reading is not',
    emergencies: [
      ['ar', 'ابني عمره شهر وعنده سخونة ٣٨'],
      ['ar', 'بنتي عمرها شهرين وحرارتها 38.4'],
      ['tr', 'iki aylık oğlumun ateşi 38 derece'],
      ['tr', 'bir aylık bebeğim ateşlendi 38,2'],
      ['id', 'bayi saya 1 bulan demam tinggi 38,7'],
      ['id', 'dedek bayiku usia 2 bulan demam 38.2'],
      ['ht', 'pitit fi m nan gen 2 mwa li cho anpil, 38.3'],
      ['ko', '생후 한 달 아기 열이 38도'],
      ['ko', '태어난 지 두 달 된 아기가 열이 나요 38.2도'],
      ['fa', 'دختر یک ماهه‌ام تب داره ۳۸'],
      ['fa', 'بچه‌ی دو ماهه‌ام تب کرده ۳۸.۳'],
    ],
    lookAlikes: [
      ['ar', 'ابني عمره سنتين وحرارته ٣٨.٥'],
      ['ar', 'بنتي عمرها ٦ شهور وحرارتها ٣٨.٥'],
      ['tr', 'iki yaşındaki oğlumun ateşi 38,5'],
      ['tr', 'altı aylık bebeğimin ateşi 38,5'],
      ['id', 'bayi saya umur 6 bulan demam 38,5'],
      ['id', 'anak saya demam 1 bulan ini naik turun 37,8'],
      ['ht', 'pitit mwen an gen 2 zan li gen lafyèv 38.5'],
      ['ko', '생후 6개월 아기 열이 38.5도'],
      ['fa', 'پسر دو ساله‌ام تب ۳۸.۵ داره'],
    ],
  },
  {
    kind: 'a thunderclap headache told with its superlative alone, its onset like a blow or the clinic’s word; a usual or past headache is not',
    emergencies: [
      ['ru', 'голова заболела резко, как взрыв, никогда такой боли не было'],
      ['ru', 'внезапно ужасная головная боль, будто ударили по голове, худшая в жизни'],
      ['de', 'schlagartig stärkste Kopfschmerzen meines Lebens'],
      ['de', 'plötzlich heftigste Kopfschmerzen wie ein Donnerschlag'],
      ['de', 'der schlimmste Kopfschmerz meines Lebens, ganz plötzlich'],
      ['de', 'seit einer Stunde Donnerschlagkopfschmerz, mir ist übel'],
    ],
    lookAlikes: [
      ['de', 'leichte Kopfschmerzen seit gestern, wie immer bei Wetterwechsel'],
      ['de', 'das war der schlimmste Tag meines Lebens, jetzt habe ich leichte Kopfschmerzen'],
      ['ru', 'болит голова после работы, как обычно'],
      ['ru', 'стреляющая боль в лице, как удар током, при жевании'],
      ['ru', 'самая сильная головная боль в жизни была у меня в прошлом году при мигрени, сейчас прошла'],
    ],
  },
  {
    kind: 'ketoacidosis told by the sugar, deep breathing and acetone; a normal sugar or a diet question is not',
    emergencies: [
      ['ru', 'у сына диабет, сахар 28, его рвёт, изо рта запах ацетона'],
      ['ru', 'дочь диабетик, сахар очень высокий, дышит глубоко и часто'],
      ['ar', 'بنتي عندها سكري والسكر عالي وتستفرغ ونفسها ريحته اسيتون'],
    ],
    lookAlikes: [
      ['ru', 'сахар 7, чувствую себя нормально, вопрос про диету'],
      ['ru', 'у ребёнка запах ацетона изо рта после отравления, но сахар нормальный, пьёт хорошо'],
      ['ar', 'السكر عالي شوي ٢٠٠ بعد الاكل، هل هذا طبيعي؟'],
    ],
  },
  {
    kind: 'a high-energy crash or fall told by what followed, a crooked face told with its owner; an old crash or a film is not',
    emergencies: [
      ['ar', 'ابوي ضربته سيارة وطار في الهوا وما يتحرك'],
      ['de', 'nach dem Sturz vom Gerüst spürt sie ihre Beine kaum'],
      ['ko', '비계에서 떨어졌는데 다리에 감각이 없어요'],
      ['ko', '차가 뒤집혔는데 남편이 목이 아프대요'],
      ['fa', 'صورت بابام یهو کج شد، دست راستش رو نمی‌تونه تکون بده'],
    ],
    lookAlikes: [
      ['de', 'vor zwei Jahren vom Gerüst gefallen, seitdem Rückenschmerzen, jetzt Frage zur Physiotherapie'],
      ['ko', '작년에 교통사고 났었는데 지금은 괜찮아요'],
      ['fa', 'دهن بچه‌ام کج شده بود بعد از بی‌حسی دندونپزشکی، الان خوبه'],
    ],
  },
  {
    kind: 'rigors, coffee-ground vomit and shivering that stopped after the ice; shaking from cold, a coffee question or a chilly rink is not',
    emergencies: [
      ['es', 'mi abuelo no deja de tiritar, tiene fiebre alta y no sabe dónde está'],
      ['pt', 'minha avó vomitou borra de café hoje de manhã'],
      ['pt', 'vomitei sangue escuro que parece borra de café'],
      ['pl', 'wyciągnęliśmy ją spod lodu, przestała się trząść i jest bardzo senna'],
    ],
    lookAlikes: [
      ['es', 'mi abuela tiembla de frío cuando sale, pero está bien y orina normal'],
      ['pt', 'borra de café serve para adubo?'],
      ['pt', 'vomitei depois do almoço, estou melhor agora'],
      ['pl', 'byliśmy na lodowisku, trochę zmarzłem, już ciepło'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language discriminators read in session 60', KINDS);
