/**
 * Eye emergencies (Royal College of Ophthalmologists / NHS 111 eye protocols): a chemical in
 * the eye (irrigate and go now), a penetrating injury or something embedded, sudden loss of
 * vision, a curtain or shadow over the vision with new flashes and floaters (retinal
 * detachment), and a painful red eye with blurred vision, haloes or vomiting (acute glaucoma).
 */

import { type SignalDefinition, define, POSSESSIVE, r } from './signal-definition.js';

const EYE = r`(?:eye|eyes|eyeball|eyeballs)`;

/**
 * Household and trade products that burn the eye (RCOphth / NHS: irrigate and go now), by the
 * names people give them: the product ("drain unblocker", "descaler", "paint stripper") as well as
 * what it is ("an alkali", "bleach").
 */
const CAUSTIC = r`(?:bleach|chemicals?|acid|alkali|cleaner|oven\s+cleaner|drain\s+cleaner|unblocker|descaler|degreaser|limescale\s+remover|paint\s+stripper|weed\s*killer|pool\s+(?:chemicals?|shock|chlorine)|lye|caustic\s+soda|cement|lime|plaster|ammonia|detergent|dishwasher|caustic|hair\s+dye|relaxer|peroxide|chlorine)`;

export const EYE_SIGNALS: readonly SignalDefinition[] = [
  define('chemical_in_eye', [
    r`\b${CAUSTIC}\b[^.;]{0,40}\b(?:in|into)\s+${POSSESSIVE}\s+(?:[\w']+\s+){0,2}?${EYE}\b`,
    r`\b${EYE}\b[^.;]{0,20}\b(?:splashed|sprayed)\s+with\b`,
    r`\b(?:splashed|sprayed|squirted|got)\s+(?:\w+\s+){0,3}?(?:in|into)\s+${POSSESSIVE}\s+${EYE}\b[^.;]{0,40}\b${CAUSTIC}\b`,
  ]),
  // Hot oil, fat, water or steam in the eye: a thermal burn of the eye, irrigate and go now.
  define('hot_splash_in_eye', [
    r`\b(?:hot|boiling|burning|scalding)\s+(?:oil|fat|water|grease|liquid|tea|coffee|wax|metal)\b[^.;]{0,30}\b(?:in|into)\s+${POSSESSIVE}\s+(?:[\w']+\s+){0,2}?${EYE}\b`,
    r`\b${EYE}\b[^.;]{0,20}\b(?:splashed|sprayed|spat)\s+(?:with|by)\s+(?:hot|boiling)\b`,
  ]),
  // A blow to the eye (ball, fist, paintball): with blood in the eye or poor sight, hyphaema or globe injury.
  define(
    'eye_blow',
    [
      r`\b(?:hit|struck|punched|smacked|whacked|elbowed|kicked|shot)\s+(?:\w+\s+){0,2}?(?:in|on)\s+(?:the|his|her|my|their)\s+${EYE}\b`,
      r`\b(?:ball|paintball|pellet|bb|airsoft|fist|punch|squash\s+ball|cork|elastic|bungee)\b[^.;]{0,30}\b(?:to|in|into|hit)\s+(?:the|his|her|my|their)\s+${EYE}\b`,
    ],
    { timeless: true },
  ),
  define('reduced_vision', [
    // Vision reduced to light, shapes or a blur, or dimmed, as patients put it.
    r`\b(?:can|could)\s+only\s+see\s+(?:\w+\s+)?(?:shadows|shapes|light|lights|blurs?|outlines|colours|movement|blobs|a\s+blur)\b|\beverything\s+(?:is|looks|went|has\s+gone)\s+(?:a\s+)?(?:blur|blurry|hazy|misty|foggy|dim|dark|grey)\b|\b(?:vision|sight)\s+(?:is\s+|has\s+gone\s+|went\s+|got\s+)?(?:hazy|dim|dimmed|fuzzy|smudged|smeared|milky|grey|gr[ae]y)\b|\b(?:lost|losing)\s+(?:some\s+|most\s+|all\s+)?(?:of\s+)?(?:my|his|her|the)\s+(?:vision|sight)\b`,
    r`\b(?:cannot|could\s+not|can\s+(?:hardly|barely))\s+see\s+(?:properly|anything|much|well|clearly|out\s+of)\b|\b(?:vision|sight)\s+(?:is\s+)?(?:blurr\w*|gone|dark|black|cloudy|misty|foggy)\b|\bblurr(?:y|ed)\s+vision\b|\b${EYE}\s+(?:is\s+|are\s+)?(?:full\s+of|filled\s+with|filling\s+with)\s+blood\b|\bblood\s+(?:in|inside)\s+(?:the\s+)?(?:front\s+of\s+)?(?:the\s+|his\s+|her\s+|my\s+)?${EYE}\b`,
  ]),
  // Red eye and eye pain as separate findings, so "my eye is red, it really hurts, and my vision
  // is blurry" combines across clauses (RCOphth: painful red eye with reduced vision is same-day).
  define('red_eye', [
    r`\b${EYE}\s+(?:is\s+|are\s+|has\s+gone\s+|went\s+|looks?\s+|turned\s+)?(?:very\s+|really\s+|so\s+|bright\s+|blood\s+)?(?:red|bloodshot)\b|\b${EYE}\s+(?:is|are|looks?)\s+(?:\w+\s+){1,3}?and\s+(?:very\s+|really\s+|so\s+)?(?:red|bloodshot)\b|\b(?:red|bloodshot)\s+(?:left\s+|right\s+)?${EYE}\b`,
  ]),
  define('eye_pain', [
    r`\b(?:pain|pains|hurts?|hurting|agony|aching|ache)\b[^.;]{0,20}\b(?:in|around|behind|of)\s+(?:my|his|her|their|the)\s+(?:left\s+|right\s+)?${EYE}\b`,
    r`\b${EYE}\s+(?:is\s+|are\s+)?(?:\w+\s+){0,3}?(?:painful|sore|hurting|killing|agony|throbbing)\b`,
  ]),
  define('penetrating_eye_injury', [
    // High-velocity metal (RCOphth: hammering metal on metal), or a pupil no longer round.
    r`\b(?:hammering|grinding|drilling|chisell?ing|metal|welding|strimming)\b[^.;]{0,60}\b(?:something|a\s+bit|a\s+piece|it)\s+(?:hit|flew\s+into|went\s+into|struck)\s+(?:my|his|her|the)\s+eye\b|\bpupil\s+(?:looks\s+|is\s+)?(?:misshapen|irregular|odd[- ]shaped|tear[- ]?drop|peaked|not\s+round)\b`,
    r`\b(?:hammering|grinding|drilling|chisell?ing|metal|high[- ]speed|strimming|strimmer|welding)\b[^.;]{0,60}\b(?:flew|went|shot|got|flicked|pinged|sprang|bounced|spat)\s+(?:up\s+)?(?:\w+\s+){0,3}?(?:into|in)\s+(?:my|his|her|the)\s+eye\b`,
    r`\b(?:flew|shot|pinged|sprang|bounced|flicked|spat)\s+(?:up\s+)?(?:off|from|out\s+of)\s+(?:the|a|my|his|her)\s+(?:strimmer|grinder|drill|hammer|lathe|mower|chisel|disc\s+cutter|angle\s+grinder)\b[^.;]{0,20}\b(?:into|in)\s+(?:my|his|her|the)\s+eye\b`,
    // A wound of the globe itself: "a little cut on the eyeball".
    r`\b(?:cut|tear|slit|gash|nick|hole)\s+(?:\w+\s+){0,2}?(?:on|in|to|across)\s+(?:the|my|his|her|their)\s+(?:eyeball|cornea)\b|\b(?:eyeball|cornea)\s+(?:is\s+|has\s+been\s+|looks\s+)?(?:cut|torn|punctured|split)\b`,
    r`\b(?:something|metal|glass|a\s+\w+|piece\s+of\s+\w+|splinter|shard|wire|stick|fish\s*hook|dart|pellet)\s+(?:is\s+)?(?:stuck|embedded|sticking\s+out|lodged)\s+in\s+${POSSESSIVE}\s+${EYE}\b`,
    r`\b(?:stabbed|poked|pierced|punctured|cut)\s+(?:in\s+)?${POSSESSIVE}\s+${EYE}\b[^.;]{0,30}\b(?:with|by)\s+(?:a|an|the)\s+(?:knife|stick|pen|pencil|scissors|glass|wire|metal|fork|dart|branch)\b`,
    r`\b(?:hit|struck)\s+(?:in|on)\s+(?:the|his|her|my)\s+${EYE}\s+(?:by|with)\s+(?:a\s+)?(?:metal|high[- ]speed|flying|shard|fragment)\b`,
    r`\b${EYE}\s+(?:is\s+)?(?:bleeding|leaking\s+(?:clear\s+)?(?:fluid|jelly)|misshapen|deflated|cut\s+open)\b|\bblood\s+in\s+(?:the\s+front\s+of\s+)?${POSSESSIVE}\s+${EYE}\b`,
  ]),
  define('retinal_detachment_signs', [
    r`\b(?:shadow|curtain|veil|cloud|blind\s+spot)\s+(?:\w+\s+){0,2}?(?:creeping|coming|moving|spreading|drawn|closing)\s+(?:in|down|up|across|over)\b|\bshower\s+of\s+(?:\w+\s+)?(?:spots|floaters|dots|specks)\b`,
    r`\b(?:curtain|shadow|veil|black\s+(?:shape|cloud)|dark\s+(?:shadow|curtain|cloud))\b[^.;]{0,40}\b(?:over|across|coming\s+(?:down|up|across)|in|covering|blocking)\b[^.;]{0,20}\b(?:vision|sight|eye|view)\b`,
    r`\b(?:sudden|suddenly|new|loads\s+of|lots\s+of|shower\s+of)\s+(?:\w+\s+)?(?:floaters|flashes)\b[^.;]{0,60}\b(?:floaters|flashes|shadow|curtain|vision|lights)\b`,
  ]),
  define('painful_red_eye', [
    r`\b(?:severe|really\s+bad|intense|terrible|excruciating|agonising|agonizing|awful)\s+(?:\w+\s+)?(?:eye\s+pain|pain\s+in\s+(?:my|his|her)\s+eye)\b`,
    r`\b(?:red|painful)\s+eye\b[^.;]{0,50}\b(?:halos?|haloes|rainbows?\s+around\s+lights|vomit\w*|blurred|blurry|cannot\s+see)\b`,
    r`\b(?:halos?|haloes|rainbows?|rings?)\s+(?:a?round|around)\s+(?:the\s+)?(?:lights?|lamps?|street\s*lights?|bulbs?)\b`,
    r`\b${EYE}\s+(?:is\s+|are\s+|has\s+gone\s+|went\s+)?(?:very\s+|really\s+|so\s+)?(?:red|bloodshot)\b[^.;]{0,50}\b(?:blurr\w*|halos?|cannot\s+see|vomit\w*|been\s+sick|agony|terrible\s+pain|severe\s+pain)\b`,
    r`\b(?:acute|sudden|severe)\s+(?:\w+\s+){0,2}?red\s+(?:\w\s+|left\s+|right\s+)?eye\b|\bfixed\s+(?:\w+\s+)?dilated\s+pupil\b|\b(?:hazy|cloudy|steamy)\s+cornea\b`,
  ]),
];
