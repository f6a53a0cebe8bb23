import { useTranslation } from 'react-i18next'
import type { FilingCatalog } from '../../../../../shared/contract/filing'
import { subjectCertTypeChoices, subjectTypeChoices } from '../filing-values'
import { useLocalized } from '../use-catalog'
import { MaskedField, SelectField, TextField } from './field'
import { FormSection, type SectionProps } from './form-section'

export function SubjectSection({
  draft,
  update,
  issues,
  revealed,
  catalog,
}: SectionProps & { catalog: FilingCatalog }) {
  const { t } = useTranslation()
  const loc = useLocalized()
  const s = draft.subject
  const set = (key: keyof typeof s) => (value: string) =>
    update((f) => void ((f.subject as Record<string, unknown>)[key] = value))
  return (
    <FormSection id="subject" title={t('filing.sections.subject')}>
      <SelectField
        label={t('filing.form.subjectType')}
        path="subject.type"
        issues={issues}
        value={s.type}
        choices={subjectTypeChoices.map((v) => ({ value: v, label: t(`filing.subjectTypes.${v}`) }))}
        onChange={set('type')}
      />
      <TextField
        label={t('filing.form.subjectName')}
        path="subject.name"
        issues={issues}
        value={s.name}
        onChange={set('name')}
      />
      <SelectField
        label={t('filing.form.certType')}
        path="subject.certType"
        issues={issues}
        value={s.certType}
        choices={subjectCertTypeChoices.map((v) => ({ value: v, label: t(`filing.certTypes.${v}`) }))}
        onChange={set('certType')}
      />
      {s.certType === 'resident-id' ? (
        <MaskedField
          label={t('filing.form.certNumber')}
          path="subject.certNumber"
          issues={issues}
          value={s.certNumber}
          onChange={set('certNumber')}
          kind="id"
          revealed={revealed}
        />
      ) : (
        <TextField
          label={t('filing.form.certNumber')}
          path="subject.certNumber"
          issues={issues}
          value={s.certNumber}
          onChange={set('certNumber')}
          mono
        />
      )}
      <TextField
        label={t('filing.form.certAddress')}
        path="subject.certAddress"
        issues={issues}
        value={s.certAddress}
        onChange={set('certAddress')}
        wide
      />
      <SelectField
        label={t('filing.form.province')}
        path="subject.province"
        issues={issues}
        value={s.province}
        choices={[
          { value: '', label: '—' },
          ...catalog.provinces.map((p) => ({ value: p.code, label: `${loc(p)} (${p.abbr})` })),
        ]}
        onChange={set('province')}
      />
      <TextField
        label={t('filing.form.city')}
        path="subject.city"
        issues={issues}
        value={s.city}
        onChange={set('city')}
      />
      <TextField
        label={t('filing.form.mailingAddress')}
        path="subject.mailingAddress"
        issues={issues}
        value={s.mailingAddress}
        onChange={set('mailingAddress')}
        wide
      />
      <TextField
        label={t('filing.form.subjectNumber')}
        path="subject.subjectNumber"
        issues={issues}
        value={s.subjectNumber}
        onChange={set('subjectNumber')}
        placeholder="京ICP备12345678号"
      />
    </FormSection>
  )
}
