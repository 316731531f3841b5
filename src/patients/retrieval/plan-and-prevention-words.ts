// A plan or a prevention asked in the patient's own words: "the plan to stop me getting tb",
// "what was I meant to take so I dont catch tb", "what am I supposed to do to keep my hiv under
// control", "the instructions to keep him from giving the virus to his sister". The records name
// these as a plan ("TUBERCULOSIS PROPHYLAXIS PLAN: Continue regimen", "ANTIRETROVIRAL PLAN",
// an infectious disease care plan) and a prophylaxis; the lay words name neither, and their own
// ("stop", "keep") find the plans that say "Stop all" or nothing at all. They are read as the
// record's words: "prevention" (which the vocabulary takes to prophylaxis) and "plan".

/**
 * Who or what is kept from something: a pronoun, a name, a possessive and its noun, or the rest of
 * a group ("the rest of the house", "the rest of us").
 */
const SOMEONE = String.raw`(?:(?:the\s+)?rest\s+of\s+(?:us|them|(?:my|his|her|our|their|the)\s+\w+)|(?:my|his|her|our|their|the|a)\s+\w+|\w+)`;

/** A negation as typed, apostrophe or not: "don't", "dont", "doesn't", "didn't", "won't", "can't". */
const NOT = String.raw`(?:do(?:es)?n'?t|do(?:es)? not|did(?:n'?t| not)|won'?t|will not|would(?:n'?t| not)|can'?t|cannot)`;

/**
 * Prevention asked in lay words: someone kept, stopped or protected from getting, catching,
 * giving or spreading something ("stop me getting", "keep pablo from giving", "protect me from
 * getting"), something done so that it does not happen ("so I dont catch", "so the tb doesnt
 * come back", "so the covid didnt spread"), and "to prevent". The first group is who or what is
 * kept from it, which stays ("the tb").
 */
const PREVENTION_ASKED = new RegExp(
  String.raw`\b(?:(?:stop|keep|protect)(?:s|ping|ing)?\s+(${SOMEONE})\s+(?:from\s+)?(?:getting|catching|giving|spreading|passing)|so\s+(?:that\s+)?(${SOMEONE})\s+${NOT}\s+(?:get|catch|come back|spread|pass it on|give it)|prevent(?:s|ed|ing)?)\b`,
  'g',
);

/**
 * A medicine told by the illness it keeps away: "my bactrim (the one to stop the hiv pneumonia)",
 * "the tablets that stop the tb coming back", "the antibiotic i had to stop the lung infection": a prevention, which the records name a prophylaxis.
 * Read before PREVENTION_ASKED, as "to prevent". Not a symptom stopped ("the pills to stop the
 * cough", "something to stop her being sick"): that is treated, not kept away.
 */
const MEDICINE_THAT_STOPS =
  /\b((?:one|pills?|tablets?|meds?|medicines?|antibiotics?|drugs?)\s+(?:(?:i|he|she|we|they)\s+(?:had|took|take|takes|was\s+given|were\s+given|got)\s+)?(?:to|that|which))\s+stops?\s+(?=(?:the|his|her|my|their|any)\s(?!(?:[\w-]+\s)?(?:cough\w*|pain|aches?|itch\w*|sickness|being|vomit\w*|diarrh\w*|runs|bleed\w*|fever|temperature|headaches?|nausea|wheez\w*|rash|swelling)\b))/g;

/**
 * A plan asked in lay words: what the patient is supposed, meant or told to do or take ("what am
 * I supposed to do", "what was I meant to take", "what were we told to do"), what they should be
 * doing or had to do about something named ("what should i be doing about my hiv meds") or to
 * keep something from happening ("what do i have to do so the tb doesnt come back", "what did
 * they say we had to do to stop the rest of the house catching it"), and instructions. Not
 * "what should I do" alone: that asks for advice, not for the record.
 */
const PLAN_ASKED_IN_LAY_WORDS =
  /\b(?:(?:am|are|is|was|were)\s+(?:i|we|he|she|they)\s+(?:supposed|meant|told|instructed|advised)\s+to\s+(?:do|take|keep)|(?:what\s+(?:should|do|must)\s+(?:i|we|he|she|they)\s+(?:be\s+doing|(?:have|need)\s+to\s+do|do)|(?:i|we|he|she|they)\s+(?:had|have|needed|need)\s+to\s+do)\s+(?=about\s+(?:my|his|her|their|our|the)\b|so\b|to\s+(?:stop|keep|prevent|protect)\b)|instructions?)\b/g;

/**
 * "to keep my hiv under control", "keep his sugar down": what is kept so is what the plan is for
 * ("for my hiv", as a treatment's plan is asked: "the plan for my hiv meds").
 */
const KEPT_UNDER_CONTROL =
  /\bto\s+keep\s+((?:my|his|her|their|our|the)\s+\w+)\s+(?:under control|in check|down|low)\b/g;

/** A vaccine asked for: it is the prevention, named by its own words ("the vaccine that stops babies getting"). */
const VACCINE_WORDS = /\b(?:vaccin\w*|jabs?|shots?|immuni[sz]\w*|boosters?|injections?)\b/;

/** Going on with a treatment: "keep going", "carry on with them", "stay on it", "stick with it". */
const GO_ON = String.raw`(?:keep(?:ing)?\s+(?:going|on)|carry(?:ing)?\s+on|continu(?:e|ing)|stay(?:ing)?\s+on|stick(?:ing)?\s+with)(?:\s+(?:with\s+)?(?:them|it|those|these))?`;
/** Changing it: "switch", "change them", "swap", "come off it" (not "stop": a cough stops too). */
const CHANGE = String.raw`(?:switch|chang|swap|come\s+off)\w*(?:\s+(?:them|it|those|these))?`;

/**
 * A plan asked as the choice it decides: "keep going or switch?", "carry on with them or change",
 * "switch or stay on them": what the records' plans say ("ANTIRETROVIRAL PLAN: Continue regimen",
 * "Change regimen"), read as "plan".
 */
const PLAN_ASKED_AS_A_CHOICE = new RegExp(String.raw`\b(?:${GO_ON}\s+or\s+${CHANGE}|${CHANGE}\s+or\s+${GO_ON})\b`, 'g');

/**
 * The same choice with what is kept named inside it: "keep my hiv meds the same or switch them
 * up", "keep his tb pills as they are or change them": a plan for what is named, which stays
 * ("plan my hiv meds").
 */
const KEPT_THE_SAME_OR_CHANGED = new RegExp(
  String.raw`\bkeep(?:ing)?\s+((?:[\w-]+\s+){1,4}?)(?:the\s+same|as\s+(?:they|it)\s+(?:are|were|was|is))\s+or\s+${CHANGE}(?:\s+(?:up|around|over))?`,
  'g',
);

/**
 * The choice with what is gone on with named inside it: "keep going with the hiv pills or change
 * them", "stick with the pcp antibiotic or change it": a plan for what is named ("plan the hiv pills").
 */
const GONE_ON_WITH_OR_CHANGED = new RegExp(
  String.raw`\b(?:keep(?:ing)?\s+(?:going|on)|carry(?:ing)?\s+on|continu(?:e|ing)|stay(?:ing)?\s+on|stick(?:ing)?)\s+(?:with\s+)?((?:[\w-]+\s+){1,4}?)or\s+${CHANGE}`,
  'g',
);

/** What a decision about treatment is made on: a medicine's word, or a pronoun for the medicines asked before. */
const MEDICINES = String.raw`(?:tablets?|pills?|meds?|medicines?|medications?|drugs?|antibiotics?|treatments?|regimens?|therapy|them|it|those|these|ones)`;

/** The medicines a decision is about, up to three words before a medicine's word: "all my tb tablets", "the hiv ones". */
const MEDICINES_NAMED = String.raw`(?:all\s+)?(?:(?:my|his|her|their|our|the|those|these)\s+)?(?:[\w-]+\s+){0,2}?${MEDICINES}`;

/**
 * A plan asked as what the patient was told to do with their medicines: "did the hospital tell me
 * to quit all my tb tablets", "they said to come off the hiv pills", "was I told to keep taking
 * them": the plan, and for stopping the plan's own word ("Stop all"). What is stopped stays, as
 * what the plan is for. Not a habit ("told me to quit smoking"): a medicine is named.
 */
const TOLD_WHAT_TO_DO_WITH_MEDICINES = new RegExp(
  String.raw`\b(?:tell|tells|told|telling|ask|asked|want|wanted|say|said|advised?)\s+(?:(?:me|him|her|us|them)\s+)?to\s+(quit|stop|come\s+off|keep\s+taking|keep\s+on\s+with|carry\s+on\s+with|continue|switch|change|swap)\s+(${MEDICINES_NAMED})\b`,
  'g',
);

/**
 * A plan asked as whether the doctors changed, stopped or kept the patient on their medicines:
 * "were they changing my bactrim", "did the doctors stop his tb pills", "are they keeping me on
 * the hiv meds": yes or no is what the plan says. Not asked when ("when did they stop my tb
 * treatment": the date of a record, not the plan), nor a stay ("did they keep me in").
 */
const ASKED_WHETHER_DECIDED = new RegExp(
  String.raw`(?<!\bwhen\s)\b(?:were|was|did|are|is|have|had|will)\s+(?:they|the\s+(?:doctors?|hospital|team|clinic|nurses?)|doctors?)\s+(?:(?:chang|switch|swap)\w*\s+((?:(?:my|his|her|their|our)\s+[\w-]+)|${MEDICINES_NAMED})|(stop)\w*\s+(${MEDICINES_NAMED})|keep\w*\s+(?:me|him|her|us|them)\s+on\s+(${MEDICINES_NAMED}))\b`,
  'g',
);

/**
 * The choice told with the patient kept on the same: "were they keeping him on the same ones or
 * changing", "keep her on the same meds or switch": the plan ("Continue regimen", "Change regimen").
 */
const KEPT_ON_THE_SAME_OR_CHANGED = new RegExp(
  String.raw`\bkeep(?:s|ing)?\s+(?:(?:me|him|her|us|them)\s+on\s+)?the\s+same(?:\s+[\w-]+)?\s+or\s+${CHANGE}`,
  'g',
);

/**
 * What the doctors decided for the medicines: "what did they decide for them", "what did the
 * hospital decide about my hiv meds", "what was decided for her tablets", "what did they say to do
 * with it": the plan. Not what they
 * decided the illness was ("what did the doctor decide it was": a diagnosis).
 */
const DECIDED_FOR_MEDICINES =
  /\bwhat\s+(?:(?:did|do|had|have|has)\s+(?:they|the\s+(?:doctors?|hospital|team|clinic)|doctors?|(?:he|she))\s+(?:decide|say\s+to\s+do|tell\s+(?:me|him|her|us|them)\s+to\s+do)|(?:was|were|is|has\s+been)\s+decided)\s+(?=(?:for|about|on|with)\s+(?:them|it|those|these|my|his|her|their|our|the)\b)/g;

/**
 * The asker's own planning, told as why they ask: "so I can plan the next ride", "we're planning
 * a trip", "I plan to book her next checkup", "im trying to plan my week": what the asker plans is
 * no plan of the record ("TUBERCULOSIS TREATMENT PLAN", a care plan), so the verb is dropped.
 */
const ASKERS_OWN_PLANNING =
  /\b(?:i|we|i'm|im|we're|i am|we are)\s+(?:(?:can|could|will|would|'ll|need to|want to|have to|am going to|are going to|going to|gonna|try to|trying to|like to)\s+)?plan(?:s|ned|ning)?\b/g;

/** The lower-cased question with a plan or a prevention asked in lay words said in the record's words. */
export function planAndPreventionInRecordWords(text: string): string {
  const planned = text
    .replace(ASKERS_OWN_PLANNING, ' ')
    .replace(PLAN_ASKED_IN_LAY_WORDS, ' plan ')
    .replace(PLAN_ASKED_AS_A_CHOICE, ' plan ')
    .replace(KEPT_THE_SAME_OR_CHANGED, (_phrase, kept: string) => ` plan ${kept}`)
    .replace(GONE_ON_WITH_OR_CHANGED, (_phrase, kept: string) => ` plan ${kept}`)
    .replace(KEPT_ON_THE_SAME_OR_CHANGED, ' plan ')
    .replace(TOLD_WHAT_TO_DO_WITH_MEDICINES, (_phrase, done: string, medicines: string) =>
      /^(?:quit|stop|come)/.test(done) ? ` plan stop ${medicines}` : ` plan ${medicines}`,
    )
    .replace(
      ASKED_WHETHER_DECIDED,
      (_phrase, changed?: string, stopped?: string, stoppedMedicines?: string, keptOn?: string) =>
        stopped === undefined ? ` plan ${changed ?? keptOn ?? ''}` : ` plan stop ${stoppedMedicines ?? ''}`,
    )
    .replace(DECIDED_FOR_MEDICINES, ' plan ')
    .replace(KEPT_UNDER_CONTROL, (_phrase, named: string) => `for ${named}`);
  if (VACCINE_WORDS.test(planned)) return planned;
  return planned
    .replace(MEDICINE_THAT_STOPS, '$1 prevent ')
    .replace(
      PREVENTION_ASKED,
      (_phrase, kept: string | undefined, subject: string | undefined) => `prevention ${kept ?? subject ?? ''}`,
    );
}
