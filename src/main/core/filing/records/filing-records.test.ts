import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '../../../../shared/errors'
import { useTempDirs } from '../../test-support/temp-dir'
import { filingCore } from '../test-support/filing-core'
import { validForm } from '../test-support/valid-form'

const tempDir = useTempDirs()
let core: ReturnType<typeof filingCore>
afterEach(() => core?.close())

const reasonOf = async (work: () => unknown) => {
  try {
    await work()
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    return ((e as AppError).details as { reason: string }).reason
  }
  throw new Error('expected a refusal')
}

const dbRow = (sql: string, ...args: unknown[]) =>
  core.store.db.prepare(sql).get(...args) as Record<string, unknown>

describe('filing records and the status machine (fixed clock)', () => {
  it('walks an Alibaba Cloud filing from draft to approved, with ETAs and the SMS countdown', async () => {
    core = filingCore(tempDir(), '2026-03-12T09:00:00+08:00')
    const { f } = { f: core.filing }
    const { id } = await f.create({
      appName: '备案助手',
      provider: 'aliyun',
      filingType: 'first',
      province: '11',
    })
    expect(dbRow('SELECT status, flow_id AS flow FROM filing WHERE id = ?', id)).toEqual({
      status: 'draft',
      flow: 'aliyun-app',
    })
    expect(dbRow('SELECT count(*) AS n FROM filing_step WHERE filing_id = ?', id)).toEqual({ n: 10 })
    expect(dbRow('SELECT count(*) AS n FROM filing_field WHERE filing_id = ?', id)).toEqual({ n: 9 })

    const [draft] = await f.list(undefined)
    expect(draft?.due).toMatchObject({ kind: 'fix-form', urgency: 'soon' })
    expect(draft?.errorCount).toBeGreaterThan(5)

    // The core validates again on submit: an incomplete form cannot be submitted, nothing changes.
    expect(await reasonOf(() => f.setStep({ id, step: 'submit', status: 'done' }))).toBe(
      'filing.form-has-errors',
    )
    expect(dbRow("SELECT status FROM filing_step WHERE filing_id = ? AND step_key = 'submit'", id)).toEqual({
      status: 'todo',
    })

    const saved = await f.saveForm({ id, form: validForm() })
    expect(saved.issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(saved.due).toMatchObject({ kind: 'next-step', step: 'prepare' })

    core.setNow('2026-03-13T15:00:00+08:00') // a Friday afternoon
    const submitted = await f.setStep({ id, step: 'submit', status: 'done' })
    expect(submitted.status).toBe('submitted')
    expect(submitted.due).toMatchObject({
      kind: 'provider-review',
      earliest: '2026-03-16',
      latest: '2026-03-17',
      urgency: 'waiting',
    })

    core.setNow('2026-03-16T09:00:00+08:00')
    const reviewing = await f.setStep({
      id,
      step: 'provider-review',
      status: 'doing',
      note: '审核员来电核实',
    })
    expect(reviewing.status).toBe('provider-review')
    expect(reviewing.steps.find((s) => s.key === 'provider-review')).toMatchObject({
      note: '审核员来电核实',
      expected: { earliest: '2026-03-16', latest: '2026-03-17', elapsed: 1, overdue: false },
    })

    core.setNow('2026-03-16T10:00:00+08:00')
    const sms = await f.sms({ id, action: 'received' })
    expect(sms.status).toBe('sms-pending')
    expect(sms.sms).toMatchObject({
      deadline: '2026-03-17T02:00:00.000Z',
      attemptsLeft: 5,
      resendsLeft: 3,
      expired: false,
    })
    expect(sms.due).toMatchObject({ kind: 'sms-deadline', urgency: 'urgent', at: '2026-03-17T02:00:00.000Z' })

    core.setNow('2026-03-16T16:00:00+08:00')
    await f.sms({ id, action: 'wrong-code' })
    const twice = await f.sms({ id, action: 'wrong-code' })
    expect(twice.sms).toMatchObject({ wrongCodes: 2, attemptsLeft: 3, remainingMs: 18 * 3600_000 })
    for (let i = 0; i < 3; i++) await f.sms({ id, action: 'resent' })
    expect(await reasonOf(() => f.sms({ id, action: 'resent' }))).toBe('filing.sms-resend-limit')

    const verified = await f.sms({ id, action: 'verified' })
    expect(verified.status).toBe('provincial-review')
    expect(verified.due).toMatchObject({
      kind: 'provincial-review',
      earliest: '2026-03-17',
      // 20 working days: Qingming’s Monday off (6 April) moves the end from the 13th to the 14th.
      latest: '2026-04-14',
      holidaysUnknown: [],
    })

    core.setNow('2026-03-30T11:00:00+08:00')
    const approved = await f.setStep({ id, step: 'provincial-review', status: 'done' })
    expect(approved.status).toBe('approved')
    expect(approved.due).toMatchObject({ kind: 'public-security', latest: '2026-04-29', overdue: false })

    const statuses = approved.events.filter((e) => e.kind === 'status').map((e) => e.detail['to'])
    expect(statuses).toEqual([
      'draft',
      'submitted',
      'provider-review',
      'sms-pending',
      'provincial-review',
      'approved',
    ])
    expect(approved.events.filter((e) => e.kind === 'sms-resent')).toHaveLength(3)
    expect(dbRow('SELECT status, status_at AS at FROM filing WHERE id = ?', id)).toEqual({
      status: 'approved',
      at: '2026-03-30T03:00:00.000Z',
    })
  })

  it('five wrong SMS codes return the order; reopening starts the submission over', async () => {
    core = filingCore(tempDir(), '2026-03-12T09:00:00+08:00')
    const f = core.filing
    const { id } = await f.create({
      appName: '备案助手',
      provider: 'tencent',
      filingType: 'first',
      province: '',
    })
    await f.saveForm({ id, form: validForm() })
    await f.setStep({ id, step: 'submit', status: 'done' })
    await f.setStep({ id, step: 'provider-review', status: 'done' })
    await f.sms({ id, action: 'received' })
    for (let i = 0; i < 4; i++) await f.sms({ id, action: 'wrong-code' })
    const returned = await f.sms({ id, action: 'wrong-code' })
    expect(returned).toMatchObject({
      status: 'returned',
      returnReasons: ['sms-attempts'],
      due: { kind: 'fix-and-resubmit' },
    })
    expect(await reasonOf(() => f.sms({ id, action: 'wrong-code' }))).toBe('filing.sms-not-expected')

    const reopened = await f.reopen({ id })
    expect(reopened.status).toBe('draft')
    const after = (key: string) => reopened.steps.find((s) => s.key === key)?.status
    expect([after('fill-order'), after('submit'), after('provider-review'), after('sms-verify')]).toEqual([
      'todo',
      'todo',
      'todo',
      'todo',
    ])
    expect(reopened.returnReasons).toEqual(['sms-attempts'])

    const again = await f.setStep({ id, step: 'submit', status: 'done' })
    expect(again).toMatchObject({ status: 'submitted', returnReasons: [] })
  })

  it('records a return with reasons, only from a review stage', async () => {
    core = filingCore(tempDir(), '2026-03-12T09:00:00+08:00')
    const f = core.filing
    const { id } = await f.create({
      appName: '备案助手',
      provider: 'huawei',
      filingType: 'first',
      province: '',
    })
    expect(await reasonOf(() => f.markReturned({ id, reasons: ['photos'], note: '' }))).toBe(
      'filing.cannot-return',
    )
    await f.saveForm({ id, form: validForm() })
    await f.setStep({ id, step: 'submit', status: 'done' })
    const returned = await f.markReturned({ id, reasons: ['photos', 'id-validity'], note: '身份证照片反光' })
    expect(returned).toMatchObject({
      status: 'returned',
      returnReasons: ['photos', 'id-validity'],
      returnNote: '身份证照片反光',
    })
  })

  it('a cancellation of provider access has no SMS step; a WeChat filing has the face check', async () => {
    core = filingCore(tempDir(), '2026-03-12T09:00:00+08:00')
    const f = core.filing
    const cancel = await f.create({
      appName: '旧应用',
      provider: 'aliyun',
      filingType: 'cancel-access',
      province: '',
    })
    expect((await f.get(cancel)).steps.map((s) => s.key)).toEqual([
      'decide-scope',
      'submit',
      'provider-review',
      'provincial-review',
    ])
    const wechat = await f.create({
      appName: '小程序',
      provider: 'wechat',
      filingType: 'first',
      province: '',
    })
    const detail = await f.get(wechat)
    expect(detail.flowId).toBe('wechat-miniprogram')
    expect(detail.steps.map((s) => s.key)).toContain('face-check')
  })

  it('refuses bad input before any work and leaves the database as it was', async () => {
    core = filingCore(tempDir(), '2026-03-12T09:00:00+08:00')
    const bad = await core.call('paperdesk:filing.create', { appName: '', provider: 'nope' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(dbRow('SELECT count(*) AS n FROM filing')).toEqual({ n: 0 })
    const missing = await core.call('paperdesk:filing.get', { id: 99 })
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', details: { reason: 'filing.not-found' } },
    })
  })

  it('lists the most pressing filing first', async () => {
    core = filingCore(tempDir(), '2026-03-12T09:00:00+08:00')
    const f = core.filing
    const calm = await f.create({
      appName: '草稿应用',
      provider: 'aliyun',
      filingType: 'first',
      province: '',
    })
    const { id } = await f.create({
      appName: '短信应用',
      provider: 'aliyun',
      filingType: 'first',
      province: '',
    })
    await f.saveForm({ id, form: validForm() })
    await f.setStep({ id, step: 'submit', status: 'done' })
    await f.sms({ id, action: 'received' })
    expect((await f.list(undefined)).map((s) => s.id)).toEqual([id, calm.id])
  })
})
