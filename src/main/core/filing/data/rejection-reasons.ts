import type { RejectionReason } from '../../../../shared/contract/filing-flow'

/** Why filings come back, as providers document it (reference §8), plus the SMS window (§1a). */
export const rejectionReasons: readonly RejectionReason[] = [
  {
    key: 'domain-real-name',
    text: {
      zh: '域名未实名、持有者与主体不一致或实名信息未同步',
      en: 'Domain not real-name verified, holder ≠ subject, or not yet synced',
    },
    source: '§8 [HW-REJ]',
  },
  {
    key: 'domain-expiring',
    text: { zh: '域名即将过期或注册商未获工信部许可', en: 'Domain expiring, or registrar not MIIT-approved' },
    source: '§8 [HW-REJ]',
  },
  {
    key: 'app-name',
    text: {
      zh: 'APP 名称与主体无关或含禁用字样',
      en: 'App name unrelated to the subject or containing banned words',
    },
    source: '§8 [HW-REJ]',
  },
  {
    key: 'pre-approval',
    text: {
      zh: '需要前置审批但未上传，或许可证过期',
      en: 'Pre-approval needed but missing, or the licence expired',
    },
    source: '§8 [HW-REJ]',
  },
  {
    key: 'not-legal-rep',
    text: { zh: '主体负责人不是法定代表人', en: 'Subject principal is not the legal representative' },
    source: '§8 [HW-REJ]',
  },
  {
    key: 'phone',
    text: {
      zh: '手机号非本地、无法接通、被其他主体使用，或不同负责人联系方式相同',
      en: 'Phone not local, unreachable, used by another subject, or shared by different principals',
    },
    source: '§8 [HW-REJ]',
  },
  {
    key: 'photos',
    text: { zh: '证件照片模糊、反光或为复印件', en: 'ID photos blurry, reflective or photocopied' },
    source: '§8 [HW-REJ]',
  },
  {
    key: 'id-validity',
    text: { zh: '证件有效期不足 3 个月', en: 'ID valid for less than 3 months' },
    source: '§8 [HW-REJ]',
  },
  {
    key: 'face-check',
    text: {
      zh: '人脸核验未通过（光线、背景、信息不符）',
      en: 'Face check failed (light, background, data mismatch)',
    },
    source: '§8 [HW-REJ]',
  },
  {
    key: 'filed-elsewhere',
    text: {
      zh: '主体已在其他服务商备案（应选新增接入）',
      en: 'Subject already filed elsewhere (use 新增接入)',
    },
    source: '§8 [HW-REJ]',
  },
  {
    key: 'order-open',
    text: { zh: '已有其他进行中的订单', en: 'Another order is still open' },
    source: '§8 [HW-REJ]',
  },
  {
    key: 'credit-abnormal',
    text: {
      zh: '主办者在信用系统中被列为经营异常',
      en: 'Organizer flagged for abnormal operation in the credit system',
    },
    source: '§8 [HW-REJ]',
  },
  {
    key: 'ip-mismatch',
    text: { zh: '备案 IP 与实际解析不一致', en: 'Filed IP differs from the actual resolution' },
    source: '§8 [HW-ERR]',
  },
  {
    key: 'site-unreachable',
    text: {
      zh: '已备案网站无法访问或未展示备案号',
      en: 'A filed site is unreachable or lacks the number and link',
    },
    source: '§8 [HW-ERR]',
  },
  {
    key: 'sms-expired',
    text: { zh: '24 小时内未完成短信核验', en: 'SMS not verified within 24 hours' },
    source: '§1a [TC-SMS]',
  },
  {
    key: 'sms-attempts',
    text: { zh: '短信验证码输错 5 次', en: 'Five wrong SMS codes' },
    source: '§1a [TC-SMS]',
  },
]
