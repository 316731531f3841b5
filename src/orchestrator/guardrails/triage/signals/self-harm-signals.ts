/** Thoughts of suicide and self-harm. */

import { type SignalDefinition, define, r } from './signal-definition.js';

const SELF_HARM = [
  define('suicidal_intent', [
    r`\bsuicidal\b`,
    r`\b(?:thinking|thought|thoughts|think)\s+(?:about|of)\s+(?:suicide|killing\s+(?:myself|himself|herself|themselves)|ending\s+(?:it|my\s+life|things))\b`,
    r`\b(?:commit|committing|attempt|attempting|attempted|tried)\s+(?:to\s+commit\s+)?suicide\b`,
    r`\bsuicide\s+(?:plan|note|attempt|letter|pact)\b`,
    r`\b(?:kill|killing|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|off)\s+(?:myself|himself|herself|themselves|themself)\b`,
    r`\b(?:end|ending|take|taking)\s+(?:my|his|her|their)\s+(?:own\s+)?life\b`,
    r`\b(?:want|wants|wanted|wanting|wish|wishing|ready)\s+(?:to\s+)?(?:just\s+)?(?:die|be\s+dead|not\s+(?:be\s+)?(?:alive|here|exist|wake\s+up|live)|disappear\s+forever|stop\s+living|end\s+it(?:\s+all)?)\b`,
    r`\bwish\s+(?:i|he|she)\s+(?:was|were|could\s+be|had\s+never\s+been)\s+(?:dead|born|gone)\b`,
    r`\b(?:want|wants|wish|wishing)\s+to\s+(?:just\s+)?(?:go\s+to\s+)?sleep\s+(?:forever|and\s+(?:never|not)\s+wake\s+up)\b`,
    r`\b(?:do\s+not|does\s+not|no\s+longer|not)\s+want\s+to\s+(?:live|be\s+alive|be\s+here\s+any\s*more|go\s+on|wake\s+up|exist)\b`,
    r`\bbetter\s+off\s+(?:dead|without\s+me|if\s+i\s+(?:was|were)\s+(?:dead|gone))\b`,
    r`\b(?:(?:do\s+not|cannot)\s+see\s+|there\s+is\s+)?(?:no|any)\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on|being\s+alive)\b`,
    r`\bend\s+it\s+all\b`,
    r`\b(?:going|want|wants|planning|plan|plans)\s+to\s+(?:take|swallow)\s+(?:all|every|a\s+whole\s+bottle|the\s+whole\s+bottle)\s+(?:of\s+)?(?:my|his|her|the|their)?\s*(?:[\w'-]+\s+)?(?:pills|tablets|meds|medication)\b`,
    r`\b(?:life\s+is\s+)?not\s+worth\s+living\b`,
    r`\bwant\s+(?:it|this|everything|the\s+pain|it\s+all)\s+(?:all\s+)?to\s+(?:end|stop)\b|\b(?:cannot|can\s+not)\s+(?:do|go\s+on\s+with|take)\s+(?:this|it)\s+any\s*more\b|\b(?:cannot|can\s+not)\s+go\s+on\b|\b(?:will|going\s+to|gonna)\s+(?:finish|end)\s+(?:it|things|everything)\b|\bintent\s+to\s+(?:end|take)\s+(?:his\s+|her\s+|my\s+|their\s+)?(?:own\s+)?life\b`,
    r`\b(?:crash|drive|jump|walk|step)\s+(?:\w+\s+){0,3}?(?:on\s+purpose|into\s+(?:a\s+|the\s+)?(?:tree|wall|traffic|river|sea|lorry|train))\b|\b(?:this\s+is\s+)?(?:my|his|her|their)\s+last\s+(?:night|day|message|post|goodbye)\b|\bgoodbye\s+(?:message|note|letter|post|text)\b|\b(?:saving|saved|stockpil\w*|hoard\w*)\s+(?:up\s+)?(?:my\s+|his\s+|her\s+)?(?:tablets|pills|meds|medication)\b`,
    r`\b(?:plan|planning|plans|going)\s+to\s+(?:end\s+it|jump\s+off|overdose|hang)\b`,
    // Thoughts of a method: "keep thinking about jumping in front of the train".
    r`\b(?:thinking|thought|thoughts|think|imagining|urges?|want|wanting)\s+(?:about\s+|of\s+|to\s+)?(?:jump(?:ing)?\s+(?:off|from|in\s+front\s+of)|step(?:ping)?\s+in\s+front\s+of|throw(?:ing)?\s+(?:myself|himself|herself)|hang(?:ing)?\s+(?:myself|himself|herself)|overdos(?:e|ing)|walk(?:ing)?\s+into\s+the\s+(?:sea|river|traffic)|driv(?:e|ing)\s+(?:off|into))\b`,
  ]),
  define('self_harm', [
    r`\b(?:deliberate\s+self[- ]?(?:harm|cutting|poisoning|injury)|self[- ]?cut\w*)\b`,
    r`\bself[- ]?(?:harm|harming|injury|injuring)\b`,
    // Self-inflicted wounds told as wounds: "cut my arm again with a razor and it is gaping".
    r`\b(?:cut|cutting|sliced|slashed|carved|burned|burnt|scratched)\s+(?:my|his|her|their)\s+(?:arms?|wrists?|thighs?|legs?|skin|stomach)\b[^.;]{0,40}\b(?:again|on\s+purpose|deliberately|deep|deeper|gaping|razor|blade|stitches|fat|relaps\w*)\b|\brelapsed\b[^.;]{0,20}\b(?:cutting|self[- ]?harm\w*)\b`,
    r`\b(?:cut|cutting|slit|slitting|slashed|slashing)\s+(?:my|his|her|their)\s+wrists?\b`,
    r`\b(?:want|wants|wanted|wanting|going|planning|plan|plans|thinking\s+(?:about|of)|thoughts?\s+(?:about|of)|urge|urges|tempted|feel\s+like|feels\s+like|keep|keeps|started|been|have\s+been|has\s+been|is|am|was)\s+(?:to\s+)?(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving)\s+(?:myself|himself|herself|themselves)\b`,
  ]),
];

// A means told beside low mood or a threat: the rope, the blade, the pills saved up (NICE NG225 risk cues).
const MEANS = [
  define('suicide_means', [
    r`\b(?:rope|noose|ligature|blade|razor\s+blades?|loaded\s+gun|(?:many|lots\s+of|all\s+(?:my|the|his|her))\s+(?:pills|tablets))\b`,
    // Acquired means: "I have the pills", "bought 3 packs of paracetamol", "enough tablets".
    r`\b(?:have|got|bought|collected|saved|stockpiled|ready)\s+(?:the|enough|some|a)\s+(?:pills|tablets|rope|hose|charcoal|gun)\b|\b(?:\d+|two|three|four|five|several)\s+(?:boxes|packs|packets|bottles)\b|\benough\s+(?:pills|tablets)\b`,
  ], { timeless: true }),
  // A plan, preparations and rehearsal (NICE NG225, Columbia scale: plan, preparatory acts).
  define('suicide_plan', [
    r`\b(?:i|he|she|they)\s+(?:have|has|got|made)\s+(?:a|the)\s+plan\b|\b(?:going\s+to|will)\s+do\s+it\s+(?:tonight|after|when|later|this|tomorrow|today)\b|\bmade\s+up\s+(?:my|his|her)\s+mind\b|\b(?:written|wrote|left)\s+(?:a|my|his|her)\s+(?:note|letters?)\b|\bsaid\s+(?:my|his|her|their)?\s*goodbyes?\b|\bgiving\s+away\s+(?:my|his|her)\s+(?:things|stuff|belongings)\b`,
    r`\bwent\s+to\s+the\s+(?:edge|bridge|cliff|roof|tracks|railway)\b|\b(?:stood|standing)\s+(?:at|on)\s+the\s+(?:edge|bridge|cliff)\b`,
  ]),
  define('lethality_query', [r`\b(?:lethal|fatal|deadly)\s+(?:dose|amount|overdose)\b|\bhow\s+many\s+(?:\w+\s+){0,3}?(?:would|to|does\s+it\s+take\s+to)\s+(?:kill|die)\b`]),
  define('uncontactable', [
    r`\b(?:not|stopped)\s+(?:answering|picking\s+up|replying)\b|\b(?:phone|mobile)\s+(?:is\s+)?(?:off|switched\s+off|going\s+(?:straight\s+)?to\s+voicemail)\b|\b(?:cannot|could\s+not)\s+(?:reach|get\s+hold\s+of|contact|find)\s+(?:him|her|them)\b`,
  ]),
  define('despair', [r`\b(?:very\s+|really\s+|so\s+)?(?:low|depressed|hopeless|tired\s+of\s+life|no\s+way\s+out|nothing\s+to\s+live\s+for|sorry\s+for\s+everything|so\s+done|done\s+with\s+(?:life|everything|it\s+all)|cannot\s+cope|will\s+use\s+it|going\s+to\s+use\s+it|if\s+(?:we|you|anyone)\s+come\s+in|tonight|this\s+weekend|do\s+it)\b`]),
];

export const SELF_HARM_SIGNALS: readonly SignalDefinition[] = [...SELF_HARM, ...MEANS];
