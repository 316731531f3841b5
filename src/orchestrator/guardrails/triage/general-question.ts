import { questionAfterStudyFrame } from './study-frame.js';

/**
 * Educational questions name emergencies without reporting one: "what are the signs of a
 * stroke?", "how do I know if someone is having a heart attack?", "what is anaphylaxis?".
 * A sentence is general when it opens like a question or a request for information and,
 * outside any hypothetical "if ..." part, says nothing about a real person here and now.
 * "Is my dad having a stroke?" and "my chest hurts, what should I do?" are not general; nor is
 * a story that opens with a past "when": "When I got there, she was cold and not shivering".
 */

/** "In case", and its formal twin "in the event (that)": a condition planned for ("in the event my baby stops breathing"). */
const IN_CASE = String.raw`in\s+(?:case|the\s+event)(?:\s+that)?`;

/**
 * A condition put by inverting "should" with "ever" ("should she ever stop breathing after a feed, what do we do?",
 * "should my dad ever fall again"): the formal "if ... ever", a plan for what may come.
 */
const INVERTED_CONDITION = String.raw`should\s+(?:i|he|she|we|they|(?:my|our|his|her|their)\s+[\w-]+)\s+ever`;

const FILLER = String.raw`(?:(?:so|ok|okay|hi|hello|hey|also|and|but|quick\s+question|just\s+curious|out\s+of\s+curiosity|in\s+general|generally|please|doctor|doc)[,:]?\s+)*`;

/**
 * "if my dad had chest pain should I give him aspirin", "if my grandma hit her head would she need
 * a scan", "if he hits his head does he need a scan", "if her waters break while I'm at work": a condition
 * about someone of one's own, named or told by a pronoun or possessive after an earlier sentence, then a question; nothing here and now, and nothing
 * told as done or going on ("if my baby has stopped breathing", "if my son ate the rat poison this
 * morning", "if my husband has crushing chest pain and is sweating" are reports put as a question). The question may
 * ask what those who would act would do: "if my daughter had an asthma attack at camp, would the leaders know what to do".
 */
/**
 * A perfect told anywhere in the sentence: "has stopped", "has been stabbed", "have just taken", "has had"
 * ("he's had" reads "he is had" once normalised).
 */
const TOLD_AS_DONE = String.raw`(?:(?:has|have|had)\s+(?:just\s+|already\s+|now\s+)?(?:been|gone|got|had|taken|swallowed|drunk|eaten|fallen|done|\w+ed|\w+en)|is\s+(?:just\s+|already\s+|now\s+)?(?:been|had|got|swallowed|drunk|eaten))`;

/**
 * A condition dated to a moment already passed or told as going on: "if my son took 20 of his tablets
 * about an hour ago", "if my daughter swallowed a battery this afternoon", "... and she's shaking", "the
 * cord is hanging out", "it won't stop bleeding", "since 1 hour" (review V9's lines on a working tree): a
 * report put as a question.
 */
const TOLD_AS_GOING_ON = String.raw`ago|today|tonight|earlier|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)|since\s+(?:\d+|an?|one|two|three|few)\s+(?:hours?|minutes?|mins?|days?)|(?:is|are|am)\s+(?:not\s+|still\s+)?\w+ing|will\s+not|does\s+not\s+stop`;

/**
 * What makes a condition told in the past simple a plan rather than a report put as a question ("if my
 * daughter swallowed one of the button batteries at lunch what should I do"): the question asked in the
 * conditional mood ("what would we do", "would she need a scan"), or a time or place still to come ("ever",
 * "one day", "on holiday", "on the plane", "while we are away", "next month", "just in case"). A condition
 * in the present ("if my child has a febrile convulsion") plans for what may come.
 */
const PLAN_FRAME = String.raw`\b(?:ever|one\s+day|some\s+day|in\s+(?:the\s+)?future|in\s+future|on\s+(?:holiday|the\s+(?:plane|flight|trip|hike|walk|beach)|a\s+(?:trip|plane|flight|hike|walk))|while\s+(?:we|i|they|he|she)\s+(?:are|am|were|was|is)\s+(?:away|there|out|abroad|at\s+work)|next\s+(?:week|month|year|time)|just\s+in\s+case|before\s+we\s+go|when\s+we\s+(?:go|travel|fly|are\s+away))\b`;

/**
 * A condition about oneself in the past simple with the question in the conditional mood ("if I got chest pain on the
 * crossing, would the crew be able to do anything"): a plan, as the same condition about someone of one's own is. A
 * condition about oneself in the present ("if I have chest pain and my arm is numb, should I go") may be a report put as
 * a question, and is read as told. A dose the writer would take ("if I took 30 of my sleeping tablets would I die?") is
 * no plan: it asks what one's own means would do, a warning sign the Columbia scale names (`lethal-means-question.ts`).
 */
const SUBJUNCTIVE_OF_ONESELF = String.raw`(?:got|had|started|developed|felt|fell|collapsed)\b[^.;?]*\b(?:would|could|might)\b`;

const CONDITIONAL_QUESTION = String.raw`(?:if|${IN_CASE}|say|suppose|supposing|what\s+if|imagine)\s+(?:(?:my|our|his|her|their)\s+|(?:he|she|they)\s+(?=\w)|(?:i|we)\s+(?=${SUBJUNCTIVE_OF_ONESELF}))(?![^.;?]*\b(?:${TOLD_AS_DONE}|${TOLD_AS_GOING_ON})\b)(?![^.;?]*\b(?:now|just|already|currently|still(?!\s+(?:need|needs|have\s+to|has\s+to|go|be|get|require))|right\s+now)\b)[^,.;?]{0,50}?\b(?:had|has|have|hits|were|was|gets|falls|takes|swallows|starts|ever|breaks?|goes|turns?|stops?|becomes?|develops?|collapses?|faints?|fits|swallow|drinks?|eats?|comes\s+back|does\s+not|do\s+not|(?:hit|got|fell|took|swallowed|broke|turned|stopped|became|developed|collapsed|fainted|drank|ate|came\s+back|did\s+not)(?=[^.;?]*(?:\b(?:would|could|might)\s+(?:i|we|she|he|they|you|it|that|this|the\s+(?:leaders?|teachers?|staff|crew|school|nursery|hospital|ambulance|paramedics?|doctors?|nurses?|coach(?:es)?|carers?|lifeguards?|organisers?|organizers?|airline|hotel))\b|${PLAN_FRAME})))\b[^.;?]*?(?:\b(?:should|would|could|shall|do|does|will|can|what|how)\s+(?:i|we|she|he|they|you|it|that|this|the\s+(?:leaders?|teachers?|staff|crew|school|nursery|hospital|ambulance|paramedics?|doctors?|nurses?|coach(?:es)?|carers?|lifeguards?|organisers?|organizers?|airline|hotel))\b|\bwhat\s+(?:are|is)\s+the\s+(?:steps|first\s+aid|signs|treatment|plan|protocol|procedure|advice)\b)`;

/**
 * A passive told with its subject left out, as a bystander or a reading of another language tells it ("was found
 * collapsed on the floor", "was hit by a car", "were found unconscious"): a statement, never a question, which inverts
 * to put its subject after "was" ("was he found ...").
 */
const SUBJECTLESS_PASSIVE = String.raw`found|discovered|hit|struck|knocked|run\s+over|stabbed|shot|bitten|stung|pulled|rushed|taken|brought|carried`;

const QUESTION_OPENER = new RegExp(
  // "if someone has chest pain should I give aspirin", "in case my child has a fit": planning ahead.
  String.raw`^${FILLER}(?:${CONDITIONAL_QUESTION}|if\s+(?:i|he|she|we|they)\s+(?:(?:am|is|are|was|were)\s+)?ever\b(?![^.;?]*\b(?:now|currently|at\s+the\s+moment)\b)|(?:if|${IN_CASE}|suppose|supposing|hypothetically|say|when|whenever)\s+(?:i\s+(?:think|suspect|see|find|notice)\s+)?(?:someone|somebody|anyone|a\s+person|you|people|a\s+(?:child|baby|kid|friend|patient)|(?:one|any|either|none)\s+of\s+(?:them|us|the\s+\w+|my\s+\w+|our\s+\w+)|(?:a|an)\s+(?:[\w-]+\s+){1,2}(?=(?:is|has|gets|goes|becomes|falls|collapses|stops|starts|seems|looks|feels|can|cannot|does|will|were|was|had|told|tells|said|says|took|takes|ate|eats|drank|drinks|fell|swallowed|swallows|collapsed|fainted|stopped|went|got|hits|chokes|cuts|burns|bleeds|reacts|bangs|breaks|drowns|faints)\b))\b|(?:at|from|by)\s+(?:what|which)\s+(?:point|stage)|what|how|why|which|when(?=\s+(?:should|do|does|did|is|are|was|were|can|could|would|will|must|might|shall|to|exactly)\b)|where|who|(?:is|are|was|were|can|could|does|do|should|would|will)(?!\s+(?:not|only|barely|hardly|never|no\s+longer|still|just)\b)(?!\s+(?:${SUBJECTLESS_PASSIVE})\b)|tell\s+me|explain|describe|list|i\s+(?:want|would\s+like|wanted|need)\s+to\s+(?:know|learn|understand)|i\s+am\s+(?:curious|wondering)|i\s+was\s+wondering|i\s+wonder)\b`,
);

/** The hypothetical part of a question: "what should I do if my child has a seizure". */
const HYPOTHETICAL_TAIL = new RegExp(
  String.raw`\b(?:if|whether|${IN_CASE}|when|whenever|before|after|${INVERTED_CONDITION})\b.*$`,
);

/** Words that tie a sentence to a real person or to this moment. */
const PERSONAL_OR_PRESENT =
  /\b(?:i\s+(?:am|have|feel|felt|think|took|just|cannot|keep|was|had|got|started)|me|my|mine|myself|he|she|they|his|him|her|hers|their|them|we|our|us|this|these|right\s+now|currently|at\s+the\s+moment|(?:that|which)\s+is\s+(?:still\s+)?(?:gaping|bleeding|open|infected|weeping|spreading))\b/;

/**
 * A rule of thumb someone passed on, not a report: "my friend said chest pain always needs checking".
 */
const GENERIC_ADVICE =
  /\b(?:always|should\s+always|must\s+always|should\s+never)\s+(?:needs?|be|get|gets|has\s+to\s+be)\s+(?:checked|checking|seen|looked\s+at|taken\s+seriously|ignored)\b|\b(?:a|an|any)\s+(?:[\w-]+\s+){1,5}?(?:can|could|may|might)\s+(?:mean|be\s+(?:a\s+)?(?:sign|symptom)|signal|indicate)\b|^(?:(?:i\s+(?:have\s+been|was|am)\s+told|they\s+(?:say|said)|(?:my\s+)?(?:doctor|gp|nurse|consultant)\s+(?:says|said))\s+(?:that\s+)?)?any\s+(?:[\w-]+\s+){1,7}?(?:means?|needs?|requires?|warrants?|should\s+(?:be|mean))\b/;

/**
 * "if I used my EpiPen and felt better, do I still need to go to hospital?": a condition about
 * oneself, then a question, nothing here and now. Not a question about dying or a dose, which is
 * read as the lethality question it may be.
 */
const SELF_CONDITIONAL =
  /^(?:if|say|suppose)\s+(?:i|we)\s+(?![^?]*\b(?:now|just|already|currently|right\s+now|die|dead|kill|fatal|lethal|overdose|enough|how\s+many|how\s+much)\b)[^?]*\b(?:do|would|should|will|can|could|shall)\s+(?:i|we)\s+(?:still\s+)?(?:need|have|go|call|ring|be)\b/;

/**
 * What a run-on question goes on to tell after the asked clause, unpunctuated: a new subject and verb ("how do i ask my
 * mum if she took too many of her tablets she is very sleepy"), signs of now, an act or a farewell act ("... he gave away
 * his dog and wrote a will"; reviewer V40, session 58). Only the asked clause is the question's topic.
 */
const TOLD_AFTER_THE_ASKED = String.raw`[^,;.!?]*?\b(?:he|she|they|i|we)\s+[\w'-]+\b[^,;.!?]*?\b(?:he|she|they|it|(?:my|his|her|their)\s+[\w-]+)\s+(?:is|are|was|were|has|had|have|seems?|looks?|feels?|keeps?|kept|says?|said|gave|wrote|took|showed|left|bought|went|got|cut|cannot|can't|will\s+not|won't|\w+ed)\b|[^,;.!?]*\b(?:blood|bleeding|pale|grey|sleepy|drowsy|confused|unconscious|unresponsive|not\s+breathing|floppy|(?:gave|given|giving)\s+away|(?:wrote|written|writing)\s+(?:a|his|her|their)\s+(?:will|note|letters?)|goodbyes?)\b`;

/**
 * How to ask someone whether they are unwell, the whole sentence: "how do I ask my friend if she is having suicidal
 * thoughts", "what is the best way to ask my son about self-harm" (NICE NG225: asking directly is what a worried friend
 * should do; Columbia's first questions). What is asked about is the question's topic. A sentence that goes on to tell
 * anything of the person after a comma, or dates it to now, is read: "how do I ask her if she is ok, she has the pills".
 */
const HOW_TO_ASK_WHETHER = new RegExp(
  String.raw`^(?:(?:so|ok|okay|hi|hello|hey|also|and|but)[,:]?\s+)*(?:how\s+(?:do|can|should|would|could)\s+(?:i|we)|what\s+is\s+the\s+best\s+way\s+to)\s+(?:ask|raise\s+it\s+with|bring\s+it\s+up\s+with|check\s+with|talk\s+to)\s+(?:my|our|a|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:if|whether|about)\s+(?![^,;.!?]*\b(?:now|right\s+now|tonight|today|already|just|again)\b)(?!${TOLD_AFTER_THE_ASKED})[^,;.!?]*\??\s*$`,
);

/**
 * "what should his friends do if ...", "how would the teacher know if ...": whoever the question
 * asks about, the condition after it is what the sentence is about, and it is hypothetical.
 */
const ADVICE_FRAME =
  /^(?:what|how)\s+(?:should|would|do|does|can|could|must|might|are|is)\s+(?:[\w']+\s+){1,3}?(?=(?:do|say|know|tell|spot|look\s+out\s+for|watch\s+for|give|supposed\s+to\s+do)\s+(?:if|when|in\s+case)\b)/;

/**
 * A longer frame ("what should we teach our twins to do if ...") is hypothetical only when nothing
 * after it is told as happening: frightened people ask "what should me and my wife do when our baby
 * goes blue like this" about what is in front of them.
 */
const WIDE_ADVICE_FRAME =
  /^(?:what|how)\s+(?:should|would|do|does|can|could|must|might|are|is)\s+(?:[\w']+\s+){4,5}?(?=(?:do|say|know|tell|spot|look\s+out\s+for|watch\s+for|give|supposed\s+to\s+do)\s+(?:if|when|in\s+case)\b)/;

const TOLD_AS_HAPPENING =
  /\b(?:like\s+(?:this|that)|again|now|right\s+now|currently|at\s+the\s+moment|still|(?:he|she|it|they|i|we)\s+(?:is|are|am|has|have|was|were|cant|cannot|can't)|(?:he|she|it)'s|(?:has|have)\s+(?:gone|turned|been|stopped|started))\b/;

function withoutAdviceFrame(sentence: string): string {
  if (ADVICE_FRAME.test(sentence)) return sentence.replace(ADVICE_FRAME, '');
  return TOLD_AS_HAPPENING.test(sentence) ? sentence : sentence.replace(WIDE_ADVICE_FRAME, '');
}

/** "How would I tell heat exhaustion apart from heatstroke in my neighbour?": telling conditions apart, a knowledge question. */
const TELL_APART =
  /^(?:how|what)\s+(?:would|do|can|could|should|is|are)\s+(?:i|we|you|one|the\s+difference)\s+(?:\w+\s+)?(?:tell|know|distinguish|differentiate|spot)\b(?![^?]*\b(?:now|right\s+now|currently|at\s+the\s+moment|today|tonight)\b)[^?]*\b(?:apart\s+from|from|between|versus|vs|or)\b/;

/**
 * A supposition that opens the sentence: "Planning ahead: say my waters went early, at 33 weeks."
 * The question ("who would I ring?") may follow in a sentence of its own.
 */
const SUPPOSITION = new RegExp(
  String.raw`^${FILLER}(?:(?:planning|thinking)\s+ahead[,:]?\s+|for\s+future\s+reference[,:]?\s+|just\s+in\s+case[,:]?\s+)*(?:say|suppose|supposing|imagine|hypothetically(?:\s+speaking)?|let\s+us\s+say|what\s+if)\s*,?\s+(?:(?:my|our|i|we|he|she|they|someone|somebody|a)\b|(?:his|her|their)\b(?![^.;?]*\b(?:${TOLD_AS_DONE}|${TOLD_AS_GOING_ON})\b))(?![^.;?]*\b(?:now|right\s+now|currently|at\s+the\s+moment|already|just)\b)`,
);

/**
 * A case put for teaching or an exam, about no one of the writer's own and nothing now: "Teaching question: an adult on
 * warfarin who falls from a ladder and hits their head, but has no symptoms - what does guidance recommend?", "Student
 * question: which findings in a febrile baby put them in the high-risk group?" (a student's question only when it asks
 * at once: a "student case:" is a vignette to triage). Only the
 * words of teaching: a bare "hypothetical" is the commonest disguise of a real overdose or plan (review V24, 08:16),
 * left to SUPPOSITION. A case told as one's own, as now or lately ("an hour ago", "for 20 minutes"), in a present state
 * ("is vomiting", "has the rope ready") or as a death wished is read.
 */
const TEACHING_CASE = new RegExp(
  String.raw`^${FILLER}(?:(?:teaching|exam|quiz|revision|training|osce|textbook|study)\s+(?:question|scenario|case|example)s?\s*[:,-]\s+|(?:students?|nursing|medical|paramedic|pharmacy)\s+(?:(?:teaching|exam|revision|study)\s+)?questions?\s*[:,-]\s+(?=(?:for\s+(?:an?|the)\s+[^,.;?]{0,60},\s+)?(?:which|what|how|when|is|are|does|do|should|can)\b))(?![^.;?]*\b(?:now|right\s+now|currently|at\s+the\s+moment|already|just|today|tonight|this\s+(?:morning|afternoon|evening)|aside|my|our|me|i|ago|\d+\s*(?:mins?|minutes?|hours?|hrs?)|(?:is|are)\s+(?:\w+ing|hard|unconscious|unresponsive|blue|not)|(?:has|have)\s+(?:been|gone|got|taken|swallowed|\w+ed)|rope|goodbyes?|plan\w*|die|dying|kill\w*|suicid\w*|overdos\w*)\b)`,
);

/**
 * Asking for the threshold of care, not telling it is reached: "what are the signs my son's asthma
 * attack is bad enough for an ambulance?" names someone's condition only as the topic of a plan.
 * Anything told as now ("right now", "already") makes it a report. The question reaches no further
 * than its clause: see `isThresholdQuestion`.
 */
const THRESHOLD_QUESTION = new RegExp(
  String.raw`^${FILLER}(?:what|which)\s+(?:are|is|would\s+be)\s+(?:the\s+)?(?:(?:warning|danger|tell-?tale|main)\s+)?(?:signs?|symptoms?|red\s+flags?)\b(?![^?]*\b(?:now|right\s+now|currently|at\s+the\s+moment|already|today|tonight)\b)[^?,.;:]*\b(?:(?:bad|serious|severe|ill|sick)\s+enough|needs?\s+(?:an?\s+)?(?:ambulance|hospital|a\s*&\s*e|999|911)|time\s+to\s+(?:call|ring|go))\b`,
);

/**
 * Someone told as being or doing something: "his lips have gone blue", "she is floppy", "he cant
 * talk". After a threshold question, run on without a question mark or after a comma, it is the
 * report the question was asked about.
 */
const TOLD_AS_REPORT =
  /\b(?:i|he|she|they|we|it|his|her|my|their|our|the|this|that)\b[^?]*?\b(?:is|are|am|has|have|had|was|were|cant|can't|cannot|won't|wont|keeps?|looks?|seems?|gone|been|not)\b/;

/**
 * Asking which findings call for care, to plan or to teach: "what are the signs of a stroke that mean they should ring
 * 999", "which kinds of bleeding later in pregnancy should make me go straight to hospital", "what stroke symptoms
 * should we watch for, like a drooping face", "which numbers should make staff think of sepsis". The question's subject
 * is a class of findings (signs, symptoms, kinds of ...), and the person in it ("they", "me", "we", "staff") is whoever
 * would act on the answer, not someone told as ill (NHS 111 and NICE safety-netting lists are written this way). A
 * report told after the question ("..., my grandad is sitting here and his mouth is drooping"), anything told as now or
 * pointed at ("this", "these") makes it a report: see `isThresholdQuestion`.
 */
const LIST_QUESTION = new RegExp(
  String.raw`^${FILLER}(?:what|which)\s+(?:(?:are|is|would\s+be)\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}?(?:signs?|symptoms?|red\s+flags?|(?:kinds?|types?|sorts?)\s+of|numbers|readings)\b(?![^?]*\b(?:now|right\s+now|currently|at\s+the\s+moment|already|today|tonight|this|these|like\s+that)\b)[^?.;:]*?\b(?:should|would|must|mean|means|make|makes|warrant|warrants)\b`,
);

/**
 * What tells a case inside a list question, wherever it stands in the sentence (review V24, 07:36): someone of one's
 * own by a possessive ("with my son's head injury: vomiting 3 times", "with my throat tightening"; a group the answer is
 * for, "our residents", is no case), a number other than an emergency line ("a baby of 5 weeks with a 38.5 fever"),
 * the writer or someone told doing something ("after he hit his head", "since I ate the cake"), or a time of now.
 */
const CASE_IN_LIST_QUESTION = new RegExp(
  String.raw`\b(?:my|his|her|their|your|our(?!\s+(?:residents|staff|pupils|patients|children|kids|members|clients|players|students|customers|guests|employees|team|volunteers|class|group)\b))\b|\b(?!(?:999|911|111|112)\b)\d|\b(?:i|he|she|they|we)\s+(?:\w+ed|hit|fell|took|ate|drank|swallowed|had|got|went|was|were|banged|cut|bit|stung|felt|began|started)\b|\b(?:since|ago|yesterday|earlier)\b`,
);

/** A threshold or list question that reaches the end of its sentence with nothing told after it. */
function isThresholdQuestion(sentence: string): boolean {
  const threshold = THRESHOLD_QUESTION.exec(sentence);
  const list = threshold === null ? LIST_QUESTION.exec(sentence) : null;
  const question = threshold ?? list;
  if (question === null) return false;
  if (list !== null && CASE_IN_LIST_QUESTION.test(sentence)) return false;
  return !TOLD_AS_REPORT.test(sentence.slice(question.index + question[0].length));
}

/**
 * A part after a comma that opens with someone else of one's own, or with anyone told doing something ("..., a kid fell
 * in the pool and is not breathing"), and is not itself a question ("I am 35 weeks and paranoid" tells a worry), or
 * with the writer or a thing after "but" or "now" ("..., but I have just swallowed 30 paracetamol", "... and now my dad
 * has collapsed", "but the cut is spurting").
 */
const REPORT_OPENING =
  /^(?:(?:and\s+|but\s+|because\s+|cos\s+|coz\s+|cause\s+)?(?:(?:right\s+)?now\s+)?(?:my|his|her|our|their|he|she|they|(?:the|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?(?=(?:is|are|was|were|has|have|cannot|keeps?|looks?|seems?|just)\b)|(?:the|this|that|a|an)\s+[\w-]+\s+(?=(?:fell|collapsed|swallowed|took|drank|ate|stopped|went|got)\b))|(?:and\s+|but\s+|because\s+|cos\s+|coz\s+|cause\s+)(?:(?:right\s+)?now\s+)?(?:i|we|the\s+[\w-]+)|(?:right\s+)?now\s+(?:i|we))\b(?!\s+(?:should|would|could|can|do|does|did|will|shall|must)\b)/;

/** Where a report may be joined to a question: a comma, or "but" / "and now" with no comma. */
/**
 * The writer's own act of harm or intake told done after a question: "what happens now, i swallowed 30 paracetamol an
 * hour ago", "is this bad, we drank some of the weedkiller". Unlike a state ("I am 35 weeks and paranoid"), it is a report.
 */
const OWN_ACT_TOLD =
  /^(?:(?:and|but|because|cos|coz|cause)\s+)?(?:(?:right\s+)?now\s+)?(?:i|we)\s+(?:have\s+|had\s+)?(?:just\s+|already\s+|accidentally\s+)*(?:took|taken|swallowed|drank|drunk|downed|necked|injected|overdosed|ate|eaten|cut|burned|burnt|scalded)\b/;

const REPORT_JOIN = /\s*,\s*|\s+(?=(?:but|and\s+(?:right\s+)?now|because|cos|coz|cause)\s)/;

/**
 * The report told after a general question in the same sentence: "when should I call an
 * ambulance, my husband has crushing chest pain and is sweating", "how do we know when to call 999,
 * our baby is going blue". The question stays a question; from the first part after a comma that
 * tells someone of one's own as being or doing something, the sentence is a report. Null when
 * nothing after the question is told so.
 */
function reportAfterQuestion(sentence: string): string | null {
  const parts = sentence.split(REPORT_JOIN);
  const start = parts.findIndex(
    (part, index) =>
      index > 0 &&
      !part.includes('?') &&
      ((REPORT_OPENING.test(part) && TOLD_AS_REPORT.test(part)) || OWN_ACT_TOLD.test(part)),
  );
  return start === -1 ? reportRunOnAfterQuestion(sentence) : parts.slice(start).join(' , ');
}

/** What a question asks: "should I give them aspirin", "do we call 999". */
const ASKED = /\b(?:should|would|could|can|do|does|shall|must)\s+(?:i|we|you|they|he|she)\s+/g;

/** Someone of one's own told by a possessive: "my dad", "her son" (not "my i" of a garbled text). */
const OWN_PERSON = String.raw`(?:my|his|her|our|their)\s+(?!(?:i|we|he|she|they|it)\b)[\w-]+`;

/** Verbs that report what someone says or thinks: what follows them is talk, not a report. */
const SAYS = String.raw`tells?|told|says?|said|thinks?|thought|admits?|admitted|mentions?|mentioned`;

/** Someone told as being or having something: where a report run on after a question begins. */
const RUN_ON_REPORT = new RegExp(
  String.raw`(?:^|\s|-)((?:i|we|he|she|${OWN_PERSON}|the\s+(?!(?:i|we|he|she|they|it)\b)[\w-]+(?:\s+[\w-]+){0,4}?)\s+(?:am|is|are|has|have|had|was|were|cannot|keeps?|just)\b.*)$`,
);

/** A condition or a pause between what is asked and a report: the report is then no run-on. */
const NOT_RUN_ON = /[,;:?]|\b(?:if|when|whenever|in\s+case|whether|while|before|after|until|unless)\b/;

/**
 * A report run on after a question with no punctuation: "If I'm ever with someone who has chest
 * pain should I give them aspirin my dad has collapsed and is not breathing". Only what follows what
 * the question asks, with no condition or pause before it, is read, so the question's own condition
 * ("should I do if my son has a seizure") stays a plan.
 */
function reportRunOnAfterQuestion(sentence: string): string | null {
  const asked = [...sentence.matchAll(ASKED)].at(-1);
  if (asked === undefined) return null;
  const rest = sentence.slice(asked.index + asked[0].length);
  const report = RUN_ON_REPORT.exec(rest);
  if (report === null) return null;
  const before = rest.slice(0, report.index);
  if (NOT_RUN_ON.test(before) && !ANYONE_CONDITION.test(before)) return null;
  if (NOT_RUN_ON.test(before) && VERB_JOINED_TO_THE_CONDITION.test(report[1] ?? '')) return null;
  return report[1];
}

/**
 * A verb joined by "and" to the condition's own, with no subject of its own: "(what would you do if a kid fell in) the
 * pool and was not breathing" goes on telling the kid of the condition, not someone new.
 */
const VERB_JOINED_TO_THE_CONDITION =
  /^the\s+(?:[\w-]+\s+){0,3}?(?:and|or|but)\s+(?:am|is|are|has|have|had|was|were|cannot|keeps?|just)\b/;

/**
 * A condition about anyone, with no pause in it: "(what should I do) if someone collapses". What
 * it plans for names nobody of the writer's own, so someone of their own told as being or doing
 * something after it is the case itself, run on: "what should I do if someone collapses my
 * neighbour just fell down and isn't breathing" (review, a known miss). A condition about
 * someone of one's own ("if my son has a seizure he is 2") stays a plan.
 */
const ANYONE_CONDITION =
  /^\s*(?:do|say|give|help|call|ring|know|tell|check|look\s+for|watch\s+for)?\s*(?:if|when|whenever|in\s+case)\s+(?:someone|somebody|anyone|anybody|a\s+person|people|you|a\s+(?:child|baby|kid|stranger|friend))\s+[^,;:?]*$/;

/**
 * The condition of the question before told as met, naming nothing: "he just has", "I think she has, one's
 * missing", "she did, just now", "Pretty sure she did", "looks like he has, the packet's empty", "He's done
 * it", "he is.", "It's happened.", "yes that's exactly what's going on" (review V11, 15:14 and 15:19), and so
 * with what it goes on to tell: "she just did and she's drowsy".
 */
const CONDITION_MET = String.raw`^(?:(?:yes|yeah|yep|and|but|well|so|because|cos|coz|ok|oh)\s*,?\s+)*(?:(?:i\s+think|i\s+am\s+(?:pretty\s+)?sure|pretty\s+sure|(?:it\s+)?looks\s+like|seems\s+like|i\s+reckon)\s+)?(?:(?:he|she|they|it)\s+(?:just\s+|already\s+|actually\s+)?(?:has|have|did|is|are|does)(?:\s+(?:done\s+(?:it|that)|stopped|happened|gone))?(?:\s+(?:now|too|already|just\s+now))?(?=\s*(?:[,!]|$)|\s+and\s+(?:now\s+)?(?:he|she|they|it|i|we)\b)|(?:it|that|this)\s+(?:is|has)\s+(?:just\s+)?happened\b(?!\s+(?:before|once|twice|again\s+(?:and|but)|in\s+the\s+past|years|last|when))|(?:that|this)\s+is\s+(?:exactly\s+|just\s+)?what\s+is\s+(?:happening|going\s+on)\b)`;

/**
 * How long the episode in front of the writer has lasted so far, naming nothing: "it's been 6 now", "going on
 * 8 minutes now", "Over 5 minutes already", "This one has gone on for 7 minutes" (review V11, 15:26).
 */
const LASTED_SO_FAR = String.raw`^(?:(?:and|but|well|so)\s+)?(?:(?:(?:(?:it|that|this)\s+(?:is|has)\s+been\s+|going\s+on\s+)?(?:(?:about|over|more\s+than|nearly|almost)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\b(?!\s*(?:years?|months?|weeks?|days?)\b)[^.;?]*\b(?:now|so\s+far|already)\b)|(?:it|this|that)(?:\s+one)?\s+(?:has\s+(?:gone\s+on|been\s+going(?:\s+on)?|lasted)|is\s+(?:still\s+)?(?:going\s+on|lasting))\s+(?:for\s+)?(?:(?:about|over|more\s+than|nearly|almost)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s*(?:minutes?|mins?|hours?)\b)`;

/**
 * An act of harm told done, whoever did it: "what if someone took 40 paracetamol? my friend has already taken them"
 * (reviewer V40, session 58: a hypothetical opening undone by an act told done, here in the sentence after it).
 */
const ACT_TOLD_DONE = String.raw`\b(?:has|have|had)\s+(?:just\s+|already\s+|now\s+)+(?:swallowed|taken|drunk|downed|necked|injected|overdosed|done\s+it|cut|jumped)\b|\balready\s+(?:swallowed|took|taken|drank|downed|necked|injected|overdosed|did\s+it)\b`;

/**
 * The asked thing told as done by someone real tonight or today: "is it normal for a 2 wk old to have pauses in
 * breathing for 20 seconds? my girl did it twice tonight" (not "my son did that as a baby").
 */
const DONE_BY_OWN_PERSON = String.raw`^(?:(?:and|but|well|because)\s+)?(?:he|she|they|${OWN_PERSON})\s+(?:did|does|has\s+done|had|has\s+had|keeps\s+doing|was\s+doing)\s+(?:it|that|this|them|those)\s+(?:\w+\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|just\s+now|earlier|again)\b`;

/**
 * A sentence that says the question before it is happening: "What should I do if my chest pain
 * spreads to my arm? It's doing that now.", "... what do you do. Happening right now.", "If he got chest
 * pain what should we do? He has it now and is sweating.", or someone told as going on in it: "If my
 * dad got bitten by a snake what do we do? His leg is swelling fast and he feels faint." It may name no
 * finding at all (review V11, 15:06 to 15:26): the time it has lasted ("it's been 6 now", "This one has gone
 * on for 7 minutes", not "it's been 2 years"), the condition told as met ("he just has", "I think she has,
 * one's missing from the remote"), or "that's what's happening".
 */
const QUESTION_COMES_TRUE = new RegExp(
  String.raw`${CONDITION_MET}|${LASTED_SO_FAR}|${ACT_TOLD_DONE}|${DONE_BY_OWN_PERSON}|^(?:(?:and|but|well|because)\s+)?(?:(?:it|that|this|he|she)\s+is\s+|they\s+are\s+|i\s+am\s+)?(?:(?:doing|having)\s+(?:that|this|it|exactly\s+that|just\s+that)\b|happening\b)|^(?:(?:and|but|well|because|cos|coz)\s+)?(?:he|she|they|i|we|it|this|that)\s+(?:has|have|is|are|am|does|do|did|got)\s+(?:(?:got|having|doing)\s+)?(?:(?:it|that|this|one|them)\s+)?(?:now|right\s+now|at\s+the\s+moment|already)\b|\b(?:he|she|they|it|${OWN_PERSON}|the\s+[\w-]+)\s+(?:is|are)\s+(?:(?:really|very|so|still|now|getting)\s+)?(?!going\s+to\b)\w+ing\b|\b(?:right\s+now|at\s+the\s+moment)\b`,
);

/** Whether `next`, the sentence after a general question, says the question is what is happening. */
export function comesTrue(next: string): boolean {
  return QUESTION_COMES_TRUE.test(next);
}

/**
 * What of a sentence tells the case: all of it, the report after a general question, or nothing
 * (null); `next` is the sentence after it, which may say the question is what is happening.
 */
export function toldPart(sentence: string, next = ''): string | null {
  const passedOn = QUESTION_PASSED_ON_FOR_SOMEONE.exec(sentence) ?? NOTHING_HAPPENED_BEFORE_THE_QUESTION.exec(sentence);
  if (passedOn !== null) {
    const question = sentence.slice(passedOn[0].length);
    const told = toldPart(question, next);
    return told === question ? sentence : told;
  }
  const aside = ASIDE_IN_CONDITION.exec(sentence);
  const read = aside === null ? sentence : sentence.replace(aside[1], ' ');
  if (!isGeneralQuestion(read)) return sentence;
  if (QUESTION_COMES_TRUE.test(next) || isOwnConditionToldAsHappening(read, next)) return sentence;
  const report = reportAfterQuestion(read);
  if (aside === null) return report;
  return report === null ? aside[1] : `${aside[1]} , ${report}`;
}

/**
 * A question passed on for someone, its preamble closed by a colon: "my mum keeps asking me this so I'm asking for her: is
 * it ever ok to wait at home if someone has chest pain?", "asking for my nan: ...". The preamble tells who asks, not a
 * case (ConText: the question is the hypothetical's trigger, whoever puts it), nor does "before the marathon I want to
 * know:"; what follows the colon is read as any
 * question is, and a case told there is read.
 */
const QUESTION_PASSED_ON_FOR_SOMEONE =
  /^(?:(?:my|our)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:keeps?|kept|has\s+been|is\s+always|always)\s+asking(?:\s+(?:me|us))?(?:\s+(?:this|about\s+this|the\s+same\s+thing))?(?:\s+so\s+i\s+am\s+asking\s+(?:for\s+(?:her|him|them)|you))?|(?:i\s+am\s+)?asking\s+for\s+(?:a\s+friend|(?:my|our)\s+[\w-]+|her|him|them)|(?:(?:before|for|ahead\s+of)\s+(?:the|my|our|a|an)\s+[\w-]+(?:\s+[\w-]+)?\s*,?\s+)?(?:i\s+(?:want|would\s+like|need)\s+to\s+know|(?:i\s+am\s+)?just\s+wondering|quick\s+question))\s*:\s*/;

/**
 * A question told after the teller says nothing has happened: "nothing has happened, but if he fell and hit his head,
 * would he need a scan?", "she is fine at the moment, but if her sats dropped ...". The opening says the question is a
 * plan; what follows it is read as any question is, and a case told there is read.
 */
const NOTHING_HAPPENED_BEFORE_THE_QUESTION =
  /^(?:nothing\s+(?:has\s+)?happened(?:\s+yet)?|(?:he|she|they|i|we)\s+(?:is|are|am)\s+(?:totally\s+|perfectly\s+)?(?:fine|well|ok|okay)\s+(?:at\s+the\s+moment|for\s+now|so\s+far)|touch\s+wood|this\s+is\s+(?:just\s+|purely\s+)?hypothetical)\s*,?\s*(?:but|and|so)\s+(?=(?:if|what\s+if|in\s+case|suppose|supposing|say|should\s+(?:he|she|they|i|we)\s+ever)\b)/;

/**
 * An aside about the person a condition names, between commas: "what should I do if my dad, who is 80, has a stroke
 * on holiday", "if our son, aged 4, ever has a fit at nursery", "if my mum, who lives alone, fell and hit her head". The
 * condition is read as if the aside were not there (the hypothetical is not ended by its first comma), and the aside is
 * read as what it is, a statement about someone real: "if my son, who has a rash and a stiff neck, gets worse" tells the
 * rash and the stiff neck.
 */
const ASIDE_IN_CONDITION =
  /\b(?:if|in\s+case|suppose|supposing|say|what\s+if|imagine|when|whenever)\s+(?:my|our|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?(\s*,\s*(?:who|aged?|\d|(?:he|she)\s+is|an?\s)[^,.;?]{0,60}?\s*,)/;

/**
 * A disclosure put as a hypothetical: "what would you say if i told you i have the rope ready and i am
 * going to do it tonight", "what if I said I have just swallowed the whole packet" (review V9, 09:30).
 * The condition is the writer's own telling, and what follows it is a statement with a subject of its
 * own, whatever its verb ("i took 40 paracetamol an hour ago", "i drank the bleach"). It is read as told;
 * a telling with nothing alarming in it ("if I told you I am writing a story") then finds nothing.
 */
const DISCLOSURE_AS_HYPOTHETICAL =
  /\b(?:if|suppose|say)\s+i\s+(?:told|tell|said|say|admitted|admit|confessed|confess|(?:was|were)\s+to\s+(?:tell|say|admit))\s+(?:you|u|ya|anyone|someone)?\s*(?:that\s+)?(?:i|we|he|she|they|(?:my|our)\s+[\w-]+)\s+[\w-]+/;

/**
 * A question whose goal is a death, the asker's or another's ("how many sleeping pills to not wake up", "how many do I
 * need to die"): method research (Columbia: preparatory behaviour; NICE NG225), never a general question, whoever it
 * names. The self-harm signals decide whether it names a means.
 */
const DEATH_AS_THE_GOAL =
  /\bhow\s+(?:many|much)\b[^.?;]{0,60}?\bto\s+(?:die|not\s+wake(?:\s+up)?|never\s+wake(?:\s+up)?|sleep\s+forever|kill\s+(?:myself|himself|herself)|end\s+(?:it|my\s+life)|be\s+dead)\b/;

export function isGeneralQuestion(sentence: string): boolean {
  if (DISCLOSURE_AS_HYPOTHETICAL.test(sentence) || DEATH_AS_THE_GOAL.test(sentence)) return false;
  if (HOW_TO_HANDLE_ONE.test(sentence)) return true;
  const studied = questionAfterStudyFrame(sentence);
  if (studied !== null && (TOPIC_HEADING.test(studied) || isGeneralQuestion(studied))) return true;
  if (TOPIC_HEADING.test(sentence)) return true;
  if (PLAN_TOLD_FOR_THE_FUTURE.test(sentence)) return true;
  if (isPlanWrittenForAnyone(sentence)) return true;
  if (GENERIC_ADVICE.test(sentence) || SELF_CONDITIONAL.test(sentence) || TELL_APART.test(sentence)) return true;
  if (HOW_TO_ASK_WHETHER.test(sentence)) return true;
  if (isThresholdQuestion(sentence)) return true;
  if (SUPPOSITION.test(sentence) || TEACHING_CASE.test(sentence)) return true;
  if (!QUESTION_OPENER.test(sentence)) return false;
  const framed = withoutAdviceFrame(sentence);
  const tail = HYPOTHETICAL_TAIL.exec(framed)?.[0] ?? '';
  if (ONGOING_IN_CONDITION.test(tail)) return false;
  return !PERSONAL_OR_PRESENT.test(framed.slice(0, framed.length - tail.length));
}

/**
 * How those who would act are to handle, spot or tell one of a kind ("how should we handle a seizure on the wall", "how
 * would we recognise a febrile fit", "how do we deal with a child choking in the canteen"): a kind named by its
 * indefinite article is a topic, whoever asks (ConText's hypothetical). Not one told as now or pointed at ("how do we
 * handle a seizure, he is having one now", "a fit like this"), nor one about someone of the writer's own.
 */
const HOW_TO_HANDLE_ONE = new RegExp(
  String.raw`^${FILLER}how\s+(?:should|would|do|can|could|must|might|are)\s+(?:we|i|you|they|staff|teachers|leaders|carers)\s+(?:supposed\s+to\s+|best\s+)?(?:handle|deal\s+with|manage|treat|respond\s+to|recogni[sz]e|spot|tell|know|identify|react\s+to|cope\s+with)\s+(?:a|an|any)\s+(?![^.;?]*\b(?:now|right\s+now|at\s+the\s+moment|currently|like\s+this|this\s+one|again|still|today|tonight|ago|just|(?:he|she|they|it)\s+(?:is|has|was|are|have)|(?:my|his|her|our|their)\s+(?:son|daughter|child|baby|husband|wife|partner|mum|mom|dad|father|mother|brother|sister|friend|grandad|grandma|nan|boy|girl|kid|toddler))\b)[^.;?]*\??$`,
);

/**
 * A condition about someone of one's own told as going on or done, not in the present simple that plans ("if my son has
 * a seizure"): "what should I do if my son is fitting and won't stop", "what do I do if my dad has collapsed", "what should
 * we do if our baby is not breathing". The same reading as CONDITIONAL_QUESTION gives a condition that opens the sentence.
 */
const OWN_CONDITION_TOLD_AS_HAPPENING = new RegExp(
  String.raw`^(?:if|when|whenever|in\s+case)\s+(?:(?:my|our|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?|he|she|they)(?:\s+(?:has|have|had)\s+[^,.;?]*?\s+and)?\s+(?:${TOLD_AS_DONE}|${TOLD_AS_GOING_ON})\b`,
);

/**
 * "If" after a verb of asking or finding out is "whether", no condition ("how do I ask my flatmate if she is having
 * suicidal thoughts", "how would I know if he is having a seizure"); a sentence that says it plans ("want a plan in case",
 * "just in case", "next time") plans whatever its tense.
 */
const WHETHER_IF =
  /\b(?:ask|asking|asked|know|knowing|tell|telling|check|checking|see|find\s+out|wonder|wondering|sure|unsure)\s+(?:[\w']+\s+){0,3}$/;
const SAYS_IT_PLANS = new RegExp(
  String.raw`${PLAN_FRAME}|\b(?:${IN_CASE}|a\s+plan|plan\s+for|prepared|to\s+be\s+ready)\b`,
);

/**
 * The question asks what to do now ("what should I do", "what do we do", "should I call 999"), not whether something is
 * normal, what it means or how to tell: "should I worry if my son is twitching in his sleep" asks for a reading. The
 * asker is in it: "what to do if my child is choking" is a first-aid leaflet's heading, a question about any time.
 */
const ACTION_ASKED =
  /\b(?:what|how)\s+(?:should|do|can|shall|must)\s+(?:i|we)\s+(?:do|help|handle)\b|\bwhat\s+do\s+(?:i|we)\s+do\b|\b(?:should|do|can|shall)\s+(?:i|we)\s+(?:call|ring|phone|dial|take|drive|go)\b/;

/**
 * A general question's condition about someone of one's own told as going on or done, asking what to do now, in a
 * message that does not plan.
 */
function isOwnConditionToldAsHappening(sentence: string, next: string): boolean {
  if (!ACTION_ASKED.test(sentence) || SAYS_IT_PLANS.test(sentence) || SAYS_IT_PLANS.test(next)) return false;
  const framed = withoutAdviceFrame(sentence);
  const tail = HYPOTHETICAL_TAIL.exec(framed)?.[0] ?? '';
  return OWN_CONDITION_TOLD_AS_HAPPENING.test(tail) && !WHETHER_IF.test(framed.slice(0, framed.length - tail.length));
}

/**
 * Ongoing words that make the condition of a question a report: "what should we do when she keeps
 * going blue", "when he goes like this", "how do we know when to call 999, our baby keeps going blue".
 */
// A state told as lasting all day, or a refusal told beside one's own child's state ("if my baby is very floppy and won't
// feed"), is a report put as a question, as "right now" is; of anyone ("what should his friends do if someone takes too
// many pills and won't wake up?") it stays a plan.
// A condition dated to a moment passed is a report put as a question (review V24, 07:36): "what symptoms mean I need to
// go to hospital after taking 30 paracetamol an hour ago", "... after my daughter swallowed a button battery about 20
// minutes ago".
// "Keeps" tells a state going on only with what keeps happening ("she keeps going blue", "he kept being sick"), not with
// a thing kept ("can he keep his GTN spray in his hand luggage", "keep an eye on her").
// A swallow or a dose told as done already undoes the hypothetical opening (reviewer V40, session 58: "what if someone
// took 50 paracetamol, they've already swallowed them"); "if he has already had chickenpox" is no act of harm.
const ONGOING_IN_CONDITION =
  /\b(?:like\s+(?:this|that)|right\s+now|all\s+(?:day|night|morning|afternoon|evening)|(?:my|our)\s+(?:\w+\s+){1,5}?(?:and|but)\s+will\s+not|at\s+the\s+moment|currently|(?:keeps?|kept)\s+(?:on\s+)?\w+ing|ago|earlier\s+today|this\s+(?:morning|afternoon|evening)|last\s+night|tonight|(?:has|have|had)\s+(?:just\s+|already\s+|now\s+)+(?:swallowed|taken|drunk|downed|necked|injected|overdosed|done\s+it|cut|jumped|gone\s+through\s+with\s+it)|already\s+(?:swallowed|took|taken|drank|downed|necked|injected|overdosed|done\s+it|did\s+it))\b/;

/**
 * A question someone is reported to ask, in a case note's style: "Parent asks what a febrile
 * convulsion looks like and how long before it needs an ambulance", "Carer asks how long after a
 * missed dose a double dose is unsafe" (what someone would do, asked of a planned condition, is REPORTED_WHAT_TO_DO).
 * What it asks about is hypothetical; what is told before it
 * ("Parent of a 2-year-old with a fever") is still read. A question about dying or an amount is
 * left in: asked by or for someone at risk it may be a lethality question. "How to talk to her about
 * self-harm" is a topic, which negation reads (see `negation.ts`).
 */
const ASKS = String.raw`\b(?:asks?|asking|asked|wants\s+to\s+know|wondering|wonders)\s+(?:us\s+|me\s+)?`;
const REPORTED_QUESTION_OPENING = String.raw`${ASKS}(?:what\s+(?:a|an|the)\b|how\s+(?:long|soon|quickly)\b|when\s+(?:a|an|it|they|you|one)\b|which\s+(?:signs?|symptoms?)\b)`;

/** Told as going on: "a nosebleed that has been pouring", "a cut which won't stop". */
const GOING_ON = String.raw`(?:that|which|who)\s+(?:is|are|has|have|keeps?|will\s+not|cannot|does\s+not)`;
const GOING_ON_AFTER = new RegExp(String.raw`^\s*${GOING_ON}\b`);

/**
 * The question ends where a report may begin: at a comma or semicolon, at a condition (read by
 * PLANNED_CONDITION), at "because", "as", "but", "since" or "so" ("asks what a meningitis rash looks
 * like because her son has purple spots"), at any word that ties it to a real person or to now ("... and her son has a fever", "... as her
 * mum's face has drooped"), and at what it tells as going on ("how to stop a nosebleed that has been
 * pouring for 40 minutes"), so a report joined on without punctuation is still read.
 */
const REPORTED_QUESTION_WORD = String.raw`(?:(?!\b(?:if|in\s+case|whenever|because|as|but|since|so|while|now|currently|right\s+now|today|tonight|i|me|my|he|she|his|him|her|we|our|us|they|their|them|this|these|${GOING_ON})\b)[^,;:\u2014])`;

/**
 * A finding told as happening or done, not as a condition's present simple ("stops breathing", "has a
 * reaction"): "has stopped breathing", "has been seizing", "is choking", "swallowed a battery an hour
 * ago" - unless it is what someone says ("tells her they are thinking about ...").
 */
const TOLD_AS_HAPPENING_NOW = String.raw`(?<!\b(?:${SAYS})\s+(?:\w+\s+){0,2})\b(?:(?:is|are|has\s+been|have\s+been)\s+\w+ing|(?:has|have)\s+(?:just\s+|already\s+)?(?:\w+ed|gone|taken|swallowed|drunk|had|fallen|stopped))\b|\b(?:the|this|that)\s+[\w-]+\s+(?:swallowed|took|drank|collapsed|fell|ate)\b|\bago\b`;

/**
 * A statement run on inside a planned condition: the writer, or someone told by a possessive, as
 * being or having something ("... in case one of her pupils has a reaction I have the worst
 * headache"); a pronoun too, unless what someone says or thinks ("tells her they are thinking ..."); a
 * new subject after "and" ("... and the man in the shop has stopped breathing"); anything told as
 * happening or done.
 */
const RUN_ON_SUBJECT = String.raw`\b(?:i|we|${OWN_PERSON}|(?<!\b(?:${SAYS}|texts?|texted|messages?|messaged)\s+(?:\w+\s+)?)(?:he|she|they))\s+(?:am|is|are|has|have|had|was|were|cannot|keeps?)\b|\band\s+(?:the|a|an|this|that|one|my|his|her|our|their|he|she|they|i|we)\b|${TOLD_AS_HAPPENING_NOW}`;

/**
 * The condition a reported question plans for ("asks how to use an auto-injector in case one of her
 * pupils has a reaction", "how to respond if a member of her team ever tells her ...") is as
 * hypothetical as the question, whoever it names, when it is about anyone or told with "ever". It
 * ends where the question's words do, except at a person's name; anything told as now ends it too.
 */
const PLANNED_CONDITION = String.raw`\b(?:if|${IN_CASE}|whenever)\s+(?=(?:(?:one|any|either|some|each)\s+of|a|an|any|anyone|anybody|someone|somebody|people|you)\b|(?:[\w'-]+\s+){1,6}?ever\b)(?:(?!\b(?:because|as|but|since|so|while|now|currently|right\s+now|at\s+the\s+moment|today|tonight|already|just|still)\b|${RUN_ON_SUBJECT})[^,;:\u2014-])*`;

/**
 * "Asks how to ..." is a plan only when it reaches a planned condition: "asks how to give buccal midazolam if a pupil
 * has a seizure", "how to do CPR in case her newborn ever stops breathing". Without one it may be the case itself:
 * "asks how to stop the bleeding from her son's head"; nor when the condition is told as going on ("if a wound keeps
 * spurting", "when she goes like this").
 */
/**
 * "Asks what she should do if a scout has a seizure at camp", "wants to know what to do in case a pupil collapses": what
 * someone would do, asked of a planned condition (about anyone, or told with "ever"). Without one it may be the case
 * itself ("asks what she should do, her son is not breathing"); a condition told as going on, or one that runs on into
 * a report ("... if someone is choking"), is read.
 */
const REPORTED_WHAT_TO_DO = String.raw`${ASKS}what\s+(?:to|(?:she|he|they|we|i)\s+(?:should|would|could|can|must|ought\s+to|needs?\s+to))\s+do\s+(?![^,;:]*${ONGOING_IN_CONDITION.source})${PLANNED_CONDITION}(?=\s*(?:[,;:.?!]|$))`;

const REPORTED_HOW_TO = String.raw`${ASKS}how\s+(?:best\s+)?to\b${REPORTED_QUESTION_WORD}*(?![^,;:]*${ONGOING_IN_CONDITION.source})${PLANNED_CONDITION}`;

const REPORTED_QUESTION = new RegExp(
  String.raw`${REPORTED_QUESTION_OPENING}${REPORTED_QUESTION_WORD}*(?:${PLANNED_CONDITION})?|${REPORTED_HOW_TO}|${REPORTED_WHAT_TO_DO}`,
);

/** What keeps a reported question in: asked by or for someone at risk, it may be a lethality question. */
const LETHALITY = /\b(?:die|dying|dead|kill|fatal|lethal|how\s+(?:many|much)|overdose)\b/;

/**
 * A plan written for anyone, the sentence ending with its condition: "our school wants a protocol in case a pupil has an
 * asthma attack on a trip", "we are writing a care home policy for if a resident becomes unresponsive" (ConText's
 * hypothetical). What runs on after the condition ("... if a seizure lasts over 5 minutes, and it has now lasted 7"),
 * or a condition told as going on, is read.
 */
const PLAN_WRITTEN_FOR_ANYONE = new RegExp(
  String.raw`\b(?:protocols?|polic(?:y|ies)|procedures?|plans?|checklists?|guidance|instructions|leaflets?|posters?|drills?)\b[^.;?!]{0,40}?(?![^,;:]*${ONGOING_IN_CONDITION.source})${PLANNED_CONDITION}\s*[.?!]*\s*$`,
);

export function isPlanWrittenForAnyone(sentence: string): boolean {
  return PLAN_WRITTEN_FOR_ANYONE.test(sentence);
}

/** The sentence without the question it reports someone asking. */
export function withoutReportedQuestion(sentence: string): string {
  const question = REPORTED_QUESTION.exec(sentence);
  if (question === null || LETHALITY.test(question[0])) return sentence;
  // "Asks how to stop a nosebleed that has been pouring for 40 minutes": what it asks about is here now.
  const after = sentence.slice(question.index + question[0].length);
  if (GOING_ON_AFTER.test(after)) return sentence;
  return `${sentence.slice(0, question.index)} ${after}`;
}

/**
 * What makes a heading a case, not a topic (review V41, 13:34): a time of now or lately ("ten minutes ago", "tonight",
 * "this morning", "just now", "yesterday"), a count or dose taken ("16 tablets", "an overdose of 40 sertraline"), or
 * someone with an act or a state told ("a toddler who drank bleach", "a man who fell and hit his head", "40 sertraline
 * taken tonight", "after taking", "won't wake"). "Signs of poisoning in a toddler who drank bleach ten minutes ago?"
 * asks about a child now, as NHS 111 reads it; "signs of carbon monoxide poisoning?" tells no one.
 */
const CASE_TOLD_IN_HEADING = new RegExp(
  [
    String.raw`\b(?:ago|just|now|tonight|today|yesterday|earlier|this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week)|since)\b`,
    String.raw`\b(?:\d+|an?\s+(?:few|couple|handful|whole)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|many|lots)\s+(?:of\s+)?(?:(?:his|her|my|their|the)\s+)?(?:[\w-]+\s+)?(?:tablets?|pills?|capsules?|caps|tabs|doses?|mg|mls?|g|grams?|packets?|boxes|bottles?|sachets?|units?|minutes?|mins?|hours?|hrs?|days?)\b`,
    String.raw`\b(?:of|on)\s+\d+\b`,
    String.raw`\b(?:who|whom)\b`,
    String.raw`\b(?:that|which)\s+(?:(?:has|had|was|is|just)\s+)?(?:\w+ed|drank|drunk|took|taken|ate|eaten|swallowed|fell|hit|got|cut|burnt|overdosed)\b`,
    String.raw`\b(?:taken|swallowed|drunk|ingested|eaten)\b`,
    String.raw`\bafter\s+\w+ing\b`,
    String.raw`\b(?:is|isn'?t|won'?t|wont|can'?t|cant|cannot|keeps?|still)\b`,
  ].join('|'),
);

/**
 * A topic asked for by its heading, with no one in it: "signs of sepsis in adults?", "symptoms of carbon monoxide
 * poisoning", "first aid for a burn?" (as a study frame leaves it: see `study-frame.ts`). A heading that tells a case
 * (`CASE_TOLD_IN_HEADING`) is no topic, and is read as told.
 */
const TOPIC_HEADING = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:early|warning|main|common|typical|danger)\s+)?(?:signs?|symptoms?|causes?|treatments?|first\s+aid|management|red\s+flags?|complications?|stages?)\s+(?:of|for)\s+(?!${PERSONAL_OR_PRESENT.source})(?![^.;:,!?]*?(?:${CASE_TOLD_IN_HEADING.source}))[^.;:,!?]*?\??$`,
);

/**
 * A plan told for the future, the writer's own act on a condition that may come: "if he becomes suicidal we will ring the
 * crisis team", "if the urges come back I will use my safety plan", "when she gets a fever we will give paracetamol and
 * call 111". The condition is told in the present simple of what may come, with nothing done, going on, dated to now or
 * pointed at ("like this", "again", "any worse", "more"); the plan is the writer's. NHS 111 reads a plan as no one's
 * state; what the message tells elsewhere is read as told.
 */
const PLAN_TOLD_FOR_THE_FUTURE = new RegExp(
  String.raw`^(?:if|when|whenever|${IN_CASE}|should)\s+(?:(?:my|our|his|her|their|the)\s+[\w-]+(?:\s+[\w-]+)?|he|she|they|it|i|we)\s+(?:ever\s+)?(?:becomes?|gets?|feels?|starts?|goes|turns?|comes?|tries|try|talks?|says?|has|have|stops?|develops?)\b(?![^,.;?]*\b(?:${TOLD_AS_DONE}|${TOLD_AS_GOING_ON}|now|right\s+now|currently|already|just|still|again|any\s+worse|worse|more|this|that|these|like)\b)(?![^,.;?]*${ONGOING_IN_CONDITION.source})[^,.;?]*?,?\s+(?:then\s+)?(?:we|i)\s+(?:will|shall|are\s+going\s+to|am\s+going\s+to|plan\s+to|would)\s+(?:ring|call|phone|text|contact|take|drive|go|use|follow|give|get|speak|talk)\b[^,.;?]*$`,
);
