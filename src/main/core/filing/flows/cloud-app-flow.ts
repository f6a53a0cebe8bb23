import type {
  FlowStep,
  FlowTemplate,
  Localized,
  ProviderId,
  StepTip,
} from '../../../../shared/contract/filing-flow'
import {
  collectFeatureInfo,
  pitfall,
  providerReview,
  provincialReview,
  publicSecurityFiling,
  showNumber,
  smsVerification,
  submitOrder,
  tip,
} from './common-steps'

/** What differs between the cloud providers' app filings; the rest of the flow is shared. */
export interface CloudAppFlowData {
  provider: ProviderId
  name: Localized
  console: Localized
  prerequisites: Localized
  prerequisiteTips: StepTip[]
  fillTips: StepTip[]
  materialTips: StepTip[]
  reviewTips: StepTip[]
  smsTips: StepTip[]
}

/** An app filing (首次 / 新增服务 / 新增接入) at a cloud provider (reference §1). */
export function cloudAppFlow(data: CloudAppFlowData): FlowTemplate {
  const steps: FlowStep[] = [
    {
      key: 'prepare',
      title: { zh: '备案前准备', en: 'Before you start' },
      description: data.prerequisites,
      actor: 'user',
      stage: 'draft',
      duration: null,
      tips: [
        pitfall(
          '域名持有者须与备案主体一致并已实名；实名信息同步到管局约需 3 个工作日，未同步会被驳回。',
          'The domain must be registered to the same subject and real-name verified; the real-name data takes about 3 working days to reach the 管局, and an unsynced domain is refused.',
          '§1, §8 [AL-FLOW][HW-REJ]',
        ),
        tip(
          '涉及新闻、出版、教育、医疗、药品、文化、广电、金融、游戏、宗教等须先取得前置审批。',
          'News, publishing, education, medical, drugs, culture, radio/film/TV, finance, games, religion and similar need a sector pre-approval first.',
          '§2 [HW-REJ][WX-NRLX]',
        ),
        ...data.prerequisiteTips,
      ],
    },
    collectFeatureInfo(),
    {
      key: 'fill-order',
      title: { zh: '填写备案订单', en: 'Fill in the order' },
      description: {
        zh: `在${data.console.zh}填写：主办者信息 → APP 基本信息、接入信息和特征信息。系统会判定备案类型（首次备案、新增互联网信息服务、新增接入）。`,
        en: `At ${data.console.en}, fill in the organizer, then the app’s basic, access and feature info. The system derives the filing type (first filing, new service, new access).`,
      },
      actor: 'user',
      stage: 'draft',
      duration: null,
      tips: [
        pitfall(
          'APP 名称须与应用商店名称一致、各平台相同；不得含表情、“中国/国家”等字样或营销用语。',
          'The app name must equal the store name and be the same on every platform; no emoji, no “中国/国家”-type words, no marketing words.',
          '§2, §8 [KXAPP][HW-REJ]',
        ),
        pitfall(
          '负责人证件有效期须剩 3 个月以上；主体负责人和 APP 负责人不是同一人时，手机号和邮箱也必须不同。',
          'Principals’ IDs need more than 3 months of validity left; if the subject and app principals are different people, their phones and e-mails must differ too.',
          '§2, §8 [HW-MAT][HW-REJ]',
        ),
        tip(
          '填写 APP 调用的全部后端域名（须在同一主体名下）；语言只选主要语言，不要多选。',
          'List every backend domain the app calls (registered to the same subject); choose the main language only, not several.',
          '§2 [HW-SRCH][HW-APP]',
        ),
        ...data.fillTips,
      ],
    },
    {
      key: 'materials-verify',
      title: { zh: '上传材料与真实性核验', en: 'Upload materials and verify identity' },
      description: {
        zh: '上传证件照片和承诺书等材料，并在服务商的手机 App 中完成人脸核验（真实性核验）。Paperdesk 的“材料与导出”列出本次需要的材料。',
        en: 'Upload photos of the certificates and the signed letters, and pass the face check in the provider’s mobile app (真实性核验). Paperdesk’s “Materials & export” tab lists what this filing needs.',
      },
      actor: 'user',
      stage: 'draft',
      duration: null,
      tips: [
        pitfall(
          '证件须拍原件彩色照片，四角完整，不要复印件或翻拍屏幕；不清晰、反光会被驳回。',
          'Photograph originals in colour with all corners visible; no photocopies or photos of screens. Blurry or reflective photos are refused.',
          '§2, §8 [HW-MAT][HW-REJ]',
        ),
        tip(
          '人脸核验光线充足、白色背景，与证件信息一致。',
          'Face check: good light, a white background, details matching the ID.',
          '§8 [HW-REJ]',
        ),
        ...data.materialTips,
      ],
    },
    submitOrder(data.name),
    providerReview(data.name, data.reviewTips),
    smsVerification(data.smsTips),
    provincialReview(),
    showNumber(),
    publicSecurityFiling(),
  ]
  return {
    id: `${data.provider}-app`,
    providers: [data.provider],
    filingTypes: ['first', 'new-service', 'new-access'],
    title: { zh: `${data.name.zh} APP 备案`, en: `${data.name.en} app filing` },
    summary: {
      zh: '准备 → 填写订单 → 服务商初审（1–2 个工作日）→ 工信部短信核验（24 小时）→ 管局审核（1–20 个工作日）→ 获得备案号。',
      en: 'Prepare → fill in the order → provider review (1–2 working days) → MIIT SMS check (24 hours) → provincial review (1–20 working days) → filing number.',
    },
    requires: ['subject', 'principals', 'app', 'platforms', 'network'],
    steps,
  }
}
