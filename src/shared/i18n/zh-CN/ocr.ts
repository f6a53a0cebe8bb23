import type { Messages } from '../en'
import { ocrViewZhCN } from './ocr-view'

/** 文字识别（`ocr.*`）与其隔离工作线程（`isolate.*`）的中文文案。 */
export const ocrZhCN: Messages['ocr'] = {
  title: '文字识别',
  inImage: '图片中',
  lowConfidence: '请核对此行：识别把握不大',
  view: ocrViewZhCN,
  reasons: {
    'not-an-image': '{{name}} 不是 Paperdesk 能读取的图片或 PDF',
    'not-a-pdf': '{{name}} 不是 PDF 文件',
    'image-damaged': '{{name}} 已损坏或不完整',
    'pixel-bomb': '{{name}} 的像素超过 Paperdesk 允许打开的上限（最多 {{limit}} 百万像素）',
    'pdf-damaged': '{{name}} 不是 Paperdesk 能读取的 PDF，或文件已损坏',
    'pdf-encrypted': '{{name}} 设有密码保护。请在 PDF 阅读器中打开并另存一份无密码的副本，再识别该副本',
    'file-missing': '找不到或无法读取 {{name}}',
    'file-too-large': '{{name}} 超过 {{limitMb}} MB',
    'bad-pages': '页码范围“{{spec}}”无效（例如 1-3,5）',
    'no-such-page': '{{name}} 没有第 {{page}} 页（共 {{pages}} 页）',
    'signed-pdf':
      '{{name}} 带有数字签名，添加文字层后的副本无法保持签名有效。仅当您确认需要一份不带签名的副本时才生成；原文件的签名不受影响',
    'write-failed': '无法写入 {{path}}',
    'scan-closed': '扫描件已关闭，请重新打开',
    'engine-unavailable': '文字识别引擎无法在此电脑上启动',
  },
}

export const isolateZhCN: Messages['isolate'] = {
  reasons: {
    'too-slow': '此文件过于复杂：读取超过 {{seconds}} 秒，已停止',
    'too-complex': '此文件过于复杂：读取所需内存超出 Paperdesk 的上限，已停止',
    'worker-missing': '此安装缺少 Paperdesk 的组成部分（{{name}}），请重新安装 Paperdesk',
  },
}
