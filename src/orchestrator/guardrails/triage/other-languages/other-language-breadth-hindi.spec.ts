import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';

/**
 * Issue 11 breadth in Hindi, Devanagari and romanised (Hinglish): a red flag of each discriminator family
 * (airway, breathing, collapse, stroke incl. one eye and thunderclap, meningism, seizure, bleeding, anaphylaxis,
 * poisoning, self-harm, pregnancy, infant, head injury, cardiac, trauma, drowning) told by the writer, a parent or
 * about a relative, beside look-alikes with the same words (a mild headache, a hypothetical, an itchy eye, a sleeping
 * fed baby). Written from the protocols before the lexicon was widened; on 288e644 the rules flagged 15 of the 29
 * emergencies, the product 16.
 */
const BREADTH: TriageProbeTable = [
  [
    'Hindi',
    [
      'मेरे पापा को सांस नहीं आ रही, होंठ नीले पड़ गए हैं',
      'बच्चे के गले में सिक्का फंस गया है',
      'दादी बेहोश हो गई हैं, उठ नहीं रहीं',
      'मम्मी का मुंह अचानक टेढ़ा हो गया और बोल नहीं पा रही',
      'अचानक एक आंख से दिखना बंद हो गया',
      'अचानक बहुत तेज़ सिरदर्द, ज़िंदगी का सबसे बुरा',
      'बेटी को बुखार है और गर्दन अकड़ गई है',
      'बेटे को दौरा पड़ा है और रुक नहीं रहा',
      'खून रुक ही नहीं रहा, कपड़ा पूरा भीग गया',
      'पापा खून की उल्टी कर रहे हैं',
      'मूंगफली खाने के बाद होंठ और जीभ सूज गए',
      'मेरे बेटे ने दादी की गोलियां खा लीं',
      'मैं मरना चाहता हूं, अब जीने का मन नहीं',
      'मैंने अपनी कलाई काट ली है',
      'मैं 7 महीने की प्रेग्नेंट हूं और बहुत खून आ रहा है',
      '8 महीने की गर्भवती हूं, पानी की थैली फट गई',
      'दो महीने के बच्चे को 38 बुखार है',
      'बच्चा ढीला पड़ गया है और दूध नहीं पी रहा',
      'सिर पर चोट लगी और बार बार उल्टी हो रही है',
      'सीने में तेज़ दर्द है जो बाएं हाथ में जा रहा है, पसीना आ रहा है',
      'papa ko saans nahi aa rahi aur honth neele ho gaye',
      'mummy behosh ho gayi hai, uth nahi rahi',
      'bhai ne bahut saari neend ki goliyan kha li',
      'mere bete ko 10 minute se daura pad raha hai',
      'seene mein bahut tez dard ho raha hai aur pasina aa raha hai',
      'accident ho gaya, sir se bahut khoon beh raha hai',
      'main suicide karna chahta hoon',
      'mere bete ke gale mein sikka phans gaya hai',
      'achanak ek aankh se dikhna band ho gaya',
    ],
    [
      'हल्का सा सिरदर्द है',
      'अगर बच्चे को दौरा पड़े तो क्या करें?',
      'ब्रश करते समय मसूड़ों से थोड़ा खून आता है',
      'बच्चे को दो दिन से हल्की खांसी है',
      'सीढ़ियां चढ़ते समय थोड़ी सांस फूलती है, कई सालों से',
      'गर्दन में दर्द है, गलत तरीके से सो गया था',
      'बच्चा बहुत छींकता है, क्या यह नॉर्मल है?',
      '3 महीने की प्रेग्नेंट हूं, उल्टी जैसा लगता है',
      'कल चक्कर आया था, अब ठीक हूं',
      'bas thoda sa sar dard hai',
      'agar bacche ko bukhar ho to kya dena chahiye',
      'mujhe do din se zukam hai',
      'thak gaya hoon, neend aa rahi hai',
      'ungli thodi si kat gayi, khoon ruk gaya',
      'pet mein thodi gas hai',
      'एक आंख में थोड़ी खुजली है, कल से',
      'बच्चा दूध पीकर आराम से सो रहा है',
      'nani ki goliyan khatam ho gayi, nayi kaise milegi',
    ],
  ],
];

describeTriageProbes('EmergencyTriage in %s, issue 11 breadth (the rules)', BREADTH);
