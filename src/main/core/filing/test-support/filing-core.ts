import type { Services } from '../../../../shared/api'
import { AssetRoutes } from '../../assets/asset-routes'
import { AssetStore } from '../../assets/asset-store'
import { DataStore } from '../../db/data-store'
import { HarnessPlatform } from '../../harness-platform'
import { JobRunner } from '../../jobs/job-runner'
import { dispatch } from '../../rpc/dispatch'
import { createServices } from '../../services'
import { SettingStore } from '../../settings/setting-store'
import { openDoors } from '../../doors'
import { FilingDoor } from '../filing-door'
import { createFilingServices } from '../filing-services'

/** A core on a temp folder whose filing services run on a clock the test moves. */
export function filingCore(dir: string, start: string) {
  let now = new Date(start)
  const store = new DataStore(dir)
  const platform = new HarnessPlatform()
  const blobs = new AssetStore(store)
  const deps = {
    store,
    settings: new SettingStore(store),
    platform,
    assets: new AssetRoutes(),
    blobs,
    jobs: new JobRunner(),
  }
  const services: Services = {
    ...createServices(deps, openDoors(deps)),
    filing: createFilingServices(deps, new FilingDoor(deps, { clock: () => now })),
  }
  return {
    store,
    platform,
    blobs,
    filing: services.filing,
    call: (channel: string, input: unknown) => dispatch(services, channel, input, () => {}),
    setNow: (iso: string) => {
      now = new Date(iso)
    },
    close: () => store.close(),
  }
}
