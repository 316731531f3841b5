/**
 * Medicines told by the ending their names share, as people remember a family of drugs without
 * the name of the one they had ("the mycin antibiotics", "one of those -cillin ones", "a pril for
 * blood pressure"), each with the medicines of that ending; one way only (an ending adds its
 * medicines, never the reverse). The records name the medicine itself ("TUBERCULOSIS TREATMENT
 * STARTED: Streptomycin"), which no search term matches by its ending. Written from the
 * generic-name stems of general pharmacology. Part of LAY_UMBRELLA_TERMS.
 */
export const MEDICINE_NAME_ENDINGS: ReadonlyArray<{ lay: readonly string[]; clinical: readonly string[] }> = [
  {
    lay: ['mycin', 'mycin antibiotic', 'mycin drug', 'micin'],
    clinical: [
      'streptomycin',
      'azithromycin',
      'clarithromycin',
      'erythromycin',
      'clindamycin',
      'vancomycin',
      'neomycin',
      'tobramycin',
      'kanamycin',
      'capreomycin',
      'gentamicin',
    ],
  },
  {
    lay: ['cillin', 'cillin antibiotic'],
    clinical: ['penicillin', 'amoxicillin', 'ampicillin', 'flucloxacillin', 'dicloxacillin', 'piperacillin'],
  },
  {
    lay: ['floxacin', 'floxacin antibiotic'],
    clinical: ['ciprofloxacin', 'levofloxacin', 'moxifloxacin', 'ofloxacin'],
  },
  {
    lay: ['pril'],
    clinical: ['lisinopril', 'ramipril', 'enalapril', 'captopril', 'perindopril'],
  },
  {
    lay: ['sartan'],
    clinical: ['losartan', 'valsartan', 'candesartan', 'irbesartan', 'olmesartan'],
  },
  {
    lay: ['olol'],
    clinical: ['metoprolol', 'atenolol', 'propranolol', 'bisoprolol', 'carvedilol'],
  },
  {
    lay: ['prazole'],
    clinical: ['omeprazole', 'esomeprazole', 'lansoprazole', 'pantoprazole', 'rabeprazole'],
  },
];
