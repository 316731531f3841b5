import { mapFhirBundle, type MappedFhirBundle } from './fhir-bundle-mapper.js';
import { loadSyntheaFixture, syntheaFixtureNames } from './testing/synthea-fixtures.js';

// The resource types that have a record mapper; everything else in a bundle must be skipped.
const MAPPED_TYPES = [
  'AllergyIntolerance',
  'CarePlan',
  'Condition',
  'DiagnosticReport',
  'DocumentReference',
  'Encounter',
  'Immunization',
  'MedicationRequest',
  'MedicationStatement',
  'Observation',
  'Procedure',
];

interface RawBundle {
  type: string;
  entry: Array<{ resource: { resourceType: string; id: string; [field: string]: unknown } }>;
}

/** Resource counts read straight from the raw JSON, independently of the mapper. */
function rawCounts(bundle: RawBundle): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { resource } of bundle.entry)
    counts.set(resource.resourceType, (counts.get(resource.resourceType) ?? 0) + 1);
  return counts;
}

function recordCounts(mapped: MappedFhirBundle): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of mapped.records) counts.set(record.resource_type, (counts.get(record.resource_type) ?? 0) + 1);
  return counts;
}

function recordFor(mapped: MappedFhirBundle, sourceId: string) {
  const record = mapped.records.find((candidate) => candidate.source_id === sourceId);
  if (record === undefined) throw new Error(`no record with source_id ${sourceId}`);
  return record;
}

const fixtureNames = syntheaFixtureNames();

describe('mapFhirBundle on the Synthea fixtures', () => {
  it('finds the thirteen fixtures', () => {
    expect(fixtureNames).toHaveLength(13);
  });

  describe.each(fixtureNames)('%s', (fileName) => {
    const raw = loadSyntheaFixture(fileName) as RawBundle;
    const mapped = mapFhirBundle(loadSyntheaFixture(fileName));
    const counts = rawCounts(raw);

    it('derives the patient id of the file name', () => {
      expect(mapped.patient.patient_id).toBe(fileName.replace(/\.json$/, ''));
    });

    it('makes one record per resource of every mapped type', () => {
      const expected = new Map(MAPPED_TYPES.filter((type) => counts.has(type)).map((type) => [type, counts.get(type)]));
      expect(recordCounts(mapped)).toEqual(expected);
    });

    it('skips and counts every other resource except the Patient', () => {
      const expected = Object.fromEntries(
        [...counts].filter(([type]) => type !== 'Patient' && !MAPPED_TYPES.includes(type)),
      );
      expect(mapped.skipped.by_type).toEqual(expected);
      expect(mapped.records.length + mapped.skipped.total + 1).toBe(raw.entry.length);
    });

    it('keys every record on its resource id and dates it YYYY-MM-DD', () => {
      const ids = new Set(raw.entry.map(({ resource }) => resource.id));
      for (const record of mapped.records) {
        expect(ids.has(record.source_id)).toBe(true);
        expect(record.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(record.text.startsWith(`${record.date} — `)).toBe(true);
      }
    });

    it('keeps codes out of the narrative', () => {
      for (const record of mapped.records) {
        // Short codes (CVX "10") can legitimately occur inside a measured value.
        for (const { code } of record.codes.filter(({ code }) => code.length >= 5)) {
          expect(record.text).not.toContain(code);
        }
      }
    });

    it('gives the same output when mapped twice', () => {
      expect(mapFhirBundle(loadSyntheaFixture(fileName))).toEqual(mapped);
    });
  });
});

describe('narratives of real entries', () => {
  const pablo = mapFhirBundle(loadSyntheaFixture('Pablo44_Sporer811_'));
  const bibi = mapFhirBundle(loadSyntheaFixture('Bibi254_Schowalter414_'));
  const dudley = mapFhirBundle(loadSyntheaFixture('Dudley365_Swaniawski813_'));
  const meredith = mapFhirBundle(loadSyntheaFixture('Meredith572_Leffler128_'));

  it('describes the account', () => {
    expect(pablo.patient).toEqual({
      patient_id: 'Pablo44_Sporer811_ea2dd5fa-0e9e-4d5b-6384-13f67dc0c142',
      display_name: 'Pablo Sporer',
      birth_date: '2015-10-20',
      gender: 'male',
    });
  });

  it('dates a COVID-19 symptom by onset and tells when it resolved', () => {
    expect(recordFor(pablo, 'a2989da7-0026-3432-5c6a-be948018e4f1')).toEqual({
      resource_type: 'Condition',
      date: '2020-03-07',
      codes: [{ system: 'http://snomed.info/sct', code: '25064002', display: 'Headache (finding)' }],
      source_id: 'a2989da7-0026-3432-5c6a-be948018e4f1',
      text: '2020-03-07 — Condition: Headache (finding), onset 2020-03-07, resolved 2020-03-30',
    });
    expect(recordFor(pablo, '3a0cc479-7fba-c654-afaf-6f0ff9610c75').text).toBe(
      '2020-03-07 — Condition: COVID-19, onset 2020-03-07, resolved 2020-03-30',
    );
  });

  it('keeps the local calendar day of an evening onset (2020-03-06T20:20:23-08:00)', () => {
    const cough = recordFor(bibi, '832563a1-14a3-e2a0-537c-78a351f9070a');
    expect(cough.date).toBe('2020-03-06');
    expect(cough.text).toBe('2020-03-06 — Condition: Cough (finding), onset 2020-03-06, resolved 2020-03-20');
  });

  it("gives an adult's weight with its unit", () => {
    expect(recordFor(dudley, '43e30932-00fe-bae2-41fd-4f70a5a9d881')).toMatchObject({
      resource_type: 'Observation',
      date: '2016-03-12',
      text: '2016-03-12 — Observation: Weight 66.409 kg',
    });
    expect(recordFor(pablo, 'd26effc6-966f-6c42-57a2-dbbc5e8641fb').text).toBe(
      '2020-03-07 — Observation: Body Weight 16.1 kg',
    );
  });

  it('lists the components of a blood pressure', () => {
    expect(recordFor(pablo, '0fce71eb-0794-2277-915d-f3a90dc57ce9')).toMatchObject({
      text: '2020-03-07 — Observation: Blood Pressure: Diastolic 87 mm[Hg], Systolic 111 mm[Hg]',
      codes: [
        { system: 'http://loinc.org', code: '85354-9', display: 'Blood Pressure' },
        { system: 'http://loinc.org', code: '8462-4', display: 'Diastolic Blood Pressure' },
        { system: 'http://loinc.org', code: '8480-6', display: 'Systolic Blood Pressure' },
      ],
    });
  });

  it('gives a coded lab result', () => {
    expect(recordFor(pablo, '13cd87e3-6213-3e16-9c7d-51632ba77605').text).toBe(
      '2020-03-07 — Observation: SARS-CoV-2 RNA Pnl Resp NAA+probe: Detected (qualifier value)',
    );
  });

  it('names a vaccine', () => {
    expect(recordFor(bibi, 'fa802f96-8be1-a532-f279-474dc66618a6')).toEqual({
      resource_type: 'Immunization',
      date: '2011-04-06',
      codes: [
        {
          system: 'http://hl7.org/fhir/sid/cvx',
          code: '140',
          display: 'Influenza, seasonal, injectable, preservative free',
        },
      ],
      source_id: 'fa802f96-8be1-a532-f279-474dc66618a6',
      text: '2011-04-06 — Immunization: Influenza, seasonal, injectable, preservative free',
    });
  });

  it('resolves urn:uuid results of a diagnostic report to their values', () => {
    expect(recordFor(pablo, '5dcd92f1-d803-71b6-f133-a886f692f82e').text).toBe(
      '2020-03-07 — Diagnostic report: SARS-CoV-2 RNA Pnl Resp NAA+probe, ' +
        'results SARS-CoV-2 RNA Pnl Resp NAA+probe: Detected (qualifier value)',
    );
    const panel = pablo.records.find(
      (record) => record.resource_type === 'DiagnosticReport' && record.text.includes('Respiratory pathogens'),
    );
    expect(panel?.text).toMatch(/results Influenza virus A RNA .*: Negative \(qualifier value\); .*; and 4 more$/);
  });

  it('gives the reason of a procedure, the activities of a care plan and the type of a visit', () => {
    expect(recordFor(pablo, 'e3d474ad-dca4-a9b6-ceb2-c68a9fa31bb5').text).toBe(
      '2020-03-07 — Procedure: Face mask (physical object), reason Suspected COVID-19',
    );
    expect(recordFor(pablo, '13cc8134-4324-d639-9ddd-bd6364d99f54').text).toBe(
      '2020-03-07 — Care plan: Infectious disease care plan (record artifact), for COVID-19, ' +
        'activities Airborne precautions (procedure) and Isolation of infected patient (procedure), until 2020-03-30',
    );
    expect(recordFor(pablo, 'd26a1ece-f3b6-4786-f71d-af1e68600c4e').text).toBe(
      '2020-03-07 — Encounter: Encounter for symptom (procedure)',
    );
  });

  it('gives an adult tuberculosis diagnosis as active', () => {
    expect(recordFor(dudley, '7e06af6b-2fb7-ca0c-cc2c-68705e5083b2').text).toBe(
      '2017-05-04 — Condition: Tuberculosis, onset 2017-05-04, active',
    );
  });

  it('decodes a clinical note: the whole text in note_text, an excerpt in the narrative', () => {
    const note = recordFor(meredith, '729e452f-3cf1-392e-be9b-3c34652380d2');
    expect(note.resource_type).toBe('DocumentReference');
    expect(note.date).toBe('1973-06-21');
    expect(note.note_text).toBe(
      [
        '1973-06-21',
        '',
        '# Chief Complaint',
        'No complaints.',
        '',
        '# History of Present Illness',
        'Meredith572',
        ' is a newborn non-hispanic white female.',
        '',
        '# Social History',
        ' Patient has never smoked and is an alcoholic.',
        '',
        '',
        'Patient comes from a middle socioeconomic background.',
        '',
        'Patient currently has unknown insurance coverage.',
        '',
        '# Allergies',
        'No Known Allergies.',
        '',
        '# Medications',
        'No Active Medications.',
        '',
        '# Assessment and Plan',
        '',
        '',
        '## Plan',
      ].join('\n'),
    );
    expect(note.text).toBe(
      '1973-06-21 — Clinical note: History and physical note. 1973-06-21 Chief Complaint: No complaints. ' +
        'History of Present Illness: Meredith572 is a newborn non-hispanic white female. ' +
        'Social History: Patient has never smoked and is an alcoholic. ' +
        'Patient comes from a middle socioeconomic background. Patient currently has unknown insurance coverage. ' +
        'Allergies: No Known Allergies. Medications: No Active Medications.',
    );
  });

  it('skips billing and provenance in an adult transaction bundle', () => {
    expect(dudley.skipped).toEqual({
      total: 93,
      by_type: { Claim: 46, ExplanationOfBenefit: 46, Provenance: 1 },
    });
  });
});
