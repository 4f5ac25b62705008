import type { SeedCategory } from '../types';

export const categories: SeedCategory[] = [
  {
    slug: 'himalayan-salt',
    name: { en: 'Himalayan Pink Salt', zh: '喜马拉雅粉盐' },
    description: {
      en: 'Edible rock salt mined in the Salt Range around Khewra: fine, coarse and block grades, bulk and retail packed.',
      zh: '产自凯沃拉盐岭的食用岩盐，细粒、粗粒和盐块各种规格，散装和零售包装均可供应。',
    },
    gaccRequired: true,
    motif: 'salt',
    position: 1,
  },
  {
    slug: 'rice',
    name: { en: 'Rice', zh: '大米' },
    description: {
      en: 'Basmati and non-basmati rice from the Punjab and Sindh: raw, steamed and parboiled (sella), with aflatoxin and pesticide test reports.',
      zh: '旁遮普和信德产的巴斯马蒂香米及非巴斯马蒂大米，生米、蒸谷米可选，附黄曲霉毒素和农残检测报告。',
    },
    gaccRequired: true,
    motif: 'rice',
    position: 2,
  },
  {
    slug: 'fruits-dates',
    name: { en: 'Fresh Fruit & Dates', zh: '鲜果与椰枣' },
    description: {
      en: 'Chaunsa and Sindhri mangoes, Kinnow mandarins and dates from Khairpur and Turbat, from registered orchards and pack-houses.',
      zh: '乔萨和信德里芒果、金诺橘以及海尔布尔、图尔伯德的椰枣，来自已注册果园和包装厂。',
    },
    gaccRequired: true,
    motif: 'fruit',
    position: 3,
  },
  {
    slug: 'seeds-nuts-spices',
    name: { en: 'Sesame, Nuts & Spices', zh: '芝麻、坚果与香料' },
    description: {
      en: 'Hulled and natural sesame, chilgoza pine nuts, red chillies, cumin and other spices, cleaned and sorted for export.',
      zh: '脱皮和带皮芝麻、奇尔戈扎松子、红辣椒、孜然等香料，经清理分选，适合出口。',
    },
    gaccRequired: true,
    motif: 'seeds',
    position: 4,
  },
  {
    slug: 'seafood',
    name: { en: 'Seafood', zh: '水产品' },
    description: {
      en: 'Frozen fish, shrimp, crab and cephalopods from Karachi and the Makran coast, from EU- and GACC-registered plants.',
      zh: '来自卡拉奇和莫克兰海岸的冷冻鱼、虾、蟹及头足类，加工厂已获欧盟及中国海关注册。',
    },
    gaccRequired: true,
    motif: 'fish',
    position: 5,
  },
  {
    slug: 'sports-goods',
    name: { en: 'Sports Goods', zh: '体育用品' },
    description: {
      en: 'Hand-stitched and thermo-bonded footballs, goalkeeper and cricket gloves, and team wear from Sialkot.',
      zh: '锡亚尔科特生产的手缝和热粘合足球、守门员手套、板球手套及团队运动服。',
    },
    gaccRequired: false,
    motif: 'ball',
    position: 6,
  },
  {
    slug: 'surgical-dental',
    name: { en: 'Surgical & Dental Instruments', zh: '手术与牙科器械' },
    description: {
      en: 'Stainless-steel surgical, dental and beauty instruments forged and finished in Sialkot, ISO 13485 and CE marked.',
      zh: '锡亚尔科特锻造和精加工的不锈钢手术、牙科及美容器械，具备 ISO 13485 和 CE 认证。',
    },
    gaccRequired: false,
    motif: 'instrument',
    position: 7,
  },
  {
    slug: 'home-textiles',
    name: { en: 'Bed Linen & Towels', zh: '床品与毛巾' },
    description: {
      en: 'Cotton bed sheets, duvet covers and terry towels woven in Faisalabad and Karachi, OEKO-TEX and GOTS options.',
      zh: '费萨拉巴德和卡拉奇织造的纯棉床单、被套和毛圈毛巾，可提供 OEKO-TEX 和 GOTS 认证产品。',
    },
    gaccRequired: false,
    motif: 'textile',
    position: 8,
  },
  {
    slug: 'leather-apparel',
    name: { en: 'Leather Jackets & Gloves', zh: '皮衣与皮手套' },
    description: {
      en: 'Sheep, goat and cow leather jackets, motorbike suits and work and fashion gloves from Karachi, Lahore and Sialkot tanneries.',
      zh: '卡拉奇、拉合尔和锡亚尔科特制革厂生产的绵羊皮、山羊皮和牛皮夹克、摩托车服以及劳保和时装手套。',
    },
    gaccRequired: false,
    motif: 'jacket',
    position: 9,
  },
  {
    slug: 'handicrafts',
    name: { en: 'Handicrafts & Home Décor', zh: '手工艺品与家居装饰' },
    description: {
      en: 'Multani blue pottery, Balochistan onyx, pink-salt lamps and carved décor made by hand in workshops across Pakistan.',
      zh: '木尔坦蓝陶、俾路支缟玛瑙、粉盐灯和雕刻装饰品，由巴基斯坦各地作坊手工制作。',
    },
    gaccRequired: false,
    motif: 'pottery',
    position: 10,
  },
  {
    slug: 'carpets-rugs',
    name: { en: 'Hand-knotted Carpets', zh: '手工打结地毯' },
    description: {
      en: 'Hand-knotted wool and silk carpets and kilims from Lahore and Peshawar, sold by knot density and size.',
      zh: '拉合尔和白沙瓦的手工打结羊毛、真丝地毯和基里姆平织毯，按打结密度和尺寸销售。',
    },
    gaccRequired: false,
    motif: 'carpet',
    position: 11,
  },
  {
    slug: 'furniture',
    name: { en: 'Wooden Furniture', zh: '实木家具' },
    description: {
      en: 'Hand-carved sheesham and walnut furniture from Chiniot, with inlay and brass work, made to order.',
      zh: '奇尼奥特手工雕刻的印度黄檀和胡桃木家具，带镶嵌与黄铜工艺，可按单定制。',
    },
    gaccRequired: false,
    motif: 'furniture',
    position: 12,
  },
  {
    slug: 'footwear',
    name: { en: 'Footwear', zh: '鞋履' },
    description: {
      en: 'Peshawari chappals, Khussa slippers and leather shoes and boots, hand-made and factory-made.',
      zh: '白沙瓦凉鞋、库萨绣花鞋以及皮鞋和皮靴，手工和工厂生产均有。',
    },
    gaccRequired: false,
    motif: 'shoe',
    position: 13,
  },
  {
    slug: 'cutlery-kitchen',
    name: { en: 'Cutlery & Kitchen Knives', zh: '刀具与厨具' },
    description: {
      en: 'Knives, cutlery sets and Damascus steel blades from Wazirabad, forged and ground by hand.',
      zh: '瓦齐拉巴德手工锻造和研磨的刀具、餐具套装及大马士革钢刀。',
    },
    gaccRequired: false,
    motif: 'knife',
    position: 14,
  },
];
