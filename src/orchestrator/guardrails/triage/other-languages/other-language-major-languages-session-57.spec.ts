import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 57 (T103): emergencies inside the 13 told in the big languages (Spanish, Portuguese, Arabic and Arabizi,
 * Hindi and Hinglish, Tagalog, French, Italian, Russian) in the words people type, written from the protocols (NICE NG217
 * and CKS febrile seizure, NICE NG126 and NG133, NICE NG232 head injury, NICE NG225 self-harm, BTS/SIGN asthma, NICE NG143
 * and NG240, Resuscitation Council anaphylaxis, NHS BE-FAST, TOXBASE), never from a labelled set, each with look-alikes
 * that share its words: denied, past, asked, an idiom or an everyday sense. Emergencies must be flagged by the product;
 * look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'Seizures: a second fit, no waking between or after them, a first one; a Sunday lie-in, a fit of laughter, a period come again and a fit of years ago are not',
    emergencies: [
      [
        'es',
        'mi nena de 2 años tenia fiebre y recien tuvo una convulsion, se puso dura y temblaba como un minuto, nunca le habia pasado. ahora esta dormida y le cuesta mucho despertarse',
      ],
      [
        'es',
        'en la fiesta mi cuñada tuvo una convulsion, se le paso, pero a los 5 min le vino otra y entre las dos no ha despertado',
      ],
      ['es', 'mi hijo tuvo un ataque de epilepsia y todavia no ha despertado, ya van 20 minutos'],
      ['es', 'a mi papa le dio una convulsion en la cocina, se le quito y luego le vino otra'],
    ],
    lookAlikes: [
      ['es', 'mi esposo no ha despertado todavia, es domingo y anoche salio de fiesta'],
      ['es', 'mi hija tiene un ataque de risa y le cuesta despertarse para la escuela'],
      ['es', 'le vino otra vez la regla, tuvo un ataque de tos ayer'],
      [
        'es',
        'mi hijo tuvo una convulsion febril hace 2 años y nunca le habia pasado antes, ahora tiene fiebre de 38, ¿le doy paracetamol?',
      ],
    ],
  },
  {
    kind: "Pregnancy: a late period with one-sided pain and a shoulder tip, weeks told as a clinician's SDG with flashing lights and a headache paracetamol does not ease; a late period asked about, a headache with the flu and stars on standing up are not",
    emergencies: [
      [
        'es',
        'Tengo un atraso de 6 semanas y la prueba salió positiva. Esta noche me dio un dolor fuerte del lado derecho abajo, me duele la punta del hombro y me siento a punto de desmayarme',
      ],
      [
        'es',
        'G2, 34 SDG, cefalea intensa desde ayer que no cede con paracetamol, fosfenos, edema de cara y manos. TA 162/108',
      ],
      ['es', 'tengo 30 sdg y me duele mucho la cabeza, veo lucecitas y tengo los pies muy hinchados'],
    ],
    lookAlikes: [
      ['es', 'tengo un atraso de 2 semanas, ¿puedo tomar ibuprofeno para el dolor de cabeza?'],
      ['es', 'el dolor de cabeza no cede con paracetamol desde hace dos dias, tengo gripe'],
      ['es', 'cuando me levanto rapido veo estrellitas un segundo, ¿es normal?'],
    ],
  },
  {
    kind: 'Head injury: a knock told as "TCE", "preso una botta", "battendo la testa", a Levantine "dar rasso", with a thinner, vomiting or drowsiness; a knock long past, well and untold are not',
    emergencies: [
      ['es', 'Varon 82a, anticoagulado con acenocumarol. Caida en el baño con TCE frontal, hematoma de 3 cm, GCS 15'],
      ['it', 'mia nonna è caduta e ha preso una botta in testa, prende il coumadin'],
      ['it', "mio padre prende l'eliquis ed è caduto battendo la testa sul comodino"],
      ['it', 'ha preso una botta in testa e vomita'],
      ['ar', 'dar rasso bel 7eit w sar yesta3ferrigh'],
      ['ar', 'ضرب راسه في الحيط وصار يتقيأ'],
    ],
    lookAlikes: [
      ['es', 'se cayo de la bici hace dos semanas, tuvo un TCE leve, ya esta bien, ¿puede volver al futbol?'],
      ['it', 'ha preso una botta in testa una settimana fa, ora sta bene'],
      ['it', 'mia nonna prende il coumadin, posso darle la tachipirina?'],
      ['it', 'è caduto dal letto ma non ha battuto la testa, sta giocando'],
      ['ar', 'ضرب راسه خفيف وهو يلعب وبعدين كمل لعب عادي'],
    ],
  },
  {
    kind: "Self-harm: a goodbye letter, everything ready beside a rope, a ledge, all the pills at once, a hanging said or tried, wrists cut, a goodbye to all with forgiveness asked; a birthday letter, a party, a rooftop photo, the day's pills, a picture hung, a farewell to a group and a film are not",
    emergencies: [
      ['es', 'les dejo una carta a mis hijos, perdonenme por todo, ya me voy'],
      ['es', 'ya tengo todo listo, la soga esta en el closet, hoy en la noche'],
      ['pt', 'to no alto do predio, nao aguento mais'],
      // Review V39: a height read beside a goodbye, a jump told or nothing left, never by the reasons it is not.
      ['pt', 'estou na beira do telhado do prédio, já me despedi da minha família'],
      ['pt', 'estou em cima do telhado e vou pular, ninguem vai sentir minha falta'],
      ['pt', 'tô no parapeito do prédio, não tenho mais nada'],
      ['pt', 'meu irmao ta em cima do predio dizendo que vai se jogar'],
      ['pt', 'tomei todos os meus remedios de uma vez'],
      ['ru', 'прощайте все, простите меня, я больше не могу'],
      ['ru', 'муж сказал что повесится и ушёл в гараж'],
      ['ru', 'сестра перерезала себе вены в ванной'],
      ['hi', 'bhai ne phaansi lagane ki koshish ki'],
    ],
    lookAlikes: [
      ['es', 'le escribi una carta a mis hijos por su cumpleaños, perdonenme la letra'],
      ['es', 'ya tengo todo listo para la fiesta, compre cuerda para las piñatas'],
      ['ru', 'повесил картину в гостиной, спина болит'],
      ['ru', 'всем прощайте, я ухожу из этой группы, удачи'],
      ['pt', 'tirei uma foto no alto do predio, que vista linda'],
      ['pt', 'estou em cima do telhado consertando a antena, qual protetor solar é melhor?'],
      ['pt', 'to em cima do telhado trocando as telhas, torci o tornozelo, posso tomar ibuprofeno?'],
      ['pt', 'meu gato ta em cima do telhado do vizinho e nao quer descer, o que faço?'],
      ['pt', 'estou no alto do prédio tirando foto pro meu trabalho, morrendo de calor, posso beber isotônico?'],
      ['pt', 'tomei todos os meus remedios hoje de manha como sempre'],
      ['hi', 'film mein hero ko phaansi ki saza hui'],
    ],
  },
  {
    kind: "Breathing: an asthma attack, an inhaler that does not help, the air pulled hard, the ribs showing; an attack eased by the inhaler and a thin child's ribs are not",
    emergencies: [
      ['pt', 'minha filha ta puxando o ar com força, aparece as costelas'],
      ['pt', 'meu filho ta com crise de asma, a bombinha não ta fazendo efeito'],
      ['pt', 'a bombinha nao ta fazendo efeito e ele ta puxando o ar com força'],
    ],
    lookAlikes: [
      ['pt', 'meu filho teve crise de asma ontem, usou a bombinha e melhorou, hoje ta bem'],
      ['pt', 'ela ta tão magrinha que aparecem as costelas, como faço ela comer?'],
    ],
  },
  {
    kind: 'A baby: limp and not waking in Darija, a fontanelle bulging in Hinglish, weeks told after "ay" in Tagalog; a baby who fed and wet, a nappy bought and a baby who feeds well are not',
    emergencies: [
      ['ar', 'بنتي عندها 5 شهور، ما بقاتش كتفيق مزيان، رخوة بحال شي شرويطة، ما رضعاتش من الصباح والكوش ناشفة'],
      ['ar', 'ولدي عندو شهرين، ما رضعش من البارح وما بقاش كيفيق'],
      ['hi', 'bache ka sar ka naram hissa ubhra hua hai aur bukhar hai'],
      ['tl', 'ang baby ko ay 3 linggo pa lang at may lagnat na 38'],
      ['tl', 'yung baby ko 1 buwan pa lang, ayaw dumede at lanta na'],
    ],
    lookAlikes: [
      ['ar', 'بنتي عندها 5 شهور، رضعات مزيان والكوش مبلولة، غير كتبكي'],
      ['ar', 'الكوش ناشفة فالصندوق، شريت جديد'],
      ['tl', 'baby ko 3 linggo, malakas dumede, masigla'],
      ['hi', 'mera beta 3 hafte ka hai, doodh achhe se pee raha hai'],
    ],
  },
  {
    kind: 'Meningism and anaphylaxis: a Lebanese neck gone tense with fever and light; a throat closing after food; a neck stiff from the computer without fever, a throat tight with anxiety and an itch alone are not',
    emergencies: [
      [
        'ar',
        'ebni 3omro 10 snin, 3endo fever 39.8 w headache ktir 2awiye, ra2bto m3assbe ma fi yenzel rasso la 2eddem, w 3am yest2erf mn el daw',
      ],
      ['ar', 'benti 3enda 7arara 3alye w ra2beta m3assbe, ma fi tnazzel rasa'],
      ['it', 'mi sento chiudere la gola dopo aver mangiato gamberi'],
      ['it', 'dopo il kiwi mi si sta chiudendo la gola e mi prude tutto'],
    ],
    lookAlikes: [
      ['ar', 'ra2bte m3assbe mn el shighl 3al computer, ma 3ande 7arara'],
      ['it', 'mi sento chiudere la gola quando sono in ansia, mi succede da anni'],
      ['it', "ha mangiato gamberi e ha un po' di prurito sulle mani, niente altro"],
    ],
  },
  {
    kind: 'Stroke and poisoning: a mouth gone crooked and speech gone wrong told with a verb between; a cleaner drunk from its bottle, a whole bottle of medicine drunk; a language spoken with difficulty, an old stroke and syrup taken daily are not',
    emergencies: [
      [
        'fr',
        "Ce matin sa bouche est devenue tordue, il n'arrive plus à tenir l'aiguille de la main droite et il parle difficilement",
      ],
      ['fr', "mon grand-père parle mal depuis une heure, sa bouche s'est mise de travers"],
      ['ar', 'ابني الصغير شرب من قنينة الكلوركس'],
      ['pt', 'o bebe bebeu o vidro de dipirona inteiro'],
      ['pt', 'meu filho de 3 anos bebeu o frasco inteiro de paracetamol'],
    ],
    lookAlikes: [
      ['fr', 'mon père parle difficilement le français, il est arrivé du Sénégal'],
      ['fr', "depuis mon AVC il y a 5 ans je parle difficilement, est-ce que l'orthophonie peut encore aider?"],
      ['pt', 'ele tomou o xarope todo dia certinho e melhorou a tosse'],
      ['pt', 'já acabou o frasco todo de xarope, preciso comprar outro?'],
      ['pt', 'minha filha tomou o xarope todinho sem reclamar, era a dose do dia, 5 ml'],
    ],
  },
  {
    kind: "Review V39's look-alikes of session 57 and their emergency twins: a farewell to colleagues, a hanging in a film, the daily pills at once, an inhaler and a dry cough, a mouth crooked after the dentist, a baby who sleeps through the night",
    emergencies: [
      ['ru', 'муж сказал что повесится, он не шутит, ушёл в гараж'],
      ['pt', 'tomei todos os remedios de uma vez porque nao aguento mais'],
      ['pt', 'a bombinha nao ta fazendo efeito, ele ta com falta de ar e chiado'],
      ['fr', "sa bouche s'est mise de travers d'un coup et il parle mal"],
      ['ar', 'بنتي ما بقاتش كتفيق، رخوة وما رضعاتش'],
    ],
    lookAlikes: [
      ['ru', 'коллеги, всем прощайте, я ухожу в отпуск, простите меня за задержки с отчётом'],
      ['ru', 'в фильме герой повесился, ребёнок испугался, как объяснить?'],
      ['pt', 'tomei todos os meus remédios de uma vez hoje de manhã como sempre, pode tomar com café?'],
      ['pt', 'a bombinha não está fazendo efeito na tosse seca dele, mas ele respira bem e brinca normal'],
      ['fr', "ma bouche était de travers après l'anesthésie du dentiste, ça va mieux maintenant"],
      ['ar', 'بنتي ما بقاتش كتفيق فالليل، ولات كتنعس الليل كامل، الحمد لله'],
    ],
  },
  {
    kind: 'Bleeding, doses and falls: blood in beats or a jet, a bleed after a delivery that fills pads, a double dose given, insulin taken twice, a fall from a floor and strange words after a blow; a small cut that stopped, a period a bit heavier, a blood test, one tablet for a fever and a medicine taken for what it treats are not',
    emergencies: [
      ['ar', 'جرح عميق في الرجل والدم يطلع نبض'],
      ['ar', 'أعطيت ابني ضعف جرعة البنادول مرتين'],
      ['ar', 'ابني وقع من الطابق الثاني على راسه'],
      ['ar', 'ضربة على الراس وبعدها صار يتكلم كلام غريب'],
      ['hi', 'khoon ki dhaar nikal rahi hai pair se'],
      ['hi', 'delivery ke baad bahut khoon ja raha hai, 4 pad bhar gaye'],
      ['es', 'mi abuela se tomo la insulina dos veces'],
      ['tl', 'nakainom ng gamot ni lola para sa high blood ang anak ko'],
    ],
    lookAlikes: [
      ['ar', 'جرح صغير في اصبعي والدم وقف'],
      ['ar', 'ابني اخذ حبة بنادول للحرارة'],
      ['es', 'el sangrado de la regla es un poco mas fuerte este mes'],
      ['hi', 'khoon ki jaanch karwani hai'],
      ['tl', 'nakainom ng gamot ang anak ko para sa lagnat'],
      ['tl', 'uminom ng gamot si lola para sa high blood kaninang umaga'],
      ['ar', 'نسكن في الطابق الثاني وابني عنده زكام خفيف'],
      ['ar', 'هل ممكن اعطي ابني ضعف جرعة فيتامين د؟'],
      ['ar', 'جدي يتكلم كلام غريب من سنين بسبب الزهايمر'],
      ['hi', 'delivery ke baad thoda khoon aata hai kya normal hai?'],
      ['es', 'la doctora dijo que me tome la pastilla dos veces al dia'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language kinds of session 57 in the big languages', KINDS);
