/**
 * Session 63 (T140): European Portuguese tells what is happening now with "estar a" and the infinitive ("está a
 * sangrar", "estou a ficar sem ar", "está a desmaiar"), where Brazil and the phrases write the gerund ("está
 * sangrando"). Read as the gerund, every finding the phrases know in Brazilian words is read in European ones. The
 * pronoun after the verb is moved before it as Brazil writes it ("dói-me o peito" is "me dói o peito"). The text is
 * read once, behind a literal test for the two shapes.
 */

/** A verb of being, staying, going on or starting, then "a" and an infinitive of at least two letters before its ending. */
const STAR_A_INFINITIVE =
  /(?<![\p{L}])(esta|estou|estao|estamos|estava|estavam|estive|esteve|anda|ando|andam|fica|fico|ficou|continua|continuou|comecou|comecei)( (?:me |se |lhe )?)a (\p{L}{2,}?)(ar|er|ir)(?![\p{L}-])/gu;

/** The gerund of each infinitive ending. */
const GERUND: Readonly<Record<string, string>> = { ar: 'ando', er: 'endo', ir: 'indo' };

/** A verb with its object pronoun joined after it by a hyphen ("doi-me", "custa-lhe"). */
const PRONOUN_AFTER_THE_VERB = /(?<![\p{L}])(\p{L}+)-(me|lhe|te|se|nos|lhes)(?![\p{L}-])/gu;

/** The folded text with "estar a" and the infinitive read as the gerund, and a pronoun after its verb put before it. */
export function europeanPortugueseAsBrazilian(folded: string): string {
  let text = folded;
  if (text.includes(' a ')) {
    text = text.replace(
      STAR_A_INFINITIVE,
      (_whole, verb: string, between: string, stem: string, ending: string) =>
        `${verb}${between}${stem}${GERUND[ending]}`,
    );
  }
  if (text.includes('-')) {
    text = text.replace(PRONOUN_AFTER_THE_VERB, (_whole, verb: string, pronoun: string) => `${pronoun} ${verb}`);
  }
  return text;
}
