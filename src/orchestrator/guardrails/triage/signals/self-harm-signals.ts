/** Thoughts of suicide and self-harm. */

import { type SignalDefinition, define, r } from './signal-definition.js';
import { DEATH_WISH_OVER_A_TRIFLE_GUARD } from './death-wish-as-a-figure.js';

const PILLS = r`(?:pills|tablets|tabs|meds|medication|medicines|painkillers|paracetamol|co-?codamol|codeine|tramadol|morphine|oxycodone|insulin|antidepressants|sertraline|amitriptyline|citalopram|sleeping\s+(?:pills|tablets)|diazepam|zopiclone|propranolol)`;

/**
 * A lot of pills: "loads of pills", "all my meds", a means whatever they are said to be for (a reading of
 * "taking loads of painkillers for period pain" as a treatment was taken out: review V7 found intent told
 * beside it silenced three times, 04:34 to 04:42).
 */
/**
 * "All my pills tonight as prescribed", "all my tablets as the doctor said": the day's medicines taken as prescribed, a
 * routine, not a quantity gathered (the NICE self-harm assessment asks about means beyond the prescription).
 */
const NOT_TAKEN_AS_PRESCRIBED = r`(?![^.;]{0,40}\bas\s+(?:prescribed|directed|instructed|usual|normal|always|(?:the|my|his|her)\s+(?:doctor|gp|pharmacist|nurse|consultant)\s+(?:prescribed|said|told|advised|ordered)))`;

const PLENTY_OF_PILLS = r`(?:many|lots\s+of|loads\s+of|a\s+load\s+of|a\s+pile\s+of|handfuls?\s+of|all\s+(?:my|the|his|her))\s+(?:pills|tablets|meds|medication|medicines|painkillers)\b${NOT_TAKEN_AS_PRESCRIBED}`;

/**
 * A finger, a thumb, a hand or a face cut in a task told beside it (cooking, chopping, peeling, shaving, opening a
 * parcel, DIY): the kitchen's and the bathroom's accident, not a cut made on oneself. "Cut my finger with a knife while
 * cooking" was read as self-harm. The body part alone does not exempt it (review V22, 02:13: "he cuts his hands with
 * a razor when he is upset" stays self-harm), and "on purpose" or "deliberately" told in it keeps it self-harm.
 */
const CUT_IN_A_TASK = r`(?:fingers?|thumbs?|hands?|palm|knuckles?|toes?|foot|feet|chin|lips?|face|nails?)\b(?=[^.;]{0,60}\b(?:cook\w*|chopp\w*|slic\w*|peel\w*|shav\w*|opening|making\s+(?:dinner|lunch|breakfast|tea|food)|in\s+the\s+kitchen|gardening|pruning|diy|accident\w*|slipped)\b)(?![^.;]{0,60}\b(?:on\s+purpose|deliberately)\b)`;

/**
 * A screening question asked of someone and answered no (NICE NG225: ask directly about self-harm and suicide): "I
 * asked her straight out whether she had any thoughts of ending her life and she said no, never". What was asked about
 * is the question's, not a thought told; a yes, a pause or an answer told otherwise keeps it, and so does any other
 * finding of the message (a plan, an act, intent told in another sentence are read by their own signals).
 */
const ASKED_AND_ANSWERED_NO =
  /\basked\s+(?:him|her|them|\w+\s+\w+|\w+)\s+(?:\w+\s+){0,2}?(?:whether|if)\b(?:(?!\b(?:yes|yeah|admitted|plan\w*|tonight)\b)[^.;?])*\b(?:(?:he|she|they)\s+(?:said|says|answered|told\s+(?:me|us))\s+(?:no|not|never|(?:absolutely|definitely|certainly)\s+not)\b|(?:he|she|they)\s+denied\b)/;

/**
 * A goodbye told of a journey or a parting: where travellers part ("at the airport", "at departures", "at the station",
 * "at the school gates") or before the journey ("before the flight", "before we emigrated"): goodbyes said together
 * there ("we said goodbye to everyone at the airport", an earlier reviewer probe) are a parting, not the preparatory act
 * of `suicide_plan` (one person's goodbyes to everyone stay one, wherever said), and no `farewell` unless the message tells anything else: a
 * means, a plan, despair or a silence after it (`TELLS_SELF_HARM`: "said goodbye to her kids before the flight and
 * texted me she has the tablets saved up", "... and said she will not be around much longer"), or any other finding in
 * the message stands it again.
 */
const A_GOODBYE_OF_A_DEPARTURE = r`[^.;!?]{0,40}?\b(?:(?:at|in|outside)\s+(?:the\s+)?(?:airport|departures|departure\s+(?:gate|lounge|hall)|(?:train\s+|bus\s+|coach\s+|railway\s+|tube\s+)?station|terminal|platform|check-?in|security|gate|school\s+gates?|port|harbou?r|docks|ferry\s+terminal|bus\s+stop|leaving\s+(?:do|party|drinks)|end\s+of\s+(?:the\s+|our\s+)?(?:trip|holiday|term|visit|stay|week|weekend))|before\s+(?:the|our|my|his|her|their)\s+(?:flight|trip|holiday|move|train|journey|ferry|coach)|before\s+(?:i|we|he|she|they)\s+(?:flew|fly|left\s+for|moved\s+(?:to|abroad|away)|boarded|emigrated|set\s+off\s+for|went\s+(?:abroad|travelling|back\s+to\s+uni\w*)))\b`;

/** One's goodbyes said to everyone (Columbia: a preparatory act), read as a plan unless said together on a journey. */
const GOODBYES_TO_EVERYONE = r`goodbyes?\s+to\s+(?:everyone|everybody|all\s+of\s+(?:us|them)|(?:my|his|her|their|our)\s+(?:kids|children|family|friends|parents|mum|mom|dad))\b`;

/** Words that take a goodbye of a journey back to a farewell, beside the signals' own (see `TELLS_SELF_HARM`). */
const A_SUICIDAL_WORD =
  /\b(?:pills|tablets|meds|overdos\w*|rope|die|dying|dead|kill\w*|suicid\w*|end\s+(?:it|my\s+life)|(?:the|a)\s+note|letters|hurt\s+(?:myself|himself|herself)|cannot\s+(?:go\s+on|cope)|hopeless|no\s+point|last\s+(?:time|message|night)|(?:not|stopped)\s+(?:answering|picking\s+up|replying)|will\s+not\s+(?:answer|pick\s+up|reply)|phone\s+(?:is\s+)?(?:off|dead)|voicemail|bridge|cliff|gave\s+away|giving\s+away|tonight\s+is|in\s+front\s+of|trains?|tracks|railway\s+line|jump\w*|roof|drown\w*|hang\w*|gun|shoot\w*|knife|wrists?|(?:not|never)\s+(?:be\s+)?coming\s+back|everything)\b/;

const SELF_HARM = [
  define(
    'suicidal_intent',
    [
      // A wish to jump from a height (Columbia: intent with a method): "she wants to jump off the bridge"; not a bungee jump,
      // a dive or jumping in to swim.
      r`\b(?:want|wants|wanted|wanting|wanna|going|gonna|plans?|planning|threaten\w*|about)\s+to\s+jump\s+(?:off|from)\s+(?:a|the|that|this)\s+(?:\w+\s+)?(?:bridge|cliff|roof|rooftop|building|tower|car\s+park|multi-?storey|balcony|flyover|overpass|viaduct)\b(?![^.;]{0,60}\b(?:bungee|zip\s*wire|swim\w*|dive|diving|for\s+fun|dare|tombstoning|into\s+the\s+(?:river|lake|sea|water|pool))\b)`,
      // The jump told bare, from a height told where the person is: "messaged me from the top of the multi storey saying
      // he's going to jump", "she's on the roof of the flats and says she will jump" (Columbia: intent with a method).
      // Not a jump into water, over something or with a rope or a parachute.
      r`\b(?:on|at|from)\s+(?:the\s+)?(?:top\s+(?:floor\s+)?of\s+(?:the\s+|a\s+)?|edge\s+of\s+(?:the\s+|a\s+)?|roof\s+of\s+(?:the\s+|a\s+)?)?(?:[\w-]+\s+)?(?:bridge|cliffs?|roof|rooftop|multi[- ]?storey|car\s+park|balcony|ledge|flyover|overpass|viaduct|tower\s+block|flats)\b[^.;]{0,60}\b(?:going\s+to|gonna|will|about\s+to|threaten\w*\s+to|wants?\s+to)\s+jump\b(?!\s+(?:in|into|over|across|with|out\s+of\s+(?:a|the)\s+plane)\b)(?![^.;]{0,60}\b(?:bungee|zip\s*wire|swim\w*|dive|diving|parachute|paraglid\w*|base\s+jump\w*|tombstoning|into\s+the\s+(?:river|lake|sea|water|pool))\b)`,
      // Intent told outright, in text-speak or platform slang: 'no point in me living', 'decided to die', 'kms', 'unalive myself'.
      r`\b(?:no|not\s+any)\s+point\s+(?:in\s+)?(?:me\s+|him\s+|her\s+)?(?:living|being\s+alive|going\s+on|carrying\s+on)\b|\b(?:decided|made\s+the\s+decision|made\s+up\s+my\s+mind|planning|(?<!\b(?:like|as\s+if|as\s+though|think|thinking|thought|scared|afraid|terrified|sure)\s+(?:(?:you|i|he|she|they|we)\s+(?:are|am|is|was|were)\s+)?)going)\s+to\s+(?:die|end\s+(?:it|my\s+life|things|everything))\b(?!\s+(?:with|between|for\s+(?:the|this|my)\s+(?:day|week|year|project)))|\bk[i1]ll?\s*(?:my|him|her)\s*self\b|\bkms\b|\bunalive\s*(?:my|him|her)?\s*self\b|\bsewerslide\b|\b(?:wnt|want|wanna)\s+(?:2|to)\s+(?:die|kil+\s*(?:my|him|her)\s*self)\b`,
      r`\bsuicidal\b`,
      // A clinician's risk statement: "high risk of suicide", "suicide risk is high", "at risk of suicide".
      r`\b(?:high|significant|serious|imminent|acute|very\s+high)\s+(?:risk\s+of\s+(?:suicide|self[- ]?harm)|suicide\s+risk|suicidal\s+risk)\b|\bat\s+risk\s+of\s+(?:suicide|killing\s+(?:himself|herself|themselves|myself))\b|\bsuicide\s+risk\s+(?:is\s+)?(?:high|significant|imminent)\b`,
      r`\b(?:thinking|thought|thoughts|think)\s+(?:about|of)\s+(?:suicide|killing\s+(?:myself|himself|herself|themselves)|ending\s+(?:it|my\s+life|things))\b`,
      r`\b(?:commit|committing|attempt|attempting|attempted|tried)\s+(?:to\s+commit\s+)?suicide\b`,
      r`\bsuicide\s+(?:plan|note|attempt|letter|pact)\b`,
      r`\b(?:kill|killing|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|off)\s+(?:myself|himself|herself|themselves|themself)\b`,
      r`\b(?:end|ending|take|taking|finish|finishing|stop|stopping)\s+(?:my|his|her|their)\s+(?:own\s+)?life\b`,
      // A clinician's or relative's summary of intent (Columbia: active ideation with intent).
      r`\b(?:intent|intention|intending|intends|expressed\s+(?:a\s+)?(?:wish|intent))\s+to\s+(?:die|kill\s+(?:himself|herself|themselves|myself)|end\s+(?:it|(?:his|her|their|my)\s+life))\b|\b(?:active\s+)?suicidal\s+(?:ideation|intent|thoughts)\b`,
      r`\b(?:want|wants|wanted|wanting|wish|wishing|ready)\s+(?:to\s+)?(?:just\s+)?(?:die|be\s+dead|not\s+(?:be\s+)?(?:alive|here|exist|wake\s+up|live)|disappear\s+forever|stop\s+living|end\s+it(?:\s+all)?)\b(?!\s+with\b)`,
      r`\bwish\s+(?:i|he|she)\s+(?:was|were|could\s+be|had\s+never\s+been)\s+(?:dead|born|gone)\b`,
      // A method researched with death as its goal (Columbia: preparatory behaviour; NICE NG225 asks about it): "how many
      // sleeping pills do I need to not wake up", "how many paracetamol to die", as other languages' glosses read them
      // ("cuántas pastillas para no despertar", "吃多少片安眠药会死"). A lethal dose asked about for study or for a pet
      // names no one's death as the goal.
      r`\bhow\s+(?:many|much)\s+(?:[\w'-]+\s+){0,5}?${PILLS}\b[^.?;]{0,40}?\bto\s+(?:die|not\s+wake(?:\s+up)?|never\s+wake(?:\s+up)?|sleep\s+forever|kill\s+(?:myself|himself|herself)|end\s+(?:it|my\s+life)|be\s+dead)\b(?![^]{0,80}\b(?:exam|study|studying|homework|course|class|curious|pharmacology|nursing|essay|school|project|assignment|dog|cat|pet)\b)`,
      r`\b(?:want|wants|wanted|wanting|wish|wishing)\s+to\s+(?:just\s+)?(?:go\s+to\s+)?sleep\s+(?:forever|and\s+(?:never|not)\s+wake\s+up)\b`,
      r`\b(?:do\s+not|does\s+not|no\s+longer|not)\s+want\s+to\s+(?:live|be\s+alive|be\s+here\s+any\s*more|go\s+on|wake\s+up|exist)\b`,
      r`\bbetter\s+off\s+(?:dead|without\s+me|if\s+i\s+(?:was|were)\s+(?:dead|gone))\b`,
      // The wish to be dead told as a comparison (Columbia: wish to be dead), which another language's gloss reads into
      // English ("mejor si me muero", "melhor se eu morresse", "mieux si j'étais mort", "besser wenn ich tot wäre", "我死了
      // 大家会更好"): "it would be better if I died", "better if I were dead". Not a haircut dyed.
      r`\bbetter\s+(?:for\s+(?:everyone|everybody|all\s+of\s+(?:us|them)|my\s+family|them|you)\s+)?if\s+(?:i|he|she)\s+(?:just\s+)?(?:died|(?:was|were)\s+dead|(?:was|were)\s+not\s+(?:alive|here|around)|did\s+not\s+exist|never\s+woke\s+up)\b(?!\s+(?:my|his|her|the)\s+hair)`,
      r`\b(?:(?:do\s+not|cannot)\s+see\s+|there\s+is\s+)?(?:no|any)\s+(?:reason|point)\s+(?:to|in|for\s+me\s+to)\s+(?:live|living|going\s+on|being\s+alive|wake\s+up|waking\s+up|be\s+here|being\s+here|keep\s+going|carry\s+on|carrying\s+on|stay|staying|exist|existing|get\s+up)\b`,
      r`\bend\s+it\s+all\b`,
      // Death told as sleep or as ending everything (Columbia: wish to be dead): "to sleep forever", "end everything".
      // A threat to take a means or to die, and pills with sleeping forever (review V7, 04:34).
      r`\bthreat\w*\s+to\s+(?:take|swallow|overdose\s+on)\s+(?:all\s+)?(?:(?:his|her|their|my|the)\s+)?(?:\w+\s+)?${PILLS}\b|\bthreat\w*\s+to\s+(?:kill|hang|cut|hurt)\s+(?:him|her|them|my)sel(?:f|ves)\b|\bthreat\w*\s+to\s+(?:jump\s+(?:off|from|in\s+front)|end\s+(?:it|(?:his|her|their)\s+life))\b|\b${PILLS}\s+and\s+sleep(?:ing)?\s+forever\b`,
      r`\b(?:sleep|go\s+to\s+sleep)\s+forever\b|\bnever\s+(?:to\s+)?wake\s+up\s+again\b|\b(?:end|ending)\s+everything\b`,
      r`\b(?:going|want|wants|planning|plan|plans)\s+to\s+(?:take|swallow)\s+(?:all|every|a\s+whole\s+bottle|the\s+whole\s+bottle)\s+(?:of\s+)?(?:my|his|her|the|their)?\s*(?:[\w'-]+\s+)?(?:pills|tablets|meds|medication)\b`,
      // The same told with "will" or "gonna", or as every single one or the lot: "when she's gone to work I'll take all
      // my pills", "once he's asleep I'm going to take every tablet in the house" (Columbia: intent with a method). Not
      // pills taken somewhere, at a time of day or in a way ("I'll take all my tablets with me", "to the pharmacy"), nor a
      // promise to keep to them ("I promise I'll take all my tablets", "tonight as prescribed").
      r`(?<!\b(?:promise|promised|promises|remember|sure|yes|yeah|ok|okay|fine)\s*,?\s+(?:that\s+)?)\b(?:i|he|she|they)\s+(?:will|am\s+gonna|is\s+gonna|are\s+gonna|gonna|am\s+going\s+to|is\s+going\s+to|are\s+going\s+to)\s+(?:just\s+)?(?:take|swallow|down|neck)\s+(?:all\s+(?:of\s+)?(?:my|his|her|the|their|these|those)\s+(?:[\w'-]+\s+)?(?:pills|tablets|meds|medication|medicines|painkillers)|every\s+(?:single\s+)?(?:pill|tablet)\s+(?:in\s+the\s+(?:house|flat|cupboard)|(?:i|he|she|they)\s+(?:have|has|can\s+find))|the\s+(?:whole\s+)?lot|them\s+all|all\s+of\s+them)\b(?!\s+(?:with|to|in|at|on|for|into|back|out|before|after|together|as|when|if|every|each|daily|twice|once|because|so|off|away|apart|round|around|home|up|down)\b)(?![^.;]{0,40}\b(?:as\s+(?:prescribed|directed|usual|normal|always|told)|prescribed|the\s+(?:doctor|gp|pharmacist)\s+(?:said|told))\b)`,
      r`\b(?:life\s+is\s+)?not\s+worth\s+living\b`,
      r`\bwant\s+(?:it|this|everything|the\s+pain|it\s+all)\s+(?:all\s+)?to\s+(?:end|stop)\b|\b(?:cannot|can\s+not)\s+(?:do|go\s+on\s+with|take)\s+(?:this|it)\s+any\s*more\b|\b(?:cannot|can\s+not)\s+go\s+on\b|\b(?:will|going\s+to|gonna)\s+(?:finish|end)\s+(?:it|things|everything)\b(?!\s+with\b)|\bintent\s+to\s+(?:end|take)\s+(?:his\s+|her\s+|my\s+|their\s+)?(?:own\s+)?life\b`,
      r`\b(?:crash|drive|jump|walk|step)\s+(?:\w+\s+){0,3}?(?:on\s+purpose|into\s+(?:a\s+|the\s+)?(?:tree|wall|traffic|river|sea|lorry|train))\b|\b(?:this\s+is\s+)?(?:my|his|her|their)\s+last\s+(?:night|day|message|post|goodbye)\b|\bgoodbye\s+(?:message|note|letter|post|text)\b|\b(?:saving|saved|stockpil\w*|hoard\w*)\s+(?:up\s+)?(?:my\s+|his\s+|her\s+)?(?:tablets|pills|meds|medication)\b`,
      r`\b(?:plan|planning|plans|going)\s+to\s+(?:end\s+it|jump\s+off|overdose|hang)\b(?!\s+with\b)`,
      // Thoughts of a method: "keep thinking about jumping in front of the train".
      r`\b(?:thinking|thought|thoughts|think|imagining|urges?|want|wanting)\s+(?:about\s+|of\s+|to\s+)?(?:jump(?:ing)?\s+(?:off|from|in\s+front\s+of)|step(?:ping)?\s+in\s+front\s+of|throw(?:ing)?\s+(?:myself|himself|herself)|hang(?:ing)?\s+(?:myself|himself|herself)|overdos(?:e|ing)|walk(?:ing)?\s+into\s+the\s+(?:sea|river|traffic)|driv(?:e|ing)\s+(?:off|into))\b`,
    ],
    { ordinaryWhen: ASKED_AND_ANSWERED_NO, ordinaryUnlessElsewhere: DEATH_WISH_OVER_A_TRIFLE_GUARD },
  ),
  define(
    'self_harm',
    [
      r`\b(?:deliberate\s+self[- ]?(?:harm|cutting|poisoning|injury)|self[- ]?cut\w*)\b`,
      r`\bself[- ]?(?:harm|harming|injury|injuring)\b`,
      // Self-inflicted wounds told as wounds: "cut my arm again with a razor and it is gaping".
      r`\b(?:cut|cutting|sliced|slashed|carved|burned|burnt|scratched)\s+(?:my|his|her|their)\s+(?:arms?|wrists?|thighs?|legs?|skin|stomach)\b[^.;]{0,40}\b(?:again|on\s+purpose|deliberately|deep|deeper|gaping|razor|blade|stitches|fat|relaps\w*)\b|\brelapsed\b[^.;]{0,20}\b(?:cutting|self[- ]?harm\w*)\b|\b(?:been|started|am|was|is|back\s+to)\s+(?:cutting|burning|scratching)\s+(?:\w+\s+)?again\b`,
      r`\b(?:cut|cutting|slit|slitting|slashed|slashing)\s+(?:my|his|her|their)\s+wrists?\b`,
      // A cut to come told by its depth, with no object: "once they're asleep I'm going to cut deep this time" (NICE
      // NG225: intent to self-harm with a plan is a crisis). A cut into something names what it goes into.
      r`(?<!\b(?:surgeons?|doctors?|dentists?|vets?|hairdressers?|barbers?|butchers?|gardeners?)\b[^.;]{0,40})\b(?:i|i\s+am|he|he\s+is|she|she\s+is|they|they\s+are)\s+(?:going\s+to|gonna|will|about\s+to|want\s+to|planning\s+to|plan\s+to)\s+cut\s+(?:really\s+|even\s+|much\s+|so\s+|way\s+)?(?:deep|deeper|properly)\b(?!\s+(?:into|through|in|on|at|with|the|a|an|enough\s+to\s+(?:reach|get|see))\b)`,
      r`\b(?:hurt|cut|burn(?:ed|t)?|scratched|hit|punched)\s+(?:myself|himself|herself|themselves)\s+(?:again|on\s+purpose|deliberately)\b|\b(?:cut|cuts|cutting|burn(?:ed|t)?|burns)\s+(?:on\s+)?(?:my|his|her|their)\s+(?!(?:\w+\s+){0,2}?${CUT_IN_A_TASK})(?:\w+\s+){0,3}?(?:on\s+purpose|deliberately|with\s+(?:a|the)\s+(?:lighter|razor|blade|knife))\b`,
      r`\b(?:want|wants|wanted|wanting|going|planning|plan|plans|thinking\s+(?:about|of)|thoughts?\s+(?:about|of)|urge|urges|tempted|feel\s+like|feels\s+like|keep|keeps|started|been|have\s+been|has\s+been|is|am|was)\s+(?:to\s+)?(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving)\s+(?:myself|himself|herself|themselves)\b`,
      // Fear of one's own act (Columbia: ideation; NICE NG225 asks about it directly): "scared I
      // might hurt myself tonight", "she's frightened she will harm herself". An accident feared
      // while doing something ("hurt myself lifting it", "if I run on this knee") is not.
      r`\b(?:scared|afraid|frightened|terrified|worried|fear|fears|feared)\s+(?:that\s+)?(?:i|he|she|they)\s*(?:might|may|could|will|would|am\s+going\s+to|is\s+going\s+to|are\s+going\s+to|'?ll|gonna)\s+(?:do\s+something\s+to|hurt|harm|cut|kill)\s+(?:myself|himself|herself|themselves)\b(?!\s+(?:if|when|while|by|lifting|running|doing|playing|on|at|in\s+the|falling|slipping|with\s+(?:the|this|that)\s+(?:ladder|saw|knife\s+sharpener|weights?)))`,
    ],
    { ordinaryWhen: ASKED_AND_ANSWERED_NO },
  ),
];

/**
 * The Columbia Suicide Severity Rating Scale and NICE NG225 judge risk by kinds, not words:
 * a suicidal context (hopelessness, farewell, a wish to be gone) together with a method, acquired
 * means, a plan or preparatory acts, an attempt that happened or is under way, or a third party
 * who cannot reach someone after a goodbye. Each kind below is a broad lexicon; the rules in
 * `mental-health-rules.ts` combine any two within the message, whatever the sentence shape.
 */
/** Tablets that treat a low blood sugar are what a diabetic carries, not means: "I had glucose tablets". */
const NOT_MEANS = r`(?<!\b(?:glucose|dextrose|sugar)\s)`;
const OWNED = r`(?:have|has|had|got|bought|collected|saved|stockpiled|stashed|hidden|hid|picked\s+up|taken\s+from|ordered|counted\s+out|put\s+aside|ready|keeping)`;

/** A place chosen for a hanging or a fall: "picked the tree", "found the right beam", "chosen the bridge". */
const PLACE_CHOSEN = r`(?:picked|chosen|chose|found|scoped|checked)\s+(?:out\s+)?(?:a|the|which)\s+(?:right\s+|perfect\s+|best\s+|strongest\s+)?(?:tree|beam|branch|hook|banister|rafter|bridge|cliff|spot|place)\b`;
/** What a rope is bought for in an ordinary errand. */
const NOT_A_ROPES_ERRAND = r`(?![^.;]{0,80}\b(?:swing|hammock|tree\s*house|tyre|tire|climbing|camping|tent|boat|washing\s+line|tow\w*|zip\s*wire|pulley|abseil\w*|skipping|tug\s+of\s+war)\b)`;
/**
 * What makes a rope a means whatever errand it came from (reviewer V40, session 58: "she bought rope at the camping shop
 * and has been googling knots, she keeps saying she's a burden"): despair, a burden, a goodbye, or knots searched.
 */
const ROPE_BESIDE_DESPAIR = r`(?:burden|hopeless|worthless|no\s+point|better\s+off|end\s+it|kill\s+(?:myself|himself|herself|themselves)|want\w*\s+to\s+die|suicid\w*|goodbyes?|noose|(?:googl\w*|search\w*|look\w*\s+up|research\w*|watch\w*\s+videos?\s+(?:of|on|about))\s+(?:\w+\s+){0,3}?knots?|how\s+to\s+tie)`;
/** What a tree is picked for in an ordinary errand, beside the rope's. */
const NOT_A_TREES_ERRAND = r`${NOT_A_ROPES_ERRAND}(?![^.;]{0,80}\b(?:christmas|xmas|decorat\w*|fairy\s+lights|bunting)\b)`;

const MEANS = [
  define(
    'suicide_means',
    [
      r`\b(?:collecting|saving|stockpil\w*|hoarding|saved\s+up|stashing|stashed)\s+(?:up\s+)?(?:my\s+|his\s+|her\s+|the\s+)?(?:\w+\s+)?(?:pills|tablets|meds|medication|medicines|painkillers|${PILLS})\b|\b(?:i|he|she)\s+(?:have|has|got)\s+enough\b(?!\s+(?:time|money|food|sleep|energy))`,
      r`\bmeans\s+(?:at\s+home|available|to\s+hand|at\s+hand|in\s+the\s+house|accessible)\b|\baccess\s+to\s+(?:means|firearms?|guns?|pills|tablets|medication|a\s+gun)\b|\b(?:has|have|got|holding|with|carrying|grabbed)\s+(?:a|the)\s+knife\b|\brope\b(?:${NOT_A_ROPES_ERRAND}|(?=[^]*\b${ROPE_BESIDE_DESPAIR})|(?<=\b${ROPE_BESIDE_DESPAIR}[^]*\brope))|\b(?:noose|ligature|hose(?:\s*pipe)?|charcoal|blade|razor\s+blades?|(?:loaded\s+|shot)?gun|shotgun|rifle|firearm|${PLENTY_OF_PILLS})`,
      // Acquired means: "I have the pills", "bought 3 packs of paracetamol", "enough of his morphine". Doses given as
      // directed are a medicine taken, not means: "had the recommended paracetamol doses after her jabs".
      r`\b${OWNED}\s+(?!been\s+on\b|(?:[\w']+\s+){0,3}?(?:been\s+)?(?:on|taking|prescribed|recommended|advised|usual|regular|prophylactic|preventive|preventative)\s)(?:[\w']+\s+){0,5}?${NOT_MEANS}${PILLS}\b|\b(?:\d+|two|three|four|five|six|several)\s+(?:boxes|packs|packets|bottles|strips)\b|\benough\s+(?:of\s+)?(?:[\w']+\s+){0,2}?(?:${PILLS}|to\s+(?:make\s+sure|do\s+it|not\s+wake))\b`,
      r`\b${PILLS}\s+(?:are\s+|is\s+)?(?:lined\s+up|counted\s+out|in\s+the\s+(?:drawer|car|cupboard|bag)|ready|hidden|saved\s+up)\b|\bfrom\s+different\s+(?:shops|pharmacies|chemists|stores)\b|\b(?:a\s+|the\s+)?(?:knife|${PILLS})\s+in\s+(?:my|his|her)\s+hand\b|\b(?:i|he|she)\s+(?:have|has|got)\s+(?:about\s+|like\s+|over\s+)?(?:[2-9]\d|\d{3})\s*(?:of\s+them)?(?:$|[,.;]|\s+(?:here|left|saved|now|at\s+home))|\bbought\s+(?:the\s+|some\s+)?(?:stuff|it|them)\s+online\b|\bcollected\s+(?:\w+\s+){0,3}?early\b`,
      // A poison acquired (the Columbia scale's acquired means; pesticide and rat poison are the commonest lethal means
      // where they are sold loose): weighed as a means only beside despair, a farewell or a plan, like pills kept.
      r`\b(?:bought|buying|got|has|have|had|ordered|keeping|kept|hidden|hid|stashed)\s+(?:some\s+|a\s+bottle\s+of\s+|a\s+packet\s+of\s+)?(?:rat\s+poison|pesticide|weed\s*killer|paraquat|antifreeze|cyanide)\b`,
      // All of them taken or kept back, whatever they are for: "could just take the whole lot", "saved the rest" (review V7, 04:42).
      r`\b(?:take|swallow|down|neck)\s+(?:them\s+all|all\s+of\s+them|the\s+(?:whole\s+)?lot)\b|\b(?:saved|kept|hidden|hid|stashed)\s+(?:up\s+|back\s+)?the\s+rest\b`,
      // A place to die from: "standing on the bridge", "found a spot in the woods", "the multistorey".
      r`\b(?:on|at|to|off)\s+(?:the|a)\s+(?:bridge|cliff|cliffs|railway|tracks|ledge|roof|multi-?storey|car\s+park\s+roof|viaduct)\b|\bmulti-?storey\b`,
      // A lethal place kept in mind: "I keep thinking about the train line", "about the bridge".
      r`\b(?:thinking|think|thought|keep\s+thinking|dreaming)\s+(?:a\s+lot\s+)?about\s+(?:the\s+)?(?:train\s+line|railway(?:\s+line)?|tracks|bridge|cliff|cliffs|fast\s+trains|motorway\s+bridge|the\s+edge|jumping)\b`,
    ],
    { timeless: true },
  ),
  // Imminent danger: at the place or with the method set up now (NICE NG225: act at once).
  define(
    'at_lethal_place',
    [
      // Past the barrier at a height: 'on the wrong side of the railing'.
      r`\b(?:wrong|other|outside)\s+side\s+of\s+the\s+(?:railings?|barrier|fence|rail|parapet|safety\s+(?:barrier|rail|fence))\b`,
      r`\b(?:i\s+am|i\s+have\s+been|(?:sat|sitting|stood|standing|lying|parked)\s+(?:right\s+)?(?:on|at|by|near))\s+(?:on\s+|at\s+|by\s+|near\s+)?(?:the\s+)?(?:top\s+of\s+the\s+)?(?:edge\s+of\s+the\s+|side\s+of\s+the\s+)?(?:bridge|cliff|cliffs|cliff\s+edge|tracks|railway\s+(?:line|tracks)|train\s+tracks|ledge|roof|rooftop|viaduct|multi-?storey)\b`,
      r`\b(?:hose|pipe|tube)\s+(?:\w+\s+){0,3}?exhaust\b|\bin\s+the\s+(?:car|garage)\b[^.;]{0,40}\bengine\s+(?:running|on)\b|\bengine\s+running\b[^.;]{0,40}\bgarage\b`,
    ],
    {
      timeless: true,
      ordinaryWhen:
        /\b(?:traffic|late|queue|commut\w*|stuck|photos?|view|sightseeing|tour|walk(?:ing)?\s+the\s+dog|fix\w*|repair\w*|roofer|gutters?|work(?:ing)?\s+on|warm(?:ing)?\s+(?:it\s+)?up|defrost\w*)\b/,
    },
  ),
  // A plan, preparations and rehearsal (NICE NG225, Columbia scale: plan, preparatory acts).
  define('suicide_plan', [
    // A plan named by its kind or its method: "specific plan (hanging)", "a clear plan to overdose".
    r`\b(?:specific|clear|definite|detailed|formed|concrete|firm)\s+plans?\b|\bplan\s*(?:to\s+|of\s+|is\s+)?(?:hanging|overdos\w*|jumping|drowning|cutting)\b`,
    r`\ba\s+(?:suicide\s+|goodbye\s+)?note\s+(?:in|under|on|left|hidden|addressed)\b`,
    // Preparations told plainly: 'tonight is the night', 'everything I need ready', 'decided on Saturday', a note found.
    r`\btonight\s+is\s+the\s+night\b|\b(?:got|have|has)\s+everything\s+(?:i|he|she)\s+need\w*\s+(?:ready|sorted|together)\b|\b(?:i|he|she)\s+know\w*\s+how\b(?=[^.;]{0,40}\b(?:tomorrow|tonight|nobody|no\s+one|die|end)\b)|\bdecided\s+on\s+(?:a\s+|the\s+)?(?:day|date|time|place|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the\s+weekend)\b|\b(?:found|there\s+(?:is|was))\s+(?:a|her|his|the)\s+(?:suicide\s+|goodbye\s+)?note\b`,
    r`\b(?:i|he|she|they)\s+(?:have|has|got|made)\s+(?:a|the)\s+plan\b|\b(?:has|have|with|got)\s+(?:a\s+|the\s+)?(?:clear\s+|definite\s+|specific\s+|detailed\s+|formed\s+)?plan\s+(?:and|&)\s+(?:the\s+)?(?:means|intent)\b|\b(?:going\s+to|will)\s+do\s+it\s+(?:tonight|after|when|later|this|tomorrow|today|on)\b|\bmade\s+up\s+(?:my|his|her)\s+mind\b|\b(?:written|wrote|left|writing)\s+(?:a|my|his|her|the)\s+(?:note|notes|letters?)\b|\b(?:written|wrote|left)\s+(?:letters|notes)\b|\bsaid\s+(?:my|his|her|their)\s+goodbyes\b|(?<!\bwe\s+(?:all\s+)?)\bsaid\s+${GOODBYES_TO_EVERYONE}|\bwe\s+(?:all\s+)?said\s+${GOODBYES_TO_EVERYONE}(?!${A_GOODBYE_OF_A_DEPARTURE})|\bgiv(?:ing|en|e)\s+away\s+(?:my|his|her|their)\b|\bgave\s+away\s+(?:my|his|her|their)\b`,
    r`\bwent\s+to\s+the\s+(?:edge|bridge|cliff|roof|tracks|railway)\b|\b(?:stood|standing)\s+(?:right\s+)?(?:at|on)\s+the\s+(?:very\s+)?(?:edge|bridge|cliff)\b`,
    r`\b(?:decided|worked\s+out|knows?\s+exactly|planned|figured\s+out)\s+(?:exactly\s+)?(?:how|when|where)\s+(?:to\s+do\s+it|(?:i|he|she|they)\s+(?:am|is|are|will|would|want|wants)\s+(?:going\s+to\s+|to\s+)?(?:do\s+it|go|end))\b|\b(?:found|picked|chosen|chose)\s+(?:a|the)\s+(?:spot|place|date|day|time)\b|\b(?:research\w*|looked\s+up|googl\w*|searching)\s+(?:\w+\s+){0,2}?how\s+(?:much|many|long|to)\b`,
    // A ligature and the place to use it, acquired and chosen (Columbia: preparatory acts; reviewer V40, session 58: "I've
    // bought the rope and picked the tree"), in either order: the rope is read as means beside it. A rope bought for a
    // swing, a hammock, a tent or a boat, or a Christmas tree picked, is no such place.
    r`\b(?:bought|got|have|has|found|ordered|sorted)\s+(?:a\s+|the\s+|some\s+)?(?:rope|noose|ligature|cord)\b${NOT_A_TREES_ERRAND}[^.;]{0,60}?\b${PLACE_CHOSEN}|\b${PLACE_CHOSEN}${NOT_A_TREES_ERRAND}[^.;]{0,60}?\b(?:bought|got|have|has|found|ordered|sorted)\s+(?:a\s+|the\s+|some\s+)?(?:rope|noose|ligature|cord)\b${NOT_A_TREES_ERRAND}`,
    // Affairs put in order and things given away (Columbia: preparatory acts): "has sorted everything out", "gave his dog to a neighbour".
    r`\b(?:sorted|sorting)\s+everything\s+out\b|\b(?:got|has|have)\s+everything\s+sorted\b|\bput\s+(?:my|his|her|their)\s+affairs\s+in\s+order\b|\b(?:given|gave|giving)\s+(?:away\s+)?(?:my|his|her|their)\s+(?:dog|cat|pets?|things|stuff|belongings|possessions)\s+(?:to|away)\b`,
    r`\b(?:sorted|sorting|made|making|written|wrote|writing|updated)\s+(?:out\s+)?(?:my|his|her|a)\s+(?:will|affairs|finances)\b|\bsee\s+you\s+on\s+the\s+other\s+side\b|\bcancelled\s+(?:my|his|her)\s+(?:phone|contract|subscriptions?|direct\s+debits?)\b|\bwhen\s+(?:everyone|every\s+one|they|the\s+kids)\s+(?:is|are)\s+(?:out|asleep|gone|at\s+work)\b`,
    // A stated intent to take all of something on a day: "intend to take it all on Sunday, her birthday".
    r`\b(?:intend|intends|intending|plan|plans|planning|going)\s+to\s+take\s+(?:it|them|the\s+lot)\s+all\b|\b(?:intend|intends|intending)\s+to\s+(?:\w+\s+){1,4}?(?:on|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:her|his|my|our|their)\s+(?:birthday|anniversary))\b`,
    // Letters written to the people left behind (Columbia: preparatory acts), "I've written letters to my kids".
    r`\b(?:written|wrote|writing|left)\s+(?:\w+\s+)?letters\s+(?:to|for)\s+(?:my|his|her|their|each\s+of|every\s*one|all)\b`,
    r`\b(?:set|picked|chose|chosen|got)\s+a\s+date\b|\b(?:it\s+is\s+)?all\s+planned\b|\bplanned\s+(?:it|everything)\b|\b(?:sent|gave|given|told)\s+(?:me|us|him|her)\s+(?:\w+\s+)?(?:bank\s+)?(?:passwords?|pin|pins)\b|\b(?:goodbye|farewell)\s+(?:texts?|messages?|notes?|letters?|video)\b|\b(?:the\s+)?(?:dog|cat|pets?)\s+(?:is\s+|are\s+)?(?:at|with|to)\s+(?:my|his|her)\s+\w+|\bworked\s+out\s+(?:the\s+)?(?:times|timetable|dose|how\s+many)\b|\bthinking\s+(?:about\s+)?where\s+(?:to\s+go|to\s+do\s+it|i\s+(?:would|will|could)\s+(?:go|do\s+it))\b|\b(?:si|suicidal\s+ideation)\s+with\s+(?:intent|plan)\b|\bintent\s+and\s+plan\b|\b(?:i|he|she|they)\s+(?:already\s+)?knows?\s+(?:exactly\s+)?(?:when|how|where)\s+(?:i\s+am|i\s+will|i\s+am\s+going\s+to|he\s+is|she\s+is|he\s+will|she\s+will)\s+(?:doing|do|going\s+to\s+do)\s+it\b|\blooked\s+up\s+(?:the\s+)?(?:dose|doses|times|how)\b|\bwritten\s+out\s+how\s+many\b`,
  ]),
  // An attempt that happened or failed (Columbia: actual, interrupted and aborted attempts).
  define('suicide_attempt', [
    // Found hanging (a bystander's words for a ligature, NHS: call 999): "found my son hanging"; never "hanging out",
    // "hanging the washing", "hanging upside down from the climbing frame".
    r`\bfound\s+(?:him|her|them|(?:my|his|her|our|their)\s+(?:\w+\s+)?\w+)\s+hanging\b(?!\s+(?:out|around|about|up|on|off|over|upside|by\s+(?:his|her|their)\s+(?:arms|hands|knees|legs)|from\s+(?:the|a)\s+(?:monkey|climbing|bars|swing)|(?:the|some|a|his|her|their|my)\s+\w+))`,
    // Found with a ligature round the neck, or telling the act done: "pills taken", "took the lot".
    r`\b(?:belt|rope|cord|ligature|scarf|cable|noose|tie|sheet|lead|flex)\s+(?:\w+\s+){0,2}?(?:round|around)\s+(?:his|her|my|their)\s+(?:own\s+)?neck\b|\b(?:pills|tablets|meds|them\s+all|it\s+all)\s+(?:all\s+)?(?:taken|swallowed|gone\s+down|done)\b|\b(?:took|taken|swallowed|downed|necked)\s+(?:them\s+all|the\s+lot|the\s+whole\s+lot|all\s+of\s+them|everything\s+i\s+had)\b`,
    r`\b(?:tried|trying|try|attempted|attempting)\s+to\s+(?:kill|hang|drown|poison|gas|suffocate|end\s+(?:it|my|his|her|their)|overdose|jump\s+(?:off|from|in\s+front)|cut\s+(?:my|his|her|their)\s+(?:wrists?|throat))\b|\b(?:he|she|they|i)\s+(?:attempted|tried)\s+(?:again\s+)?(?:tonight|today|last\s+night|this\s+morning|earlier)\b|\bsuicide\s+attempt\b|\battempted\s+suicide\b`,
    r`\b(?:rope|ligature|belt|noose)\s+(?:snapped|broke|gave\s+way)\b|\b(?:it|that|the\s+pills|the\s+overdose)\s+(?:did\s+not|didnt|has\s+not)\s+work\b|\bpumped\s+(?:my|his|her|their)\s+stomach\b|\b(?:the\s+)?(?:pills|tablets|it)\s+(?:are|is)\s+(?:working|kicking\s+in|starting\s+to\s+work)\b(?!\s+(?:well|fine|great|nicely|ok|okay|better|for\s+(?:me|him|her|them|my|his|her|the)\b|so\s+far|again))|\bdid\s+something\s+(?:stupid|silly|bad)\b|\b(?:woke\s+up|survived)\s+(?:after\s+|from\s+)?(?:the\s+|an?\s+|my\s+)?(?:overdose|attempt|taking)\b`,
  ]),
  // Ongoing intent after an attempt or beside a means: "I'll do it properly next time".
  define('ongoing_intent', [
    r`\bnot\s+stopping\s+this\s+time\b|\bthis\s+time\s+(?:i|he|she)\s+(?:will\s+)?do\s+it\b|\bthis\s+time\s+(?:i|i\s+am|he\s+is|she\s+is)\s+(?:going\s+to|gonna|will)\b|\bgo(?:ing)?\s+through\s+with\s+it\b`,
    r`\b(?:try|trying|do\s+it|doing\s+it)\s+(?:it\s+)?(?:again|properly)\b|\bfinish\s+(?:the\s+job|it\s+(?:off|properly))\b|\bnext\s+time\b|\bmake\s+sure\s+(?:this\s+time|it\s+works)\b|\bannoyed\s+(?:it|that\s+i|i)\b|\b(?:go|going)\s+further\b|\bactually\s+(?:do|finish)\s+it\b|\bdo\s+it\s+anyway\b|\bwish\s+(?:it\s+had|i\s+had\s+not)\s+(?:worked|woken)\b`,
  ]),
  define('lethality_query', [
    // Death told as sleep in the asking: "how many would it take to make me sleep for good / never wake up".
    r`\bhow\s+(?:many|much)\s+(?:\w+\s+){0,4}?(?:would\s+it\s+take|does\s+it\s+take|it\s+would\s+take|it\s+takes)\s+to\s+(?:make\s+(?:me|him|her|them|you|someone)\s+)?(?:sleep\s+(?:for\s+good|forever)|never\s+wake(?:\s+up)?|not\s+wake(?:\s+up)?|stop\s+breathing)\b`,
    r`\bhow\s+(?:many|much)\s+(?:\w+\s+){0,3}?to\s+(?:die|kill|od|overdose)\b|\b(?:work|works|act|kick\s+in)\s+faster\s+with\s+(?:alcohol|drink|vodka|wine)\b`,
    r`\b(?:lethal|fatal|deadly)\s+(?:dose|amount|overdose)\b|\bwould\s+be\s+(?:fatal|lethal|enough)\b|\b(?:least\s+painful|quickest|easiest|painless|surest|most\s+reliable)\s+way\b|\bhow\s+(?:many|much)\s+(?:\w+\s+){0,3}?(?:would|to|does\s+it\s+take\s+to|it\s+would\s+take\s+to)\s+(?:kill|die|be\s+(?:fatal|lethal|enough))\b`,
  ]),
  define('uncontactable', [
    // "she won't answer her phone", "now he won't answer": told with what goes unanswered, or closing its clause.
    r`\b(?:will|would|does|did)\s+not\s+(?:answer|pick\s+up|reply)(?:\s+(?:to\s+)?(?:(?:his|her|their|the|my|our)\s+)?(?:phone|mobile|calls?|texts?|messages?|door)\b|\s*(?=$|[,.;!?]))`,
    r`\b(?:not|stopped|is\s+not|has\s+not|been\s+not)\s+(?:answering|picking\s+up|replying|responding|reading\s+(?:my|our)\s+messages)\b|\b(?:phone|mobile)\s+(?:is\s+|keeps\s+)?(?:off|switched\s+off|dead)\b|\bvoicemail\b|\b(?:hung\s+up|gone\s+offline|went\s+offline|blocked\s+(?:me|us)|turned\s+(?:his|her|their)\s+(?:phone|location)\s+off|location\s+(?:is\s+)?off)\b|\b(?:cannot|could\s+not)\s+(?:reach|get\s+hold\s+of|contact|find|get\s+through\s+to)\s+(?:him|her|them)\b|\b(?:do\s+not|does\s+not)\s+know\s+where\s+(?:he|she|they)\s+(?:is|are|went)\b`,
  ]),
  // A farewell message or the words of someone who means to be gone (NICE NG225 warning signs).
  define(
    'suicidal_context',
    [
      r`\b(?:just\s+)?want(?:ed)?\s+(?:to\s+tell\s+someone|someone\s+to\s+know|to\s+say\s+(?:thanks|thank\s+you|goodbye|sorry|bye))\b|\b(?:not\s+sure|do\s+not\s+know)\s+why\s+i\s+am\s+(?:typing|writing|telling|messaging)\b|\b(?:will\s+not|not\s+going\s+to)\s+be\s+(?:here|around)\s+(?:tomorrow|much\s+longer|for\s+long|any\s*more|by)\b|\blast\s+(?:time\s+you\s+will\s+hear|night\s+on\s+earth|day\s+on\s+earth)\b|\b(?:easier|better)\s+(?:this\s+way|for\s+everyone)\b|\b(?:join|be\s+with)\s+(?:him|her|them|mum|mom|dad|my\s+\w+|his\s+\w+|her\s+\w+)\s+soon\b|\bwish\s+i\s+(?:could|was|were)\s+(?:be\s+)?with\s+(?:him|her|them|mum|mom|dad|my\s+(?:mum|mom|dad|husband|wife|son|daughter|partner|brother|sister|nan|gran|grandad|grandma)|(?:him|her|them)\s+again)\b|\b(?:will\s+not|would\s+not)\s+need\s+(?:any\s*more|them\s+any\s*more)\b|\bfinish\s+it\b|\b(?:everyone|every\s+one|they|you\s+all)\s+(?:will|would)\s+be\s+better\s+off\b|\bone\s+reason\b`,
      // A wish not to wake, which the collapse signals no longer read as someone unresponsive (triage-vocabulary.ts
      // NOT_A_WISH): a warning sign beside a means or a plan, not an emergency alone (NICE NG225).
      r`\b(?:wish\w*|hop(?:e|es|ed|ing)|pray\w*)\s+(?:(?:that\s+)?(?:i|he|she|they)\s+)?(?:(?:could|would|will|might)\s+)?(?:just\s+)?(?:not|never)\s+(?:to\s+)?wake(?:\s+up)?\b`,
      // A farewell reported, being gone told as better, giving up told plainly (NICE NG225 warning signs).
      r`\b(?:texted|messaged|message|text|note|posted|wrote|saying|said)\b[^.;]{0,25}\bthanks?\s+(?:you\s+)?for\s+everything\b|\b(?:you\s+are|you\s+were)\s+the\s+only\s+(?:one|person)\s+who\s+(?:ever\s+)?(?:got|understood|cared|listened)\b|\bbetter\s+(?:if\s+)?(?:i|he|she)\s+(?:am|is|was|were)\s+not\s+(?:alive|here|around)\b|\bif\s+(?:i|he|she)\s+(?:was|were)\s+gone\b|\bif\s+i\s+(?:just\s+)?(?:did\s+not|never|would\s+not)\s+wake\s+up\b|\b(?:i\s+am\s+)?not\s+doing\s+this\s+any\s*more\b`,
      r`\bsorry\s+for\s+everything\b|\bthank\w*\s+(?:me|us|you|everyone)\s+for\s+everything\b|\b(?:it\s+is\s+)?not\s+(?:my|your|anyone's)\s+fault\b|\blook\s+after\s+(?:the\s+kids|mum|dad|my\s+\w+|the\s+dog)\s+for\s+me\b|\b(?:love|loves)\s+(?:you|me|us)\s+(?:all|always|so\s+much)\b`,
      r`\bnot\s+(?:be\s+)?around\s+(?:much\s+longer|any\s*more|for\s+much\s+longer|after)\b|\btalk\w*\s+about\s+not\s+being\s+(?:around|here)\b|\b(?:no\s*one|nobody)\s+(?:will|would)\s+(?:even\s+|really\s+|ever\s+)?(?:miss|care|notice)\b|\bbetter\s+(?:off\s+)?without\s+(?:me|him|her)\b|\b(?:no|not\s+a|do\s+not\s+see\s+a|cannot\s+see\s+a)\s+way\s+out\b|\bnothing\s+(?:matters|left)\b|\bno\s+point\s+(?:in\s+)?(?:anything|any\s*more|living|going\s+on|carrying\s+on)\b|\b(?:see|find|have)\s+no\s+(?:purpose|reason\s+to\s+(?:live|go\s+on|carry\s+on))\b|\b(?:a|such\s+a)\s+burden\b|\b(?:had|have)\s+enough\s+of\s+(?:life|everything|living)\b|\bsleep\s+and\s+(?:never|not)\s+wake\b|\btonight(?:'?s|\s+is)\s+the\s+night\b|\b(?:us(?:e|ing)|turn(?:ing)?)\s+it\s+on\s+(?:myself|himself|herself|themselves)\b|\bend(?:ing|s)?\s+(?:it(?:\s+all)?|things|(?:my|his|her|their)\s+(?:own\s+)?life)\b(?!\s+with)|\bwant\w*\s+to\s+die\b|\bsuicid\w*\b|\bkill\s+(?:myself|himself|herself|themselves)\b|\b(?:cannot|can\s+not)\s+(?:do\s+this|go\s+on|cope)\b|\bon\s+purpose\b|\bhopeless\b|\bhate\s+(?:myself|himself|herself)\b|\bworthless\b|\b(?:do|does)\s+not\s+deserve\s+(?:to|help|care)\b|\bwhat\s+is\s+the\s+point\b|\bno\s+future\b|\b(?:do|does)\s+not\s+care\s+(?:any\s*more|what\s+happens|if\s+(?:i|he|she)\s+(?:die|dies|bleed))\b|\bgiven\s+up\b|\bdone\s+with\s+(?:life|everything|it\s+all)\b|^(?:i\s+am\s+)?(?:so\s+)?done\b`,
    ],
    { timeless: true, ordinaryUnlessElsewhere: DEATH_WISH_OVER_A_TRIFLE_GUARD },
  ),
  // A goodbye said or sent (NICE NG225 warning signs): a farewell beside means, a plan, despair or a silence after it.
  // Alone it is one warning sign, not two: "I said goodbye" was read as a plan and as a farewell at once, so a goodbye
  // at an airport or a hospice was an emergency; one's goodbyes said to everyone stay a preparatory act (suicide_plan).
  // A goodbye the writer said at their own break-up ("we broke up and I said goodbye, now he won't answer the phone")
  // ends a relationship; one the other person said or sent ("she sent me a goodbye text") stays a farewell.
  define('farewell', [r`\bgoodbye\b`], {
    timeless: true,
    ordinaryWhen:
      /\b(?:i|we)\s+(?:[\w']+\s+){0,2}?(?:broke\s+up|split\s+up|broken\s+up)\b(?![^.;?!]*\b(?:(?:he|she|they|ex|boyfriend|girlfriend|partner|husband|wife)\s+(?:\w+\s+)?(?:said|sent|texted|messaged|wrote|left|posted)|goodbyes?\s+to\s+(?:everyone|everybody|all|the\s+(?:kids|world|family)|my\s+(?:kids|children|family|mum|mom|dad|parents)))\b)/,
  }),
  define('despair', [
    // A means kept back and meant to be used (Columbia: intent): "I'm going to use them", "he will use them
    // when he is ready"; not used up, used for something, or used when needed.
    r`\b(?:will|going\s+to|gonna)\s+use\s+(?:them|those|these)(?:\s+all)?\b(?!\s+(?:up|for|on|before|as|instead|if|in|to|with|again|every|each|twice|once|daily|properly|correctly|next|when\s+(?:i|he|she|we|they|you)\s+(?:need|have|get|feel|next|run|go|am|are)\b(?!\s+ready)))`,
    // Hopelessness about help (Columbia; NICE NG225): "nobody can help me", "nothing anyone can do".
    r`\b(?:no\s*one|nobody|nothing)\s+(?:can|could|will)\s+(?:help|fix|save)\s+(?:me|him|her|this)\b|\bbeyond\s+help\b|\btoo\s+late\s+for\s+(?:me|him|her)\b`,
    r`\b(?:(?:do\s+not|cannot)\s+see\s+(?:the|any)\s+point\b|better\s+(?:off\s+)?dead\b|(?:i\s+am|she\s+is|he\s+is|they\s+are)\s+(?:just\s+)?done\b(?!\s+(?:with\s+(?:work|this\s+job|school)|for\s+the\s+day|eating|now))|(?:very\s+|really\s+|so\s+)?(?:low|depressed|hopeless|tired\s+of\s+life|no\s+way\s+out|nothing\s+to\s+live\s+for|sorry\s+for\s+everything|so\s+done|done\s+with\s+(?:life|everything|it\s+all)|cannot\s+cope|will\s+use\s+it|going\s+to\s+use\s+it|if\s+(?:we|you|anyone)\s+come\s+in|tonight|this\s+weekend|do\s+it))\b`,
  ]),
  // Self-inflicted wounds that need care (NICE NG225: assess the injury as well as the risk).
  // A wound's depth, not a breath's, a sleep's or a voice's: "couldn't get a deep breath" in a panic attack is no wound.
  define('wound_needs_care', [
    r`\b(?:(?:deep|deeper)(?!\s+(?:breaths?|breathing|sleep|asleep|down|in\s+thought|voice|vein|water|end|fried|clean|dive))|gaping|wide\s+open|will\s+not\s+stop\s+bleeding|not\s+stopping\s+bleeding|keeps?\s+bleeding|(?:see|seen|showing)\s+(?:the\s+)?(?:fat|fatty|yellow|white)|fat\s+layer|fatty\s+layer|needs?\s+stitches|need\s+stitching|how\s+(?:do\s+i|to)\s+close|glue\s+it|steri|infected|pus|blister\w*|weeping|a\s+lot\s+of\s+blood|soaked)\b`,
  ]),
  // Cutting, burning or hitting oneself, told plainly: the injury decides with `wound_needs_care`.
  define(
    'self_injury_told',
    [
      // Cut deeper than meant (a finger cut in the kitchen names its finger or its task).
      r`\bcut\s+(?:(?:my|his|her)\s+(?:wrists?|arms?|forearms?|thighs?|legs?)\s+)?deeper\s+than\s+(?:i|he|she|they)\s+(?:meant|intended|wanted|planned)\b(?![^.;]{0,40}\b(?:chopping|cooking|shaving|slicing|peeling|opening|knife\s+slipped))`,
      r`\b(?:cut|cutting|burn\w*|hurt|hurting|scratch\w*|carv\w*|hit|hitting)\s+(?:myself|himself|herself|themselves)\b|\bself[- ]?harm\s+(?:cuts?|wounds?|injur\w+|burns?)\b|\bself[- ]?harm\w*\b|\bself[- ]?inflicted\b|\b(?:cutting|scratching|scratched|cut|slashed|slashing|carving|carved)\s+(?:my|his|her)\s+(?:wrists?|arms?|forearms?|thighs?)\s+(?:with|until|till|again)\b|\b(?:they|people|nurses?|doctors?|staff)\s+(?:will|would|are\s+going\s+to)\s+judge\s+(?:me|him|her)\b`,
    ],
    { timeless: true },
  ),
  // Suicidal feelings or self-harm told as history or as fiction: recovered, years ago, a novel.
  define(
    'self_harm_history',
    [
      // Old scars are history; asking about them is a skin question.
      r`\b(?:old|faded|healed|healing|white)\s+(?:self[- ]?harm\s+)?scars\b|\bself[- ]?harm\s+scars\b`,
      r`\b(?:used\s+to|stopped|clean\s+(?:from|of)|recovered\s+from|in\s+recovery\s+from|free\s+(?:from|of))\s+(?:\w+\s+){0,2}?(?:self[- ]?harm\w*|cutting|suicidal|overdos\w*)\b|\b(?:self[- ]?harm\w*|cutting|suicid\w*|overdos\w*|attempt\w*)\b[^.;]{0,40}\b(?:years\s+ago|(?:a|one)\s+year\s+ago|as\s+a\s+teen\w*|in\s+my\s+(?:teens|twenties|thirties)|when\s+i\s+was\s+(?:\d+|young|younger|a\s+teen\w*)|last\s+year|in\s+(?:19|20)\d\d|(?:much\s+)?better\s+now|in\s+recovery|in\s+therapy|clean\s+for)\b|\b(?:novel|book|film|movie|tv\s+show|series|character|documentary|school\s+project|essay|song|lyrics)\b|\bsafety\s+plan\b|\b(?:have\s+not|has\s+not|not|never)\s+acted\s+on\s+(?:them|it|(?:the|these|those|my|his|her)\s+(?:urges?|thoughts?))\b(?!\s+yet\b)|\bcoping\s+(?:strategies|skills|techniques)\b(?![^.;]{0,30}\b(?:not|no\s+longer|stopped)\s+(?:working|helping)\b)|\bno\s+(?:intent|plan|plans)\b|\bwithout\s+(?:any\s+)?(?:intent|plans?)(?:\s+(?:or|and|nor)\s+(?:intent|plans?))?\b|\bpassive\s+(?:suicidal\s+)?(?:thoughts|ideation)\b|\b(?:ice\s+cubes?|rubber\s+band|elastic\s+band)\b|\binstead\s+of\s+(?:cutting|self[- ]?harm\w*|hurting)\b|\bhistoric(?:al)?\s+(?:self[- ]?harm|overdoses?|suicid\w*)\b|\bhealed\s+scars\b`,
    ],
    { timeless: true, ordinaryWhen: /\b(?:again|relapsed|tonight|right\s+now|this\s+(?:morning|evening)|today)\b/ },
  ),
];

/**
 * Anything else the self-harm signals read, as one pattern: what keeps a goodbye of a journey a farewell, told in its
 * sentence or in another (a plan, a means, despair, a silence after it, an act), beside the words of `A_SUICIDAL_WORD`.
 * History and a wound's care are no such sign.
 */
const TELLS_SELF_HARM = new RegExp(
  [
    A_SUICIDAL_WORD.source,
    ...[...SELF_HARM, ...MEANS]
      .filter(({ id }) => !['farewell', 'self_harm_history', 'wound_needs_care'].includes(id))
      .flatMap(({ patterns }) => patterns.map(({ source }) => source)),
  ].join('|'),
);

/** The farewell, set aside when told of a journey in a message that tells nothing else of self-harm. */
function withGoodbyeOfADepartureSetAside(signal: SignalDefinition): SignalDefinition {
  if (signal.id !== 'farewell') return signal;
  return {
    ...signal,
    ordinaryUnlessElsewhere: {
      when: new RegExp(String.raw`^(?!.*(?:${TELLS_SELF_HARM.source})).*?\bgoodbyes?\b${A_GOODBYE_OF_A_DEPARTURE}`),
      unless: TELLS_SELF_HARM,
    },
  };
}

export const SELF_HARM_SIGNALS: readonly SignalDefinition[] = [...SELF_HARM, ...MEANS].map(
  withGoodbyeOfADepartureSetAside,
);
