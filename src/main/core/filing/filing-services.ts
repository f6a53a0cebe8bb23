import type { Services } from '../../../shared/api'
import type { FilingCatalog } from '../../../shared/contract/filing'
import { inspectableExtensions } from '../../../shared/contract/filing-inspect'
import { userError } from '../../../shared/errors'
import type { ServiceDeps } from '../service-deps'
import { provinces } from './data/provinces'
import { rejectionReasons } from './data/rejection-reasons'
import { flows, providers } from './flows'
import { inspectFile } from './inspect/inspect-file'
import { attachmentExtensions, readAttachment, type CheckedFile } from './outputs/attachments'
import { exportFilingPdf } from './outputs/export-pdf'
import { FilingRecords } from './records/filing-records'
import { FilingStore } from './records/filing-store'

export interface FilingOptions {
  /** The clock deadlines and ETAs are computed from (tests fix it). */
  clock?: () => Date
}

export const filingCatalog: FilingCatalog = {
  providers: [...providers],
  flows: [...flows],
  provinces: provinces.map(({ code, abbr, zh, en }) => ({ code, abbr, zh, en })),
  rejectionReasons: [...rejectionReasons],
}

/** Safe as a file name on every OS, keeping Chinese. */
const fileStem = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 80) || 'filing'

/** The `filing` domain: records and steps, the validated form, the inspector, and the outputs. */
export function createFilingServices(deps: ServiceDeps, options: FilingOptions = {}): Services['filing'] {
  const clock = options.clock ?? (() => new Date())
  const store = new FilingStore(() => deps.store.db)
  const records = new FilingRecords(store, clock)
  const { platform } = deps
  return {
    catalog: () => filingCatalog,
    list: () => records.list(),
    get: ({ id }) => records.detail(id),
    create: (input) => ({ id: records.create(input) }),
    update: ({ id, ...patch }) => records.update(id, patch),
    remove: ({ id }) => ({ removed: records.remove(id) }),
    setStep: ({ id, step, status, note }) => records.setStep(id, step, status, note),
    markReturned: ({ id, reasons, note }) => records.markReturned(id, reasons, note),
    reopen: ({ id }) => records.reopen(id),
    sms: ({ id, action }) => records.sms(id, action),
    validateForm: ({ form, provider, filingType }) => ({
      issues: records.validate(form, provider, filingType),
    }),
    saveForm: ({ id, form }) => records.saveForm(id, form),
    inspect: ({ path }) => inspectFile(path, { now: clock() }),
    pickAndInspect: async () => {
      const picked = await platform.pickOpenFiles({
        purpose: 'filing-inspect',
        titleKey: 'filing.inspector.pickTitle',
        filters: [{ nameKey: 'filing.inspector.fileTypes', extensions: [...inspectableExtensions] }],
        multiple: false,
      })
      const path = picked?.[0]
      return path ? { path, result: await inspectFile(path, { now: clock() }) } : null
    },
    copy: async ({ text }) => {
      await platform.writeClipboard(text)
      return { copied: true as const }
    },
    exportPdf: async ({ id, masked, locale, what }) => {
      const filing = records.detail(id)
      const path = await platform.pickSavePath({
        purpose: 'filing-export',
        titleKey: 'filing.export.saveTitle',
        defaultPath: `${fileStem(filing.appName)}-${what}.pdf`,
        filters: [{ nameKey: 'filing.export.pdfFiles', extensions: ['pdf'] }],
      })
      if (!path) return null
      return exportFilingPdf(filing, filingCatalog, () => platform.openPrinter(), deps.blobs, {
        path,
        locale,
        masked,
        what,
        now: clock(),
      })
    },
    attach: async ({ id, materialKey }) => {
      records.detail(id)
      const paths = await platform.pickOpenFiles({
        purpose: 'filing-attach',
        titleKey: 'filing.attachments.pickTitle',
        filters: [{ nameKey: 'filing.attachments.fileTypes', extensions: attachmentExtensions }],
        multiple: true,
      })
      if (!paths || paths.length === 0) return null
      // Every file is checked before anything is stored: one bad file stores none.
      const files: CheckedFile[] = []
      for (const path of paths) files.push(await readAttachment(path))
      const now = clock().toISOString()
      store.transaction(() => {
        for (const file of files)
          store.addAttachment(id, deps.blobs.put(file.data, file.mime).sha256, file.name, materialKey, now)
      })
      return records.detail(id)
    },
    detach: ({ id, attachmentId }) => {
      if (!store.removeAttachment(id, attachmentId))
        throw userError('NOT_FOUND', 'filing.no-such-attachment', 'This filing has no such attachment')
      return records.detail(id)
    },
  }
}
