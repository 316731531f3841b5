import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/**
 * Arabic typed in Latin letters and digits (NICE NG225): a poison or a count of pills swallowed ("shereb klor", "5adt
 * 20 7abbet panadol"), a wish to vanish or not to live, voices that order a killing. The digits are in the phrases; a
 * word of its own is written without one, since a digit splits a word for the marker count.
 */
export const ARABIZI_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: [
    'shereb',
    'sherbet',
    'shirib',
    // Session 58 (T109): "drank" as the Levant types it ("wladi shreb clorox w 3am yest3ferigh").
    'shreb',
    'shrib',
    'shirbet',
    'klor',
    'habbet',
    'habbat',
    'hboub',
    'a3eesh',
    'a3ish',
    'akhtefi',
    'ekhtefi',
  ],
  phrases: [
    ['(?:7obob|7bob|hobob|7boob|habbat|7abbat|a2ras) (?:el ?|al ?|l)?(?:7adid|hadid|7aded)', 'iron pills'],
    [
      '(?:na2es|na2sa|ne2es|mesh la2i|msh la2ya) \\d+ (?:7obob|7bob|hobob|habbat|7abbat|habbet|7abbet|a2ras)',
      '# tablets are missing',
    ],
    [
      '(?:bi|be|bey|b)?(?:yestafragh|yesstafragh|yistafragh|testafragh|tistafragh|yest3ferigh|yesta3fregh|yista3fregh|test3ferigh|yirage3|yraje3|yetrage3|tetrage3)',
      'vomiting',
    ],
    [
      '(?:ana )?(?:msh|mesh|mish|mush|ma) (?:3ayez|3ayza|3awez|bddi|baddi|biddi|bdi|abi|abgha) (?:a3eesh|a3ish|3eesh|3ish|3ayesh|a3ayesh)(?: tani| ba2a| aktar| akter)?',
      'i do not want to live',
    ],
    [
      '(?:3ayez|3ayza|bddi|baddi|biddi|bdi|abi|nefsi) (?:akhtefi|a5tefi|ekhtefi|e5tefi)(?= ?(?:[,.;!?]|$|w ))',
      'wants to disappear forever',
    ],
    [
      '(?:shereb|sherbet|shrb|shreb|shrib|shirbet|shirib|shribt|shrebt|sherebt|akal|akalet|kalet|bala3|bala3et|5ad|5adet|5adt|akhad|akhadet|akhadt)(?: \\p{L}+){0,2} (?:klor|clorox|kloroks|kolorox|chlorox|flash|javel|jafel|mayet nar|mayit nar|mbeed|mobeed|sem far|sem fieran|somm|sem)',
      'drank bleach',
    ],
    [
      '(?:5adt|5adet|5ad|akhadt|akhadet|akhad|bala3t|bala3et|bala3|shrebt|sherebt) (?:\\p{L}+ )?(?:\\d{2,}|3ashar|3eshreen|3ishreen|tlateen) (?:habbet|habbat|7abbet|7abbat|7aba|habba|hboub|7boub|2ors|a2ras)',
      'took 20 pills',
    ],
    [
      '(?:aswat|sot|soot|2aswat)(?: \\p{L}+){0,2} (?:bet2olo|bet2ollo|bt2olo|bit2ullo|t2olo|2alitlo) (?:yo2tol|ye2tel|yi2tal|yemoot|yentehar|yente7er)',
      'hears voices telling him to kill',
    ],
  ],
  words: {},
};
