import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 51 (T80): preparations for suicide told by their parts in the European languages of the second group
 * (NICE NG225 and the Samaritans' warning signs: the means got ready, a note or letters written to the family, the
 * decision made and its day told). The English self-harm rules weigh these together ("I bought a rope, I left a note",
 * "I have decided it is tonight, I have the pills ready") and none alone; the languages' lexicons read them only in
 * the one order and inflection a line once used ("оставил записку" but not "записку оставила", "achete une corde" only
 * at a sentence's end). Here each part is read by its verb and its noun in either order, a few words apart and in any
 * inflection (Russian and Polish word order is free, German puts the participle last and writes compounds:
 * "Abschiedsbrief", "Schlaftabletten"; Romance verbs by their stems), and only beside another part, as the farewell
 * file (`farewell-and-saved-pills-told-by-their-parts.ts`) reads a goodbye only beside a silence.
 *
 * A rope for a tent or the washing, tablets for a headache or a flight, a note to a teacher or a neighbour, a decision
 * to stop smoking tonight: each is one part, and an ordinary purpose told anywhere in the message (each language's
 * `ordinary`, with a night shift and a note that one will be late: review V33, 12:27) keeps every part unread. Patterns are folded (Latin letters without their marks, lower case).
 */

/** What each part reads as: English the self-harm rules weigh together with another part, and never alone. */
const ROPE_READY = 'i bought a rope';
const PILLS_READY = 'i have the pills ready';
const NOTE_LEFT = 'i left a note';
const DECIDED_TONIGHT = 'i have decided it is tonight';

interface PreparationWords {
  /** Verbs of getting the means ready: bought, got, set aside, saved up, hidden (any inflection). */
  readonly gotReady: string;
  readonly rope: string;
  /** Tablets told as a stock: sleeping pills, boxes or packs of them, all of them. */
  readonly pills: string;
  /** Verbs of a note: written, left, sent. */
  readonly wrote: string;
  /** A letter, a note, a message. */
  readonly note: string;
  /** The decision made, the end told ("it all ends", "take them all"). */
  readonly decided: string;
  /** Today, tonight. */
  readonly today: string;
  /** An ordinary purpose: camping, washing, a headache, a flight, a teacher, a parcel, a habit given up. */
  readonly ordinary: string;
}

/** A verb and its noun in either order, up to `gap` words apart inside one clause. */
function eitherOrder(verb: string, noun: string, gap = 3): string {
  const between = `(?: [^\\s.,;:!?]+){0,${gap}}? `;
  return `(?:(?:${verb})${between}(?:${noun})|(?:${noun})${between}(?:${verb}))(?![\\p{L}])`;
}

/** One language's parts, each read only beside another and only where no ordinary purpose is told. */
export function preparationParts(words: PreparationWords): LexiconPhrases {
  const parts: ReadonlyArray<readonly [string, string]> = [
    [eitherOrder(words.gotReady, words.rope), ROPE_READY],
    [eitherOrder(words.gotReady, words.pills), PILLS_READY],
    [eitherOrder(words.wrote, words.note), NOTE_LEFT],
    [
      `(?:(?:${words.decided})[^.!?]{0,40}?(?:${words.today})|(?:${words.today})[^.!?]{0,30}?(?:${words.decided}))(?![\\p{L}])`,
      DECIDED_TONIGHT,
    ],
  ];
  const ordinary = toldNowhere(words.ordinary);
  return parts.map(([part, english], index) => {
    const others = parts.filter((_other, at) => at !== index).map(([pattern]) => `(?:${pattern})`);
    return [`${ordinary}${toldAnywhere(`(?:${others.join('|')})`)}(?:${part})`, english] as const;
  });
}

export const RUSSIAN_PREPARATIONS: LexiconPhrases = preparationParts({
  gotReady:
    '(?:купил|купила|купили|куплен|достал|приготовил|приготовлен|отложил|припас|припрятал|накопил|спрятал|заготовил|собрал)\\p{L}*|(?:уже )?готов\\p{L}*',
  rope: 'в[её]р[её]вк\\p{L}*|петл\\p{L}*',
  pills:
    'снотворн\\p{L}*|(?:пачк|упаковк|пачек|упаковок)\\p{L}* (?:\\p{L}+ )?(?:таблет|снотворн|лекарств)\\p{L}*|(?:все )?таблетк\\p{L}*',
  wrote: '(?:написал|написан|оставил|отправил|напишу|оставлю)\\p{L}*',
  note: 'записк\\p{L}*|записок|письм\\p{L}*|писем|прощальн\\p{L}*',
  decided: '(?:решил|решился|решилась|решено)\\p{L}*|(?:вс[её]) (?:законч|конч)\\p{L}*|поконч\\p{L}* со всем',
  today: 'сегодня|этой ночью|ночью|этим вечером',
  ordinary:
    'ночн\\p{L}* смен|на смену|задержусь|опоздаю|палатк|поход|рыбалк|бель[её]|(?<!\\p{L})дач[аеуи]|скалолаз|альпин|учител|в школ|соседк|сосед[уя]|посылк|курить|спортзал|голов[аеуы] (?:болит|боли)|от головы|от давлени|самол[её]т|перел[её]т|врач выписал|по рецепту',
});

export const FRENCH_PREPARATIONS: LexiconPhrases = preparationParts({
  gotReady:
    'achet\\p{L}*|(?:mis|mise|mises|mets) de cote|cache\\p{L}*|stocke\\p{L}*|garde\\p{L}*|prepare\\p{L}*|recupere\\p{L}*|procure\\p{L}*|(?:est|sont) pretes?',
  rope: 'corde',
  pills:
    "somniferes?|(?:boites?|plaquettes?|tubes?) (?:de |d')(?:\\p{L}+ )?(?:somniferes?|cachets|comprimes|medicaments|pilules|doliprane|paracetamol|xanax|lexomil|stilnox)|(?:tous )?(?:mes |ses |les |des )?(?:cachets|comprimes|pilules)",
  wrote: 'ecri\\p{L}*|laisse\\p{L}*|envoye\\p{L}*',
  note: "lettres?|mots? d'adieu|messages? d'adieu|messages? (?:a|pour) (?:ma|mon|mes|sa|son|ses) (?:famille|parents|mere|pere|enfants|soeur|frere|proches|fille|fils)",
  decided:
    "(?:j'ai|c'est|elle a|il a) (?:tout )?decide|ma decision est prise|en finir|tout prendre|tout avaler|les prendre toutes",
  today: "ce soir|cette nuit|aujourd'hui",
  ordinary:
    "garde de nuit|en retard|escalade|alpinism|camping|une tente|sous la tente|linge|voisin|colis|professeur|maitresse|l'ecole|mal de tete|migraine|avion|vol de nuit|de fumer|ordonnance|prescri",
});

export const GERMAN_PREPARATIONS: LexiconPhrases = preparationParts({
  gotReady:
    'gekauft|kaufte|besorgt|besorgte|zuruckgelegt|beiseite ?gelegt|gesammelt|gehortet|versteckt|bereit ?gelegt|hergerichtet|liegen (?:schon )?bereit|(?:liegt|liegen|ist|sind) (?:schon )?bereit',
  rope: '\\p{L}*(?:seil|strick)(?:e|en)?',
  pills:
    '\\p{L}*tabletten|(?:packung|schachtel|dose)\\p{L}* (?:\\p{L}+ )?(?:\\p{L}*tablett\\p{L}*|pillen|medikament\\p{L}*)|(?:alle )?(?:pillen|medikamente)',
  wrote: 'geschrieben|hinterlassen|hinterlegt|schrieb|verfasst|hingelegt|geschickt',
  note: '\\p{L}*brief(?:e)?|\\p{L}*zettel|abschied\\p{L}*|nachrichten? an (?:meine|seine|ihre) (?:familie|eltern|kinder|mutter|mama|schwester)',
  decided:
    '(?:entschieden|entschlossen|beschlossen)(?! \\p{L}+ zu\\b)|steht fest|(?:schluss|ein ende) machen|alle (?:nehmen|schlucken)',
  today: 'heute(?: nacht| abend)?|diese nacht',
  ordinary:
    'schicht|spat komme|spater komme|zelt|camping|wasche|klettern|kletter|umzug|nachbar|paket|lehrer|schule|kopfschmerz|migrane|flug|rauchen|rezept|verschrieben',
});

export const SPANISH_PREPARATIONS: LexiconPhrases = preparationParts({
  gotReady:
    '(?:compr|consegu|guard|escond|ahorr|prepar|separ)\\p{L}*|junte|juntado|juntando|juntaba|junto todas|(?:ya )?(?:tengo|tiene) (?:listas?|listos?)',
  rope: 'soga|cuerda|mecate',
  pills:
    '(?:todas )?(?:las |mis |sus |unas )?(?:pastillas?|pastillitas|pildoras?|somniferos?|calmantes|clonazepam|rivotril)|(?:cajas?|frascos?|blister\\p{L}*) de (?:\\p{L}+ )?(?:pastillas?|pildoras?|somniferos?|paracetamol|clonazepam)',
  wrote: '(?:escrib|escrit|dej|mand)\\p{L}*',
  note: 'cartas?|notas? de despedida|mensajes? de despedida|carta de despedida|nota para (?:mi|mis|su|sus) (?:familia|mama|papa|hijos|hermanos)',
  decided: '(?:ya )?(?:lo )?decid\\p{L}*|lo voy a hacer|tomarme todas|se que dia|ya tengo (?:el )?dia',
  today: 'hoy|esta noche|el (?:viernes|sabado|domingo|lunes|martes|miercoles|jueves)',
  ordinary:
    'turno de noche|llego tarde|llegare tarde|tender la|tendedero|ropa|camping|tienda de campana|escalar|mudanza|vecin|paquete|maestr|profesor|escuela|colegio|dolor de cabeza|migrana|avion|vuelo|de fumar|receta|recet',
});

export const PORTUGUESE_PREPARATIONS: LexiconPhrases = preparationParts({
  gotReady: '(?:compr|consegu|junt|guard|escond|separ|prepar)\\p{L}*|(?:ja )?(?:tenho|tem) (?:prontas?|prontos?)',
  rope: 'corda',
  pills:
    '(?:todos )?(?:os )?(?:comprimidos|remedios|pilulas|calmantes|soniferos?|remedios? (?:de|pra|para) dormir)|(?:caixas?|cartelas?|frascos?) de (?:\\p{L}+ )?(?:comprimidos|remedios?|pilulas|calmantes|soniferos?|paracetamol|clonazepam|rivotril)',
  wrote: '(?:escrev|escrit|deix|mand)\\p{L}*',
  note: 'cartas?|bilhetes?|mensage\\p{L}* de despedida|carta de despedida',
  decided: '(?:ja )?decid\\p{L}*|tomar (?:todos|tudo)|acabar com tudo',
  today: 'hoje(?: a noite)?|esta noite',
  ordinary:
    'plantao|chego tarde|varal|roupa|acampa|barraca|escalada|mudanca|vizinh|encomenda|professor|escola|dor de cabeca|enxaqueca|aviao|viagem|voo|de fumar|receita|recet',
});

export const ITALIAN_PREPARATIONS: LexiconPhrases = preparationParts({
  gotReady:
    '(?:(?:ho|ha|hanno|abbiamo) (?:gia )?)?(?:comprat|procurat|conservat|nascost|preparat|accumulat|raccolt|mess\\p{L}* da parte)\\p{L}*|(?:sono|e) pront\\p{L}*',
  rope: 'corda',
  pills:
    '(?:tutte )?(?:le |i )?(?:sonniferi|pastiglie|compresse|pillole)|(?:scatol|confezion|flacon)\\p{L}* di (?:\\p{L}+ )?(?:sonniferi|pastiglie|compresse|pillole|farmaci|tachipirina|xanax)',
  wrote: '(?:(?:ho|ha|hanno|abbiamo) (?:gia )?)?(?:scritt|lasciat|mandat)\\p{L}*|scriv\\p{L}*|lascio',
  note: 'letter\\p{L}*|bigliett\\p{L}*|messagg\\p{L}* di addio|lettera di addio',
  decided: '(?:ho|ha) deciso|prenderle tutte|farla finita|finirla',
  today: 'stasera|stanotte|oggi',
  ordinary:
    'turno di notte|faccio tardi|in ritardo|stendere|bucato|campeggio|tenda|arrampic|trasloco|vicini di casa|vicina di casa|vicino di casa|pacco|maestr|professor|scuola|mal di testa|emicrania|aereo|in volo|di fumare|ricetta|prescritt',
});

export const POLISH_PREPARATIONS: LexiconPhrases = preparationParts({
  gotReady:
    '(?:kupil|kupion|zalatwil|odlozyl|odlozon|schowal|przygotowal|przygotowan|uzbieral|zebral|zgromadzil|nazbieral)\\p{L}*|(?:mam|ma) (?:juz )?gotow\\p{L}*',
  rope: 'sznur\\p{L}*|powroz\\p{L}*',
  pills:
    '(?:wszystkie )?(?:tabletki|tabletek|pigulki|pigulek|proszki|proszkow|leki|lekow)|(?:nasenn)\\p{L}*|opakowa\\p{L}* (?:\\p{L}+ )?(?:tabletek|lekow|nasenn\\p{L}*)',
  wrote: '(?:napisal|napisan|zostawil|zostawion|wyslal)\\p{L}*',
  note: 'list\\p{L}*|liscik\\p{L}*|kartk\\p{L}*|pozegnaln\\p{L}*',
  decided: '(?:zdecydowal|postanowil)\\p{L}*|skoncze z (?:tym|soba)|wezme wszystkie',
  today: 'dzis(?:iaj)?|tej nocy|w nocy|wieczorem',
  ordinary:
    'nocn\\p{L}* zmian|spoznie|namiot|pranie|wspinacz|biwak|przeprowadz|sasiad|paczk|nauczyciel|szkol|bol glowy|bolu glowy|na glowe|migren|samolot|palenie|palic|recept|przepisal',
});
