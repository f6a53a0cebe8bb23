import sharp from 'sharp'

/** Text of the generated pages: contract and office Chinese with English, numbers and dates. */
const SENTENCES = [
  '甲方：北京某某科技有限公司，统一社会信用代码 91110108MA01ABCD2X。',
  '乙方：上海示例贸易有限公司，地址：上海市浦东新区世纪大道 100 号。',
  '第一条 合同标的：乙方向甲方提供办公设备及相关技术服务。',
  '第二条 合同金额为人民币壹拾贰万元整（¥120,000.00），含增值税。',
  '第三条 付款方式：甲方应于 2024 年 8 月 15 日前支付首期款项。',
  'Party A shall pay the first instalment before 15 August 2024.',
  '第四条 双方应对本合同内容及履行中知悉的商业秘密承担保密义务。',
  'This Agreement is governed by the laws of the People’s Republic of China.',
  '第五条 因本合同引起的争议，双方应友好协商解决；协商不成的，提交仲裁。',
  '联系人：张三 电话：010-6278 1234 邮箱：zhangsan@example.cn',
  'Invoice No. 044031900111 Date 2024-03-28 Amount CNY 35,600.00',
  '本通知自发布之日起施行，请各部门认真贯彻执行。',
  '会议时间：2024 年 5 月 20 日上午 9:30，地点：三楼第二会议室。',
  'Please bring your ID card and the signed application form.',
  '申请人应当如实填写申请表，并对所提交材料的真实性负责。',
  '附件：1. 营业执照复印件 2. 法定代表人身份证明 3. 授权委托书',
  'The warranty period is twelve (12) months from the date of acceptance.',
  '验收合格后，乙方应在五个工作日内开具正式发票。',
  '本合同一式两份，甲乙双方各执一份，具有同等法律效力。',
  '签订日期：二〇二四年三月一日　签订地点：北京市海淀区',
]

export interface PageSpec {
  name: string
  font: string
  /** Type size in pixels at 300 dpi (12 pt ≈ 50 px). */
  size: number
  weight?: 'normal' | 'bold'
  /** Damage done after drawing, as a scanner or a fax would. */
  damage?: 'jpeg-noise' | 'skew' | 'fax'
}

export const PAGES: PageSpec[] = [
  { name: 'sans-12pt', font: 'Noto Sans CJK SC', size: 50 },
  { name: 'serif-10.5pt', font: 'Noto Serif CJK SC', size: 44 },
  { name: 'sans-bold-14pt', font: 'Noto Sans CJK SC', size: 58, weight: 'bold' },
  { name: 'serif-9pt-jpeg-noise', font: 'Noto Serif CJK SC', size: 38, damage: 'jpeg-noise' },
  { name: 'sans-11pt-skew-2deg', font: 'Noto Sans CJK SC', size: 46, damage: 'skew' },
  { name: 'serif-12pt-fax', font: 'Noto Serif CJK SC', size: 50, damage: 'fax' },
]

/** A4 at 300 dpi. */
export const A4 = { width: 2480, height: 3508 }

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** The lines a page holds: sentences in turn, as many as fit (each page starts elsewhere). */
export function pageLines(spec: PageSpec, index: number): string[] {
  const count = Math.floor((A4.height - 500) / (spec.size * 1.9))
  return Array.from({ length: count }, (_, i) => SENTENCES[(i + index * 7) % SENTENCES.length] as string)
}

/** Draws a page as a scan of it would look: PNG (JPEG for the noisy one), plus its true text. */
export async function makePage(
  spec: PageSpec,
  index: number,
): Promise<{ bytes: Buffer; ext: string; truth: string }> {
  const lines = pageLines(spec, index)
  const text = lines
    .map(
      (line, i) =>
        `<text x="200" y="${Math.round(300 + i * spec.size * 1.9)}" font-family="${spec.font}" font-weight="${spec.weight ?? 'normal'}" font-size="${spec.size}" fill="#1a1a1a">${escapeXml(line)}</text>`,
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${A4.width}" height="${A4.height}"><rect width="100%" height="100%" fill="#fff"/>${text}</svg>`
  let page = sharp(Buffer.from(svg)).flatten({ background: '#fff' })
  let ext = 'png'
  if (spec.damage === 'skew') {
    page = sharp(await page.rotate(2, { background: '#fff' }).png().toBuffer()).resize(A4.width, A4.height, {
      fit: 'cover',
    })
  } else if (spec.damage === 'jpeg-noise') {
    const clean = await page.greyscale().raw().toBuffer({ resolveWithObject: true })
    const noisy = Buffer.from(clean.data)
    // Scanner grain: a fixed pseudo-random sequence, so every run reads the same page.
    let seed = 12345
    for (let i = 0; i < noisy.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      noisy[i] = Math.max(0, Math.min(255, (noisy[i] as number) + ((seed % 61) - 30)))
    }
    page = sharp(noisy, { raw: { width: clean.info.width, height: clean.info.height, channels: 1 } })
    ext = 'jpg'
    return { bytes: await page.jpeg({ quality: 40 }).toBuffer(), ext, truth: lines.join('\n') }
  } else if (spec.damage === 'fax') {
    // A fine-mode fax: 204 × 196 dpi, one bit per pixel, sent at that size.
    const w = Math.round((A4.width * 204) / 300)
    const h = Math.round((A4.height * 196) / 300)
    page = sharp(await page.resize(w, h).greyscale().threshold(150).png().toBuffer())
  }
  return { bytes: await page.png().toBuffer(), ext, truth: lines.join('\n') }
}

/** Character error rate: edit distance over the true text's length, NFKC, whitespace ignored. */
export function characterErrorRate(read: string, truth: string): number {
  const a = [...read.normalize('NFKC').replace(/\s+/g, '')]
  const b = [...truth.normalize('NFKC').replace(/\s+/g, '')]
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
    }
    previous = row
  }
  return (previous[b.length] as number) / Math.max(1, b.length)
}
