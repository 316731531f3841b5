import { EmergencyTriage } from '../../emergency-triage.js';
import { EmergencyWordingModel, WORDING_THRESHOLDS, type WordingAssessment } from './emergency-wording-model.js';
import { withoutSetAsideClauses } from './set-aside-clauses.js';

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();

/**
 * Emergencies told in another language that the rules miss and only the wording model catches, each with a denial
 * told beside it ("no contesta con sentido", "no se cuanto rato"): reading the model without the clauses the rules set
 * aside must not lose them.
 */
const CAUGHT_BY_THE_MODEL_ALONE: readonly string[] = [
  'mi abuela de 84 amanecio muy dormida, la llamamos y abre los ojos un segundo y se vuelve a dormir, no contesta cosas con sentido, ayer estaba normalita',
  'mi abuelo esta muy dormido desde la mañana abre los ojos y se vuelve a dormir no contesta nada con sentido',
  'sacamos a un nene del pool del hotel, estaba boca abajo no se cuanto rato, ahora esta tosiendo y respirando rapido y esta medio atontao',
  'tiramos a la nena fuera de la alberca boca abajo, no sabemos cuanto tiempo, tose mucho, respira rapidito, esta adormilada',
];

/** The same emergencies and others, told in other languages with denials beside them, which the product flags. */
const STILL_EMERGENCIES: readonly string[] = [
  ...CAUGHT_BY_THE_MODEL_ALONE,
  'la abuela de 90 hoy no despierta bien, abre los ojos y se duerme otra vez, no contesta con sentido, no tiene fiebre',
  "on a sorti mon fils de la piscine, il était sous l'eau je ne sais pas combien de temps, maintenant il tousse et respire vite, il est somnolent",
  'tiramos o menino da piscina, ficou debaixo da agua nao sei quanto tempo, agora tosse e respira rapido e esta meio tonto',
  'mon bebe de 5 semaines ne boit plus depuis hier il est tout mou pas de fievre',
  'meu pai caiu bateu a cabeca ta vomitando sem parar e muito sonolento nao tem sangue',
  'mia madre ha preso tutte le pastiglie del nonno, non risponde bene, non ha vomitato',
  'mein vater hat seit einer stunde starke brustschmerzen kein fieber schwitzt stark',
  'estoy embarazada de 8 meses sangro mucho no me duele',
  'Caiu, bateu a cabeça, desmaiou e vomitou várias vezes',
];

/**
 * A complaint told with the emergency's features denied, in the language's own grammar ("no me falta el aire, no sudo,
 * no se me va al brazo"): the rendering kept the finding's words beside the "no", and the model read the words.
 */
const DENIED_IN_THE_LANGUAGE: readonly string[] = [
  'che me agarro como una puntada en el pecho cuando respiro hondo, me pasa desde que me resfrie y toso, no me falta el aire, no sudo, no se me va al brazo, y si aprieto aca me duele. es muscular no?',
  'tengo una puntada en el costado cuando respiro hondo desde que tengo tos, no me falta el aire, no sudo, no me duele el brazo. sera muscular?',
  'me duele el pecho cuando toso desde hace 3 dias con el resfriado, no me falta el aire, no tengo fiebre, no sudo',
  'Mon fils de 10 ans a 38,5 et mal à la tête depuis hier soir avec un gros rhume. Mais il bouge le cou sans problème, pas de taches sur la peau, la lumière ne le gêne pas',
  'ma fille de 7 ans a 38 de fièvre et le nez qui coule, pas de taches sur la peau, elle bouge bien le cou, elle regarde la télé',
  'tengo ardor al orinar desde ayer y 38 de fiebre, no estoy confundida, no vomito, me duele un poco la espalda',
  'meu filho tem tosse e nariz escorrendo, não está com falta de ar, não tem febre alta, está brincando',
  "mon père tousse depuis une semaine, il n'est pas essoufflé, pas de douleur dans la poitrine, pas de fièvre",
  'mio figlio ha la tosse da tre giorni, non ha difficoltà a respirare, non ha febbre alta, gioca',
  // Left flagged by the product since session 39 (other-language-kinds-session-39-spanish-portuguese-negation.spec.ts).
  'bateu a cabeça no chão, não desmaiou, não vomitou',
  'Caiu e bateu a cabeça no chão, não desmaiou, não vomitou, está conversando normal',
  'mi hija se cayo del columpio y se pego en la cabeza, no perdio el conocimiento, no vomito, esta jugando',
];

describe('the wording model, session 58: a denial told in another language', () => {
  it.each(CAUGHT_BY_THE_MODEL_ALONE)('the rules miss it and the model alone adds it: %s', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(product.assess(text).wording).toBe('added');
  });

  it.each(STILL_EMERGENCIES)('an emergency: %s', (text) => {
    expect(product.assess(text).isEmergency).toBe(true);
  });

  it.each(DENIED_IN_THE_LANGUAGE)('no emergency: %s', (text) => {
    expect(product.assess(text).isEmergency).toBe(false);
  });
});

describe('withoutSetAsideClauses', () => {
  // A stand-in model: sure of an emergency while "short of breath" is in what it reads.
  const model = {
    assess: (text: string): WordingAssessment => ({
      probability: text.includes('short of breath') ? 0.9 : 0.1,
      strongestPhrases: [],
    }),
  } as unknown as EmergencyWordingModel;
  const sure: WordingAssessment = { probability: 0.9, strongestPhrases: [] };
  const setAside = (clause: string): boolean => {
    const { result, muted } = rules.readByRules(clause);
    return muted && !result.isEmergency;
  };

  it('reads the model again without a clause that holds a denial the rules set aside', () => {
    const read = withoutSetAsideClauses(model, 'cough since monday , no short of breath , no fever', sure, setAside);
    expect(read.probability).toBeLessThanOrEqual(WORDING_THRESHOLDS.flagAbove);
  });

  it('keeps a clause whose denial is the emergency, and one that holds no denial', () => {
    expect(withoutSetAsideClauses(model, 'short of breath , he is not breathing', sure, setAside)).toBe(sure);
    expect(withoutSetAsideClauses(model, 'is short of breath and', sure, setAside)).toBe(sure);
  });

  it('leaves a reading the model is not sure of as it is', () => {
    const unsure: WordingAssessment = { probability: 0.5, strongestPhrases: [] };
    expect(withoutSetAsideClauses(model, 'no short of breath', unsure, () => true)).toBe(unsure);
  });
});
