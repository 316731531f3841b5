import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';
import { withTheWrittenNegativeSpoken } from './japanese-written-negative.js';

/**
 * Session 49 (T72): the Japanese written negative "-ず" read as the spoken "-ない" (`japanese-written-negative.ts`):
 * legs without strength and no urine after a worsening back pain (NICE NG234 metastatic cord compression, NICE CKS
 * cauda equina), a child who will not wake or feed, a fit that will not stop, each told with "-ず" joining its clause.
 * In my own words, never copied from a labelled set. Look-alikes: tired legs, a baby who drank a little less and plays,
 * "まず", "ずつ" and "ずっと", a night without sleep.
 * On the unchanged rules (main eb17c1e): emergencies 5 of 7 by the rules and the product; look-alikes 6 of 6 quiet by
 * both. After: emergencies 7 of 7 by both; look-alikes 6 of 6 quiet by both.
 */
const EMERGENCIES: LabelledMessages = [
  ['ja', '背中の痛みが強くなり、両足に力が入らず、おしっこが出ません'],
  ['ja', '腰の痛みがひどくなり、両足に力が入らず、尿が出ない'],
  ['ja', '息子が頭を打ってから吐いてばかりで、呼んでも起きず、ぐったりしている'],
  ['ja', '赤ちゃんがミルクを飲まず、ぐったりしていて唇が青い'],
  ['ja', '父が倒れて、呼びかけにも答えず、息をしていません'],
  ['ja', 'けいれんが5分以上止まらず、唇が紫になっています'],
  ['ja', '生後1か月の赤ちゃんがおっぱいを飲まず、熱が38度あります'],
];

const LOOK_ALIKES: LabelledMessages = [
  // Review V31 (06:37): "-ずに" (without doing) is sleeping through, not a child who will not wake.
  ['ja', '息子は夜中に一度も起きずに朝までぐっすり眠り、今朝も元気です'],
  ['ja', '疲れて足に力が入らず、今日は早めに寝ます'],
  ['ja', '赤ちゃんが昼にミルクをあまり飲まず、でも元気に遊んでいます'],
  ['ja', 'まず何をすればいいですか？熱は37度で元気です'],
  ['ja', '少しずつ水を飲ませています。ずっと元気に遊んでいます'],
  ['ja', '夜は眠れず、朝は頭が少し重いです'],
];

describeRulesAndProduct('Japanese written negative (session 49)', EMERGENCIES, LOOK_ALIKES);

describe('withTheWrittenNegativeSpoken', () => {
  it('reads a verb in "-ず" as its "-ない"', () => {
    expect(withTheWrittenNegativeSpoken('力が入らず、')).toBe('力が入らない、');
    expect(withTheWrittenNegativeSpoken('呼んでも起きず')).toBe('呼んでも起きない');
  });

  it('leaves "ずつ", "ずっと" and "-ずに" as written', () => {
    expect(withTheWrittenNegativeSpoken('少しずつ、ずっと')).toBe('少しずつ、ずっと');
    expect(withTheWrittenNegativeSpoken('起きずに寝た')).toBe('起きずに寝た');
  });
});
