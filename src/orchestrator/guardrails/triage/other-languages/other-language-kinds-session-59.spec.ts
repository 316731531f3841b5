import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 59 (T114): emergencies told in other languages by kind, written from the protocols (NICE NG217 status
 * epilepticus, NHS 111 and Manchester Triage major haemorrhage, RCOG GTG57 reduced fetal movements, NICE NG225 self-harm),
 * never from a labelled set, each with look-alikes that share its words:
 * - a fit or a bleed that will not stop, told with each language's negated "stop", "cease" or "pass" beside the fit or the
 *   blood (review V41: "no deja de convulsionar", "n'arrête pas de saigner", "der Anfall hört nicht auf"); a cough, a cry
 *   or a period that will not stop, a fit that stopped and one asked about with the language's "if" stay quiet;
 * - Chinese "对不起" and "不好意思" (sorry, excuse me), whose "不" negates nothing that follows;
 * - German fetal movements told as one word ("keine Kindsbewegungen mehr") at 33 weeks; early weeks and normal ones are not;
 * - Portuguese: oneself at the edge of a roof, told alone ("to na beira do telhado"); a roofer or a photo there is not.
 * - a throat closing after a food or a sting in dialect or mixed with English (Swiss German, Levantine Arabic, Tagalog,
 *   Chinese with the food named in English); self-harm told as a goodbye letter, an end beside its means, a whole box
 *   swallowed (Arabic, Ukrainian, Hinglish); a cloth soaked with blood or blood in a jet; German household products.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'a fit that will not stop, told with the language’s negated “stop”; a cough, a cry, a fit that stopped or one asked about with “if” is not',
    emergencies: [
      ['es', 'mi abuela no deja de convulsionar'],
      ['es', 'el niño no deja de convulsionar desde hace 5 minutos'],
      ['pt', 'minha filha nao para de convulsionar'],
      ['fr', "ma fille n'arrête pas de convulser"],
      ['it', 'mio padre non smette di avere convulsioni'],
      ['de', 'der Krampfanfall hört nicht auf'],
      ['de', 'der Anfall hört seit 6 Minuten nicht auf'],
      ['ro', 'convulsiile nu se opresc'],
      ['tr', 'çocuğun nöbeti durmuyor'],
      ['tr', 'oğlumun havalesi geçmiyor'],
      ['ar', 'التشنجات لا تتوقف'],
      ['fa', 'تشنجش قطع نمی‌شود'],
      ['uk', 'судоми не припиняються'],
      ['nl', 'de toeval stopt niet'],
      ['tl', 'ang anak ko hindi tumitigil ang kombulsyon'],
      ['tl', 'ang anak ko nangingisay at hindi tumitigil'],
      ['ru', 'у сына судороги не прекращаются, он без сознания'],
      ['tr', 'annemin epilepsi nöbeti durmuyor, bilinci yok'],
      ['tr', 'babam titreyerek yere düştü, nöbeti geçmiyor'],
      ['it', 'mio figlio non smette di avere crisi epilettiche'],
    ],
    lookAlikes: [
      ['es', 'si no para de convulsionar, ¿qué hago?'],
      ['es', 'ayer tuvo una convulsión pero ya paró y está bien'],
      ['es', 'mi bebé no para de llorar'],
      ['pt', 'que fazer se a convulsão não passar em 5 minutos?'],
      ['pt', 'a crise de ansiedade não passa'],
      ['fr', "mon bébé n'arrête pas de pleurer"],
      ['fr', 'que faire si la crise ne s’arrête pas ?'],
      ['it', 'il bambino non smette di piangere'],
      ['it', 'cosa fare se le convulsioni non si fermano dopo 5 minuti?'],
      ['de', 'mein Baby hört nicht auf zu weinen'],
      ['de', 'was tun, wenn der Anfall nicht aufhört?'],
      ['ro', 'tusea nu se opreste'],
      ['tr', 'öksürüğüm durmuyor'],
      ['tl', 'hindi tumitigil ang ubo niya'],
      ['ar', 'السعال لا يتوقف'],
      ['uk', 'судоми в литці не минають після пробіжки'],
      ['tr', 'hastanede nöbetim bitmiyor, çok yorgunum, baş ağrım var'],
      ['tr', 'bacağımdaki kasılma geçmiyor, koşudan sonra başladı'],
      ['it', 'mia figlia non smette di avere crisi di pianto da quando è nato il fratellino'],
      ['it', "non la finisce con le crisi d'ansia prima degli esami, come posso aiutarla?"],
      ['de', 'ich habe Krämpfe und sie hören nicht auf, wie jeden Monat bei meiner Periode'],
      ['nl', 'mijn kuit blijft maar krampen na het hardlopen'],
    ],
  },
  {
    kind: 'a bleed that will not stop, told with the language’s negated “stop”; a cough or a nosebleed that stopped is not',
    emergencies: [
      ['fr', "mon fils s'est coupé et ça n'arrête pas de saigner"],
      ['fr', "le sang ne s'arrête pas, j'ai mis un torchon"],
      ['pt', 'cortou o dedo e o sangue não para'],
      ['pt', 'o sangue não estanca de jeito nenhum'],
      ['it', 'il sangue non si ferma dal taglio'],
      ['de', 'die Blutung hört einfach nicht auf'],
      ['ru', 'кровь из раны не останавливается'],
      ['fa', 'خون بند نمی‌شود'],
      ['nl', 'bloed stopt niet'],
      ['nl', 'mijn zoon blijft maar bloeden uit zijn hoofd'],
      ['nl', 'de wond is diep en het bloed stopt niet'],
      ['ru', 'кровотечение из раны не прекращается'],
      ['uk', 'кровотеча не зупиняється вже годину'],
      ['fa', 'خونریزی دستش بند نمیاد'],
      ['es', 'la sangre de la herida no para, he empapado dos toallas'],
    ],
    lookAlikes: [
      ['es', 'la hemorragia nasal ya paró'],
      ['pt', 'meu filho não para de tossir'],
      ['fr', "il n'arrête pas de tousser depuis hier"],
      ['de', 'der Husten hört nicht auf'],
      ['ru', 'кашель не прекращается уже неделю'],
      ['nl', 'hoest stopt niet'],
      ['fa', 'سرفه‌ام قطع نمی‌شود'],
      ['nl', 'de wond op mijn knie stopt niet met jeuken, hij geneest goed'],
      ['fa', 'صدای بچه های خونه بغلی تموم نمیشه، سرم درد گرفته'],
      ['es', 'la sangre de la regla no para del todo, es el tercer día, lo normal para mí'],
      ['ru', 'кровать скрипит и не перестаёт, соседи жалуются'],
    ],
  },
  {
    kind: 'Chinese: “sorry” and “excuse me” negate nothing; an emergency after them is read, a question after them is not',
    emergencies: [
      ['zh', '对不起，孩子呼吸很困难，嘴唇发紫'],
      ['zh', '对不起打扰了，我老公突然倒地叫不醒'],
    ],
    lookAlikes: [
      ['zh', '对不起，我想问一下孩子发烧38度怎么办'],
      ['zh', '不好意思，请问感冒吃什么药'],
    ],
  },
  {
    kind: 'German: fetal movements told as one word at 33 weeks; early weeks and normal movements are not',
    emergencies: [
      ['de', '33. SSW, seit heute morgen keine Kindsbewegungen mehr'],
      ['de', '33. SSW und keine Kindsbewegungen seit gestern'],
    ],
    lookAlikes: [
      ['de', 'ich bin in der 12. Woche, Kindsbewegungen spürt man noch nicht, oder?'],
      ['de', '33. SSW, Kindsbewegungen ganz normal'],
    ],
  },
  {
    kind: 'Portuguese: oneself at the edge of a roof told alone; a roofer, a photo or a pool’s edge is not',
    emergencies: [
      ['pt', 'to na beira do telhado'],
      ['pt', 'tô na beira do telhado e vou pular'],
    ],
    lookAlikes: [
      ['pt', 'to no telhado consertando a calha'],
      ['pt', 'to na beira do telhado tirando foto do por do sol'],
      ['pt', 'to na beira da piscina'],
    ],
  },
  {
    kind: 'a throat closing after a food or a sting, in dialect and mixed with English; a sore or nervous throat is not',
    emergencies: [
      ['zh', '在游泳班吃了同学的花生饼干，现在全身起红疹，嘴唇肿，说喉咙很紧'],
      ['zh', '孩子吃了花生，喉咙很紧，嘴唇肿了'],
      [
        'de',
        'Bi grad vo ere Wäschpi gstoche worde, jetzt schwillt mer d Zunge a und i cha fast nüm schlucke, überall Quaddle',
      ],
      ['ar', 'أكلت فول سوداني وحلقي بيتسكر'],
      ['tl', 'kumain ako ng hipon at parang sumasara ang lalamunan ko'],
    ],
    lookAlikes: [
      ['zh', '我有点紧张，喉咙很干'],
      ['zh', '孩子吃了同学的花生酱三明治，没什么反应，正常吗'],
      ['de', 'Mini Zunge isch e chli wund vom heisse Kafi'],
      ['ar', 'حلقي بيوجعني من البرد'],
      ['tl', 'masakit ang lalamunan ko at may ubo'],
      ['tl', 'sumisikip ang dibdib ko pag umaakyat ng hagdan'],
    ],
  },
  {
    kind: 'self-harm told as a goodbye letter, an end told beside its means, a whole box swallowed; a goodbye to colleagues, work finished, a career ended and prescribed pills are not',
    emergencies: [
      ['ar', 'اكلت كل حبوب المنوم'],
      ['ar', 'كتبت رسالة وداع، الليلة بخلص من حياتي'],
      ['uk', 'я вже написала прощального листа, сьогодні все закінчу'],
      ['hi', 'main aaj raat sab khatam kar dunga, rassi le aaya hoon'],
    ],
    lookAlikes: [
      ['ar', 'كتبت رسالة وداع لزملائي في الشغل'],
      ['ar', 'بدي انهي حياتي المهنية واتقاعد'],
      ['uk', 'я написала прощального листа колегам на роботі'],
      ['uk', 'сьогодні все закінчу з роботою'],
      ['hi', 'aaj sab khatam kar dunga kaam'],
    ],
  },
  {
    kind: 'a cloth soaked with blood or blood in a jet; a period pad, sweat, rain and a fountain are not',
    emergencies: [
      ['fr', 'la serviette est trempée de sang'],
      ['it', 'ho inzuppato due asciugamani di sangue'],
      ['ar', 'الدم بيطلع نافورة من ايده'],
      ['zh', '毛巾都被血浸透了'],
      ['ja', 'タオルが血でびっしょり'],
      ['hi', 'खून की धार निकल रही है'],
      ['hi', 'तौलिया खून से भीग गया'],
      ['tr', 'havlu kanla sırılsıklam oldu'],
      ['tl', 'tumutulo ang dugo, basang-basa na ang tuwalya'],
      ['vi', 'khăn thấm đầy máu'],
    ],
    lookAlikes: [
      ['fr', 'ma serviette hygiénique est trempée de sang, règles abondantes?'],
      ['fr', 'mon tee-shirt est trempé de sueur'],
      ['it', 'la maglietta è inzuppata di sudore'],
      ['zh', '衣服被汗湿透了'],
      ['ja', 'タオルが汗でびっしょり'],
      ['hi', 'तौलिया पानी से भीग गया'],
      ['tr', 'havlu yağmurdan sırılsıklam oldu'],
      ['tl', 'basang-basa ang damit ko sa ulan'],
      ['ar', 'النافورة في الحديقة جميلة'],
    ],
  },
  {
    kind: 'German: household products a child swallows, one word each; buying them is not',
    emergencies: [
      ['de', 'mein Sohn hat Spülmaschinentabs gegessen'],
      ['de', 'die Kleine hat an einer Waschmittelkapsel gebissen und geschluckt'],
    ],
    lookAlikes: [
      ['de', 'wo kauft man gute Spülmaschinentabs?'],
      ['de', 'die Spülmaschinentabs sind leer, muss einkaufen'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language kinds of session 59', KINDS);
