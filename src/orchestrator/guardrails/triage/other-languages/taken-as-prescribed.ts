/**
 * Medicines taken as prescribed or as the doctor said, told in each language: read as "as prescribed", which the English
 * rules read as the day's dose taken, a routine, not a quantity gathered (the NICE self-harm assessment asks about means
 * beyond the prescription; `signals/self-harm-signals.ts`). Left unread, "tomei todos os comprimidos como o médico
 * mandou" was "took all the pills" and an overdose. A prescription verb or the prescriber is always named: "como me
 * dijo" alone (as he told me) says nothing of a dose. Folded, as the lexicons are.
 */
const AS_PRESCRIBED = 'as prescribed';

/** Who prescribes or advises a medicine, in the Romance languages (folded). */
const ROMANCE_PRESCRIBER =
  '(?:medic[oa]|doctor[a]?|doutor[a]?|cardiolog[oa]|farmaceutic[oa]|pediatra|enfermer[oa]|enfermeir[oa])';

export const SPANISH_TAKEN_AS_PRESCRIBED: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:tal )?como (?:me |nos |le |se )?(?:lo |la |las |los )?(?:indico|receto|mando|prescribio|recomendo|dijo|pidio|indicaron|recetaron|mandaron|prescribieron|dijeron) (?:el |la |mi )${ROMANCE_PRESCRIBER}`,
    AS_PRESCRIBED,
  ],
  [
    `(?:tal )?como (?:el |la |mi )${ROMANCE_PRESCRIBER} (?:me |nos |le )?(?:lo |la |las |los )?(?:indico|receto|mando|prescribio|recomendo|dijo|pidio|indica|manda)`,
    AS_PRESCRIBED,
  ],
  [
    '(?:tal )?como (?:me |nos |le )?(?:lo |la |las |los )?(?:recetaron|prescribieron|indicaron|recetado|prescrito|indicado|recetad[oa]s|prescrit[oa]s|indicad[oa]s)',
    AS_PRESCRIBED,
  ],
  [
    '(?:segun|como (?:dice|indica)) (?:la receta|la prescripcion|el prospecto|lo (?:indicado|recetado|prescrito))',
    AS_PRESCRIBED,
  ],
];

export const PORTUGUESE_TAKEN_AS_PRESCRIBED: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:tal )?(?:como|conforme) (?:o |a |(?:o |a )?(?:meu|minha) )${ROMANCE_PRESCRIBER} (?:me )?(?:mandou|receitou|prescreveu|indicou|orientou|disse|pediu|passou|manda)`,
    AS_PRESCRIBED,
  ],
  [
    '(?:tal )?(?:como|conforme) (?:(?:me|foi|esta|estao) )?(?:receitado|prescrito|indicado|orientado|receitad[oa]s|prescrit[oa]s|indicad[oa]s|mandaram|receitaram|prescreveram)',
    AS_PRESCRIBED,
  ],
  ['(?:conforme|segundo|de acordo com) (?:a |o )?(?:receita|prescricao|bula|orientacao medica)', AS_PRESCRIBED],
];

export const FRENCH_TAKEN_AS_PRESCRIBED: ReadonlyArray<readonly [string, string]> = [
  [
    "comme (?:(?:c'?est|il (?:est|a ete)|elle (?:est|a ete)) )?(?:prescrit|prescrite?s?|indique|indiquee?s?|recommande|ordonne) ?(?:par (?:le |la |mon |ma )?(?:medecin|docteur|pharmacien(?:ne)?|cardiologue|generaliste))?",
    AS_PRESCRIBED,
  ],
  [
    "comme (?:le |la |mon |ma )(?:medecin|docteur|pharmacien(?:ne)?|cardiologue|generaliste) (?:me |nous )?(?:l'?\\s?)?(?:a |l'a )?(?:dit|prescrit|indique|recommande|demande)",
    AS_PRESCRIBED,
  ],
  ["(?:selon|suivant|d'?apres) (?:l'|la |mon |ma )?(?:ordonnance|prescription)", AS_PRESCRIBED],
];

export const ITALIAN_TAKEN_AS_PRESCRIBED: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:come|secondo) (?:da )?(?:prescrizione|ricetta|prescritto|prescritta|prescritte|prescritti|indicato|indicata)(?: (?:dal|dalla|dal mio|dalla mia) (?:medico|dottore|dottoressa|cardiologo|farmacista))?',
    AS_PRESCRIBED,
  ],
  [
    '(?:come|secondo quanto) (?:(?:il|la|il mio|la mia|mio|mia) )(?:medico|dottore|dottoressa|cardiologo|farmacista) (?:mi |ci )?(?:ha |aveva )?(?:prescritto|indicato|detto|consigliato|ordinato)',
    AS_PRESCRIBED,
  ],
  [
    'come mi (?:ha|hanno|aveva|avevano) (?:prescritto|indicato|detto|consigliato)(?: (?:il|la|il mio|la mia) (?:medico|dottore|dottoressa|cardiologo|farmacista))?',
    AS_PRESCRIBED,
  ],
];

export const GERMAN_TAKEN_AS_PRESCRIBED: ReadonlyArray<readonly [string, string]> = [
  [
    'wie (?:vom (?:arzt|hausarzt|doktor) |von (?:der|meiner) (?:arztin|hausarztin) )?(?:verordnet|verschrieben|vorgeschrieben|angeordnet|empfohlen)',
    AS_PRESCRIBED,
  ],
  [
    'wie (?:der|mein|die|meine) (?:arzt|arztin|hausarzt|hausarztin|doktor|apotheker|apothekerin) (?:es )?(?:mir )?(?:gesagt|verordnet|verschrieben|angeordnet|empfohlen)(?: hat)?',
    AS_PRESCRIBED,
  ],
  [
    '(?:nach|laut|gemass) (?:(?:arztlicher )?verordnung|vorschrift|rezept|medikamentenplan|beipackzettel)',
    AS_PRESCRIBED,
  ],
];

export const DUTCH_TAKEN_AS_PRESCRIBED: ReadonlyArray<readonly [string, string]> = [
  [
    'zoals (?:voorgeschreven|de (?:dokter|arts|huisarts|apotheker|specialist) (?:het )?(?:mij |me )?(?:heeft )?(?:gezegd|voorgeschreven|zei|voorschreef))',
    AS_PRESCRIBED,
  ],
  ['volgens (?:het )?(?:voorschrift|recept|de (?:dokter|arts|huisarts|bijsluiter))', AS_PRESCRIBED],
];

/** As the doctor or the prescription said, in Japanese. */
const JAPANESE_AS_TOLD =
  '(?:(?:医者|医師|先生|お医者さん|薬剤師|主治医)(?:に|から)(?:言われた|指示された|処方された|いわれた)|処方|指示|用法用量|用法・用量)(?:通り|どおり|とおり)に?';

/** Japanese writes no spaces: "医者に言われた通りに" (as the doctor told me), "処方通り" (as prescribed). */
export const JAPANESE_TAKEN_AS_PRESCRIBED: ReadonlyArray<readonly [string, string]> = [
  // Told before the taking, as Japanese tells it, the whole is read: "薬を全部飲" alone is the lexicon's overdose.
  [
    `${JAPANESE_AS_TOLD}(?:薬|くすり|錠剤)(?:を|は)(?:全部|ぜんぶ)?(?:飲みました|飲んだ|飲んでいます|飲んでます|飲みます|飲んで)`,
    'took my pills as prescribed',
  ],
  [JAPANESE_AS_TOLD, AS_PRESCRIBED],
];

/** Arabic (folded: tā marbūṭa as hā): "كما وصفها الطبيب", "حسب الوصفه", Egyptian "زي ما قال الدكتور". */
export const ARABIC_TAKEN_AS_PRESCRIBED: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:كما|مثل ما|زي ما|متل ما|مثلما|حسب ما) (?:وصف|وصفها|وصفه|وصفهم|وصفت|قال|قالي|قال لي|طلب|كتب|كتبها|كتبه)(?: لي)? (?:ال)?(?:طبيب|طبيبه|دكتور|دكتوره|صيدلي)',
    AS_PRESCRIBED,
  ],
  ['(?:حسب|بحسب|وفق|على حسب) (?:الوصفه|الروشته|وصفه الطبيب|تعليمات الطبيب|كلام الدكتور|كلام الطبيب)', AS_PRESCRIBED],
];
