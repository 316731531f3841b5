/**
 * The two sentences of the emergency guidance a frightened person must understand at once, in the
 * languages the triage reads besides English: the call-now opening and the crisis-line sentence.
 * Each says what the English says (`opening` and the crisis line of `crisisSupport` in
 * `emergency-guidance.ts`), plainly and in the polite imperative a public-safety notice uses; the
 * numbers are inserted as configured, never translated.
 *
 * The first steps per category are not here, on purpose: they were reviewed once, in English, and a
 * translated clinical step ("chew one aspirin", "press on the wound") needs a clinical reviewer who
 * reads the language. The patient gets them in English, after these sentences.
 */
export interface EmergencyCallSentences {
  /** "This may be a medical emergency. Please call 911 (or your local emergency number) now, …" */
  callNow(emergencyNumber: string): string;
  /** "Please call or text 988 now to talk with a trained crisis counsellor …" */
  crisisLine(crisisLine: string): string;
}

/** The languages with sentences, by the names the triage's other-language reading gives them. */
export type EmergencyCallLanguage =
  | 'Spanish'
  | 'Portuguese'
  | 'French'
  | 'German'
  | 'Italian'
  | 'Chinese'
  | 'Arabic'
  | 'Hindi'
  | 'romanised Hindi'
  | 'Vietnamese'
  | 'Tagalog'
  | 'Russian'
  | 'Polish'
  | 'Turkish'
  | 'Korean'
  | 'Haitian Creole'
  | 'Swahili';

/**
 * A number inside right-to-left text, isolated as left-to-right (U+2066 … U+2069): unisolated, a
 * number with a space in it ("116 123") is shown with its groups in reverse order in Arabic text.
 */
const leftToRight = (number: string): string => `\u2066${number}\u2069`;

export const EMERGENCY_CALL_SENTENCES: Readonly<Record<EmergencyCallLanguage, EmergencyCallSentences>> = {
  Spanish: {
    callNow: (number) =>
      `Esto puede ser una emergencia médica. Llame ahora al ${number} (o al número de emergencias local), ` +
      'o pida a alguien que esté cerca que llame. No espere una respuesta de este chat y quédese con la persona hasta que llegue la ayuda.',
    crisisLine: (line) =>
      `Llame o envíe un mensaje de texto ahora al ${line} para hablar con un consejero de crisis capacitado. ` +
      'Es gratuito, confidencial y está disponible las 24 horas del día.',
  },
  Portuguese: {
    callNow: (number) =>
      `Isto pode ser uma emergência médica. Ligue agora para o ${number} (ou para o número de emergência local), ` +
      'ou peça a alguém que esteja por perto que ligue. Não espere por uma resposta deste chat e fique com a pessoa até a ajuda chegar.',
    crisisLine: (line) =>
      `Ligue ou envie uma mensagem de texto agora para o ${line} para falar com um conselheiro de crise treinado. ` +
      'É gratuito, confidencial e funciona 24 horas por dia.',
  },
  French: {
    callNow: (number) =>
      `Il peut s'agir d'une urgence médicale. Appelez maintenant le ${number} (ou le numéro d'urgence local), ` +
      "ou demandez à une personne près de vous d'appeler. N'attendez pas de réponse de ce chat et restez avec la personne jusqu'à l'arrivée des secours.",
    crisisLine: (line) =>
      `Appelez ou envoyez un SMS maintenant au ${line} pour parler à un conseiller de crise formé. ` +
      "C'est gratuit, confidentiel et ouvert 24 heures sur 24.",
  },
  German: {
    callNow: (number) =>
      `Dies kann ein medizinischer Notfall sein. Rufen Sie jetzt die ${number} (oder Ihre örtliche Notrufnummer) an, ` +
      'oder bitten Sie jemanden in Ihrer Nähe, für Sie anzurufen. Warten Sie nicht auf eine Antwort in diesem Chat, und bleiben Sie bei der Person, bis Hilfe eintrifft.',
    crisisLine: (line) =>
      `Rufen Sie jetzt die ${line} an oder schreiben Sie dorthin eine SMS, um mit einer geschulten Krisenberatung zu sprechen. ` +
      'Das Angebot ist kostenlos, vertraulich und rund um die Uhr erreichbar.',
  },
  Italian: {
    callNow: (number) =>
      `Potrebbe trattarsi di un'emergenza medica. Chiami subito il ${number} (o il numero di emergenza locale), ` +
      'oppure chieda a qualcuno vicino a lei di chiamare. Non aspetti una risposta da questa chat e resti con la persona finché non arrivano i soccorsi.',
    crisisLine: (line) =>
      `Chiami o invii un SMS subito al ${line} per parlare con un operatore di crisi qualificato. ` +
      'Il servizio è gratuito, riservato e attivo 24 ore su 24.',
  },
  Chinese: {
    callNow: (number) =>
      `这可能是医疗紧急情况。请立即拨打 ${number}（或当地的急救电话），或请身边的人帮忙拨打。` +
      '不要等待本聊天的回复，请陪在病人身边，直到救援人员到达。',
    crisisLine: (line) =>
      `请立即拨打或发短信至 ${line}，与受过培训的危机咨询员交谈。这项服务免费、保密，每天24小时开放。`,
  },
  Arabic: {
    callNow: (number) =>
      `قد تكون هذه حالة طبية طارئة. اتصل الآن بالرقم ${leftToRight(number)} (أو برقم الطوارئ المحلي)، ` +
      'أو اطلب من شخص قريب منك أن يتصل. لا تنتظر ردًا من هذه المحادثة، وابقَ مع الشخص حتى تصل المساعدة.',
    crisisLine: (line) =>
      `اتصل أو أرسل رسالة نصية الآن إلى الرقم ${leftToRight(line)} للتحدث مع مستشار أزمات مدرَّب. ` +
      'الخدمة مجانية وسرية ومتاحة 24 ساعة في اليوم.',
  },
  Hindi: {
    callNow: (number) =>
      `यह एक मेडिकल इमरजेंसी हो सकती है। अभी ${number} (या अपने स्थानीय आपातकालीन नंबर) पर कॉल करें, ` +
      'या अपने पास मौजूद किसी व्यक्ति से कॉल करने के लिए कहें। इस चैट के जवाब का इंतज़ार न करें, और मदद आने तक उस व्यक्ति के साथ रहें।',
    crisisLine: (line) =>
      `प्रशिक्षित काउंसलर से बात करने के लिए अभी ${line} पर कॉल करें या मैसेज भेजें। यह सेवा मुफ़्त और गोपनीय है, और 24 घंटे उपलब्ध है।`,
  },
  // Hindi as it is typed in Latin letters: a writer who chose them may read Devanagari slowly or not at all.
  'romanised Hindi': {
    callNow: (number) =>
      `Yeh medical emergency ho sakti hai. Abhi ${number} (ya apne local emergency number) par call karein, ` +
      'ya apne paas kisi se call karne ko kahein. Is chat ke jawab ka intezaar na karein, aur madad aane tak us vyakti ke saath rahein.',
    crisisLine: (line) =>
      `Trained counsellor se baat karne ke liye abhi ${line} par call karein ya message bhejein. ` +
      'Yeh seva free aur gupt hai, aur 24 ghante khuli hai.',
  },
  Vietnamese: {
    callNow: (number) =>
      `Đây có thể là một trường hợp cấp cứu y tế. Hãy gọi ngay ${number} (hoặc số cấp cứu tại địa phương), ` +
      'hoặc nhờ người ở gần bạn gọi. Đừng chờ câu trả lời từ cuộc trò chuyện này, và hãy ở bên người bệnh cho đến khi có người đến giúp.',
    crisisLine: (line) =>
      `Hãy gọi hoặc nhắn tin ngay đến số ${line} để nói chuyện với nhân viên tư vấn khủng hoảng đã được đào tạo. ` +
      'Dịch vụ này miễn phí, bảo mật và hoạt động 24 giờ mỗi ngày.',
  },
  Tagalog: {
    callNow: (number) =>
      `Maaaring medical emergency ito. Tumawag ngayon sa ${number} (o sa lokal na emergency number), ` +
      'o pakiusapan ang isang taong malapit sa iyo na tumawag. Huwag hintayin ang sagot mula sa chat na ito, at manatili sa tabi ng pasyente hanggang dumating ang tulong.',
    crisisLine: (line) =>
      `Tumawag o mag-text ngayon sa ${line} para makausap ang isang sinanay na crisis counselor. ` +
      'Libre ito, kumpidensyal, at bukas 24 oras araw-araw.',
  },
  Russian: {
    callNow: (number) =>
      `Это может быть экстренная медицинская ситуация. Позвоните сейчас по номеру ${number} (или по местному номеру экстренной помощи) ` +
      'или попросите кого-нибудь рядом позвонить. Не ждите ответа в этом чате и оставайтесь с человеком до прибытия помощи.',
    crisisLine: (line) =>
      `Позвоните или отправьте SMS на номер ${line} прямо сейчас, чтобы поговорить с обученным кризисным консультантом. ` +
      'Это бесплатно, конфиденциально и доступно круглосуточно.',
  },
  Polish: {
    callNow: (number) =>
      `To może być nagły przypadek medyczny. Proszę natychmiast zadzwonić pod numer ${number} (lub lokalny numer alarmowy) ` +
      'albo poprosić kogoś w pobliżu, żeby zadzwonił. Proszę nie czekać na odpowiedź w tym czacie i zostać przy tej osobie do przyjazdu pomocy.',
    crisisLine: (line) =>
      `Proszę teraz zadzwonić lub wysłać SMS pod numer ${line}, aby porozmawiać z przeszkolonym konsultantem kryzysowym. ` +
      'To bezpłatne, poufne i dostępne przez całą dobę.',
  },
  Turkish: {
    callNow: (number) =>
      `Bu tıbbi bir acil durum olabilir. Hemen ${number} numarasını (veya bölgenizdeki acil yardım numarasını) arayın ` +
      'ya da yakınınızdaki birinden aramasını isteyin. Bu sohbetten yanıt beklemeyin ve yardım gelene kadar kişinin yanında kalın.',
    crisisLine: (line) =>
      `Eğitimli bir kriz danışmanıyla konuşmak için şimdi ${line} numarasını arayın veya mesaj gönderin. ` +
      'Hizmet ücretsiz ve gizlidir, 24 saat açıktır.',
  },
  Korean: {
    callNow: (number) =>
      `응급 상황일 수 있습니다. 지금 바로 ${number}(또는 지역 응급 번호)로 전화하시거나, 가까이 있는 사람에게 전화해 달라고 부탁하세요. ` +
      '이 채팅의 답변을 기다리지 마시고, 도움이 도착할 때까지 환자 곁에 있어 주세요.',
    crisisLine: (line) =>
      `지금 바로 ${line}에 전화하거나 문자를 보내 훈련된 위기 상담사와 이야기하세요. ` +
      '무료이며 비밀이 보장되고, 24시간 언제든 이용할 수 있습니다.',
  },
  'Haitian Creole': {
    callNow: (number) =>
      `Sa a ka yon ijans medikal. Rele ${number} kounye a (oswa nimewo ijans lokal la), ` +
      'oswa mande yon moun ki toupre w pou l rele. Pa tann yon repons nan chat sa a, epi rete avèk moun nan jiskaske èd rive.',
    crisisLine: (line) =>
      `Rele oswa voye yon mesaj tèks kounye a bay ${line} pou w pale ak yon konseye kriz ki resevwa fòmasyon. ` +
      'Li gratis, li konfidansyèl, epi li disponib 24 èdtan sou 24.',
  },
  Swahili: {
    callNow: (number) =>
      `Hii inaweza kuwa dharura ya kiafya. Piga simu sasa hivi kwa ${number} (au nambari ya dharura ya eneo lako), ` +
      'au mwombe mtu aliye karibu nawe apige simu. Usisubiri jibu kutoka kwenye mazungumzo haya, na ukae na mgonjwa hadi msaada ufike.',
    crisisLine: (line) =>
      `Piga simu au tuma ujumbe mfupi sasa hivi kwa ${line} ili uzungumze na mshauri wa migogoro aliyepata mafunzo. ` +
      'Huduma hii ni bure, ni ya siri, na inapatikana saa 24 kila siku.',
  },
};
