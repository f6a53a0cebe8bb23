import type { Messages } from '../en'

/** 命令行自身的拒绝信息（`cli.*`）。 */
export const cliZhCN: Messages['cli'] = {
  reasons: {
    'out-exists': '{{path}} 已存在；请换一个文件名，或加上 --overwrite 替换它',
    'out-is-database': '{{path}} 是 Paperdesk 正在使用的数据库；Paperdesk 绝不会把导出写到它上面',
  },
}
