/**
 * The pavilion's offline showrooms in China, for the route diagram and the
 * list on the pavilions page. All addresses and phone numbers are demo data.
 */

export interface Pavilion {
  id: 'chengdu' | 'kunming' | 'urumqi' | 'yiwu' | 'zhengzhou';
  city: { en: string; zh: string };
  name: { en: string; zh: string };
  address: { en: string; zh: string };
  hours: { en: string; zh: string };
  phone: string;
  note: { en: string; zh: string };
}

const DEMO_NOTE = {
  en: 'Demo address: this showroom is part of the demo data and does not exist.',
  zh: '演示地址：该展厅为演示数据，并不真实存在。',
} as const;

export const pavilions: Pavilion[] = [
  {
    id: 'urumqi',
    city: { en: 'Urumqi', zh: '乌鲁木齐' },
    name: { en: 'Pakistan Pavilion · Urumqi', zh: '巴基斯坦国家馆·乌鲁木齐馆' },
    address: {
      en: 'Hall 3 (demo), International Expo Area, Midong District, Urumqi, Xinjiang',
      zh: '新疆乌鲁木齐市米东区国际会展片区 3 号馆（演示）',
    },
    hours: { en: 'Tue–Sun 10:00–19:00 (Beijing time)', zh: '周二至周日 10:00–19:00（北京时间）' },
    phone: '+86 991 0000 0000',
    note: {
      en: `${DEMO_NOTE.en} Closest to the Khunjerab Pass overland route.`,
      zh: `${DEMO_NOTE.zh}距红其拉甫陆路口岸最近。`,
    },
  },
  {
    id: 'chengdu',
    city: { en: 'Chengdu', zh: '成都' },
    name: { en: 'Pakistan Pavilion · Chengdu', zh: '巴基斯坦国家馆·成都馆' },
    address: {
      en: 'Hall 5 (demo), Western China International Expo City, Tianfu New Area, Chengdu, Sichuan',
      zh: '四川省成都市天府新区中国西部国际博览城 5 号馆（演示）',
    },
    hours: { en: 'Mon–Sun 9:30–18:00', zh: '周一至周日 9:30–18:00' },
    phone: '+86 28 0000 0000',
    note: {
      en: `${DEMO_NOTE.en} Tasting corner for basmati rice, mangoes and pink salt.`,
      zh: `${DEMO_NOTE.zh}设有巴斯马蒂香米、芒果和粉盐品鉴区。`,
    },
  },
  {
    id: 'kunming',
    city: { en: 'Kunming', zh: '昆明' },
    name: { en: 'Pakistan Pavilion · Kunming', zh: '巴基斯坦国家馆·昆明馆' },
    address: {
      en: 'Hall 2 (demo), Dianchi International Convention and Exhibition Area, Guandu District, Kunming, Yunnan',
      zh: '云南省昆明市官渡区滇池国际会展片区 2 号馆（演示）',
    },
    hours: { en: 'Mon–Sat 9:00–17:30', zh: '周一至周六 9:00–17:30' },
    phone: '+86 871 0000 0000',
    note: {
      en: `${DEMO_NOTE.en} Gateway showroom for South Asia trade fairs.`,
      zh: `${DEMO_NOTE.zh}面向南亚经贸展会的窗口展厅。`,
    },
  },
  {
    id: 'zhengzhou',
    city: { en: 'Zhengzhou', zh: '郑州' },
    name: { en: 'Pakistan Pavilion · Zhengzhou', zh: '巴基斯坦国家馆·郑州馆' },
    address: {
      en: 'Unit 8 (demo), Imported Goods Exhibition Centre, Airport Economy Zone, Zhengzhou, Henan',
      zh: '河南省郑州市航空港经济综合实验区进口商品展示中心 8 号展位（演示）',
    },
    hours: { en: 'Mon–Sun 9:00–18:00', zh: '周一至周日 9:00–18:00' },
    phone: '+86 371 0000 0000',
    note: {
      en: `${DEMO_NOTE.en} Samples of textiles, leather and sports goods on display.`,
      zh: `${DEMO_NOTE.zh}展出家纺、皮革和体育用品样品。`,
    },
  },
  {
    id: 'yiwu',
    city: { en: 'Yiwu', zh: '义乌' },
    name: { en: 'Pakistan Pavilion · Yiwu', zh: '巴基斯坦国家馆·义乌馆' },
    address: {
      en: 'Shop 5-0000 (demo), Imported Commodities Hall, District 5, Yiwu International Trade City, Zhejiang',
      zh: '浙江省义乌市义乌国际商贸城五区进口商品馆 5-0000 号商铺（演示）',
    },
    hours: { en: 'Mon–Sun 9:00–17:00', zh: '周一至周日 9:00–17:00' },
    phone: '+86 579 0000 0000',
    note: {
      en: `${DEMO_NOTE.en} Handicrafts, salt lamps and small-order samples.`,
      zh: `${DEMO_NOTE.zh}展示手工艺品、盐灯及小批量订货样品。`,
    },
  },
];
