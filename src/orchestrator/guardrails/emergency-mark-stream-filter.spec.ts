import { EmergencyMarkStreamFilter } from './emergency-mark-stream-filter.js';
import { MODEL_EMERGENCY_MARK, readModelEmergencyMark } from './model-emergency-mark.js';

const GUIDANCE = '<call now>';

/** Streams `pieces` through a filter, the guidance standing where the mark completed. */
function stream(pieces: readonly string[]): { shown: string; deltas: string[]; flagged: boolean } {
  const deltas: string[] = [];
  const filter = new EmergencyMarkStreamFilter(
    (delta) => deltas.push(delta),
    () => deltas.push(GUIDANCE),
  );
  for (const piece of pieces) filter.push(piece);
  filter.flush();
  return { shown: deltas.join(''), deltas, flagged: filter.flagged };
}

const FLAGGED_ANSWER = `${MODEL_EMERGENCY_MARK}\nThose symptoms need an ambulance now.`;

describe('readModelEmergencyMark', () => {
  it('reads and removes the mark with the line break that ends it', () => {
    expect(readModelEmergencyMark(FLAGGED_ANSWER)).toEqual({
      flagged: true,
      text: 'Those symptoms need an ambulance now.',
    });
  });

  it.each(['[[emergency]]\nGo now.', '[[ EMERGENCY ]]\nGo now.', 'Please listen. [[EMERGENCY]] Go now.'])(
    'accepts %j',
    (answer) => {
      const reading = readModelEmergencyMark(answer);
      expect(reading.flagged).toBe(true);
      expect(reading.text).not.toMatch(/\[|\]|emergency/i);
    },
  );

  it.each([
    'If the pain spreads to your arm, go to the emergency department.',
    'This is not an emergency, but see your doctor this week.',
    'Emergency contraception works best within 72 hours.',
    '[EMERGENCY] is not the mark, nor is [[URGENT]].',
  ])('leaves an answer that merely mentions an emergency alone: %j', (answer) => {
    expect(readModelEmergencyMark(answer)).toEqual({ flagged: false, text: answer });
  });
});

describe('EmergencyMarkStreamFilter', () => {
  it('never lets a mark through, whichever two pieces the model cuts it into', () => {
    for (let cut = 0; cut <= FLAGGED_ANSWER.length; cut += 1) {
      const { shown, flagged } = stream([FLAGGED_ANSWER.slice(0, cut), FLAGGED_ANSWER.slice(cut)]);
      expect({ cut, shown, flagged }).toEqual({
        cut,
        shown: `${GUIDANCE}Those symptoms need an ambulance now.`,
        flagged: true,
      });
    }
  });

  it('never lets a mark through when every character is its own token', () => {
    const { deltas, flagged } = stream([...FLAGGED_ANSWER]);
    expect(flagged).toBe(true);
    expect(deltas[0]).toBe(GUIDANCE);
    expect(deltas.join('')).toBe(`${GUIDANCE}Those symptoms need an ambulance now.`);
  });

  it('streams an ordinary answer unchanged, holding back only what could still become a mark', () => {
    const answer = 'See [1] and [[notes]]: if it gets worse, go to the emergency department. [[';
    const { shown, flagged } = stream(answer.match(/\S*\s*/g)!);
    expect({ shown, flagged }).toEqual({ shown: answer, flagged: false });
  });

  it('runs onMark once, where the mark completed, however often the model repeats it', () => {
    const { deltas } = stream(['Listen. ', '[[EMER', 'GENCY]]', ' Call now. ', '[[EMERGENCY]]', '\nStay with him.']);
    expect(deltas).toEqual(['Listen. ', GUIDANCE, 'Call now. ', 'Stay with him.']);
  });
});
