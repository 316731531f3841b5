/**
 * A question put for study, with its frame at the head of the sentence: "my first aid exam asks what to do for someone
 * who is choking", "for my nursing exam: signs of sepsis in adults?", "our homework question is how to treat a burn from
 * boiling water", "revision for my paramedic course - what are the signs of a stroke". The frame tells whose question it
 * is (a course, a test, a teacher), never anyone's state, so what follows it is read as the question alone: the general
 * question reading (`general-question.ts`) decides whether it tells anyone as ill, and a case told in it ("my exam is
 * tomorrow but I took 30 paracetamol an hour ago") stays a case. A bare "hypothetical" is no frame of study: it is the
 * commonest disguise of a real overdose or plan.
 */

/** What is studied for: a test, a course, a piece of work, whoever sets it. */
const STUDIED_FOR = String.raw`(?:(?:first\s+aid|nursing|medical|medicine|paramedic|pharmacy|biology|health|science|gcse|a\s+level|btec|lifeguard|care|cpr|hca|nvq|anatomy|psychology|school|college|uni|university|class|practice|mock|online|work)\s+){0,2}(?:exam|test|quiz|homework|assignment|coursework|essay|course|module|worksheet|textbook|lecturer|teacher|tutor|trainer|instructor|revision|osce|flashcards?|question\s+paper|training)`;

/**
 * The frame: "my first aid exam asks", "the textbook says", "our homework question is", "for my nursing exam:", "revising
 * for my paramedic exam -", "my tutor wants to know". Only whose question it is: nothing of anyone's state may stand in it.
 */
const STUDY_FRAME = new RegExp(
  String.raw`^(?:(?:so|ok|okay|hi|hello|hey|quick\s+question)[,:]?\s+)*(?:(?:(?:i\s+am\s+)?(?:revising|studying|preparing|practising|practicing)\s+)?for\s+(?:my|our|a|the)\s+${STUDIED_FOR}\s*(?:[:,-]|\bquestion\s*[:,-]?)\s*|(?:my|our|the|a)\s+${STUDIED_FOR}(?:\s+question)?\s+(?:asks?|asked|says?|wants\s+to\s+know|is\s+asking|question\s+is|is)\s*(?:[:,-]\s*|(?:us\s+|me\s+)?(?=what|how|which|when|why|where|who|whether|if)))`,
);

/**
 * A case told in the question after the frame: the writer or someone of their own, a time of now or lately, or a reason
 * told for asking ("a teacher asks how to use an auto-injector because a pupil's throat is closing up": a teacher is
 * also someone asking for a child in front of them, and a reason is a case, not a topic).
 */
const CASE_AFTER_THE_FRAME =
  /\b(?:i|me|my|mine|myself|we|our|us|now|right\s+now|currently|today|tonight|ago|already|just|because|cos|coz|cause|(?:has|have)\s+(?:just\s+|already\s+)?(?:taken|swallowed|drunk|been|gone|stopped|\w+ed))\b/;

/** The question after a study frame at the head of `sentence`, or null when there is no frame or the rest tells a case. */
export function questionAfterStudyFrame(sentence: string): string | null {
  const frame = STUDY_FRAME.exec(sentence);
  if (frame === null) return null;
  const question = sentence.slice(frame[0].length).trim();
  return question === '' || CASE_AFTER_THE_FRAME.test(question) ? null : question;
}
