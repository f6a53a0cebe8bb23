import type { FilingType, FlowStep, FlowTemplate, ProviderId } from '../../../../shared/contract/filing-flow'
import { aliyunAppFlow } from './aliyun-app'
import { cancelFlow } from './cancel'
import { changeFlow } from './change'
import { huaweiAppFlow } from './huawei-app'
import { tencentAppFlow } from './tencent-app'
import { wechatMiniProgramFlow } from './wechat-miniprogram'

export { providers } from './providers'

/** Every flow template. A new provider or filing kind is a new entry: the code reads only data. */
export const flows: readonly FlowTemplate[] = [
  aliyunAppFlow,
  tencentAppFlow,
  huaweiAppFlow,
  wechatMiniProgramFlow,
  changeFlow,
  cancelFlow,
]

/** The flow for a provider and filing type: the provider's own first, then one for any provider. */
export function flowFor(provider: ProviderId, type: FilingType): FlowTemplate | undefined {
  const fits = (flow: FlowTemplate) => flow.filingTypes.includes(type)
  return (
    flows.find((f) => fits(f) && f.providers.includes(provider)) ??
    flows.find((f) => fits(f) && f.providers.includes('*'))
  )
}

export function flowById(id: string): FlowTemplate | undefined {
  return flows.find((f) => f.id === id)
}

/** The steps a filing of `type` goes through (some steps apply to some types only). */
export function stepsFor(flow: FlowTemplate, type: FilingType): FlowStep[] {
  return flow.steps.filter((s) => !s.onlyFor || s.onlyFor.includes(type))
}
