import { toldNowhere } from '../language-lexicon.js';
import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/** A film, a serial, a story or its hero told anywhere: a character's act, not a report. */
const STORY = '(?:फिल्म|फ़िल्म|मूवी|सीरियल|कहानी|नाटक|हीरो|हीरोइन|किरदार|उपन्यास|film|movie|serial)';
const NOT_IN_A_STORY = toldNowhere(STORY);

/**
 * Suicidal intent, self-harm and a psychiatric crisis in Hindi, in Devanagari (NICE NG225; NHS 111 mental health;
 * Tele-MANAS 14416): cutting one's own hand or wrist, a burden (बोझ) and better dead. Dying of hunger, heat or laughter
 * is the idiom of degree the Hindi lexicon reads first.
 */
export const HINDI_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [],
  phrases: [
    [
      `अलविदा (?:का|वाला|के) (?:मैसेज|मेसेज|संदेश|मैसेज़)${toldNowhere('पार्टी|ऑफिस|दफ्तर|चार्ज|बैटरी|नौकरी|शादी|ट्रांसफर')}`,
      'a goodbye message',
    ],
    [
      `(?:फोन|फ़ोन|मोबाइल) (?:बंद|स्विच ऑफ|switch off)(?: (?:है|कर दिया|कर लिया|आ रहा))?${toldNowhere('पार्टी|ऑफिस|दफ्तर|चार्ज|बैटरी|नौकरी|शादी|ट्रांसफर')}`,
      'his phone is off',
    ],
    ['कितनी (?:गोलियां|गोलियाँ|गोली|टैबलेट)[^।,.!?]{0,30}(?:मौत|मर जा|मरने)', 'how many pills to die'],
    [
      '(?:अपने|अपना|अपनी|खुद के|ख़ुद के) (?:हाथ|कलाई|बाजू|नस|नसें)(?: को)? (?:काट|काटती|काटता|काटे|काटी)',
      'she is cutting herself',
    ],
    ['(?:सब|सबके|सब पर|सब पे|घरवालों|परिवार)(?: के लिए| पर| पे)? (?:एक )?बोझ (?:हूँ|हूं|हू|बन गया|बन गई|है)', 'i am a burden'],
    ['(?:मैं )?मर (?:जाऊँ|जाऊं|जाउँ|जाउं|जाता|जाती) तो (?:अच्छा|बेहतर|ठीक)', 'it would be better if i died'],
    // Session 54 (T87): a hanging tried or done ("फांसी लगाने की कोशिश की", "फंदे से लटक गया"); a death sentence
    // ("फांसी की सजा") or a film's hero is not.
    [
      `(?:फांसी|फाँसी|फंदा|फंदे) (?:लगाने|लगा|लगाई|लगाया|लगा ली|लगा लिया|लगाकर|से लटक|पर लटक)(?! की सजा)${NOT_IN_A_STORY}`,
      'he tried to hang himself',
    ],
    // Session 54 (T87): one's own life taken or given up, told of oneself or another ("वो अपनी जान दे देगा"); a life
    // given for someone or for the country ("तुम्हारे लिए जान दे दूंगा") is devotion, not intent.
    [
      '(?<!(?:लिए|लिये|खातिर|ख़ातिर|वास्ते|करने में|पाने में|जीतने में)[^.!?]{0,20})(?:अपनी|खुद की|ख़ुद की) जान (?:दे|ले) (?:दूंगा|दूँगा|दूंगी|दूँगी|देगा|देगी|लूंगा|लूँगा|लूंगी|लूँगी|लेगा|लेगी|देंगे|लेंगे|दे देगा|दे देगी|दे दूंगा|दे दूंगी|ले लेगा|ले लेगी|ले लूंगा|ले लूंगी|ले ली|दे दी|देने की|लेने की)(?![^.!?]{0,40}(?:के लिए|के लिये|की खातिर|की ख़ातिर|के वास्ते))',
      'he will kill himself',
    ],
    ['(?:आवाज़ें|आवाजें|आवाज़|आवाज)[^।,.!?]{0,40}(?:मारने|मार डालने|जान लेने|कूदने)', 'hears voices telling him to kill'],
  ],
  words: {
    ब्लेड: 'blade',
  },
};

/**
 * The same in Hinglish and Roman Urdu (Latin letters, chat spelling): a short "main suicide kar lunga" or "khudkushi kar
 * lunga" with no other marker of the language, cutting one's hand, a burden (bojh) and better dead, voices that tell
 * someone to kill.
 */
export const ROMANISED_HINDI_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [
    'karega',
    'karegi',
    'karunga',
    'karungi',
    'lunga',
    'lungi',
    'khudkushi',
    'khudkhushi',
    'khudkashi',
    'aatmahatya',
    'jeena',
    'jeene',
    'bojh',
    // Session 49 (T72): a goodbye and an apology to everyone, told with no other word of the language.
    'alvida',
    'alwida',
    'khudahafiz',
    'maafi',
  ],
  phrases: [
    // Session 54 (T87): one's own life taken or given up ("apni jaan le lungi", "wo apni jaan de dega"), not a life given
    // for someone ("tere liye jaan de dunga").
    [
      '(?<!(?:liye|liya|lie|khatir|khaatir|vaaste|waaste)[^.!?]{0,20})(?:apni|apnee|khud ki|khud kii) (?:jaan|jan|zindagi) (?:le|de|khatam kar) (?:lunga|lungi|loonga|loongi|lega|legi|dunga|dungi|doonga|doongi|dega|degi|denge|lenge|le lega|le legi|de dega|de degi|de dunga|de dungi|le lunga|le lungi|li|di|lene ki|dene ki)(?![^.!?]{0,40}(?:ke liye|ke liya|ke lie|ki khatir|ki khaatir|ke waaste|ke vaaste))',
      'he will kill himself',
    ],
    // Suicidal thoughts denied or long past (review V22: main read the noun as first-person intent and left the denial unread).
    [
      '(?:khudkushi|khudkhushi|suicide|aatmahatya|atmahatya) (?:ke|ka|ki) (?:khayal|khyal|khayaal|vichar|thoughts|soch) (?:nahi|nahin|nhi|kabhi nahi)',
      'no suicidal thoughts',
    ],
    // A method asked about with death as its goal: "how many" and "to die" read apart, so the English rule weighs them together.
    [
      'kitni (?:neend ki |nind ki |sone ki )?(?:goliyan|goliya|goli|tablet|tablets|pills|tablete)[^.,!?]{0,30}(?:maut|mar ja|mar jaun|marne ke liye|mar sakte|mar jata)',
      'how many pills to die',
    ],
    [
      '(?:khudkushi|khudkhushi|khudkashi|khud kushi|aatmahatya|atmahatya|sucide) (?:kar|kr) (?:lunga|lungi|lu|loon|lena|leta|leti)|(?:khudkushi|khudkhushi|khudkashi|aatmahatya|atmahatya) (?:karna|krna|karne) (?:chahta|chahti|hai|h|ja raha|ja rahi)',
      'i will kill myself',
    ],
    [
      '(?:suicide|sucide|khudkushi|khudkhushi) (?:karega|karegi|kar lega|kar legi|kar raha|kar rahi|krega|kregi)',
      'he says he will kill himself',
    ],
    [
      '(?:apne|apna|apni|khud ke) (?:haath|hath|kalai|nas|nasen|baju) (?:kaat|kat|kaatti|katti|kaat rahi|kat rahi|kaat raha|kaat li|kaat di)',
      'she is cutting herself',
    ],
    [
      '(?:sab|sabke|sab pe|sab par|gharwalon|ghar walon|family)(?: ke liye| pe| par)? (?:ek )?bojh (?:hu|hoon|hun|ban gaya|ban gayi|hai|h)',
      'i am a burden',
    ],
    [
      '(?:main |mai )?mar (?:jaun|jau|jaaun|jaata|jata|jaati|jati) to (?:accha|acha|behtar|theek)',
      'it would be better if i died',
    ],
    [
      '(?:awaaz|awaz|aawaz)(?:ein|en|e)?[^.,!?]{0,40}(?:maarne|marne|maar dalne|maar dene|jaan lene|koodne|kudne)',
      'hears voices telling him to kill',
    ],
  ],
  words: {},
};
