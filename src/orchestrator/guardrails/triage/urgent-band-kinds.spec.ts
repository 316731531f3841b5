import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * Kinds of false alarm in the urgent-but-not-emergency band (development-10 and -11), and kinds
 * a reviewer found missed, each told in words no labelled set uses, beside emergencies in the
 * same frame: a reading that makes a finding ordinary reaches only the finding it is about.
 */
describe('EmergencyTriage: urgent-band kinds', () => {
  describe('an ordinary reading told a sentence on, or overtaken by "but now" (NICE NG25: regular tightenings before 37 weeks)', () => {
    it.each([
      "33 weeks with my second, I've had a few tightenings since tea time. They're painless and come and go, nothing regular. Normal?",
      'Every time I have a curry I get this burning behind my breastbone. It goes away with a Gaviscon. Should I mention it to the GP?',
      "32 weeks and I've had tightenings on and off today. They come and go and aren't regular, baby moving lots.",
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      'I am 29 weeks and thought these were Braxton Hicks but now they are every four minutes and I have to stop and breathe through them',
      '30 weeks pregnant, irregular tightenings this morning, but now they come every 5 minutes and really hurt',
      "I'm 34 weeks. They were irregular earlier. Now they're every 3 minutes and there's pressure down below",
      "35 weeks, practice contractions all week and now there's blood and the pain is constant",
      // A next sentence that tells an earlier state, a comparison or a guess is no description now (review V6).
      "I'm 31 weeks and the tightenings come every 4 minutes and hurt. They are like the Braxton Hicks I had before.",
      '32 weeks, contractions every five minutes, really painful. They were painless this morning.',
      'My partner is 30 weeks and having contractions every three minutes. They felt like practice ones at first.',
      'Crushing central chest pain for 40 minutes, sweating and sick. It is probably my reflux.',
      'My 7 week old keeps stopping breathing for 20 seconds at a time and turning grey. It is probably periodic breathing, the book said.',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('a fever a MenB jab is expected to bring in a baby (NHS) against a baby under 3 months with a fever', () => {
    it.each([
      "Our 9-week-old had her jabs this afternoon including MenB, now she's 38.2 and a bit unsettled but feeding fine. We've given the paracetamol they told us to.",
      '8 week jabs today with the MenB one, he has a temperature of 38 tonight and is cranky. Is that expected?',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      'My 10-week-old has a temperature of 38.6 after her jabs today, she did not have MenB this time',
      'Our baby is 7 weeks old and has a temperature of 38.3, no jabs yet',
      'baby is 9 weeks, had his jabs including MenB yesterday, temp 39.4 and he is floppy and not feeding',
      "9 week old had MenB this morning, 38.4 now and there's a rash that doesn't fade under a glass",
      // Another child's jab, or one days back, leaves a young baby's fever a fever (review V6).
      'My 6 week old has a temperature of 38.2. Her brother had his MenB at the clinic this morning.',
      'my 8 week old had his jabs including MenB last Tuesday and now his temperature is 38.5',
      'baby is 11 weeks, had MenB at 8 weeks, now has a temperature of 38.4 today',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('a word that names something else beside blood: a cut "dribbling blood" is a bleed, not drooling', () => {
    it.each(['nicked my chin shaving and it keeps dribbling blood, any tricks to stop it?'])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      "my son's throat is so sore he is dribbling and can't swallow his spit, sitting forward to breathe",
      'cut my wrist on glass and it is dribbling blood, now spurting and will not stop with pressure',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('an extra dose of an opioid substitute (TOXBASE: methadone and buprenorphine harm at a single extra dose)', () => {
    it.each([
      'I accidentally took a double dose of methadone this morning, feel ok so far',
      'my brother is on methadone and had his dose twice today by mistake',
      'picked up my buprenorphine and took it twice, forgot I already had',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each(['took two cetirizine instead of one by mistake, feel fine, anything to do?'])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('a report run on after a question about anyone (review: "what should I do if someone collapses" and a report)', () => {
    it.each([
      "What should I do if someone collapses my neighbour just fell down and isn't breathing",
      'how do I help if someone is choking my son has a grape stuck and he is going blue',
      'what do you do if a person has a fit my wife has been fitting for ten minutes',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'What should I do if someone collapses at the school fete, I run the first aid tent',
      'what do you do if a person has a fit, I am doing a first aid course and my teacher asked us',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });
});
