/**
 * The writer answering the assistant's own question: "you asked if I have chest pain: no", "to your question about
 * breathing - no, not at all". What is echoed is the assistant's question, not a finding; answered no, it tells
 * nothing, and the answer stays to be read ("no, but I can't breathe" still tells the breathing). Answered yes
 * ("you asked about chest pain, yes I have it now"), the echo is left as written.
 */
const ECHO_OPENING = String.raw`(?:(?:you|the\s+(?:bot|assistant|app|chat(?:bot)?))\s+(?:just\s+)?(?:asked|ask|were\s+asking|wanted\s+to\s+know)\s+(?:me\s+)?|(?:to\s+|in\s+answer\s+to\s+|answering\s+)(?:your|the)\s+question\s+)(?:if|whether|about)\b`;
/** The echoed question runs to its first mark of punctuation (a dash set off by spaces included). */
const ECHOED = String.raw`(?:(?!\s[-\u2013\u2014]\s)[^.?!:;,\u2013\u2014])*`;
const DENIED = String.raw`\s*(?:[.?!:;,\u2013\u2014]|\s[-\u2013\u2014])?\s*(?:no|nope|nah|none|not\s+at\s+all|never|i\s+(?:do|have|am|did)\s+not|(?:he|she|they)\s+(?:does|has|is|did|do|have|are)\s+not)\b`;

const DENIED_ECHO = new RegExp(String.raw`\b${ECHO_OPENING}${ECHOED}(?=${DENIED})`, 'g');

/**
 * A question after something that should be there ("is he breathing?", "can she wake?", "is there a pulse?"),
 * answered no, tells the emergency itself: such an echo is left as written. Only a question after something
 * wrong ("chest pain", "trouble breathing") answered no tells nothing.
 */
const FUNCTION_ASKED =
  /\b(?:breath\w*|awake|conscious|responsive|respond\w*|wak\w*|woken|talk\w*|speak\w*|mov\w*|pulse|heartbeat|eat\w*|drink\w*|feed\w*|pee\w*|wee\w*|see|hear|stand|walk\w*|alert|normal|ok|okay|fine|well|stopped|gone|passed|settled|eased|better)\b/;
const SOMETHING_WRONG =
  /\b(?:trouble|difficulty|difficult|hard|struggl\w*|problems?|short(?:ness)?|pain|ache|hurt\w*|worse|unable|cannot|not|no)\b/;

/** The question's subject and its verb: "if he is breathing", "whether the bleeding has stopped". */
const ASKED_STATEMENT =
  /\b(?:if|whether)\s+((?:he|she|they|i|it|we|you|(?:the|my|his|her|our|their)\s+[\w-]+)\s+(?:is|are|am|was|were|can|could|has|have|does|do|did|will))\s+(.*)$/;

/**
 * The text with each echoed question after something wrong that the writer answers no taken out, the answer
 * kept; a question after something that should be there, answered no, told as the denial it is ("you asked if he
 * is breathing: no" is "he is not breathing").
 */
export function withoutDeniedEcho(text: string): string {
  return text.replace(DENIED_ECHO, (echo) => {
    if (!FUNCTION_ASKED.test(echo) || SOMETHING_WRONG.test(echo)) return ' ';
    const asked = ASKED_STATEMENT.exec(echo);
    return asked === null ? echo : `${asked[1]} not ${asked[2]} ,`;
  });
}
