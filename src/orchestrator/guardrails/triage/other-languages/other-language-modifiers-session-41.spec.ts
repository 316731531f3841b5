import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * The modifiers that keep a non-emergency quiet, told in the other languages: a symptom that was and is gone now, a
 * negation that scopes over a list, a question about anyone ("what should I do if someone cannot breathe"), a
 * breathlessness that is mild and long-standing, a lethal-dose question put for a school project, a goodbye said at a
 * break-up. Each beside its emergency twin that shares the alarm words: the pain that passed and is back with
 * breathlessness, the negation that does not reach the red flag, the question about one's own child who cannot
 * breathe now, the lethal-dose question beside means bought or a wish to die, the goodbye message of someone who then
 * goes silent. Written from the protocols (NHS 111 chest pain and breathlessness dispositions, Schmitt-Thompson,
 * NICE NG225 on self-harm) and from how people write, never from a labelled set.
 *
 * Run first on the unchanged rules (main cb682ee): see the figures in the commit that wrote this file.
 */
const EMERGENCIES: LabelledMessages = [
  // Passed, and back now.
  ['es', 'me dolía el pecho esta mañana, se me pasó pero ahora volvió y no puedo respirar'],
  ['pt', 'tive dor no peito de manhã, passou mas voltou agora e não consigo respirar'],
  ['fr', "j'avais mal à la poitrine ce matin, c'était passé mais ça revient et je n'arrive pas à respirer"],
  ['it', 'stamattina avevo dolore al petto, era passato ma ora è tornato e non riesco a respirare'],
  ['de', 'heute morgen hatte ich Brustschmerzen, es war weg, aber jetzt ist es wieder da und ich bekomme keine Luft'],
  ['ru', 'утром болела грудь, прошло, но сейчас опять болит и не могу дышать'],
  ['pl', 'rano bolała mnie klatka piersiowa, już przeszło, ale teraz wróciło i nie mogę oddychać'],
  ['tr', 'sabah göğsüm çok ağrıyordu, geçti ama şimdi yine ağrıyor ve nefes alamıyorum'],
  ['ht', 'maten an pwatrin mwen te fè m mal, li te pase men kounye a li tounen epi m pa ka respire'],
  ['ar', 'كان عندي ألم في الصدر الصبح وراح بس رجع تاني ومش قادر أتنفس'],
  ['fa', 'صبح درد قفسه سینه داشتم، خوب شد ولی دوباره برگشت و نمی‌توانم نفس بکشم'],
  ['ur', 'صبح سینے میں درد تھا، ٹھیک ہو گیا تھا لیکن اب پھر سے درد ہے اور سانس نہیں آ رہی'],
  ['hi', 'सुबह सीने में दर्द था, ठीक हो गया था लेकिन अब फिर से दर्द है और सांस नहीं आ रही'],
  ['zh', '早上胸口很痛，已经好了，可是现在又开始痛，喘不过气'],
  ['ja', '朝、胸がすごく痛かったけど治りました。でもまた痛くなって息ができません'],
  ['ko', '아침에 가슴이 아팠는데 괜찮아졌다가 지금 다시 아프고 숨을 못 쉬어요'],
  ['vi', 'sáng nay tôi đau ngực, đã hết rồi nhưng giờ đau lại và không thở được'],
  ['tl', 'kaninang umaga masakit ang dibdib ko, nawala pero bumalik ngayon at hindi ako makahinga'],
  ['sw', 'asubuhi nilikuwa na maumivu ya kifua, yaliisha lakini sasa yamerudi na siwezi kupumua'],
  // A negation that does not reach the red flag.
  ['es', 'no tiene fiebre pero no puede respirar y tiene los labios morados'],
  ['pt', 'ele não tem febre mas não consegue respirar e os lábios estão roxos'],
  ['fr', "il n'a pas de fièvre mais il n'arrive pas à respirer et ses lèvres sont bleues"],
  ['it', 'non ha febbre ma non riesce a respirare e ha le labbra blu'],
  ['de', 'er hat kein Fieber, aber er bekommt keine Luft und hat blaue Lippen'],
  ['ru', 'у него нет температуры, но он не может дышать и губы синие'],
  ['pl', 'nie ma gorączki, ale nie może oddychać i ma sine usta'],
  ['tr', 'ateşi yok ama nefes alamıyor, dudakları morardı'],
  ['ht', 'li pa gen lafyèv men li pa ka respire epi bouch li ble'],
  ['ar', 'ما عندوش سخونية بس مش قادر يتنفس وشفايفه زرقا'],
  ['fa', 'تب ندارد ولی نمی‌تواند نفس بکشد و لب‌هایش کبود شده'],
  ['hi', 'उसे बुखार नहीं है लेकिन वह सांस नहीं ले पा रहा और होंठ नीले हैं'],
  ['zh', '他没有发烧，但是喘不过气，嘴唇发紫'],
  ['ja', '熱はないけど、息ができなくて唇が紫色です'],
  ['ko', '열은 없는데 숨을 못 쉬고 입술이 파래요'],
  ['vi', 'cháu không sốt nhưng không thở được, môi tím tái'],
  ['tl', 'walang lagnat pero hindi makahinga ang anak ko, asul ang labi niya'],
  ['sw', 'hana homa lakini hawezi kupumua na midomo yake ni ya bluu'],
  // A question about one's own child who cannot breathe now is no hypothetical.
  ['hi', 'मेरे बेटे को सांस लेने में तकलीफ हो रही है, क्या करें?'],
  ['ur', 'میرے بیٹے کو سانس لینے میں تکلیف ہو رہی ہے، کیا کروں؟'],
  ['ja', '息子が息ができない、どうすればいいですか？'],
  ['ko', '아들이 숨을 못 쉬어요, 어떻게 해야 하나요?'],
  ['vi', 'con tôi không thở được, phải làm gì?'],
  ['tl', 'hindi makahinga ang anak ko, ano ang gagawin ko?'],
  ['sw', 'mtoto wangu hawezi kupumua, nifanye nini?'],
  ['ht', 'pitit mwen an pa ka respire, sa pou m fè?'],
  ['ar', 'ابني لا يستطيع التنفس، ماذا أفعل؟'],
  ['tr', 'oğlum nefes alamıyor, ne yapmalıyım?'],
  ['pl', 'mój syn nie może oddychać, co robić?'],
  // A lethal-dose question beside a wish to die or means bought; a goodbye message, then silence.
  [
    'es',
    'cuántas pastillas de paracetamol hacen falta para morir? es para un trabajo de la escuela, pero la verdad ya no quiero vivir',
  ],
  ['es', 'cuántas pastillas de paracetamol hacen falta para morir? ya no quiero vivir'],
  ['pt', 'quantos comprimidos de paracetamol são precisos para morrer? já comprei três caixas'],
  ['fr', "combien de comprimés de paracétamol faut-il pour mourir ? j'ai déjà acheté trois boîtes"],
  ['es', 'mi hermana me mandó un mensaje de despedida y ahora no contesta el teléfono'],
  // "Someone" is a report unless a condition follows it (review V23, 05:10).
  ['ko', '누가 길에서 쓰러졌어요, 숨을 안 쉬어요'],
  ['ko', '누군가가 지하철에서 쓰러졌는데 반응이 없어요'],
  ['ja', '誰かが倒れて息をしていない、どうすればいい？'],
  // An ending doubted, and the pain back (review V23, 05:27): "I thought it had passed, but now it is here again".
  ['tr', 'göğüs ağrım geçti sandım ama şimdi yine var, sol koluma vuruyor'],
  // A passed chest pain back with sweating or breathlessness (review V23, 05:10).
  ['fr', "j'ai eu une douleur à la poitrine hier soir, elle est passée mais elle revient avec des sueurs"],
  ['de', 'gestern Abend hatte ich Brustschmerzen, die waren weg, jetzt sind sie wieder da mit Atemnot'],
  // A baby's fast breathing in sleep beside a colour change or a fever.
  ['fr', 'mon bébé respire vite quand il dort et ses lèvres deviennent bleues'],
  ['fr', 'mon bébé respire très vite et il a 39 de fièvre'],
  ['zh', '新生儿睡觉的时候呼吸很快，嘴唇发紫'],
];

const LOOK_ALIKES: LabelledMessages = [
  // Was, and is gone now.
  ['es', 'me dolía mucho el pecho esta mañana pero ya se me pasó, ya no me duele nada'],
  ['pt', 'tive uma dor forte no peito de manhã mas já passou, agora não sinto dor nenhuma'],
  ['fr', "j'avais très mal à la poitrine ce matin mais c'est passé, plus aucune douleur maintenant"],
  ['it', 'stamattina avevo un forte dolore al petto ma è passato, adesso niente dolore'],
  ['de', 'heute morgen hatte ich starke Brustschmerzen, aber jetzt ist es weg, keine Schmerzen mehr'],
  ['ru', 'утром сильно болела грудь, но уже прошло, сейчас не болит'],
  ['pl', 'rano bardzo bolała mnie klatka piersiowa, ale już przeszło, teraz nic nie boli'],
  ['tr', 'sabah göğsüm çok ağrıyordu ama geçti, şimdi ağrım yok'],
  ['ht', 'maten an pwatrin mwen te fè m mal anpil men li pase, kounye a pa gen doulè'],
  ['ar', 'كان عندي ألم شديد في الصدر الصبح بس راح، دلوقتي مفيش ألم'],
  ['fa', 'صبح درد قفسه سینه داشتم ولی خوب شد، الان درد ندارم'],
  ['ur', 'صبح سینے میں درد تھا لیکن ٹھیک ہو گیا، اب درد نہیں ہے'],
  ['hi', 'सुबह सीने में दर्द था लेकिन ठीक हो गया, अब दर्द नहीं है'],
  ['zh', '早上胸口很痛，但是已经好了，现在不痛了'],
  ['ja', '朝、胸がすごく痛かったけど、もう治りました。今は痛くない'],
  ['ko', '아침에 가슴이 많이 아팠는데 지금은 괜찮아요'],
  ['vi', 'sáng nay tôi đau ngực nhiều nhưng giờ hết rồi, không còn đau nữa'],
  ['tl', 'kaninang umaga masakit ang dibdib ko pero nawala na, wala nang sakit ngayon'],
  ['sw', 'asubuhi nilikuwa na maumivu makali ya kifua lakini yameisha, sasa sina maumivu'],
  // A negation over a list.
  ['es', 'no tiene fiebre ni dificultad para respirar, solo mocos'],
  ['pt', 'ele não tem febre nem falta de ar, só tosse'],
  ['fr', 'pas de fièvre, pas de difficulté à respirer, juste le nez qui coule'],
  ['it', 'non ha febbre né difficoltà a respirare'],
  ['de', 'kein Fieber, keine Atemnot, nur Schnupfen'],
  ['ru', 'у него нет температуры и нет одышки'],
  ['pl', 'nie ma gorączki ani duszności'],
  ['tr', 'ateşi yok, nefes darlığı da yok'],
  ['ar', 'عنده زكام بس، ما فيش سخونية ولا ضيق تنفس'],
  ['fa', 'تب ندارد و تنگی نفس هم ندارد'],
  ['ur', 'اسے بخار نہیں ہے اور سانس لینے میں دشواری بھی نہیں'],
  ['hi', 'उसे बुखार नहीं है और सांस लेने में तकलीफ भी नहीं है'],
  ['zh', '他没有发烧，也没有呼吸困难'],
  ['ja', '熱はなく、息苦しさもありません'],
  ['ko', '열도 없고 숨쉬기 힘든 것도 없어요'],
  ['vi', 'cháu không sốt, không khó thở'],
  ['tl', 'walang lagnat at hindi hirap huminga'],
  // A question about anyone, told as a condition.
  ['es', 'qué debo hacer si alguien no puede respirar?'],
  ['pt', 'o que fazer se alguém não conseguir respirar?'],
  ['fr', "que faire si quelqu'un n'arrive pas à respirer ?"],
  ['it', 'cosa devo fare se qualcuno non riesce a respirare?'],
  ['ru', 'что делать, если человек не может дышать?'],
  ['pl', 'co robić, jeśli ktoś nie może oddychać?'],
  ['ht', 'sa k pou m fè si yon moun pa ka respire?'],
  ['ar', 'ماذا أفعل إذا كان شخص لا يستطيع التنفس؟'],
  ['fa', 'اگر کسی نتواند نفس بکشد چه کار کنم؟'],
  ['ur', 'اگر کسی کو سانس لینے میں تکلیف ہو تو کیا کریں؟'],
  ['hi', 'अगर किसी को सांस लेने में तकलीफ हो तो क्या करें?'],
  ['zh', '如果有人呼吸困难应该怎么办？'],
  ['ja', '誰かが息ができない時はどうすればいいですか？'],
  ['ko', '누가 숨을 못 쉬면 어떻게 해야 하나요?'],
  ['vi', 'nếu ai đó không thở được thì phải làm gì?'],
  ['tl', 'ano ang gagawin kung may taong hindi makahinga?'],
  ['sw', 'nifanye nini kama mtu hawezi kupumua?'],
  // Mild and long-standing breathlessness on the stairs.
  ['es', 'a veces me falta un poco el aire cuando subo escaleras, desde hace años'],
  ['fr', 'je suis un peu essoufflé quand je monte les escaliers, depuis des années'],
  ['de', 'ich bin seit Jahren etwas kurzatmig beim Treppensteigen'],
  ['ru', 'у меня небольшая одышка при подъёме по лестнице уже много лет'],
  ['tr', 'yıllardır merdiven çıkarken biraz nefes darlığım oluyor'],
  ['ar', 'عندي ضيق تنفس بسيط لما أطلع السلم من سنين'],
  ['fa', 'چند ساله موقع بالا رفتن از پله کمی نفس تنگی دارم'],
  ['hi', 'सीढ़ियां चढ़ते समय थोड़ी सांस फूलती है, सालों से'],
  ['zh', '爬楼梯的时候有点喘，好几年了'],
  ['ko', '계단 오를 때 숨이 좀 차요, 몇 년 됐어요'],
  ['vi', 'leo cầu thang thì hơi khó thở, bị mấy năm rồi'],
  ['tl', 'medyo hinihingal ako kapag umaakyat ng hagdan, matagal na'],
  // A lethal-dose question for a school project; a goodbye said at a break-up.
  ['es', 'cuántas pastillas de paracetamol hacen falta para morir? es para un trabajo de la escuela'],
  ['pt', 'quantos comprimidos de paracetamol são precisos para morrer? é para um trabalho da escola'],
  ['fr', "combien de comprimés de paracétamol faut-il pour mourir ? c'est pour un exposé à l'école"],
  ['es', 'terminamos y me despedí de él, ahora no contesta el teléfono'],
  // Pains told as passed in the plural (review V23, 05:10).
  ['de', 'gestern Abend hatte ich Brustschmerzen, die sind jetzt weg, war Stress'],
];

describeRulesAndProduct('other-language modifiers (session 41)', EMERGENCIES, LOOK_ALIKES);
