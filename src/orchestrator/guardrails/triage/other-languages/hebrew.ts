import { HEBREW_FACE_CHEST_AND_NO_ANSWER } from './face-chest-and-no-answer-in-thinner-lexicons.js';
import type { LanguageLexicon } from './language-lexicon.js';

/**
 * The one-letter words Hebrew writes joined to the next: "ו" (and), "ה" (the), "ב" (in), "ל" (to), "ש" (that), "מ"
 * (from), "כ" (as), up to three of them ("ושהשפתיים": and that the lips).
 */
const P = '[והבלשמכ]{0,3}';

/**
 * Session 59: Hebrew in its own script, which no other lexicon reads, typed as people type it (no vowel points, which
 * `respelled` drops when they are there; final letters as written). The 13 categories' commonest discriminators (NHS 111
 * / Pathways, Manchester Triage, NICE NG143 / NG232 / NG225). The negation "לא" comes before its verb, so a phrase reads
 * the negated verb ("לא נושם": is not breathing) and "אין" / "אין לו" (there is no, he has no) is read as the English
 * "has no" before what it denies; "אם" (if) and "בשנה שעברה" (last year) are read as English reads them.
 */
const HEBREW_RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  [`${P}אין(?: לו| לה| לי| לנו)?`, 'has no'],
  [
    `(?:${P}(?:דבורה|צרעה|דבורים) (?:עקצה|עקצו)|(?:עקצה|עקצו) (?:אות(?:ו|ה|י) )?${P}(?:דבורה|צרעה|דבורים)|${P}עקיצת (?:דבורה|צרעה))`,
    'was stung by a bee',
  ],
  [`${P}(?:אלרגיה|תגובה אלרגית) (?:ל|ה)?(?:בוטנים|אגוזים|תרופה)`, 'allergic reaction'],
  [`${P}(?:כאב|כאבים|לחץ|מועקה|לחיצה) (?:חזק |חזקים |נורא )?(?:ב|על ה)חזה`, 'chest pain'],
  [`${P}(?:התקף לב|אוטם)`, 'heart attack'],
  [
    `${P}לא (?:נושם|נושמת|נושמים|מצליח לנשום|מצליחה לנשום|יכול לנשום|יכולה לנשום)|${P}(?:הפסיק|הפסיקה) לנשום|${P}(?:נחנק|נחנקת)`,
    'is not breathing',
  ],
  [`${P}(?:קוצר נשימה|קשיי נשימה)|קשה (?:לו |לה |לי )?לנשום|מתנשף|מתנשפת`, 'shortness of breath'],
  [`${P}שפתיים (?:שלו |שלה )?(?:כחולות|כחלחלות)|(?:הכחיל|הכחילה)`, 'blue lips'],
  [
    `${P}(?:מחוסר|מחוסרת|חסר|חסרת) הכרה|${P}(?:איבד|איבדה) (?:את ה)?הכרה|${P}לא (?:מגיב|מגיבה|מתעורר|מתעוררת)`,
    'unconscious and is not responding',
  ],
  [`${P}(?:התמוטט|התמוטטה|התעלף|התעלפה|קרס|קרסה)`, 'collapsed'],
  [
    `${P}(?:דם|דימום|הדימום) (?:לא )?(?:מפסיק|נעצר|נפסק)|${P}(?:דימום|מדמם|מדממת) (?:חזק|נורא|מאוד|הרבה)`,
    'bleeding heavily and it will not stop',
  ],
  [`${P}(?:מדמם|מדממת|מדממים)`, 'bleeding'],
  [`${P}(?:פנים|פה|הפה|צד אחד של הפנים) (?:נפול|נפולים|עקום|עקומים|נפל|צנח)`, 'face drooping'],
  [
    'לא (?:מצליח|מצליחה|יכול|יכולה) לדבר|(?:מדבר|מדברת) (?:לא ברור|מוזר|מעורפל)|דיבור (?:לא ברור|מעורפל)',
    'cannot speak and slurred speech',
  ],
  [`${P}(?:חולשה|חולשה פתאומית) (?:ב|של ה)(?:יד|רגל|צד)|לא (?:מזיז|מזיזה) את ה(?:יד|רגל)`, 'suddenly weak arm'],
  [`${P}(?:שבץ|אירוע מוחי)`, 'stroke'],
  [
    `${P}(?:פרכוס|פרכוסים|עוויתות)|(?:מפרכס|מפרכסת|מתפרכס|מתפרכסת)|${P}התקף (?:אפילפסיה|אפילפטי)`,
    'he is having a seizure',
  ],
  [
    '(?:להתאבד|התאבדות)|(?:רוצה|רוצים) למות|לשים קץ ל(?:חיי|חיים)|לא (?:רוצה|רוצים) (?:לחיות|להמשיך לחיות)',
    'i want to kill myself',
  ],
  [`(?:שתה|שתתה|בלע|בלעה) ${P}(?:אקונומיקה|רעל|חומר ניקוי|נפט)`, 'drank bleach'],
  [
    `(?:בלע|בלעה|לקח|לקחה) (?:את )?(?:כל ה|הרבה |המון |חפיסה של |קופסה של )?(?:כדורים|תרופות|כדורי)|${P}מנת יתר`,
    'took an overdose of pills',
  ],
  [
    `${P}(?:גרון|לשון|שפתיים|פנים) (?:מתנפח|מתנפחת|מתנפחים|נפוח|נפוחה|נפוחים|נסגר|התנפח|התנפחה)|${P}הגרון (?:נסגר|נסגרת)`,
    'throat swelling',
  ],
  [`${P}(?:מכה|חבטה|נפילה) (?:חזקה )?(?:ב|על ה)ראש|(?:נפל|נפלה|קיבל|קיבלה) (?:מכה )?על הראש`, 'hit his head'],
  [`${P}(?:מקיא|מקיאה|הקאות|הקיא|הקיאה)`, 'vomiting'],
  [`${P}חום (?:גבוה|גבוהה)`, 'high fever'],
  [`${P}חום`, 'fever'],
  [`${P}(?:צוואר|עורף) (?:נוקשה|תפוס)|${P}קשיון עורף`, 'stiff neck'],
  // A rash that does not fade (under a glass, when pressed): the meningococcal rash of NICE NG143.
  [`${P}פריחה (?:שלא (?:נעלמת|עוברת|מחווירה)(?: בלחיצה| כשלוחצים)?|שלא נעלמת מתחת לכוס)`, 'non-blanching rash'],
  ['(?:בן|בת) \\d+ (?:שבועות|שבוע)', '# weeks old'],
  ['(?:בן|בת) שבועיים', '2 weeks old'],
  ['(?:בן|בת) חודשיים', '2 months old'],
  ['(?:בן|בת) (?:חודש|חודש אחד)', '1 month old'],
  ['(?:בן|בת) (?:שבוע|שבוע אחד)', '1 week old'],
  ['(?:בן|בת) \\d+ (?:ימים|יום)', '# days old'],
  ['(?:בן|בת) \\d+ (?:חודשים|חודש)', '# months old'],
  [`${P}לא (?:יונק|יונקת|אוכל|אוכלת|שותה)`, 'not feeding'],
  [`${P}(?:תינוק|תינוקת|התינוק|התינוקת)`, 'baby'],
  [`${P}(?:בהריון|בהיריון|הריון|היריון)`, 'pregnant'],
];

/** Persons, and what keeps a finding hypothetical, past or settled. */
const HEBREW_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['מה (?:לעשות|עושים|אני עושה)', 'what do i do'],
  ['(?:אם|במקרה ש)', 'what do i do if'],
  [`${P}(?:שנה שעברה|לפני (?:כמה |\\d+ )?שנים)`, 'last year'],
  ['(?:עכשיו|כבר) (?:הוא |היא )?(?:בסדר|טוב|מרגיש טוב|מרגישה טוב)', 'is fine now'],
  [`${P}(?:אבא|אבי) (?:שלי)?`, 'my father'],
  [`${P}(?:אמא|אמי) (?:שלי)?`, 'my mother'],
  [`${P}(?:הבן|בני) (?:שלי)?`, 'my son'],
  [`${P}(?:הבת|בתי) (?:שלי)?`, 'my daughter'],
  [`${P}(?:בעלי|הבעל שלי)`, 'my husband'],
  [`${P}(?:אשתי|האישה שלי)`, 'my wife'],
  [`${P}(?:סבא) (?:שלי)?`, 'my grandfather'],
  [`${P}(?:סבתא) (?:שלי)?`, 'my grandmother'],
];

export const HEBREW: LanguageLexicon = {
  language: 'Hebrew',
  script: 'hebrew',
  phrases: [...HEBREW_FACE_CHEST_AND_NO_ANSWER, ...HEBREW_RED_FLAGS, ...HEBREW_MODIFIERS],
  words: {
    ו: 'and',
    אבל: 'but',
    עכשיו: 'now',
    היום: 'today',
    הלילה: 'tonight',
    אתמול: 'yesterday',
    פתאום: 'suddenly',
    מאוד: 'very',
    לא: 'not',
    ללא: 'without',
    בלי: 'without',
    עם: 'with',
    אולי: 'maybe',
  },
  // Vowel points and cantillation, which a few keyboards add: the lists are written without them.
  respelled: (folded) => folded.replace(/[\u0591-\u05c7]/g, ''),
};
