import { EMERGENCY_CATEGORIES } from './emergency-categories.js';
import { EMERGENCY_CATEGORY_LABELS, buildEmergencyGuidance, emergencyCategoryLabel } from './emergency-guidance.js';

const contacts = { emergencyNumber: '911', crisisLine: '988' };
const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('buildEmergencyGuidance', () => {
  it('tells the patient to call the emergency number, then what to do', () => {
    const guidance = buildEmergencyGuidance(['cardiac_chest_pain'], contacts);
    expect(guidance).toMatch(/^This may be a medical emergency\. Please call 911/);
    expect(guidance).toContain('aspirin');
    expect(guidance).not.toContain('988');
  });

  it('says the call-to-action once for several categories, steps in order of urgency', () => {
    const guidance = buildEmergencyGuidance(['head_injury', 'severe_bleeding', 'cardiac_chest_pain'], contacts);
    expect(occurrences(guidance, 'Please call 911')).toBe(1);
    const chest = guidance.indexOf('Chest pain:');
    const bleeding = guidance.indexOf('Bleeding:');
    const head = guidance.indexOf('Head injury:');
    expect(chest).toBeGreaterThan(0);
    expect(chest).toBeLessThan(bleeding);
    expect(bleeding).toBeLessThan(head);
  });

  it('answers thoughts of suicide with compassion and the crisis line', () => {
    const guidance = buildEmergencyGuidance(['suicide_self_harm'], contacts);
    expect(guidance).toContain("I'm really sorry you're feeling this way");
    expect(guidance).toContain('call or text 988');
    expect(guidance).toContain('call 911');
    expect(guidance).not.toContain('This may be a medical emergency');
  });

  it('combines an overdose with suicidal thoughts without a second call-to-action', () => {
    const guidance = buildEmergencyGuidance(['suicide_self_harm', 'poisoning_overdose'], contacts);
    expect(occurrences(guidance, '911')).toBe(1);
    expect(guidance).toContain('988');
    expect(guidance).toContain('Poisoning or overdose:');
    expect(guidance.indexOf('Poisoning or overdose:')).toBeLessThan(guidance.indexOf('988'));
  });

  it('uses the configured numbers', () => {
    const guidance = buildEmergencyGuidance(['seizure', 'suicide_self_harm'], {
      emergencyNumber: '112',
      crisisLine: '116 123',
    });
    expect(guidance).toContain('call 112');
    expect(guidance).toContain('116 123');
    expect(guidance).not.toMatch(/911|988/);
  });

  it('has first steps for every category and ignores repeats', () => {
    for (const category of EMERGENCY_CATEGORIES) {
      const guidance = buildEmergencyGuidance([category, category], contacts);
      expect(guidance.length).toBeGreaterThan(100);
      expect(occurrences(guidance, '\n- ')).toBe(category === 'suicide_self_harm' ? 0 : 1);
    }
  });

  it('still gives the call-to-action when no category is passed', () => {
    expect(buildEmergencyGuidance([], contacts)).toContain('Please call 911');
  });
});

describe('emergency category labels', () => {
  it('has a plain-words label for every category', () => {
    for (const category of EMERGENCY_CATEGORIES) {
      expect(emergencyCategoryLabel(category)).toBe(EMERGENCY_CATEGORY_LABELS[category]);
      expect(emergencyCategoryLabel(category)).toMatch(/^[a-z]/);
    }
    expect(emergencyCategoryLabel('cardiac_chest_pain')).toBe('chest pain (possible heart attack)');
  });
});
