import type { FilingCatalog } from '../../../shared/contract/filing'
import { provinces } from './data/provinces'
import { rejectionReasons } from './data/rejection-reasons'
import { flows, providers } from './flows'

/** Providers, flows, provinces and rejection reasons: what the filing forms and the sheet are made of. */
export const filingCatalog: FilingCatalog = {
  providers: [...providers],
  flows: [...flows],
  provinces: provinces.map(({ code, abbr, zh, en }) => ({ code, abbr, zh, en })),
  rejectionReasons: [...rejectionReasons],
}
