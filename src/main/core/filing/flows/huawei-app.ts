import { cloudAppFlow } from './cloud-app-flow'
import { pitfall, tip } from './common-steps'

export const huaweiAppFlow = cloudAppFlow({
  provider: 'huawei',
  name: { zh: '华为云', en: 'Huawei Cloud' },
  console: {
    zh: '华为云控制台 → 备案（或华为云 App）',
    en: 'the Huawei Cloud console → 备案 (or the Huawei Cloud app)',
  },
  prerequisites: {
    zh: '准备华为云账号（一个账号对应一个主体）、华为云中国内地 ECS/Flexus 服务器（包年包月 3 个月以上）、以本主体实名的域名、需要时的前置审批，并了解所在省份的额外要求。',
    en: 'Have a Huawei Cloud account (one account ↔ one subject), a mainland-China ECS/Flexus server prepaid for at least 3 months, a domain real-named to this subject, any sector pre-approvals, and your province’s extra rules.',
  },
  prerequisiteTips: [
    tip(
      '华为云：每人最多 5 个服务，每台 ECS 最多 5 个备案。',
      'Huawei: at most 5 services per person, 5 filings per ECS.',
      '§10 [HW-RULES]',
    ),
  ],
  fillTips: [
    tip(
      '华为云的 API 把特征信息建模为 appPackageName、publicKey、signatureKey 三个字符串。',
      'Huawei’s API models the feature info as three strings: appPackageName, publicKey, signatureKey.',
      '§2 [HW-API]',
    ),
    pitfall('APP 图标不超过 100 KB。', 'The app icon must be 100 KB or smaller.', '§2 [HW-APP]'),
  ],
  materialTips: [
    tip('图片为 jpg/png，单张约 4 MB 以内。', 'Images as jpg/png, each about 4 MB at most.', '§2 [HW-MAT]'),
  ],
  reviewTips: [
    tip(
      '华为云初审一般 1–2 个工作日。',
      'Huawei Cloud’s review usually takes 1–2 working days.',
      '§1 [HW-APP]',
    ),
  ],
  smsTips: [],
})
