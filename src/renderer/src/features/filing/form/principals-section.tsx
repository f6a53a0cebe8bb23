import { useTranslation } from 'react-i18next'
import type { Person } from '../../../../../shared/contract/filing-form'
import { personIdTypeChoices, roleChoices } from '../filing-values'
import { DateField } from './date-field'
import { CheckField, MaskedField, SelectField, TextField } from './field'
import { RowGroup } from './row-group'
import { FormSection, type SectionProps } from './form-section'
import { IssueList } from './issue-list'

const emptyPerson = (role: Person['role']): Person => ({
  role,
  name: '',
  idType: 'resident-id',
  idNumber: '',
  idValidFrom: '',
  idValidTo: '',
  mobile: '',
  emergencyMobile: '',
  email: '',
  isLegalRep: false,
})

export function PrincipalsSection({ draft, update, issues, revealed }: SectionProps) {
  const { t } = useTranslation()
  return (
    <FormSection
      id="principals"
      title={t('filing.sections.principals')}
      issues={<IssueList issues={issues.at('principals')} id="principals-issues" />}
    >
      {draft.principals.map((person, i) => {
        const at = `principals.${i}`
        const set = (key: keyof Person) => (value: string | boolean) =>
          update((f) => void ((f.principals[i] as Record<string, unknown>)[key] = value))
        const longTerm = person.idValidTo === 'long-term'
        return (
          <RowGroup
            key={i}
            legend={t(`filing.roles.${person.role}`)}
            testId="principal"
            onRemove={() => update((f) => void f.principals.splice(i, 1))}
          >
            <div className="form-grid">
              <SelectField
                label={t('filing.form.role')}
                path={`${at}.role`}
                issues={issues}
                value={person.role}
                choices={roleChoices.map((v) => ({ value: v, label: t(`filing.roles.${v}`) }))}
                onChange={set('role')}
              />
              <TextField
                label={t('filing.form.personName')}
                path={`${at}.name`}
                issues={issues}
                value={person.name}
                onChange={set('name')}
              />
              <SelectField
                label={t('filing.form.idType')}
                path={`${at}.idType`}
                issues={issues}
                value={person.idType}
                choices={personIdTypeChoices.map((v) => ({ value: v, label: t(`filing.idTypes.${v}`) }))}
                onChange={set('idType')}
              />
              <MaskedField
                label={t('filing.form.idNumber')}
                path={`${at}.idNumber`}
                issues={issues}
                value={person.idNumber}
                onChange={set('idNumber')}
                kind="id"
                revealed={revealed}
              />
              <DateField
                label={t('filing.form.idValidFrom')}
                path={`${at}.idValidFrom`}
                issues={issues}
                value={person.idValidFrom}
                onChange={set('idValidFrom')}
              />
              {longTerm ? (
                <div className="field">
                  <span className="field__label">{t('filing.form.idValidTo')}</span>
                  <span className="input input--static">{t('filing.form.longTerm')}</span>
                </div>
              ) : (
                <DateField
                  label={t('filing.form.idValidTo')}
                  path={`${at}.idValidTo`}
                  issues={issues}
                  value={person.idValidTo}
                  onChange={set('idValidTo')}
                />
              )}
              <CheckField
                label={t('filing.form.longTerm')}
                checked={longTerm}
                onChange={(on) => set('idValidTo')(on ? 'long-term' : '')}
              />
              <MaskedField
                label={t('filing.form.mobile')}
                path={`${at}.mobile`}
                issues={issues}
                value={person.mobile}
                onChange={set('mobile')}
                kind="phone"
                revealed={revealed}
              />
              <MaskedField
                label={t('filing.form.emergencyMobile')}
                path={`${at}.emergencyMobile`}
                issues={issues}
                value={person.emergencyMobile}
                onChange={set('emergencyMobile')}
                kind="phone"
                revealed={revealed}
              />
              <TextField
                label={t('filing.form.email')}
                path={`${at}.email`}
                issues={issues}
                value={person.email}
                onChange={set('email')}
              />
              <CheckField
                label={t('filing.form.isLegalRep')}
                checked={person.isLegalRep}
                onChange={set('isLegalRep')}
              />
            </div>
          </RowGroup>
        )
      })}
      {draft.principals.length < 6 && (
        <button
          type="button"
          className="button field--wide"
          onClick={() => update((f) => void f.principals.push(emptyPerson('legal-rep')))}
        >
          {t('filing.form.addPrincipal')}
        </button>
      )}
    </FormSection>
  )
}
