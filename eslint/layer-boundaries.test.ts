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
      await problems(file, `import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n`),
    ).toHaveLength(1)
    expect(
      await problems(
        file,
        `import { openCore } from '../../../main/core/open-core'\nexport const a = openCore\n`,
      ),
    ).toHaveLength(1)
  })

  it('keeps shared free of every other layer', async () => {
    expect(
      await problems('src/shared/x.ts', `import { x } from '../main/core/paths'\nexport const a = x\n`),
    ).toHaveLength(1)
  })
})
