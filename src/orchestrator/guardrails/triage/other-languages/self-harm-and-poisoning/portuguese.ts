import { toldAnywhere } from '../language-lexicon.js';
import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED =
  '(?<!(?<![\\p{L}])(?:vergonha|mico|constrangid\\p{L}*|micao)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:vergonha|mico|constrangid\\p{L}*|micao))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:semana|dias|um tempo|fim de semana|ferias|praia|viagem|umas horas)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:semana|dias|um tempo|fim de semana|ferias|praia|viagem|umas horas))';

/**
 * Where a wish's clause ends: "quero sumir daqui" (out of here) or "queria sumir com essas manchas" (the spots gone) go on
 * with where or what, and are not read.
 */
const CLAUSE_ENDS = '(?= ?(?:[,.;!?]|$|e |ja |mas |porque |que |ninguem ))';

/**
 * Portuguese (NICE NG225; CVV's warning signs; the Brazilian poison centres' names, CIATox): a wish to vanish or to sleep
 * for ever told closing its clause, nobody missing one, life without sense; "chumbinho" (the illegal rat poison of
 * Brazilian self-poisoning), a drain cleaner, a farm pesticide, antifreeze.
 */
export const PORTUGUESE_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: ['engoli', 'engoliu', 'chumbinho', 'agrotoxico', 'desentupidor', 'sumir'],
  phrases: [
    // Session 52 (T82): ending it all told as the purpose of an act or a wish closing its clause ("tomei tudo pra acabar
    // com tudo"), not ending a job or a relationship told after it.
    [
      `(?:pra|para|quero|queria|vontade de) acabar com tudo(?= ?(?:[,.;!?]|$| de (?:vez|uma vez)(?= ?(?:[,.;!?]|$))))${toldAnywhere('(?:aguento|comprimid|remedio|pilula|calmante|veneno|sumir|morrer|me matar|viver|suicid|despedi|corda|ponte)')}`,
      'to end it all',
    ],
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}(?:eu )?(?:quero|queria|quer|so quero|so queria|vontade de|to com vontade de|tenho vontade de) (?:so )?(?:sumir|desaparecer)${CLAUSE_ENDS}`,
      'wants to disappear forever',
    ],
    [
      '(?:quero|queria|quer|so queria) dormir (?:pra|para) sempre(?! (?:nessa|nesse|neste|nesta|com|no|na) )|(?:queria|quero|tomara) (?:nao|nunca mais) acordar(?: mais| amanha)?(?! cedo)',
      'i do not want to wake up',
    ],
    [
      'ninguem (?:vai |iria |ia )?(?:sentir (?:a )?(?:minha |sua |falta de mim)|sentiria (?:a )?(?:minha |sua )?falta|me notar|notaria)',
      'nobody would miss me',
    ],
    [
      '(?:a )?(?:minha )?vida (?:nao tem (?:mais )?|perdeu o |ja nao tem )sentido|nao (?:vejo|tem|encontro) (?:mais )?sentido (?:em |na )?(?:viver|vida|continuar)|(?:nao tenho|sem) (?:motivo|razao|motivos|razoes) (?:pra|para) (?:viver|continuar)',
      'no reason to live',
    ],
    [
      '(?:tenho|tem|ja) (?:guardad[ao]s|juntad[ao]s|escondid[ao]s|separad[ao]s) (?:os |as |uns |umas |meus |minhas |seus |suas |todos os |todas as )?(?:comprimidos|remedios|pilulas|capsulas|calmantes|cartelas)(?! (?:na caixinha|no armario|na gaveta|na cozinha))|(?:guardando|juntando|escondendo|acumulando) (?:os |meus |seus )?(?:comprimidos|remedios|pilulas|calmantes)',
      'has stashed pills',
    ],
    [
      '(?:escrevi|escreveu|deixei|deixou|escrevendo) (?:umas |varias |as )?cartas (?:de despedida )?(?:pra|para|aos|as) (?:meus|minhas|seus|suas|todos|cada|os|as)',
      'wrote letters to my',
    ],
    ['chumbinho|veneno (?:de|pra|para) (?:rato|ratos|camundongo)|mata[- ]?rato|raticida', 'rat poison'],
    ['soda caustica|diabo verde|desentupidor(?: de pia| de ralo)?', 'drain cleaner'],
    [
      '(?:agrotoxico|pesticida|inseticida|veneno de (?:planta|roca|barata|formiga)|mata[- ]?mato|glifosato|paraquat)',
      'pesticide',
    ],
    ['aditivo de radiador|anticongelante', 'antifreeze'],
  ],
  words: {
    cancao: 'song',
    musica: 'song',
  },
};
