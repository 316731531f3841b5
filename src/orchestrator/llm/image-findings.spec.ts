import { parseImageFindings, UNREADABLE_OUTPUT } from './image-findings.js';

describe('parseImageFindings', () => {
  it('keeps well-formed findings', () => {
    const findings = parseImageFindings(
      JSON.stringify({
        image_quality: 'good',
        findings: ['A round red patch about 2 cm wide on the forearm'],
        possible_conditions: [{ name: 'Ringworm (tinea corporis)', confidence: 0.55 }],
        confidence: 0.6,
        limitations: '',
      }),
    );
    expect(findings).toEqual({
      image_quality: 'good',
      findings: ['A round red patch about 2 cm wide on the forearm'],
      possible_conditions: [{ name: 'Ringworm (tinea corporis)', confidence: 0.55 }],
      confidence: 0.6,
      limitations: '',
    });
  });

  it('clamps confidences, drops malformed items and bounds lengths and counts', () => {
    const findings = parseImageFindings(
      JSON.stringify({
        image_quality: 'fair',
        findings: ['ok', 7, '  ', 'x'.repeat(1000), 'a', 'b', 'c', 'd', 'e', 'f', 'g'],
        possible_conditions: [
          { name: 'Eczema', confidence: 3 },
          { name: '', confidence: 0.2 },
          { confidence: 0.4 },
          'rash',
          { name: 'Psoriasis', confidence: -1 },
        ],
        confidence: 'high',
      }),
    );
    expect(findings.findings).toHaveLength(8);
    expect(findings.findings[1]).toHaveLength(300);
    expect(findings.possible_conditions).toEqual([
      { name: 'Eczema', confidence: 1 },
      { name: 'Psoriasis', confidence: 0 },
    ]);
    expect(findings.confidence).toBe(0);
    expect(findings.limitations).toBe('');
  });

  it.each([
    ['not JSON', 'The image shows a rash.'],
    ['an array', '[]'],
    ['an unknown quality', JSON.stringify({ image_quality: 'great', findings: [] })],
    ['findings that are not a list', JSON.stringify({ image_quality: 'good', findings: 'a rash' })],
  ])('treats %s as an unusable result', (_label, output) => {
    expect(parseImageFindings(output)).toEqual({
      image_quality: 'unusable',
      findings: [],
      possible_conditions: [],
      confidence: 0,
      limitations: UNREADABLE_OUTPUT,
    });
  });
});
