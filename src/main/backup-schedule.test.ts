import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BACKUP_CHECK_INTERVAL_MS, startBackupSchedule } from './backup-schedule'

describe('startBackupSchedule', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('checks at once, then every hour, until stopped', async () => {
    const backupIfDue = vi.fn(async () => null)
    const stop = startBackupSchedule(backupIfDue, vi.fn())
    expect(backupIfDue).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(BACKUP_CHECK_INTERVAL_MS)
    expect(backupIfDue).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(BACKUP_CHECK_INTERVAL_MS)
    expect(backupIfDue).toHaveBeenCalledTimes(3)
    stop()
    await vi.advanceTimersByTimeAsync(BACKUP_CHECK_INTERVAL_MS * 3)
    expect(backupIfDue).toHaveBeenCalledTimes(3)
  })

  it('logs a failed backup and keeps the schedule going', async () => {
    const error = new Error('disk full')
    const backupIfDue = vi.fn().mockRejectedValueOnce(error).mockResolvedValue(null)
    const log = vi.fn()
    const stop = startBackupSchedule(backupIfDue, log)
    await vi.advanceTimersByTimeAsync(0)
    expect(log).toHaveBeenCalledWith('automatic backup failed', error)
    await vi.advanceTimersByTimeAsync(BACKUP_CHECK_INTERVAL_MS)
    expect(backupIfDue).toHaveBeenCalledTimes(2)
    stop()
  })

  it('does not start a second backup while one is still running', async () => {
    let finish: () => void = () => {}
    const backupIfDue = vi.fn(() => new Promise<void>((r) => (finish = r)))
    const stop = startBackupSchedule(backupIfDue, vi.fn(), 1000)
    await vi.advanceTimersByTimeAsync(3000)
    expect(backupIfDue).toHaveBeenCalledTimes(1)
    finish()
    await vi.advanceTimersByTimeAsync(1000)
    expect(backupIfDue).toHaveBeenCalledTimes(2)
    stop()
  })
})
