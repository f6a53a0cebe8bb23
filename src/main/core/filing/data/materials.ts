import type { Material } from '../../../../shared/contract/filing-flow'

const personal = ['individual']

/** What a filing needs on paper (reference §2 Documents, §9 materials). Conditions are data. */
export const materials: readonly Material[] = [
  {
    key: 'business-licence',
    title: { zh: '营业执照（或其他主体证件）', en: 'Business licence (or other subject certificate)' },
    note: {
      zh: '原件彩色照片，四角完整；外资企业须用中国境内签发的证件。',
      en: 'Colour photo of the original, corners visible; foreign firms need a China-issued certificate.',
    },
    optional: false,
    when: { notSubjectTypes: personal, filingTypes: ['first', 'new-service', 'new-access', 'change'] },
    source: '§2 [HW-MAT]',
  },
  {
    key: 'principal-id-photos',
    title: { zh: '负责人身份证正反面照片', en: 'Photos of the principals’ IDs, front and back' },
    note: {
      zh: '彩色原件照片，不要复印件或翻拍；有效期须剩 3 个月以上。',
      en: 'Colour photos of originals, no photocopies or screen photos; more than 3 months of validity left.',
    },
    optional: false,
    when: {},
    source: '§2 [HW-MAT][HW-REJ]',
  },
  {
    key: 'icp-commitment',
    title: { zh: 'ICP 真实性承诺书', en: 'ICP authenticity commitment (ICP真实性承诺书)' },
    note: { zh: '由互联网信息服务负责人签字。', en: 'Signed by the service principal.' },
    optional: false,
    when: {
      providers: ['aliyun', 'tencent', 'huawei'],
      filingTypes: ['first', 'new-service', 'new-access', 'change'],
    },
    source: '§2 [HW-MAT]',
  },
  {
    key: 'authenticity-notice',
    title: { zh: '真实性责任告知书', en: 'Authenticity responsibility notice (真实性责任告知书)' },
    note: { zh: '按服务商提供的模板签字。', en: 'Signed on the provider’s template.' },
    optional: false,
    when: {
      providers: ['aliyun', 'tencent', 'huawei'],
      filingTypes: ['first', 'new-service', 'new-access', 'change'],
    },
    source: '§2 [HW-MAT]',
  },
  {
    key: 'guangdong-commitment',
    title: {
      zh: '互联网信息服务备案承诺书（广东）',
      en: 'Internet information service commitment (Guangdong)',
    },
    note: {
      zh: '广东省自 2021-06-21 起要求，由法定代表人签字。',
      en: 'Required in Guangdong since 2021-06-21, signed by the legal representative.',
    },
    optional: false,
    when: { provinces: ['44'] },
    source: '§2 [HW-MAT]',
  },
  {
    key: 'authorisation-letter',
    title: { zh: '法人授权书', en: 'Legal-person authorisation letter (法人授权书)' },
    note: {
      zh: '主体负责人不是法定代表人时需要，并附法定代表人信息。',
      en: 'Needed when the subject principal is not the legal representative, with the legal rep’s details.',
    },
    optional: false,
    when: { notSubjectTypes: personal, principalNotLegalRep: true },
    source: '§2 [HW-MAT]',
  },
  {
    key: 'domain-certificate',
    title: { zh: '域名证书或实名截图', en: 'Domain certificate or real-name screenshot' },
    note: {
      zh: '显示持有者、证件类型和证件号码，持有者须与主体一致。',
      en: 'Showing the holder, ID type and ID number; the holder must be the subject.',
    },
    optional: false,
    when: { hasDomains: true },
    source: '§2 [HW-MAT][HW-REJ]',
  },
  {
    key: 'pre-approval-licences',
    title: { zh: '前置审批文件', en: 'Sector pre-approval licences' },
    note: {
      zh: '每项前置审批的许可证，须在有效期内。',
      en: 'The licence for each pre-approval, still valid.',
    },
    optional: false,
    when: { hasPreApprovals: true },
    source: '§2, §8 [HW-REJ]',
  },
  {
    key: 'no-pre-approval-commitment',
    title: { zh: '不涉及前置审批承诺书', en: 'Commitment that no pre-approval is involved' },
    note: { zh: '部分省份要求。', en: 'Asked for in some provinces.' },
    optional: true,
    when: { hasPreApprovals: false },
    source: '§2 [HW-MAT]',
  },
  {
    key: 'residence-permit',
    title: { zh: '居住证', en: 'Residence permit' },
    note: {
      zh: '个人在证件地址以外的省份备案时常需要。',
      en: 'Often needed when an individual files in a province other than their ID address.',
    },
    optional: true,
    when: { subjectTypes: ['individual'] },
    source: '§2 [HW-MAT]',
  },
  // Only Huawei Cloud documents a size limit for the icon (reference §2): the others get no rule
  // of Huawei's. The two entries never apply to the same filing.
  {
    key: 'app-icon',
    title: { zh: 'APP 图标', en: 'App icon' },
    note: {
      zh: '与应用商店中的图标一致；格式和尺寸按服务商页面的要求。',
      en: 'The same icon as in the app stores; format and size as the provider’s page asks.',
    },
    optional: false,
    when: { providers: ['aliyun', 'tencent', 'wechat'], filingTypes: ['first', 'new-service', 'new-access'] },
    source: '§2 [HW-APP][KXAPP]',
  },
  {
    key: 'app-icon',
    title: { zh: 'APP 图标', en: 'App icon' },
    note: {
      zh: '与应用商店中的图标一致；华为云要求不超过 100 KB。',
      en: 'The same icon as in the app stores; Huawei Cloud wants 100 KB at most.',
    },
    optional: false,
    when: { providers: ['huawei'], filingTypes: ['first', 'new-service', 'new-access'] },
    source: '§2 [HW-APP]',
  },
]
