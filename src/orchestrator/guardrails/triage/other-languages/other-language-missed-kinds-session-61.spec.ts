import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 61 (T127): self-harm, poisoning, bleeding, head injury and an obstetric emergency told in other languages in
 * words their lexicons did not hold, written from the protocols, each with look-alikes that share its words:
 * - a head knock told by the blow (Hindi "सिर के बल गिरा", Romanian "a luat ... în cap") and what followed it
 *   (drowsiness coming over, vomiting more than once, unequal pupils; NICE NG232); a sleepy night after study and an
 *   idea "in one's head" are not;
 * - suicide told indirectly (NICE NG225): a goodbye beside a silence, pills or things given away (Chinese, Banglish,
 *   romanised Punjabi), a cloth tied to the ceiling fan (Hindi, Urdu, Bengali), razor blades made ready beside a pet handed on
 *   (Polish); a livestream's goodbye, an apology for being late, a dupatta caught in a fan and blades for shaving are
 *   not;
 * - a bleed told by the verb that pours or spits it (Amharic in every person; Polish blood spat after a tonsil
 *   operation); a blood donation, a cough with a cold and a tonsillectomy long healed are not;
 * - methanol told as a homemade arak beside a sight gone blurred (Persian); the spirit alone and tired eyes are not;
 * - an ectopic pregnancy told in everyday French (a positive test with a low pain, a near faint, a shoulder tip); a
 *   COVID test, a happy test with no pain and a near faint at a bill are not.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'a head knock told by the blow and what followed; a sleepy night and an idea in the head are not',
    emergencies: [
      ['hi', 'मेरी बेटी सीढ़ियों से सिर के बल गिर गई, दो बार उल्टी हुई'],
      ['hi', 'पापा छत से सिर के बल गिर पड़े, अब बहुत नींद आ रही है'],
      ['hi', 'mera beta cycle se sir ke bal gira, ab bahut neend aa rahi hai aur ulti kar raha hai'],
      ['hi', 'dadi bathroom me sar ke bal gir gayi, bohot neend aa rhi hai'],
      ['ro', 'fiica mea a primit o minge in cap la scoala, a vomitat de doua ori si e somnoroasa'],
      ['ro', 'l-a lovit o caramida in cap pe santier, acum e confuz'],
      ['ro', 'nepotul a luat o piatra in cap, a vomitat de 4 ori, o pupila e mai mare'],
    ],
    lookAlikes: [
      ['hi', 'रात भर पढ़ाई की, अब बहुत नींद आ रही है, क्या कॉफी पीऊं?'],
      ['hi', 'bahut neend aa rahi hai aaj, kal raat late soya tha'],
      ['hi', 'बच्चा बिस्तर से सिर के बल गिरा, तुरंत रोया और अब आराम से खेल रहा है'],
      // Vomiting told as not done ("nahi ki", "नहीं की") is no vomiting beside the blow.
      ['hi', 'बेटा झूले से सिर के बल गिरा, उल्टी नहीं की, अब खेल रहा है'],
      ['ro', 'mi-a intrat in cap ideea asta si nu pot dormi'],
      ['ro', 'a vomitat de doua ori dupa ce a mancat, fara febra, e ok?'],
    ],
  },
  {
    kind: 'suicide told by a goodbye beside a silence or a means, a hanging made ready, blades beside a pet handed on; a stream, an apology, a caught dupatta and shaving blades are not',
    emergencies: [
      ['zh', '我同学发了条谢谢大家，再见，然后把吉他和书都送人了'],
      ['zh', '表哥在群里说谢谢大家再见，刚才又说要去天台'],
      ['hi', 'मेरी बहन पंखे से चुन्नी बाँध रही थी, हमने दरवाज़ा तोड़ा'],
      ['hi', 'mera bhai pankhe se rassi baandh raha tha'],
      ['ur', 'بہن نے پنکھے پر رسی باندھ لی ہے'],
      ['bn', 'ভাই সিলিং ফ্যানে দড়ি বেঁধেছে, কিছু বলছে না'],
      ['bn', 'amar bon pakhay dori bendhe rekheche, khub bhoy lagche'],
      ['bn', 'amar bondhu likheche ar kosto dibo na tomader, tar por theke phone bondho, khub bhoy pacchi'],
      ['pa', 'meri bhain ne keha sanu maaf kar dena, ohde kol celphos diyan goliyan ne, phone nahi chakk rahi'],
      ['pl', 'siostra oddala mi swojego psa i powiedziala ze juz nie bedzie go potrzebowala, kupila zyletki'],
    ],
    lookAlikes: [
      ['zh', '今天的直播就到这里，谢谢大家，再见'],
      ['zh', '谢谢大家，再见，下周同一时间见'],
      ['hi', 'पंखे पे दुपट्टा फँस गया और फट गया'],
      ['ur', 'پنکھا صاف کرنا ہے، رسی کہاں ہے؟'],
      ['bn', 'ফ্যানে ওড়না আটকে গেছে, ছিঁড়ে গেছে'],
      ['bn', 'ar kosto dibo na, ami nijei bazar kore nibo'],
      ['pa', 'mainu maaf kar dena, main late ho gaya si'],
      ['pa', 'veer phone nahi chuk reha, shayad busy hai'],
      ['pl', 'kupilem zyletki do golenia, jakie sa najlepsze?'],
    ],
  },
  {
    kind: 'a bleed told by the verb that pours or spits it; a donation, a cold and a healed tonsillectomy are not',
    emergencies: [
      ['am', 'ልጄ ወድቆ ብዙ ደም ፈሰሰው፣ ፊቱ ገርጥቷል'],
      ['am', 'እህቴ የ7 ወር ነፍሰ ጡር ናት፣ ብዙ ደም ፈሰሳት'],
      ['pl', 'syn 5 dni po usunieciu migdalkow wypluwa krew ze skrzepami'],
      ['pl', 'mama po operacji migdalow spluwa krwia od godziny'],
    ],
    lookAlikes: [
      ['am', 'ከአፍንጫዬ ትንሽ ደም ወጣ፣ አሁን ቆሟል'],
      ['am', 'ደም ልገሳ ላይ ብዙ ደም ወጣኝ? ስንት ነው የሚወስዱት'],
      ['pl', 'od tygodnia kaszle i pluje troche krwia przy przeziebieniu, co robic?'],
      ['pl', 'corka miala wyciecie migdalow miesiac temu, wszystko dobrze, kiedy moze jesc lody?'],
    ],
  },
  {
    kind: 'methanol told as a homemade arak beside a blurred sight; the spirit alone and tired eyes are not',
    emergencies: [
      ['fa', 'babam dishab aragh khanegi khorde, alan hich nemibine va estefragh mikone'],
      ['fa', 'دیشب عرق دست‌ساز خوردیم، الان داداشم میگه چشماش تار میبینه و سردرد داره'],
    ],
    lookAlikes: [
      ['fa', 'aragh dast saz khordim, farda sardard dashtam, alan khubam'],
      ['fa', 'عرق دست ساز چقدر الکل داره؟'],
      ['fa', 'az bas goshi negah kardam cheshmam tar mibine'],
    ],
  },
  {
    kind: 'an ectopic pregnancy told in everyday French; a COVID test, a happy test and a near faint at a bill are not',
    emergencies: [
      ['fr', "mon test de grossesse est positif depuis 10 jours, j'ai mal en bas à gauche et j'ai failli m'évanouir"],
      ['fr', "test positif hier, un peu de sang et mal en bas du ventre d'un côté, j'ai failli tomber dans les pommes"],
    ],
    lookAlikes: [
      ['fr', "test covid positif, j'ai mal à la gorge et un peu de fièvre"],
      ['fr', 'test de grossesse positif, pas de douleur, pas de saignement, quand faire la première écho ?'],
      ['fr', 'test positif ce matin, on est trop contents ! quand prendre rendez-vous chez la sage-femme ?'],
      ['fr', "j'ai failli tomber dans les pommes en voyant la facture"],
    ],
  },
];

describeKindsFlaggedByProduct(
  'other languages, session 61 (T127): self-harm, poisoning, bleeding, head and pregnancy',
  KINDS,
);
