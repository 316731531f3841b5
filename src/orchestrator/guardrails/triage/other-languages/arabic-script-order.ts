/**
 * Persian, Urdu and Arabic share a script, and each of their lexicons reads an Arabic-script message in turn, the first
 * one's phrases and words taking the text before the next sees it. Persian and Urdu come first: their phrases hold
 * characters and words Arabic would read alone. A message written in Arabic was then read by the Persian and Urdu lists
 * first, whose words for the same letters are other words ("نفس", "ما": we, "من": I). A message is told as Arabic by
 * words only Arabic writes, outnumbering the words only Persian writes, with no letter only Persian or Urdu writes
 * (folded: "ی" and "ک" are typed as "ي" and "ك", so they tell nothing); then Arabic reads it first.
 */

/** Letters Arabic does not write: Persian پ ژ, Urdu ٹ ڈ ڑ ں ے. ("چ" and "گ" are typed in Gulf, Iraqi and Moroccan Arabic.) */
const PERSIAN_OR_URDU_LETTER = /[\u067e\u0698\u0679\u0688\u0691\u06ba\u06d2]/;

/** Function words only Arabic (standard and spoken) writes, folded. */
const ARABIC_WORDS: ReadonlySet<string> = new Set(
  'في على عن الى اللي الي مش مو مب هو هي انا احنا عندي عنده عندها هذا هذه هاد هادا هيك كتير كثير شو ايش وش ليش كان كانت بدي عم صار لم لن الذي التي ولا مع لما اذا لو شي حدا واحد ازاي كده دلوقتي هلا هلق امبارح مبارح بعدين ديالي بزاف شنو واش كيفاش'.split(
    ' ',
  ),
);

/** Function words only Persian writes, folded. */
const PERSIAN_WORDS: ReadonlySet<string> = new Set(
  'است هست را مي كه اين براي خيلي شده داره دارم دارد چي چيكار هم بود نمي يه ميشه كرد كرده ميكنه ولي اگه اگر بايد نه'.split(
    ' ',
  ),
);

/** Whether a folded Arabic-script text is told in Arabic rather than Persian or Urdu. */
export function isToldInArabic(folded: string): boolean {
  if (PERSIAN_OR_URDU_LETTER.test(folded)) return false;
  let arabic = 0;
  let persian = 0;
  for (const word of new Set(folded.match(/[\u0600-\u06ff]+/g))) {
    if (ARABIC_WORDS.has(word)) arabic += 1;
    else if (PERSIAN_WORDS.has(word)) persian += 1;
  }
  return arabic > persian;
}
