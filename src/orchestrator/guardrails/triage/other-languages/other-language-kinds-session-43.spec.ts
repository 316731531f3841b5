import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 43 (T53): four kinds the readings got wrong, told in the other languages by different people (chat
 * spelling, romanised scripts, a word of English thrown in), each emergency beside look-alikes that share its words.
 * - A young baby's temperature and the question "from what temperature is it a fever?": a reading normal for the
 *   age asked about as a threshold is a question about a class, not a fever (NICE NG143: fever is 38 C or more; under
 *   three months that is red). The twin is the same baby with 38 C or more.
 * - Time since an event told with its number ("il y a 5 semaines"): bleeding five weeks after a birth is lochia
 *   settling (NHS: up to six weeks), heavy bleeding with clots days after it is a secondary haemorrhage.
 * - Confusion told in everyday words ("बड़बड़ा रहे हैं", "ulta seedha bol raha", "مشوش"): collapse in the heat with
 *   hot dry skin and confusion is heat stroke (NHS 111); tired and sweating and talking normally is exhaustion, and
 *   mumbling in one's sleep is no confusion.
 * - Polish typed plainly, read at all: a fall from a height with legs that cannot be felt (Manchester major trauma /
 *   NHS cauda equina red flags), beside back pain with legs felt and walking.
 * Written from the protocols, never from a labelled set. Run first on the unchanged rules (main 9961355): see the
 * figures in the commit that wrote this file.
 */
const EMERGENCIES: LabelledMessages = [
  // A baby under three months with 38 C or more.
  ['pt', 'meu bebê tem 5 semanas e está com 38,4 de febre, mamando pouco'],
  ['fr', 'ma fille a 7 semaines, elle a 38,5 de fievre et elle tete moins'],
  ['ru', 'малышу 4 недели, температура 38,3, плохо сосет'],
  ['tr', 'bebeğim 5 haftalık, ateşi 38,5, az emiyor'],
  ['ur', 'میرا بچہ 5 ہفتے کا ہے، بخار 38.5 ہے، دودھ کم پی رہا ہے'],
  ['hi', 'मेरा बच्चा 5 हफ्ते का है, बुखार 38.5 है, दूध कम पी रहा है'],
  ['zh', '宝宝5周大，发烧38.5度，吃奶少了'],
  ['ja', '生後5週の赤ちゃんが38.5度の熱があります。ミルクの飲みが悪いです'],
  ['ko', '생후 5주 아기가 열이 38.5도예요. 잘 안 먹어요'],
  ['tl', 'yung baby ko 5 weeks old, may lagnat 38.5, ayaw dumede'],
  ['tl', '5 linggo pa lang ang baby ko, may lagnat 38.5, ayaw dumede'],
  ['tl', 'yung baby ko 3 linggo pa lang, may lagnat 38.2 at matamlay'],
  ['vi', 'con tôi 6 tuần tuổi, sốt 38,6 độ, bú kém'],
  ['it', 'la mia bimba ha 5 settimane e ha 38,5 di febbre, mangia poco'],
  // Review V25 (11:14): the threshold asked beside a reading in the fever range asks about a fever that is there.
  ['pt', 'meu bebê de 6 semanas está com 38,4, a partir de quantos graus é febre?'],
  ['ko', '생후 7주 아기 체온 38.2도인데 몇 도부터 열이에요? 계속 자요'],
  ['zh', '宝宝5周大，体温38.3，多少度算发烧？'],
  // Heavy bleeding days after a birth.
  [
    'fr',
    "j'ai accouché il y a 6 jours et je perds beaucoup de sang, je remplis une serviette par heure avec des caillots",
  ],
  ['es', 'di a luz hace 8 dias y estoy sangrando mucho, empapo una toalla cada hora y me mareo'],
  // Collapse in the heat, hot dry skin, confusion.
  ['hi', 'मेरे पिताजी धूप में काम करते हुए गिर पड़े, शरीर बहुत गरम है, पसीना नहीं आ रहा और बड़बड़ा रहे हैं'],
  ['hi', 'dhoop me kaam karte hue papa gir gaye, body bahut garam, paseena nahi, ulta seedha bol rahe hain'],
  ['ar', 'عامل انهار في الشمس، جسمه حار جدا وما يعرق، مشوش وما يعرف وين هو'],
  // A fall from a height, legs not felt.
  ['pl', 'Szwagier spadl z dachu, lezy i mowi ze boli go kregoslup i nie czuje nog'],
  ['pl', 'kolega spadl z rusztowania, nie rusza nogami i mowi ze ich nie czuje'],
  ['pl', 'spadł z drabiny na plecy i nie czuje nóg, nie może nimi ruszać'],
  // Words the readings left or misread: "bien" as a degree ("bien pálido": very pale), a temperature's own number, bleeding
  // that pressure does not stop told without the blood named again, a second fit with no waking between.
  ['es', 'se desmayo en el baño y no despierta, ya van 5 minutos, esta bien palido'],
  ['ar', 'عامل انهار تحت الشمس، الحرارة 41.1، جلده حار وناشف وما يعرف وين هو'],
  ['ur', 'لڑکا شیشے پر گرا، بازو سے خون بہت تیز نکل رہا ہے، دبانے سے بھی نہیں رک رہا'],
  ['ar', 'عمي جاته نوبة صرع وخلصت وبعدين جاته تاني وما فاقش بينهم'],
  ['es', 'mi compañera tiene fiebre altísima, no puede bajar la barbilla al pecho y le molesta mucho la luz'],
  ['es', 'a mi hijo le picó una abeja, se le hinchan los labios y respira con ruido'],
  ['es', 'me salto desengrasante de hornos al ojo, lo lave un poquito pero arde muchisimo y veo borroso'],
];

const LOOK_ALIKES: LabelledMessages = [
  // A young baby's normal reading, and the threshold asked about.
  ['pt', 'meu bebê tem 5 semanas, temperatura 36,9, mama bem. a partir de quanto é febre?'],
  [
    'pt',
    'minha filha de 7 semanas ta com 37,2 no termometro, mamando e dormindo normal. com quantos graus ja e considerado febre?',
  ],
  [
    'fr',
    "ma fille a 7 semaines, 37,1 sous le bras, elle tete bien. c'est a partir de quelle temperature qu'on parle de fievre ?",
  ],
  ['fr', "bb 1 mois, 36,8 ce matin, boit bien, dort bien. a combien c'est de la fievre chez un nourrisson ?"],
  ['ru', 'моему малышу 4 недели, температура 36,8, хорошо ест. с какой температуры считается жар?'],
  ['tr', 'bebeğim 5 haftalık, ateşi 36,9, iyi emiyor. kaç derece ateş sayılır?'],
  ['tr', 'kizim 2 aylik, derecesi 37,0 cikti, emmesi iyi. bebeklerde kac dereceden sonra ates kabul edilir?'],
  ['ur', 'میرا بچہ 5 ہفتے کا ہے، درجہ حرارت 37 ہے، دودھ ٹھیک پیتا ہے۔ کتنے درجے پر بخار مانا جاتا ہے؟'],
  ['ur', 'beta 6 hafte ka hai, temperature 37.1 hai, doodh theek pee raha hai. kitne par bukhar samjha jata hai?'],
  ['hi', 'मेरा बच्चा 5 हफ्ते का है, तापमान 36.9 है, दूध ठीक पीता है। कितना तापमान होने पर बुखार माना जाता है?'],
  [
    'hi',
    'beti 7 hafte ki hai, thermometer me 37.2 aaya, doodh achhe se pee rahi hai. kitne degree par bukhar hota hai?',
  ],
  ['zh', '宝宝5周大，体温36.9，吃奶正常。多少度算发烧？'],
  ['zh', '我家宝宝40天，腋温37.1，吃奶睡觉都正常，新生儿多少度才算发烧啊'],
  ['ja', '赤ちゃんは生後5週、体温36.9度、よく飲んでいます。何度から熱ですか？'],
  ['ja', '生後6週の娘、37.2度でした。母乳もよく飲みます。赤ちゃんは何度以上が発熱ですか？'],
  ['ko', '생후 6주 아기 체온이 37.2도예요. 분유 잘 먹고 잘 자요. 신생아는 몇 도부터 열이에요?'],
  [
    'tl',
    'yung anak ko 6 weeks, 37.1 sa thermometer, malakas dumede. ilang degrees ba bago masabing may lagnat ang baby?',
  ],
  ['it', 'la mia bimba ha 5 settimane, 36,9 di temperatura, mangia bene. da quanti gradi si parla di febbre?'],
  ['de', 'unser Baby ist 6 Wochen alt, 37,1 gemessen, trinkt gut. ab wann spricht man bei Säuglingen von Fieber?'],
  ['ar', 'بنتي عمرها 6 أسابيع، حرارتها 37.1، بترضع كويس. من كام درجة تعتبر سخونية؟'],
  ['vi', 'con tôi 6 tuần tuổi, nhiệt độ 37,1, bú tốt. bao nhiêu độ thì gọi là sốt?'],
  // Light bleeding weeks after a birth.
  ['fr', "j'ai accouché il y a 5 semaines, j'ai encore des petites pertes de sang, c'est normal?"],
  ['fr', 'accouchement il y a 4 semaines, encore quelques petites pertes marron, pas de fievre. normal ?'],
  ['es', 'hace tres semanas que di a luz y todavía tengo un sangrado ligero, ¿es normal?'],
  // Tired in the heat, sweating, talking normally; mumbling in one's sleep.
  ['hi', 'गर्मी में काम करके थक गया हूँ, पसीना बहुत आ रहा है, पानी पी रहा हूँ, बात ठीक से कर रहा हूँ'],
  ['hi', 'बच्चा रात को नींद में बड़बड़ाता है, बाकी दिन भर ठीक रहता है'],
  ['hi', 'papa neend me ulta seedha bolte hain, subah bilkul theek rehte hain'],
  ['ar', 'اشتغلت في الشمس وتعبت شوي، أعرق كثير وأشرب مي، كلامي طبيعي وأعرف وين أنا'],
  // Back pain after lifting, legs felt, walking.
  ['pl', 'dzwigalem worki, boli mnie kregoslup ale czuje nogi i chodze normalnie'],
  ['pl', 'spadlem z roweru tydzien temu, boli mnie plecy, nogi czuje normalnie'],
  ['pl', 'po treningu nog nie czuje, tak mnie bola miesnie, ale chodze'],
  // Review V25 (11:14): legs "not felt" after a marathon, in the cold, after a day on one's feet: the idiom.
  ['pl', 'po wczorajszym maratonie nie czuję nóg, jak się zregenerować?'],
  ['pl', 'tak zmarzłam na przystanku, że nie czuję nóg, jak się rozgrzać?'],
  ['pl', 'cały dzień na nogach w pracy, wieczorem nie czuję nóg ze zmęczenia'],
  // Fine and a little pale from tiredness; a normal reading; a remote that cannot be found; one fit long ago and well.
  ['es', 'esta bien, solo un poco palido porque no durmio'],
  ['ar', 'الحرارة 37.5 والولد يلعب وياكل'],
  ['ar', 'بابا ما يعرف وين هو الريموت، ضاع من امبارح'],
  ['ar', 'ابني جاته نوبة صرع السنة الماضية وخلصت وما جاته تاني، وهو كويس'],
  ['ur', 'انگلی کٹ گئی تھی، دبانے سے خون رک گیا، پٹی لگا دی'],
  // Review V25 (11:32): a breakdown in tears; a nosebleed that ran fast and stopped with pressure.
  ['ar', 'أختي انهارت من البكاء بعد ما سمعت خبر وفاة جدتي، كيف أساعدها؟'],
  ['ur', 'ناک سے خون تیزی سے بہہ رہا تھا لیکن دبانے سے رک گیا'],
  // A crick turning the neck, a chin that does come down; a blocked nose heard; a drop of soapy water in the eye.
  ['es', 'tiene torticolis por dormir mal, no puede girar el cuello a la derecha, sin fiebre'],
  ['es', 'le duele la garganta pero puede bajar la barbilla al pecho sin problema, sin fiebre'],
  ['es', 'mi bebe respira con ruido por la nariz por los mocos, come bien'],
  ['es', 'me salto un poquito de agua con jabon al ojo, ya lo enjuague y veo bien'],
];

describeRulesAndProduct('other-language kinds (session 43)', EMERGENCIES, LOOK_ALIKES);
