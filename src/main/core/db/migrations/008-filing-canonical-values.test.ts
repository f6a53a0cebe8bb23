import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { validForm } from '../../filing/test-support/valid-form'
import { migrate } from '../migrate'
import { migration008FilingCanonicalValues } from './008-filing-canonical-values'
import { migrations } from './index'

describe('migration 008: filing values in their canonical layout', () => {
  const db = new Database(':memory:')
  migrate(
    db,
    migrations.filter((m) => m.version < migration008FilingCanonicalValues.version),
  )
  const id = Number(
    db
      .prepare(
        `INSERT INTO filing (app_name, provider, filing_type, flow_id, status, status_at, app_number)
         VALUES ('备案助手', 'aliyun', 'first', 'aliyun-app', 'approved', '2026-03-12T01:00:00.000Z', ' 京icp备12345678号－2a ')`,
      )
      .run().lastInsertRowid,
  )
  const typed = validForm()
  const [first] = typed.principals
  if (!first) throw new Error('the valid form has principals')
  first.idNumber = '110105 19491231 002x'
  first.mobile = '+86 138-0013-8000'
  first.email = 'ZhangSan@Example.COM'
  const [android] = typed.platforms
  if (!android) throw new Error('the valid form has a platform')
  android.signatureMd5 = '82:da:a0:c2:66:ab:21:5f:4a:a5:d3:06:92:fa:e7:73'
  typed.domains = ['Paperdesk.CN.', '']
  const put = db.prepare('INSERT INTO filing_field (filing_id, section, value) VALUES (?, ?, ?)')
  for (const section of ['principals', 'platforms', 'domains'] as const)
    put.run(id, section, JSON.stringify(typed[section]))
  // A section saved by a future version, or damaged: not this schema's, so left alone.
  put.run(id, 'app', JSON.stringify({ name: ' 备案助手 ', unknown: true }))
  migrate(db)

  const section = (name: string) =>
    JSON.parse(
      (
        db.prepare('SELECT value FROM filing_field WHERE filing_id = ? AND section = ?').get(id, name) as {
          value: string
        }
      ).value,
    ) as unknown

  it('rewrites IDs, phones, e-mail domains, fingerprints and domains saved as typed', () => {
    expect(section('principals')).toEqual([
      expect.objectContaining({
        idNumber: '11010519491231002X',
        mobile: '13800138000',
        email: 'ZhangSan@example.com',
      }),
      expect.objectContaining({ mobile: '13700137000' }),
    ])
    expect(section('platforms')).toEqual([
      expect.objectContaining({ signatureMd5: '82DAA0C266AB215F4AA5D30692FAE773' }),
    ])
    expect(section('domains')).toEqual(['paperdesk.cn'])
    expect(db.prepare('SELECT app_number AS n FROM filing WHERE id = ?').get(id)).toEqual({
      n: '京ICP备12345678号-2A',
    })
  })

  it('leaves a section it cannot read as it was', () => {
    expect(section('app')).toEqual({ name: ' 备案助手 ', unknown: true })
  })
})
