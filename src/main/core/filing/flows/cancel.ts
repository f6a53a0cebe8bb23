import type { FlowTemplate } from '../../../../shared/contract/filing-flow'
import { pitfall, provincialReview, providerReview, smsVerification, submitOrder, tip } from './common-steps'

const provider = { zh: '服务商', en: 'the provider' }

/** 注销 / 取消接入: irreversible; no SMS when only dropping a provider (reference §6, §1a). */
export const cancelFlow: FlowTemplate = {
  id: 'cancel',
  providers: ['*'],
  filingTypes: ['cancel-service', 'cancel-subject', 'cancel-access'],
  title: { zh: '注销备案', en: 'Cancellation (注销)' },
  summary: {
    zh: '确定注销范围 → 在服务商提交 → 初审 → 短信核验（取消接入无需）→ 管局审核（约 3–5 个工作日）。',
    en: 'Decide what to cancel → submit at the provider → review → SMS check (none for dropping a provider) → provincial review (about 3–5 working days).',
  },
  requires: ['subject', 'principals'],
  steps: [
    {
      key: 'decide-scope',
      title: { zh: '确定注销范围', en: 'Decide what to cancel' },
      description: {
        zh: '注销互联网信息服务（一个 APP）、注销主体（其下全部网站、APP、小程序、快应用），或仅取消某个服务商的接入。',
        en: 'Cancel one service (one app), cancel the subject (every site, app, mini program and quick app under it), or only drop one provider’s access.',
      },
      actor: 'user',
      stage: 'draft',
      duration: null,
      tips: [
        pitfall('注销不可撤销。', 'A cancellation cannot be undone.', '§6 [HW-DEL]'),
        pitfall(
          '注销最后一个服务会留下空壳主体，许多省份要求先注销空壳主体才能重新备案。',
          'Cancelling the last service leaves an empty subject (空壳主体), which many provinces make you cancel before refiling.',
          '§6 [HW-DEL][HW-RULES]',
        ),
        tip(
          '取消接入只去掉该服务商；没有任何接入商的服务会变成“空”并被注销。',
          'Dropping access removes only that provider; a service with no provider left becomes “empty” and is cancelled.',
          '§6 [TC-DEL]',
        ),
      ],
    },
    submitOrder(provider),
    providerReview(provider),
    smsVerification([
      tip(
        '注销主体时主体负责人收到短信，注销服务时 APP 负责人收到短信。',
        'Cancelling the subject sends the SMS to the subject principal; cancelling a service, to the service principal.',
        '§1a [TC-SMS]',
      ),
    ]),
    provincialReview({ min: 3, max: 5 }),
  ],
}
