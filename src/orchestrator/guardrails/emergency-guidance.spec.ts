import { EMERGENCY_CATEGORIES } from './emergency-categories.js';
import { EMERGENCY_CALL_SENTENCES } from './emergency-call-translations.js';
import {
  EMERGENCY_CATEGORY_LABELS,
  buildEmergencyGuidance,
  buildEmergencyGuidanceFor,
  emergencyCategoryLabel,
} from './emergency-guidance.js';

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

describe('buildEmergencyGuidanceFor (the guidance in the language of the message)', () => {
  const SPANISH = 'mi hijo no puede respirar y tiene los labios morados';
  const spanish = EMERGENCY_CALL_SENTENCES.Spanish;

  it('gives a message in English the English guidance byte for byte, for every category', () => {
    const english = [
      'I have crushing chest pain spreading to my left arm and I cannot breathe.',
      'my baby is floppy and wont wake up',
      'I took all my pills and I want to die',
      'I live in Los Angeles and have crushing chest pain',
    ];
    for (const message of english) {
      for (const category of [...EMERGENCY_CATEGORIES, null]) {
        const categories = category === null ? [] : [category];
        expect(buildEmergencyGuidanceFor(message, categories, contacts)).toBe(
          buildEmergencyGuidance(categories, contacts),
        );
      }
    }
  });

  it('opens with the call-now sentence in Spanish, then the whole English guidance unchanged', () => {
    const english = buildEmergencyGuidance(['breathing_difficulty'], contacts);
    expect(buildEmergencyGuidanceFor(SPANISH, ['breathing_difficulty'], contacts)).toBe(
      `${spanish.callNow('911')}\n\n${english}`,
    );
  });

  it('opens an uncategorised emergency (the model marked it) with the call-now sentence too', () => {
    expect(buildEmergencyGuidanceFor(SPANISH, [], contacts)).toBe(
      `${spanish.callNow('911')}\n\n${buildEmergencyGuidance([], contacts)}`,
    );
  });

  it('gives thoughts of suicide the crisis line in the language, and no call-now sentence the English does not give', () => {
    const guidance = buildEmergencyGuidanceFor('ya no quiero vivir, quiero morirme', ['suicide_self_harm'], contacts);
    expect(guidance).toBe(`${spanish.crisisLine('988')}\n\n${buildEmergencyGuidance(['suicide_self_harm'], contacts)}`);
  });

  it('gives an overdose with thoughts of suicide both sentences, the call first', () => {
    const categories = ['suicide_self_harm', 'poisoning_overdose'] as const;
    const guidance = buildEmergencyGuidanceFor('me tomé todas las pastillas, quiero morirme', categories, contacts);
    expect(guidance).toBe(
      [spanish.callNow('911'), spanish.crisisLine('988'), buildEmergencyGuidance(categories, contacts)].join('\n\n'),
    );
  });

  it('answers every language it has sentences for in that language, with the configured numbers', () => {
    const local = { emergencyNumber: '112', crisisLine: '116 123' };
    const messages = {
      Portuguese: 'meu filho não consegue respirar e está com os lábios roxos',
      French: 'mon fils ne peut plus respirer, ses lèvres sont bleues',
      German: 'mein Sohn bekommt keine Luft und hat blaue Lippen',
      Italian: 'mio figlio non riesce a respirare e ha le labbra blu',
      Chinese: '我儿子喘不上气，嘴唇发紫',
      Arabic: 'ابني لا يستطيع التنفس وشفتاه زرقاء',
      Hindi: 'मेरा बेटा साँस नहीं ले पा रहा है',
      Vietnamese: 'con tôi không thở được, môi tím tái',
      Tagalog: 'hindi makahinga ang anak ko at nangingitim ang labi',
      Russian: 'мой сын не может дышать, губы синие',
    } as const;
    for (const [language, message] of Object.entries(messages)) {
      const guidance = buildEmergencyGuidanceFor(message, ['breathing_difficulty'], local);
      const sentence = EMERGENCY_CALL_SENTENCES[language as keyof typeof messages].callNow('112');
      expect(guidance.startsWith(`${sentence}\n\n`)).toBe(true);
      expect(guidance.endsWith(buildEmergencyGuidance(['breathing_difficulty'], local))).toBe(true);
    }
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
