import type { MaterialView } from '../../../../shared/contract/filing'
import type { Material } from '../../../../shared/contract/filing-flow'
import type { FilingForm } from '../../../../shared/contract/filing-form'
import { materials } from '../data/materials'
import type { AttachmentRow, FilingRow } from './filing-store'

function applies(material: Material, filing: FilingRow, form: FilingForm): boolean {
  const w = material.when
  const subjectPrincipal = form.principals.find((p) => p.role === 'subject-principal')
  const province = form.subject.province || filing.province
  if (w.subjectTypes && !w.subjectTypes.includes(form.subject.type)) return false
  if (w.notSubjectTypes?.includes(form.subject.type)) return false
  if (w.provinces && !w.provinces.includes(province)) return false
  if (w.providers && !w.providers.includes(filing.provider)) return false
  if (w.filingTypes && !w.filingTypes.includes(filing.filingType)) return false
  if (
    w.principalNotLegalRep !== undefined &&
    w.principalNotLegalRep !== (subjectPrincipal ? !subjectPrincipal.isLegalRep : false)
  )
    return false
  if (w.hasPreApprovals !== undefined && w.hasPreApprovals !== form.preApprovals.length > 0) return false
  if (w.hasDomains !== undefined && w.hasDomains !== form.domains.some((d) => d.trim() !== '')) return false
  return true
}

/** The materials this filing needs, in checklist order, with what the user has ticked or attached. */
export function materialsFor(
  filing: FilingRow,
  form: FilingForm,
  attachments: AttachmentRow[],
): MaterialView[] {
  return materials
    .filter((m) => applies(m, filing, form))
    .map(({ key, title, note, optional, source }) => {
      const attached = attachments.filter((a) => a.materialKey === key).length
      return {
        key,
        title,
        note,
        optional,
        source,
        ready: form.materials[key] === true || attached > 0,
        attachments: attached,
      }
    })
}
