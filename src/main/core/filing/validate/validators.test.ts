import { describe, expect, it } from 'vitest'
import { fieldReasons } from '../../../../shared/contract/filing-form'
import { translate } from '../../../../shared/i18n'
import { checkAppName } from './app-name'
import { checkEmail, checkMobile } from './contact'
import { parseFilingNumber } from './filing-number'
import { checkIdValidity } from './id-validity'
import { checkDomain, checkIp } from './network'
import { checkResidentId } from './resident-id'
import { checkUscc, organisationCodeCheckChar, usccCheckChar } from './uscc'
import { validateValue } from './validate-value'

const now = new Date('2026-03-15T10:00:00+08:00')
const reasons = (findings: Array<{ reason: string }>) => findings.map((f) => f.reason)

describe('resident ID (GB 11643)', () => {
  it('accepts the standard’s example, in any case and with spaces', () => {
    expect(checkResidentId('11010519491231002X', now)).toMatchObject({
      value: '11010519491231002X',
      facts: { region: '110105', birthDate: '1949-12-31', sex: 'female' },
      findings: [],
    })
    expect(checkResidentId(' 110105 19491231 002x ', now).value).toBe('11010519491231002X')
  })

  it.each([
    ['110105194912310021', 'id-checksum'],
    ['11010519491231002', 'id-format'],
    ['1101051949123100AX', 'id-format'],
    ['110105194902310026', 'id-birth-date'],
    ['110105203001010011', 'id-birth-date'],
    ['990105194912310023', 'id-region'],
  ])('refuses %s (%s)', (id, reason) => {
    expect(reasons(checkResidentId(id, now).findings)).toEqual([reason])
  })

  it('every single-digit change of a valid ID is caught by the checksum or the format', () => {
    const valid = '11010519491231002X'
    for (let i = 14; i < 17; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[i]) continue
        const changed = `${valid.slice(0, i)}${d}${valid.slice(i + 1)}`
        expect(checkResidentId(changed, now).value, changed).toBeNull()
      }
    }
  })
})

describe('unified social credit code (GB 32100)', () => {
  it.each(['91350100M000100Y43', '91110000802100433B', '91440300708461136T', '9144030071526726XG'])(
    'accepts %s',
    (code) => {
      expect(checkUscc(code)).toEqual({ value: code, findings: [] })
    },
  )

  it('refuses a wrong check character, excluded letters and wrong lengths', () => {
    expect(checkUscc('91350100M000100Y44').findings).toEqual([
      { reason: 'uscc-checksum', severity: 'error', values: { expected: '3' } },
    ])
    expect(reasons(checkUscc('91350100M0001I0Y43').findings)).toEqual(['uscc-format'])
    expect(reasons(checkUscc('9135010').findings)).toEqual(['uscc-format'])
    expect(checkUscc('91350100m000100y43').value).toBe('91350100M000100Y43')
  })

  it('refuses a code whose embedded organisation code (characters 9–17) fails GB 11714', () => {
    // The real codes above carry valid organisation codes; change the org code's check
    // character and give the whole code a right GB 32100 check, so only GB 11714 can catch it.
    expect(organisationCodeCheckChar('M000100Y')).toBe('4')
    expect(organisationCodeCheckChar('71526726')).toBe('X')
    const first17 = '91350100M000100Y5'
    const forged = `${first17}${usccCheckChar(first17)}`
    expect(checkUscc(forged).findings).toEqual([
      {
        reason: 'uscc-org-code-checksum',
        severity: 'error',
        values: { code: 'M000100Y5', expected: '4' },
      },
    ])
  })
})

describe('contacts', () => {
  it('normalises mainland mobiles and refuses others', () => {
    expect(checkMobile('+86 138-0013-8000').value).toBe('13800138000')
    expect(checkMobile('0086 13800138000').value).toBe('13800138000')
    for (const bad of ['12800138000', '1380013800', '138001380001', '010-12345678'])
      expect(reasons(checkMobile(bad).findings), bad).toEqual(['mobile-format'])
  })

  it('accepts e-mail with an IDN domain and refuses malformed ones', () => {
    expect(checkEmail('zhang.san@例子.中国').value).toBe('zhang.san@例子.中国')
    expect(checkEmail('dev@Example.COM').value).toBe('dev@example.com')
    for (const bad of ['a@b', 'a@@b.com', 'a b@c.com', '@example.com', 'a..b@example.com'])
      expect(reasons(checkEmail(bad).findings), bad).toEqual(['email-format'])
  })
})

describe('domains and IPs', () => {
  it('accepts bare domains, IDN included', () => {
    expect(checkDomain('API.Example.COM.')).toMatchObject({ value: 'api.example.com', findings: [] })
    expect(checkDomain('例子.中国')).toMatchObject({ value: '例子.中国', ascii: 'xn--fsqu00a.xn--fiqs8s' })
    expect(reasons(checkDomain('a.b.c.d.example.com').findings)).toEqual(['domain-too-deep'])
  })

  it.each([
    ['https://example.com', 'domain-not-bare'],
    ['example.com/path', 'domain-not-bare'],
    ['example.com:8080', 'domain-not-bare'],
    ['1.2.3.4', 'domain-is-ip'],
    ['*.example.com', 'domain-format'],
    ['example', 'domain-format'],
    ['-a.com', 'domain-format'],
    ['a.123', 'domain-format'],
  ])('refuses %s (%s)', (domain, reason) => {
    expect(reasons(checkDomain(domain).findings)).toEqual([reason])
  })

  it('accepts IPv4/IPv6 and warns about addresses no server is reached at', () => {
    expect(checkIp('8.8.8.8')).toMatchObject({ value: '8.8.8.8', version: 4, findings: [] })
    expect(checkIp('2400:3200::1')).toMatchObject({ version: 6, findings: [] })
    for (const hidden of ['192.168.1.1', '10.0.0.8', '127.0.0.1', '::1', 'fe80::1', '::ffff:10.0.0.1'])
      expect(reasons(checkIp(hidden).findings), hidden).toEqual(['ip-not-public'])
    for (const bad of ['256.1.1.1', '1.2.3', 'example.com', '2400:::1'])
      expect(reasons(checkIp(bad).findings), bad).toEqual(['ip-format'])
  })
})

describe('ID validity (at least three months left)', () => {
  it('counts three calendar months from today in China', () => {
    expect(checkIdValidity('2016-06-15', '2026-06-15', now)).toEqual({ from: [], to: [] })
    expect(checkIdValidity('2016-06-14', '2026-06-14', now).to).toEqual([
      { reason: 'id-validity-short', severity: 'error', values: { date: '2026-06-14', days: 91 } },
    ])
    expect(reasons(checkIdValidity('', '2026-03-14', now).to)).toEqual(['id-validity-expired'])
    expect(checkIdValidity('2010-01-01', 'long-term', now)).toEqual({ from: [], to: [] })
    expect(reasons(checkIdValidity('2036-01-01', '2030-01-01', now).to)).toEqual(['id-validity-order'])
    expect(reasons(checkIdValidity('2026-02-30', '2030-01-01', now).from)).toEqual(['date-format'])
  })
})

describe('app names', () => {
  it.each([
    ['备案助手', []],
    ['中国好应用', ['app-name-banned-word']],
    ['😀相机', ['app-name-emoji']],
    ['12345', ['app-name-digits-only']],
    ['SuperNotes', ['app-name-latin-only']],
    ['免费看视频', ['app-name-marketing-word']],
    ['测试应用', ['app-name-placeholder']],
    ['Test Notes', ['app-name-latin-only', 'app-name-placeholder']],
    ['浏览器', ['app-name-generic']],
    [' 备案助手', ['app-name-spaces']],
  ])('%s → %j', (name, expected) => {
    expect(reasons(checkAppName(name).findings)).toEqual(expected)
  })

  it('refuses only on errors; warnings keep the name', () => {
    expect(checkAppName('中国好应用').value).toBeNull()
    expect(checkAppName('免费看视频').value).toBe('免费看视频')
  })
})

describe('filing numbers', () => {
  it('parses 京ICP备12345678号-2A into province, number, sequence and type', () => {
    expect(parseFilingNumber('京ICP备12345678号-2A')).toEqual({
      value: {
        province: { code: '11', abbr: '京', zh: '北京', en: 'Beijing' },
        number: '12345678',
        sequence: 2,
        type: 'app',
        subjectNumber: '京ICP备12345678号',
        text: '京ICP备12345678号-2A',
      },
      findings: [],
    })
  })

  it.each([
    ['蜀ICP备2026054850号-2A', '51', 'app', 2],
    ['京ICP备12345678号', '11', 'subject', null],
    ['粤ICP备12345678号-1', '44', 'website', 1],
    ['沪ICP备12345678号-3X', '31', 'mini-program', 3],
    ['浙ICP备12345678号-4K', '33', 'quick-app', 4],
    ['京icp备１２３４５６７８号－２a', '11', 'app', 2],
  ])('%s', (text, code, type, sequence) => {
    expect(parseFilingNumber(text).value).toMatchObject({ province: { code }, type, sequence })
  })

  it('accepts 川 for 蜀 with a warning, refuses unknown provinces and other shapes', () => {
    expect(parseFilingNumber('川ICP备12345678号-2A')).toMatchObject({
      value: { province: { code: '51', abbr: '蜀' }, subjectNumber: '川ICP备12345678号' },
      findings: [{ reason: 'filing-number-alias', severity: 'warning', values: { abbr: '川', usual: '蜀' } }],
    })
    expect(reasons(parseFilingNumber('港ICP备12345678号').findings)).toEqual(['filing-number-province'])
    for (const bad of [
      '京ICP证123456号',
      'ICP备12345678号',
      '京ICP备12345678',
      '京ICP备12345678号-2B',
      '京ICP备号',
    ])
      expect(reasons(parseFilingNumber(bad).findings), bad).toEqual(['filing-number-format'])
  })
})

describe('validateValue (the CLI’s view)', () => {
  it('gives the reason key and an English message', () => {
    expect(validateValue('id', '110105194912310021', now)).toEqual({
      kind: 'id',
      valid: false,
      reason: 'filing.id-checksum',
      message: translate('en', 'filing.reasons.id-checksum', { expected: 'X' }),
      normalized: null,
      warnings: [],
      details: null,
    })
    expect(validateValue('filing-number', '京ICP备12345678号-2A', now)).toMatchObject({
      valid: true,
      reason: null,
      normalized: '京ICP备12345678号-2A',
      details: { type: 'app', sequence: 2, province: { abbr: '京' } },
    })
  })
})

describe('field reasons', () => {
  it('each reads in English and Chinese', () => {
    for (const reason of fieldReasons) {
      const key = `filing.reasons.${reason}`
      expect(translate('en', key), key).not.toBe(key)
      expect(translate('zh-CN', key), key).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
