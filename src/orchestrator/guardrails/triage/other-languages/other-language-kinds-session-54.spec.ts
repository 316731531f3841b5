import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 54 (T87): emergencies told in other languages that the lexicons left unread, written from the protocols in
 * each language's own words, never from a labelled set, each with look-alikes that share its words:
 * - Hindi: a hanging tried ("फांसी लगाने की कोशिश"), one's own life taken or given up ("अपनी जान दे देगा", "apni jaan le
 *   lungi") and many sleeping pills swallowed ("बहुत सारी नींद की गोलियां खा लीं"); a death sentence, a film's hero, a life
 *   given for someone, a team or a project, and sweets eaten with the count not known (a false alarm of main), are not;
 *   tablets found beside a sweets box still are;
 * - romanised Hindi: no longer a burden beside a job found or looked for is no goodbye (a false alarm of main);
 * - Portuguese: a hanging tried or done, not in a film or a novel, nor a tie that chokes;
 * - Russian: a farewell note left, not one for colleagues at a retirement; Arabic: a farewell letter beside a door locked
 *   or a phone unanswered, not a farewell to colleagues, whatever is closed beside it;
 * - Swahili: an infant's age told in number words ("wa mwezi mmoja", "wa wiki tatu") with a fever (NICE NG143), not a
 *   fever's days ("ana siku tatu") nor a fever denied ("hana homa");
 * - Spanish: a leg, a knee, glass and a towel as words of the language, so a short bleed told in them is read at all;
 *   Italian: blood "che esce a fiotti", and a bleed after birth told by pads soaked in an hour;
 * - Portuguese: a light bleed in pregnancy that the doctor saw ("sangramento leve", "o médico disse que está tudo bem");
 * - Chinese: froth at the mouth beside a fit or a collapse, not toothpaste or a dog; Vietnamese: froth beside a fit;
 *   French: a drain cleaner named by its use; Vietnamese: a whole bottle of syrup drunk by a child;
 * - Portuguese, Arabic and Turkish: an infant's nappy dry for hours, never a nappy dry just now;
 * - German: a cleaner named by its compound ("Backofenreiniger") splashed into the eye;
 * - Ukrainian, read beside Russian in its own words: breath, blood vomited or not stopping, someone who does not come
 *   round, a fit, a face drooping, a wish to die, pills swallowed, a sting, a head struck and an infant's age; thoughts
 *   of suicide denied, and a finding told over ("сьогодні все добре"), stay quiet.
 * The reviewer's (V36, 20:38, 20:56 and 21:13) lost emergencies and false alarms of the first draft are among them. On the rules of main
 * (51473736) the product flagged 11 of the 52 emergencies and kept 50 of the 56 look-alikes quiet; after, all of them.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: "Hindi: a hanging tried, one's own life taken or given up, many sleeping pills swallowed (NICE NG225, TOXBASE); a death sentence, a life given for someone, sweets counted are not",
    emergencies: [
      ['hi', 'हमारी बेटी ने फांसी लगाने की कोशिश की'],
      ['hi', 'मेरा भाई कह रहा है कि वो अपनी जान दे देगा'],
      ['hi', 'मैंने आज बहुत सारी नींद की गोलियां खा लीं'],
      ['hi', 'पापा ने कल रात पंखे से फंदा लगा लिया था, अभी अस्पताल ले जा रहे हैं'],
      ['hi', 'मिठाई के डिब्बे के पास दवा का पत्ता खुला मिला, पता नहीं कितनी खाईं, बेटा बहुत सो रहा है'],
    ],
    lookAlikes: [
      ['hi', 'अदालत ने उसे फांसी की सजा सुनाई'],
      ['hi', 'मैं तुम्हारे लिए अपनी जान दे दूंगा'],
      ['hi', 'देश के लिए सैनिकों ने अपनी जान दे दी'],
      ['hi', 'मैंने आज मिठाई खा ली, पता नहीं कितनी खाईं'],
      ['hi', 'बच्चों ने शादी में लड्डू खाए, पता नहीं कितने खाए'],
      ['hi', 'फिल्म में हीरो ने फांसी लगा ली, बहुत दुखद था'],
      ['hi', 'मैं इस प्रोजेक्ट को पूरा करने में अपनी जान दे दूंगा'],
    ],
  },
  {
    kind: "romanised Hindi: one's own life to be taken (NICE NG225); a life given for someone, and no longer a burden beside a job or studies, are not",
    emergencies: [
      ['hi', 'mai apni jaan le lungi, ab aur nahi hota'],
      ['hi', 'bhai bol raha hai wo apni jaan de dega aaj raat'],
      ['hi', 'meri behen ne kaha wo apni zindagi khatam kar legi'],
    ],
    lookAlikes: [
      ['hi', 'main tere liye apni jaan de dunga yaar'],
      ['hi', 'main apni jaan de dunga apni team ki jeet ke liye'],
      ['hi', 'main kisi pe burden nahi banungi, job dhoondh rahi hoon'],
      ['hi', 'ab main kisi pe bojh nahi banungi, naukri lag gayi hai'],
    ],
  },
  {
    kind: 'Portuguese: a hanging tried or done (NICE NG225), not a tie that chokes or a character in a film',
    emergencies: [
      ['pt', 'minha mãe tentou se enforcar'],
      ['pt', 'meu irmão se enforcou no quarto, a gente cortou a corda e ele tá respirando fraco'],
      ['pt', 'achei meu filho enforcado na garagem'],
    ],
    lookAlikes: [
      ['pt', 'a gravata tá me enforcando de tão apertada'],
      ['pt', 'o personagem se enforcou no filme, chorei muito'],
      ['pt', 'essa novela tem uma cena em que ele tenta se enforcar, achei pesada'],
    ],
  },
  {
    kind: 'Russian: a farewell note left (NICE NG225), not one left for colleagues at a retirement',
    emergencies: [
      ['ru', 'дочь оставила прощальную записку'],
      ['ru', 'муж оставил прощальное письмо и не берет трубку'],
      ['ru', 'сын оставил прощальную записку на столе и ушел из дома'],
    ],
    lookAlikes: [
      ['ru', 'коллеги оставили прощальное письмо на пенсию начальнику'],
      ['ru', 'учитель оставил прощальное письмо школе, когда уходил на пенсию'],
      ['ru', 'я оставила записку соседке, что приду позже'],
    ],
  },
  {
    kind: 'Arabic: a farewell letter beside a door locked or a phone unanswered (NICE NG225), not a farewell to a colleague',
    emergencies: [
      ['ar', 'اختي كتبت رسالة وداع وقفلت على نفسها الباب'],
      ['ar', 'جوزي ساب رسالة وداع وتليفونه مقفول من الصبح'],
      ['ar', 'ابني كتب رسالة وداع على الفيسبوك ومش بيرد علينا'],
    ],
    lookAlikes: [
      ['ar', 'كتبت رسالة وداع لزميلتي في الشغل لأنها سابت الشركة'],
      ['ar', 'كتبنا رسالة وداع للمدرسة في آخر يوم'],
      ['ar', 'المحل مقفول النهارده، هروح بكرة'],
      ['ar', 'كتبت رسالة وداع لزملائي لأني تركت الشغل، والمكتب صار مقفول'],
    ],
  },
  {
    kind: "Swahili: an infant's age in number words with a fever (NICE NG143), not an older child or a fever weeks ago",
    emergencies: [
      ['sw', 'mtoto wangu wa mwezi mmoja ana homa kali'],
      ['sw', 'mtoto wa wiki tatu ana homa'],
      ['sw', 'mtoto wangu ana umri wa miezi miwili na ana homa ya 38.5'],
    ],
    lookAlikes: [
      ['sw', 'mtoto wangu wa miaka mitatu ana homa kidogo'],
      ['sw', 'alikuwa na homa wiki mbili zilizopita, sasa yuko sawa'],
      ['sw', 'mtoto wangu wa miezi sita anacheza vizuri, hana homa'],
      ['sw', 'mwanangu wa miaka minne ana homa, ana siku tatu sasa lakini anakula na kucheza'],
      ['sw', 'mtoto wangu wa mwezi mmoja ana mafua kidogo, ananyonya vizuri, hana homa'],
    ],
  },
  {
    kind: 'Spanish, Italian: a bleed that will not stop or spurts, told in a few words (NHS 111: major bleeding), not a leg that aches or a nick',
    emergencies: [
      ['es', 'se cortó la pierna con un vidrio y no para de sangrar, ya empapó la toalla'],
      ['es', 'se abrió la rodilla con un vidrio y no para de sangrar'],
      ['it', 'si è tagliato con la flex, sangue che esce a fiotti'],
      ['it', "dopo il parto perdo tantissimo sangue, ho riempito tre assorbenti in un'ora"],
    ],
    lookAlikes: [
      ['es', 'mi pierna me duele un poco desde ayer al caminar'],
      ['es', 'se me rompió un vidrio de la ventana, nadie se cortó'],
      ['it', 'mi sono tagliato un dito col coltello, due gocce di sangue e basta'],
    ],
  },
  {
    kind: 'Portuguese, French: a light bleed in pregnancy that the doctor saw (RCOG) is no emergency; a heavy one, or a baby who stopped breathing, is',
    emergencies: [
      ['pt', 'grávida de 12 semanas, sangramento forte com coágulos agora'],
      ['fr', 'enceinte de 3 mois, je saigne beaucoup avec des caillots'],
      ['fr', 'mon bébé a arrêté de respirer, plus rien maintenant, il est tout bleu'],
      ['fr', 'je suis enceinte de 8 semaines et je perds du sang rouge depuis ce matin, beaucoup'],
    ],
    lookAlikes: [
      ['pt', 'grávida de 12 semanas, tive um sangramento leve semana passada e o médico disse que está tudo bem'],
      ['pt', 'grávida de 10 semanas, um sangramento bem leve, a obstetra falou que está tudo normal'],
    ],
  },
  {
    kind: 'Chinese, Vietnamese: a fit told with froth at the mouth (NICE NG217), not froth on milk or a cough',
    emergencies: [
      ['zh', '孩子抽搐了，口吐白沫'],
      ['zh', '爷爷突然倒地，口吐白沫，叫不醒'],
      ['vi', 'con tôi co giật, sùi bọt mép'],
    ],
    lookAlikes: [
      ['zh', '咖啡上面有白沫，是牛奶打的'],
      ['zh', '孩子咳嗽，吐了一点痰，精神很好'],
      ['zh', '刷牙的时候嘴里有白沫，这正常吗'],
      ['zh', '小狗口吐白沫怎么办'],
      ['vi', 'con tôi uống sữa xong bị nấc cụt, vẫn chơi bình thường'],
    ],
  },
  {
    kind: 'French, Vietnamese: a drain cleaner named by its use and a whole bottle of syrup drunk by a child (NPIS), not the product bought or a bottle of water',
    emergencies: [
      ['fr', 'mon fils a bu du produit pour déboucher les toilettes'],
      ['vi', 'em bé uống hết chai siro hạ sốt'],
      ['vi', 'bé nuốt hết vỉ thuốc của bà'],
    ],
    lookAlikes: [
      ['fr', "j'ai acheté du produit pour déboucher l'évier"],
      ['vi', 'bé uống siro ho theo đơn bác sĩ'],
      ['vi', 'con uống hết chai nước rồi'],
    ],
  },
  {
    kind: "Portuguese, Arabic, Turkish: an infant's nappy dry for hours (NICE NG143, WHO IMCI), not a nappy dry just now or a child dry at night",
    emergencies: [
      ['pt', 'o bebê não molha a fralda desde ontem'],
      ['ar', 'البيبي من امبارح ما عملش حمام والحفاض ناشف'],
      ['tr', 'bebek çok halsiz, emmiyor, sabahtan beri altı kuru'],
      ['tr', 'bebeğim 2 aylık, sabahtan beri bezi kuru ve çok uykulu'],
    ],
    lookAlikes: [
      ['pt', 'ele não faz xixi na cama desde os 4 anos'],
      ['ar', 'الحفاض ناشف والحمد لله البيبي كويس'],
      ['tr', 'bebeğin altı kuru, yeni değiştirdim'],
      ['tr', '3 yaşındaki oğlum tuvalet eğitiminde, sabahtan beri çiş yapmadı ama oynuyor'],
      // Review V36 at the merge: an older child's nappy dry for hours is toilet training (two years or more, or the
      // toilet used alone); a baby of months with a dry nappy and sleepy stays an emergency above.
      ['ar', 'بنتي عمرها سنتين، الحفاض ناشف من الصبح لأنها صارت تروح الحمام لحالها'],
      ['tr', 'kızım 4 yaşında, dünden beri gece bezi kuru, altını ıslatmayı bıraktı'],
      ['pt', 'meu filho de 3 anos já usa o penico, a fralda está seca desde ontem'],
    ],
  },
  {
    kind: 'German: a cleaner named by its compound in the eye (Manchester Triage: chemical eye injury), not a cleaner kept in a cupboard nor tired eyes; Chinese eyes hard to open are no injury',
    emergencies: [
      ['de', 'die Kleine hat Grillreiniger ins Auge bekommen und schreit'],
      ['de', 'er hat Backofenreiniger ins Auge bekommen'],
      ['de', 'mir ist WC-Reiniger ins Auge gespritzt, es brennt höllisch'],
    ],
    lookAlikes: [
      ['zh', '眼睛有点干，睁不开是因为困'],
      ['de', 'ich habe den Backofenreiniger im Schrank, wie benutze ich ihn'],
      ['de', 'mein Auge ist etwas müde vom Bildschirm'],
      ['de', 'Brillenreiniger ins Auge bekommen, ausgespült, jetzt wieder alles gut'],
    ],
  },
  {
    kind: "Ukrainian, read beside Russian: breath, blood, consciousness, a fit, a stroke, a wish to die, pills, a sting, a head struck and an infant's fever in its own words (NHS 111, NICE NG143, NG217, NG225, NG232, BE-FAST); a question with 'якщо', a bleed stopped, cramps from tiredness and dying of laughter are not",
    emergencies: [
      ['uk', "він блює кров'ю"],
      ['uk', 'мама не може дихати, губи посиніли'],
      ['uk', 'тато знепритомнів і не реагує'],
      ['uk', 'у сина почалися судоми, вже 5 хвилин'],
      ['uk', 'у бабусі перекосило обличчя і вона не може говорити'],
      ['uk', 'донька написала що хоче покінчити з собою'],
      ['uk', 'чоловік наковтався таблеток, не можу його розбудити'],
      ['uk', 'вкусила оса, горло набрякло, задихається'],
      ['uk', 'порізав ногу, кров не зупиняється'],
      ['uk', 'дитина впала, вдарилася головою і блює'],
      ['uk', 'немовля 1 місяць, температура 38.5'],
      ['uk', 'у мене думки про самогубство і я купила таблетки'],
    ],
    lookAlikes: [
      ['uk', 'якщо дитина задихається, що робити?'],
      ['uk', 'вчора був кашель, зараз все добре'],
      ['uk', 'порізав палець, кров вже зупинилася'],
      ['uk', 'у дідуся судоми в ногах вночі від втоми'],
      ['uk', 'хочу померти від сміху, таке смішне відео'],
      ['uk', 'я вагітна, все добре, просто питання про вітаміни'],
      ['uk', 'я не думаю про самогубство, просто важкий період'],
      ['uk', 'у мене немає думок про самогубство, просто сумно'],
      ['uk', 'вчора було важко дихати через застуду, сьогодні все добре'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language kinds of session 54', KINDS);
