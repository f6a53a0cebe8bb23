import { cloudAppFlow } from './cloud-app-flow'
import { pitfall, tip } from './common-steps'

export const aliyunAppFlow = cloudAppFlow({
  provider: 'aliyun',
  name: { zh: '阿里云', en: 'Alibaba Cloud' },
  console: {
    zh: 'beian.aliyun.com（阿里云 ICP 代备案管理系统）',
    en: 'beian.aliyun.com (Alibaba Cloud ICP filing system)',
  },
  prerequisites: {
    zh: '准备阿里云账号（一个账号最多一个备案主体）、阿里云中国内地服务器（或备案服务号/授权码）、以本主体实名的域名、需要时的前置审批，并了解所在省份的额外要求。',
    en: 'Have an Alibaba Cloud account (one account holds at most one filing subject), a mainland-China server from Alibaba Cloud (or a 备案服务号/授权码), a domain real-named to this subject, any sector pre-approvals, and your province’s extra rules.',
  },
  prerequisiteTips: [
    tip(
      '一个阿里云账号最多只能有一个备案主体。',
      'One Alibaba Cloud account holds at most one filing subject.',
      '§1 [AL-FLOW]',
    ),
  ],
  fillTips: [],
  materialTips: [],
  reviewTips: [
    tip(
      '阿里云初审一般 1–2 个工作日（旧文档为约 1 天）。',
      'Alibaba Cloud’s review usually takes 1–2 working days (older docs say about 1).',
      '§1 [AL-FLOW][AL-SOL]',
    ),
  ],
  smsTips: [
    pitfall(
      '阿里云建议用手机流量完成核验，不要用 Wi-Fi。',
      'Alibaba Cloud advises verifying on mobile data, not Wi-Fi.',
      '§1a [AL-SOL]',
    ),
  ],
})
