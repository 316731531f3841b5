import { describeKindsFlaggedByProduct, type LabelledProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * Session 55 (T93): emergencies told in the Asian and African languages that their lexicons left unread, written from
 * the protocols (NICE NG225 and the Samaritans' warning signs, TOXBASE, NICE NG143, first aid for bleeding) in each
 * language's own words and grammar, never from a labelled set, each with look-alikes that share its words:
 * - Persian: the verb prefix "می" / "نمی" typed with its zero-width non-joiner, as most Persian keyboards type it, read as
 *   it is read typed with a space or joined (the lists wrote it all three ways, and matched the non-joiner in few);
 * - Arabic: not wanting to wake up told of another, a farewell letter sent to the writer then silence, a count of
 *   tablets told in words, a towel soaked through with blood; a lie-in, a colleague's farewell, grapes counted are not;
 * - Chinese: the soft spot told as "the soft place on top of the head", bulging, and a fontanelle told soft (a false
 *   alarm of main: read as floppy); a disinfectant drunk by half a bottle; a goodbye, then the phone unanswered;
 * - Hindi and Hinglish: not wanting to wake up with the verb first; one tablet told as one (a false alarm of main:
 *   "pills swallowed"); a whole strip of sleeping pills; a bottle of syrup drunk, not a bottle of milk;
 * - Turkish: a bottle of syrup finished in the reported past, the medicine cabinet opened; a box bought at a pharmacy
 *   (a false alarm of main) is not; Japanese: not wanting to open one's eyes again; Amharic: a bottle of medicine drunk.
 * On the rules of main (8c64110) the product flagged 13 of the 42 emergencies and kept 35 of the 42 look-alikes quiet;
 * after, all of them. Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'Persian: the verb prefix typed with its non-joiner (نمی‌خوام, نمی‌تونه), read as it is read typed with a space or joined (NICE NG225; NHS 111): a wish never to wake or not to live, breath that cannot be drawn; a lie-in before a holiday, sleeplessness before an exam, a baby feeding well are not',
    emergencies: [
      ['fa', 'دیگه نمی‌خوام بیدار بشم'],
      ['fa', 'نمی‌تونه نفس بکشه، لباش کبود شده'],
      ['fa', 'مامانم می‌گه دیگه نمی‌خواد زنده باشه'],
    ],
    lookAlikes: [
      ['fa', 'فردا تعطیله، نمی‌خوام زود بیدار بشم'],
      ['fa', 'نمی‌تونم بخوابم، فردا امتحان دارم'],
      ['fa', 'بچه‌ام شیرش رو می‌خوره و خوب می‌خوابه'],
    ],
  },
  {
    kind: 'Arabic: not wanting to wake up, told of oneself or of another (NICE NG225); a lie-in, a school morning or a day off are not',
    emergencies: [
      ['ar', 'أختي بتقول ما بدها تصحى بكرة'],
      ['ar', 'ابني قال مش عايز يصحى تاني'],
      ['ar', 'ما بدي أصحى، تعبت من كل شي'],
    ],
    lookAlikes: [
      ['ar', 'ما بدي أصحى بكرة بكير، عندي عطلة'],
      ['ar', 'بنتي ما بدها تصحى للمدرسة كل يوم الصبح'],
      ['ar', 'مش عايز أصحى بدري بكرة، عندي إجازة'],
    ],
  },
  {
    kind: "Arabic: a farewell letter sent to the writer, then no answer (Samaritans: a goodbye, then silence); a colleague's, a retirement's or a traveller's are not",
    emergencies: [
      ['ar', 'كتبلي رسالة وداع وقال سامحوني وما عاد يرد'],
      ['ar', 'أخوي بعتلنا رسالة وداع وتلفونه مسكر من الصبح'],
      ['ar', 'بنتي كتبتلي رسالة وداع وما عادت ترد على الجوال'],
    ],
    lookAlikes: [
      ['ar', 'زميلي كتبلي رسالة وداع لما ترك الشغل وما عاد يرد'],
      ['ar', 'المدير بعتلنا رسالة وداع قبل التقاعد'],
      ['ar', 'صاحبي بعتلي رسالة قبل السفر وما عاد يرد لأنه بالطيارة'],
    ],
  },
  {
    kind: "Arabic: a count of tablets told in words (TOXBASE: take the count told); grapes counted, a month's supply owned, one tablet a day are not",
    emergencies: [
      ['ar', 'بلعت عشرين حبة من دوا الضغط'],
      ['ar', 'بلعت تلاتين حباية بنادول'],
      ['ar', 'أخوي بلع خمستاشر قرص منوم'],
    ],
    lookAlikes: [
      ['ar', 'ابني اكل عشرين حبة عنب'],
      ['ar', 'عندي عشرين حبة بالعلبة، بكفوا شهر؟'],
      ['ar', 'باخد حبة وحدة كل يوم من دوا الضغط'],
    ],
  },
  {
    kind: 'Arabic: a towel or a dressing soaked through with blood (first aid: bleeding through the dressing); a towel wet after a shower, a nosebleed or a cut that stopped are not',
    emergencies: [
      ['ar', 'المنشفة تشربت دم كلها وهو لسه بينزف'],
      ['ar', 'جرح إيده والشاش غرقان دم'],
      ['ar', 'تشربت المنشفة بالدم وما وقف النزيف'],
    ],
    lookAlikes: [
      ['ar', 'المنشفة تشربت مي بعد الدوش'],
      ['ar', 'نزل دم من أنفي شوي ووقف بعد دقيقتين'],
      ['ar', 'جرحت إصبعي وأنا أقطع البصل، شوية دم ووقف'],
    ],
  },
  {
    kind: "Chinese and Cantonese: the soft spot told in a parent's words, bulging (NICE NG143); a fontanelle told soft or flat is how it should be",
    emergencies: [
      ['zh', '宝宝头顶那块软的地方鼓起来了，还一直吐'],
      ['zh', '两个月的宝宝发烧，头顶软软的地方凸出来了'],
      ['zh', 'BB頭頂軟軟嗰度脹起，仲發燒'],
    ],
    lookAlikes: [
      ['zh', '宝宝囟门软软的，正常吗？'],
      ['zh', '宝宝两个月，头顶那块软的地方平平的，吃奶很好'],
      ['zh', '囟门摸着软，宝宝睡得很好'],
    ],
  },
  {
    kind: 'Chinese: a disinfectant, a pesticide or bleach drunk with its amount before it (a mouthful, half a bottle); water, milk or a floor mopped are not',
    emergencies: [
      ['zh', '我儿子喝了半瓶消毒水'],
      ['zh', '奶奶误喝了一口农药，现在头晕'],
      ['zh', '孩子喝了一大口漂白水'],
    ],
    lookAlikes: [
      ['zh', '他喝了半瓶水'],
      ['zh', '我用消毒水拖了地'],
      ['zh', '孩子喝了一瓶牛奶'],
    ],
  },
  {
    kind: 'Chinese: a goodbye, then the phone not answered with an adverb between (就打不通, 一直没人接); a colleague leaving, a lost signal, a goodbye before work are not',
    emergencies: [
      ['zh', '她给我发了一条告别的信息，然后电话就打不通了'],
      ['zh', '他发了一句“永别了”，电话一直没人接'],
      ['zh', '发了一段遗书一样的话，电话就再也打不通了'],
    ],
    lookAlikes: [
      ['zh', '同事离职给大家发了告别信息，然后电话就打不通了'],
      ['zh', '电话一直打不通，应该是没信号'],
      ['zh', '他说了再见就去上班了'],
    ],
  },
  {
    kind: 'Hindi and Hinglish: not wanting to wake up, the verb in its other order (उठना नहीं चाहती, uthna hi nahi hai) (NICE NG225); getting up early, a Sunday or school are not',
    emergencies: [
      ['hi', 'मेरी बहन कहती है कि वो सुबह उठना नहीं चाहती, कभी नहीं'],
      ['hi', 'मैं कल सुबह उठना नहीं चाहती, सब खत्म करना है'],
      ['hi', 'mujhe ab subah uthna hi nahi hai, sab khatam karna hai'],
    ],
    lookAlikes: [
      ['hi', 'मैं कल सुबह जल्दी उठना नहीं चाहती, छुट्टी है'],
      ['hi', 'mujhe kal jaldi uthna nahi hai, sunday hai'],
      ['hi', 'बच्चा स्कूल के लिए सुबह उठना नहीं चाहता'],
    ],
  },
  {
    kind: 'Hindi: a whole strip or many pills swallowed (TOXBASE); one tablet taken for a complaint, or told as one, is a dose (a false alarm of main)',
    emergencies: [
      ['hi', 'मैंने पूरी पत्ती नींद की गोलियां खा लीं'],
      ['hi', 'उसने बहुत सारी गोलियां खा लीं'],
      ['hi', 'बेटे ने दवाई की पूरी शीशी पी ली'],
    ],
    lookAlikes: [
      ['hi', 'मैंने सिरदर्द के लिए एक गोली खा ली'],
      ['hi', 'पापा ने बीपी के लिए एक गोली खा ली'],
      ['hi', 'मैंने एक गोली खा ली, अब दर्द कम है'],
    ],
  },
  {
    kind: 'Hinglish: a whole or half bottle of a medicine drunk (TOXBASE); a bottle of milk or water, or one spoonful of syrup, are not',
    emergencies: [
      ['hi', 'bache ne poori sheeshi cough syrup pee li'],
      ['hi', 'beti ne aadhi bottle calpol syrup pee li'],
      ['hi', 'meri behen ne poori botal dawai pi li'],
    ],
    lookAlikes: [
      ['hi', 'bache ne poori bottle doodh pee li'],
      ['hi', 'maine poori bottle paani pee li'],
      ['hi', 'bache ne cough syrup ki ek chammach pee li'],
    ],
  },
  {
    kind: 'Turkish: a bottle of syrup or a box of pills finished, told in the reported past, and a child in the medicine cabinet (TOXBASE); a bottle of water, a cabinet tidied, a box bought at the pharmacy (a false alarm of main) are not',
    emergencies: [
      ['tr', 'Oğlum bir şişe öksürük şurubunu bitirmiş'],
      ['tr', 'kızım ilaç dolabını açmış, kaç tane yuttuğunu bilmiyorum'],
      ['tr', 'babam koca kutu uyku ilacını içmiş'],
    ],
    lookAlikes: [
      ['tr', 'oğlum bir şişe suyu bitirmiş'],
      ['tr', 'ilaç dolabını düzenledim, süresi geçenleri attım'],
      ['tr', 'bir kutu ilaç aldım eczaneden'],
    ],
  },
  {
    kind: "Japanese: not wanting to open one's eyes again (目を覚ましたくない) (NICE NG225); waking early, a baby waking at night, a headache gone on waking are not",
    emergencies: [
      ['ja', 'もう目を覚ましたくない、さようなら'],
      ['ja', 'このまま目を覚ましたくない'],
      ['ja', '二度と目を覚ましたくないと妹が言っている'],
    ],
    lookAlikes: [
      ['ja', '朝早く目を覚ましたのでジョギングした'],
      ['ja', '赤ちゃんが夜中に何度も目を覚ます'],
      ['ja', '目を覚ましたら頭痛が治っていた'],
    ],
  },
  {
    kind: 'Amharic: a whole or half bottle of a medicine or a syrup drunk (TOXBASE); a bottle of milk or water, a dose taken on time are not',
    emergencies: [
      ['am', 'ልጄ ሙሉ የመድሃኒት ጠርሙስ ጠጣ'],
      ['am', 'ልጄ ግማሽ የሳል ሽሮፕ ጠርሙስ ጠጣች'],
      ['am', 'ሙሉ የመድኃኒት ብልቃጥ ዋጠ'],
    ],
    lookAlikes: [
      ['am', 'ልጄ ሙሉ የወተት ጠርሙስ ጠጣ'],
      ['am', 'ሙሉ የውሃ ጠርሙስ ጠጣሁ'],
      ['am', 'መድሃኒቱን በሰዓቱ ወሰድኩ'],
    ],
  },
  {
    kind: "Review V37 (STOP-THE-LINE): one tablet is a poisoning in a child, of another's medicine, of a poison or taken to die (TOXBASE: one sulfonylurea can kill a toddler; NICE NG225); an adult's own tablet for a headache, a fever or sleep is a dose",
    emergencies: [
      ['hi', 'मेरे 2 साल के बेटे ने नाना की शुगर की एक गोली खा ली'],
      ['hi', 'मेरी 3 साल की बेटी ने दादी की बीपी की एक गोली निगल ली'],
      ['hi', 'बच्चे ने पापा की एक टैबलेट खा ली, अभी सो रहा है'],
      ['hi', 'मैंने जान देने के लिए चूहे मारने की एक गोली खा ली'],
      ['hi', 'मरने के लिए मैंने सल्फास की एक गोली खा ली'],
      ['hi', 'मैंने ज़हर की एक गोली खा ली, अब जीना नहीं'],
    ],
    lookAlikes: [
      ['hi', 'मैंने बुखार के लिए एक गोली खा ली'],
      ['hi', 'मैंने एक टैबलेट ले ली, नींद नहीं आ रही थी'],
      ['hi', 'पापा ने बीपी के लिए एक गोली खा ली'],
    ],
  },
  {
    kind: 'Review V37 (STOP-THE-LINE): a box of medicine drunk or swallowed is an overdose whatever the medicine is (a prescription is what it is, not that it was bought); only "aldım" beside a pharmacy or an order is a purchase',
    emergencies: [
      ['tr', 'reçeteli ilaçlarımdan bir kutu ilaç içtim, başım dönüyor'],
      ['tr', 'reçeteli uyku ilaçlarımdan bir kutu ilaç yuttum'],
      ['tr', 'doktorun yazdığı reçetedeki ilaçlardan bir kutu ilaç içtim, midem bulanıyor'],
    ],
    lookAlikes: [
      ['tr', 'bir kutu ilaç aldım eczaneden'],
      ['tr', 'reçeteyle eczaneden bir kutu ilaç aldım'],
      ['tr', 'internetten sipariş verdim, bir kutu ilaç aldım'],
    ],
  },
  {
    kind: 'Review V37 (STOP-THE-LINE): not wanting to wake up beside "ever", despair or pills gathered is a wish never to wake, even where work or university is what one is tired of (NICE NG225); a lie-in before work or a day off is not',
    emergencies: [
      ['ar', 'ما بدي أصحى أبداً، تعبت من الشغل ومن كل شي، وجمعت حبوب أمي كلها'],
      ['ar', 'مش عايزة أصحى تاني أبداً، زهقت من الجامعة ومن الدنيا'],
      ['ar', 'ما بدي أصحى، تعبت من الدوام ومن حياتي، وخبيت علبة حبوب'],
    ],
    lookAlikes: [
      ['ar', 'ما بدي أصحى بكير للشغل بكرة'],
      ['ar', 'ما بدي أصحى بكرة بكير، عندي عطلة'],
      ['ar', 'مش عايز أصحى بدري، الدوام بيبدأ الساعة عشرة'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language kinds of session 55: Asian and African languages', KINDS);
