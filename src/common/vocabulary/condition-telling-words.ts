import { eachPossessive } from './possessive-terms.js';

/**
 * Words that tell a knowledge question's subject though the message never names it the way the
 * NIH answers do: the short form or street name it goes by ("hep C", "meth", "farmer's lung") and
 * signs told in everyday words that point to one condition (or one family) whatever else is told
 * ("hearing voices", a rash like a target, craving salt). One way, to MedQuAD's focus names.
 * Knowledge questions only (knowledgeSignExpansions): the records already read "hep b" as a
 * vaccine (vaccine-terms.ts), and a child who "felt like a furnace" has a fever, no fumes.
 */
export const CONDITION_TELLING_WORDS: ReadonlyArray<{ lay: readonly string[]; clinical: readonly string[] }> = [
  // Hepatitis by the short form its letter follows ("hep C"); alone, "hep" is too many words'
  // start to correct (it found chorea). The index reads no letter "a" as a term, so "hep A" finds
  // hepatitis in general.
  { lay: ['hep a', 'hepa'], clinical: ['hepatitis a'] },
  { lay: ['hep b', 'hepb'], clinical: ['hepatitis b'] },
  { lay: ['hep c', 'hepc'], clinical: ['hepatitis c'] },
  // A street drug by the name it is sold and talked about under.
  { lay: ['meth', 'crystal meth', 'crystal methamphetamine'], clinical: ['methamphetamine'] },
  {
    // A lung disease named after the work or hobby whose dust brings it on.
    lay: [
      "farmer's lung",
      "bird fancier's lung",
      "bird keeper's lung",
      "bird breeder's lung",
      "pigeon breeder's lung",
      "pigeon fancier's lung",
      'hot tub lung',
    ],
    clinical: ['hypersensitivity pneumonitis'],
  },
  // Signs told in everyday words that point to one condition (or one family) whatever else is
  // told, where the words alone find another subject ("voices" finds voice disorders, "salt" a
  // diet, "fat" obesity): the rash like a target of Lyme disease, the craving for salt of failing
  // adrenal glands, an adult's hands and feet still growing, a girl starving herself.
  {
    // The sudden dread of dying that a panic attack is told by, however the body's alarm is told.
    lay: [
      "feel like i'm dying",
      'feel like i am dying',
      "feel like i'm going to die",
      'feel like i am going to die',
      'felt like i was dying',
      'felt like i was going to die',
      'thought i was dying',
      'sense of doom',
      'feeling of doom',
    ],
    clinical: ['panic disorder', 'panic attacks'],
  },
  {
    lay: eachPossessive('hearing voices', 'hears voices', 'hear voices', 'heard voices', 'voices in {whose} head'),
    clinical: ['schizophrenia', 'psychosis'],
  },
  {
    lay: [
      "bull's eye rash",
      'bullseye rash',
      'bulls eye',
      'bullseye',
      'target rash',
      'like a target',
      'looks like a target',
      'shaped like a target',
    ],
    clinical: ['lyme disease'],
  },
  {
    lay: ['crave salt', 'craves salt', 'craving salt', 'salt craving', 'salt cravings', 'crave salty', 'craving salty'],
    clinical: ['adrenal insufficiency', 'addison disease'],
  },
  {
    lay: eachPossessive(
      'shoe size went up',
      'shoe size keeps going up',
      'shoe size has gone up',
      'shoe size increased',
      '{whose} hands are getting bigger',
      '{whose} hands getting bigger',
      '{whose} hands growing',
      '{whose} hands are growing',
      'hands growing',
      '{whose} jaw is getting bigger',
      '{whose} jaw looks bigger',
      "{whose} ring doesn't fit",
      "{whose} wedding ring doesn't fit",
    ),
    clinical: ['acromegaly'],
  },
  {
    lay: [
      'starving herself',
      'starving himself',
      'starving myself',
      'thinks she is fat',
      'thinks he is fat',
      'says she is fat',
      'says he is fat',
      'thinks she is too fat',
      'makes herself throw up',
      'makes himself throw up',
      'making herself throw up',
      'making herself sick',
      'makes herself sick',
      'throws up after she eats',
      'throws up after meals',
      'skips meals',
      'skipping meals',
    ],
    clinical: ['eating disorders', 'anorexia nervosa'],
  },
  {
    // Fumes from burning fuel indoors: the household sickened together is carbon monoxide's sign.
    lay: [
      'gas furnace',
      'old furnace',
      'furnace fumes',
      'fumes from the furnace',
      'space heater',
      'gas heater',
      'kerosene heater',
      'generator in the garage',
      'co detector',
      'co alarm',
      'carbon monoxide detector',
      'carbon monoxide alarm',
    ],
    clinical: ['carbon monoxide poisoning'],
  },
  {
    // The stream of an enlarged prostate, told by a man or of him.
    lay: [
      'weak stream',
      'weak urine stream',
      'weak urinary stream',
      'slow stream',
      'stream is weak',
      'stream is slow',
      'dribbling after',
      'dribbles after',
    ],
    clinical: ['enlarged prostate', 'benign prostatic hyperplasia'],
  },
];
