/**
 * Whether a message the rules found no emergency in tells fumes breathed in (chlorine at the pool, a solvent, paint,
 * bleach mixed with a cleaner) whose cough, headache or sickness went once the person got into fresh air, and the
 * person well now: "briefly coughing and wheezy after a chlorine smell near the plant room; symptoms resolved with
 * fresh air within 20 minutes, chest clear", "headache and mild nausea from the solvent in a poorly ventilated room;
 * outside in fresh air for an hour, she now feels well".
 *
 * Why the model is held back: NPIS TOXBASE reads an irritant gas or a solvent's vapour whose symptoms settle in fresh
 * air as needing no hospital (advice, and care if the breath worsens later); the wording model reads the alarm words
 * ("wheezy", "fumes", "chemical") and not the settling told after them, and added such messages as emergencies.
 *
 * Carbon monoxide is never read so, nor anything that tells it (a boiler, a heater, a fire, a stove, an engine's
 * exhaust, the household or several people ill together): it leaves with the fresh air and harms all the same
 * (NHS carbon monoxide poisoning). Nor a swallow, something in the eye, or any breath, drowsiness or confusion told as
 * still there.
 */
export function fumesClearedInFreshAir(normalized: string): boolean {
  return (
    FRESH_AIR.test(normalized) &&
    FUMES.test(normalized) &&
    SETTLED.test(normalized) &&
    !CARBON_MONOXIDE.test(normalized) &&
    !STILL_THERE.test(normalized)
  );
}

const FRESH_AIR =
  /\b(?:fresh\s+air|(?:went|go|got|gone|taken|took|stepped|moved|sat|sitting)\s+(?:\w+\s+){0,2}?outside|outside\s+in\s+the\s+air|opened\s+(?:all\s+)?(?:the\s+)?windows?)\b/;

const FUMES =
  /\b(?:fumes?|chlorine|solvents?|vapou?rs?|paint\w*|varnish\w*|thinners?|glue|bleach|ammonia|chemicals?|strong\s+smell|smell\s+of\s+(?:\w+\s+)?(?:chemicals?|cleaner|bleach|paint|chlorine|solvent))\b/;

const SETTLED =
  /\b(?:resolved|settled|cleared|went\s+away|gone|passed|stopped|(?:feels?|feeling|felt)\s+(?:fine|well|better|normal|ok|okay|all\s+right)|back\s+to\s+normal|(?:is|am|are)\s+(?:fine|well|ok|okay)\s+now|now\s+(?:fine|well|ok|okay))\b/;

/** What tells carbon monoxide: its name, a burner of fuel indoors, or several people ill at once. */
const CARBON_MONOXIDE =
  /\b(?:carbon\s+monoxide|co\s+(?:alarm|detector|poisoning|levels?)|boilers?|heaters?|gas\s+(?:fire|leak|cooker|hob)|fires?|stoves?|burners?|generators?|barbecues?|bbq|exhaust|engines?|car\s+running|garage|everyone|all\s+of\s+us|we\s+all|whole\s+family|both\s+of\s+us)\b/;

/** A swallow, the eye, or a finding told as still there. */
const STILL_THERE =
  /\b(?:swallow\w*|drank|drunk|ingest\w*|eyes?|still\s+(?:\w+\s+)?(?:cough\w*|wheez\w*|breathless|short\s+of\s+breath|struggling|tight|dizzy|confused|drowsy|sleepy|sick|vomiting)|getting\s+worse|worse\s+now)\b/;
