/**
 * Session 62 (T134): the climb that brings breathlessness on, told with the language's gerund or a slope rather than
 * "when I climb the stairs": "essoufflé en montant l'escalier", "en montant la côte", "me quedo sin aire subiendo las
 * escaleras", "subiendo la cuesta", "sem fôlego subindo a ladeira", "salendo la salita". The lexicons read the clause
 * "cuando subo las escaleras", and left these unread, so the English rules heard breathlessness with no effort told
 * (`../ordinary-context.ts`). Breathlessness on exertion that settles with rest is no emergency (NHS 111
 * breathing problems, MTS shortness of breath): every red flag the rules read (at rest, unable to finish a sentence,
 * blue lips) still keeps it one, as it does in English.
 */

export const FRENCH_CLIMBING: ReadonlyArray<readonly [string, string]> = [
  [
    "en (?:montant|grimpant) (?:l'|l’|l |les |la |le |une |un |des |mes |ses |\\d+ )?(?:escaliers?|marches|cote|pente|etages?|montee)",
    'when i climb stairs',
  ],
];

export const SPANISH_CLIMBING: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:subiendo|al subir) (?:las |la |unas |unos |los |el |\\d+ )?(?:escaleras?|escalones|gradas|cuesta|loma|subida|pendiente|pisos|cerro)',
    'when i climb stairs',
  ],
];

export const PORTUGUESE_CLIMBING: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:subindo|ao subir) (?:a |as |uma |o |os |\\d+ )?(?:escadas?|degraus|ladeira|morro|rampa|subida|andares|lances)',
    'when i climb stairs',
  ],
];

export const ITALIAN_CLIMBING: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:salendo|quando salgo|a salire) (?:la |una |le |i |\\d+ )?(?:salita|rampa|scalinata|gradini|piani)',
    'when i climb stairs',
  ],
];
