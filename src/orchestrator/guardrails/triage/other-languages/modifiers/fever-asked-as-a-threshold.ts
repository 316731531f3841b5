/**
 * A fever asked about as a threshold: "from what temperature is it a fever?", "how many degrees counts as a fever in
 * a baby?". Parents of a young baby ask it with a reading normal for the age beside it (NICE NG143: fever is 38 C or
 * more), and the question names fever without telling one. Read into the English the English fever signal already
 * reads as a question about the word ("at what temperature is it a fever", `meningitis-signals.ts`), so a reading
 * told beside it is read by its number, as in English. Each construction opens with the language's "how many
 * degrees" or "from what temperature" and closes on its fever word; a question about how many DAYS of fever
 * ("a partir de combien de jours de fièvre") tells a fever that is there and is left to the lexicon. Session 43 (T53).
 */
const FEVER_ASKED_AS_A_THRESHOLD_ENGLISH = 'at what temperature is it a fever';

/** The few words a threshold question puts between its opening and its fever word, never a duration. */
const FEW_WORDS = String.raw`(?:(?!(?:dias?|jours?|giorni|tage[n]?|days?|semanas?|semaines?)\b)[\p{L}'-]+ ){0,5}?`;

/** Folded patterns, by language, of a fever asked about as a threshold. */
const CONSTRUCTIONS: Readonly<Record<string, readonly string[]>> = {
  portuguese: [
    String.raw`(?:a partir de |com |acima de )quant[oa]s?(?: graus?)? ${FEW_WORDS}(?:febre|febril)`,
    String.raw`quant[oa]s graus ${FEW_WORDS}(?:febre|febril)`,
  ],
  spanish: [
    String.raw`(?:a partir de |con |desde |arriba de )cuant[oa]s?(?: grados?)? ${FEW_WORDS}(?:fiebre|calentura|febril)`,
    String.raw`cuantos grados ${FEW_WORDS}(?:fiebre|calentura|febril)`,
  ],
  french: [
    String.raw`(?:a partir de |a |des |au-dessus de )(?:combien|quelle temperature|quel degre|quels degres)(?: de degres)? ${FEW_WORDS}(?:de la |d'une |une )?(?:fievre|febrile)`,
    String.raw`combien de degres ${FEW_WORDS}(?:fievre|febrile)`,
  ],
  italian: [
    String.raw`(?:da |a |oltre |sopra )?(?:quanti gradi|quale temperatura|che temperatura) ${FEW_WORDS}(?:febbre|febbricola)`,
  ],
  german: [
    String.raw`(?:ab wann|ab wie ?viel(?: grad)?|ab welcher temperatur|wie ?viel grad) ${FEW_WORDS}(?:fieber|fiebrig)`,
  ],
  russian: [
    String.raw`(?:с |от )?(?:какой|какая|какую|скольки) (?:температуры|температура|градусов)(?: [\p{L}-]+){0,4}? (?:считается|считают|считать|это|уже|будет)(?: [\p{L}-]+){0,2}? (?:жар\p{L}*|температур\p{L}*|лихорадк\p{L}*|повышенн\p{L}*)`,
  ],
  turkish: [
    String.raw`kac derece(?:den|de|ye)?(?: (?:sonra|itibaren|ustu|ve uzeri|olunca))? ${FEW_WORDS}(?:ates\p{L}*)(?: (?:sayilir|kabul edilir|olur|demektir))?`,
  ],
  hindi: [
    String.raw`(?:कितना|कितने|कितनी) (?:तापमान|डिग्री|बुखार)(?: [\p{L}\p{M}]+){0,4}? (?:बुखार|ज्वर)(?: (?:माना|कहा|समझा) जाता(?: है)?)?`,
  ],
  romanisedHindi: [
    String.raw`(?:kitne|kitna|kitni)(?: (?:degree|degrees|taapmaan|tapman|temperature|temp))? (?:par|pe|se|upar|tak)? ?(?:\p{L}+ ){0,3}?(?:bukhar|bukhaar|fever)(?: (?:mana|maana|samjha|samjhi|kaha|hota|hoti) ?(?:jata|jaata|jati|hai)?(?: hai)?)?`,
  ],
  urdu: [
    String.raw`(?:كتنے|كتنا|كتني) (?:درجے|درجه|ڈگري|ٹمپريچر)(?: [\p{L}\p{M}]+){0,4}? بخار(?: (?:مانا|سمجھا|كها) جاتا(?: ہے| هے)?)?`,
  ],
  arabic: [
    String.raw`(?:من |فوق |بعد )?(?:كام|كم|اي) (?:درجه|درجات)(?: [\p{L}\p{M}]+){0,3}? (?:سخونيه|سخونه|حمى|حراره|حرارة)`,
  ],
  chinese: [String.raw`多少度(?:以上)?(?:才|就)?(?:算|是|叫|属于)(?:是)?(?:发烧|發燒|发热|發熱|高烧|高燒)`],
  japanese: [String.raw`何度(?:から|以上|を超えたら|になったら)(?:が|は|を)?(?:熱|発熱|高熱)`],
  korean: [String.raw`몇\s*도(?:부터|이상|가 넘으면|넘으면)(?:가|는|을|를)?\s*(?:열|발열|고열)`],
  tagalog: [String.raw`(?:ilang|ilan(?:g)?) (?:degree|degrees|grado)(?: \p{L}+){0,5}? (?:lagnat|fever)`],
  vietnamese: [String.raw`bao nhieu do (?:\p{L}+ ){0,3}?(?:la|bi)? ?(?:sot|sot cao)`],
};

/** A number told as a count of days, weeks, minutes, years or a weight or a dose, which is no temperature ("宝宝40天"). */
const NOT_A_COUNT = String.raw`(?!\s*(?:天|日|周|週|个|か月|ヶ月|개월|일|주|분|岁|歳|살|days?|dias?|jours?|giorni|tage|dni|gun|ngay|araw|din|hafte|weeks?|semanas?|semaines?|settimane|wochen|minut|min|minutes?|minutos?|anos?|ans|anni|jahre|years?|kg|kilo|ml|mg|cm|saat|horas?|hours?|heures?|ore|stunden))`;

/**
 * A reading in the fever range (38-42 C, 100-106 F, in Latin or Arabic-Indic digits) told anywhere in the message. Beside
 * one the question does not ask about the word, it asks about a fever that is there ("meu bebê de 6 semanas está com
 * 38,4, a partir de quantos graus é febre?": a 6-week-old with 38.4 is NICE NG143 red), and the fever word is read as
 * the lexicon reads it (review V25, 11:14: a bare number beside the question was read as nothing).
 */
const FEBRILE_READING = String.raw`(?<![0-9\u0660-\u0669][.,]?)(?:3[89]|4[0-2]|10[0-6]|\u0663[\u0668\u0669]|\u0664[\u0660-\u0662])(?![0-9\u0660-\u0669])${NOT_A_COUNT}`;
const NO_FEBRILE_READING_BEFORE = String.raw`(?<![^]*${FEBRILE_READING}[^]*)`;
const NO_FEBRILE_READING_AFTER = String.raw`(?![^]*${FEBRILE_READING})`;

/** A language's threshold questions as phrases of its lexicon, read where no reading in the fever range is told. */
export function feverAskedAsAThreshold(language: keyof typeof CONSTRUCTIONS): ReadonlyArray<readonly [string, string]> {
  return (CONSTRUCTIONS[language] ?? []).map(
    (pattern) =>
      [
        `${NO_FEBRILE_READING_BEFORE}(?:${pattern})${NO_FEBRILE_READING_AFTER}`,
        FEVER_ASKED_AS_A_THRESHOLD_ENGLISH,
      ] as const,
  );
}
