/**
 * Session 46 (T59): an injured foot or leg told as bearing weight ("consigo pôr o pé no chão", "puedo apoyar el pie"),
 * read as "i can bear weight on the foot": the Ottawa ankle rule's sign of a sprain rather than a break, which the
 * English rules and the wording model read as such, where the words left unread read as pain alone.
 */
export const PORTUGUESE_WEIGHT_BORNE: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:consigo|consegue|da pra|da para) (?:por|pousar|apoiar|assentar) o pe(?: no chao)?|(?:consigo|consegue) (?:pisar|andar|caminhar)(?: com ele| nele)?',
    'i can bear weight on the foot',
  ],
];

export const SPANISH_WEIGHT_BORNE: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:puedo|puede|alcanzo a) (?:apoyar|poner|pisar con) (?:un poquito |un poco |bien )?(?:el pie|la pierna)(?: en el (?:piso|suelo))?|(?:puedo|puede) (?:pisar|caminar|apoyar)(?= (?:un poquito|un poco|bien|pero|,))',
    'i can bear weight on the foot',
  ],
];
