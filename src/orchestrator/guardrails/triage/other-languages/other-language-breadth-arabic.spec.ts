import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';
import { EmergencyTriage } from '../../emergency-triage.js';

/**
 * Issue 11 breadth in Arabic (standard, Egyptian, Levantine and Gulf as people type them): a red flag of each
 * discriminator family (airway, breathing, collapse, stroke incl. one eye and thunderclap, meningism, seizure,
 * bleeding, anaphylaxis, poisoning and insulin errors, self-harm, pregnancy in weeks or months and Arabic-Indic digits,
 * infant, head injury, cardiac, testis, trauma, burns, drowning, DKA) beside look-alikes with the same words (a mild
 * headache, a hypothetical, diabetes well controlled, a feeding infant with no fever). Written from the protocols
 * before the lexicon was widened; on 288e644 the rules flagged 11 of the 28 emergencies, the product 13.
 */
const BREADTH: TriageProbeTable = [
  [
    'Arabic',
    [
      'ابني مش قادر يتنفس وشفايفه زرقا',
      'أبوي طاح وما يرد علينا',
      'أمي أغمي عليها وما عم تصحى',
      'فجأة وجه أبي مال على جنب ولا يستطيع الكلام',
      'جوزي فجأة مش شايف بعين واحدة',
      'صداع مفاجئ فظيع أسوأ صداع في حياتي',
      'بنتي عندها حرارة ورقبتها متخشبة والضوء يضايقها',
      'ابني عنده تشنجات وما وقفت من عشر دقايق',
      'الدم مش راضي يقف من إيدي',
      'أبويا بيرجع دم',
      'أكل فول سوداني وانتفخت شفايفه ولسانه',
      'ابني الصغير بلع حبوب جدته',
      'أخذت جرعة إنسولين مرتين بالغلط',
      'بدي موت، ما عاد بدي عيش',
      'جرحت نفسي بالموس والدم كتير',
      'أنا حامل في الشهر السابع وعندي نزيف',
      'حامل ٣٢ أسبوع ونزلت مني مية كتير',
      'حامل وما حسيت بحركة البيبي من امبارح',
      'بيبي عمره شهرين وحرارته ٣٨',
      'الرضيع مرخي وما يرضع',
      'ابني وقع على راسه وصار يستفرغ كثير ونعسان',
      'عندي ألم شديد في صدري ينزل على ذراعي اليسار وعرق بارد',
      'عمل حادث سيارة قوي وهو ينزف',
      'ابني غرق في المسبح وطلعناه',
      'ألم شديد جداً في الخصية فجأة',
      'اتحرق بالزيت المغلي وجلده طالع فقاعات كبيرة',
      'أمي فجأة صارت تشوف كل شي اثنين وما قادرة تمشي',
    ],
    [
      'عندي صداع خفيف من الصبح',
      'إذا ابني جاته تشنجات وش أسوي؟',
      'طلع دم بسيط من لثتي وأنا أفرش أسناني',
      'ابني عنده كحة خفيفة من ثلاث أيام',
      'عندي ضيق تنفس بسيط لما أطلع الدرج من سنين',
      'أكلت فول سوداني وما صار شي',
      'البيبي يعطس كثير، هل هذا طبيعي؟',
      'حامل في الشهر الثالث وعندي غثيان',
      'رقبتي توجعني من النومة الغلط',
      'أمس دخت شوي لما وقفت بسرعة، والحين تمام',
      'تعبت من الشغل، بدي نام',
      'ابني وقع من على الكنبة وبيلعب عادي',
      'حرقت إصبعي بالشاي شوي',
      'عندي إسهال من يومين',
      'عندي حرقة في المعدة بعد الأكل',
      'أبوي عنده سكر من عشر سنين وماشي على العلاج',
      'عيني حمرا وبتحكني من امبارح',
      'ابني عمره شهرين وبيرضع كويس وما عنده حرارة',
    ],
  ],
];

describeTriageProbes('EmergencyTriage in %s, issue 11 breadth (the rules)', BREADTH);

/** Read by the product's triage alone: the English rules do not yet name what the reading gives. */
const BREADTH_PRODUCT: TriageProbeTable = [
  ['Arabic', ['مريض سكر وبيستفرغ ونفسه سريع'], ['أبوي عنده سكر من عشر سنين وماشي على العلاج']],
];

describeTriageProbes(
  'EmergencyTriage in %s, issue 11 breadth (the product)',
  BREADTH_PRODUCT,
  EmergencyTriage.withWordingModel(),
);
