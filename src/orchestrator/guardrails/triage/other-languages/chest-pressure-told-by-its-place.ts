/**
 * Session 46 (T59): a cardiac chest pain told by its place, the middle of the chest, and by a pressure likened to a
 * weight, a bar, a vice or a brick (NICE CG95: central, pressing or heavy), in the words each language tells it with
 * ("en medio del pecho", "une barre au milieu de la poitrine", "un peso in mezzo al petto", "ein Druck mitten auf der
 * Brust wie ein Gewicht"), read as the English rules read a chest pain. Whether it spreads, sweats or passed with an
 * antacid is read from the rest of the message, as in English.
 */
export const SPANISH_CHEST_PRESSURE: ReadonlyArray<readonly [string, string]> = [
  ['(?:en )?(?:el )?(?:medio|mitad|centro) del pecho', 'in the middle of the chest'],
  [
    '(?:como )?(?:un |una )?(?:ladrillo|elefante|piedra|plancha|losa|peso) (?:encima|sobre|en) (?:del |el )?pecho',
    'heavy weight on the chest',
  ],
];

export const PORTUGUESE_CHEST_PRESSURE: ReadonlyArray<readonly [string, string]> = [
  ['(?:no )?(?:meio|centro) do peito', 'in the middle of the chest'],
  [
    '(?:um |uma )?(?:peso|tijolo|elefante|pedra|aperto) (?:no|em cima do|sobre o|em cima d[oa]) peito',
    'heavy weight on the chest',
  ],
];

export const FRENCH_CHEST_PRESSURE: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:une |un )?(?:barre|poids|etau|enclume|serrement|pression)(?: serree?)? (?:au milieu de la|sur la|dans la|a la|en travers de la) poitrine',
    'heavy pressure in the chest',
  ],
  ['au (?:milieu|centre) de la poitrine', 'in the middle of the chest'],
];

export const ITALIAN_CHEST_PRESSURE: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:un |una )?(?:peso|macigno|mattone|morsa|oppressione|pressione) (?:in mezzo al|al centro del|sul|nel|al) petto',
    'heavy pressure in the chest',
  ],
  ['in mezzo al petto|al centro del petto', 'in the middle of the chest'],
];

export const GERMAN_CHEST_PRESSURE: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:einen |ein |es )?(?:druck|drucke|engegefuhl|gewicht|stein|ring)(?: mitten)? (?:auf der|auf die|in der|uf de|uf der|uf die|uf d) brust',
    'heavy pressure in the chest',
  ],
  ['wie (?:ein|es|en) (?:gewicht|gwicht|stein|schraubstock|elefant|ring)', 'like a heavy weight'],
];
