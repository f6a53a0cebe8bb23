import { describe, expect, it } from 'vitest'
import type { FieldIssue } from '../../../../shared/contract/filing-form'
import { emptyForm } from '../records/empty-form'
import { validForm } from '../test-support/valid-form'
import { validateForm, type RequiredPart } from './validate-form'

const now = new Date('2026-03-15T10:00:00+08:00')
const all = new Set<RequiredPart>(['subject', 'principals', 'app', 'platforms', 'network'])
const errors = (issues: FieldIssue[]) =>
  issues.filter((i) => i.severity === 'error').map((i) => `${i.path}:${i.reason}`)

describe('validateForm', () => {
  it('passes a complete, valid form', () => {
    expect(errors(validateForm(validForm(), { now, required: all }))).toEqual([])
  })

  it('names every missing required field of an empty form, and none for parts a filing does not need', () => {
    const issues = errors(validateForm(emptyForm(), { now, required: all }))
    expect(issues).toEqual(
      expect.arrayContaining([
        'subject.name:required',
        'principals.0.idNumber:required',
        'app.name:required',
        'platforms:required',
        'domains:required',
      ]),
    )
    expect(
      errors(validateForm(emptyForm(), { now, required: new Set(['subject']) })).every((i) =>
        i.startsWith('subject.'),
      ),
    ).toBe(true)
  })

  it('refuses the same phone or e-mail for two different people, not for the same person twice', () => {
    const form = validForm()
    const [first, second] = form.principals as [
      NonNullable<(typeof form.principals)[0]>,
      NonNullable<(typeof form.principals)[1]>,
    ]
    second.mobile = `+86 ${first.mobile}`
    second.email = first.email.toUpperCase()
    expect(errors(validateForm(form, { now, required: all }))).toEqual([
      'principals.1.mobile:phone-shared',
      'principals.1.email:email-shared',
    ])
    second.idNumber = first.idNumber
    expect(errors(validateForm(form, { now, required: all }))).toEqual([])
  })

  it('checks the ID, USCC, validity and contacts field by field', () => {
    const form = validForm()
    form.subject.certNumber = '91350100M000100Y44'
    const person = form.principals[0] as (typeof form.principals)[0] & object
    person.idNumber = '110105194912310021'
    person.idValidTo = '2026-05-01'
    person.email = 'not-an-email'
    person.emergencyMobile = person.mobile
    const issues = validateForm(form, { now, required: all })
    expect(errors(issues)).toEqual([
      'subject.certNumber:uscc-checksum',
      'principals.0.idNumber:id-checksum',
      'principals.0.idValidTo:id-validity-short',
      'principals.0.email:email-format',
    ])
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: 'principals.0.emergencyMobile',
        reason: 'emergency-same-as-mobile',
        severity: 'warning',
      }),
    )
  })

  it('wants the SHA-1 for iOS, warns about SHA-1 for Android, and ties the value to the inspected certificate', () => {
    const form = validForm()
    const android = form.platforms[0] as (typeof form.platforms)[0] & object
    form.platforms.push({
      ...android,
      os: 'ios',
      packageName: 'cn.paperdesk.demo',
      signatureMd5: android.signatureMd5,
    })
    android.certificate = {
      sha256: 'A'.repeat(64),
      md5: 'B'.repeat(32),
      sha1: 'C'.repeat(40),
      subject: 'CN=x',
      notAfter: '2026-04-01T00:00:00.000Z',
      sourceFile: 'a.apk',
    }
    const issues = validateForm(form, { now, required: all })
    expect(errors(issues)).toEqual([
      'platforms.0.signatureMd5:signature-not-certificate',
      'platforms.1.signatureMd5:signature-ios-needs-sha1',
    ])
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: 'platforms.0.certificate',
        reason: 'certificate-expiring',
        values: { date: '2026-04-01', days: 17 },
      }),
    )
    android.signatureMd5 = 'b'.repeat(32)
    expect(errors(validateForm(form, { now, required: all }))).toEqual([
      'platforms.1.signatureMd5:signature-ios-needs-sha1',
    ])
  })

  it('requires a platform’s domains to be among the filing’s, and checks names and IPs', () => {
    const form = validForm()
    ;(form.platforms[0] as (typeof form.platforms)[0] & object).domains = ['cdn.other.cn']
    form.app.name = '中国备案助手'
    form.ips = ['192.168.1.1', '300.1.1.1']
    const issues = validateForm(form, { now, required: all })
    expect(errors(issues)).toEqual([
      'app.name:app-name-banned-word',
      'ips.1:ip-format',
      'platforms.0.domains.0:platform-domain-unknown',
    ])
    expect(issues).toContainEqual(
      expect.objectContaining({ path: 'ips.0', reason: 'ip-not-public', severity: 'warning' }),
    )
  })

  it('accepts a platform domain that is a filed domain’s subdomain, and nothing that only looks like one', () => {
    const form = validForm()
    form.domains = ['paperdesk.cn', '例子.中国']
    const android = form.platforms[0] as (typeof form.platforms)[0] & object
    android.domains = [
      'api.paperdesk.cn',
      'img.cdn.paperdesk.cn',
      'API.例子.中国',
      'evilpaperdesk.cn',
      'paperdesk.cn.evil.com',
    ]
    expect(errors(validateForm(form, { now, required: all }))).toEqual([
      'platforms.0.domains.3:platform-domain-unknown',
      'platforms.0.domains.4:platform-domain-unknown',
    ])
  })
})
