import { useTranslation } from 'react-i18next'
import type { BackupFile } from '../../../../shared/contract/db'
import { useAppState } from '../../app/state/app-state'
import { formatBytes, formatDateTime } from './format'
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
