import type { FilingForm } from '../../../../shared/contract/filing-form'
import { emptyForm } from '../records/empty-form'
import { residentIdCheckChar } from '../validate/resident-id'

/** A second resident ID (Shenzhen, born 1990-03-07) with its check character computed. */
export const SECOND_ID = `44030519900307123${residentIdCheckChar('44030519900307123')}`

/** A complete, valid form for an Alibaba Cloud app filing (IDs pass GB 11643, the USCC GB 32100). */
export function validForm(): FilingForm {
  const form = emptyForm()
  form.subject = {
    type: 'enterprise',
    name: '北京纸桌科技有限公司',
    certType: 'uscc',
    certNumber: '91350100M000100Y43',
    certAddress: '北京市海淀区中关村大街 1 号',
    province: '11',
    city: '海淀区',
    mailingAddress: '北京市海淀区中关村大街 1 号 801 室',
    subjectNumber: '',
  }
  form.principals = [
    {
      role: 'subject-principal',
      name: '张三',
      idType: 'resident-id',
      idNumber: '11010519491231002X',
      idValidFrom: '2020-01-01',
      idValidTo: 'long-term',
      mobile: '13800138000',
      emergencyMobile: '13900139000',
      email: 'zhangsan@example.com',
      isLegalRep: true,
    },
    {
      role: 'service-principal',
      name: '李四',
      idType: 'resident-id',
      idNumber: SECOND_ID,
      idValidFrom: '2021-05-01',
      idValidTo: '2041-05-01',
      mobile: '13700137000',
      emergencyMobile: '',
      email: 'lisi@example.com',
      isLegalRep: false,
    },
  ]
  form.app = {
    name: '备案助手',
    serviceCategory: '工具',
    language: '中文简体',
    remarks: '帮助开发者整理备案材料。',
    providesSdk: false,
  }
  form.platforms = [
    {
      os: 'android',
      packageName: 'cn.paperdesk.fixture',
      publicKey: '2523…',
      signatureMd5: '82:DA:A0:C2:66:AB:21:5F:4A:A5:D3:06:92:FA:E7:73',
      domains: ['api.paperdesk.cn'],
      certificate: null,
    },
  ]
  form.domains = ['paperdesk.cn', 'api.paperdesk.cn']
  form.ips = ['47.95.1.2']
  return form
}
