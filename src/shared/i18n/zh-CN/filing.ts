import type { Messages } from '../en'

/** 备案工具的简体中文文字，键与 en/filing.ts 一致。 */
export const filingZhCN: Messages['filing'] = {
  title: '备案',
  empty: '工信部 APP 备案的分步清单在这里。',
}
