import { EmergencyTriage } from '../../emergency-triage.js';
import { otherLanguageReading } from '../other-languages/other-language-reading.js';

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();

/**
 * Emergencies told in another language, most of them mixed with English words no lexicon reads ("sleeping pills",
 * "goodbye", "railway track", "ketones", "purple"), that the rules miss and only the wording model catches: the
 * rendering it reads (`toldInEnglish`) keeps the unread words that look English, and those words carry the emergency.
 *
 * Session 59 (issue 11) tried holding the model back wherever those unread words alone carried it over its threshold,
 * since many are the language's own small words that English spells too ("mi", "son", "come", "plus", "do", "men") and
 * decided some of its false alarms. That lost 14 development emergencies, all of these among them, and 37 held-out
 * ones: in a message that mixes languages the unread English words are the emergency, and even a French "son" (his)
 * carried a sulfonylurea overdose over. A fix of the small words belongs where a language's words are known (its
 * lexicon's `languageWords`), word by word, and must keep every message here flagged.
 */
const CAUGHT_BY_THE_MODEL_ALONE: readonly string[] = [
  'bhai PG me roommate ko tez bukhar hai, gardan bilkul akdi hui hai, roshni se aankh band kar raha hai aur baar baar so ja raha hai. crocin dedi hai',
  'mga mommies, si bunso may lagnat 39 tapos may mga purple na tuldok sa binti, di nawawala pag pinindot ng baso, sakit daw ulo nya. hospital na ba or wait?',
  "Mon grand-père diabétique a confondu ses boîtes, il a pris 4 comprimés de son glibenclamide au lieu d'un ce matin. Il a mangé un peu de riz. Pour l'instant il va bien. On peut attendre de voir ce soir ?",
  "meri roommate ne aaj sab ko sorry wale messages bheje aur bola 'kal se main tumhe tang nahi karungi', uske paas sleeping pills ka poora patta hai aur ab usne room andar se lock kar liya hai. kya main overreact kar rahi hoon?",
  'mera dost kal raat se keh raha hai ki sab khatam karna hai, usne apni bike aur phone apne bhai ko de diya, aur abhi message kiya ki railway track ke paas baitha hai. kya main usko kal milkar samjhaun?',
  'ibni 14 sene 3ando type 1 diabetes, 3am yst2re2 men el sob7, batno 3am ywaj3o, nafaso sari3 w 3amee2, reeh temmo metl reet el tofe7, w el ketones 3al strip 4+',
  'mi viejo tiene 72 y le controlan un aneurisma en la panza, hoy en el desayuno del club de ciclismo le agarro un dolor de espalda desgarrador que se le va a la panza, esta blanco como papel y todo transpirado',
  // The same emergencies told other ways, by other voices, which only the model catches too.
  'yung pinsan ko nag message ng goodbye sa lahat at sabi niya may sleeping pills siya na naipon, ayaw na sumagot sa tawag',
  'meri roommate ne sab ko sorry ke messages bheje, uske paas sleeping pills ka poora patta hai aur room lock kar liya hai',
  'mera dost keh raha hai sab khatam karna hai, bike aur phone bhai ko de diya, abhi railway track ke paas baitha hai',
];

/**
 * Caught by the model alone in session 59, by the rules since session 60: the Tagalog reader reads a goodbye told in
 * chat English beside pills saved up ("naipon"), as NICE NG225 reads preparations (T119).
 */
const READ_BY_THE_RULES_SINCE: readonly string[] = [
  'yung bestfriend ko nagsend ng goodbye msg sa GC, sabi nya salamat sa lahat, pasensya na, tapos nag offline. alam ko may naipon siyang sleeping pills. di siya sumasagot sa call. ano gagawin ko?',
];

/** The same emergencies told in still other ways, which the product flags (by a rule or by the model). */
const STILL_EMERGENCIES: readonly string[] = [
  ...CAUGHT_BY_THE_MODEL_ALONE,
  ...READ_BY_THE_RULES_SINCE,
  'yaar mere roommate ko high fever hai neck bilkul stiff hai light se aankh band kar raha hai bahut drowsy hai',
  'bhai meri behen ko tez bukhar hai, gardan akdi hui hai, roshni se aankh band kar rahi hai aur baar baar so rahi hai',
  'si baby may fever 39 at may mga purple na rashes sa legs di nawawala pag dinidiinan ng baso',
  'ate yung anak ko may lagnat at may purple spots sa tiyan na hindi nawawala kahit pinindot ng baso, hospital na ba',
  'kuya nagpaalam yung kaibigan ko sa gc, goodbye daw sa lahat, may tinatagong sleeping pills siya, hindi na sumasagot',
  'meri dost ne goodbye message bheja aur bola ab nahi rahungi, uske paas sleeping pills hai, phone nahi utha rahi',
  'binti 12 sene 3anda type 1 diabetes, 3am tst2re2 kil shway, nafasa sari3, ketones 4+ 3al strip',
  "ma grand-mère a avalé par erreur 3 comprimés de son gliclazide ce matin au lieu d'un, elle va bien pour l'instant, on attend ?",
];

describe('the wording model, session 59: English words told in another language', () => {
  it.each(CAUGHT_BY_THE_MODEL_ALONE)('the rules miss it and the model alone adds it: %s', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(product.assess(text).wording).toBe('added');
  });

  it.each(READ_BY_THE_RULES_SINCE)('the rules read it now: %s', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
  });

  it.each(STILL_EMERGENCIES)('an emergency: %s', (text) => {
    expect(product.assess(text).isEmergency).toBe(true);
  });

  it('reads such a message in a rendering that keeps the English words no lexicon read', () => {
    const reading = otherLanguageReading(
      'meri dost ne goodbye message bheja aur bola ab nahi rahungi, uske paas sleeping pills hai, phone nahi utha rahi',
    );
    expect(reading?.toldInEnglish).toEqual(expect.stringContaining('goodbye'));
    expect(reading?.toldInEnglish).toEqual(expect.stringContaining('sleeping pills'));
  });
});
