/**
 * Medicines told by what they do to the body or how they are given, as patients remember them
 * ("the tb pill that turns your pee orange", "the antibiotic injection"), each with the medicines
 * it describes; one way only (a description adds its medicines, never the reverse). Written from
 * general pharmacology: rifamycins colour urine, tears and sweat orange-red; the aminoglycosides
 * and capreomycin are the TB drugs given by injection. Not "tb jab" or "tb shot": the BCG vaccine.
 * Part of LAY_UMBRELLA_TERMS.
 */
export const MEDICINE_DESCRIPTIONS: ReadonlyArray<{ lay: readonly string[]; clinical: readonly string[] }> = [
  {
    lay: [
      'orange pee',
      'orange wee',
      'orange urine',
      'orange tears',
      'orange sweat',
      'pee orange',
      'wee orange',
      'urine orange',
      'tears orange',
      'sweat orange',
      'lenses orange',
      'red pee',
      'red wee',
      'red urine',
      'pee red',
      'wee red',
      'urine red',
    ],
    clinical: ['rifampin', 'rifampicin', 'rifabutin'],
  },
  {
    // "parenteral medicine" is how the record question reads a medicine told by its injection
    // ("the tb drug that was a jab every day"; see record-question's MEDICINE_INJECTED).
    lay: ['parenteral medicine', 'injectable antibiotic', 'antibiotic injection', 'injectable tb drug'],
    clinical: ['streptomycin', 'amikacin', 'kanamycin', 'capreomycin'],
  },
];
