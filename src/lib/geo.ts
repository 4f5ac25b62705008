/**
 * Pakistan's provinces and territories, and the trading cities the catalog
 * names. Slugs are stable identifiers stored in the database; labels carry
 * both languages so no page needs machine translation.
 */

export const PROVINCES = {
  punjab: { en: 'Punjab', zh: '旁遮普省' },
  sindh: { en: 'Sindh', zh: '信德省' },
  'khyber-pakhtunkhwa': { en: 'Khyber Pakhtunkhwa', zh: '开伯尔-普什图赫瓦省' },
  balochistan: { en: 'Balochistan', zh: '俾路支省' },
  'gilgit-baltistan': { en: 'Gilgit-Baltistan', zh: '吉尔吉特-巴尔蒂斯坦' },
  'azad-kashmir': { en: 'Azad Jammu & Kashmir', zh: '巴控克什米尔' },
  islamabad: { en: 'Islamabad Capital Territory', zh: '伊斯兰堡首都区' },
} as const;

export type ProvinceSlug = keyof typeof PROVINCES;
export const PROVINCE_SLUGS = Object.keys(PROVINCES) as ProvinceSlug[];

export const CITIES = {
  karachi: { en: 'Karachi', zh: '卡拉奇', province: 'sindh' },
  hyderabad: { en: 'Hyderabad', zh: '海得拉巴', province: 'sindh' },
  sukkur: { en: 'Sukkur', zh: '苏库尔', province: 'sindh' },
  khairpur: { en: 'Khairpur', zh: '海尔布尔', province: 'sindh' },
  hala: { en: 'Hala', zh: '哈拉', province: 'sindh' },
  larkana: { en: 'Larkana', zh: '拉尔卡纳', province: 'sindh' },
  mirpurkhas: { en: 'Mirpur Khas', zh: '米尔布尔卡斯', province: 'sindh' },
  lahore: { en: 'Lahore', zh: '拉合尔', province: 'punjab' },
  faisalabad: { en: 'Faisalabad', zh: '费萨拉巴德', province: 'punjab' },
  sialkot: { en: 'Sialkot', zh: '锡亚尔科特', province: 'punjab' },
  gujranwala: { en: 'Gujranwala', zh: '古杰兰瓦拉', province: 'punjab' },
  wazirabad: { en: 'Wazirabad', zh: '瓦齐拉巴德', province: 'punjab' },
  multan: { en: 'Multan', zh: '木尔坦', province: 'punjab' },
  chiniot: { en: 'Chiniot', zh: '奇尼奥特', province: 'punjab' },
  khewra: { en: 'Khewra', zh: '凯沃拉', province: 'punjab' },
  jhelum: { en: 'Jhelum', zh: '杰赫勒姆', province: 'punjab' },
  rawalpindi: { en: 'Rawalpindi', zh: '拉瓦尔品第', province: 'punjab' },
  sargodha: { en: 'Sargodha', zh: '萨戈达', province: 'punjab' },
  'rahim-yar-khan': { en: 'Rahim Yar Khan', zh: '拉希姆亚尔汗', province: 'punjab' },
  bahawalpur: { en: 'Bahawalpur', zh: '巴哈瓦尔布尔', province: 'punjab' },
  sheikhupura: { en: 'Sheikhupura', zh: '谢胡布尔', province: 'punjab' },
  kasur: { en: 'Kasur', zh: '卡苏尔', province: 'punjab' },
  peshawar: { en: 'Peshawar', zh: '白沙瓦', province: 'khyber-pakhtunkhwa' },
  mardan: { en: 'Mardan', zh: '马尔丹', province: 'khyber-pakhtunkhwa' },
  mingora: { en: 'Mingora (Swat)', zh: '明戈拉（斯瓦特）', province: 'khyber-pakhtunkhwa' },
  nowshera: { en: 'Nowshera', zh: '瑙谢拉', province: 'khyber-pakhtunkhwa' },
  quetta: { en: 'Quetta', zh: '奎达', province: 'balochistan' },
  gwadar: { en: 'Gwadar', zh: '瓜达尔', province: 'balochistan' },
  turbat: { en: 'Turbat', zh: '图尔伯德', province: 'balochistan' },
  pasni: { en: 'Pasni', zh: '帕斯尼', province: 'balochistan' },
  gilgit: { en: 'Gilgit', zh: '吉尔吉特', province: 'gilgit-baltistan' },
  hunza: { en: 'Hunza', zh: '罕萨', province: 'gilgit-baltistan' },
  skardu: { en: 'Skardu', zh: '斯卡杜', province: 'gilgit-baltistan' },
  mirpur: { en: 'Mirpur', zh: '米尔布尔', province: 'azad-kashmir' },
  muzaffarabad: { en: 'Muzaffarabad', zh: '穆扎法拉巴德', province: 'azad-kashmir' },
  islamabad: { en: 'Islamabad', zh: '伊斯兰堡', province: 'islamabad' },
} as const satisfies Record<string, { en: string; zh: string; province: ProvinceSlug }>;

export type CitySlug = keyof typeof CITIES;
export const CITY_SLUGS = Object.keys(CITIES) as CitySlug[];

export function provinceOf(city: CitySlug): ProvinceSlug {
  return CITIES[city].province;
}
