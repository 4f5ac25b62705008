import type { VerificationCheck } from '../../../lib/trade';
import type { L10n, SeedCertificate, SeedCheck, SeedExporter } from '../types';

/**
 * Demo manufacturers and exporters of manufactured goods (non-food).
 * All companies are fictional; reference and certificate numbers are made up.
 */

const t = (en: string, zh: string): L10n => ({ en, zh });

/** A check made on `checkedOn`, to be renewed a year later. */
function check(kind: VerificationCheck, reference: string, checkedOn: string): SeedCheck {
  const year = Number(checkedOn.slice(0, 4));
  return { kind, reference, checkedOn, validUntil: `${year + 1}${checkedOn.slice(4)}` };
}

function cert(kind: SeedCertificate['kind'], issuer: string, number: string, validUntil: string): SeedCertificate {
  return { kind, issuer, number, validUntil };
}

const M = {
  eu: t('EU', '欧盟'),
  uk: t('United Kingdom', '英国'),
  us: t('United States', '美国'),
  canada: t('Canada', '加拿大'),
  australia: t('Australia', '澳大利亚'),
  japan: t('Japan', '日本'),
  korea: t('South Korea', '韩国'),
  gulf: t('Gulf states', '海湾国家'),
  middleEast: t('Middle East', '中东'),
  turkey: t('Türkiye', '土耳其'),
  russia: t('Russia', '俄罗斯'),
  centralAsia: t('Central Asia', '中亚'),
  latam: t('Latin America', '拉丁美洲'),
  africa: t('Africa', '非洲'),
  southAfrica: t('South Africa', '南非'),
} as const;

export const goodsExporters: SeedExporter[] = [
  // ── Sialkot: sports goods ────────────────────────────────────────────────
  {
    slug: 'chenab-sports-works',
    name: t('Chenab Sports Works (Pvt) Ltd', '切纳布体育用品有限公司'),
    tagline: t('Hand-stitched and thermo-bonded footballs since 1987', '1987 年起专业生产手缝及热粘合足球'),
    description: t(
      'A Sialkot ball maker with its own panel cutting, lamination and screen-printing lines and a network of registered stitching centres in the villages around the city. It makes match, training, futsal, beach, volley, rugby and handballs for private labels, and selected models hold FIFA Quality Pro and FIFA Quality licences. Stitching centres are registered and open to third-party social audits arranged by the buyer.',
      '锡亚尔科特足球制造商，自有球片冲裁、复合和丝网印刷生产线，并在周边村镇设有登记备案的手缝点。生产比赛球、训练球、五人制足球、沙滩足球、排球、橄榄球和手球，专做贴牌，部分型号持有 FIFA Quality Pro 和 FIFA Quality 认证。缝制点均已登记，可接受买家指定的第三方社会责任验厂。',
    ),
    city: 'sialkot',
    yearFounded: 1987,
    employees: 420,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-SKT-04127', '2026-02-11'),
      check('chamber', 'SCCI/M/08841', '2026-02-11'),
      check('secp', '0031874', '2026-02-12'),
      check('site_visit', 'PP-SV-26-003', '2026-03-04'),
    ],
    certificates: [
      cert('iso9001', 'Bureau Veritas Certification', 'PK-QMS-118240', '2027-09-14'),
      cert('fifa_quality', 'FIFA Quality Programme', 'FQP-BALL-PK-2026-0412', '2027-06-30'),
    ],
    markets: [M.eu, M.uk, M.us, M.latam],
    featured: true,
  },
  {
    slug: 'sambrial-glove-company',
    name: t('Sambrial Glove Company', '桑布里亚尔手套公司'),
    tagline: t(
      'Goalkeeper, cricket and combat-sport gloves, plus sublimated teamwear',
      '守门员手套、板球手套、拳击格斗手套及热升华团队服',
    ),
    description: t(
      'Founded in Sambrial, between Sialkot and Wazirabad, the company cuts and stitches sports gloves from latex, sheep and cow leather, and runs a small sublimation unit for team kits. It works mainly on private label for sports retailers and clubs, with in-house pattern making and sampling within ten days.',
      '公司创立于锡亚尔科特与瓦齐拉巴德之间的桑布里亚尔，以乳胶、绵羊皮和牛皮裁制缝制各类运动手套，并设有热升华印花车间生产球队套装。主要为体育零售商和俱乐部做贴牌，自有打版团队，十天内可出样。',
    ),
    city: 'sialkot',
    yearFounded: 1996,
    employees: 260,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-SKT-06390', '2026-03-18'),
      check('chamber', 'SCCI/M/12077', '2026-03-18'),
      check('secp', '0052619', '2026-03-19'),
    ],
    certificates: [cert('iso9001', 'SGS Pakistan', 'PK26/81734', '2028-03-21')],
    markets: [M.eu, M.uk, M.australia, M.gulf],
  },

  // ── Sialkot: surgical, dental and beauty instruments ─────────────────────
  {
    slug: 'marala-surgical',
    name: t('Marala Surgical Instruments (Pvt) Ltd', '马拉拉外科器械有限公司'),
    tagline: t(
      'Forged general-surgery and veterinary instruments, ISO 13485 and CE',
      '锻造普外科及兽医器械，ISO 13485 与 CE 认证',
    ),
    description: t(
      'Marala forges, machines, heat-treats and finishes stainless-steel instruments in its own plant on the Sialkot–Daska road, from scissors and needle holders to retractors and veterinary tools. Every lot is passivated, tested for hardness and corrosion and laser-marked for traceability. It supplies distributors under their own brand and holds a US FDA establishment registration.',
      '马拉拉在锡亚尔科特—达斯卡公路旁的自有工厂完成锻造、机加工、热处理和表面处理，产品涵盖手术剪、持针器、拉钩及兽医器械。每批产品均经钝化、硬度和耐腐蚀测试，并激光刻码以便追溯。主要为经销商做贴牌，已在美国 FDA 完成企业注册。',
    ),
    city: 'sialkot',
    yearFounded: 1978,
    employees: 350,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-SKT-01952', '2026-01-20'),
      check('chamber', 'SCCI/M/03318', '2026-01-20'),
      check('secp', '0009743', '2026-01-21'),
      check('site_visit', 'PP-SV-26-001', '2026-02-02'),
    ],
    certificates: [
      cert('iso9001', 'TÜV SÜD Product Service', 'Q5 118402 0007 Rev. 02', '2027-11-30'),
      cert('iso13485', 'TÜV SÜD Product Service', 'Q1N 118402 0008 Rev. 02', '2027-11-30'),
      cert('ce', 'TÜV SÜD Product Service (Notified Body 0123)', 'G7 118402 0011 Rev. 01', '2028-05-26'),
      cert('fda', 'U.S. FDA establishment registration', 'FEI 3016482270', '2026-12-31'),
    ],
    markets: [M.us, M.eu, M.uk, M.middleEast],
    featured: true,
  },
  {
    slug: 'pasrur-precision-instruments',
    name: t('Pasrur Precision Instruments', '帕斯鲁尔精密器械'),
    tagline: t('Dental, orthodontic and beauty instruments made to drawing', '按图生产牙科、正畸及美容器械'),
    description: t(
      "A second-generation workshop that grew from dental elevators into a full dental, orthodontic and beauty range, with CNC jaw milling and hand filing side by side. It packs in clinic-ready pouches or the buyer's retail cards and accepts private-label orders from 100 pieces per model.",
      '由牙挺起家的第二代家族工厂，现已覆盖牙科、正畸和美容器械全系列，数控铣齿与手工锉修相结合。可按诊所用袋装或客户零售卡装包装，每款 100 件起接受贴牌定制。',
    ),
    city: 'sialkot',
    yearFounded: 2003,
    employees: 140,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-SKT-09211', '2026-04-07'),
      check('chamber', 'SCCI/M/16420', '2026-04-07'),
      check('secp', '0071566', '2026-04-08'),
    ],
    certificates: [
      cert('iso9001', 'SGS Pakistan', 'PK25/77102', '2027-08-19'),
      cert('iso13485', 'SGS Belgium NV', 'BE25/819774', '2027-08-19'),
      cert('ce', 'SGS Belgium NV (Notified Body 1639)', 'BE-MDR-1639-4471', '2028-02-09'),
    ],
    markets: [M.eu, M.middleEast, M.latam, M.turkey],
  },
  {
    slug: 'noorani-beauty-tools',
    name: t('Noorani Beauty Tools', '努拉尼美容工具'),
    tagline: t('Nippers, tweezers and salon scissors', '死皮剪、镊子及美发剪'),
    description: t(
      'A young Sialkot workshop making cuticle nippers, lash tweezers and salon scissors for online beauty brands. It sells in small mixed lots with coloured coatings and custom boxes.',
      '锡亚尔科特新兴作坊，为网络美妆品牌生产死皮剪、睫毛镊和美发剪，支持小批量混批、彩色涂层和定制包装盒。',
    ),
    city: 'sialkot',
    yearFounded: 2019,
    employees: 35,
    status: 'verified',
    checks: [
      check('secp', '0168204', '2026-10-22'),
      check('chamber', 'SCCI/M/21877', '2026-10-29'),
      check('tdap', 'TDAP-SKT-13052', '2026-11-03'),
    ],
    certificates: [],
    markets: [M.us, M.gulf],
  },

  // ── Home textiles ────────────────────────────────────────────────────────
  {
    slug: 'lyallpur-looms',
    name: t('Lyallpur Looms Ltd', '莱亚尔普尔织造有限公司'),
    tagline: t(
      'Vertical bed-linen mill: weaving, dyeing, printing and stitching under one roof',
      '床品一体化工厂：织造、染色、印花、缝制一条龙',
    ),
    description: t(
      "Named after Faisalabad's old name, the mill runs air-jet looms, a continuous bleaching and dyeing range, rotary printing and a cut-and-sew hall for sheet sets and duvet covers. It offers conventional, OEKO-TEX STANDARD 100 and GOTS organic programmes and packs retail-ready with the buyer's inserts and barcodes.",
      '厂名取自费萨拉巴德旧称"莱亚尔普尔"。工厂拥有喷气织机、连续漂染线、圆网印花和缝制车间，生产床单套件和被套。可做常规款、OEKO-TEX STANDARD 100 认证款和 GOTS 有机棉款，按客户插卡和条码做零售包装。',
    ),
    city: 'faisalabad',
    yearFounded: 1991,
    employees: 1200,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-FSD-02266', '2026-02-24'),
      check('chamber', 'FCCI/M/05529', '2026-02-24'),
      check('secp', '0024410', '2026-02-25'),
      check('site_visit', 'PP-SV-26-005', '2026-03-12'),
    ],
    certificates: [
      cert('iso9001', 'Bureau Veritas Certification', 'PK-QMS-104417', '2028-01-31'),
      cert('oeko_tex', 'Hohenstein (OEKO-TEX STANDARD 100)', '24.HPK.71820', '2027-04-30'),
      cert('gots', 'Control Union Certifications', 'CU 871204', '2027-05-15'),
    ],
    markets: [M.eu, M.us, M.uk, M.japan],
    featured: true,
  },
  {
    slug: 'five-rivers-terry',
    name: t('Five Rivers Terry Mills', '五河毛巾厂'),
    tagline: t('Terry towels and bathrobes by the container', '整柜供应毛圈毛巾和浴袍'),
    description: t(
      'A Faisalabad towel mill with rapier terry looms, soft-flow dyeing and in-house stitching. It weaves ring-spun, zero-twist and combed-cotton towels from 350 to 700 GSM and makes terry and velour bathrobes, mostly for retailers in Europe and North America.',
      '费萨拉巴德毛巾厂，配备剑杆毛巾织机、溢流染色机和自有缝制车间。生产 350–700 克重的环锭纺、无捻纱和精梳棉毛巾以及毛圈、割绒浴袍，主要供应欧洲和北美零售商。',
    ),
    city: 'faisalabad',
    yearFounded: 1999,
    employees: 480,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-FSD-05741', '2026-05-06'),
      check('chamber', 'FCCI/M/09962', '2026-05-06'),
      check('secp', '0043187', '2026-05-07'),
    ],
    certificates: [
      cert('iso9001', 'SGS Pakistan', 'PK24/69218', '2027-03-10'),
      cert('oeko_tex', 'TESTEX (OEKO-TEX STANDARD 100)', '23.PK.40312', '2027-02-28'),
    ],
    markets: [M.us, M.canada, M.eu],
  },
  {
    slug: 'korangi-hospitality-linen',
    name: t('Korangi Hospitality Linen (Pvt) Ltd', '科朗吉酒店布草有限公司'),
    tagline: t('Hotel sheets, towels and robes for chains and laundries', '为连锁酒店和洗涤厂供应床品、毛巾和浴袍'),
    description: t(
      'Based in the Korangi industrial area of Karachi, the company makes institutional linen built for industrial laundering: poly-cotton and cotton percale sheets, satin-stripe duvet covers, heavy hotel towels and robes. Colour-fastness and shrinkage are tested after 50 wash cycles, and it ships from Karachi port in 20- and 40-foot containers.',
      '公司位于卡拉奇科朗吉工业区，专做耐工业洗涤的酒店布草：涤棉及纯棉平纹床单、缎条被套、厚实酒店毛巾和浴袍。产品经 50 次洗涤后检测色牢度和缩水率，由卡拉奇港以 20 尺、40 尺整柜发运。',
    ),
    city: 'karachi',
    yearFounded: 2006,
    employees: 390,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-KHI-11803', '2026-06-15'),
      check('chamber', 'KCCI/M/31542', '2026-06-15'),
      check('secp', '0058812', '2026-06-16'),
    ],
    certificates: [
      cert('iso9001', 'TÜV Austria', 'TA-QM-20-1187', '2027-10-04'),
      cert('oeko_tex', 'Hohenstein (OEKO-TEX STANDARD 100)', '22.HPK.58341', '2026-12-31'),
    ],
    markets: [M.gulf, M.eu, M.africa],
  },
  {
    slug: 'kotri-terry-works',
    name: t('Kotri Terry Works', '科特里毛巾厂'),
    tagline: t('Value towels and bar mops from the Kotri industrial estate', '科特里工业区平价毛巾和吧台巾'),
    description: t(
      'A small towel unit across the Indus from Hyderabad, weaving budget bath towels and restaurant bar mops on refurbished terry looms.',
      '位于海得拉巴对岸、印度河畔科特里的小型毛巾厂，用翻新毛巾织机生产平价浴巾和餐厅吧台巾。',
    ),
    city: 'hyderabad',
    yearFounded: 2021,
    employees: 90,
    status: 'pending',
    checks: [check('chamber', 'HCCI/M/07215', '2026-10-29')],
    certificates: [],
    markets: [M.africa, M.middleEast],
  },

  // ── Leather garments and gloves ──────────────────────────────────────────
  {
    slug: 'indus-hide-leather',
    name: t('Indus Hide Leather Garments', '印度河皮革服装'),
    tagline: t('Leather jackets cut from our own finished skins', '自有制革厂成品皮裁制的皮夹克'),
    description: t(
      'The group tans sheep, goat and cow hides at its LWG-audited tannery in the Korangi leather area and cuts jackets, coats and blazers in an adjoining garment unit. Pattern grading covers EU, US and Asian size charts, and it turns private-label samples in three weeks.',
      '集团在卡拉奇科朗吉皮革区自有通过 LWG 审核的制革厂，鞣制绵羊皮、山羊皮和牛皮，相邻的服装车间裁制夹克、大衣和西装。可按欧码、美码和亚洲码推板，贴牌样衣三周可出。',
    ),
    city: 'karachi',
    yearFounded: 1984,
    employees: 520,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-KHI-03364', '2026-01-27'),
      check('chamber', 'KCCI/M/14290', '2026-01-27'),
      check('secp', '0016935', '2026-01-28'),
      check('site_visit', 'PP-SV-26-002', '2026-02-18'),
    ],
    certificates: [
      cert('iso9001', 'Bureau Veritas Certification', 'PK-QMS-097731', '2027-07-22'),
      cert('leather_working_group', 'Leather Working Group', 'LWG-PK-0412 (Gold)', '2027-05-31'),
    ],
    markets: [M.eu, M.us, M.japan, M.russia],
  },
  {
    slug: 'ravi-leatherworks',
    name: t('Ravi Leatherworks', '拉维皮革制品'),
    tagline: t('Motorbike suits and riding jackets with certified armour', '带认证护具的摩托车皮衣和骑行服'),
    description: t(
      'A Lahore maker of cowhide racing suits, touring jackets, trousers and gauntlet gloves, with bonded-nylon triple stitching on impact seams. Garments are type-examined to EN 17092 and armour to EN 1621-1; custom made-to-measure suits for race teams are a speciality.',
      '拉合尔摩托车皮衣厂，生产牛皮赛车连体服、旅行骑行夹克、骑行裤和长筒手套，受力接缝采用粘合尼龙线三道缝。成衣按 EN 17092 做型式检验，护具符合 EN 1621-1，擅长为车队量身定制赛车服。',
    ),
    city: 'lahore',
    yearFounded: 1998,
    employees: 210,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-LHR-07718', '2026-04-21'),
      check('chamber', 'LCCI/M/52206', '2026-04-21'),
      check('secp', '0049930', '2026-04-22'),
    ],
    certificates: [
      cert('iso9001', 'SGS Pakistan', 'PK25/74420', '2027-12-08'),
      cert('ce', 'SATRA Technology Europe (EN 17092 type examination)', 'ST-EU-PPE-5531', '2028-06-30'),
    ],
    markets: [M.eu, M.uk, M.australia],
  },
  {
    slug: 'kasur-tanners-gloves',
    name: t('Kasur Tanners & Glove Makers', '卡苏尔制革与手套厂'),
    tagline: t('Work, welding and fashion gloves from our own leather', '自产皮革制作劳保、焊工和时装手套'),
    description: t(
      "Kasur is one of Pakistan's oldest tanning towns; this company tans cow split, cow grain and goat leather and sews industrial and fashion gloves in the same compound. Work and welding gloves are tested to EN 388 and EN 12477, and tannery effluent is treated on site before discharge.",
      '卡苏尔是巴基斯坦历史最悠久的制革城镇之一。公司自行鞣制牛二层、牛头层和山羊皮，并在同一厂区缝制工业和时装手套。劳保和焊工手套按 EN 388、EN 12477 检测，制革废水经厂内处理后排放。',
    ),
    city: 'kasur',
    yearFounded: 1989,
    employees: 300,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-LHR-04480', '2026-07-08'),
      check('chamber', 'KsCCI/M/01877', '2026-07-08'),
      check('secp', '0027751', '2026-07-09'),
      check('site_visit', 'PP-SV-26-011', '2026-07-30'),
    ],
    certificates: [
      cert('iso9001', 'TÜV Austria', 'TA-QM-19-0964', '2027-06-12'),
      cert('leather_working_group', 'Leather Working Group', 'LWG-PK-0387 (Silver)', '2027-09-30'),
      cert('ce', 'SGS Fimko Oy (Notified Body 0598)', 'FI-PPE-0598-21907', '2028-04-18'),
    ],
    markets: [M.eu, M.us, M.canada, M.southAfrica],
  },

  // ── Carpets ──────────────────────────────────────────────────────────────
  {
    slug: 'lahore-loomhouse-carpets',
    name: t('Lahore Loomhouse Carpets', '拉合尔织房地毯'),
    tagline: t('Hand-knotted wool and silk carpets, 80 to 400 KPSI', '手工打结羊毛和真丝地毯，每平方英寸 80–400 结'),
    description: t(
      'A Lahore carpet house that designs, dyes and finishes in its own premises and places the knotting with about 800 weavers working on home looms in villages of central Punjab. Every rug is washed, sheared, blocked and measured before dispatch, and custom sizes and colours are accepted from one piece.',
      '拉合尔地毯商行，设计、染纱和后整理在自有工坊完成，打结工序交给旁遮普中部乡村约 800 名在家织机上工作的织工。每张地毯出货前均经水洗、平剪、定型和测量，接受单张定制尺寸和配色。',
    ),
    city: 'lahore',
    yearFounded: 1975,
    employees: 60,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-LHR-00836', '2026-03-25'),
      check('chamber', 'LCCI/M/11054', '2026-03-25'),
      check('secp', '0003921', '2026-03-26'),
      check('site_visit', 'PP-SV-26-006', '2026-04-14'),
    ],
    certificates: [cert('iso9001', 'Bureau Veritas Certification', 'PK-QMS-088516', '2026-12-31')],
    markets: [M.us, M.eu, M.gulf, M.japan],
  },
  {
    slug: 'khyber-kilim-crafts',
    name: t('Khyber Kilim & Crafts', '开伯尔基里姆手工艺'),
    tagline: t('Kilims, tribal rugs and engraved brass from Peshawar', '白沙瓦基里姆平织毯、部落地毯和錾刻黄铜器'),
    description: t(
      'A Peshawar trading workshop that works with weaving families around the city, many of Afghan and Turkmen heritage, on kilims, Chobi and tribal rugs. It also sources hand-engraved brass and copper ware from the metalworkers of the old city and consolidates mixed containers.',
      '白沙瓦手工艺贸易工坊，与城郊众多织毯家庭合作（不少为阿富汗和土库曼裔），生产基里姆平织毯、Chobi 地毯和部落地毯；同时从老城铜匠处采购手工錾刻黄铜器和紫铜器，可拼柜出运。',
    ),
    city: 'peshawar',
    yearFounded: 2001,
    employees: 45,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-PSH-02931', '2026-05-19'),
      check('chamber', 'SCCI-KP/M/06308', '2026-05-19'),
      check('secp', '0038470', '2026-05-20'),
    ],
    certificates: [],
    markets: [M.eu, M.us, M.turkey],
  },
  {
    slug: 'ultar-weavers-cooperative',
    name: t('Ultar Weavers Cooperative', '乌尔塔尔织女合作社'),
    tagline: t('Hand-knotted rugs and pattu woollens from Hunza', '罕萨手工打结地毯和帕图羊毛织品'),
    description: t(
      "A women's cooperative in central Hunza whose members spin local sheep wool, dye it with walnut husk, madder and pomegranate and knot rugs in traditional Hunza and Wakhi motifs. Members also weave pattu, the dense hand-loomed woollen of the northern valleys, into shawls and throws. Income goes directly to the weavers; production pauses in the coldest weeks of winter.",
      '罕萨中部的妇女合作社，社员纺当地绵羊毛，用核桃青皮、茜草和石榴皮染色，以罕萨和瓦罕传统纹样手工打结地毯；也用北部山谷特有的手织厚羊毛呢"帕图"织披肩和盖毯。收入直接归织工所有，隆冬最冷的几周暂停生产。',
    ),
    city: 'hunza',
    yearFounded: 2008,
    employees: 70,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-ISB-08802', '2026-08-11'),
      check('chamber', 'GBCCI/M/00419', '2026-08-11'),
      check('site_visit', 'PP-SV-26-014', '2026-09-02'),
    ],
    certificates: [],
    markets: [M.eu, M.japan, M.us],
  },

  // ── Handicrafts and décor ────────────────────────────────────────────────
  {
    slug: 'multan-kashigar-pottery',
    name: t('Multan Kashigar Pottery', '木尔坦卡希陶艺坊'),
    tagline: t('Multani blue pottery and camel-skin lamps, third generation', '三代传承的木尔坦蓝陶和骆驼皮灯'),
    description: t(
      "A family workshop of kashigars, the tile and pottery painters whose cobalt-and-turquoise work decorates Multan's shrines. Pieces are thrown, coated with white slip, painted freehand and glazed, then fired in a wood- and gas-fired kiln. The workshop also makes naqashi camel-skin lamps, another Multan speciality.",
      '"卡希加"意为彩釉陶工，木尔坦圣陵上的钴蓝与松石蓝釉砖正出自他们之手，本工坊即是这样的家族作坊。器物拉坯成型后施白色化妆土，手绘纹样后上釉，入柴气两用窑烧制。工坊同时制作木尔坦另一特色——纳卡希彩绘骆驼皮灯。',
    ),
    city: 'multan',
    yearFounded: 1968,
    employees: 55,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-MUL-01413', '2026-02-17'),
      check('chamber', 'MCCI/M/04482', '2026-02-17'),
      check('secp', '0061275', '2026-02-18'),
      check('site_visit', 'PP-SV-26-004', '2026-03-09'),
    ],
    certificates: [],
    markets: [M.eu, M.gulf, M.turkey],
    featured: true,
  },
  {
    slug: 'bolan-onyx-crafts',
    name: t('Bolan Onyx Crafts', '博兰缟玛瑙工艺'),
    tagline: t('Vases, chess sets, basins and tiles in Balochistan onyx', '俾路支缟玛瑙花瓶、国际象棋、台盆和板材'),
    description: t(
      'Bolan buys green, banded and white onyx blocks from the Chagai district and turns, carves and polishes them in Quetta. The range runs from vases and bowls to chess sets, vessel basins and book-matched tiles. Each piece is wax-sealed and packed in moulded foam inside export cartons.',
      '博兰从查盖地区采购绿色、条纹和白色缟玛瑙荒料，在奎达车削、雕刻和抛光，产品有花瓶、果盘、国际象棋、台上盆以及对纹板材。每件均打蜡封孔，用成型泡沫加出口纸箱包装。',
    ),
    city: 'quetta',
    yearFounded: 1993,
    employees: 80,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-QTA-00675', '2026-06-03'),
      check('chamber', 'QCCI/M/02310', '2026-06-03'),
      check('secp', '0035562', '2026-06-04'),
    ],
    certificates: [cert('iso9001', 'TÜV Austria', 'TA-QM-21-2204', '2027-08-27')],
    markets: [M.gulf, M.us, M.eu],
  },
  {
    slug: 'potohar-salt-crafts',
    name: t('Potohar Salt Crafts', '波托哈尔盐艺'),
    tagline: t('Salt Range rock-salt lamps and truck-art décor', '盐岭岩盐灯与卡车彩绘装饰品'),
    description: t(
      "A Rawalpindi workshop that buys rock-salt lumps from mines in the Salt Range and shapes them into natural, carved and USB lamps, with electrical fittings assembled and tested in-house. A second studio employs truck-art painters from Rawalpindi's bodywork yards to decorate kettles, boxes and trays in the bright phool-patti style.",
      '拉瓦尔品第工坊，从盐岭矿区采购岩盐原矿，加工成天然造型、雕刻造型和 USB 盐灯，电器配件在厂内组装测试。另设彩绘工作室，聘请拉瓦尔品第车身厂的卡车彩绘师傅，以鲜艳的"花与叶"风格彩绘水壶、木盒和托盘。',
    ),
    city: 'rawalpindi',
    yearFounded: 2010,
    employees: 120,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-ISB-05127', '2026-09-15'),
      check('chamber', 'RCCI/M/18836', '2026-09-15'),
      check('secp', '0084109', '2026-09-16'),
      check('site_visit', 'PP-SV-26-016', '2026-10-06'),
    ],
    certificates: [cert('iso9001', 'SGS Pakistan', 'PK25/80533', '2028-09-30')],
    markets: [M.us, M.eu, M.russia, M.australia],
  },
  {
    slug: 'hala-ajrak-workshop',
    name: t('Hala Ajrak & Crafts Workshop', '哈拉阿杰拉克手工坊'),
    tagline: t('Block-printed ajrak, rilli quilts and Hala lacquerware', '木版印花阿杰拉克、拉利拼布被和哈拉漆木器'),
    description: t(
      "A family printing yard in Hala, Sindh, where ajrak is still resist-printed by hand with carved wooden blocks and dyed in indigo and madder over some two weeks. The workshop also works with women's groups on rilli patchwork quilts and with local turners on lacquered jandi woodwork.",
      '信德省哈拉的家族印染作坊，至今仍用雕花木版手工防染印制阿杰拉克，以靛蓝和茜草染色，一块布要约两周才能完成。工坊还与当地妇女小组合作制作拉利拼布被，并与本地车木匠合作生产"詹迪"漆木器。',
    ),
    city: 'hala',
    yearFounded: 1982,
    employees: 40,
    status: 'verified',
    checks: [check('tdap', 'TDAP-KHI-09954', '2026-08-25'), check('chamber', 'HCCI/M/05861', '2026-08-25')],
    certificates: [],
    markets: [M.gulf, M.uk, M.eu],
  },

  // ── Furniture ────────────────────────────────────────────────────────────
  {
    slug: 'chiniot-heritage-woodcraft',
    name: t('Chiniot Heritage Woodcraft', '奇尼奥特传承木艺'),
    tagline: t('Hand-carved sheesham furniture from the carvers of Chiniot', '奇尼奥特匠人手工雕刻印度黄檀家具'),
    description: t(
      "Chiniot's woodcarvers have worked for centuries; this workshop employs more than 90 of them on beds, dining sets, chests and swings in kiln-dried sheesham, with brass inlay and hand-rubbed lacquer finishes. Furniture is shipped knocked down where the design allows, in ISPM 15 heat-treated crates.",
      '奇尼奥特木雕传承已有数百年，本工坊雇用 90 余名雕刻师傅，用窑干印度黄檀（谢萨姆木）制作床、餐桌椅、箱柜和秋千，可做黄铜镶嵌和手工擦漆。结构允许时拆装发货，外包装为符合 ISPM 15 的热处理木箱。',
    ),
    city: 'chiniot',
    yearFounded: 1972,
    employees: 160,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-FSD-00391', '2026-03-03'),
      check('chamber', 'CCCI/M/00962', '2026-03-03'),
      check('secp', '0012068', '2026-03-04'),
      check('site_visit', 'PP-SV-26-007', '2026-04-16'),
    ],
    certificates: [
      cert('iso9001', 'Bureau Veritas Certification', 'PK-QMS-110963', '2027-10-19'),
      cert('fsc', 'Bureau Veritas Certification (FSC Chain of Custody)', 'BV-COC-921847 / FSC-C172406', '2028-07-14'),
    ],
    markets: [M.gulf, M.uk, M.us],
    featured: true,
  },
  {
    slug: 'poonch-walnut-crafts',
    name: t('Poonch Walnut Crafts', '蓬奇胡桃木工艺'),
    tagline: t('Carved Kashmiri walnut tables, boxes and stands', '克什米尔胡桃木雕刻桌几、木盒和经架'),
    description: t(
      'A Mirpur workshop that buys air-dried walnut from the Poonch and Neelum valleys and carves it in the deep floral Kashmiri style. It specialises in folding tables, nests of tables, jewellery boxes and book stands, finished with natural oil and wax.',
      '米尔布尔工坊，采购蓬奇和尼拉姆山谷自然风干的胡桃木，以克什米尔深浮雕花卉风格雕刻。主营折叠桌、套几、首饰盒和书架，表面用天然木油和蜂蜡处理。',
    ),
    city: 'mirpur',
    yearFounded: 2005,
    employees: 48,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-ISB-06633', '2026-07-21'),
      check('chamber', 'MiCCI/M/02754', '2026-07-21'),
      check('secp', '0066381', '2026-07-22'),
    ],
    certificates: [],
    markets: [M.uk, M.gulf, M.eu],
  },

  // ── Footwear ─────────────────────────────────────────────────────────────
  {
    slug: 'bhati-gate-shoemakers',
    name: t('Bhati Gate Shoemakers', '巴提门制鞋'),
    tagline: t('Goodyear-welted shoes, safety boots and embroidered khussa', '固特异工艺皮鞋、安全靴和刺绣库萨鞋'),
    description: t(
      'A Lahore shoemaker with a Goodyear welting line, a direct-injection line for safety footwear and a hand-embroidery unit for khussa. Uppers are cut from full-grain calf and cow leather bought from LWG-rated tanneries; safety models are type-examined to EN ISO 20345.',
      '拉合尔制鞋厂，拥有固特异缝沿生产线、安全鞋直接注塑线和库萨鞋手工刺绣车间。鞋面采用从 LWG 评级制革厂采购的全粒面小牛皮和牛皮；安全鞋款按 EN ISO 20345 做型式检验。',
    ),
    city: 'lahore',
    yearFounded: 1994,
    employees: 340,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-LHR-05206', '2026-06-23'),
      check('chamber', 'LCCI/M/40377', '2026-06-23'),
      check('secp', '0040029', '2026-06-24'),
    ],
    certificates: [
      cert('iso9001', 'TÜV Austria', 'TA-QM-18-0751', '2027-02-15'),
      cert('ce', 'SATRA Technology Europe (EN ISO 20345 type examination)', 'ST-EU-PPE-4196', '2028-03-31'),
    ],
    markets: [M.eu, M.uk, M.gulf, M.africa],
  },
  {
    slug: 'takht-bhai-chappal',
    name: t('Takht Bhai Chappal Makers', '塔赫特巴希凉鞋坊'),
    tagline: t('Hand-made Peshawari, Charsadda and Kaptaan chappals', '手工白沙瓦凉鞋、恰尔萨达凉鞋和卡普坦凉鞋'),
    description: t(
      "A Mardan workshop of chappal makers who cut, punch, stitch and sole each pair by hand from buffalo and cow leather. Classic Peshawari, double-soled Charsadda and slim Kaptaan styles are made in men's, women's and children's sizes, with the buyer's logo embossed on the insole.",
      '马尔丹凉鞋作坊，每双鞋由师傅用水牛皮和牛皮手工裁剪、冲孔、缝制和上底。经典白沙瓦款、双层底恰尔萨达款和纤巧的卡普坦款均有男、女、童码，可在鞋垫上压印客户 logo。',
    ),
    city: 'mardan',
    yearFounded: 2009,
    employees: 75,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-PSH-04458', '2026-09-29'),
      check('chamber', 'MdCCI/M/01126', '2026-09-29'),
      check('secp', '0092836', '2026-09-30'),
    ],
    certificates: [],
    markets: [M.gulf, M.uk, M.us],
  },

  // ── Cutlery and knives ───────────────────────────────────────────────────
  {
    slug: 'wazirabad-cutlery-works',
    name: t('Wazirabad Cutlery Works', '瓦齐拉巴德刀具厂'),
    tagline: t(
      'Kitchen knives, scissors and stainless cutlery from the cutlery town',
      '来自刀具之城的厨刀、剪刀和不锈钢餐具',
    ),
    description: t(
      "Wazirabad has been Pakistan's cutlery town for generations. This works blanks, heat-treats and grinds kitchen knives in 440A and 420 stainless, makes tailor and kitchen scissors and finishes 18/10 cutlery on its own polishing line. Handles in POM, pakkawood and olive wood; laser logos and gift boxes for private labels.",
      '瓦齐拉巴德世代以刀具闻名，是巴基斯坦的刀具之城。本厂自行冲坯、热处理并开刃 440A 和 420 不锈钢厨刀，生产裁缝剪和厨房剪，并在自有抛光线上完成 18/10 不锈钢餐具。刀柄可选 POM、层压木（帕卡木）和橄榄木，支持激光刻标和礼盒贴牌。',
    ),
    city: 'wazirabad',
    yearFounded: 1981,
    employees: 230,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-GRW-01780', '2026-04-28'),
      check('chamber', 'WCCI/M/00844', '2026-04-28'),
      check('secp', '0019482', '2026-04-29'),
      check('site_visit', 'PP-SV-26-009', '2026-05-21'),
    ],
    certificates: [cert('iso9001', 'Bureau Veritas Certification', 'PK-QMS-102238', '2027-11-08')],
    markets: [M.eu, M.us, M.gulf, M.russia],
  },
  {
    slug: 'nizamabad-damascus-forge',
    name: t('Nizamabad Damascus Forge', '尼扎马巴德大马士革锻刀坊'),
    tagline: t('Pattern-welded Damascus hunting and kitchen knives', '花纹焊接大马士革钢猎刀和厨刀'),
    description: t(
      'A forge in Nizamabad, the knife-making village on the edge of Wazirabad, where smiths fold 1095 and 15N20 carbon steels into ladder, twist and raindrop patterns. Blades are hardened to about 58 HRC, etched to show the pattern and fitted with walnut, rosewood, camel-bone or resin handles and hand-stitched leather sheaths.',
      '锻坊位于瓦齐拉巴德城边以制刀闻名的尼扎马巴德村，铁匠将 1095 和 15N20 碳钢反复折叠锻打，做出梯形、麻花和雨滴纹。刀身淬火至约 58 HRC，酸蚀显纹，配胡桃木、花梨木、驼骨或树脂刀柄及手缝皮刀鞘。',
    ),
    city: 'wazirabad',
    yearFounded: 2007,
    employees: 40,
    status: 'verified',
    checks: [
      check('tdap', 'TDAP-GRW-03952', '2026-05-12'),
      check('chamber', 'WCCI/M/01519', '2026-05-12'),
      check('secp', '0075204', '2026-05-13'),
    ],
    certificates: [],
    markets: [M.us, M.eu, M.australia],
  },
  {
    slug: 'gujranwala-steelware',
    name: t('Gujranwala Steelware Co.', '古杰兰瓦拉不锈钢制品公司'),
    tagline: t('Stainless cutlery sets and barbecue tools', '不锈钢餐具套装和烧烤工具'),
    description: t(
      'A Gujranwala press shop making stainless cutlery sets and barbecue tools for supermarket programmes, with its own press, grinding and electro-polishing lines.',
      '古杰兰瓦拉冲压厂，自有冲压、研磨和电解抛光线，为超市项目生产不锈钢餐具套装和烧烤工具。',
    ),
    city: 'gujranwala',
    yearFounded: 2016,
    employees: 110,
    status: 'pending',
    checks: [check('secp', '0129557', '2026-10-14'), check('chamber', 'GCCI/M/09318', '2026-10-15')],
    certificates: [cert('iso9001', 'SGS Pakistan', 'PK26/83012', '2029-01-20')],
    markets: [M.middleEast, M.africa],
  },
];
