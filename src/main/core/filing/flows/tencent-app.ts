import { cloudAppFlow } from './cloud-app-flow'
import { tip } from './common-steps'

export const tencentAppFlow = cloudAppFlow({
  provider: 'tencent',
  name: { zh: '腾讯云', en: 'Tencent Cloud' },
  console: {
    zh: '腾讯云控制台 → 网站备案（console.cloud.tencent.com/beian）',
    en: 'the Tencent Cloud console → ICP filing (console.cloud.tencent.com/beian)',
  },
  prerequisites: {
    zh: '准备腾讯云账号、腾讯云中国内地服务器、以本主体实名的域名、需要时的前置审批，并了解所在省份的额外要求。',
    en: 'Have a Tencent Cloud account, a mainland-China server from Tencent Cloud, a domain real-named to this subject, any sector pre-approvals, and your province’s extra rules.',
  },
  prerequisiteTips: [],
  fillTips: [
    tip(
      '腾讯云的特征信息草稿中见过小写无分隔符的 MD5；格式没有官方规定。',
      'Tencent drafts have shown the MD5 in lowercase without separators; no format is official.',
      '§3 [PR-LIANLEME]',
    ),
  ],
  materialTips: [],
  reviewTips: [
    tip(
      '腾讯云初审一般 1–2 个工作日。',
      'Tencent Cloud’s review usually takes 1–2 working days.',
      '§1 [TC-FLOW]',
    ),
  ],
  smsTips: [
    tip(
      '腾讯云说明：工信部还会在次日中午再发一次短信。',
      'Tencent notes that MIIT also resends the SMS once at noon the next day.',
      '§1a [TC-SMS]',
    ),
  ],
})
