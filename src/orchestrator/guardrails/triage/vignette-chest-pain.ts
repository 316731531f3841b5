/**
 * Chest pain in a clinician's write-up whose cause the write-up tells as the chest wall, the pleura or the gullet,
 * with no cardiac feature and no risk of a clot told: "A 32-year-old man has sharp pain at one spot left of his
 * breastbone for 4 days, worse when he presses on it or twists. No sweating or breathlessness, heart rate 72."
 *
 * Why it is not an emergency: MTS chest pain and NHS 111 chest pain send pain with a cardiac character (heavy,
 * crushing, tight, central, spreading to the arm or jaw), autonomic features (sweating, clammy, grey, sick, faint),
 * breathlessness, pain at rest or on effort, or a known heart disease, at once; pain that an examination
 * reproduces (tender, reproduced by pressing), that movement, breathing in, coughing or lying flat brings on, or
 * that comes after meals and eases with antacids, with none of those, goes to the GP (MTS yellow "pleuritic pain",
 * green "recent mild pain"). A pleuritic pain beside a clot's risk (the pill, a flight, surgery, a pregnancy, a
 * swollen calf, coughing blood: NICE NG158) or breathlessness stays an emergency.
 *
 * Why only in a write-up: pain "worse when he presses on it" told by a relative does not exclude an ACS, and a
 * bystander cannot weigh it (review V8, 07:39); a clinician's write-up tells an examination ("tender over the
 * pectoral", "reproduced by palpation") and the features it looked for and did not find. A write-up is told by its
 * opening: the patient's age with no possessive before it ("A 32-year-old man", "48M", "Woman, 52").
 *
 * The whole message is read, not one sentence: a write-up tells the pain, its provocation and the features absent
 * in separate sentences, and a red flag told anywhere, unless told as absent ("no radiation, no sweating"), keeps
 * the pain an emergency. Any other finding the rules accept beside the pain (a low pressure, a low saturation, a
 * fast pulse, a collapse) keeps it too: see `emergency-triage.ts`.
 */

/** The patient told by age, as a write-up opens: not "my 58-year-old dad". */
const WRITE_UP_PATIENT =
  /(?<!\b(?:my|our|his|her|their|your)\s+)\b\d{1,3}[- ]year[- ]old\b|\b(?:man|woman|male|female|gentleman|lady)\s*,\s*(?:aged\s+)?\d{2}\b/;
/**
 * A relative or friend telling of the patient anywhere in the message ("My husband, a 58-year-old smoker, ..."): a
 * lay telling, which cannot weigh a pain reproduced by pressing (review V8, 07:39; review V25, 11:26).
 */
const LAY_TELLER =
  /\b(?:my|our)\s+(?:\w+\s+)?(?:husband|wife|partner|boyfriend|girlfriend|dad|daddy|father|mum|mummy|mom|mother|son|daughter|brother|sister|grand\w+|granny|nan|uncle|aunt\w*|friend|mate|neighbou?r|colleague|boss|flatmate|housemate|fianc\w*|other\s+half)\b/;

/** What brings the pain on or reproduces it, as an examination or a history tells it. */
const NON_CARDIAC_PROVOCATION = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`reproduc\w+`,
      String.raw`tender\w*`,
      String.raw`palpat\w+`,
      String.raw`pleuritic`,
      String.raw`costochondr\w*`,
      String.raw`musculoskeletal`,
      String.raw`worse\s+(?:\w+\s+){0,3}?(?:on|with|when|during|if)\s+(?:(?:he|she|they|i)\s+)?(?:\w+\s+)?(?:press\w*|palpation|twist\w*|turn\w*|mov\w*|reach\w*|deep\s+breath\w*|breath\w*\s+in|inspiration|inhal\w*|cough\w*|sneez\w*|lying\s+(?:flat|down)|lies\s+(?:flat|down)|stretch\w*)`,
      String.raw`(?:better|eased?|eases|easier|relieved|settles)\s+(?:\w+\s+){0,2}?(?:sitting\s+forward|leaning\s+forward|(?:with|by)\s+(?:an\s+)?antacids?|(?:with|by)\s+gaviscon)`,
      // The pain told as what the patient's own pressing or moving brings ("it hurts when he presses on his ribs and
      // when he twists", "sore if she pushes on the spot"): the write-up's history of a reproduced pain.
      String.raw`(?:hurts?|hurting|sore|painful|tender)\s+(?:\w+\s+){0,2}?(?:when|if|whenever|as)\s+(?:he|she|they)\s+(?:\w+\s+)?(?:press\w*|push\w*|prod\w*|pok\w+|touch\w*|twist\w*|turn\w*|reach\w*|stretch\w*|cough\w*|sneez\w*|lies\s+(?:flat|down)|lie\s+(?:flat|down))`,
      String.raw`only\s+(?:on|when|with)\s+(?:(?:he|she|they)\s+)?cough\w*`,
      String.raw`on\s+(?:coughing|twisting|deep\s+(?:breath\w*|inspiration)|inspiration|palpation|movement|pressing)`,
      String.raw`after\s+(?:large\s+|big\s+|heavy\s+|spicy\s+|fatty\s+|evening\s+)?meals`,
      String.raw`antacids?`,
      String.raw`gaviscon`,
      String.raw`heartburn`,
      String.raw`reflux`,
      String.raw`acid\s+taste`,
    ].join('|') +
    String.raw`)\b`,
);

/**
 * Words of the red flags that also name what a write-up tells beside the pain and not the pain: the load lifted
 * ("carrying heavy boxes", "heavy lifting"), the GP surgery or walk-in centre where the ECG was done. "heavy" of the
 * pain, "centre" of the chest, walking and an operation stay red flags.
 */
const HEAVY_PAIN = String.raw`(?<!\b(?:lift|lifts|lifted|lifting|carry|carries|carried|carrying|move|moves|moved|moving|push\w*|pull\w*|haul\w*|shift\w*|day\s+of)\s+(?:(?:a|an|the|some|very|really|quite|too|lots\s+of)\s+)?)heavy(?!\s+(?:lifting|lifts?|loads?|weights?|boxes|bags?|objects?|things|furniture)\b)`;
const CENTRE_OF_THE_CHEST = String.raw`(?<!\bwalk[- ]in\s+|\b(?:health|medical|leisure|sports?|treatment|test\w*|vaccination|community|garden|shopping|call|day)\s+)(?:centre|center)`;
const WALKING = String.raw`walk(?!-in\b|\s+in\s+(?:centre|center|clinic)\b)\w*`;
const OPERATION = String.raw`(?<!\bat\s+the\s+|\b(?:gp|gps|gp\s+s|doctors?|doctor\s+s)\s+)surgery`;
/**
 * A band is the pain's only when it is told round or across the chest ("like a band round my chest", "a tight band
 * across it"), not the band someone plays in or wears: "I play bass in a touring band".
 */
const BAND_ROUND_THE_CHEST = String.raw`band(?=\s+(?:round|around|across|over|of\s+(?:pain|pressure|tightness))\b)|(?<=\b(?:like\s+a|tight|a\s+tight)\s+)band`;
/**
 * A heart attack named as what someone says, fears or wonders the pain is ("my colleague says any pain on the left
 * means a heart attack", "I was worried it was a heart attack") tells the worry, not a feature of the pain; one had,
 * or having one, stays a red flag.
 */
const HEART_ATTACK_TOLD_OR_FEARED = String.raw`(?<!\b(?:says?|said|thinks?|thought|worried|worries|worry|afraid|scared|feared|fears?|convinced|means?|meant|wondering|wonder|whether)\s+(?:(?!(?:having|had|has|have|is\s+having)\b)[\w-]+\s+){0,8})heart\s+attack`;

/**
 * What keeps a chest pain an emergency wherever it is told (NICE CG95, MTS chest pain, NICE NG158): a cardiac
 * character or companion, effort or rest, a heart history or a clot's risk, breathlessness, a pain getting worse.
 */
const RED_FLAG = new RegExp(
  String.raw`\b(?:${HEAVY_PAIN}|heaviness|crushing|crushed|squeez\w*|(?<!\bblood\s)pressure|central|${CENTRE_OF_THE_CHEST}|middle|tight\w*|${BAND_ROUND_THE_CHEST}|spread\w*|radiat\w*|jaw|neck|(?:down|into|to)\s+(?:the|his|her|my|both)\s+(?:left\s+|right\s+)?(?:arm|arms|shoulder|back)|left\s+arm|sweat\w*|clammy|diaphor\w*|gr[ae]y|pale|pallor|ashen|sick|nause\w*|vomit\w*|faint\w*|syncop\w*|collaps\w*|dizzy|light[- ]?headed|breathless\w*|short\s+of\s+breath|(?:cannot|can't|unable\s+to)\s+(?:catch|get)\s+(?:his|her|my)\s+breath|at\s+rest|resting|woke|exert\w*|${WALKING}|stairs|climb\w*|hill|exercis\w*|effort|less\s+and\s+less|worse\s+and\s+worse|getting\s+worse|increasing|crescendo|ongoing|constant|stent\w*|angina|${HEART_ATTACK_TOLD_OR_FEARED}|infarct\w*|ischaemi\w*|ischemi\w*|bypass|troponin|ecg\s+changes|st\s+(?:elevation|depression)|mi|nstemi|stemi|pci|ihd|cabg|smok\w*|pack[- ]years?|diabet\w*|t[12]dm|cocaine|palpitations?|racing|impending|doom|hypotens\w*|tachycard\w*|tachypn\w*|dyspn\w*|jvp|trachea\w*|breath\s+sounds|not\s+relieved|unrelieved|no\s+relief|did\s+nothing|despite|looks?\s+(?:awful|terrible|unwell|dreadful|ill)|bedbound|bed[- ]bound|fracture\w*|car\s+journey|ocp|coughing\s+(?:up\s+)?blood|blood[- ]stained|haemoptysis|hemoptysis|calf|swollen\s+(?:leg|ankle)|pill|contracepti\w*|hrt|flight|flew|long[- ]haul|immobil\w*|plaster\s+cast|post[- ]?op\w*|${OPERATION}|operation|pregnan\w*|post[- ]?partum|post[- ]?natal|cancer|chemo\w*|clot\w*|dvt|pulmonary\s+embol\w*|tearing|ripping|aort\w*|marfan)\b`,
  'g',
);

/**
 * Observations outside the normal band that the rules' vital signs do not read alone but that rule a clot or an ACS
 * back in (the PERC rule of NICE NG158: a pulse of 100 or more, a saturation under 95; NEWS2: a breathing rate over
 * 20, a systolic pressure under 100): a write-up that tells one keeps its chest pain.
 */
const OBSERVATION = String.raw`(?:\s*(?:of|is|was|at|=|:)?\s*)`;
export const OBSERVATION_OUT_OF_BAND = new RegExp(
  [
    String.raw`\b(?:hr|heart\s+rate|pulse(?:\s+rate)?)${OBSERVATION}1\d\d\b`,
    String.raw`\b(?:rr|resp(?:iratory)?\s+rate|resps?)${OBSERVATION}(?:2[1-9]|[3-9]\d)\b`,
    String.raw`\b(?:spo2|sp\s*o2|sats?|saturations?|o2\s+sats?|oxygen)${OBSERVATION}(?:[5-8]\d|9[0-4])\b`,
    String.raw`\b(?:bp|blood\s+pressure|systolic)${OBSERVATION}[4-9]\d\b`,
  ].join('|'),
);

/**
 * A red flag told as absent: an absence word just before it, or before the list it ends ("no sweating or breathlessness",
 * "no pain in my arm or jaw": the list's first item may be a fourth word after the absence).
 */
const NOT_A_TELLING_OF_ABSENCE = String.raw`(?!(?:he|she|they|it|i|is|was|has|had|are|were|now|then|went|became|turned|looks?|feels?|but)\b)`;
const TOLD_ABSENT_BEFORE = new RegExp(
  String.raw`\b(?:no|not|nor|without|never|denies|denied|nil|negative\s+for|absent)\s+(?:${NOT_A_TELLING_OF_ABSENCE}[\w-]+\s+){0,3}(?:(?:${NOT_A_TELLING_OF_ABSENCE}[\w-]+\s+)?(?:or|nor|and)\s+(?:${NOT_A_TELLING_OF_ABSENCE}[\w-]+\s+){0,2})?$`,
);
/**
 * A red flag told as what does not bring the pain on or change it, the condition told after the verb ("it does not come
 * on when I walk up hills", "it does not get worse walking up the stairs", "nothing on exertion"): the effort is told
 * absent as a feature of this pain. Only the verbs of provocation read so: "I cannot go up the stairs" stays a red flag.
 */
const PROVOCATION_TOLD_ABSENT = new RegExp(
  String.raw`(?:\b(?:not|never)\s+(?:(?:really|usually|always|ever|any)\s+)?(?:come\s+on|comes\s+on|came\s+on|start|starts|started|happen|happens|happened|get\s+worse|gets\s+worse|got\s+worse|change|changes|changed)\s+(?:(?:any\s+)?(?:more|worse)\s+)?(?:(?:when|if|while|whilst|with|on|during|after|by)\s+)?(?:(?:i|he|she|they|we|you)\s+)?(?:${NOT_A_TELLING_OF_ABSENCE}[\w-]+\s+){0,3}|\bnothing\s+(?:on|with|during)\s+)$`,
);
/** Where a telling of absence stops reaching: a clause or sentence boundary, or "but". */
const BOUNDARY = /[,.;:!?]|\bbut\b/g;

/** A list's later item, a word or two after its comma ("jaw" in "no pain in my arm, jaw or back"). */
const LIST_ITEM_SO_FAR = new RegExp(String.raw`^(?:${NOT_A_TELLING_OF_ABSENCE}[\w-]+\s+)?$`);
/** The list going on to its "or" or "nor": "jaw or back", "jaw, neck or back". */
const LIST_CLOSED_BY_OR = /^[\w-]+(?:\s+[\w-]+)?(?:\s*,\s*[\w-]+(?:\s+[\w-]+)?){0,3}\s+(?:or|nor)\s/;

/** The words before a list's last item, from its last comma: "sweating or " in "no breathlessness, sweating or nausea". */
const LIST_CLOSING_ITEM_BEFORE = new RegExp(
  String.raw`^${NOT_A_TELLING_OF_ABSENCE}[\w-]+(?:\s+[\w-]+)?\s+(?:or|nor)\s+$`,
);

function toldAsAbsent(text: string, at: number, depth = 0): boolean {
  const before = text.slice(0, at);
  let from = 0;
  let comma = -1;
  for (const boundary of before.matchAll(BOUNDARY)) {
    from = boundary.index + boundary[0].length;
    comma = boundary[0] === ',' ? boundary.index : -1;
  }
  const clause = before.slice(from).trimStart();
  if (TOLD_ABSENT_BEFORE.test(clause) || PROVOCATION_TOLD_ABSENT.test(clause)) return true;
  // The item that closes a list after its "or" ("nausea" in "no breathlessness, sweating or nausea"): absent as the
  // item before the "or" is, which is read through its own comma.
  if (comma >= 0 && depth < 4 && LIST_CLOSING_ITEM_BEFORE.test(clause))
    return toldAsAbsent(text, at - clause.length, depth + 1);
  // An item of a list told absent after its comma, the list closed by "or": absent as the item before it is.
  if (comma < 0 || depth >= 4 || !LIST_ITEM_SO_FAR.test(clause) || !LIST_CLOSED_BY_OR.test(text.slice(at)))
    return false;
  const itemBefore = /[\w-]+$/.exec(text.slice(0, comma));
  return itemBefore !== null && toldAsAbsent(text, itemBefore.index, depth + 1);
}

/** Whether a red flag is told anywhere in the message as present, and whether any is told as absent. */
export function readRedFlags(text: string): { present: boolean; absent: boolean } {
  let absent = false;
  for (const match of text.matchAll(RED_FLAG)) {
    if (!toldAsAbsent(text, match.index)) return { present: true, absent };
    absent = true;
  }
  return { present: false, absent };
}

/** Observations told, which `OBSERVATION_OUT_OF_BAND` found in band: "HR 72", "SpO2 98%", "obs normal". */
const OBSERVATIONS_TOLD =
  /\b(?:hr|heart\s+rate|pulse|spo2|sats?|bp|blood\s+pressure|rr|resp(?:iratory)?\s+rate)\s*(?:of\s+|is\s+|was\s+|[:=]\s*)?\d{2,3}\b|\b(?:obs|observations|vitals|vital\s+signs|ecg)\s+(?:\w+\s+){0,2}?(?:normal|stable|unremarkable|fine)\b/;

/**
 * Whether a normalised message is a clinician's write-up of chest pain from the chest wall, the pleura or the
 * gullet: told of a patient by age and by no relative, with a non-cardiac provocation, no observation out of its band,
 * no red flag told anywhere but as absent, and a red flag told as absent or the observations given.
 */
export function isNonCardiacChestPainWriteUp(normalized: string): boolean {
  if (
    !WRITE_UP_PATIENT.test(normalized) ||
    LAY_TELLER.test(normalized) ||
    !NON_CARDIAC_PROVOCATION.test(normalized) ||
    OBSERVATION_OUT_OF_BAND.test(normalized)
  )
    return false;
  // A write-up that looked: it tells a cardiac feature as absent or gives the observations (review V25, 10:59: a list
  // of red-flag words will always be short, so the features' absence is told, not only no red flag found).
  const redFlags = readRedFlags(normalized);
  return !redFlags.present && (redFlags.absent || OBSERVATIONS_TOLD.test(normalized));
}
