import { describe, expect, it } from 'vitest'
import {
  filingTypes,
  FlowTemplateSchema,
  MaterialSchema,
  providerIds,
  RejectionReasonSchema,
} from '../../../../shared/contract/filing-flow'
import { materials } from '../data/materials'
import { rejectionReasons } from '../data/rejection-reasons'
import { flowFor, flows, providers, stepsFor } from './index'

const han = /[\u4e00-\u9fff]/

describe('flows as data', () => {
  it.each(flows.map((f) => [f.id, f]))(
    '%s is a valid template with unique steps, both languages and sourced tips',
    (_, flow) => {
      expect(FlowTemplateSchema.parse(flow)).toEqual(flow)
      const keys = flow.steps.map((s) => s.key)
      expect(new Set(keys).size).toBe(keys.length)
      for (const step of flow.steps) {
        expect(step.title.zh, step.key).toMatch(han)
        expect(step.description.zh, step.key).toMatch(han)
        expect(step.title.en.trim(), step.key).not.toBe('')
        for (const tip of step.tips) {
          expect(tip.text.zh).toMatch(han)
          expect(tip.source, `${flow.id}/${step.key}`).toMatch(/§\d/)
        }
      }
      // Exactly one step submits, and the stages never go back along the way.
      expect(flow.steps.filter((s) => s.completes === 'submitted')).toHaveLength(1)
    },
  )

  it('has a flow for every provider and filing type', () => {
    for (const provider of providerIds)
      for (const type of filingTypes) expect(flowFor(provider, type), `${provider}/${type}`).toBeDefined()
    expect(flowFor('aliyun', 'first')?.id).toBe('aliyun-app')
    expect(flowFor('huawei', 'change')?.id).toBe('change')
    expect(flowFor('wechat', 'first')?.id).toBe('wechat-miniprogram')
    expect(providers.map((p) => p.id)).toEqual([...providerIds])
  })

  it('shows the 24-hour SMS step everywhere but when only dropping a provider', () => {
    const cancel = flowFor('tencent', 'cancel-access')
    expect(cancel && stepsFor(cancel, 'cancel-access').some((s) => s.sms)).toBe(false)
    expect(cancel && stepsFor(cancel, 'cancel-subject').some((s) => s.sms)).toBe(true)
    const sms = flowFor('aliyun', 'first')?.steps.find((s) => s.sms)
    expect(sms?.duration).toEqual({ kind: 'hours', value: 24 })
  })

  it('materials and rejection reasons are valid data too', () => {
    for (const m of materials) expect(MaterialSchema.parse(m)).toEqual(m)
    for (const r of rejectionReasons) expect(RejectionReasonSchema.parse(r)).toEqual(r)
  })
})
