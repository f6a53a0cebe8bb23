import type {
  FilingCatalog,
  FilingDetail,
  FilingPreferences,
  FilingSummary,
  StepStatus,
} from '../../../shared/contract/filing'
import type { SupportedLocale } from '../../../shared/contract/app'
import type { FilingForm, FieldIssue } from '../../../shared/contract/filing-form'
import type { FilingType, ProviderId } from '../../../shared/contract/filing-flow'
import type { InspectResult } from '../../../shared/contract/filing-inspect'
import { once } from '../once'
import type { ServiceDeps } from '../service-deps'
import { userError } from '../../../shared/app-error'
import type { FilingRecords, NewFiling, SmsAction } from './records/filing-records'
import type { CheckedFile } from './outputs/attachments'
import type { ValueKind, ValueVerdict } from './validate/validate-value'

export { attachmentExtensions } from './outputs/attachment-types'
export type { ValueKind } from './validate/validate-value'

// The door to the Filing tool: what the app's contract methods and the `paperdesk filing` commands
// do, in the user's words. Heavy parts (records, the PDF sheet, the inspector) load on first use,
// so `filing inspect` starts without the database or the schema library.

/** What `update` may change: app name, province, order id, app number, notes. */
export type FilingPatch = Parameters<FilingRecords['update']>[1]

export interface FilingDoorOptions {
  /** The clock deadlines and ETAs are computed from (tests fix it). */
  clock?: () => Date
}

export interface ExportSheet {
  /** Where to write the PDF. */
  path: string
  locale: SupportedLocale
  /** Hide the middle of ID numbers and phones. */
  masked: boolean
  what: 'summary' | 'checklist'
}

/** Reads the APP特征信息 of an APK, IPA or certificate file; needs no data folder. */
export async function inspectFile(path: string, now = new Date()): Promise<InspectResult> {
  return (await import('./inspect/inspect-file')).inspectFile(path, { now })
}

/** The kinds of value `validateValue` checks: id, uscc, mobile, email, domain, ip, filing-number. */
export async function valueKinds(): Promise<readonly ValueKind[]> {
  return (await import('./validate/validate-value')).valueKinds
}

/** Checks one value (ID number, USCC, mobile…) as the filing form does; needs no data folder. */
export async function validateValue(kind: ValueKind, value: string, now = new Date()): Promise<ValueVerdict> {
  return (await import('./validate/validate-value')).validateValue(kind, value, now)
}

/** The province a user typed: its code, abbreviation or name (11, 京, 北京, Beijing); null if none. */
export async function findProvince(text: string): Promise<string | null> {
  const { provinces } = await import('./data/provinces')
  const wanted = text.toLowerCase()
  const found = provinces.find((p) =>
    [p.code, p.abbr, p.zh, p.en.toLowerCase(), ...p.aliases].includes(wanted),
  )
  return found?.code ?? null
}

/** Safe as a file name on every OS, keeping Chinese. */
const fileStem = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 80) || 'filing'

/** Filings on one data folder: records and steps, the validated form, attachments and the PDF sheet. */
export class FilingDoor {
  private readonly clock: () => Date
  private readonly parts = once(async () => {
    const [{ FilingRecords }, { FilingStore }] = await Promise.all([
      import('./records/filing-records'),
      import('./records/filing-store'),
    ])
    const store = new FilingStore(() => this.deps.store.db)
    return { store, records: new FilingRecords(store, this.clock) }
  })
  private readonly records = async () => (await this.parts()).records

  constructor(
    private readonly deps: Pick<ServiceDeps, 'store' | 'blobs' | 'platform' | 'settings'>,
    options: FilingDoorOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date())
  }

  async catalog(): Promise<FilingCatalog> {
    return (await import('./filing-catalog')).filingCatalog
  }

  /** Every filing, most pressing first, with what is due next. */
  async list(): Promise<FilingSummary[]> {
    return (await this.records()).list()
  }

  async detail(id: number): Promise<FilingDetail> {
    return (await this.records()).detail(id)
  }

  /** Starts a filing with its provider's steps; returns its id. */
  async create(filing: NewFiling): Promise<number> {
    return (await this.records()).create(filing)
  }

  async update(id: number, patch: FilingPatch): Promise<FilingDetail> {
    return (await this.records()).update(id, patch)
  }

  async remove(id: number): Promise<boolean> {
    return (await this.records()).remove(id)
  }

  /** Marks a step todo, doing or done and/or keeps a note with it; the filing's status follows. */
  async setStep(id: number, step: string, status?: StepStatus, note?: string): Promise<FilingDetail> {
    return (await this.records()).setStep(id, step, status, note)
  }

  async markReturned(id: number, reasons: string[], note: string): Promise<FilingDetail> {
    return (await this.records()).markReturned(id, reasons, note)
  }

  async reopen(id: number): Promise<FilingDetail> {
    return (await this.records()).reopen(id)
  }

  async sms(id: number, action: SmsAction): Promise<FilingDetail> {
    return (await this.records()).sms(id, action)
  }

  async validateForm(form: FilingForm, provider: ProviderId, filingType: FilingType): Promise<FieldIssue[]> {
    return (await this.records()).validate(form, provider, filingType)
  }

  async saveForm(id: number, form: FilingForm): Promise<FilingDetail> {
    return (await this.records()).saveForm(id, form)
  }

  /** Reads an app or certificate file, dated by the door's clock. */
  inspect(path: string): Promise<InspectResult> {
    return inspectFile(path, this.clock())
  }

  /** The file name the save dialog suggests for a filing's sheet. */
  async exportFileName(id: number, what: ExportSheet['what']): Promise<string> {
    return `${fileStem((await this.detail(id)).appName)}-${what}.pdf`
  }

  /** Prints the summary sheet (or the materials checklist) of a filing to a PDF file. */
  async exportPdf(id: number, sheet: ExportSheet): Promise<{ path: string; bytes: number }> {
    const filing = await this.detail(id)
    const [{ exportFilingPdf }, catalog] = await Promise.all([import('./outputs/export-pdf'), this.catalog()])
    return exportFilingPdf(filing, catalog, () => this.deps.platform.openPrinter(), this.deps.blobs, {
      ...sheet,
      now: this.clock(),
    })
  }

  /** Attaches files to a material of a filing; every file is checked first, so one bad file stores none. */
  async attach(id: number, materialKey: string, paths: readonly string[]): Promise<FilingDetail> {
    const { store } = await this.parts()
    store.get(id)
    const { readAttachment } = await import('./outputs/attachments')
    const files: CheckedFile[] = []
    for (const path of paths) files.push(await readAttachment(path))
    const now = this.clock().toISOString()
    store.transaction(() => {
      for (const file of files)
        store.addAttachment(id, this.deps.blobs.put(file.data, file.mime).sha256, file.name, materialKey, now)
    })
    return this.detail(id)
  }

  /** The user's Filing preferences (the fingerprint layout shown and copied). */
  async preferences(): Promise<FilingPreferences> {
    const { FilingPreferencesSchema } = await import('../../../shared/contract/filing')
    const layout = this.deps.settings.read(
      'filing.fingerprintLayout',
      FilingPreferencesSchema.shape.fingerprintLayout,
    )
    return { fingerprintLayout: layout ?? 'colons' }
  }

  async setPreferences(patch: Partial<FilingPreferences>): Promise<FilingPreferences> {
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined)
    this.deps.settings.write(Object.fromEntries(entries.map(([k, v]) => [`filing.${k}`, v])))
    return this.preferences()
  }

  async detach(id: number, attachmentId: number): Promise<FilingDetail> {
    const { store } = await this.parts()
    if (!store.removeAttachment(id, attachmentId))
      throw userError('NOT_FOUND', 'filing.no-such-attachment', 'This filing has no such attachment')
    return this.detail(id)
  }
}
