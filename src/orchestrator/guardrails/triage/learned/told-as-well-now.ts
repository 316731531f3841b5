/**
 * Whether a message the rules found no emergency in, whose complaint is a breath, a child's fever or rash, the cold or
 * the heat and nothing else, tells the person as well now by two or more observations of different kinds: talking in
 * full sentences, alert, playing, drinking, walking normally, a normal colour, a rash that fades under a glass,
 * observations in range (the "well-appearing" side of the Manchester Triage System's
 * discriminators and of NICE NG143's traffic lights, what NHS 111 asks before it gives a same-day disposition).
 *
 * The wording model reads the alarm words of an urgent-but-not-emergency message ("barking cough and hoarse voice,
 * stridor only when crying", "SpO2 89% on her usual 88-92, RR 20, talking in full sentences") and not the reassurance
 * told beside them, so it added such messages as emergencies; told as well by two kinds of observation, and with no
 * emergency the rules read, they are what the rules set aside, and the model is held back as it is for a negated
 * finding. A single reassurance holds nothing back ("alert" beside a stroke), nor one negated or told of the time before
 * ("was playing when she collapsed", "not talking in full sentences"), nor any told after a swallow, a bite or a sting:
 * a child who drank methadone is alert and playing for hours before the poison acts (TOXBASE: delayed toxicity).
 */
export function toldAsWellNow(text: string): boolean {
  const lowered = text.toLowerCase();
  if (DELAYED_HARM.test(lowered.replaceAll(A_DRINK_OF_WATER, ' ')) || NOT_SETTLED_BY_LOOKING_WELL.test(lowered)) {
    return false;
  }
  if (SKIN_OF_SHOCK.test(lowered) && !HEAT.test(lowered)) return false;
  // The observations answer a breath, a child's fever or rash, the cold or the heat, and nothing else told beside them.
  if (!ANSWERED_COMPLAINT.test(lowered) || UNANSWERED_COMPLAINT.test(lowered)) return false;
  let kinds = 0;
  for (const observation of WELL_OBSERVATIONS) {
    if (toldAsSo(observation, lowered)) kinds += 1;
    if (kinds >= KINDS_TOLD) return true;
  }
  return false;
}

/** Two kinds of observation: one reassurance is told beside real emergencies too often to hold anything back. */
const KINDS_TOLD = 2;

/**
 * Whether the observation is told at least once not negated, not as the time before something happened, and not
 * followed in its sentence by a contrast ("alert and talking but he's grey and sweaty": what follows is the complaint).
 */
function toldAsSo(observation: RegExp, lowered: string): boolean {
  for (const match of lowered.matchAll(observation)) {
    const before = lowered.slice(Math.max(0, match.index - 40), match.index);
    const after = lowered.slice(match.index + match[0].length).split(SENTENCE_END, 1)[0];
    if (!NOT_SO_BEFORE.test(before) && !CONTRAST_AFTER.test(after)) return true;
  }
  return false;
}

const SENTENCE_END = /[.!?\n]/;

/** A contrast told after a reassurance: the complaint follows it. */
const CONTRAST_AFTER = /\b(?:but|though|although|however|except|yet|still)\b/;

/** Each pattern one kind of observation that tells a person as well now. */
const WELL_OBSERVATIONS: readonly RegExp[] = [
  /\b(?:(?:speaking|talking|chatting)(?: away)? in (?:full|complete) sentences|full sentences)\b/g,
  /\b(?:gcs (?:of )?15(?:\/15)?|15\/15)\b/g,
  /\b(?:alert|orientated|oriented|lucid)\b/g,
  /\b(?:thinking (?:clearly|straight)|talking (?:sensibly|normally)|knows (?:the date|what day it is)|chatty)\b/g,
  /\b(?:playing|running around)\b/g,
  /\b(?:(?:eating|feeding|drinking) (?:well|normally|fine)|eating and drinking|drinking fluids|keep(?:ing)? fluids down)\b/g,
  /\b(?:walking (?:normally|fine)|can walk(?: on it)?|weight[- ]bearing)\b/g,
  /\b(?:(?:feel|feeling|feels) (?:much|a lot|almost) better|(?:almost |nearly )?back to normal|(?:fine|well) in (?:him|her)self)\b/g,
  /\b(?:(?:normal|good|pink) colou?r|lips (?:look )?normal)\b/g,
  /\b(?:crt (?:under|<|of) ?2|blanch(?:es|ing)|fades? (?:fully |completely )?under (?:a|the) glass)\b/g,
  /\b(?:no (?:recession|stridor at rest)|chest clear|obs(?:ervations)? (?:normal|stable)|(?:sats?|spo2) (?:9[4-9]|100))\b/g,
];

/** A reassurance negated, or told of the time before an event ("was playing", "stopped drinking", "until"). */
const NOT_SO_BEFORE =
  /(?:\bnot|n't|\bno|\bnon|\bnever|\bunable to|\bcannot|\bstopped|\bwas|\bwere|\bbefore|\buntil|\bno longer)[\s-]+(?:\w+\s+){0,2}$/;

/**
 * What looking well does not settle: a heart's pain (people with a heart attack talk in full sentences, NICE CG95),
 * grey or clammy skin, and the calm of someone who has decided to die, with a goodbye and affairs put in order
 * (NICE NG225, Columbia protocol: warning signs).
 */
const NOT_SETTLED_BY_LOOKING_WELL = new RegExp(
  [
    String.raw`chest (?:pains?|pressure|tight\w*|heav\w*|crush\w*|discomfort|aches?|hurts?|feels)`,
    String.raw`(?:pains?|pressure|tightness|heaviness|weight|crushing|aches?) (?:in|on|across) (?:the |my |his |her )?(?:chest|heart)`,
    String.raw`(?:rubbing|clutching|holding|gripping) (?:\w+ ){0,3}chest|heart attack`,
    String.raw`grey|gray|clammy`,
    String.raw`goodbyes?|good ?byes?|farewell|(?:written|wrote|left|writing) (?:\w+ ){0,2}(?:letters?|notes?)`,
    String.raw`giv(?:en|ing|e) (?:\w+ ){0,2}(?:things|stuff|belongings|possessions) away|my will|thanks? (?:you )?for everything`,
    String.raw`worry about me|end (?:it|my life|things)|kill (?:my|him|her)self|suicid\w*|overdose\w*`,
  ]
    .map((alternative) => `\\b(?:${alternative})\\b`)
    .join('|'),
  'u',
);

/**
 * Sweating and pallor: the skin of shock, except in the heat, where sweating is what tells heat exhaustion from heat
 * stroke (NHS 111 heat exhaustion: sweating, better within 30 minutes of cooling; heat stroke: not sweating, confused).
 */
const SKIN_OF_SHOCK = /\b(?:sweaty|sweating|sweats?|pale)\b/;
const HEAT = /\b(?:heat\w*|hot(?:test)? (?:day|weather|sun)|sun|sunny|sauna|degrees)\b/;

/** The complaints the observations answer (review V39 07:01): breath and cough, a fever or rash, the cold, the heat. */
const ANSWERED_COMPLAINT =
  /\b(?:breath\w*|cough\w*|wheez\w*|stridor|croup\w*|asthma\w*|copd|sputum|peak flow|pef|inhaler|fever\w*|temp\w*|t \d|rash\w*|spots|cold|shiver\w*|hypotherm\w*|heat\w*|hot)\b/;

/**
 * Complaints no observation above answers: walking normally says nothing of a chest, an arm gone odd, a fit, a faint, a
 * weak or numb side, drowsiness or a bleed (review V39 07:01: told with them, the model's catch stands).
 */
const UNANSWERED_COMPLAINT =
  /(?:chest|\barms?\b|\blegs?\b|\bface\b|\bfits?\b|seizure|convuls|faint|pass(?:ed)? out|collaps|\bweak|numb|drows|sleepy|slurr|speech|bleed|blood|angina|\bgtn\b|vomit|\bsick\b|head)/;

/** Water or a rehydration drink taken: no swallow of harm ("drank two bottles of water with electrolyte tablets"). */
const A_DRINK_OF_WATER =
  /\b(?:drank|drunk|had|sipped|bottles?|glass(?:es)?) (?:\w+ ){0,3}?(?:water|fluids?|squash|juice|milk|tea)(?: with (?:\w+ )?(?:electrolyte|rehydration) (?:tablets?|sachets?|drinks?))?\b/g;

/** A swallow, a bite, a sting or a battery: harm that shows hours after the person looks well. */
const DELAYED_HARM =
  /\b(?:swallow\w*|ingest\w*|drank|drunk|ate|eaten|took|taken|overdose\w*|tablets?|pills?|capsules?|bottle|battery|batteries|magnets?|poison\w*|bitten|bite|stung|sting|methadone|paracetamol|iron)\b/;
