/**
 * Session 44: the verbs and negations of the spoken Arabic of the Gulf, Egypt, the Levant and the Maghreb, typed in Arabizi,
 * for what makes a message an emergency. Each dialect negates its own way ("ma y3arig", "mesh 3ar2an", "mu mafhoom",
 * "ma 3am ywa2ef", Moroccan "ma ... ch" closing the verb: "ma9adrach", "ma kayjawebch") and conjugates by a prefix
 * ("y", "t", "n", "bi", Moroccan "ka"), so a verb is read by its stem with what a dialect puts around it.
 * - Heat stroke (NHS 111): collapse in the heat, a body burning hot and no longer sweating, speech that makes no sense,
 *   not knowing where one is.
 * - Bleeding (MTS): the blood will not stop, through the towels pressed on it.
 * - Anaphylaxis (Resuscitation Council UK): lips, face or tongue swelling, cannot breathe.
 * - A head injury (NICE NG232): vomiting, drowsy, not answering, saying the same thing again and again, blood from the ear.
 */

/** Not: the negations of the dialects, before a verb or an adjective. */
const NOT = '(?:ma|mish|msh|mesh|mush|mosh|mu|mo|mou)';
/** What a dialect puts before a verb it conjugates (Levantine "3am", "bi", Egyptian "bey", Moroccan "ka", "kay"). */
const ASPECT = '(?:3am |3m |ka ?|kay ?|kat ?|kan ?|bi|bey|bet|bi?y|bt|b)?';
/** What a verb's Moroccan negation closes it with ("ma kayjawebch"), and its object ("jawebnich"). */
const CLOSED = '\\p{L}*';

export const ARABIZI_DIALECT_VERBS: ReadonlyArray<readonly [string, string]> = [
  // Heat stroke: not sweating, a body burning hot, speech that makes no sense, not knowing where one is.
  [
    `${NOT} ${ASPECT}(?:y|t|n|a)?(?:a|e|i)?(?:3arig|3arag|3ar2|3ra2|3rag|3ara2|3re9|3ra9|3ar2an|3ar2ana|3arqan|3ar2ane)${CLOSED}|${NOT} (?:fi|fih|fee|feeh) (?:3arag|3ara2|3ara9|3r2)`,
    'is not sweating',
  ],
  [
    '(?:jism|jisem|jesm|gesm|gism|jild|jeld|gild|geld|badan)\\p{L}* (?:(?:kan|kanet|sar|sarat) )?(?:7aar|7ar|7ami|7amy|7ammi|s5on|s5n|sokhn|so5n|sukhn|skhoun)\\p{L}*(?: (?:nar|naar|awi|ktir|kteer|wayed|bzaf|jiddan))?|(?:7arart|7rart|7arar[ae]t) (?:jism|jisem|jesm|gesm|badan)\\p{L}* (?:wayed |ktir |kteer |awi |bzaf )?(?:3alya|3alye|3alia|3aliya|murtafi3a)',
    'his body is very hot',
  ],
  [
    `(?:kalam|kalaam|klam|hadra|7ki|7aki) ${NOT} (?:mafhoom|mafhoum|mafhum|mafhom|mfhoum|mafhoma)(?:ch|sh)?|(?:bi|bey|b|y|ka|kay)?(?:kharef|kharref|khareb|khalbet|khabbes|khabbat|hder bla ma3na)\\p{L}*(?: (?:fel|fil|f|bel|bil) (?:kalam|klam|7aki))?`,
    'is confused and talking nonsense',
  ],
  [
    `${NOT} ${ASPECT}(?:ya3rif|ya3ref|y3rf|y3raf|y3ref|3arif|3aref|3arf|3rf|3ref|fakerr?|faker|fakir|fakker)${CLOSED}(?: \\p{L}+)? (?:wain|wein|wen|fein|feen|fen|fin|wayn)`,
    'does not know where he is',
  ],
  // Convulsing told in Moroccan Darija ("kay tferfer": thrashing) and a person who does not know their own family after.
  [
    '(?:ka|kay|kat|ta|tay|tat|bi|3am )? ?(?:y|t)?(?:tferfer|tfarfar|tfarfer|tferfar)\\p{L}*(?![^.,]{0,24}(?:far7a|fer7a|fr7a|fer7an|l3ib|kayl3eb))',
    'was convulsing',
  ],
  [
    `${NOT} ${ASPECT}(?:y|t)?(?:a|e|i)?(?:3ref|3raf|3arf|3rf|3aref|3arif|3ref)(?:na|ni|hom|ha|ne)\\p{L}*`,
    'does not recognise us',
  ],
  // Bleeding that will not stop, through the towels.
  [
    `(?:el |l|ed-?|ed )?(?:dam|damm|ddem|dem|dmm)(?: [\\p{L}\\d]+){0,5}? ${NOT} ${ASPECT}(?:bgha|bghach|bghat|radi|rady|3ayez|ayez)?(?: )?(?:y|t)?(?:wa2a?f|w2a?f|wa2e?f|wa?gaf|wage?f|wa9a?f|wa9e?f|w9a?f|wqa?f|waqe?f|yo2af|o2af|u2af|o9af|7bes|7abes|7bas|7bs)${CLOSED}`,
    'the bleeding will not stop',
  ],
  // Blood told by how it leaves the wound ("yetla3 b qowa": comes out with force) and pressure that did not stop it.
  [
    '(?:el |l|ed-?|ed )?(?:dam|damm|ddem|dem|dmm) (?:3am |ka ?|kay ?|bi|bey|b)?(?:y|t|i)?(?:etla3|tla3|tle3|itla3|tale3|shor|shoor|khrog|5rog|khrej|5rej|kharej|nzel|nzal|nezel|nazel|fawwar|fouwar|ytfajjar)\\p{L}* (?:b ?qowa|b ?quwwa|b ?qowwa|bi ?2uwwe|b ?2owa|bel 2owa|bel qowa|b ?jehd|zay el 7anafeyya|bzaf bzaf|ktir ktir|kteer kteer|awi awi)',
    'the blood is spurting',
  ],
  [
    `(?:dagh?a?t?na|dghat?na|dghtna|daghatna|dagtna|dagha?t|dghet|daght|dghatt|ghatt|daghtna|dghtt)\\p{L}*(?: [\\p{L}\\d]+){0,4}? (?:w )?${NOT} ${ASPECT}(?:y|t)?(?:wa2a?f|w2a?f|wa2e?f|wa?gaf|wage?f|wa9a?f|wa9e?f|w9a?f|wqa?f|waqe?f|7bes|7abes|7bas|7bs)${CLOSED}`,
    'we pressed on it and the bleeding will not stop',
  ],
  [
    '(?:fuwat|fwat|fouta|foutat|fota|fotat|foota|manashef|manshafa|manadil|mandil|shash|gaz)\\p{L}*(?: \\p{L}+){0,2} (?:ibtallat|ebtallat|itballat|tballet|tballat|mabloula|mablula|mabloul|ghir2at|ghar2ana|ghar2an|tghar9at|mghar9a)\\p{L}*',
    'the towels soaked through with blood',
  ],
  // Anaphylaxis: lips, face or tongue swelling, cannot breathe (Moroccan "ma9adrach ntnfes", Levantine "ma 3am 2der etnaffas").
  [
    '(?:shfayf|shfaf|chfayf|chfaf|shafayf|shfeyf|chfeyf|wjeh|wejh|wijh|wajh|wesh|wishsh?|lsan|lisan|lesan|elsan|zour|zor|zal3oum|7al2|7al9|7al8)\\p{L}* (?:(?:3am|bda|bdat|bdaw|ka|kay|kat|sar|sarat) )?\\p{L}{0,3}(?:nf[ae]?kh|nf[ae]?5|nt[ae]f[ie]?kh|nt[ae]f[ie]?5|nf[ae]?kh|wr[ae]m|w[ae]rr?[ae]m|wirm|wirim)\\p{L}*',
    'lips and face swelling',
  ],
  [
    `(?:${NOT} ?(?:3am )?|ma)(?:b|bi|ka|kan|kat|kay|y|n|t|e|a)?(?:9|q|2|g)?(?:a|e)?d(?:a|e)?r\\p{L}* (?:y|n|t|b|bi|ka|kan|kat)?(?:e|i|a)?t(?:a|e)?n(?:a|e)?f+(?:a|e)?s\\p{L}*`,
    'cannot breathe',
  ],
  // A head injury: vomiting, drowsy, not answering, saying the same thing again and again, blood from the ear.
  [
    '(?:ka|kay|kat|bi|bey|bet|3am |b)?(?:tqiya|tqyat|tqayat|tqaya|t9iya|t9yat|t9aya|t9ayat|tqiyat|rajja3|rajje3|rajja3at|rajja3et|yrajje3|trajje3|stafragh|istafragh|estafragh|ystafrigh|tstafrigh|stafra8|istafra8)\\p{L}*',
    'vomited',
  ],
  [
    '(?:na3san|na3sane|na3sana|na3sanin|n3san|n3sana|n3sane)|(?:bgha|bghat|baddo|badda|bidda|biddo|3ayez|3ayza) (?:y|t)?(?:n3es|n3as|nam|noum|nem)\\p{L}*',
    'very drowsy',
  ],
  [
    `${NOT} ${ASPECT}(?:y|t|i)?(?:jaw[ae]?b|jeweb|jawb)${CLOSED}(?![^,.;!?]{0,24}(?:phone|tilifon|telephone|telefon|tel|message|msg|messages|whatsapp|wats|call|appel|portable))`,
    'is not responding',
  ],
  [
    '(?:nafs|nefs) (?:el )?(?:kalam|kalaam|klam|so2al|su2al|sou2al|7aja|7aga|shi|7aje|hadra)',
    'the same thing again and again',
  ],
  [
    '(?:dam|damm|ddem|dem)(?: \\p{L}+){0,2} (?:men|mn|min|m) (?:el |l)?(?:wedn|widn|wdn|udn|2edn|edn|2idn|wodn|wden|wedan)\\p{L}*',
    'blood coming out of his ear',
  ],
  // Gone pale: "yellow" in the Levant and the Gulf ("sar lawno asfar"), white elsewhere (MTS shock).
  [
    '(?:sar|sarat|saret|2alab|alab|9leb|qleb) (?:lawno|lawna|lono|lona|lawnah|lawnha|wejjo|wejja|wejho|wijho|wajho|wesho|wjeho)(?: \\p{L}+)? (?:asfar|asfer|safra|safar|abyad|abyed|bayda|bida|byed)',
    'he went pale',
  ],
  // Falling, in the Gulf, the Maghreb and Egypt.
  [
    '(?:ta7|ta7at|ti7|t7|t7et|t7at|ta7et|weke3|weq[ae]3|(?:w|we|wi|wa|wo)(?:2|q|k)(?:e|i|a)?3(?:et|it|at|o|u)?)',
    'fell',
  ],
  ['(?:3ala|3la|3a|3al|3l) (?:rass?(?:o|ou|u|ha|eh|ah|aha|i))', 'on his head'],
  // Up again after the fall, by oneself (NICE NG232: a fall with a quick recovery and no red flag is seen by the GP).
  [
    '(?:bas|w|o|wa|ba3den|ba3dain|mba3d) (?:2am|2amet|2amit|9am|9amet|qam|qamat|gam|gamat|nad|nadet|nadt)(?: (?:lewa7do|lewa7da|lwa7do|lwa7da|la7alo|la7ala|b7alo|b7ala|wa7do|wa7da|bro7o|bro7a|bou7do|bou7dha))?',
    'but stood up on his own',
  ],
  // How often and how a child is after it: once, playing, as usual.
  ['(?:marra|mara|merra) (?:wa7de|wa7da|we7de|wa7ed|wa7ida|wa7dah)', 'once'],
  ['(?:3am |bi|b|ka|kay|kat)?(?:y|t)?(?:il3ab|l3ab|el3ab|al3ab)', 'playing'],
  ['(?:3adi|3ady|3adee|3adiyan)', 'as usual'],
];
