import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { DataStore } from '../src/main/core/db/data-store'
import { expect, test } from './fixtures'

// A settings row that cannot be read (written past its CHECK, e.g. by another tool or a disk
// fault) must not keep the window from opening: defaults apply, and the user is told.
test.describe('damaged settings', () => {
  test.use({
    seedDataDir: {
      seed: (dir) => {
        new DataStore(dir).close()
        const db = new Database(`${dir}/paperdesk.sqlite`)
        db.pragma('ignore_check_constraints = ON')
        db.prepare(`INSERT INTO setting (key, value) VALUES ('theme', 'not json'), ('locale', '{"x":')`).run()
        db.close()
      },
    },
  })

  test('start-up with damaged settings reaches the window with defaults and a notice', async ({ app }) => {
    await app.shell.expectCurrent('notes')
    await app.shell.expectLanguage('en') // the OS language, as the default "system" says
    expect(await app.shell.htmlTheme()).toBe('light') // "system" on a light OS
    await expect(app.shell.errorToast).toContainText('Some settings could not be read')
    // Choosing again repairs them.
    await app.shell.dismissToasts()
    await app.shell.goTo('settings')
    await app.settings.chooseTheme('dark')
    expect(await app.shell.htmlTheme()).toBe('dark')
  })
})

test.describe('a failing automatic backup', () => {
  test.use({
    seedDataDir: {
      seed: (dir) => writeFileSync(join(dir, 'backups'), 'a file where the backups folder should be'),
    },
    autoBackup: true,
  })

  test('reaches the user as an alert and on the Settings page', async ({ app }) => {
    await expect(app.shell.errorToast).toContainText('The automatic backup failed')
    await app.shell.dismissToasts()
    await app.shell.goTo('settings')
    const status = app.page.getByTestId('auto-backup-status')
    await expect(status).toHaveAttribute('data-failed', 'true')
    await expect(status).toContainText('The automatic backup failed')
  })
})
