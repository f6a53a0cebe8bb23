import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { useTempDirs } from '../../test-support/temp-dir'
import { filingCatalog } from '../filing-catalog'
import { sheetHtml } from '../outputs/sheet-html'
import { filingCore } from '../test-support/filing-core'
import { validForm } from '../test-support/valid-form'
import * as canonical from '../validate/canonical'
import { normalizeForm } from './normalize-form'

const tempDir = useTempDirs()
let core: ReturnType<typeof filingCore> | undefined
afterEach(() => core?.close())

/** A form as a user types and pastes it: the same values in every layout people use. */
function typedForm() {
  const form = validForm()
  form.subject = {
    ...form.subject,
    type: 'individual',
    certType: 'resident-id',
    certNumber: '110105 19491231 002x',
    name: '  张三 ',
  }
  const [first, second] = form.principals
  if (!first || !second) throw new Error('the valid form has two principals')
  Object.assign(first, {
    idNumber: '11010519491231002X',
    mobile: '+86 138-0013-8000',
    emergencyMobile: '１３９ ００１３ ９０００',
    email: 'ZhangSan@Example.COM ',
    name: '买买提 • 艾力',
  })
  Object.assign(second, { mobile: '0086 137 0013 7000' })
  const [android] = form.platforms
  if (!android) throw new Error('the valid form has a platform')
  Object.assign(android, {
    signatureMd5: '82 da a0 c2 66 ab 21 5f 4a a5 d3 06 92 fa e7 73',
    publicKey: '25 23\n4567',
    packageName: ' cn.paperdesk.fixture ',
    domains: ['API.Paperdesk.cn', ''],
  })
  form.domains = ['Paperdesk。cn', 'api.paperdesk.cn.', '  ']
  form.ips = ['47.95.1.2', '2001:DB8:0:0:0:0:0:1']
  return form
}

describe('one canonical stored form per kind of value', () => {
  it('stores what the UI or a script typed in its canonical layout, and the sheet prints that', async () => {
    core = filingCore(tempDir(), '2026-03-12T09:00:00+08:00')
    const { id } = await core.filing.create({
      appName: '备案助手',
      provider: 'aliyun',
      filingType: 'first',
      province: '11',
    })
    const saved = await core.filing.saveForm({ id, form: typedForm() })
    const { form } = await core.filing.get({ id })
    expect(form).toEqual(saved.form)
    expect(form.subject).toMatchObject({ certNumber: '11010519491231002X', name: '张三' })
    expect(form.principals[0]).toMatchObject({
      idNumber: '11010519491231002X',
      mobile: '13800138000',
      emergencyMobile: '13900139000',
      email: 'ZhangSan@example.com',
      name: '买买提·艾力',
    })
    expect(form.principals[1]?.mobile).toBe('13700137000')
    expect(form.platforms[0]).toMatchObject({
      signatureMd5: '82DAA0C266AB215F4AA5D30692FAE773',
      publicKey: '25234567',
      packageName: 'cn.paperdesk.fixture',
      domains: ['api.paperdesk.cn'],
    })
    expect(form.domains).toEqual(['paperdesk.cn', 'api.paperdesk.cn'])
    expect(form.ips).toEqual(['47.95.1.2', '2001:db8::1'])

    const html = sheetHtml(saved, filingCatalog, {
      locale: 'zh-CN',
      masked: false,
      what: 'summary',
      images: new Map(),
      generatedAt: new Date('2026-03-12T01:00:00Z'),
    })
    expect(html.match(/11010519491231002X/g)).toHaveLength(2)
    expect(html).not.toMatch(/002x|138-0013|\+86|82:DA|82 da|Example\.COM/)
    expect(html).toContain('82DAA0C266AB215F4AA5D30692FAE773')
  })

  it('keeps the filing number it was given in its canonical layout', async () => {
    core = filingCore(tempDir(), '2026-03-12T09:00:00+08:00')
    const { id } = await core.filing.create({
      appName: '备案助手',
      provider: 'aliyun',
      filingType: 'first',
      province: '',
    })
    const detail = await core.filing.update({ id, appNumber: ' 京icp备１２３４５６７８号－2a' })
    expect(detail.appNumber).toBe('京ICP备12345678号-2A')
  })

  it('is idempotent and never changes a value’s verdict, only its layout', () => {
    const stored = normalizeForm(typedForm())
    expect(normalizeForm(stored)).toEqual(stored)
    const functions = Object.values(canonical) as Array<(raw: string) => string>
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...functions), (raw, f) => f(f(raw)) === f(raw)),
      { numRuns: 2000 },
    )
  })
})
