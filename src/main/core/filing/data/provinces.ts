/** A mainland province-level region: where a filing is reviewed (管局) and what its numbers start with. */
export interface Province {
  /** GB/T 2260 code of the province, also the first two digits of a resident ID. */
  code: string
  /** The one-character abbreviation filing numbers use, e.g. 京 in 京ICP备12345678号. */
  abbr: string
  /** Other abbreviations people write (川 for 蜀); accepted with a warning. */
  aliases: string[]
  zh: string
  en: string
}

export const provinces: readonly Province[] = [
  { code: '11', abbr: '京', aliases: [], zh: '北京', en: 'Beijing' },
  { code: '12', abbr: '津', aliases: [], zh: '天津', en: 'Tianjin' },
  { code: '13', abbr: '冀', aliases: [], zh: '河北', en: 'Hebei' },
  { code: '14', abbr: '晋', aliases: [], zh: '山西', en: 'Shanxi' },
  { code: '15', abbr: '蒙', aliases: [], zh: '内蒙古', en: 'Inner Mongolia' },
  { code: '21', abbr: '辽', aliases: [], zh: '辽宁', en: 'Liaoning' },
  { code: '22', abbr: '吉', aliases: [], zh: '吉林', en: 'Jilin' },
  { code: '23', abbr: '黑', aliases: [], zh: '黑龙江', en: 'Heilongjiang' },
  { code: '31', abbr: '沪', aliases: [], zh: '上海', en: 'Shanghai' },
  { code: '32', abbr: '苏', aliases: [], zh: '江苏', en: 'Jiangsu' },
  { code: '33', abbr: '浙', aliases: [], zh: '浙江', en: 'Zhejiang' },
  { code: '34', abbr: '皖', aliases: [], zh: '安徽', en: 'Anhui' },
  { code: '35', abbr: '闽', aliases: [], zh: '福建', en: 'Fujian' },
  { code: '36', abbr: '赣', aliases: [], zh: '江西', en: 'Jiangxi' },
  { code: '37', abbr: '鲁', aliases: [], zh: '山东', en: 'Shandong' },
  { code: '41', abbr: '豫', aliases: [], zh: '河南', en: 'Henan' },
  { code: '42', abbr: '鄂', aliases: [], zh: '湖北', en: 'Hubei' },
  { code: '43', abbr: '湘', aliases: [], zh: '湖南', en: 'Hunan' },
  { code: '44', abbr: '粤', aliases: [], zh: '广东', en: 'Guangdong' },
  { code: '45', abbr: '桂', aliases: [], zh: '广西', en: 'Guangxi' },
  { code: '46', abbr: '琼', aliases: [], zh: '海南', en: 'Hainan' },
  { code: '50', abbr: '渝', aliases: [], zh: '重庆', en: 'Chongqing' },
  { code: '51', abbr: '蜀', aliases: ['川'], zh: '四川', en: 'Sichuan' },
  { code: '52', abbr: '黔', aliases: ['贵'], zh: '贵州', en: 'Guizhou' },
  { code: '53', abbr: '滇', aliases: ['云'], zh: '云南', en: 'Yunnan' },
  { code: '54', abbr: '藏', aliases: [], zh: '西藏', en: 'Tibet' },
  { code: '61', abbr: '陕', aliases: ['秦'], zh: '陕西', en: 'Shaanxi' },
  { code: '62', abbr: '陇', aliases: ['甘'], zh: '甘肃', en: 'Gansu' },
  { code: '63', abbr: '青', aliases: [], zh: '青海', en: 'Qinghai' },
  { code: '64', abbr: '宁', aliases: [], zh: '宁夏', en: 'Ningxia' },
  { code: '65', abbr: '新', aliases: [], zh: '新疆', en: 'Xinjiang' },
]

/** Region prefixes of resident IDs and residence permits beyond the mainland provinces (台港澳). */
export const otherIdRegions: readonly string[] = ['71', '81', '82', '83']

export function provinceByCode(code: string): Province | undefined {
  return provinces.find((p) => p.code === code)
}
