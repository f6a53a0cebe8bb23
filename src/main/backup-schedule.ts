export const BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000

/**
 * Runs the daily automatic backup: once now, then checks every hour (the store decides whether a
 * day has passed). A failure is logged and the app carries on; the next check tries again.
 */
export function startBackupSchedule(
  backupIfDue: () => Promise<unknown>,
  log: (message: string, error: unknown) => void,
  intervalMs = BACKUP_CHECK_INTERVAL_MS,
): () => void {
  let running = false
  const run = async (): Promise<void> => {
    if (running) return
    running = true
    try {
      await backupIfDue()
    } catch (error) {
      log('automatic backup failed', error)
    } finally {
      running = false
    }
  }
  void run()
  const timer = setInterval(() => void run(), intervalMs)
  timer.unref?.()
  return () => clearInterval(timer)
}
