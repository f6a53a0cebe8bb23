import type { Services } from '../../../shared/api'
import { inspectableExtensions } from '../../../shared/contract/filing-inspect'
import type { ServiceDeps } from '../service-deps'
import { rendererPath } from '../platform-port'
import { attachmentExtensions, type FilingDoor } from './filing-door'

/** The `filing` domain of the contract: the file dialogs and the clipboard here, the work behind the door. */
export function createFilingServices({ platform }: ServiceDeps, filing: FilingDoor): Services['filing'] {
  return {
    catalog: () => filing.catalog(),
    list: () => filing.list(),
    get: ({ id }) => filing.detail(id),
    create: async (input) => ({ id: await filing.create(input) }),
    update: ({ id, ...patch }) => filing.update(id, patch),
    remove: async ({ id }) => ({ removed: await filing.remove(id) }),
    setStep: ({ id, step, status, note }) => filing.setStep(id, step, status, note),
    markReturned: ({ id, reasons, note }) => filing.markReturned(id, reasons, note),
    reopen: ({ id }) => filing.reopen(id),
    sms: ({ id, action }) => filing.sms(id, action),
    validateForm: async ({ form, provider, filingType }) => ({
      issues: await filing.validateForm(form, provider, filingType),
    }),
    saveForm: ({ id, form }) => filing.saveForm(id, form),
    inspect: ({ path }) => filing.inspect(rendererPath(platform, path)),
    pickAndInspect: async () => {
      const picked = await platform.pickOpenFiles({
        purpose: 'filing-inspect',
        titleKey: 'filing.inspector.pickTitle',
        filters: [{ nameKey: 'filing.inspector.fileTypes', extensions: [...inspectableExtensions] }],
        multiple: false,
      })
      const path = picked?.[0]
      return path ? { path, result: await filing.inspect(path) } : null
    },
    copy: async ({ text }) => {
      await platform.writeClipboard(text)
      return { copied: true as const }
    },
    exportPdf: async ({ id, masked, locale, what }) => {
      const path = await platform.pickSavePath({
        purpose: 'filing-export',
        titleKey: 'filing.export.saveTitle',
        defaultPath: await filing.exportFileName(id, what),
        filters: [{ nameKey: 'filing.export.pdfFiles', extensions: ['pdf'] }],
      })
      if (!path) return null
      return filing.exportPdf(id, { path, locale, masked, what })
    },
    attach: async ({ id, materialKey }) => {
      await filing.detail(id)
      const paths = await platform.pickOpenFiles({
        purpose: 'filing-attach',
        titleKey: 'filing.attachments.pickTitle',
        filters: [{ nameKey: 'filing.attachments.fileTypes', extensions: attachmentExtensions }],
        multiple: true,
      })
      if (!paths || paths.length === 0) return null
      return filing.attach(id, materialKey, paths)
    },
    preferences: () => filing.preferences(),
    setPreferences: (patch) => filing.setPreferences(patch),
    detach: ({ id, attachmentId }) => filing.detach(id, attachmentId),
  }
}
