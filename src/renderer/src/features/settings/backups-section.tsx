import { useTranslation } from 'react-i18next'
import type { BackupFile } from '../../../../shared/contract/db'
import { describeError } from '../../app/call-error'
import { useAppState } from '../../app/state/app-state'
import { useAutoBackupStatus } from '../../app/state/use-auto-backup-status'
import { formatBytes, formatDateTime } from '../../app/format'
import { SettingsSection } from './settings-section'
import { useBackups } from './use-backups'

function BackupItem({
  backup,
  disabled,
  onRestore,
}: {
  backup: BackupFile
  disabled: boolean
  onRestore: () => void
}) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  return (
    <li className="backup-item" data-testid="backup-item" data-name={backup.name}>
      <div className="backup-item__text">
        <span className="backup-item__date">{formatDateTime(backup.createdAt, locale)}</span>
        <span className="backup-item__meta">
          <span className="backup-item__name">{backup.name}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('settings.backupSize', { size: formatBytes(backup.bytes, locale) })}</span>
        </span>
      </div>
      <button
        type="button"
        className="button button--quiet"
        data-testid="backup-restore"
        disabled={disabled}
        onClick={onRestore}
      >
        {t('settings.restore')}
      </button>
    </li>
  )
}

function AutoBackupLine() {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const status = useAutoBackupStatus({ alert: false })
  if (!status) return null
  const failed = status.error !== null
  const text = status.error
    ? t('db.autoBackupFailed', { message: describeError(t, status.error) })
    : status.lastSuccessAt
      ? t('db.autoBackupOk', { time: formatDateTime(status.lastSuccessAt, locale) })
      : t('db.autoBackupNever')
  return (
    <p
      className={failed ? 'backup-auto backup-auto--failed' : 'backup-auto'}
      data-testid="auto-backup-status"
      data-failed={failed}
      role={failed ? 'alert' : undefined}
    >
      {text}
    </p>
  )
}

export function BackupsSection() {
  const { t } = useTranslation()
  const { backups, task, backupNow, restoreBackup, restoreFromFile } = useBackups()
  const busy = task !== null

  return (
    <SettingsSection id="backups" title={t('settings.backups')} hint={t('settings.backupsHint')}>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          data-testid="backup-now"
          disabled={busy}
          aria-busy={task === 'backup'}
          onClick={() => void backupNow()}
        >
          {task === 'backup' ? t('settings.backingUp') : t('settings.backupNow')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="restore-from-file"
          disabled={busy}
          onClick={() => void restoreFromFile()}
        >
          {t('settings.restoreFromFile')}
        </button>
      </div>
      <AutoBackupLine />
      {backups && backups.length > 0 && (
        <ul className="backup-list" data-testid="backup-list">
          {backups.map((backup) => (
            <BackupItem
              key={backup.name}
              backup={backup}
              disabled={busy}
              onRestore={() => void restoreBackup(backup.name)}
            />
          ))}
        </ul>
      )}
      {backups?.length === 0 && (
        <p className="backup-empty" data-testid="backup-empty">
          {t('settings.noBackups')}
        </p>
      )}
    </SettingsSection>
  )
}
