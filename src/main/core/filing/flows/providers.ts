import type { Provider } from '../../../../shared/contract/filing-flow'

/** Where filings are made. Adding a provider is adding an entry here and a flow file. */
export const providers: readonly Provider[] = [
  {
    id: 'aliyun',
    name: { zh: '阿里云', en: 'Alibaba Cloud' },
    channel: 'cloud',
    consoleUrl: 'https://beian.aliyun.com',
  },
  {
    id: 'tencent',
    name: { zh: '腾讯云', en: 'Tencent Cloud' },
    channel: 'cloud',
    consoleUrl: 'https://console.cloud.tencent.com/beian',
  },
  {
    id: 'huawei',
    name: { zh: '华为云', en: 'Huawei Cloud' },
    channel: 'cloud',
    consoleUrl: 'https://console.huaweicloud.com/beian',
  },
  {
    id: 'wechat',
    name: { zh: '微信小程序', en: 'WeChat Mini Program' },
    channel: 'mini-program-platform',
    consoleUrl: 'https://mp.weixin.qq.com',
  },
]
