import type { FlowTemplate } from '../../../../shared/contract/filing-flow'
import {
  pitfall,
  provincialReview,
  providerReview,
  showNumber,
  smsVerification,
  submitOrder,
  tip,
} from './common-steps'

const wechat = { zh: '微信平台', en: 'the WeChat platform' }

/** A mini program is filed inside its platform's console, per AppID, with no IP element (reference §5). */
export const wechatMiniProgramFlow: FlowTemplate = {
  id: 'wechat-miniprogram',
  providers: ['wechat'],
  filingTypes: ['first', 'new-service', 'new-access'],
  title: { zh: '微信小程序备案', en: 'WeChat mini program filing' },
  summary: {
    zh: '在小程序后台填写 → 管理员人脸核验 → 平台初审（1–2 个工作日）→ 工信部短信核验（24 小时）→ 管局审核（1–20 个工作日）→ 获得 …号-NX 备案号。',
    en: 'Fill in the mini program console → administrator face check → platform review (1–2 working days) → MIIT SMS check (24 hours) → provincial review (1–20 working days) → a …号-NX number.',
  },
  requires: ['subject', 'principals', 'app'],
  steps: [
    {
      key: 'prepare',
      title: { zh: '备案前准备', en: 'Before you start' },
      description: {
        zh: '小程序按 AppID 在微信公众平台备案，不经过云服务商，也不填 IP；但小程序调用的后端域名须各自完成 ICP 备案。',
        en: 'A mini program is filed per AppID on the WeChat platform, not through a cloud provider, and has no IP element; but the backend domains it calls need their own ICP filing.',
      },
      actor: 'user',
      stage: 'draft',
      duration: null,
      tips: [
        pitfall(
          '未上架的小程序须先备案再发布（2023-09-01 起）；已上架的须在 2024-03-31 前完成，之后会被清理。',
          'Unlisted mini programs must be filed before release (from 2023-09-01); listed ones by 2024-03-31, after which they are cleaned up.',
          '§5 [JUEJIN][TRUSTEXP]',
        ),
      ],
    },
    {
      key: 'fill-order',
      title: { zh: '在小程序后台填写备案', en: 'Fill in the filing in the mini program console' },
      description: {
        zh: '在 mp.weixin.qq.com → 设置 → 基本设置 → 小程序备案中填写主体、负责人和小程序信息。',
        en: 'At mp.weixin.qq.com → Settings → Basic settings → 小程序备案, fill in the subject, principals and mini program details.',
      },
      actor: 'user',
      stage: 'draft',
      duration: null,
      tips: [
        pitfall(
          '负责人证件有效期须剩 3 个月以上；不同负责人须使用不同手机号和邮箱。',
          'Principals’ IDs need more than 3 months left; different principals need different phones and e-mails.',
          '§2, §8 [HW-MAT][HW-REJ]',
        ),
      ],
    },
    {
      key: 'face-check',
      title: { zh: '管理员人脸核验', en: 'Administrator face check' },
      description: {
        zh: '管理员在微信中完成人脸核验：通知 24 小时内有效，核验任务 3 天内有效。',
        en: 'The administrator passes the face check in WeChat: the notice is valid for 24 hours, the verification task for 3 days.',
      },
      actor: 'user',
      stage: 'draft',
      duration: { kind: 'hours', value: 24 },
      tips: [
        tip(
          '浅色背景，不戴帽子、耳机或口罩。',
          'A light background; no hat, earphones or mask.',
          '§5 [WX-FACE]',
        ),
      ],
    },
    submitOrder(wechat),
    providerReview(wechat),
    smsVerification(),
    provincialReview(),
    {
      ...showNumber(),
      tips: [
        tip(
          '小程序的备案号以 X 结尾（…号-NX）。',
          'A mini program’s number ends in X (…号-NX).',
          '§4 [HW-APP]',
        ),
      ],
    },
  ],
}
