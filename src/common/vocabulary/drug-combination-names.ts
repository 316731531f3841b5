/**
 * Names that stand for several medicines at once, each with the medicines it stands for, one way
 * only (a name adds its medicines, a medicine never adds the name, nor its fellows): combination
 * tablets by brand ("Combivir" is lamivudine and zidovudine), a regimen by its drugs' letters
 * ("RIPE", "HRZE") and a class of drugs by its name or abbreviation ("protease inhibitor",
 * "NNRTI"). The records name the medicines themselves ("Lamivudine / zidovudine", "Rifampicin
 * isoniazid pyrazinamide and ethambutol"), and so do the NIH answers. Written from general
 * pharmacology (the WHO and NIH names of the HIV and TB drugs and their fixed-dose combinations),
 * not from any question set. Part of LAY_UMBRELLA_TERMS.
 */
export const DRUG_COMBINATION_NAMES: ReadonlyArray<{ lay: readonly string[]; clinical: readonly string[] }> = [
  // Fixed-dose combination tablets by brand.
  { lay: ['combivir'], clinical: ['lamivudine', 'zidovudine'] },
  { lay: ['trizivir'], clinical: ['abacavir', 'lamivudine', 'zidovudine'] },
  { lay: ['epzicom', 'kivexa'], clinical: ['abacavir', 'lamivudine'] },
  { lay: ['kaletra', 'aluvia'], clinical: ['lopinavir', 'ritonavir'] },
  { lay: ['truvada', 'descovy'], clinical: ['emtricitabine', 'tenofovir'] },
  { lay: ['atripla'], clinical: ['efavirenz', 'emtricitabine', 'tenofovir'] },
  { lay: ['triomune'], clinical: ['lamivudine', 'nevirapine', 'stavudine'] },
  { lay: ['rifamate', 'rifinah'], clinical: ['isoniazid', 'rifampin'] },
  { lay: ['rifater'], clinical: ['isoniazid', 'pyrazinamide', 'rifampin'] },
  // The standard four-drug TB regimen by its drugs' letters, in either order, and as its
  // fixed-dose tablet is known to those who take it (WHO's "4-FDC": "the four-in-one TB pill").
  {
    lay: ['ripe', 'rhze', 'four in one tb', '4 in 1 tb', 'four drug tb', '4 drug tb', '4fdc'],
    clinical: ['hrze', 'rifampicin', 'isoniazid', 'pyrazinamide', 'ethambutol'],
  },
  // The HIV drug classes, by name and abbreviation.
  {
    lay: ['protease inhibitor', 'protease inhibitors', 'hiv protease inhibitor'],
    clinical: ['lopinavir', 'ritonavir', 'atazanavir', 'darunavir'],
  },
  {
    // Not "nucleoside" alone: it is in "non-nucleoside".
    lay: ['nrti', 'nrtis', 'nucleoside analogue', 'nucleoside analog', 'nukes'],
    clinical: ['zidovudine', 'lamivudine', 'abacavir', 'tenofovir', 'emtricitabine', 'stavudine', 'didanosine'],
  },
  {
    lay: ['nnrti', 'nnrtis', 'non nucleoside'],
    clinical: ['efavirenz', 'nevirapine', 'rilpivirine', 'etravirine'],
  },
  {
    lay: ['integrase inhibitor', 'integrase inhibitors', 'insti', 'instis'],
    clinical: ['dolutegravir', 'raltegravir', 'bictegravir'],
  },
];
