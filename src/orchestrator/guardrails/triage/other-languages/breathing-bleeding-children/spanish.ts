import type { FindingsReading } from './findings-reading.js';

/**
 * Spanish: someone found down told in the passive with the subject left out ("fue encontrado desmayado"), where English
 * names who was found: a collapse seen by a bystander (Resuscitation Council UK).
 */
export const SPANISH_FINDINGS: FindingsReading = {
  ownWords: ['despierto', 'despierta'],
  phrases: [
    ['(?:fue|fueron|ha sido) (?:encontrad|hallad)[oa]s?', 'he was found'],
    // Session 43 (T53): findings told in everyday Spanish the reading left in its words.
    // The chin that cannot come down to the chest, told by whoever saw it (NICE NG143 neck stiffness); turning the neck
    // (a crick) is not this, nor is a chin that does come down.
    [
      'no (?:puede|puedo|podia|pudo|logra|consigue|alcanza a) (?:bajar|doblar|agachar|pegar|llevar|tocar(?:se)?) (?:la barbilla|el menton|la quijada|la cabeza)(?: (?:al|hasta el|hacia el|contra el|en el) pecho)?',
      'cannot bend her chin to her chest',
    ],
    // Breath heard as a noise (stridor or wheeze: Manchester "inappropriate history" / NHS 111 noisy breathing); the
    // noise of a blocked nose or a sleeper's snore is not this.
    [
      '(?:respira|respiraba|esta respirando) con (?:mucho )?ruido(?! (?:por la nariz|de la nariz|por los mocos|cuando duerme|al dormir|dormid))|hace (?:mucho )?ruido al respirar(?! (?:por la nariz|cuando duerme|dormid))',
      'noisy breathing',
    ],
    // A burn measured against the child's own hands (the palm is about one per cent of the body: NICE burns, Lund and
    // Browder): bigger than it is a large burn.
    [
      'mas grande que (?:la |su |una |varias |dos |tres |las )?(?:palmas?|manos?)(?: de (?:ella|el|mi hij[oa]|la nena|el nene|la nina|el nino))?',
      'bigger than the palm of her hand',
    ],
    // A product splashed into an eye: a household chemical in the eye (NHS 111: chemical eye injury).
    [
      '(?:me|le|te|nos) (?:salto|salpico|brinco|cayo|entro)(?= (?:\\p{L}+ ){0,3}(?:al|en el|en los|a los|a la) ojos?)',
      'splashed',
    ],
    ['desengrasante(?: de hornos)?|limpiahornos|limpiador de hornos|quitagrasas?', 'oven cleaner'],
    ['(?<=(?:salto|salpico|brinco|cayo|entro) (?:\\p{L}+ ){0,3})(?:al|en el|a los|en los) ojos?', 'into my eye'],
    ['(?:veo|ve|vemos) (?:todo )?borroso|vision borrosa', 'blurred vision'],
    // The glass test of a rash told in parts (NICE NG143): what does not fade, pressed, with a glass.
    [
      '(?:que )?no se (?:le )?(?:quitan|quita|borran|borra|desaparecen|desaparece|blanquean|aclaran)(?= (?:al|cuando|si|aunque|con))',
      'that do not fade',
    ],
    [
      '(?:al|cuando (?:las |los |la |lo |le )?|si (?:las |los |la |lo |le )?|aunque (?:las |los |la |lo |le )?)(?:apretar|presionar|aplastar|aprieto|presiono|aplasto|apretamos|presionamos)(?:las|los|la|lo)?',
      'when pressed',
    ],
    ['con (?:un |el )?(?:vaso|vasito)(?: de vidrio| de cristal)?', 'with a glass'],
    // A fontanelle bulging, told with the baby named between (NICE NG143).
    [
      '(?:la )?mollera (?:de (?:mi |la |el |su |nuestr[oa] )?(?:bebe|nena|nene|hij[oa]|nin[oa]|chiquit[oa]) )?(?:esta |se ve |se le ve |la tiene )?(?:muy )?(?:abultada|hinchada|inflamada|levantada|salida|abombada|tensa|brotada|saltada)',
      "the baby's fontanelle is bulging",
    ],
    [
      '(?:despues de|tras|luego de) (?:golpearse|pegarse|darse un golpe en|darse en|caerse y golpearse)(?: en)? la cabeza',
      'after hitting his head',
    ],
    // Not answering properly after a faint and falling back asleep; a knock after which he cannot be kept awake (NICE
    // NG232); cloths soaked through while the blood still spurts (NHS 111: bleeding that will not stop).
    ['no (?:me |nos |le |te )?(?:contesta|responde) bien', 'does not answer properly'],
    ['se (?:vuelve|volvio) a (?:dormir|quedar dormid[oa])', 'keeps falling back asleep'],
    ['no (?:lo|la|le) (?:podemos|puedo|pueden) mantener despiert[oa]', 'we cannot keep him awake'],
    ['(?:toallas|trapos|gasas|vendas|panos|servilletas) (?:ya )?(?:empapad|llen)[oa]s(?: de sangre)?', 'soaked cloths'],
    ['(?:y )?sigue (?:saliendo|brotando|echando sangre) a chorros', 'and it is still spurting'],
    ['(?:un |una )?(?:charco|charca|laguna|pozo) de sangre', 'a pool of blood'],
    // Session 53 (T84): a child's head knock told by what followed (NICE NG232): no memory of the day, the same question
    // asked again and again, clear fluid running from the nose; fits told without the consciousness regained between
    // them (NICE NG217); a household product drunk by the mouthful.
    [
      '(?:le |lo |la |me )?(?:pegaron|pego|golpearon|golpeo|dieron|dio|aventaron|tiraron)(?: un \\p{L}+)?(?: con (?:una |un |el |la )?(?:piedra|pelota|balon|palo|puno|piedrazo|pelotazo|rama|botella|juguete|bate|tabla|ladrillo)(?: de la \\p{L}+)?)? (?:en la|en su|a la) cabeza',
      'was hit on the head',
    ],
    [
      'no se acuerda (?:de )?nada(?: de lo que (?:paso|pasó))?|no recuerda nada(?: de lo que paso| de la fiesta)?',
      'does not remember anything',
    ],
    [
      '(?:me |nos |le )?(?:pregunta|repite|dice) lo mismo (?:a cada rato|cada rato|una y otra vez|cada ratito|todo el rato|cada dos minutos)',
      'keeps asking the same questions',
    ],
    [
      '(?:le |me )?(?:sale|escurre|gotea|cae) (?:como )?(?:un )?(?:agua|agüita|aguita|liquido) (?:clar[ao]|clarit[ao]|transparente)(?: de| por) (?:la |su )?nariz',
      'clear fluid running from the nose',
    ],
    ['(?:se )?(?:tomo|bebio|trago) (?:un )?(?:trago|sorbo|buche|chorrito) de', 'drank a mouthful of'],
  ],
  words: {},
};
