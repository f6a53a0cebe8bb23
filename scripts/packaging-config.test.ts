import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// electron-builder bakes these fuses into the shipped binary; each closes a way to run code in it.
describe('electron-builder.yml', () => {
  const config = readFileSync(join(__dirname, '..', 'electron-builder.yml'), 'utf8')

  it.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
    ['grantFileProtocolExtraPrivileges', 'false'],
  ])('sets the %s fuse to %s', (fuse, value) => {
    expect(config).toMatch(new RegExp(`^\\s+${fuse}: ${value}$`, 'm'))
  })
})
