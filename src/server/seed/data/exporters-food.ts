import type { L10n, SeedExporter } from '../types';

/**
 * Demo food exporters: producers, processors and packers of salt, rice,
 * fruit and dates, seeds, nuts and spices, and seafood. All companies are
 * fictional; registration and certificate numbers are demo values.
 */

const m = {
  gcc: { en: 'GCC countries', zh: '海湾国家' },
  eu: { en: 'EU', zh: '欧盟' },
  uk: { en: 'UK', zh: '英国' },
  usa: { en: 'USA', zh: '美国' },
  centralAsia: { en: 'Central Asia', zh: '中亚' },
  eastAfrica: { en: 'East Africa', zh: '东非' },
  seAsia: { en: 'Southeast Asia', zh: '东南亚' },
  russia: { en: 'Russia', zh: '俄罗斯' },
  turkey: { en: 'Türkiye', zh: '土耳其' },
  japanKorea: { en: 'Japan & Korea', zh: '日韩' },
  malaysia: { en: 'Malaysia', zh: '马来西亚' },
  hongKong: { en: 'Hong Kong', zh: '中国香港' },
  canada: { en: 'Canada', zh: '加拿大' },
  australia: { en: 'Australia', zh: '澳大利亚' },
} satisfies Record<string, L10n>;

export const foodExporters: SeedExporter[] = [
  // ───────────── Himalayan salt ─────────────
  {
    slug: 'khewra-crystal-salt-works',
    name: { en: 'Khewra Crystal Salt Works', zh: '凯沃拉晶盐工坊' },
    tagline: {
      en: 'Food-grade pink salt crushed, washed and packed at the foot of the Salt Range',
      zh: '盐岭脚下自有工厂，食品级粉盐破碎、清洗、分装一条龙',
    },
    description: {
      en: 'Khewra Crystal Salt Works buys run-of-mine halite from leaseholders in the Salt Range of Jhelum district and sorts it by colour before crushing. Its plant near Khewra has magnetic separation, sieving lines from 0.2 mm powder to 50 mm chunks and a block-cutting shop for cooking slabs. Bulk salt ships in 25 kg bags and 1 t jumbo bags through Karachi and Port Qasim.',
      zh: '凯沃拉晶盐工坊从杰赫勒姆县盐岭矿区的采矿权人处采购原矿岩盐，入厂先按颜色分拣再破碎。工厂位于凯沃拉附近，配有除铁磁选设备和从 0.2 毫米粉盐到 50 毫米盐块的筛分线，另设烹饪盐板切割车间。散装盐以 25 公斤编织袋和 1 吨吨袋包装，经卡拉奇港和卡西姆港出运。',
    },
    city: 'khewra',
    yearFounded: 2004,
    employees: 210,
    gaccNumber: 'CPAK2401135021',
    status: 'verified',
    featured: true,
    checks: [
      { kind: 'tdap', reference: 'TDAP-EXP-0418327', checkedOn: '2026-02-11', validUntil: '2027-02-11' },
      { kind: 'secp', reference: 'CUIN 0047195', checkedOn: '2026-02-11', validUntil: '2027-02-11' },
      { kind: 'gacc', reference: 'CPAK2401135021', checkedOn: '2026-02-12', validUntil: '2027-02-12' },
      { kind: 'site_visit', reference: 'PP-SV-2026-007', checkedOn: '2026-03-04', validUntil: '2027-03-04' },
    ],
    certificates: [
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-00412', validUntil: '2027-05-31' },
      { kind: 'iso22000', issuer: 'SGS Pakistan', number: 'PK26/FS-81734', validUntil: '2028-01-14' },
      { kind: 'haccp', issuer: 'SGS Pakistan', number: 'PK26/HC-81735', validUntil: '2027-09-30' },
      { kind: 'brcgs', issuer: 'Bureau Veritas Pakistan', number: 'BV-BRC-PK-10482', validUntil: '2027-04-18' },
    ],
    markets: [m.usa, m.eu, m.gcc, m.australia],
  },
  {
    slug: 'salt-range-minerals',
    name: { en: 'Salt Range Minerals (Pvt) Ltd', zh: '盐岭矿产私人有限公司' },
    tagline: {
      en: 'Dark pink, white and black salt, lick salt and bath salt from one Jhelum plant',
      zh: '深粉盐、白岩盐、黑盐、舔砖和浴盐，杰赫勒姆一厂全品类供应',
    },
    description: {
      en: 'Salt Range Minerals grades rock salt from several Salt Range mines by colour, from white crystal to deep pink, and makes kala namak in its own kilns. Besides edible salt it presses lick blocks for cattle and horses and packs bath salt for cosmetics brands. The company has exported to the Gulf and Europe since 2009 and to China since 2021.',
      zh: '盐岭矿产从盐岭多个矿点收购岩盐，按颜色从白色晶盐到深粉色分级，并自建窑炉生产黑盐（kala namak）。除食用盐外，还生产牛、马用舔砖，并为化妆品品牌分装浴盐。公司 2009 年起出口海湾和欧洲，2021 年起出口中国。',
    },
    city: 'jhelum',
    yearFounded: 2006,
    employees: 135,
    gaccNumber: 'CPAK2302118744',
    status: 'verified',
    checks: [
      { kind: 'chamber', reference: 'JCCI-M-2026-0291', checkedOn: '2026-04-07', validUntil: '2027-04-07' },
      { kind: 'secp', reference: 'CUIN 0061208', checkedOn: '2026-04-07', validUntil: '2027-04-07' },
      { kind: 'gacc', reference: 'CPAK2302118744', checkedOn: '2026-04-08', validUntil: '2027-04-08' },
    ],
    certificates: [
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-00877', validUntil: '2027-08-15' },
      { kind: 'iso22000', issuer: 'TÜV Austria', number: 'TA-FS-2604-0193', validUntil: '2028-03-20' },
      { kind: 'iso9001', issuer: 'TÜV Austria', number: 'TA-QM-2604-0194', validUntil: '2028-03-20' },
    ],
    markets: [m.gcc, m.eu, m.uk, m.eastAfrica],
  },
  {
    slug: 'margalla-natural-foods',
    name: { en: 'Margalla Natural Foods', zh: '马尔加拉天然食品' },
    tagline: {
      en: 'Retail-ready pink salt, nuts and Potohar peanuts, private label welcome',
      zh: '粉盐、坚果和波多哈尔花生零售装，承接贴牌代工',
    },
    description: {
      en: 'Margalla Natural Foods runs a packing unit in the I-9 industrial area of Islamabad that fills grinders, jars and pouches for supermarket and e-commerce brands. It sources salt from Salt Range processors and rain-fed peanuts from Chakwal and Attock, and handles artwork, barcodes and Chinese back labels in-house. Minimum runs start at one pallet per SKU.',
      zh: '马尔加拉天然食品在伊斯兰堡 I-9 工业区设有分装厂，为商超和电商品牌灌装研磨瓶、罐装和自立袋产品。盐从盐岭加工厂采购，花生来自恰克瓦尔和阿托克的旱作产区；设计稿、条码和中文背标均可由工厂完成。每个单品起订一托盘。',
    },
    city: 'islamabad',
    yearFounded: 2013,
    employees: 85,
    gaccNumber: 'CPAK2403127310',
    status: 'verified',
    checks: [
      { kind: 'chamber', reference: 'ICCI-M-14807', checkedOn: '2026-05-19', validUntil: '2027-05-19' },
      { kind: 'secp', reference: 'CUIN 0082146', checkedOn: '2026-05-19', validUntil: '2027-05-19' },
      { kind: 'gacc', reference: 'CPAK2403127310', checkedOn: '2026-05-20', validUntil: '2027-05-20' },
    ],
    certificates: [
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-01163', validUntil: '2027-10-31' },
      { kind: 'haccp', issuer: 'Bureau Veritas Pakistan', number: 'BV-HACCP-PK-22719', validUntil: '2027-06-30' },
      { kind: 'iso22000', issuer: 'Bureau Veritas Pakistan', number: 'BV-FSMS-PK-22720', validUntil: '2028-06-30' },
    ],
    markets: [m.usa, m.canada, m.uk, m.gcc],
  },

  // ───────────── Rice ─────────────
  {
    slug: 'kalar-valley-rice-mills',
    name: { en: 'Kalar Valley Rice Mills', zh: '卡拉尔谷米业' },
    tagline: {
      en: 'Basmati from the Kalar tract, milled, sortexed and aged in Gujranwala',
      zh: '卡拉尔核心产区巴斯马蒂香米，古杰兰瓦拉自有米厂加工、色选、陈化',
    },
    description: {
      en: 'Kalar Valley Rice Mills buys paddy from growers in the Kalar tract between Gujranwala, Sialkot and Sheikhupura, the traditional home of Pakistani basmati. Its mill has parboiling and steaming vessels, Japanese polishers, colour sorters and an in-house lab that tests grain length, moisture and aflatoxin on every lot. Paddy is stored in its own godowns so that aged rice can be offered all year.',
      zh: '卡拉尔谷米业在古杰兰瓦拉、锡亚尔科特和谢胡布尔之间的卡拉尔产区向农户收购稻谷，这里是巴基斯坦巴斯马蒂香米的传统产地。米厂配有蒸谷和蒸汽处理罐、日本抛光机和色选机，自建化验室逐批检测粒长、水分和黄曲霉毒素。稻谷存放于自有仓库，全年都能供应陈米。',
    },
    city: 'gujranwala',
    yearFounded: 1989,
    employees: 340,
    gaccNumber: 'CPAK2301104468',
    status: 'verified',
    featured: true,
    checks: [
      { kind: 'tdap', reference: 'TDAP-EXP-0207731', checkedOn: '2026-01-20', validUntil: '2027-01-20' },
      { kind: 'chamber', reference: 'GCCI-M-2026-1184', checkedOn: '2026-01-20', validUntil: '2027-01-20' },
      { kind: 'gacc', reference: 'CPAK2301104468', checkedOn: '2026-01-21', validUntil: '2027-01-21' },
      { kind: 'site_visit', reference: 'PP-SV-2026-003', checkedOn: '2026-02-05', validUntil: '2027-02-05' },
    ],
    certificates: [
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-00156', validUntil: '2027-03-31' },
      { kind: 'brcgs', issuer: 'SGS Pakistan', number: 'PK26/BRC-80917', validUntil: '2027-07-22' },
      { kind: 'iso22000', issuer: 'SGS Pakistan', number: 'PK26/FS-80918', validUntil: '2028-02-09' },
      { kind: 'haccp', issuer: 'SGS Pakistan', number: 'PK26/HC-80919', validUntil: '2027-11-30' },
    ],
    markets: [m.eu, m.uk, m.gcc, m.usa],
  },
  {
    slug: 'ravi-grain-exports',
    name: { en: 'Ravi Grain Exports', zh: '拉维谷物出口' },
    tagline: {
      en: 'Young Sheikhupura exporter of 1509 and 1121 basmati',
      zh: '谢胡布尔新兴出口商，主营 1509 和 1121 巴斯马蒂',
    },
    description: {
      en: 'Ravi Grain Exports was set up in 2019 by a family of paddy traders in Sheikhupura and mills on contract at two local plants. It concentrates on 1509 and 1121 basmati for buyers in the Gulf and is preparing its first shipments to China.',
      zh: '拉维谷物出口由谢胡布尔一个稻谷贸易家族于 2019 年创立，委托当地两家米厂代加工。公司主营面向海湾买家的 1509 和 1121 巴斯马蒂，正在筹备首批对华出口。',
    },
    city: 'sheikhupura',
    yearFounded: 2019,
    employees: 40,
    gaccNumber: 'CPAK2505160923',
    status: 'pending',
    checks: [{ kind: 'secp', reference: 'CUIN 0139552', checkedOn: '2026-10-28', validUntil: '2027-10-28' }],
    certificates: [
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-01802', validUntil: '2027-09-30' },
    ],
    markets: [m.gcc, m.eastAfrica],
  },
  {
    slug: 'indus-delta-rice-traders',
    name: { en: 'Indus Delta Rice Traders', zh: '印度河三角洲米业' },
    tagline: {
      en: 'IRRI-6, IRRI-9 and PK-386 long grain and broken rice from Upper Sindh',
      zh: '上信德产 IRRI-6、IRRI-9、PK-386 长粒米及碎米',
    },
    description: {
      en: 'Indus Delta Rice Traders mills non-basmati long grain rice grown on the Larkana and Shikarpur canal commands, where IRRI-6 is the main crop. Its two mills in Larkana turn out white and parboiled rice and grade broken rice by size for noodle, flour and brewing customers. Stock is trucked to a bonded warehouse in Karachi and loaded there into containers or break-bulk vessels.',
      zh: '印度河三角洲米业加工拉尔卡纳和希卡布尔灌区种植的非巴斯马蒂长粒米，当地以 IRRI-6 为主。公司在拉尔卡纳有两座米厂，生产白米和蒸谷米，并按粒径对碎米分级，供应米线加工、米粉研磨和酿造客户。货物运到卡拉奇保税仓库后装柜或散装上船。',
    },
    city: 'larkana',
    yearFounded: 1998,
    employees: 190,
    gaccNumber: 'CPAK2301109275',
    status: 'verified',
    checks: [
      { kind: 'tdap', reference: 'TDAP-EXP-0311592', checkedOn: '2026-03-16', validUntil: '2027-03-16' },
      { kind: 'secp', reference: 'CUIN 0039471', checkedOn: '2026-03-16', validUntil: '2027-03-16' },
      { kind: 'gacc', reference: 'CPAK2301109275', checkedOn: '2026-03-17', validUntil: '2027-03-17' },
    ],
    certificates: [
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-00538', validUntil: '2027-06-30' },
      { kind: 'haccp', issuer: 'Bureau Veritas Pakistan', number: 'BV-HACCP-PK-19304', validUntil: '2027-12-15' },
      { kind: 'iso22000', issuer: 'Bureau Veritas Pakistan', number: 'BV-FSMS-PK-19305', validUntil: '2028-05-15' },
      { kind: 'iso9001', issuer: 'Bureau Veritas Pakistan', number: 'BV-QMS-PK-19306', validUntil: '2028-05-15' },
    ],
    markets: [m.eastAfrica, m.malaysia, m.centralAsia, m.gcc],
  },

  // ───────────── Fruit and dates ─────────────
  {
    slug: 'shujabad-orchards-export',
    name: { en: 'Shujabad Orchards Export', zh: '舒贾巴德果园出口' },
    tagline: {
      en: 'Chaunsa, Anwar Ratol and Langra mangoes from our own Multan orchards',
      zh: '自有木尔坦果园的乔萨、安瓦尔·拉托尔和兰格拉芒果',
    },
    description: {
      en: 'Shujabad Orchards Export farms 180 acres of mango in Shujabad tehsil of Multan district and buys from neighbouring growers under contract. Fruit is washed, hot-water treated, graded and packed at its pack-house on the Multan–Bahawalpur road, then trucked in reefers to Lahore airport or Karachi port. The season runs from June (Dusehri, Anwar Ratol, Langra) to the end of August (late Chaunsa).',
      zh: '舒贾巴德果园出口在木尔坦县舒贾巴德区自营 180 英亩芒果园，并与周边果农签订收购合同。鲜果在木尔坦—巴哈瓦尔布尔公路旁的自有包装厂清洗、热水处理、分级、装箱，再用冷藏车送往拉合尔机场或卡拉奇港。供货季从 6 月（杜塞里、安瓦尔·拉托尔、兰格拉）持续到 8 月底（晚熟乔萨）。',
    },
    city: 'multan',
    yearFounded: 2008,
    employees: 160,
    gaccNumber: 'CPAK2304131587',
    status: 'verified',
    featured: true,
    checks: [
      { kind: 'chamber', reference: 'MCCI-M-2026-0677', checkedOn: '2026-04-22', validUntil: '2027-04-22' },
      { kind: 'gacc', reference: 'CPAK2304131587', checkedOn: '2026-04-22', validUntil: '2027-04-22' },
      { kind: 'site_visit', reference: 'PP-SV-2026-019', checkedOn: '2026-06-30', validUntil: '2027-06-30' },
    ],
    certificates: [
      { kind: 'haccp', issuer: 'Bureau Veritas Pakistan', number: 'BV-HACCP-PK-20561', validUntil: '2027-05-10' },
      { kind: 'iso22000', issuer: 'Bureau Veritas Pakistan', number: 'BV-FSMS-PK-20562', validUntil: '2028-05-10' },
    ],
    markets: [m.uk, m.eu, m.gcc, m.hongKong],
  },
  {
    slug: 'mirpurkhas-sindhri-farms',
    name: { en: 'Mirpur Khas Sindhri Farms', zh: '米尔布尔卡斯信德里果园' },
    tagline: {
      en: 'Early-season Sindhri mangoes from the home of the variety',
      zh: '信德里芒果原产地，早季上市',
    },
    description: {
      en: 'Mirpur Khas Sindhri Farms is a group of eleven orchard owners around Mirpur Khas, where the Sindhri variety was first grown, with a shared pack-house and hot-water treatment plant. Sindhri ripens from mid-May, about a month before the Punjab crop, which gives buyers the first Pakistani mangoes of the year.',
      zh: '米尔布尔卡斯信德里果园由米尔布尔卡斯周边 11 家果园主联合组成，共用一座包装厂和热水处理设施；米尔布尔卡斯正是信德里芒果的发源地。信德里 5 月中旬开始成熟，比旁遮普芒果早一个月左右，是每年最早上市的巴基斯坦芒果。',
    },
    city: 'mirpurkhas',
    yearFounded: 2011,
    employees: 95,
    gaccNumber: 'CPAK2304132096',
    status: 'verified',
    checks: [
      { kind: 'chamber', reference: 'HCCI-M-2026-0412', checkedOn: '2026-03-25', validUntil: '2027-03-25' },
      { kind: 'gacc', reference: 'CPAK2304132096', checkedOn: '2026-03-26', validUntil: '2027-03-26' },
    ],
    certificates: [{ kind: 'haccp', issuer: 'SGS Pakistan', number: 'PK26/HC-82210', validUntil: '2027-04-30' }],
    markets: [m.gcc, m.uk, m.malaysia],
  },
  {
    slug: 'sargodha-citrus-packers',
    name: { en: 'Sargodha Citrus Packers', zh: '萨戈达柑橘包装厂' },
    tagline: {
      en: 'Waxed and graded Kinnow mandarins, December to March',
      zh: '打蜡分级金诺橘，12 月至次年 3 月供货',
    },
    description: {
      en: 'Sargodha Citrus Packers runs a Kinnow grading line with washing, fungicide dip, waxing and optical sizing in Sargodha, the centre of Pakistan’s citrus belt. It packs Kinnow and the earlier Feutrell’s Early mandarin in 10 kg cartons and holds fruit in six cold rooms so that reefers can be loaded within 24 hours of booking.',
      zh: '萨戈达柑橘包装厂位于巴基斯坦柑橘主产区萨戈达，金诺橘分级线配备清洗、防腐浸泡、打蜡和光电分级设备。工厂用 10 公斤纸箱包装金诺橘和较早熟的弗特雷尔早橘，六座冷库随时备货，订舱后 24 小时内即可装冷柜。',
    },
    city: 'sargodha',
    yearFounded: 2002,
    employees: 260,
    gaccNumber: 'CPAK2302115638',
    status: 'verified',
    checks: [
      { kind: 'tdap', reference: 'TDAP-EXP-0229406', checkedOn: '2026-01-08', validUntil: '2027-01-08' },
      { kind: 'chamber', reference: 'SCCI-SGD-M-0385', checkedOn: '2026-01-08', validUntil: '2027-01-08' },
      { kind: 'gacc', reference: 'CPAK2302115638', checkedOn: '2026-01-09', validUntil: '2027-01-09' },
    ],
    certificates: [
      { kind: 'haccp', issuer: 'SGS Pakistan', number: 'PK26/HC-80344', validUntil: '2027-08-31' },
      { kind: 'brcgs', issuer: 'SGS Pakistan', number: 'PK26/BRC-80345', validUntil: '2027-02-28' },
    ],
    markets: [m.russia, m.seAsia, m.gcc, m.centralAsia],
  },
  {
    slug: 'khairpur-aseel-date-company',
    name: { en: 'Khairpur Aseel Date Company', zh: '海尔布尔阿西尔椰枣公司' },
    tagline: {
      en: 'Aseel dates and chuhara from Pakistan’s largest date district',
      zh: '巴基斯坦最大椰枣产区的阿西尔椰枣和煮晒枣干',
    },
    description: {
      en: 'Khairpur Aseel Date Company processes Aseel, the main date variety of Khairpur district, harvested in July and August. Its plant washes, grades, fumigates and packs whole and pitted dates, and boils and sun-dries unripe dates into chuhara in the traditional way. Cold storage lets it ship soft dates until the following spring.',
      zh: '海尔布尔阿西尔椰枣公司加工海尔布尔县的主栽品种阿西尔椰枣，采收期为 7–8 月。工厂对整枣和去核枣进行清洗、分级、熏蒸和包装，并按传统工艺把未熟椰枣水煮后晒成枣干（chuhara）。冷库储存使软枣可一直供应到次年春天。',
    },
    city: 'khairpur',
    yearFounded: 1996,
    employees: 230,
    gaccNumber: 'CPAK2302117019',
    status: 'verified',
    checks: [
      { kind: 'tdap', reference: 'TDAP-EXP-0184470', checkedOn: '2026-05-06', validUntil: '2027-05-06' },
      { kind: 'secp', reference: 'CUIN 0031862', checkedOn: '2026-05-06', validUntil: '2027-05-06' },
      { kind: 'gacc', reference: 'CPAK2302117019', checkedOn: '2026-05-07', validUntil: '2027-05-07' },
    ],
    certificates: [
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-00693', validUntil: '2027-07-31' },
      { kind: 'haccp', issuer: 'TÜV Austria', number: 'TA-HACCP-2605-0318', validUntil: '2027-10-31' },
      { kind: 'iso22000', issuer: 'TÜV Austria', number: 'TA-FS-2605-0319', validUntil: '2028-04-30' },
    ],
    markets: [m.gcc, m.eastAfrica, m.usa, m.uk],
  },
  {
    slug: 'kech-valley-dates',
    name: { en: 'Kech Valley Dates', zh: '凯奇谷椰枣' },
    tagline: {
      en: 'Begum Jangi, Mozafati and Rabbi dates from Turbat and Panjgur',
      zh: '图尔伯德和本杰古尔产的贝古姆姜吉、莫扎法蒂和拉比椰枣',
    },
    description: {
      en: 'Kech Valley Dates collects dates from oases along the Kech river around Turbat and from Panjgur, and packs them in a small cold-chain facility in Turbat. Its best-known line is Begum Jangi, a large, soft and very sweet date that Makran growers rank as their finest. Harvest runs from July to September.',
      zh: '凯奇谷椰枣从图尔伯德周边凯奇河沿岸绿洲以及本杰古尔收购椰枣，在图尔伯德的小型冷链车间分装。招牌产品贝古姆姜吉个大、质软、极甜，被莫克兰果农视为最好的品种。采收期为 7–9 月。',
    },
    city: 'turbat',
    yearFounded: 2014,
    employees: 60,
    gaccNumber: 'CPAK2403128862',
    status: 'verified',
    checks: [
      { kind: 'chamber', reference: 'QCCI-M-2026-0219', checkedOn: '2026-06-15', validUntil: '2027-06-15' },
      { kind: 'secp', reference: 'CUIN 0104738', checkedOn: '2026-06-15', validUntil: '2027-06-15' },
      { kind: 'gacc', reference: 'CPAK2403128862', checkedOn: '2026-06-16', validUntil: '2027-06-16' },
    ],
    certificates: [
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-01034', validUntil: '2027-09-30' },
      { kind: 'haccp', issuer: 'SGS Pakistan', number: 'PK25/HC-79120', validUntil: '2026-12-20' },
    ],
    markets: [m.gcc, m.uk, m.malaysia],
  },
  {
    slug: 'hunza-valley-dry-fruits',
    name: { en: 'Hunza Valley Dry Fruits', zh: '罕萨谷干果' },
    tagline: {
      en: 'Sun-dried apricots and mulberries from Hunza and Nagar',
      zh: '罕萨和纳格尔的日晒杏干与桑葚干',
    },
    description: {
      en: 'Hunza Valley Dry Fruits buys sun-dried apricots and mulberries from about 600 households in Hunza and Nagar, where fruit is still dried on rooftops in July and August. A sorting hall in Aliabad grades, cleans and packs the fruit, and the company was among the first in Gilgit-Baltistan to ship over the Khunjerab Pass to Kashgar.',
      zh: '罕萨谷干果向罕萨和纳格尔约 600 户农家收购日晒杏干和桑葚干，当地至今仍在 7–8 月把果子铺在屋顶晾晒。公司在阿里亚巴德设有分拣车间，负责分级、清理和包装，是吉尔吉特-巴尔蒂斯坦最早经红其拉甫口岸向喀什发货的企业之一。',
    },
    city: 'hunza',
    yearFounded: 2010,
    employees: 45,
    gaccNumber: 'CPAK2403129504',
    status: 'verified',
    checks: [
      { kind: 'secp', reference: 'CUIN 0073960', checkedOn: '2026-07-09', validUntil: '2027-07-09' },
      { kind: 'gacc', reference: 'CPAK2403129504', checkedOn: '2026-07-09', validUntil: '2027-07-09' },
      { kind: 'site_visit', reference: 'PP-SV-2026-024', checkedOn: '2026-08-12', validUntil: '2027-08-12' },
    ],
    certificates: [
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-01247', validUntil: '2027-11-30' },
      { kind: 'haccp', issuer: 'Bureau Veritas Pakistan', number: 'BV-HACCP-PK-23084', validUntil: '2027-08-31' },
    ],
    markets: [m.uk, m.gcc, m.centralAsia],
  },

  // ───────────── Seeds, nuts and spices ─────────────
  {
    slug: 'indus-sesame-processors',
    name: { en: 'Indus Sesame Processors', zh: '印度河芝麻加工厂' },
    tagline: {
      en: 'Hulled and natural sesame cleaned and sortexed to Chinese buyer specs',
      zh: '脱皮芝麻与带皮芝麻，按中国买家标准清理色选',
    },
    description: {
      en: 'Indus Sesame Processors runs a cleaning, hulling and colour-sorting plant on the SITE industrial estate in Hyderabad, buying seed from Sindh and south Punjab after the October–November harvest. China is its largest market, and each lot is tested for purity, oil content, salmonella and pesticide residues before loading.',
      zh: '印度河芝麻加工厂位于海得拉巴 SITE 工业区，拥有清理、脱皮和色选生产线，每年 10–11 月收获后从信德和旁遮普南部收购芝麻。中国是其最大市场，每批货装柜前都检测纯度、含油率、沙门氏菌和农残。',
    },
    city: 'hyderabad',
    yearFounded: 2005,
    employees: 150,
    gaccNumber: 'CPAK2301106631',
    status: 'verified',
    featured: true,
    checks: [
      { kind: 'tdap', reference: 'TDAP-EXP-0266158', checkedOn: '2026-02-24', validUntil: '2027-02-24' },
      { kind: 'chamber', reference: 'HCCI-M-2026-0138', checkedOn: '2026-02-24', validUntil: '2027-02-24' },
      { kind: 'gacc', reference: 'CPAK2301106631', checkedOn: '2026-02-25', validUntil: '2027-02-25' },
      { kind: 'site_visit', reference: 'PP-SV-2026-011', checkedOn: '2026-03-18', validUntil: '2027-03-18' },
    ],
    certificates: [
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-00345', validUntil: '2027-04-30' },
      { kind: 'haccp', issuer: 'SGS Pakistan', number: 'PK26/HC-81102', validUntil: '2027-09-15' },
      { kind: 'iso22000', issuer: 'SGS Pakistan', number: 'PK26/FS-81103', validUntil: '2028-03-15' },
      { kind: 'brcgs', issuer: 'SGS Pakistan', number: 'PK26/BRC-81104', validUntil: '2027-03-31' },
    ],
    markets: [m.japanKorea, m.turkey, m.eu, m.gcc],
  },
  {
    slug: 'zhob-valley-nut-company',
    name: { en: 'Zhob Valley Nut Company', zh: '佐布谷坚果公司' },
    tagline: {
      en: 'Chilgoza pine nuts, almonds and black cumin from the Sulaiman range',
      zh: '苏莱曼山脉的奇尔戈扎松子、巴旦木和黑孜然',
    },
    description: {
      en: 'Zhob Valley Nut Company buys chilgoza cones and nuts from forest communities in Zhob and Sherani districts, where Pinus gerardiana grows on the Sulaiman range, and processes them in Quetta. Nuts are hand-graded by length, roasted on request and packed in vacuum bags; kernels are cracked by machine and sorted by hand. It also trades kaghzi almonds and wild black cumin from Balochistan.',
      zh: '佐布谷坚果公司向佐布和谢拉尼两县林区社区收购奇尔戈扎松果和松子——当地苏莱曼山脉生长着西藏白皮松（Pinus gerardiana），并在奎达加工。松子按长度人工分级，可按要求烘烤，真空袋包装；松子仁机器开壳后人工挑选。公司还经营俾路支省的纸皮巴旦木和野生黑孜然。',
    },
    city: 'quetta',
    yearFounded: 2009,
    employees: 70,
    gaccNumber: 'CPAK2302119182',
    status: 'verified',
    checks: [
      { kind: 'chamber', reference: 'QCCI-M-2026-0087', checkedOn: '2026-09-03', validUntil: '2027-09-03' },
      { kind: 'secp', reference: 'CUIN 0069317', checkedOn: '2026-09-03', validUntil: '2027-09-03' },
      { kind: 'gacc', reference: 'CPAK2302119182', checkedOn: '2026-09-04', validUntil: '2027-09-04' },
    ],
    certificates: [
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-01411', validUntil: '2027-12-31' },
      { kind: 'haccp', issuer: 'TÜV Austria', number: 'TA-HACCP-2609-0542', validUntil: '2027-09-30' },
    ],
    markets: [m.gcc, m.centralAsia, m.turkey],
  },
  {
    slug: 'kunri-spice-mills',
    name: { en: 'Kunri Spice Mills', zh: '昆里香料厂' },
    tagline: {
      en: 'Red chillies from Kunri, turmeric from Kasur, coriander and fennel',
      zh: '昆里红辣椒、卡苏尔姜黄、芫荽籽和小茴香',
    },
    description: {
      en: 'Kunri Spice Mills sits in the chilli market town of Kunri in Umerkot district, one of the largest red chilli markets in Asia, and runs its grinding and steam-sterilisation unit in Mirpur Khas. It also buys turmeric from Kasur, coriander from Sindh and Punjab, and fenugreek leaves from Kasur, and tests every lot for aflatoxin and Sudan dyes.',
      zh: '昆里香料厂位于乌默尔果德县的辣椒集镇昆里——亚洲最大的红辣椒集散地之一，研磨和蒸汽灭菌车间设在米尔布尔卡斯。公司还采购卡苏尔的姜黄和葫芦巴叶、信德和旁遮普的芫荽籽，每批货均检测黄曲霉毒素和苏丹红。',
    },
    city: 'mirpurkhas',
    yearFounded: 2001,
    employees: 120,
    gaccNumber: 'CPAK2302120357',
    status: 'verified',
    checks: [
      { kind: 'tdap', reference: 'TDAP-EXP-0251907', checkedOn: '2026-08-18', validUntil: '2027-08-18' },
      { kind: 'secp', reference: 'CUIN 0044586', checkedOn: '2026-08-18', validUntil: '2027-08-18' },
      { kind: 'gacc', reference: 'CPAK2302120357', checkedOn: '2026-08-19', validUntil: '2027-08-19' },
    ],
    certificates: [
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-01320', validUntil: '2027-11-30' },
      { kind: 'haccp', issuer: 'Bureau Veritas Pakistan', number: 'BV-HACCP-PK-23511', validUntil: '2028-02-28' },
      { kind: 'iso22000', issuer: 'Bureau Veritas Pakistan', number: 'BV-FSMS-PK-23512', validUntil: '2028-08-31' },
    ],
    markets: [m.gcc, m.uk, m.malaysia, m.eastAfrica],
  },
  {
    slug: 'khyber-dry-fruit-traders',
    name: { en: 'Khyber Dry Fruit Traders', zh: '开伯尔干果贸易行' },
    tagline: {
      en: 'Walnuts from Swat and Dhakki dates from Dera Ismail Khan',
      zh: '斯瓦特核桃与德拉伊斯梅尔汗达基椰枣',
    },
    description: {
      en: 'Khyber Dry Fruit Traders is a trading house in Peshawar’s dry-fruit market that sources walnuts from Swat and Dir and Dhakki dates from Dera Ismail Khan. Its application is under review; packing is done at a rented facility that has not yet been registered with GACC.',
      zh: '开伯尔干果贸易行是白沙瓦干果市场的一家贸易商，从斯瓦特和迪尔采购核桃，从德拉伊斯梅尔汗采购达基椰枣。其入驻申请正在审核中；包装在租用的车间完成，该车间尚未完成中国海关注册。',
    },
    city: 'peshawar',
    yearFounded: 2016,
    employees: 18,
    status: 'pending',
    checks: [],
    certificates: [
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-01877', validUntil: '2027-10-31' },
    ],
    markets: [m.gcc, m.centralAsia],
  },

  // ───────────── Seafood ─────────────
  {
    slug: 'korangi-harbour-seafoods',
    name: { en: 'Korangi Harbour Seafoods', zh: '科朗吉港海产' },
    tagline: {
      en: 'Frozen shrimp, fish, crab and dried fish maw from Karachi',
      zh: '卡拉奇冷冻虾、鱼、蟹及干鱼胶',
    },
    description: {
      en: 'Korangi Harbour Seafoods operates a processing plant beside Korangi Fish Harbour in Karachi with plate and blast freezers, an IQF tunnel, 1,200 t of cold storage and a drying yard for fish maw. It buys from trawlers and gillnetters landing at Karachi Fish Harbour and Korangi, and ships frozen containers to China, Southeast Asia and the Gulf every week.',
      zh: '科朗吉港海产的加工厂紧邻卡拉奇科朗吉渔港，配有平板速冻机、鼓风速冻库、IQF 单冻隧道、1,200 吨冷库和鱼胶晾晒场。原料来自在卡拉奇渔港和科朗吉靠岸的拖网船和刺网船，每周都有冷冻柜发往中国、东南亚和海湾地区。',
    },
    city: 'karachi',
    yearFounded: 1993,
    employees: 420,
    gaccNumber: 'CPAK2301101754',
    status: 'verified',
    featured: true,
    checks: [
      { kind: 'tdap', reference: 'TDAP-EXP-0108264', checkedOn: '2026-01-27', validUntil: '2027-01-27' },
      { kind: 'chamber', reference: 'KCCI-M-2026-07731', checkedOn: '2026-01-27', validUntil: '2027-01-27' },
      { kind: 'gacc', reference: 'CPAK2301101754', checkedOn: '2026-01-28', validUntil: '2027-01-28' },
      { kind: 'site_visit', reference: 'PP-SV-2026-005', checkedOn: '2026-02-18', validUntil: '2027-02-18' },
    ],
    certificates: [
      { kind: 'haccp', issuer: 'SGS Pakistan', number: 'PK26/HC-80562', validUntil: '2027-06-30' },
      { kind: 'brcgs', issuer: 'Bureau Veritas Pakistan', number: 'BV-BRC-PK-10377', validUntil: '2027-03-15' },
      { kind: 'iso22000', issuer: 'SGS Pakistan', number: 'PK26/FS-80563', validUntil: '2028-01-31' },
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-00221', validUntil: '2027-03-31' },
    ],
    markets: [m.seAsia, m.gcc, m.eu, m.japanKorea],
  },
  {
    slug: 'makran-coast-fisheries',
    name: { en: 'Makran Coast Fisheries', zh: '莫克兰海岸渔业' },
    tagline: {
      en: 'Tuna, kingfish and cephalopods landed at Pasni and Gwadar',
      zh: '帕斯尼和瓜达尔上岸的金枪鱼、马鲛鱼和头足类',
    },
    description: {
      en: 'Makran Coast Fisheries buys from gillnet and handline boats landing at Pasni and Gwadar on the Balochistan coast and freezes the catch at its plant in Pasni within hours of landing. Frozen cargo goes by reefer truck along the Makran Coastal Highway to Karachi, or in containers from Gwadar port when sailings are available.',
      zh: '莫克兰海岸渔业向在俾路支省海岸帕斯尼和瓜达尔靠岸的刺网船、手钓船收购渔获，上岸后数小时内即在帕斯尼工厂完成冻结。冻品经莫克兰沿海公路用冷藏车运往卡拉奇，有船期时也从瓜达尔港装柜出运。',
    },
    city: 'pasni',
    yearFounded: 2007,
    employees: 180,
    gaccNumber: 'CPAK2302113916',
    status: 'verified',
    checks: [
      { kind: 'tdap', reference: 'TDAP-EXP-0297340', checkedOn: '2026-10-06', validUntil: '2027-10-06' },
      { kind: 'secp', reference: 'CUIN 0058824', checkedOn: '2026-10-06', validUntil: '2027-10-06' },
      { kind: 'gacc', reference: 'CPAK2302113916', checkedOn: '2026-10-07', validUntil: '2027-10-07' },
    ],
    certificates: [
      { kind: 'haccp', issuer: 'Bureau Veritas Pakistan', number: 'BV-HACCP-PK-24106', validUntil: '2027-10-31' },
      { kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-HC-26-01598', validUntil: '2028-01-31' },
    ],
    markets: [m.seAsia, m.gcc, m.eastAfrica],
  },
];
