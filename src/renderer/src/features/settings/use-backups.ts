import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupFile, RestoreResult } from '../../../../shared/contract/db'
import { paperdesk } from '../../app/api'
import { useAppState } from '../../app/state/app-state'
import { useToasts } from '../../app/toasts/toast-context'
import { fileName, sortNewestFirst } from './format'

const listNewestFirst = async () => sortNewestFirst(await paperdesk().db.listBackups())

export type BackupTask = 'backup' | 'restore'

/** The backup list and the three actions on it; each reports its outcome as a toast. */
export function useBackups() {
  const { t } = useTranslation()
  const { reload } = useAppState()
  const { showError, showStatus } = useToasts()
  /** null until the first listing arrives. */
  const [backups, setBackups] = useState<BackupFile[] | null>(null)
  const [task, setTask] = useState<BackupTask | null>(null)

  const refresh = useCallback(async () => {
    try {
      setBackups(await listNewestFirst())
    } catch (e) {
      setBackups((current) => current ?? [])
      showError(e)
    }
  }, [showError])

  useEffect(() => {
    let current = true
    listNewestFirst().then(
      (list) => current && setBackups(list),
      (e: unknown) => {
        if (!current) return
        setBackups([])
        showError(e)
      },
    )
    return () => {
      current = false
    }
  }, [showError])

  const run = async (kind: BackupTask, work: () => Promise<void>) => {
    setTask(kind)
    try {
      await work()
    } catch (e) {
      showError(e)
    } finally {
      setTask(null)
    }
  }

  // The restored database may carry other settings (language, theme): read everything again.
  const afterRestore = async (result: RestoreResult) => {
    const name = fileName(result.restoredFrom)
    showStatus((tr) => tr('settings.restoreDone', { name }))
    await Promise.all([reload(), refresh()])
  }

  const backupNow = () =>
    run('backup', async () => {
      const file = await paperdesk().db.backupNow()
      showStatus((tr) => tr('settings.backupDone', { name: file.name }))
      await refresh()
    })

  const restoreBackup = (name: string) => {
    if (!window.confirm(t('settings.restoreConfirm', { name }))) return Promise.resolve()
    return run('restore', async () => afterRestore(await paperdesk().db.restoreBackup({ name })))
  }

  const restoreFromFile = () =>
    run('restore', async () => {
      const result = await paperdesk().db.restoreFromFile()
      if (result) await afterRestore(result) // null: the user cancelled the dialog
    })

  return { backups, task, backupNow, restoreBackup, restoreFromFile }
}
