import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCore } from '../src/main/core/open-core'
import { HarnessPlatform } from '../src/main/core/harness-platform'
import { measure, report } from './measure'

// What the contract costs per call (channel lookup, zod in and out, envelope) against calling
// the service directly: 5,000 settings reads each. Reads, because a write's fsync
// (synchronous=FULL) would drown the difference in disk noise.
export async function benchDispatch(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paperdesk-bench-'))
  try {
    const core = openCore({ dataDir: dir, platform: new HarnessPlatform() })
    core.services.settings.update({ theme: 'dark', locale: 'zh-CN' })
    const baseline = await measure('settings.get direct', 9, () => {
      for (let i = 0; i < 5000; i++) core.services.settings.get(undefined)
    })
    const subject = await measure('settings.get via dispatch', 9, async () => {
      for (let i = 0; i < 5000; i++) await core.call('paperdesk:settings.get', undefined)
    })
    report(baseline, subject)
    core.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
