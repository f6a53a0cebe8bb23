import type { FlowTemplate } from '../../../../shared/contract/filing-flow'
import {
  collectFeatureInfo,
  pitfall,
  provincialReview,
  providerReview,
  smsVerification,
  submitOrder,
  tip,
} from './common-steps'

const provider = { zh: '服务商', en: 'the provider' }

/** 变更: a change of subject, of the service, or both; same review and SMS as a new filing (reference §6). */
export const changeFlow: FlowTemplate = {
  id: 'change',
  providers: ['*'],
  filingTypes: ['change'],
  title: { zh: '变更备案', en: 'Change filing (变更)' },
  summary: {
    zh: '确定变更范围 → 在原服务商提交变更 → 初审 → 短信核验（变更部分的负责人）→ 管局审核 → 更新商店信息。',
    en: 'Decide what changes → submit the change at the original provider → review → SMS check (the principal whose part changed) → provincial review → update the stores.',
  },
  requires: ['subject', 'principals'],
  steps: [
    {
      key: 'decide-scope',
      title: { zh: '确定变更范围', en: 'Decide what changes' },
      description: {
        zh: '变更主体、变更互联网信息服务，或两者都变更（变更备案）。新增平台或包名、更换签名证书、更换服务器 IP 都属于变更。',
        en: 'Change the subject, change the service, or both (变更备案). Adding a platform or package name, a new signing certificate, or a new server IP are all changes.',
      },
      actor: 'user',
      stage: 'draft',
      duration: null,
      tips: [
        pitfall(
          '省份、主办者证件号码和域名不能变更；换成另一个法人主体不算变更，须注销后重新备案（或在允许的省份迁移）。',
          'The province, the organizer’s certificate number and the domains cannot be changed; another legal entity is not a change — cancel and refile (or migrate where the province allows).',
          '§6 [HW-CHG][HW-RULES]',
        ),
        tip(
          '按非经营性备案办法，应在变更前 30 日申请。',
          'Under the non-commercial filing Measures, apply 30 days before the change.',
          '§6 [HW-CHG]',
        ),
        tip(
          '证书每年续期会改变公钥和 SHA-1，实践中按变更处理（是否法定必须尚无定论）。',
          'A yearly certificate renewal changes the key and SHA-1; practitioners file a change (whether it is legally required is open).',
          '§3, §10 [PR-LANSEND][PR-VIBE]',
        ),
      ],
    },
    collectFeatureInfo(),
    {
      key: 'fill-change',
      title: { zh: '在原服务商填写变更', en: 'Fill in the change at the original provider' },
      description: {
        zh: '在原接入服务商的备案系统中发起变更并修改相应信息；流程与首次备案相同。',
        en: 'Start the change in the original provider’s filing system and edit what changed; the process is the same as a first filing.',
      },
      actor: 'user',
      stage: 'draft',
      duration: null,
      tips: [
        tip(
          'APP 不能在主体之间迁移：先在新主体下备案，再注销旧的。',
          'Apps cannot move between subjects: file under the new subject first, then cancel the old one.',
          '§6 [HW-RULES]',
        ),
      ],
    },
    submitOrder(provider),
    providerReview(provider),
    smsVerification([
      tip(
        '变更时只有变更部分对应的负责人会收到短信。',
        'For a change, only the principal whose part changed gets the SMS.',
        '§1a [TC-SMS]',
      ),
    ]),
    provincialReview(),
    {
      key: 'update-stores',
      title: { zh: '更新商店与应用内信息', en: 'Update the stores and the app' },
      description: {
        zh: '变更通过后，核对应用商店、App Store Connect 和应用内展示的信息与备案一致。',
        en: 'Once approved, check that the stores, App Store Connect and the in-app notice match the filing.',
      },
      actor: 'user',
      stage: 'approved',
      duration: null,
      tips: [],
    },
  ],
}
