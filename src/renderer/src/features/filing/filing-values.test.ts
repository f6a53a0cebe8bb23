import { describe, expect, it } from 'vitest'
import { filingStatuses } from '../../../../shared/contract/filing-flow'
import {
  personIdTypes,
  platformOses,
  preApprovalSectors,
  principalRoles,
  subjectCertTypes,
  subjectTypes,
} from '../../../../shared/contract/filing-form'
import {
  osChoices,
  personIdTypeChoices,
  roleChoices,
  sectorChoices,
  statusChoices,
  subjectCertTypeChoices,
  subjectTypeChoices,
} from './filing-values'

describe('the filing choices the renderer restates', () => {
  it('equal shared’s lists, in order', () => {
    expect(subjectTypeChoices).toEqual([...subjectTypes])
    expect(subjectCertTypeChoices).toEqual([...subjectCertTypes])
    expect(personIdTypeChoices).toEqual([...personIdTypes])
    expect(roleChoices).toEqual([...principalRoles])
    expect(osChoices).toEqual([...platformOses])
    expect(sectorChoices).toEqual([...preApprovalSectors])
    expect(statusChoices).toEqual([...filingStatuses])
  })
})
