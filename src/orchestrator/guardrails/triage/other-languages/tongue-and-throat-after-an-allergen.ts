import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 61 (T128): a tongue grown fat and a throat that closes, told in everyday Spanish after a food, a sting or a
 * medicine ("tengo la lengua gorda, me pica la garganta y noto como que me cierra", "la lengua se me puso grandota",
 * "la garganta me aprieta"). Resuscitation Council UK and NHS 111: swelling of the tongue or the throat after a known
 * trigger is an airway problem of anaphylaxis. Read only with a trigger, an allergy or hives told somewhere in the
 * message, so a tongue "gorda de tanto hablar" stays an idiom, and never with nerves, fear, a cold or tonsillitis told
 * beside it, where a tight throat is the lump of anxiety or a sore throat. Folded, as the lexicons are.
 */

/** A food, a sting, a medicine, an allergy or hives told anywhere in the message. */
const BESIDE_A_TRIGGER_SPANISH = toldAnywhere(
  '(?:alerg|marisco|camaron|mani|cacahuate|nuez|nueces|almendra|pescado|picadura|pico una|abeja|avispa|penicilin|amoxi|antibiotic|ibuprofeno|aspirina|inyeccion|ronchas|urticaria|roncha)',
);

/** Nerves, fear, a cold or a sore throat told anywhere in the message. */
const NOT_BESIDE_NERVES_OR_A_COLD_SPANISH = toldNowhere(
  '(?:nervios|ansiedad|ansios|miedo|emocion|estres|panico|llanto|llorar|gripe|resfri|amigdal|anginas|polen|tos )',
);

export const SPANISH_TONGUE_AND_THROAT_AFTER_AN_ALLERGEN: LexiconPhrases = [
  [
    `(?:la )?lengua (?:se (?:me|le|te) (?:puso|pone|esta poniendo) |(?:esta|la tengo|la tiene) )?(?:gorda|grandota|enorme|gruesa|inflada)(?![\\p{L}])${BESIDE_A_TRIGGER_SPANISH}${NOT_BESIDE_NERVES_OR_A_COLD_SPANISH}`,
    'tongue swelling',
  ],
  [
    `garganta(?: \\p{L}+){0,5} (?:se )?(?:me|le|te) (?:cierra|esta cerrando|cerro|aprieta|esta apretando)(?![\\p{L}])${BESIDE_A_TRIGGER_SPANISH}${NOT_BESIDE_NERVES_OR_A_COLD_SPANISH}`,
    'throat is closing',
  ],
];
