import type { Messages } from '../en'

/** 签名工具的简体中文文字，键与 en/sign.ts 一致。 */
export const signZhCN: Messages['sign'] = {
  title: '签名',
  empty: '签一次名，即可按原始分辨率放到扫描件上。',
}
