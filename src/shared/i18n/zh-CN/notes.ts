import type { Messages } from '../en'

/** 笔记工具的简体中文文字，键与 en/notes.ts 一致。 */
export const notesZhCN: Messages['notes'] = {
  title: '笔记',
  empty: '富文本笔记、全文搜索、历史版本与 PDF 导出都在这里。',
}
