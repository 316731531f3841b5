import type { SignalId } from './signals/signal-definition.js';
import { findSpans, type TextSpan } from './text-span.js';

/**
 * Figurative phrases built from emergency words. A finding that overlaps one of these spans is
 * dropped: "this headache is killing me", "you gave me a heart attack", "dying to know",
 * "I could kill for a coffee", "a stroke of luck", "I collapsed into bed".
 *
 * Each phrase is narrow on purpose: "my chest is killing me" is chest pain, not an idiom, and
 * "I'm killing myself to end the pain" is not "killing myself at work".
 */
const IDIOMS: readonly RegExp[] = [
  // A chest or a back "killing" someone is the pain itself (cauda equina is told so: "my back is killing me and I can't pee").
  /(?<!\b(?:chest|back)(?:'s)?\s(?:is\s|pain\s(?:is\s)?)?)\bkilling\s+(?:me|him|her|us)\b/g,
  /\bdying\s+(?:to|for|of\s+(?:boredom|laughter|embarrassment|shame|curiosity|thirst|hunger|heat))\b/g,
  /\b(?:die|died|dying)\s+(?:of|from)\s+(?:embarrassment|boredom|laughter|laughing|shame|cuteness|envy|jealousy|curiosity)\b/g,
  /\b(?:die|died|dying)\s+laughing\b/g,
  // An interjection of embarrassment, not a wish to die: "ugh i want to die, i sent it to my boss".
  /\b(?:ugh+|omg|oh\s+god|ffs|argh+|kill\s+me\s+now)\s*,?\s+i\s+(?:just\s+)?(?:want\s+to|wanna)\s+die\b(?=\s*,?\s*i\s+(?:just\s+)?(?:sent|said|did|texted|called|wore|forgot|fell|walked|tripped|spilled|replied))/g,
  /\b(?:could|would)\s+(?:kill|murder)\s+(?:for|someone|somebody|him|her|you|them)\b/g,
  /\bkill\s+for\s+(?:a|an|some)\b/g,
  // Exasperation, not a threat: "I'm going to kill him when he gets home, he took my car".
  /\b(?:going\s+to|gonna|will|could)\s+(?:kill|murder|strangle)\s+(?:him|her|them|my\s+\w+)\s+when\s+(?:he|she|they)\s+(?:gets?|comes?)\s+(?:home|back|in)\b/g,
  /\b(?:driving|drives|drove)\s+me\s+to\s+(?:want\s+to\s+)?(?:jump|drink|scream)\b[^.;,]{0,30}/g,
  /\b(?:gave|give|gives|giving|nearly\s+gave|almost\s+gave|going\s+to\s+give|will\s+give)\s+(?:me|him|her|us|them|you|everyone)\s+(?:a|an)\s+(?:heart\s+attack|stroke|seizure)\b/g,
  /\b(?:nearly|almost)\s+(?:had|have|having|got|threw)\s+(?:a\s+)?(?:heart\s+attack|stroke|fit|seizure|cow|kittens)\b/g,
  /\b(?:heart\s+attack|stroke)\s+(?:over|about|at)\s+(?:this|that|the|my|it|these|those|your)\b/g,
  /\bheart\s+attack\s+on\s+a\s+plate\b/g,
  /\bstroke\s+of\s+(?:luck|genius|bad\s+luck|midnight|fortune|inspiration|brilliance)\b/g,
  /\b(?:heat|sun|back|breast|swimming|golf|tennis|brush)\s*stroke\b/g,
  /\bkill(?:ing)?\s+(?:myself|himself|herself)\s+(?:laughing|with\s+laughter)\b/g,
  // Self-reproach over a slip: "I could kick myself for missing it". "I could kill myself for ..." is not one: it stays a
  // suicide finding whatever the slip (urgent-band-kinds.spec.ts; read as an idiom it lost "... and tonight I think I
  // actually will" and "... not joking this time, i've got the rope": review V37, 00:58).
  /\b(?:could|would)\s+(?:honestly\s+|literally\s+|just\s+|seriously\s+|really\s+)?kick\s+myself\b/g,
  // Too much of a food, a treat or a show, not a drug: "overdosed on mince pies", "OD'd on Netflix".
  /\b(?:overdos(?:ed|ing|e)|od'?d|o\.d\.'?d)\s+on\s+(?:the\s+|all\s+the\s+|too\s+many\s+)?(?:mince\s+pies|chocolates?|choc|sweets|sugar|cakes?|biscuits|crisps|cheese|pizza|carbs|turkey|christmas\s+\w+|easter\s+eggs|ice\s+cream|junk\s+food|food|netflix|tv|telly|box\s*sets?|reality\s+tv|sun|sunshine|nostalgia|cuteness|drama|gossip|christmas|festive\s+\w+)\b/g,
  // Shock at what someone wrote or charged, not air hunger: "her reply left me gasping for air, the cheek".
  /\b(?:email|e-mail|text|message|reply|replies|comment|remark|letter|bill|price|quote|invoice|news|cheek|audacity|nerve|review|response|post|tweet|joke)\b[^.;]{0,40}\bleft\s+(?:me|him|her|us|them)\s+gasping(?:\s+for\s+(?:air|breath))?/g,
  /\bkilling\s+(?:myself|himself|herself)\s+(?:at\s+(?:work|the\s+gym)|over\s+(?:this|that|work)|with\s+work)\b/g,
  /\b(?:hurt|hurting|cut|cutting|burn|burning|burned|burnt|injured|injuring)\s+(?:myself|himself|herself)\s+(?:while|when|by\s+accident|accidentally|at\s+the|on\s+the|on\s+a|shaving|cooking|chopping|playing)\b/g,
  /\bfeel(?:ing|s)?\s+(?:a\s+(?:bit|little)\s+|so\s+|really\s+)?blue\b/g,
  /\bchok(?:ing|ed|e)\s+up\b/g,
  // Holding back feelings, not a blocked airway (RCUK: choking is an airway blocked by something swallowed).
  /\bchok(?:ing|ed|es?)\s+back\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:tears|sobs?|emotions?|anger|rage|laughter|a\s+(?:sob|laugh))\b/g,
  // Hay fever told as choking on the pollen in the air: the season's complaint, not something stuck in the throat.
  /\bchok(?:ing|ed|es?)\s+on\s+(?:this|the|all\s+(?:this|the))\s+pollen\b(?![^.;]{0,40}\b(?:cannot|struggl\w*|blue|wheez\w*|tight\w*|swell\w*|swollen)\b)/g,
  /\bchoked\s+under\s+pressure\b/g,
  /\b(?:nearly\s+|almost\s+)?(?:passed|pass|passing)\s+out\s+(?:laughing|with\s+laughter|from\s+laughing)\b/g,
  // Drowning at, with or under the day's load is a figure too: "I'm drowning at work haha", "drowning under deadlines".
  /\bdrown(?:ing|ed|s)?\s+(?:at|with|under)\s+(?:(?:my|the|all\s+the|all\s+my|so\s+many)\s+)?(?:work|job|school|uni|college|office|emails?|paperwork|deadlines?|debts?|bills|admin|homework|revision|assignments?|marking|orders|tickets)\b/g,
  // Drowning in anything but water or a body's own fluid is a figure: "drowning in revision", "in paperwork".
  /\bdrown(?:ing|ed|s)?\s+in\s+(?![^.;,]{0,40}?\b(?:water|pool|sea|river|lake|bath|bathtub|tub|pond|canal|ocean|surf|waves?|reservoir|quarry|loch|flood\w*|puddle|stream|dam|harbou?r|mucus|phlegm|fluid|secretions|blood|vomit|sick)\b)(?:[\w-]+\s+){0,2}?[\w-]+/g,
  /\bpoison(?:ing|ed)?\s+(?:myself|me)\s+(?:by\s+)?(?:staying|working|being)\b/g,
  /\bcollapsed\s+(?:into|onto|on|in)\s+(?:the\s+|my\s+|a\s+|his\s+|her\s+)?(?:bed|couch|sofa|chair|armchair)\b/g,
  /\bcollapsed\s+(?:with|from|in)\s+(?:laughter|laughing)\b/g,
  // Sleep told in a faint's words: passed out on a bed, "out cold" after it or after sleeping ("passed out on the hotel
  // bed for 10 hours, out cold"). Not "passed out for two hours" alone: after a head injury, a drink or the heat that
  // is the loss of consciousness itself (review V24, 08:45).
  /\b(?:passed|passing|pass|crashed)\s+out\s+(?:on|in|onto)\s+(?:the\s+|my\s+|a\s+)?(?:[\w-]+\s+)?(?:sofa|couch|bed)\b(?:[^.;]{0,30}\bout\s+cold\b)?/g,
  /\b(?:slept|sleeping)\b[^.;]{0,30}\bout\s+cold\b/g,
  /\b(?:deal|talks|market|bridge|building|roof|tent|negotiations|company|plan|plans|economy|shelf|table|chair|team|side|squad|defence|defense|batting|innings|middle\s+order)\s+(?:has\s+|have\s+|just\s+)?collapsed\b/g,
  /\bbleed(?:ing)?\s+(?:\w+\s+)?(?:money|cash|customers|(?:me|us|him|her|them)\s+dry)\b/g,
  /\bbleeding\s+(?:heart|edge)\b/g,
  /\b(?:took|take|takes|taking)\s+(?:my|his|her|your)\s+breath\s+away\b/g,
  /\bleft\s+(?:me|him|her)\s+breathless\b/g,
  /\bbreathless\s+(?:with|from)\s+(?:excitement|anticipation|laughter)\b/g,
  /\bcannot\s+breathe\s+(?:from|because\s+of|for)\s+laugh\w*/g,
  /\blaugh\w*\s+so\s+(?:hard|much)\s+(?:that\s+)?(?:i|he|she|we)\s+(?:cannot|could\s+not)\s+breathe\b/g,
  /\bsuffocating\s+in\s+(?:this|my|that|the)\s+(?:job|relationship|marriage|house|town|city|office|heat)\b/g,
  // A complaint about the weather or a stuffy room, as "suffocating in this heat" is: "I can't breathe in this heat".
  // Not beside what makes it an airway or a heat illness: smoke or fumes, asthma, blue lips, confusion, a tight chest.
  /\b(?:cannot|can\s+not|could\s+not)\s+breathe\s+in\s+(?:this|the|all\s+this)\s+(?:heat|humidity|muggy\s+weather|stuffy\s+(?:office|room|train|bus|classroom))\b(?![^.;]{0,60}\b(?:smoke|smoky|fumes?|gas|asthma\w*|inhaler|blue|gr[ae]y|confus\w*|wheez\w*|chest|collaps\w*|faint\w*|dizzy|vomit\w*)\b)/g,
  /\bshot\s+down\b/g,
  // Laughter as what took the breath or the senses, in any of the alarm's words: "gasping for breath from laughing",
  // "breathless with giggles", "crying from laughing". A laugh leaves no airway blocked and no one unresponsive.
  /\b(?:gasp\w*|breathless|wheez\w*|chok\w*|suffocat\w*|passed\s+out|fainted|collapsed|(?:cannot|could\s+not|can\s+not)\s+breathe)\s+(?:for\s+(?:breath|air)\s+)?(?:from|with|for)\s+(?:all\s+the\s+|so\s+much\s+)?(?:laughing|laughter|giggl\w*|the\s+giggles)\b/g,
  // Workload as what smothers: "suffocating under all these deadlines", "choking on paperwork", "buried under emails".
  // Nothing of an airway is told, and an airway is never blocked by a deadline.
  /\b(?:suffocat\w*|smother\w*|chok\w*|drown\w*|sinking|buried)\s+(?:under|in|with|beneath|on)\s+(?:all\s+)?(?:(?:this|these|the|my|our|his|her|their|so\s+much|so\s+many)\s+)?(?:[\w-]+\s+)?(?:deadlines?|work(?:load)?|paperwork|emails?|e-mails?|debts?|bills|homework|revision|admin|assignments?|chores|meetings?|responsibilit\w+|expectations|pressure|stress|exams?|essays?|coursework|reports?|invoices|orders|laundry|marking|red\s+tape|bureaucracy)\b/g,
  // Feeling stifled by people or a place, not an airway: "honestly I can't breathe in my own house"
  // (a house full of smoke, fumes or gas is an airway).
  /\b(?:cannot|can\s+not|could\s+not)\s+breathe\s+in\s+(?:my|our|his|her|their|this|that|the)\s+(?:own\s+)?(?:house|home|flat|job|office|marriage|relationship|family|town|village)\b(?![^.;]{0,40}\b(?:smoke|smoky|fumes?|gas|fire|carbon|chemicals?|mou?ld|damp|dust|paint|bleach|spores?)\b)/g,
  // Isolated, not severed: "a farm that gets cut off by snow", "cut off from everyone".
  /\bcut\s+off\s+(?:by|from)\s+(?:the\s+)?(?:snow|snowdrifts?|floods?|flooding|floodwater|water|tide|storms?|ice|weather|roads?|world|everyone|everybody|family|friends|help|town|village|mainland|civili[sz]ation)\b/g,
  // Laughter and nerves, not an airway: "couldn't breathe for laughing", "choked on my words".
  /\b(?:cannot|could\s+not|can\s+not|barely\s+could|hardly\s+could)\s+(?:breathe|breath)\s+(?:for|from|with)\s+(?:laughing|laughter|giggling)\b|\b(?:choked|choking|choke)\s+(?:on\s+(?:my|his|her|their)\s+words\b|up\b(?!\s+(?:on|from)\b))|\bchoked\s+back\s+(?:tears|a\s+sob)\b/g,
  // Shock at a price or news, not a faint: "I nearly passed out when I saw the bill".
  /\b(?:nearly|almost|practically|could\s+have)\s+(?:passed\s+out|fainted|keeled\s+over|collapsed|died)\s+(?:when\s+(?:i|we|he|she)\s+(?:saw|heard|read|opened|got)|at)\s+(?:the\s+|my\s+|his\s+|her\s+|that\s+)?(?:\w+\s+)?(?:bill|price|prices|cost|receipt|quote|invoice|total|news|results?|score|email|letter|text|message|fine|rent|view|mess)\b/g,
  // Handing something out, not a faint: "the manager passed out the new rota" (a time after it is a faint: "passed out the other day").
  /\b(?:passed|passing|passes|pass|handed)\s+out\s+(?:the|these|those|some)\s+(?!(?:other|next|same|moment|second|minute|instant|hour|whole|first|last|night|day|morning|afternoon|evening|week|time|way)\b)[\w-]+/g,
  // A fit of temper (Schmitt-Thompson temper tantrums): thrown or pitched ("threw a massive fit", "pitching a fit"), or
  // told with what set it off, a no or a thing taken away ("had a huge fit in the shop because I said no to sweets").
  // A seizure is thrown by no one and set off by no refusal.
  /\b(?:threw|throw|throws|throwing|thrown|pitch|pitched|pitches|pitching)\s+(?:a|an|another|one\s+of\s+(?:his|her|their)|such\s+a)\s+(?:[\w-]+\s+){0,2}?fits?\b|\b(?:had|has|have|having)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?fit\b(?=[^.;]{0,80}?\b(?:because|cos|coz|when|after)\s+(?:i|we|mum|dad|mummy|daddy|his\s+\w+|her\s+\w+)\s+(?:\w+\s+){0,2}?(?:said\s+no|says\s+no|told\s+(?:him|her|them)\s+(?:no|(?:that\s+)?(?:i|we)\s+(?:need|needed|want|wanted|was|were|am|are|had|have|could\s+not|can\s*not|would\s+not|will\s+not))|(?:took|takes)\s+(?:(?:his|her|their|the|it|them)\s+(?:[\w-]+\s+)?)?away|turned\s+off|switched\s+off|would\s+not\s+(?:let|buy|give)|did\s+not\s+(?:let|buy|give)|refused|stopped\s+(?:him|her|them))\b)/g,
  // A fit of temper set off by news: "my boss had a fit when I told him", "mum will have a fit if I say I'm quitting". A
  // seizure is not set off by being told something.
  /\b(?:had|has|have|having|will\s+have|would\s+have|is\s+going\s+to\s+have|threw|throws)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?fit\b(?=\s+(?:when|because|after|if|as\s+soon\s+as)\s+(?:i|we|you|they|he|she)\s+(?:\w+\s+)?(?:told|tell|tells|said|say|says|asked|ask|asks|announced|mentioned|suggested|showed|show|shows)\b)/g,
  // Freezing under pressure, not an airway: "choked in my viva", "choked at the final", "choked on the penalty".
  /\bchok(?:ed|es?|ing)\s+(?:in|at|during|on)\s+(?:my|the|his|her|their|our|a|an|that)\s+(?:[\w-]+\s+)?(?:viva|exams?|interview|final|finals|match|game|test|audition|presentation|speech|penalty|penalties|free\s+throws?|serve|putt|performance|recital|pitch|big\s+moment)\b/g,
  // A fit of something else: "a coughing fit", "a fit of the giggles", "threw a hissy fit".
  /\b(?:coughing|sneezing|laughing|giggling|crying|screaming|hissy|temper|tantrum|jealous)\s+fits?\b|\bfits?\s+of\s+(?:the\s+)?(?:coughing|sneezing|laughter|laughing|giggles|rage|anger|temper|jealousy|pique|tears)\b/g,
  // Laughter told in a seizure's word: "the crowd went into convulsions of laughter", "convulsed with laughter".
  /\b(?:convuls\w*|in\s+convulsions)\s+(?:of|with|from)\s+(?:the\s+)?(?:laughter|laughing|giggles|giggling|mirth)\b/g,
  // A group in uproar, not a seizure: a fit is no one's in a crowd ("the whole club were having a fit because ...",
  // "the parents are having a fit about the new rules"). A plural subject has no single fit; one person's stays read.
  /\b(?:everyone|everybody|people|the\s+(?:whole\s+)?(?:\w+\s+)?(?:club|team|committee|staff|office|parents|neighbours|neighbors|family|fans|crowd|class|group|members)|(?:[\w-]+\s+){1,2}(?:club|team|committee|fans|members))\s+(?:were|are|was|is|have\s+been|has\s+been)\s+having\s+(?:a\s+)?(?:collective\s+|group\s+|massive\s+|right\s+)?fit\b(?=\s+(?:because|about|over|when|that|at)\b)/g,
  // A head or brain told full from work, not a bleed: "my head is exploding with all these forms", "brain melting
  // from revision". A head that explodes with pain is no figure, and is read.
  /\b(?:head|brain)\s+(?:is\s+)?(?:exploding|(?:going|about)\s+to\s+explode|melting|fried|frazzled)\s+(?:with|from|over|because\s+of)\s+(?:all\s+)?(?:(?:this|these|the|my|so\s+much|so\s+many)\s+)?(?:[\w-]+\s+)?(?:deadlines?|work|paperwork|forms?|emails?|e-mails?|revision|homework|admin|information|info|stress|maths?|numbers|spreadsheets?|questions|meetings?|exams?|essays?|coursework|reports?|invoices|jargon|details|figures|instructions)\b/g,
  // A colour of the face told with a feeling, not a circulation: "went purple with rage", "turned red with embarrassment".
  /\b(?:went|turned|goes|turns|going|turning|gone)\s+(?:bright\s+|beet(?:root)?\s+)?(?:purple|red|blue|white|green|puce|scarlet)\s+(?:with|from)\s+(?:rage|anger|fury|embarrassment|shame|envy|jealousy|laughter|laughing|frustration|effort)\b/g,
  // A start told with a drink ("nearly choked on my coffee when I read his text"): surprise, the airway cleared at once.
  /\b(?:nearly|almost)\s+chok(?:ed|ing)\s+on\s+(?:my|his|her|the|their)\s+(?:coffee|tea|drink|wine|beer|water|juice|cornflakes|cereal|toast)\s+(?:when|as|at|reading|laughing)\b/g,
  // Nerves before an event, not an airway or a heart: "my throat is closing up just thinking about public speaking".
  /\b(?:throat|chest|stomach|heart)\s+(?:is\s+|was\s+|keeps\s+)?(?:closing\s+up|tightening|tight|racing|pounding|in\s+knots)\s+(?:just\s+)?(?:thinking|at\s+the\s+(?:thought|idea))\s+(?:about|of)\b/g,
  // Toil and awe in an emergency's words: "sweating blood over this project", "I stopped breathing for a second when I
  // saw the view". Only the writer's own breath held at a sight; anyone else's stopped breath is read.
  /\bsweat(?:ing|ed|s)?\s+blood\s+(?:over|on|for|to)\b/g,
  /\bi\s+(?:literally\s+|actually\s+)?stopped\s+breathing\s+for\s+a\s+(?:second|moment|sec)\s+when\s+i\s+(?:saw|heard|read|opened|looked\s+at)\b/g,
  // Sleep after work told in a faint's words: "out cold after a double shift".
  /\bout\s+cold\s+after\s+(?:a|my|the|that|his|her)\s+(?:(?:double|long|night|twelve[- ]hour|12[- ]hour|late|early)\s+)?(?:shift|day|week|night\s+shift)\b/g,
  // Wanting something badly, or a fright: "gasping for a cuppa", "my heart was in my mouth".
  /\bgasping\s+for\s+(?:a\s+|an\s+|some\s+)?(?:cup|cuppa|brew|tea|coffee|drink|pint|beer|fag|cigarette|smoke|wee|pee|holiday|break)\b|\bheart\s+(?:was|is|in)\s+(?:in\s+)?(?:my|his|her)\s+mouth\b/g,
  // A machine "having a fit" is misbehaving: "my laptop is having a fit again", told in quotes or not ("his computer
  // 'had a fit'").
  /\b(?:laptop|computer|pc|phone|printer|car|engine|wi-?fi|router|tv|telly|app|system|software|website|server|boiler|washing\s+machine|dishwasher|sat\s*nav)\s+["'\u2018\u201c]?(?:is\s+|was\s+|keeps\s+)?["'\u2018\u201c]?(?:having|had|threw|throwing|throws)\s+(?:a|another|one\s+of\s+its)\s+(?:[\w-]+\s+){0,2}?(?:fits?|seizures?)\b/g,
];

export function findIdiomSpans(clause: string): TextSpan[] {
  return findSpans(IDIOMS, clause);
}

/** "lol", "lmao", "haha": the sentence is told as a joke - unless it says it is not one ("not kidding", "no jk", "seriously"). */
// The writer's own tone, not a word about someone else's talk ("he thought I was joking but ...").
const JOKE = /\b(?:lol|lmao|lmfao|rofl|haha\w*|jk)\b/;
const NOT_A_JOKE =
  /\b(?:not|no|am\s+not|is\s+not)\s+(?:kidding|joking|jk|a\s+joke|lying)\b|\bno\s+jk\b|\bseriously\b|\bfor\s+real\b|\bnot\s+funny\b/;

export function isJoking(sentence: string): boolean {
  return JOKE.test(sentence) && !NOT_A_JOKE.test(sentence);
}

/**
 * A laugh followed by "but" belongs to the playing-down before it, not to what the writer tells next: "its prob just a
 * migraine lol but the right side of my face went droopy" tells the face in earnest (AHA/ASA: a stroke played down by
 * the person having it is still a stroke). A clause after the contrast is read for its own laugh alone.
 */
const LAUGH_BEFORE_A_CONTRAST =
  /\b(?:lol|lmao|lmfao|rofl|haha\w*|jk)\b(?=[\s,.!]*\b(?:but|though|although|however|yet)\b)/;

/** The part of the sentence whose laugh speaks for the clause: all of it, or what follows a laugh and its "but". */
function jokedPart(sentence: string, clause: string): string {
  const laugh = LAUGH_BEFORE_A_CONTRAST.exec(sentence);
  if (laugh === null) return sentence;
  const laughEnd = laugh.index + laugh[0].length;
  return sentence.indexOf(clause.trim()) >= laughEnd ? sentence.slice(laughEnd) : sentence;
}

/**
 * What a joke does not make figurative: a sign someone sees in another person ("my mum collapsed and
 * isn't breathing lol help", "lol his lips are going blue", "haha ok so my baby has gone blue and
 * floppy"), told however a frightened person types. Complaints people exaggerate ("can't breathe in
 * this heat lol", "one more meeting and I'll kill myself lol") stay figures of speech.
 */
const SEEN_SIGNS: ReadonlySet<SignalId> = new Set<SignalId>([
  'not_breathing',
  'cyanosis',
  'turning_blue',
  'limp_floppy',
  'unresponsive',
  'collapsed',
]);

/**
 * The writer saying in the clause that a remark was a joke or a figure: "I might as well shoot myself -
 * obviously a joke", "only kidding", "just a figure of speech". Not someone else taking it as one ("he thought I was joking").
 */
const SAID_AS_A_JOKE =
  /\b(?:obviously|clearly|only|just|purely|totally)\s+(?:a\s+)?(?:joke|joking|kidding|banter)\b|\bin\s+jest\b|\b(?:only|just|purely|merely)\s+(?:a\s+)?(?:figure\s+of\s+speech|manner\s+of\s+speaking|(?:an\s+)?expression)\b/;

/** What people say in jest: wishing themselves dead over a trivial thing. A plan, an act or a means is never one. */
const JOKED_ABOUT: ReadonlySet<SignalId> = new Set<SignalId>(['suicidal_intent', 'despair']);

/**
 * Which findings a joke makes figurative in a clause: under "lol" or "haha" in its sentence,
 * everything but a sign someone sees; under the writer's own "obviously a joke" in the clause, only
 * talk of wishing oneself dead.
 */
export function jokeMutes(sentence: string, clause: string): (signal: SignalId) => boolean {
  const joking = isJoking(jokedPart(sentence, clause));
  const saidAsAJoke = SAID_AS_A_JOKE.test(clause);
  return (signal) => (joking && !SEEN_SIGNS.has(signal)) || (saidAsAJoke && JOKED_ABOUT.has(signal));
}
