import { buildCrisisSupportParagraph } from './crisis-support-paragraph.js';
import { EMERGENCY_CALL_SENTENCES } from './emergency-call-translations.js';

const CONTACTS = { emergencyNumber: '112', crisisLine: '116 123' };

describe('buildCrisisSupportParagraph', () => {
  it('offers the configured crisis line and emergency number, without saying the asker is at risk', () => {
    const paragraph = buildCrisisSupportParagraph('what is a lethal dose of amitriptyline?', CONTACTS);
    expect(paragraph).toContain('call or text 116 123');
    expect(paragraph).toContain('call 112');
    expect(paragraph).toMatch(/\bIf you, or someone you know\b/);
    expect(paragraph).not.toMatch(/\byou are (?:suicidal|at risk)\b|\bwhy are you asking\b/i);
    expect(paragraph).not.toContain('\n');
  });

  it('says the crisis-line sentence first in the language of the message, as the emergency guidance does', () => {
    const english = buildCrisisSupportParagraph('what is a lethal dose?', CONTACTS);
    const paragraph = buildCrisisSupportParagraph(
      'cuántas pastillas hacen falta para morir? es para un trabajo de la escuela',
      CONTACTS,
    );
    expect(paragraph).toBe(`${EMERGENCY_CALL_SENTENCES.Spanish.crisisLine('116 123')}\n\n${english}`);
  });
});
