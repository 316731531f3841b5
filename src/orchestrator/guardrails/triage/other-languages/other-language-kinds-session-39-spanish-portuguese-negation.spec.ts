import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';
import { EmergencyTriage } from '../../emergency-triage.js';

/**
 * Issue 11, session 39 (M35): look-alikes of T36's Spanish and Portuguese readings of head injuries and burns, written
 * after counts alone said t36 added two false alarms (a head injury told as absent, an everyday burn). Two mechanisms:
 * - Portuguese "no" became "in the" (right for "no chão") even before an English word of a note, so "bateu a cabeça,
 *   no LOC" read "hit his head, in the loc", a head injury that had lost consciousness. "No" is left as written before
 *   the English words a note negates (loc, loss, head, neuro, seizure, ...).
 * - Spanish and Portuguese tell a size after the noun ("uma bolha pequena", "una ampolla pequeña"); the English rules
 *   read "small" only before it, so a small blister from a curling iron on a hand was a blistered hand burn. It is now
 *   read "a small blister" / "a small burn" (NHS 111: a small burn is cooled and covered at home). A baby's or a scald's
 *   blisters stay flagged.
 * Before (0df554d, counted with node /work/staging/s39/tools/probe.mjs): emergencies rules 7/7, product 7/7;
 * look-alikes rules 5/47, product 5/47 ("no LOC" twice, "chapinha, uma bolha pequena", "plancha del pelo, ampolla
 * pequeña", "filho ... bolha pequena, já lavei"). After: emergencies 7/7, look-alikes 0/47, rules and product. Main
 * (87ac027) reads 5/7 emergencies and 0/47 look-alikes. Left as main has them: the product flags a Portuguese fall
 * with the head knocked and every red flag denied ("bateu a cabeça no chão, não desmaiou, não vomitou"), and the rules
 * a baby's fall told "não bateu a cabeça"; both already so on main.
 */
const HEAD_INJURY_TOLD_ABSENT: TriageProbeTable = [
  [
    'Portuguese, a head injury told as absent or denied',
    [
      'Caiu, bateu a cabeça, desmaiou e vomitou várias vezes',
      'Caiu, bateu a cabeça, LOC de 2 minutos, vomitou 3 vezes',
    ],
    [
      'Meu filho caiu da cama mas não bateu a cabeça, está brincando normal',
      'Paciente sem TCE, nega perda de consciência, queixa de dor no punho',
      'Bateu a cabeça no armário, não desmaiou, não vomitou e está bem',
      'Ela caiu no chão mas nao bateu a cabeca e nao desmaiou',
      'Bati a cabeça no armário ontem, sem perda de consciência, sem vômitos, só um galo',
      'Caiu no chão e bateu a cabeça, não apagou, não vomitou, não está sonolento',
      'Levou uma pancada na cabeça no futebol, não desmaiou, não tem dor de cabeça forte',
      'Paciente com queda da própria altura, TCE leve sem perda de consciência, sem vômitos',
      'Queda de bicicleta, nega TCE, nega perda de consciência, escoriações no joelho',
      'Caiu e bateu a cabeça, sem perda de consciência, sem vômitos, está bem',
      'Caiu, bateu a cabeça, no LOC, sem vômitos',
      'Bateu a cabeça, no loss of consciousness, no vomiting, está bem',
      'Queda da bicicleta, bateu a cabeça, no LOC, no neuro deficit, escoriações',
    ],
  ],
  [
    'Spanish, a head injury told as absent or denied',
    ['Se cayó de la escalera, se golpeó la cabeza, perdió el conocimiento y vomitó varias veces'],
    [
      'Mi hijo se cayó del columpio pero no se golpeó la cabeza, solo se raspó la rodilla',
      'Se cayó de la cama, sin pérdida de conciencia, no vomitó y está jugando normal',
      'Paciente niega traumatismo craneal, niega pérdida de conciencia',
      'Se golpeó la frente con la mesa, no perdió el conocimiento, no ha vomitado, está bien',
      'Mi hija se cayó en el parque, negó golpe en la cabeza, llora un poco por el codo',
      'Mi hijo se golpeó la cabeza en el piso, lloró enseguida, no vomitó, no está somnoliento',
      'Se cayó y se pegó en la cabeza, no perdió el conocimiento, no vomitó, no convulsionó',
      'Paciente con caída de su altura, TCE leve sin pérdida de conciencia, sin vómitos',
      'Caída de bicicleta, niega TCE, niega pérdida de conocimiento, raspones en rodilla',
      'Se cayó, sin golpe en la cabeza, sin vómitos, sin somnolencia, está normal',
    ],
  ],
];

const EVERYDAY_BURNS: TriageProbeTable = [
  [
    'Portuguese, an everyday burn',
    [
      'Meu bebê de 8 meses queimou a mão na chapinha, fez uma bolha pequena',
      'Meu filho queimou a mão e o braço com água fervendo, bolhas grandes',
      'Meu filho de 2 anos queimou o braço com água fervendo e fez bolhas',
    ],
    [
      'Queimei o dedo no fogão, coloquei na água fria e já passou',
      'Queimei a mão com a chapinha, uma bolha pequena',
      'Queimei o braço com o ferro de passar, fez uma bolhinha, passei pomada',
      'Queimei o dedo na panela, fez bolha mas está tudo bem',
      'Meu filho queimou o dedo no fogão, fez uma bolha pequena, já lavei com água fria',
      'Tenho uma bolha no pé por causa do sapato novo',
      'Queimei a língua com o café quente',
      'Comida apimentada queima minha boca',
      'Tenho azia, queimação no estômago',
      'Meu filho está ardendo em febre, 38 graus, mas brincando',
      'Me queimei no forno há três dias e já está cicatrizando',
      'Sinto ardência ao urinar',
      'Estou com queimadura de sol nos ombros',
    ],
  ],
  [
    'Spanish, an everyday burn',
    ['Mi hijo se quemó el brazo con aceite hirviendo y tiene ampollas'],
    [
      'Me quemé con el sartén pero ya está bien, lo puse bajo el agua fría',
      'Me quemé un dedo con la plancha del pelo, una quemadura pequeña',
      'Me quemé la mano con la plancha del pelo, salió una ampolla pequeña',
      'Me quemé con el horno, una ampolla chiquita en el dedo, ya la enfrié',
      'Tengo una ampolla en el talón por los zapatos nuevos',
      'Me quemé con el café caliente en la lengua',
      'La comida picante me quema la boca',
      'Tengo acidez, me quema el estómago después de comer',
      'Me quemé la mano hace tres días con el horno y ya está cicatrizando',
      'Siento ardor al orinar',
      'Me arde la piel por el sol después de la playa',
    ],
  ],
];

describe.each([
  ['rules', new EmergencyTriage()],
  ['product', EmergencyTriage.withWordingModel()],
])('read by the %s', (_reader, triage) => {
  describeTriageProbes('EmergencyTriage in %s (session 39, M35)', HEAD_INJURY_TOLD_ABSENT, triage);
  describeTriageProbes('EmergencyTriage in %s (session 39, M35)', EVERYDAY_BURNS, triage);
});
