import type { FindingsReading } from './findings-reading.js';
import { toldAnywhere, toldNowhere } from '../language-lexicon.js';

/**
 * An older child told (two years or more, or one using the toilet alone): a nappy dry for hours is toilet training
 * then, not an infant's reduced urine output (review V36 at session 54's merge).
 */
const AN_OLDER_CHILD =
  '(?:(?:[2-9]|1\\d|dois|tres|quatro|cinco|seis|sete|oito) anos(?![\\p{L}])|desfralde|penico|vaso sanitario)';

/**
 * Portuguese: spots that do not fade under a pressed glass ("não somem quando aperto o copo"): the glass test of a
 * non-blanching rash (NICE NG143, meningococcal disease), and someone found down told in the passive ("foi encontrado").
 */
export const PORTUGUESE_FINDINGS: FindingsReading = {
  ownWords: [
    'desacordado',
    'desacordada',
    'direito',
    'rapidinho',
    'rapidinha',
    'direitinho',
    'levou',
    'saindo',
    'pancada',
  ],
  phrases: [
    // Session 54 (T87): a baby's nappy dry, no urine passed, for hours told (NICE NG143 and WHO IMCI: reduced urine output
    // in an infant, a nappy or a baby told); a nappy dry just now, a child who does not wet the bed, or an older child's
    // morning without a wee, is not.
    [
      `(?:(?:nao|nem) (?:molha|molhou|molhava|tem molhado|faz xixi|fez xixi|tem feito xixi)(?: (?:a|nenhuma) fraldas?)?|fraldas? (?:seca|secas|sequinha|sequinhas)(?! de ))(?! na cama)${toldAnywhere('(?:desde|(?:ha|faz|a) (?:\\d+|duas|tres|quatro|seis|oito|doze|muitas|varias) horas|o dia (?:todo|inteiro)|\\d+ ?h(?:oras)?(?![\\p{L}]))')}${toldAnywhere('(?<![\\p{L}])(?:fraldas?|bebes?|bebezinh[oa]|nenes?|nenem|recem.nascid[oa]s?|lactentes?|(?:\\d+|um|uma|dois|duas|tres) (?:meses|mes|semanas|dias) de vida)(?![\\p{L}])')}${toldNowhere(AN_OLDER_CHILD)}`,
      'no wet nappy',
    ],
    // Session 54 (T87): a bleed told light, and the doctor's word that all is well (RCOG: light bleeding in early
    // pregnancy, assessed, is no emergency).
    [
      '(?:um )?(?:sangramento|sangramentinho|sangrament\\p{L}*) (?:bem )?(?:leve|levinho|pequeno|fraquinho|fraco)',
      'light bleeding',
    ],
    [
      '(?:o |a )?(?:medico|medica|doutor|doutora|obstetra) (?:disse|falou) que (?:esta|ta|estava|tava) tudo (?:bem|certo|normal)',
      'the doctor said everything is fine',
    ],
    // Session 53 (T84): European Portuguese tells what goes on with "a" and the infinitive ("está a tossir", "a respirar
    // com barulho"), and the froth a capsule leaves ("tem espuma na boca").
    ['(?:esta |estava |anda )?a respirar com (?:barulho|ruido|chiado|dificuldade|esforco)', 'breathing noisily'],
    ['(?:esta |estava |anda )?a tossir(?: muito| sem parar)?', 'coughing a lot'],
    [
      '(?:tem|com|sai|saiu|deita|a deitar|faz|a fazer) espuma(?: (?:na|pela|da) boca)?(?! (?:de barbear|do banho|de sabao|do cafe|do leite))',
      'foam at the mouth',
    ],
    // Tablets a child ate with the count not known (NHS 111: a child who may have swallowed medicines),
    // and a laundry capsule bitten (NPIS: liquid detergent capsules).
    [
      '(?:comeu|engoliu|tomou|mastigou) (?:nao sei|ninguem sabe|sem saber) (?:quantos|quantas)',
      'ate an unknown number of tablets',
    ],
    ['nao (?:sei|sabemos) (?:quantos|quantas) (?:comeu|engoliu|tomou|mastigou)', 'ate an unknown number of tablets'],
    [
      '(?:mordeu|mastigou|chupou|engoliu|abriu com a boca) (?:uma |um )?(?:capsula|capsulas|pastilha|saqueta|saquinho|pod) (?:de |do )?(?:detergente|sabao|lava ?roupa|lavar roupa|detergente da maquina)',
      'swallowed liquid from a laundry detergent capsule',
    ],
    ['(?:que )?nao (?:somem|some|desaparecem|desaparece|saem|sai|clareiam|clareia|mudam)', 'that do not fade'],
    ['(?:foi|foram) encontrad[oa]s?', 'he was found'],
    // Fast breathing only while asleep in a baby who feeds well is a normal infant's (Schmitt-Thompson newborn breathing).
    ['quando (?:ele |ela |o bebe |a bebe )?(?:dorme|esta dormindo|ta dormindo|tá dormindo)', 'when he sleeps'],
    ['(?:esta |ta )?(?:mamando|mama) (?:bem|direitinho|normal)', 'feeding well'],
    // A blow to the head, then clear fluid from the nose (NICE NG232: a sign of a basal skull fracture) and groggy.
    ['(?:levou|tomou|recebeu) uma (?:pedrada|pancada|paulada|bolada|porrada) na cabeca', 'was hit on the head'],
    [
      'saindo (?:um )?(?:liquido|agua) (?:claro|clara|transparente) (?:do|pelo) nariz',
      'clear liquid coming from his nose',
    ],
    ['grogue', 'groggy'],
    ['nao (?:esta )?respira(?:ndo)? (?:direito|bem)', 'is not breathing properly'],
    // A fontanelle bulging, told with the baby named between (NICE NG143).
    [
      '(?:a )?moleira (?:d[oa] (?:meu |minha |nosso |nossa )?(?:bebe|nenem|neném|filh[oa]|crianca) )?(?:ta |esta |ficou )?(?:muito )?(?:estufada|abaulada|saltada|tensa|estufando|inchada|alta)',
      "the baby's fontanelle is bulging",
    ],
    ['(?:uma )?(?:poca|piscina|lago) de sangue', 'a pool of blood'],
  ],
  words: {},
};
