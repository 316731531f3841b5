import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 63 (T139): the everyday words of the 13 red flags in the languages of South Asia and the Middle East, written
 * from the protocols (NHS 111, NICE NG232 / NG143 / NG240, TOXBASE, Resuscitation Council anaphylaxis) and never from a
 * labelled set, each kind with the look-alikes that share its words:
 * - Bengali in its script and as Banglish (`everyday-words/bengali.ts`): a poison or a strip of pills with the verb that
 *   swallows it, a cut made on purpose, one side gone numb, a chest pressed, breath caught or fast and a chest drawn in, a
 *   baby gone blue or limp, blood that will not stop or spurts, a bleeding head and nothing remembered, spots a glass does
 *   not fade, a newborn's age in number words; a fit or a poison asked about ("khichuni hole", "ধরুন কেউ"), a head that
 *   aches a little, a child who fell and plays again, and a heart broken stay quiet.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'Bengali everyday words of the red flags, in the script and as Banglish',
    emergencies: [
      ['bn', 'মায়ের বুক চেপে আসছে, বাঁ হাতে ব্যথা'],
      ['bn', 'ammu buk chepe dhorse, nishash nite parche na'],
      ['bn', 'nanur ek pash obosh hoye geche'],
      ['bn', 'দাদির এক পাশ অবশ হয়ে গেছে, কথা বলতে পারছে না'],
      ['bn', 'bacchar nishash khub taratari, buk bhetore dhuke jacche'],
      ['bn', 'baccha nil hoye geche, shash atke atke ashche'],
      ['bn', 'badam khawar por thot fule geche ar gola chulkacche'],
      ['bn', 'pa theke fhinki diye rokto berocche'],
      ['bn', 'ami atmohotya korbo aj rate'],
      ['bn', 'বোন হাত কেটেছে ইচ্ছে করে ব্লেড দিয়ে'],
      ['bn', 'ma ekta pura pata ghumer oshudh kheye felse'],
      ['bn', 'baccha kerosene kheye feleche'],
      ['bn', 'chhele indur marar bish khaise'],
      ['bn', 'বাবা কীটনাশক খেয়ে ফেলেছে'],
      ['bn', 'accident er por matha theke rokto, kichu mone nei'],
      ['bn', 'jor er sathe gaye lal dag, glass chaple jacche na'],
      ['bn', 'তিন সপ্তাহের বাচ্চার ৩৮.৫ জ্বর'],
      ['bn', 'notun baccha dudh khacche na, khub nishteje'],
    ],
    lookAlikes: [
      ['bn', 'kaoke khichuni hole ki korte hoy?'],
      ['bn', 'ধরুন কেউ ইঁদুর মারার বিষ খেয়ে ফেলল, তখন কি বমি করানো উচিত?'],
      ['bn', 'matha ektu betha, cha khele thik hobe'],
      ['bn', 'chele pore giyechilo ekhon khelche thik ache'],
      ['bn', 'মন ভেঙে গেছে রে'],
      ['bn', 'halka sordi kashi'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language everyday words of session 63', KINDS);
