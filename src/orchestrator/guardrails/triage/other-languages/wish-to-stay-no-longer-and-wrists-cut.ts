import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 62 (T132): suicide told indirectly, in the languages whose lexicons read its words but not these parts
 * (NICE NG225; the Samaritans' warning signs):
 * - not wanting to be here any more, told as the whole of its clause ("non voglio più stare qui", "ich will nicht mehr
 *   hier sein", "не хочу больше быть здесь"): the passive wish to die of the Columbia scale. Told with a move, a job, a
 *   school or a party, or going on with where ("in questa città"), it is a place left, and is not read;
 * - an apology for everything beside a pet or a child handed on ("desculpa por tudo, cuida do meu gato"): a goodbye (a
 *   pet handed on is one of the Samaritans' signs). A holiday, a weekend or a trip told beside it is a favour asked;
 * - wrists cut, in the words of the languages that had none for it ("menyayat nadi", "nas kaat li", "cắt cổ tay").
 * Each part lands on the English the self-harm rules already weigh.
 */

const NOT_HERE_ANYMORE = 'i do not want to be here anymore';
const GOODBYE_MESSAGE = 'sent a goodbye message';
const WRISTS_CUT = 'cut her wrists';

/** Where the wish's clause ends: a mark, the message's end, or "and" / "but" opening the next clause. */
const CLAUSE_ENDS = (and: string): string => `(?= ?(?:[,.;!?"]|$|(?:${and})(?![\\p{L}])))`;

/** Words of a place left for another (a move, a job, a school, a party, a city, a trip) in the Latin-script languages. */
const PLACE_LEFT =
  'trasferi\\p{L}*|lavoro|ufficio|scuola|festa|citta|paese|vacanz\\p{L}*|demenag\\p{L}*|travail|boulot|bureau|ecole|fete|ville|umzieh\\p{L}*|umzug|arbeit|job|schule|party|stadt|urlaub|pindah|kerja|kantor|sekolah|pesta|kota|liburan|tasin\\p{L}*|isyer\\p{L}*|okul|parti|sehir|tatil|przeprowadz\\p{L}*|prac\\p{L}*|szkol\\p{L}*|impreza|miasto|wakacj\\p{L}*|verhuiz\\p{L}*|werk|school|feest|mut\\p{L}*|munca|scoala|petrecere|oras';

/** Words of a place left, in Russian and Ukrainian. */
const CYRILLIC_PLACE_LEFT =
  'переезж\\p{L}*|переед\\p{L}*|работ\\p{L}*|офис\\p{L}*|школ\\p{L}*|вечеринк\\p{L}*|город\\p{L}*|отпуск\\p{L}*';

/** Words of a place left, in Arabic. */
const ARABIC_PLACE_LEFT = 'شغل|الشغل|عمل|العمل|مدرسه|المدرسه|حفله|الحفله|مدينه|المدينه|بلد|البلد|سفر|انتقل\\p{L}*';

/** A holiday, a weekend or a trip: a pet left with a friend for a while, not handed on. */
const FOR_A_WHILE =
  'vacaciones|fin de semana|finde|viaje|ferias|fim de semana|viagem|vacanz\\p{L}*|weekend|fine settimana|viaggio|vacances|week-end|voyage|urlaub|wochenende|reise|bakasyon|liburan|akhir pekan|perjalanan|mientras|enquanto|mentre|pendant|wahrend|hasta el|ate o|fino a|jusqu';

export const ITALIAN_NOT_HERE_ANYMORE_AND_A_PET_HANDED_ON: LexiconPhrases = [
  [
    `(?:non (?:voglio|vorrei|vuole) (?:piu )?(?:stare|restare|rimanere|esserci|essere) (?:piu )?(?:qui|qua|al mondo)(?: piu)?|non (?:voglio|vuole) esserci piu)${CLAUSE_ENDS('e|ma')}${toldNowhere(PLACE_LEFT)}`,
    NOT_HERE_ANYMORE,
  ],
  [
    `scusa(?:te(?:mi)?|mi)? per tutto[^.;!?]{0,40}(?:prenditi|prendetevi|abbi|abbiate) cura (?:del|della|dei|delle|di) (?:mi[oaie] )?(?:gatt[oaie]|can[ei]|cagnolin[oa]|figli\\p{L}*|bambin\\p{L}*)${toldNowhere(FOR_A_WHILE)}`,
    GOODBYE_MESSAGE,
  ],
];

export const FRENCH_NOT_HERE_ANYMORE_AND_A_PET_HANDED_ON: LexiconPhrases = [
  [
    `(?:je |j')?(?:ne )?(?:veux|voulais|veut) (?:plus|pas) (?:etre|rester) (?:la|ici|sur terre|en vie)(?: plus)?${CLAUSE_ENDS('et|mais')}${toldNowhere(PLACE_LEFT)}`,
    NOT_HERE_ANYMORE,
  ],
  [
    `pardon(?:nez-moi)? pour tout[^.;!?]{0,40}(?:occupe-toi|occupez-vous|prends soin|prenez soin) (?:de |du |des )?(?:mon |ma |mes )?(?:chat|chats|chien|chiens|chienne|enfants?|petits?)${toldNowhere(FOR_A_WHILE)}`,
    GOODBYE_MESSAGE,
  ],
];

export const GERMAN_NOT_HERE_ANYMORE_AND_A_PET_HANDED_ON: LexiconPhrases = [
  [
    `(?:ich )?(?:will|mochte|mag) nicht mehr (?:hier )?(?:sein|da sein|hier sein|auf der welt sein|leben)${CLAUSE_ENDS('und|aber')}${toldNowhere(PLACE_LEFT)}`,
    NOT_HERE_ANYMORE,
  ],
  [
    `(?:sorry|entschuldigung|verzeiht|verzeih mir|tut mir leid) (?:fur|um) alles[^.;!?]{0,40}(?:kummert euch|kummer dich|passt auf|pass auf) (?:um|auf) (?:meine[nm]? )?(?:katze|kater|hund|hunde|kinder|kind)${toldNowhere(FOR_A_WHILE)}`,
    GOODBYE_MESSAGE,
  ],
  // Everything given away, and a rope laid ready: the Samaritans' belongings handed on and a means made ready.
  ['(?:habe |hab |hat )?(?:\\p{L}+ )?(?:alles|all meine sachen|meine sachen) verschenkt', 'gave my things away'],
  [
    `(?:das |ein )?seil (?:liegt|ist|hangt) (?:schon )?(?:bereit|im keller|auf dem dachboden|in der garage)`,
    'the rope is ready',
  ],
  ['(?:wollte|will|mochte) mich (?:nur |noch )?verabschieden', 'wanted to say goodbye forever'],
];

export const PORTUGUESE_A_PET_HANDED_ON_AND_WRISTS_CUT: LexiconPhrases = [
  [
    `(?:desculpa|desculpe|perdao|me perdoa|me perdoem)(?:m)? (?:por|de) tudo[^.;!?]{0,40}(?:cuida|cuidem|cuide|toma conta|tomem conta) (?:bem )?(?:do|da|dos|das) (?:meu|minha|meus|minhas) (?:gat[oa]s?|cachorr[oa]s?|cachorrinh[oa]|filh\\p{L}*|bichinh\\p{L}*)${toldNowhere(FOR_A_WHILE)}`,
    GOODBYE_MESSAGE,
  ],
  ['(?:foto|fotos) d[oe] (?:seu |meu )?puls[oa]s? cortad[oa]s?', WRISTS_CUT],
  ['(?:cortou|cortei|cortaram) (?:os |o )?pulsos?', WRISTS_CUT],
];

export const SPANISH_A_PET_HANDED_ON: LexiconPhrases = [
  [
    `(?:perdon|perdonen|perdoname|disculpen|disculpa|lo siento) (?:por|de) todo[^.;!?]{0,40}(?:cuiden|cuida|cuidame|cuidenme) (?:bien )?(?:a |de )?(?:mi|mis) (?:gat[oa]s?|perr[oa]s?|perrit[oa]s?|hij\\p{L}*|mascota\\p{L}*)${toldNowhere(FOR_A_WHILE)}`,
    GOODBYE_MESSAGE,
  ],
  ['(?:foto|fotos) de (?:su |la |mi )?muneca cortada', WRISTS_CUT],
];

export const INDONESIAN_NOT_HERE_ANYMORE_AND_WRISTS_CUT: LexiconPhrases = [
  [
    `(?:(?:aku|saya|gue|gw) )?(?:gak|ga|nggak|ngga|tidak|tak|udah gak|sudah tidak) (?:mau|ingin|pengen|pingin) (?:ada )?(?:di sini|disini|di dunia ini|hidup) (?:lagi)${CLAUSE_ENDS('dan|tapi')}${toldNowhere(PLACE_LEFT)}`,
    NOT_HERE_ANYMORE,
  ],
  [
    '(?:menyayat|mengiris|memotong|nyayat|ngiris|motong|sayat|iris) (?:urat )?(?:nadi|nadinya|nadiku|pergelangan tangan\\p{L}*)',
    WRISTS_CUT,
  ],
  [
    `(?:maaf|maafin|maafkan) (?:untuk |atas )?(?:semuanya|segalanya)[^.;!?]{0,40}(?:tolong )?(?:jaga|jagain|rawat) (?:kucing|anjing|anak)\\p{L}*${toldNowhere(FOR_A_WHILE)}`,
    GOODBYE_MESSAGE,
  ],
];

export const TURKISH_NOT_HERE_ANYMORE: LexiconPhrases = [
  [
    `(?:artik |hic )?(?:burada|bu dunyada) (?:olmak|kalmak|yasamak) istemiyorum${CLAUSE_ENDS('ve|ama')}${toldNowhere(PLACE_LEFT)}`,
    NOT_HERE_ANYMORE,
  ],
];

export const POLISH_NOT_HERE_ANYMORE: LexiconPhrases = [
  [
    `nie chce (?:juz )?(?:tu |tutaj )?(?:byc|zyc)(?: tu| tutaj)?(?: juz)?${CLAUSE_ENDS('i|ale')}${toldAnywhere('(?:juz|wiecej)')}${toldNowhere(PLACE_LEFT)}`,
    NOT_HERE_ANYMORE,
  ],
];

export const RUSSIAN_NOT_HERE_ANYMORE: LexiconPhrases = [
  [
    `не хочу (?:больше |уже )?(?:быть|жить|находиться) (?:здесь|тут|на этом свете)(?: больше)?${CLAUSE_ENDS('и|но|а')}${toldNowhere(CYRILLIC_PLACE_LEFT)}`,
    NOT_HERE_ANYMORE,
  ],
  ['(?:верёвка|веревка) (?:уже )?(?:готова|лежит наготове|приготовлена)', 'the rope is ready'],
];

export const ARABIC_NOT_HERE_ANYMORE_AND_A_FAREWELL_LETTER: LexiconPhrases = [
  [
    `(?:ما (?:بدي|بدّي|بدو|بدها)|مش (?:عايز|عايزه|حابب)|ما ابغى|ما ابي|لا اريد) (?:ضل|اضل|ابقى|اكون|اعيش|عيش) (?:هون|هنا|هنيه|في الدنيا)(?: بعد| خلاص| اكثر)?${CLAUSE_ENDS('و|بس|لكن')}${toldNowhere(ARABIC_PLACE_LEFT)}`,
    NOT_HERE_ANYMORE,
  ],
  [
    `و?(?:كتبت|كتب|ترك|تركت|خلى|خلت) (?:\\p{L}+ )?(?:رساله|رسايل|رسائل|ورقه) (?:وداع|انتحار)${toldNowhere('(?:الشغل|العمل|الزملاء|زملائي|لزميل\\p{L}*|زميل\\p{L}*|التقاعد|المدرسه|سفر|مسافر\\p{L}*)')}`,
    'wrote a goodbye letter',
  ],
];

export const VIETNAMESE_WRISTS_CUT_AND_A_FAREWELL_LETTER: LexiconPhrases = [
  ['(?:cat|rach|cua) (?:co tay|ven tay|mach mau co tay)', WRISTS_CUT],
  [
    '(?:viet|de lai|gui) (?:\\p{L}+ )?(?:thu|la thu) (?:tuyet menh|vinh biet|tu biet)(?! (?:dong nghiep|cong ty|lop))',
    'wrote a goodbye letter',
  ],
];

export const ROMANISED_HINDI_WRISTS_CUT: LexiconPhrases = [
  [
    '(?:apni |apna |uski |uska )?(?:nas|nass|nasen|kalai|kalaai) (?:kaat|kat|kaati|kati)(?: li| di| lee| dali| daali| liya| lia)',
    WRISTS_CUT,
  ],
];

export const SWAHILI_WRISTS_CUT: LexiconPhrases = [
  ['(?:a|ni|wa)?mejikata (?:mishipa|mshipa|mkono|mikono|kifundo)', WRISTS_CUT],
];

export const TAGALOG_THINGS_GIVEN_AWAY: LexiconPhrases = [
  [
    '(?:ipinamigay|pinamigay|ibinigay) (?:ko |niya |na )*(?:na )?(?:lahat ng )?(?:gamit|mga gamit|gamit ko|ari-arian)',
    'gave my things away',
  ],
];

/** Banglish: "sobai bhalo theko" (everyone be well), beside a silence or pills. */
export const BANGLISH_EVERYONE_BE_WELL: LexiconPhrases = [
  [
    `(?:sobai|shobai|tomra sobai|tomra) (?:bhalo|valo) (?:theko|thekho|thakis|thakben)${toldAnywhere('(?:oshudh|osudh|oshud|tablet|dhorche na|dhorchhe na|phone off|ar parchi na|ar parbo na)')}`,
    GOODBYE_MESSAGE,
  ],
  ['(?:ghumer )?(?:oshudh|osudh|oshud)(?: er)? (?:pata|strip)', 'sleeping pill strips'],
];

/**
 * Pills put aside, told beside being ready or "for when I decide" (the Columbia scale's preparatory behaviour): a stash
 * told alone is as often pills kept for a trip, and is left to the lists that read it as a means.
 */
const PILLS_SAVED_AND_READY = 'i have saved up my pills and i am ready';

export const SPANISH_PILLS_SAVED_AND_READY: LexiconPhrases = [
  [
    `(?:tengo|tiene|he|ha) (?:guardad[oa]s|juntad[oa]s|ahorrad[oa]s|escondid[oa]s) (?:como |mas de |unas? )?(?:\\d+ )?(?:pastillas|pildoras|tabletas|capsulas)${toldAnywhere('(?:estoy list[oa]|ya estoy decidid[oa]|cuando me decida|para cuando|para el dia)')}${toldNowhere('(?:viaje|vacaciones|receta)')}`,
    PILLS_SAVED_AND_READY,
  ],
];

export const ITALIAN_PILLS_SAVED_AND_READY: LexiconPhrases = [
  [
    `(?:ho|ha) (?:messo da parte|nascosto|conservato|accumulato) (?:\\d+ |tutte le |le )?(?:pillole|pastiglie|compresse|sonniferi)${toldAnywhere('(?:sono pront[oa]|e pront[oa]|quando decido|per quando)')}${toldNowhere('(?:viaggio|vacanz\\p{L}*|partire|ricetta)')}`,
    PILLS_SAVED_AND_READY,
  ],
];

export const FRENCH_PILLS_SAVED_AND_READY: LexiconPhrases = [
  [
    `(?:j'ai|il a|elle a) (?:mis de cote|cache|garde|accumule|stocke) (?:\\d+ |toutes mes |tous mes |mes |des )?(?:pilules|cachets|comprimes|medicaments|somniferes)${toldAnywhere('(?:je suis pret\\p{L}*|suis prete|quand je deciderai|pour le jour)')}`,
    PILLS_SAVED_AND_READY,
  ],
];

export const TAGALOG_PILLS_SAVED_AND_READY: LexiconPhrases = [
  [
    `(?:nagtatabi|nagtabi|nag-ipon|nag ipon|nagiipon|inipon) (?:ako |siya )?(?:ng )?(?:mga )?(?:gamot|tableta|pills|sleeping pills)${toldAnywhere('(?:handa na|ready na)')}`,
    PILLS_SAVED_AND_READY,
  ],
];

export const INDONESIAN_PILLS_SAVED_AND_READY: LexiconPhrases = [
  [
    `(?:kumpulin|ngumpulin|mengumpulkan|nyimpen|menyimpan|nimbun|menimbun) (?:\\d+ )?(?:obat|pil|tablet)\\p{L}*(?: tidur)?${toldAnywhere('(?:siap|udah yakin|sudah yakin)')}`,
    PILLS_SAVED_AND_READY,
  ],
];

export const SWAHILI_PILLS_SAVED_AND_READY: LexiconPhrases = [
  [
    `(?:nimekusanya|amekusanya|nimeficha|ameficha|nimeweka akiba ya) (?:\\p{L}+ )?(?:vidonge|dawa)${toldAnywhere('(?:niko tayari|yuko tayari)')}`,
    PILLS_SAVED_AND_READY,
  ],
];
