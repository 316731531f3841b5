import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 62 (T132): self-harm, poisoning, bleeding, head injury and obstetric emergencies the other-language readers
 * missed, by kind, written from the protocols and never from a labelled set, each with the look-alikes that share its
 * words:
 * - suicide told indirectly (`wish-to-stay-no-longer-and-wrists-cut.ts`; NICE NG225, the Samaritans' warning signs):
 *   not wanting to be here any more as a whole clause, an apology for everything with a pet handed on, wrists cut, a
 *   farewell letter, things given away and a rope laid ready; a city, a job or a move left, and a cat looked after for
 *   a holiday stay quiet; pills put aside beside being ready, not for a trip.
 * - a bleed told by its jet or the cloth pressed on it in another clause (`blood-jetting-and-a-cloth-soaked-told-apart.ts`;
 *   NHS 111, Manchester Triage); a shirt soaked with juice or sweat and blood that boils stay quiet;
 * - a head knock with clear fluid from the nose or an ear, a blood thinner, vomiting or a blackout
 *   (`head-knock-with-fluid-thinners-or-vomiting.ts`; NICE NG232); a knock on a cupboard told fine stays quiet;
 * - a count of a named medicine swallowed (`count-of-a-named-medicine-swallowed.ts`; NPIS / TOXBASE); days of
 *   holiday, beers and glasses of water stay quiet;
 * - bleeding in pregnancy in everyday words (`bleeding-in-pregnancy-in-everyday-words.ts`; RCOG Green-top 63); a
 *   nosebleed that stopped, bleeding gums and paint on clothes stay quiet;
 * - Nepali and Ukrainian typed in Latin letters (`romanised-nepali.ts`, `romanised-ukrainian.ts`), which no reader read: a
 *   head knock with vomiting, sleep or no memory, a bleed that will not stop, pills counted or a rat poison swallowed, a
 *   wish to die and a heavy bleed in pregnancy; a knock on a cupboard door, a headache gone after tea, a nosebleed that
 *   stopped and a question on a pregnant sister's diet stay quiet.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'suicide told indirectly: not wanting to be here any more, a pet handed on with an apology, wrists cut',
    emergencies: [
      ['it', 'non voglio più stare qui, ho già scritto una lettera a mia sorella'],
      ['it', 'mia cugina non vuole più stare al mondo, ha nascosto le pastiglie'],
      ['fr', 'je ne veux plus être là, la corde est prête'],
      ['de', 'ich will nicht mehr hier sein, das Seil liegt bereit'],
      ['de', 'Hab alles verschenkt. Das Seil liegt im Keller. Wollte mich nur verabschieden.'],
      ['id', 'aku gak mau ada di sini lagi, talinya sudah siap'],
      ['tr', 'artık burada olmak istemiyorum, ip hazır'],
      ['pl', 'nie chcę już tu być, sznur jest gotowy'],
      ['ru', 'не хочу больше быть здесь, верёвка уже готова'],
      ['ar', 'ما بدي ضل هون، الحبل جاهز'],
      ['pt', 'ela mandou "desculpa por tudo, cuida do meu cachorro" e não atende'],
      ['pt', 'meu amigo mandou foto do pulso cortado e não responde'],
      ['it', 'mi ha scritto "scusa per tutto, prenditi cura del mio gatto" e ha spento il telefono'],
      ['vi', 'em tôi cắt cổ tay, máu nhiều lắm'],
      ['hi', 'mere bhai ne apni nas kaat li, bahut khoon aa raha hai'],
      ['ar', 'اختي كتبت رسالة وداع وقفلت على حالها'],
      ['bn', 'amar bondhu post dilo "sobai bhalo theko", tarpor phone dhorche na, room e ghumer oshudh er pata'],
    ],
    lookAlikes: [
      ['it', 'non voglio più stare qui in questa città, mi trasferisco a Milano'],
      ['it', 'non voglio più stare qui, questo lavoro mi stressa'],
      ['fr', 'je ne veux plus être là-bas, ce travail est nul'],
      ['de', 'ich will nicht mehr hier sein, ich suche mir einen neuen Job'],
      ['de', 'ich habe meine alten Klamotten verschenkt, weil ich umziehe'],
      ['tr', 'artık burada olmak istemiyorum, başka şehre taşınıyorum'],
      ['ru', 'не хочу больше быть здесь, на этой работе'],
      ['es', 'perdón por todo el lío, ¿me cuidas a mi gato el fin de semana?'],
      ['pt', 'desculpa por tudo, cuida do meu gato enquanto eu viajo?'],
      ['ar', 'كتبت رسالة وداع لزملائي في الشغل قبل التقاعد'],
    ],
  },
  {
    kind: 'romanised Nepali and romanised Ukrainian: a head knock and what followed, a bleed, pills or a poison, pregnancy',
    emergencies: [
      ['uk', 'syn vdaryvsia holovoiu ob asfalt, teper blyuie i duzhe sonnyi'],
      ['uk', "tato upav zi skhodiv, vdaryvsia holovoiu, zaraz nichoho ne pam'iataie"],
      ['uk', 'krov ne zupyniaietsia vzhe pivhodyny, porizav ruku sklom'],
      ['uk', 'vona vypyla 30 tabletok, zaraz duzhe sonna'],
      ['uk', 'meni 19, ne khochu bilshe zhyty, vse nabrydlo'],
      ['uk', 'ya vahitna 20 tyzhniv i u mene sylna krovotecha'],
      ['ne', 'mero bhai motorbike bata khasyo, tauko ma chot lagyo, ahile baanta gardai cha ra nidra lagyo bhanchha'],
      ['ne', 'aama lai ragat rokiyena, haat ma hasiya le katyo'],
      ['ne', 'didi le 20 wota chakki khayo, ahile behos cha'],
      ['ne', 'dai le musa marne ausadhi khayo'],
      ['ne', 'bahini garbhawati cha, dherai ragat bagiraheko cha'],
      ['ne', 'malai marna man cha, bachna man chaina'],
    ],
    lookAlikes: [
      ['uk', 'vdaryvsia holovoiu ob dvertsiatu shafy, vse normalno, nichoho ne bolyt'],
      ['uk', 'babusia kazhe shcho vse dobre, tilky trokhy vtomylas'],
      ['ne', 'aaja tauko dukhyo, chiya khaye pachi thik bhayo'],
      ['ne', 'mero chhora lai halka ragat aayo naak bata, aba rokiyo'],
      ['ne', 'bahini garbhawati cha, kasto khana khane?'],
    ],
  },
  {
    kind: 'pills put aside, told beside being ready or for when one decides',
    emergencies: [
      ['es', 'tengo guardadas 60 pastillas para cuando me decida'],
      ['it', 'ho messo da parte 40 pillole, sono pronta'],
      ['fr', "j'ai mis de côté toutes mes pilules, je suis prête"],
      ['tl', 'nagtatabi ako ng mga gamot, handa na ako'],
      ['id', 'saya sudah kumpulin obat tidur sebulan, siap'],
      ['sw', 'tayari nimekusanya vidonge vingi, niko tayari'],
    ],
    lookAlikes: [
      ['es', 'tengo guardadas 10 pastillas para el viaje'],
      ['it', 'ho messo da parte le pillole per le vacanze, sono pronta a partire'],
      ['tl', 'nagtatabi ako ng pera para sa bakasyon'],
      ['id', 'saya kumpulin uang sebulan buat liburan'],
    ],
  },
  {
    kind: 'a bleed told by its jet or by the cloth pressed on it, in another clause than the blood',
    emergencies: [
      ['it', 'un turista è caduto sul vetro, sangue che zampilla dalla gamba, la maglia che tengo premuta è zuppa'],
      ['it', 'si è tagliato col coltello, la maglia con cui premo è già zuppa, sangue ovunque'],
      ['es', 'la toalla ya está empapada y sigue saliendo sangre a chorros'],
      ['es', 'se cortó la mano, el trapo que le puse ya está empapado y sigue sangrando'],
    ],
    lookAlikes: [
      ['it', 'mi è scoppiato il succo e la maglia è zuppa'],
      ['it', 'la maglietta che ho messo è fradicia di sudore'],
      ['it', 'il sangue mi ribolle quando lo vedo'],
      ['es', 'la camiseta que llevo está empapada, hace mucho calor'],
      ['es', 'la toalla está empapada de sudor'],
    ],
  },
  {
    kind: 'a head knock with clear fluid, a blood thinner, vomiting or a blackout',
    emergencies: [
      ['tr', 'merdivenden düştü, burnundan su gibi şeffaf sıvı geliyor, başını çarptı'],
      ['tr', 'kafasını çarptı, kulağından sıvı geliyor'],
      ['el', 'η γιαγιά έπεσε στη σκάλα, χτύπησε το κεφάλι, παίρνει Sintrom και τώρα μπερδεύει τα ονόματα'],
      ['el', 'χτύπησε το κεφάλι του και κάνει εμετό'],
      ['ru', 'ударился головой, пьёт варфарин, теперь путается в словах'],
      ['hi', 'sir pe chot lagi, khoon patla karne ki dawai leta hai, ab confuse hai'],
      ['ar', 'ibni wi2e3 w darab raso, 3am yistafreegh'],
      ['ar', 'sa7bi wi2e3 3an el motor w raso darab bel ard, ghayyab shi d2i2a w mish 3am yitzakkar shu sar'],
    ],
    lookAlikes: [
      ['tr', 'kafamı dolaba çarptım, biraz şişlik var, iyiyim'],
      ['el', 'χτύπησα το κεφάλι μου στο ντουλάπι, είμαι καλά'],
      ['ar', 'darab raso bel 7eet bas mnih, 3am yil3ab'],
    ],
  },
  {
    kind: 'a poisoning told by a count of a named medicine, with no word for a tablet',
    emergencies: [
      ['es', 'mi papá se tomó como 15 clonazepam con alcohol y no despierta'],
      ['tr', '20 tane xanax içmiş'],
      ['id', 'dia telan 20 pil tidur'],
      ['de', 'er hat 20 Tavor genommen'],
    ],
    lookAlikes: [
      ['es', 'se tomó 15 días de vacaciones'],
      ['es', 'me tomé 5 cervezas anoche'],
      ['es', 'se tomó un paracetamol para el dolor de cabeza'],
      ['tr', '5 tane su içti bugün'],
      ['de', 'der Hund hat Wasser getrunken und gegessen'],
    ],
  },
  {
    kind: 'bleeding in pregnancy told in everyday words',
    emergencies: [
      ['tr', '7 aylık hamileyim, çok kan geliyor'],
      ['hi', 'biwi pet se hai, bahut khoon nikal raha hai'],
      ['es', 'estoy embarazada y estoy manchando mucho, ya llené dos toallas'],
    ],
    lookAlikes: [
      ['tr', 'hamileyim, burnum biraz kanadı, durdu'],
      ['hi', 'mere bhai ke naak se bahut khoon aa raha tha, ab ruk gaya'],
      ['es', 'estoy manchando la ropa con pintura'],
      ['es', 'estoy embarazada y me sangran las encías al cepillarme'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language missed kinds of T132, session 62', KINDS);
