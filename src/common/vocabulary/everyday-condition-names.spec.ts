import { vocabularyExpansions } from './vocabulary-expansion.js';

// Probes written before EVERYDAY_CONDITION_NAMES: how people write to a health library about a
// condition they name in everyday words, and look-alikes that must not find it.
describe('EVERYDAY_CONDITION_NAMES', () => {
  it.each([
    ['constant ringing in both ears since the concert', 'tinnitus'],
    ['my ears keep ringing at night', 'tinnitus'],
    ['how do we stop bed sores on his heels', 'pressure sores'],
    ['she has a bedsore on her tailbone', 'pressure ulcers'],
    ['is pink eye contagious?', 'pinkeye'],
    ['they tested her for C. diff after the antibiotics', 'clostridium difficile'],
    ['the lab says cdiff positive', 'clostridium difficile'],
    ['our newborn looks yellow and the whites of his eyes too', 'jaundice'],
    ['the baby has to go under the bili lights', 'jaundice'],
    ['several cafe au lait spots on his back', 'neurofibromatosis'],
    ['coffee coloured spots on her tummy', 'cafe au lait spots'],
    ['I see cobwebs floating in my eye', 'floaters'],
    ['pain shoots down the back of my leg', 'sciatica'],
    ['our son has brittle bone disease, can he play football?', 'osteogenesis imperfecta'],
    ['what are the chances of a cot death?', 'sudden infant death syndrome'],
    ['my husband has trouble keeping erection since the surgery', 'erectile dysfunction'],
    ["he can't get an erection anymore", 'erectile dysfunction'],
    ['are erection problems normal after 60?', 'erectile dysfunction'],
  ])('reads "%s" as %s', (text, clinical) => {
    expect(vocabularyExpansions(text)).toContain(clinical);
  });

  it.each([
    ['the phone kept ringing all night', 'tinnitus'],
    ['an erection lasting 5 hours, is it dangerous?', 'erectile dysfunction'],
    ['he has no trouble keeping up at school', 'erectile dysfunction'],
    ['I changed the bed sheets and my sores are healing', 'pressure sores'],
    ['her pink dress and her eye make-up', 'pinkeye'],
    ['what is the diff between a cold and flu', 'clostridium difficile'],
    ['yellow mucus when I cough', 'jaundice'],
    ['coffee makes my stomach hurt', 'neurofibromatosis'],
    ['my leg hurts after running', 'sciatica'],
    ['I have brittle bones from steroids', 'osteogenesis imperfecta'],
  ])('does not read "%s" as %s', (text, clinical) => {
    expect(vocabularyExpansions(text)).not.toContain(clinical);
  });
});
