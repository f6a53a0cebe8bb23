import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: resolve(__dirname, '..') })

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(__dirname, '..', file) })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'paperdesk/layer-imports' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message)
}

describe('import boundaries (DESIGN.md layers)', () => {
  it('keeps electron out of core, cli and shared', async () => {
    for (const file of ['src/main/core/x.ts', 'src/cli/x.ts', 'src/shared/x.ts']) {
      expect(await problems(file, `import { app } from 'electron'\nexport const a = app\n`)).toHaveLength(1)
    }
    expect(await problems('src/main/x.ts', `import { app } from 'electron'\nexport const a = app\n`)).toEqual(
      [],
    )
  })

  it('keeps core from reaching up into the Electron glue', async () => {
    const found = await problems(
      'src/main/core/db/x.ts',
      `import { x } from '../../ipc'\nexport const a = x\n`,
    )
    expect(found[0]).toMatch(/src\/main\/ipc is off limits/)
    expect(
      await problems('src/main/core/db/x.ts', `import { x } from '../services'\nexport const a = x\n`),
    ).toEqual([])
  })

  it('lets the renderer import only types from shared, translations excepted, and no Node', async () => {
    const file = 'src/renderer/src/app/x.ts'
    expect(
      await problems(
        file,
        `import { contract } from '../../../shared/contract'\nexport const a = contract\n`,
      ),
    ).toHaveLength(1)
    expect(
      await problems(
        file,
        `import type { Settings } from '../../../shared/contract'\nexport type A = Settings\n`,
      ),
    ).toEqual([])
    expect(
      await problems(file, `import { messages } from '../../../shared/i18n'\nexport const a = messages\n`),
    ).toEqual([])
    expect(
      await problems(
        file,
        `import { maskPhone } from '../../../shared/format/mask'\nexport const a = maskPhone\n`,
      ),
    ).toEqual([])
    expect(
      await problems(file, `import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n`),
    ).toHaveLength(1)
    expect(
      await problems(
        file,
        `import { openCore } from '../../../main/core/open-core'\nexport const a = openCore\n`,
      ),
    ).toHaveLength(1)
  })

  it('lets the CLI import only open-core and the tools’ doors from core (tests excepted)', async () => {
    const code = (from: string) => `import { x } from '${from}'\nexport const a = x\n`
    for (const door of ['../../main/core/sign/sign-door', '../../main/core/filing/filing-door'])
      expect(await problems('src/cli/commands/x.ts', code(door))).toEqual([])
    expect(await problems('src/cli/x.ts', code('../main/core/open-core'))).toEqual([])
    expect(await problems('src/cli/x.ts', code('../main/core/db/db-door'))).toEqual([])
    for (const inside of [
      '../../main/core/sign/sign-file',
      '../../main/core/db/data-store',
      '../../main/core/harness-platform',
      '../../main/core/sign/certify/certify-use-cases',
      '../../main/core/doors',
    ]) {
      const found = await problems('src/cli/commands/x.ts', code(inside))
      expect(found, inside).toHaveLength(1)
      expect(found[0]).toMatch(/doors/)
    }
    expect(
      await problems(
        'src/cli/commands/x.ts',
        `import type { DataStore } from '../../main/core/db/data-store'\nexport type A = DataStore\n`,
      ),
    ).toHaveLength(1)
    expect(await problems('src/cli/commands/x.test.ts', code('../../main/core/db/data-store'))).toEqual([])
  })

  it('keeps shared/format, which the renderer loads, free of imports', async () => {
    expect(
      await problems('src/shared/format/x.ts', `import { z } from 'zod'\nexport const a = z\n`),
    ).toHaveLength(1)
    expect(
      await problems(
        'src/shared/format/x.ts',
        `import { contract } from '../contract'\nexport const a = contract\n`,
      ),
    ).toHaveLength(1)
  })

  it('keeps shared free of every other layer', async () => {
    expect(
      await problems('src/shared/x.ts', `import { x } from '../main/core/paths'\nexport const a = x\n`),
    ).toHaveLength(1)
  })
})
