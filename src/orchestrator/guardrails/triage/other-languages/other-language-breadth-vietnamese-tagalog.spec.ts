import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';

/**
 * Issue 11 breadth in Vietnamese (with and without its tone marks) and Tagalog: breathing, collapse, stroke, seizure,
 * bleeding, anaphylaxis read from lips and tongue swelling, a child who swallowed a grandparent's medicine, suicide,
 * pregnancy told in weeks, an infant's fever, spreading chest pain, the worst headache of a life, drowning, a car
 * crash; beside look-alikes with the same words (a mild headache, a hypothetical, a stiff neck from sleeping, a cut that
 * has stopped bleeding). On 288e644 the rules flagged 10 of the 14 Vietnamese and 9 of the 15 Tagalog emergencies.
 */
const BREADTH: TriageProbeTable = [
  [
    'Vietnamese',
    [
      'Bố tôi không thở được, môi tím tái',
      'Mẹ tôi ngất xỉu, gọi không tỉnh',
      'Ông bị méo miệng đột ngột và nói không được',
      'Con tôi co giật hơn 10 phút chưa dừng',
      'Máu chảy không cầm được',
      'Ba tôi nôn ra máu',
      'Ăn đậu phộng xong môi và lưỡi sưng lên',
      'Con tôi uống nhầm thuốc của bà',
      'Tôi muốn chết, không muốn sống nữa',
      'Mang thai 30 tuần bị ra máu nhiều',
      'Bé 2 tháng tuổi sốt 38 độ',
      'Đau ngực dữ dội lan ra tay trái, vã mồ hôi lạnh',
      'Đột ngột đau đầu dữ dội nhất từ trước đến giờ',
      'bo toi khong tho duoc, moi tim',
    ],
    [
      'Hơi nhức đầu một chút',
      'Con tôi ho nhẹ',
      'Hôm qua chóng mặt, giờ đỡ rồi',
      'Nếu con bị co giật thì phải làm sao?',
      'Đánh răng bị chảy máu chân răng một chút',
      'Đau cổ do ngủ sai tư thế',
      'Mang thai 8 tuần buồn nôn',
      'Mệt quá muốn ngủ',
      'Đứt tay chút xíu, máu đã cầm',
      'Ợ nóng sau khi ăn',
    ],
  ],
  [
    'Tagalog',
    [
      'Hindi makahinga si tatay, kulay ube ang labi',
      'Nahimatay si nanay at hindi magising',
      'Biglang tumabingi ang mukha ni lolo at hindi makapagsalita',
      'Kinukumbulsyon ang anak ko, ayaw tumigil',
      'Hindi tumitigil ang pagdurugo',
      'Nagsusuka ng dugo si papa',
      'Pagkatapos kumain ng mani, namaga ang labi at dila',
      'Nakainom ng gamot ni lola ang anak ko',
      'Gusto ko nang mamatay, magpapakamatay ako',
      'Buntis ako 7 buwan at malakas ang dinudugo',
      '2 buwan na baby may lagnat 38',
      'Sobrang sakit ng dibdib, umaabot sa kaliwang braso, pinagpapawisan ng malamig',
      'Biglang napakasakit ng ulo, pinakamasakit sa buhay ko',
      'Nalunod ang anak ko sa pool',
      'Nabangga ng kotse si kuya at maraming dugo',
    ],
    [
      'Medyo masakit ang ulo ko',
      'May konting ubo ang anak ko',
      'Nahilo ako kahapon pero okay na ngayon',
      'Ano gagawin kung magkumbulsyon ang bata?',
      'Dumudugo konti ang gilagid pag nagsisipilyo',
      'Masakit leeg ko kasi mali ang tulog',
      'Buntis 2 buwan, nasusuka sa umaga',
      'Pagod na pagod ako, inaantok',
      'Nahiwa daliri ko, tumigil na ang dugo',
      'Heartburn pagkatapos kumain',
    ],
  ],
];

describeTriageProbes('EmergencyTriage in %s, issue 11 breadth (the rules)', BREADTH);
