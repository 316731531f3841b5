/**
 * Persian joins a possessive or "is" to its word ("شکمم": my belly, "شکمش": his, "سفته": it is hard, "دستاش": his
 * hands): a word the lists name only bare is read by its forms with the ending taken off, longest ending first, never
 * below two letters (folded: "ی" typed as "ي"; the zero-width non-joiner a writer may put before the ending is taken too).
 */
const ENDINGS =
  /(?:\u200c)?(?:هاشون|هاتون|هامون|هاش|هام|هات|ها|هاي|شون|تون|مون|شان|تان|مان|اش|ام|ات|يش|يم|يت|ش|م|ت|ه|ي)$/u;

export function persianForms(word: string): string[] {
  const forms: string[] = [];
  let rest = word;
  for (let taken = 0; taken < 2; taken += 1) {
    const stripped = rest.replace(ENDINGS, '');
    if (stripped === rest || stripped.length < 2) break;
    forms.push((rest = stripped));
  }
  return forms;
}

/** A bowel that has passed nothing told with "neither ... nor", and a vomit that is green (NICE CKS bowel obstruction). */
export const PERSIAN_BOWEL_OBSTRUCTION: ReadonlyArray<readonly [string, string]> = [
  [
    'نه (?:مدفوع|دستشويي|اجابت مزاج|اجابت|پي ?پي)(?: \\p{L}+)? نه (?:باد|گاز)(?: \\p{L}+)?',
    'has not passed stool or wind',
  ],
  ['استفراغ(?:\\u200c?(?:ش|م|اش|ام))? سبز(?:ه)?|(?:بالا مياره|بالا مي\\u200c?آره|بالا آورده) سبز', 'vomiting green'],
];

/**
 * Voices that tell someone to harm (command hallucinations, NICE CG178: a crisis with risk to others), and the means
 * at hand: fuel poured, a lighter held, a door locked.
 */
export const PERSIAN_VOICES_AND_MEANS: ReadonlyArray<readonly [string, string]> = [
  [
    'صدا(?:ها|هايي|يي)? (?:بهش|بهم|به او|بهشون|تو سرش|توي سرش) (?:ميگن|مي\\u200c?گن|ميگه|مي\\u200c?گه|دستور ميدن|مي\\u200c?گويند|ميگويند)',
    'voices tell him to',
  ],
  ['(?:همه رو|همه را|همه‌رو|خونه رو|خانه را)', 'everyone'],
  ['(?:بسوزونه|بسوزاند|بسوزونم|آتيش بزنه|آتش بزند|آتيش بزنم)', 'burn'],
  ['(?:بنزين|نفت|تينر) (?:ريخته|ريخت|پاشيده)', 'poured petrol'],
  ['(?:بكشه|بكشد|بكشم|بكشن|بكشند)', 'kill'],
  ['فندك|كبريت', 'lighter'],
  ['چاقو|كارد', 'a knife'],
  ['(?:در رو|در را) قفل (?:كرده|كرد)', 'locked the door'],
];
