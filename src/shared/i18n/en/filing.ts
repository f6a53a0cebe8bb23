/** English strings of the Filing tool (`filing.*`). Reasons for refused input live in `reasons`. */
export const filingEn = {
  title: 'Filing',
  empty: 'A step-by-step checklist for the MIIT app filing (APP备案) lives here.',
}
