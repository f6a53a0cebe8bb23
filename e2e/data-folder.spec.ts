import { expect, test } from './fixtures'

test('shows the data folder and opens it', async ({ app }) => {
  const { settings } = app
  await settings.open()
  await expect(settings.dataDir).toHaveText(app.dataDir)
  expect(await app.openedPaths()).toEqual([])
  await settings.openDataFolderButton.click()
  await expect.poll(() => app.openedPaths()).toEqual([app.dataDir])
  await expect(app.shell.errorToast).toHaveCount(0)
})
