import type { CitySlug } from '../../../lib/geo';
import type { CertificationKind, Incoterm, SamplePolicy, SupplyPeriod, Unit } from '../../../lib/trade';
import type { L10n, SeedProduct, SeedSpec } from '../types';

/**
 * Demo food products of the exporters in `exporters-food.ts`: Himalayan salt,
 * rice, fresh fruit and dates, sesame/nuts/spices and seafood. Prices are
 * FOB US cents per unit, set to plausible 2026 levels; all data is fictional.
 */

// ─── helpers ────────────────────────────────────────────────────────────────

const t = (en: string, zh: string): L10n => ({ en, zh });

/** Joins sentence fragments of both languages (English with spaces, Chinese without). */
const join = (...parts: L10n[]): L10n => ({
  en: parts.map((p) => p.en).join(' '),
  zh: parts.map((p) => p.zh).join(''),
});

const sp = (label: L10n, en: string, zh: string = en): SeedSpec => ({ label, value: t(en, zh) });

const sample = (policy: SamplePolicy, en: string, zh: string): SeedProduct['sample'] => ({
  policy,
  note: t(en, zh),
});

interface Def {
  slug: string;
  exporter: string;
  name: L10n;
  summary: L10n;
  description: L10n;
  specs: SeedSpec[];
  moq: number;
  unit: Unit;
  /** [minQuantity, FOB US cents per unit]; empty: price on request. */
  tiers: [number, number][];
  incoterms?: Incoterm[];
  hs: string;
  lead: [number, number];
  cap: [number, Unit, SupplyPeriod];
  sample: SeedProduct['sample'];
  city: CitySlug;
  certs: CertificationKind[];
  kw: L10n;
  featured?: boolean;
  images?: number;
}

/** Stable 1–3 image count derived from the slug. */
function imagesFor(slug: string): number {
  let h = 0;
  for (const ch of slug) h = (h * 31 + ch.charCodeAt(0)) % 997;
  return 1 + (h % 3);
}

function maker(category: string) {
  return (d: Def): SeedProduct => ({
    slug: d.slug,
    exporter: d.exporter,
    category,
    name: d.name,
    summary: d.summary,
    description: d.description,
    specs: d.specs,
    moq: d.moq,
    unit: d.unit,
    priceTiers: d.tiers.map(([minQuantity, priceUsdCents]) => ({ minQuantity, priceUsdCents })),
    incoterms: d.incoterms ?? ['FOB', 'CFR', 'CIF'],
    hsCode: d.hs,
    leadTimeDays: d.lead,
    supplyCapacity: { quantity: d.cap[0], unit: d.cap[1], per: d.cap[2] },
    sample: d.sample,
    originCity: d.city,
    certifications: d.certs,
    keywords: d.kw,
    ...(d.featured ? { featured: true } : {}),
    imageCount: d.images ?? imagesFor(d.slug),
  });
}

/** Spec labels shared by many products. */
const L = {
  grain: t('Grain size', '粒度'),
  nacl: t('NaCl', '氯化钠'),
  moisture: t('Moisture', '水分'),
  insoluble: t('Water-insoluble matter', '水不溶物'),
  colour: t('Colour', '颜色'),
  packing: t('Packing', '包装'),
  load: t('Container load', '装柜量'),
  shelf: t('Shelf life', '保质期'),
  size: t('Size', '规格'),
  weight: t('Weight', '重量'),
  origin: t('Origin', '产地'),
  grainLength: t('Average grain length (before cooking)', '平均粒长（蒸煮前）'),
  broken: t('Broken grains', '碎米率'),
  purity: t('Purity', '纯度'),
  polish: t('Polishing', '抛光'),
  sortex: t('Sorting', '色选'),
  crop: t('Crop', '产季'),
  aflatoxin: t('Aflatoxin B1', '黄曲霉毒素 B1'),
  variety: t('Variety', '品种'),
  count: t('Count', '规格（只数）'),
  fruitWeight: t('Fruit weight', '单果重'),
  season: t('Season', '供货期'),
  brix: t('Sugar (Brix)', '糖度'),
  transit: t('Transport', '运输方式'),
  oil: t('Oil content', '含油率'),
  ffa: t('Free fatty acid', '游离脂肪酸'),
  admixture: t('Admixture', '杂质'),
  asta: t('Colour value', '色价'),
  pungency: t('Pungency', '辣度'),
  mesh: t('Mesh', '细度'),
  sterilisation: t('Treatment', '杀菌处理'),
  species: t('Species', '品种（学名）'),
  catchArea: t('Catch area', '捕捞海域'),
  freezing: t('Freezing', '冻结方式'),
  glaze: t('Glazing', '镀冰衣'),
  netWeight: t('Net weight', '净含量'),
  storage: t('Storage', '储存条件'),
  dimensions: t('Dimensions', '尺寸'),
};

// ─── Himalayan salt ─────────────────────────────────────────────────────────

const salt = maker('himalayan-salt');

const SALT_KW = t(
  'Himalayan salt, pink salt, rock salt, Khewra salt, halite',
  '粉红盐 玫瑰盐 岩盐 喜马拉雅盐 凯沃拉盐 矿物盐',
);
const SALT_ROCK = t(
  'The rock salt comes from the Salt Range of Jhelum district, is hand-sorted by colour, crushed, passed over magnets and sieved to size.',
  '原盐采自杰赫勒姆县盐岭，经人工按颜色分拣后破碎、磁选除铁、筛分定粒。',
);
const SALT_PURE = t(
  'NaCl is above 98% and nothing is added: no iodine, no anti-caking agent.',
  '氯化钠含量 98% 以上，不加碘，不添加抗结剂或任何添加剂。',
);
const SALT_NO_ADD = t('Nothing is added: no iodine, no anti-caking agent.', '不加碘，不添加抗结剂或任何添加剂。');
const SALT_BULK_SAMPLE = sample(
  'free',
  'Free 1 kg sample of each grade; courier charges paid by the buyer.',
  '每个粒度免费提供 1 公斤样品，快递费由买家承担。',
);
const KHEWRA_CERTS: CertificationKind[] = ['halal', 'iso22000', 'haccp', 'brcgs'];
const SRM_CERTS: CertificationKind[] = ['halal', 'iso22000', 'iso9001'];
const MARGALLA_CERTS: CertificationKind[] = ['halal', 'haccp', 'iso22000'];

/** Bulk edible grades from Khewra Crystal Salt Works. */
function khewraBulk(
  key: string,
  grade: L10n,
  mm: [string, string],
  packing: 'bag' | 'jumbo',
  use: L10n,
  summary: L10n,
  tiers: [number, number][],
  extra: Partial<Def> = {},
): SeedProduct {
  const bag = packing === 'bag';
  return salt({
    slug: `pink-salt-${key}-${bag ? '25kg-bags' : 'jumbo-bags'}`,
    exporter: 'khewra-crystal-salt-works',
    name: t(
      `Himalayan Pink Salt, ${grade.en} ${mm[0]}, ${bag ? '25 kg PP Bags' : '1 t Jumbo Bags'}`,
      `喜马拉雅粉盐 ${grade.zh} ${mm[1]} ${bag ? '25 公斤编织袋' : '1 吨吨袋'}`,
    ),
    summary,
    description: join(
      SALT_ROCK,
      SALT_PURE,
      use,
      bag
        ? t(
            'Packed in 25 kg woven PP bags with a PE liner; a 20′ container takes 25 t.',
            '25 公斤 PP 编织袋内衬 PE 膜包装，20 尺柜装 25 吨。',
          )
        : t(
            'Packed in 1 t FIBC jumbo bags with a food-grade liner and bottom spout, 20 bags to a 20′ container.',
            '1 吨吨袋（FIBC）内衬食品级内膜、带底部卸料口，20 尺柜装 20 袋。',
          ),
    ),
    specs: [
      sp(L.grain, mm[0], mm[1]),
      sp(L.nacl, '≥ 98.0%'),
      sp(L.moisture, '≤ 0.1%'),
      sp(L.insoluble, '≤ 1.0%'),
      sp(
        L.packing,
        bag ? '25 kg PP bag with PE liner' : '1 t FIBC with liner',
        bag ? '25 公斤编织袋内衬 PE 膜' : '1 吨吨袋带内膜',
      ),
      sp(L.shelf, '5 years', '5 年'),
    ],
    moq: bag ? 25 : 40,
    unit: 'ton',
    tiers,
    hs: '25010011',
    lead: [12, 20],
    cap: [3000, 'ton', 'month'],
    sample: SALT_BULK_SAMPLE,
    city: 'khewra',
    certs: KHEWRA_CERTS,
    kw: SALT_KW,
    ...extra,
  });
}

const saltProducts: SeedProduct[] = [
  khewraBulk(
    'extra-fine-0-2-0-5mm',
    t('Extra Fine', '特细粉'),
    ['0.2–0.5 mm', '0.2–0.5 毫米'],
    'bag',
    t(
      'Milled on a roller mill and sifted twice, it dissolves quickly and clings evenly to crisps, nuts and popcorn.',
      '经辊磨研磨、两道筛分，溶解快，撒在薯片、坚果和爆米花上附着均匀。',
    ),
    t(
      'Powder-fine edible pink salt for seasoning blends, snack coating and bakery.',
      '粉状食用粉盐，适用于复合调味料、零食撒粉和烘焙。',
    ),
    [
      [25, 26500],
      [100, 25000],
      [250, 23500],
    ],
  ),
  khewraBulk(
    'fine-0-5-1mm',
    t('Fine', '细粒'),
    ['0.5–1 mm', '0.5–1 毫米'],
    'bag',
    t(
      'The standard table grade, it runs freely through shakers and is what most repackers fill into pouches.',
      '标准餐桌盐粒度，撒瓶出盐顺畅，也是分装商装袋最常用的规格。',
    ),
    t(
      'Free-flowing fine pink salt for table use, food factories and repacking.',
      '流动性好的细粒粉盐，适合餐桌用盐、食品厂和分装。',
    ),
    [
      [25, 22000],
      [100, 20500],
      [250, 19000],
      [500, 18000],
    ],
  ),
  khewraBulk(
    'fine-0-5-1mm',
    t('Fine', '细粒'),
    ['0.5–1 mm', '0.5–1 毫米'],
    'jumbo',
    t(
      'Jumbo bags suit repackers with their own filling lines and cut packing cost by about USD 15 a ton against 25 kg bags.',
      '吨袋适合自有灌装线的分装厂，比 25 公斤袋每吨节省约 15 美元包装费。',
    ),
    t('Fine pink salt in 1 t jumbo bags for repackers and food plants.', '1 吨吨袋装细粒粉盐，供分装厂和食品厂使用。'),
    [
      [40, 19000],
      [200, 17500],
      [500, 16500],
    ],
  ),
  khewraBulk(
    'granulated-1-2mm',
    t('Granulated', '中粒'),
    ['1–2 mm', '1–2 毫米'],
    'bag',
    t(
      'A medium grain for cooking, brining and large-hole shakers, with a visible pink crystal on the plate.',
      '中等粒度，适合烹饪、腌制和大孔撒瓶，粉色晶体清晰可见。',
    ),
    t('Medium-grain pink salt for cooking, brining and shakers.', '中粒粉盐，适合烹饪、腌制和撒瓶。'),
    [
      [25, 21500],
      [100, 20000],
      [250, 19000],
    ],
  ),
  khewraBulk(
    'coarse-2-5mm',
    t('Coarse', '粗粒'),
    ['2–5 mm', '2–5 毫米'],
    'bag',
    t(
      'This is the grinder grade: crystals are dust-free after sieving and grind cleanly in ceramic and steel mechanisms.',
      '研磨瓶专用粒度，筛分后无粉尘，陶瓷或不锈钢研磨器都能顺畅研磨。',
    ),
    t('Coarse pink salt crystals for grinder filling and salt mills.', '粗粒粉盐晶体，用于研磨瓶灌装和盐磨。'),
    [
      [25, 23000],
      [100, 21500],
      [250, 20000],
      [500, 19000],
    ],
    { featured: true, images: 3 },
  ),
  khewraBulk(
    'extra-coarse-5-10mm',
    t('Extra Coarse', '特粗粒'),
    ['5–10 mm', '5–10 毫米'],
    'bag',
    t(
      'Used for large salt mills, salt-crusted baking and as a finishing salt on grilled meat.',
      '适用于大号盐磨、盐焗菜肴，也可作为烤肉的收尾撒盐。',
    ),
    t(
      'Large pink salt crystals for big salt mills, salt baking and grilling.',
      '大颗粒粉盐，用于大号盐磨、盐焗和烧烤。',
    ),
    [
      [25, 24500],
      [100, 23000],
    ],
  ),
  khewraBulk(
    'chunks-10-50mm',
    t('Chunks', '盐块'),
    ['10–50 mm', '10–50 毫米'],
    'bag',
    t(
      'Sold to buyers who crush and sieve in their own plants, and for salt-baked chicken and brine-making.',
      '供自有破碎筛分设备的工厂再加工，也用于盐焗鸡和制卤。',
    ),
    t(
      'Hand-sorted pink salt chunks for re-crushing, salt baking and brine.',
      '人工分拣的粉盐块，用于再破碎、盐焗和制卤。',
    ),
    [],
  ),
  salt({
    slug: 'pink-salt-cooking-block-20x20x5cm',
    exporter: 'khewra-crystal-salt-works',
    name: t('Himalayan Salt Cooking Block 20 × 20 × 5 cm', '喜马拉雅盐烤板 20×20×5 厘米'),
    summary: t('Solid pink salt block for searing, grilling and serving.', '整块粉盐烤板，可煎烤，也可作餐盘。'),
    description: t(
      'Cut from a single block of dense, crack-free pink salt and sanded smooth on all sides, each block weighs about 4.3 kg. Heated slowly on a gas hob, grill or oven to around 250 °C it sears meat, prawns and vegetables and seasons them lightly; chilled, it serves sushi and fruit. Each block is shrink-wrapped and boxed in a printed carton with a use card in Chinese and English.',
      '取整块致密、无裂纹的粉盐切割而成，六面打磨光滑，单块约 4.3 公斤。在燃气灶、烤架或烤箱上缓慢加热到 250 °C 左右，即可煎烤牛排、大虾和蔬菜，并带来淡淡咸味；冷藏后也可盛放寿司和水果。每块热缩膜包装，配中英文使用说明的彩盒。',
    ),
    specs: [
      sp(L.dimensions, '20 × 20 × 5 cm', '20×20×5 厘米'),
      sp(L.weight, 'approx. 4.3 kg', '约 4.3 公斤'),
      sp(t('Max. temperature', '最高加热温度'), '≈ 260 °C'),
      sp(L.packing, 'Shrink wrap + colour box, 4 per carton', '热缩膜＋彩盒，每箱 4 块'),
      sp(L.load, 'approx. 4,800 pcs per 20′', '20 尺柜约 4,800 块'),
    ],
    moq: 500,
    unit: 'piece',
    tiers: [
      [500, 620],
      [2000, 560],
      [5000, 510],
    ],
    hs: '25010019',
    lead: [25, 35],
    cap: [20000, 'piece', 'month'],
    sample: sample('paid', 'One sample block at the FOB price plus courier.', '样品按 FOB 单价收费，另付快递费。'),
    city: 'khewra',
    certs: ['halal', 'iso22000', 'haccp'],
    kw: t('salt plate, salt slab, salt brick, BBQ salt stone', '盐板 盐砖 烤肉盐石 岩盐烤盘'),
  }),
  salt({
    slug: 'pink-salt-cooking-slab-30x20x4cm',
    exporter: 'khewra-crystal-salt-works',
    name: t('Himalayan Salt Cooking Slab 30 × 20 × 4 cm', '喜马拉雅盐烤板 长方形 30×20×4 厘米'),
    summary: t(
      'Rectangular pink salt slab for restaurant grilling and table service.',
      '长方形粉盐烤板，适合餐厅烧烤和桌边上菜。',
    ),
    description: t(
      'A larger rectangular slab of about 6.5 kg for steakhouses and hot-pot restaurants, cut with the grain to reduce cracking under heat. Colour varies from light to deep pink with natural veining. Supplied with an optional stainless-steel holder with handles, packed separately.',
      '约 6.5 公斤的长方形大号盐板，顺着盐的纹理切割，受热不易开裂，适合牛排馆和火锅店。颜色从浅粉到深粉不等，带天然纹理。可选配带把手的不锈钢托架，单独包装。',
    ),
    specs: [
      sp(L.dimensions, '30 × 20 × 4 cm', '30×20×4 厘米'),
      sp(L.weight, 'approx. 6.5 kg', '约 6.5 公斤'),
      sp(t('Holder', '托架'), 'Optional, stainless steel 304', '可选 304 不锈钢托架'),
      sp(L.packing, 'Shrink wrap + colour box, 2 per carton', '热缩膜＋彩盒，每箱 2 块'),
      sp(L.load, 'approx. 3,200 pcs per 20′', '20 尺柜约 3,200 块'),
    ],
    moq: 300,
    unit: 'piece',
    tiers: [
      [300, 890],
      [1000, 820],
      [3000, 760],
    ],
    hs: '25010019',
    lead: [25, 35],
    cap: [12000, 'piece', 'month'],
    sample: sample('paid', 'One sample slab at the FOB price plus courier.', '样品按 FOB 单价收费，另付快递费。'),
    city: 'khewra',
    certs: ['halal', 'iso22000', 'haccp'],
    kw: t('salt plate, salt slab, salt stone for grilling', '盐板 盐石烤盘 岩盐石板 牛排盐板'),
  }),
  salt({
    slug: 'pink-salt-serving-tiles-10x10cm-set-4',
    exporter: 'khewra-crystal-salt-works',
    name: t('Himalayan Salt Serving Tiles 10 × 10 × 2.5 cm, Set of 4', '喜马拉雅盐砖小方块 10×10×2.5 厘米 4 片装'),
    summary: t(
      'Small pink salt tiles for plating, searing scallops and gift sets.',
      '小块粉盐砖，用于摆盘、煎扇贝和礼盒组合。',
    ),
    description: t(
      'Four polished tiles of about 550 g each, sized for individual portions of sashimi, seared scallops or cheese. They can be heated on a grill or chilled in the freezer and are rinsed with a damp cloth, not soaked. Packed in a kraft gift box that fits e-commerce parcels.',
      '每套 4 片，每片约 550 克，大小刚好一人份，可放刺身、煎扇贝或奶酪。可上烤架加热，也可放冰箱冷冻；用湿布擦拭清洁，不要浸泡。牛皮纸礼盒包装，适合电商发货。',
    ),
    specs: [
      sp(L.dimensions, '10 × 10 × 2.5 cm each', '每片 10×10×2.5 厘米'),
      sp(L.weight, 'approx. 2.2 kg per set', '每套约 2.2 公斤'),
      sp(L.packing, 'Kraft gift box, 8 sets per carton', '牛皮纸礼盒，每箱 8 套'),
      sp(L.load, 'approx. 9,000 sets per 20′', '20 尺柜约 9,000 套'),
    ],
    moq: 500,
    unit: 'set',
    tiers: [
      [500, 540],
      [2000, 490],
    ],
    hs: '25010019',
    lead: [25, 35],
    cap: [15000, 'set', 'month'],
    sample: sample(
      'paid',
      'Sample set at the FOB price; refunded on the first order.',
      '样品按 FOB 单价收费，首单下单后退还。',
    ),
    city: 'khewra',
    certs: ['halal', 'iso22000', 'haccp'],
    kw: t('salt tile, salt plate, serving stone', '盐砖 盐片 岩盐餐盘 摆盘盐石'),
  }),

  // Salt Range Minerals
  salt({
    slug: 'dark-pink-salt-fine-0-5-1mm',
    exporter: 'salt-range-minerals',
    name: t('Dark Pink Himalayan Salt, Fine 0.5–1 mm, 25 kg Bags', '深粉色喜马拉雅盐 细粒 0.5–1 毫米 25 公斤袋'),
    summary: t('Selected deep-pink rock salt for premium retail packs.', '精选深粉色岩盐，适合高端零售包装。'),
    description: join(
      t(
        'Only the deepest-coloured seams, about a fifth of what the mines send, are set aside for this grade, which gives an even rose colour in clear jars.',
        '只挑选颜色最深的矿层原盐，约占来料的五分之一，装进透明瓶后呈均匀的玫瑰色。',
      ),
      SALT_NO_ADD,
      t(
        'The iron oxide that gives the colour stays within food limits; each lot carries a heavy-metals report.',
        '显色的氧化铁含量在食品限量之内，每批附重金属检测报告。',
      ),
    ),
    specs: [
      sp(L.grain, '0.5–1 mm', '0.5–1 毫米'),
      sp(L.colour, 'Deep pink, uniform', '深粉色，均匀'),
      sp(L.nacl, '≥ 97.5%'),
      sp(L.moisture, '≤ 0.1%'),
      sp(L.packing, '25 kg PP bag with PE liner', '25 公斤编织袋内衬 PE 膜'),
      sp(L.load, '25 t per 20′', '20 尺柜 25 吨'),
    ],
    moq: 25,
    unit: 'ton',
    tiers: [
      [25, 27500],
      [100, 26000],
      [250, 24500],
    ],
    hs: '25010011',
    lead: [15, 25],
    cap: [1200, 'ton', 'month'],
    sample: SALT_BULK_SAMPLE,
    city: 'jhelum',
    certs: SRM_CERTS,
    kw: t('dark pink salt, deep pink salt, rose salt, rock salt', '深粉盐 玫瑰盐 岩盐 粉红盐'),
  }),
  salt({
    slug: 'dark-pink-salt-coarse-2-5mm',
    exporter: 'salt-range-minerals',
    name: t('Dark Pink Himalayan Salt, Coarse 2–5 mm, 25 kg Bags', '深粉色喜马拉雅盐 粗粒 2–5 毫米 25 公斤袋'),
    summary: t(
      'Deep-pink grinder crystals that look striking in glass mills.',
      '深粉色研磨粒，装在玻璃研磨瓶里效果醒目。',
    ),
    description: join(
      t(
        'The same colour-selected salt as our dark pink fine grade, sieved to 2–5 mm for grinders and gift jars.',
        '与深粉细粒同样经过颜色精选，筛分至 2–5 毫米，用于研磨瓶和礼品罐。',
      ),
      SALT_NO_ADD,
      t('Dust is removed on a vibrating screen so jars stay clear.', '经振动筛除粉，装瓶后瓶壁干净透亮。'),
    ),
    specs: [
      sp(L.grain, '2–5 mm', '2–5 毫米'),
      sp(L.colour, 'Deep pink', '深粉色'),
      sp(L.nacl, '≥ 97.5%'),
      sp(L.packing, '25 kg PP bag with PE liner', '25 公斤编织袋内衬 PE 膜'),
      sp(L.load, '25 t per 20′', '20 尺柜 25 吨'),
    ],
    moq: 25,
    unit: 'ton',
    tiers: [
      [25, 29000],
      [100, 27500],
    ],
    hs: '25010011',
    lead: [15, 25],
    cap: [1200, 'ton', 'month'],
    sample: SALT_BULK_SAMPLE,
    city: 'jhelum',
    certs: SRM_CERTS,
    kw: t('dark pink salt, grinder salt, rock salt crystals', '深粉盐 研磨盐 岩盐颗粒'),
  }),
  salt({
    slug: 'white-himalayan-salt-fine-0-5-1mm',
    exporter: 'salt-range-minerals',
    name: t('White Himalayan Rock Salt, Fine 0.5–1 mm, 25 kg Bags', '白色喜马拉雅岩盐 细粒 0.5–1 毫米 25 公斤袋'),
    summary: t(
      'Colourless crystal rock salt from the Salt Range for food makers who want no tint.',
      '盐岭产无色晶体岩盐，适合不希望带色的食品厂。',
    ),
    description: join(
      t(
        'White and translucent seams are rarer than pink in the Salt Range; this grade is sorted from them for bakeries, cheese makers and brands that want a clean-looking salt.',
        '盐岭中白色透明矿层比粉色少见，本品即从中分拣，适合面包房、奶酪厂和希望盐色洁白的品牌。',
      ),
      t('NaCl is above 99% and insolubles below 0.3%.', '氯化钠含量 99% 以上，水不溶物低于 0.3%。'),
    ),
    specs: [
      sp(L.grain, '0.5–1 mm', '0.5–1 毫米'),
      sp(L.colour, 'White to translucent', '白色至透明'),
      sp(L.nacl, '≥ 99.0%'),
      sp(L.insoluble, '≤ 0.3%'),
      sp(L.packing, '25 kg PP bag with PE liner', '25 公斤编织袋内衬 PE 膜'),
    ],
    moq: 25,
    unit: 'ton',
    tiers: [
      [25, 31000],
      [100, 29500],
    ],
    hs: '25010011',
    lead: [15, 25],
    cap: [400, 'ton', 'month'],
    sample: SALT_BULK_SAMPLE,
    city: 'jhelum',
    certs: SRM_CERTS,
    kw: t('white rock salt, crystal salt, halite, Khewra white salt', '白岩盐 水晶盐 岩盐 白色矿盐'),
  }),
  salt({
    slug: 'iodised-pink-salt-fine-0-5-1mm',
    exporter: 'salt-range-minerals',
    name: t('Iodised Himalayan Pink Salt, Fine 0.5–1 mm, 25 kg Bags', '加碘喜马拉雅粉盐 细粒 0.5–1 毫米 25 公斤袋'),
    summary: t(
      'Pink table salt with potassium iodate dosed to the buyer’s specification.',
      '按买家要求添加碘酸钾的粉色食盐。',
    ),
    description: t(
      'Fine pink salt sprayed with potassium iodate on a continuous dosing line and mixed for even distribution. Iodine is set between 20 and 50 mg/kg to meet the importing country’s rule, and every lot is titrated in our lab. For markets that restrict iodised salt, the non-iodised grade is the one to order.',
      '细粒粉盐在连续加碘线上喷涂碘酸钾并充分混匀。碘含量可在 20–50 mg/kg 之间按进口国标准设定，每批在自有化验室滴定检测。进口国对加碘盐有限制的，请选择不加碘规格。',
    ),
    specs: [
      sp(L.grain, '0.5–1 mm', '0.5–1 毫米'),
      sp(t('Iodine', '碘含量'), '20–50 mg/kg, to order', '20–50 mg/kg，按需设定'),
      sp(L.nacl, '≥ 97.5%'),
      sp(L.packing, '25 kg PP bag with PE liner', '25 公斤编织袋内衬 PE 膜'),
      sp(L.shelf, '2 years', '2 年'),
    ],
    moq: 25,
    unit: 'ton',
    tiers: [
      [25, 23500],
      [100, 22000],
      [250, 21000],
    ],
    hs: '25010011',
    lead: [15, 25],
    cap: [800, 'ton', 'month'],
    sample: SALT_BULK_SAMPLE,
    city: 'jhelum',
    certs: SRM_CERTS,
    kw: t('iodized salt, iodised pink salt, table salt', '碘盐 加碘盐 食用盐 粉红盐'),
  }),
  salt({
    slug: 'kala-namak-black-salt-powder',
    exporter: 'salt-range-minerals',
    name: t('Kala Namak Black Salt Powder, 25 kg Bags', '黑盐（Kala Namak）粉 25 公斤袋'),
    summary: t(
      'Kiln-fired black salt with its typical sulphurous taste, ground for chaat masala and vegan cooking.',
      '窑烧黑盐，带特有的硫磺风味，研磨成粉，用于恰特马萨拉和素食烹饪。',
    ),
    description: t(
      'Kala namak is made by firing rock salt with harad (myrobalan) seeds in clay pots in our own kilns for about 24 hours, which gives it sulphur compounds and an egg-like aroma. The cooled lumps are ground to a pinkish-grey powder. It is a staple of South Asian chaat, raita and chutney, and vegan cooks use it for an egg flavour.',
      '黑盐是把岩盐与诃子（harad）一起放进陶罐，在自有窑炉中烧制约 24 小时制成，产生含硫化合物和类似鸡蛋的香气。冷却后的盐块研磨成粉红偏灰的粉末。它是南亚小吃恰特、酸奶沙拉和酸辣酱的必备调料，素食者也用它做出蛋香味。',
    ),
    specs: [
      sp(L.grain, '≤ 0.5 mm powder', '≤ 0.5 毫米粉末'),
      sp(L.colour, 'Pinkish grey', '粉灰色'),
      sp(L.nacl, '≥ 94%'),
      sp(L.packing, '25 kg PP bag with double liner', '25 公斤编织袋双层内膜'),
      sp(L.shelf, '3 years', '3 年'),
    ],
    moq: 5,
    unit: 'ton',
    tiers: [
      [5, 42000],
      [20, 39000],
      [50, 37000],
    ],
    hs: '25010011',
    lead: [15, 25],
    cap: [150, 'ton', 'month'],
    sample: SALT_BULK_SAMPLE,
    city: 'jhelum',
    certs: SRM_CERTS,
    kw: t('black salt, kala namak, sanchal, Indian black salt', '黑盐 印度黑盐 硫磺盐 卡拉纳马克'),
  }),
  salt({
    slug: 'kala-namak-black-salt-lumps',
    exporter: 'salt-range-minerals',
    name: t('Kala Namak Black Salt Lumps 20–60 mm', '黑盐块（Kala Namak）20–60 毫米'),
    summary: t('Whole kiln-fired black salt lumps for grinding at destination.', '整块窑烧黑盐，可到港后自行研磨。'),
    description: t(
      'The same kiln-fired kala namak as our powder, shipped as dark violet-brown lumps that keep their aroma longer than ground salt. Spice millers in importing countries grind them fresh, and Ayurvedic and Unani brands use them whole.',
      '与黑盐粉同为窑烧工艺，以深紫褐色盐块形式出货，香气比粉状保持更久。进口国的香料磨坊可到货后现磨，阿育吠陀和尤纳尼传统医药品牌也直接使用整块。',
    ),
    specs: [
      sp(L.size, '20–60 mm lumps', '20–60 毫米块'),
      sp(L.colour, 'Dark violet to brown', '深紫至褐色'),
      sp(L.packing, '25 kg PP bag with double liner', '25 公斤编织袋双层内膜'),
      sp(L.shelf, '3 years', '3 年'),
    ],
    moq: 5,
    unit: 'ton',
    tiers: [
      [5, 38000],
      [20, 35500],
    ],
    hs: '25010011',
    lead: [15, 25],
    cap: [150, 'ton', 'month'],
    sample: SALT_BULK_SAMPLE,
    city: 'jhelum',
    certs: SRM_CERTS,
    kw: t('black salt, kala namak, sanchal', '黑盐 黑盐块 硫磺盐'),
  }),
  salt({
    slug: 'natural-lick-salt-with-rope-2-5kg',
    exporter: 'salt-range-minerals',
    name: t('Natural Rock Lick Salt with Rope, 2–5 kg', '天然岩盐舔砖 带挂绳 2–5 公斤'),
    summary: t(
      'Natural rock salt lumps drilled and roped for cattle, horses, sheep and goats.',
      '打孔穿绳的天然岩盐块，供牛、马、羊舔食。',
    ),
    description: t(
      'Hard, low-dust rock salt lumps of 2 to 5 kg are drilled through and fitted with a 1 m jute or PP rope so they can hang in stalls and paddocks. Animals lick what they need, and natural rock salt weathers more slowly in rain than pressed blocks. Not for human consumption.',
      '2–5 公斤的致密岩盐块打穿孔并配 1 米黄麻或 PP 挂绳，可挂在畜栏和牧场中。牲畜按需舔食；天然岩盐淋雨后比压制舔砖溶蚀更慢。非食用品。',
    ),
    specs: [
      sp(L.weight, '2–5 kg per piece', '每块 2–5 公斤'),
      sp(t('Rope', '挂绳'), '1 m jute or PP', '1 米黄麻或 PP 绳'),
      sp(L.packing, '25 kg PP bags or 1 t wooden crates', '25 公斤编织袋或 1 吨木箱'),
      sp(L.load, '22 t per 20′', '20 尺柜 22 吨'),
    ],
    moq: 10,
    unit: 'ton',
    tiers: [
      [10, 24000],
      [44, 22000],
      [110, 20500],
    ],
    hs: '25010019',
    lead: [15, 25],
    cap: [600, 'ton', 'month'],
    sample: sample(
      'paid',
      'A 5 kg sample carton is charged at cost plus courier.',
      '5 公斤样品箱按成本价收费，另付快递费。',
    ),
    city: 'jhelum',
    certs: ['iso9001'],
    kw: t('animal lick salt, salt lick, cattle salt, horse lick', '舔砖 舔盐 牛羊舔砖 马用盐砖 畜牧盐'),
  }),
  salt({
    slug: 'pressed-lick-salt-block-5kg',
    exporter: 'salt-range-minerals',
    name: t('Pressed Pink Salt Lick Block 5 kg', '压制粉盐舔砖 5 公斤'),
    summary: t(
      'Hydraulically pressed 5 kg lick blocks with a centre hole, for dairy and feedlot cattle.',
      '液压成型的 5 公斤中孔舔砖，适合奶牛场和育肥场。',
    ),
    description: t(
      'Granulated pink salt is pressed at high pressure into uniform 5 kg blocks with a centre hole for a holder or rope. Uniform size makes them easy to pallet and sell at farm stores, and trace minerals such as magnesium, zinc and cobalt can be added to the buyer’s formula. Not for human consumption.',
      '粉盐颗粒经高压压制成规格统一的 5 公斤舔砖，中间留孔，可配托架或挂绳。尺寸一致，便于码托和在农资店销售；可按买家配方添加镁、锌、钴等微量元素。非食用品。',
    ),
    specs: [
      sp(L.weight, '5 kg ± 3%', '5 公斤 ± 3%'),
      sp(t('Additives', '添加'), 'None, or trace minerals to formula', '不添加，或按配方添加微量元素'),
      sp(L.packing, 'Shrink-wrapped, 4 per carton', '热缩膜包装，每箱 4 块'),
      sp(L.load, '20 t per 20′', '20 尺柜 20 吨'),
    ],
    moq: 20,
    unit: 'ton',
    tiers: [
      [20, 26000],
      [60, 24000],
    ],
    hs: '25010019',
    lead: [20, 30],
    cap: [500, 'ton', 'month'],
    sample: sample('paid', 'Sample blocks are charged at cost plus courier.', '样品舔砖按成本价收费，另付快递费。'),
    city: 'jhelum',
    certs: ['iso9001'],
    kw: t('salt lick block, mineral block, livestock salt', '舔砖 矿物舔砖 牛用舔砖 压制盐砖'),
  }),
  salt({
    slug: 'salt-bricks-for-salt-rooms-20x10x5cm',
    exporter: 'salt-range-minerals',
    name: t('Himalayan Salt Bricks for Salt Rooms 20 × 10 × 5 cm', '喜马拉雅盐砖 盐疗房墙砖 20×10×5 厘米'),
    summary: t(
      'Cut pink salt bricks for halotherapy rooms, spa walls and backlit partitions.',
      '切割粉盐砖，用于盐疗房、水疗墙和背光隔断。',
    ),
    description: t(
      'Bricks are sawn from large blocks, sanded on the visible face and sorted by shade so a wall reads evenly when lit from behind. Each brick weighs about 2.1 kg and is laid with salt-based adhesive. Typical buyers are spa builders, sauna makers and wellness centres.',
      '盐砖从大块原盐锯切而成，外露面打磨，按深浅分色挑选，墙面背光照明后色调均匀。单块约 2.1 公斤，用盐基胶粘剂砌筑。主要客户是水疗工程商、桑拿房厂家和养生馆。',
    ),
    specs: [
      sp(L.dimensions, '20 × 10 × 5 cm', '20×10×5 厘米'),
      sp(L.weight, 'approx. 2.1 kg', '约 2.1 公斤'),
      sp(t('Finish', '表面'), 'One face polished, others sawn', '一面抛光，其余锯面'),
      sp(L.packing, '8 per carton, palletised', '每箱 8 块，打托'),
    ],
    moq: 2000,
    unit: 'piece',
    tiers: [
      [2000, 230],
      [6000, 205],
      [10000, 190],
    ],
    hs: '25010019',
    lead: [25, 40],
    cap: [60000, 'piece', 'month'],
    sample: sample(
      'paid',
      'Four sample bricks at cost; courier paid by the buyer.',
      '4 块样砖按成本价收费，快递费由买家承担。',
    ),
    city: 'jhelum',
    certs: ['iso9001'],
    kw: t('salt wall, halotherapy, salt tiles, salt room', '盐墙 盐疗 盐砖墙 盐屋 汗蒸房盐砖'),
  }),
  salt({
    slug: 'pink-bath-salt-coarse-2-5mm',
    exporter: 'salt-range-minerals',
    name: t('Himalayan Pink Bath Salt, Coarse 2–5 mm, 25 kg Bags', '喜马拉雅粉盐浴盐 粗粒 2–5 毫米 25 公斤袋'),
    summary: t(
      'Cosmetic-grade pink salt for bath soaks, scrubs and foot spas.',
      '化妆品级粉盐，用于泡澡盐、磨砂膏和足浴。',
    ),
    description: t(
      'Washed and dried coarse pink salt for cosmetic fillers who add essential oils and botanicals. It is processed on a line kept separate from our food salt and is supplied with a cosmetic-use specification and microbiology report.',
      '清洗烘干的粗粒粉盐，供化妆品灌装厂添加精油和植物成分使用。生产线与食用盐分开，随货提供化妆品用途规格书和微生物检测报告。',
    ),
    specs: [
      sp(L.grain, '2–5 mm', '2–5 毫米'),
      sp(t('Grade', '等级'), 'Cosmetic, washed', '化妆品级，水洗'),
      sp(L.packing, '25 kg PP bag with PE liner', '25 公斤编织袋内衬 PE 膜'),
      sp(L.load, '25 t per 20′', '20 尺柜 25 吨'),
    ],
    moq: 10,
    unit: 'ton',
    tiers: [
      [10, 30000],
      [25, 28000],
      [100, 26500],
    ],
    hs: '25010019',
    lead: [15, 25],
    cap: [400, 'ton', 'month'],
    sample: SALT_BULK_SAMPLE,
    city: 'jhelum',
    certs: ['iso9001'],
    kw: t('bath salt, spa salt, foot soak, scrub salt', '浴盐 泡澡盐 足浴盐 磨砂盐 沐浴盐'),
  }),
  salt({
    slug: 'pink-bath-salt-1kg-pouch-private-label',
    exporter: 'salt-range-minerals',
    name: t('Pink Bath Salt 1 kg Pouches, Private Label', '粉盐浴盐 1 公斤自立袋 贴牌定制'),
    summary: t(
      'Bath salt filled in resealable kraft pouches under the buyer’s brand.',
      '浴盐装入可重封牛皮纸自立袋，可贴买家品牌。',
    ),
    description: t(
      'Coarse or fine bath salt, plain or blended with lavender, eucalyptus or rose, filled into 1 kg stand-up kraft pouches with a zip and window. Artwork is printed from the buyer’s files; the minimum is one design per 5,000 pouches.',
      '粗粒或细粒浴盐，可原味，也可加薰衣草、桉树或玫瑰香型，装入带拉链和透明窗的 1 公斤牛皮纸自立袋。按买家设计稿印刷，每款设计起订 5,000 袋。',
    ),
    specs: [
      sp(L.netWeight, '1 kg', '1 公斤'),
      sp(t('Scents', '香型'), 'Unscented, lavender, eucalyptus, rose', '无香、薰衣草、桉树、玫瑰'),
      sp(L.packing, 'Kraft zip pouch, 12 per carton', '牛皮纸拉链袋，每箱 12 袋'),
      sp(L.shelf, '3 years', '3 年'),
    ],
    moq: 5000,
    unit: 'piece',
    tiers: [],
    incoterms: ['FOB', 'CIF'],
    hs: '25010019',
    lead: [30, 45],
    cap: [80000, 'piece', 'month'],
    sample: sample(
      'free',
      'Free stock samples; printed pre-production samples are charged.',
      '现货样品免费；印刷版产前样收费。',
    ),
    city: 'jhelum',
    certs: ['iso9001'],
    kw: t('bath salt, OEM bath salt, spa salt', '浴盐 泡澡盐 OEM 浴盐 贴牌'),
  }),

  // Margalla Natural Foods (retail packs)
  salt({
    slug: 'pink-salt-glass-grinder-100g',
    exporter: 'margalla-natural-foods',
    name: t('Himalayan Pink Salt 100 g Glass Grinder', '喜马拉雅粉盐 100 克玻璃研磨瓶'),
    summary: t(
      'Coarse pink salt in a glass grinder with an adjustable ceramic mechanism.',
      '粗粒粉盐装玻璃研磨瓶，陶瓷研磨芯可调粗细。',
    ),
    description: t(
      'A supermarket staple: 100 g of 2–5 mm pink salt in a clear glass bottle with an adjustable ceramic grinder that does not corrode. We print labels with the buyer’s brand and a Chinese back label with the importer’s details, and shrink-band the caps for tamper evidence.',
      '商超常备款：100 克 2–5 毫米粉盐装在透明玻璃瓶中，配不生锈、可调粗细的陶瓷研磨头。可印买家品牌标签和含进口商信息的中文背标，瓶盖加热缩封口防拆。',
    ),
    specs: [
      sp(L.netWeight, '100 g', '100 克'),
      sp(L.grain, '2–5 mm', '2–5 毫米'),
      sp(t('Grinder', '研磨头'), 'Adjustable ceramic', '可调式陶瓷研磨芯'),
      sp(L.packing, '12 per shrink tray, 48 per carton', '12 瓶一托盘热缩，每箱 48 瓶'),
      sp(L.shelf, '5 years', '5 年'),
    ],
    moq: 5000,
    unit: 'piece',
    tiers: [
      [5000, 68],
      [20000, 61],
      [50000, 56],
    ],
    hs: '25010011',
    lead: [25, 35],
    cap: [300000, 'piece', 'month'],
    sample: sample(
      'free',
      'Free samples of stock labels; courier paid by the buyer.',
      '通用标签样品免费，快递费由买家承担。',
    ),
    city: 'islamabad',
    certs: MARGALLA_CERTS,
    kw: t('salt grinder, salt mill, pink salt jar, rock salt grinder', '研磨瓶 盐研磨器 粉盐瓶 玫瑰盐研磨'),
    featured: true,
    images: 3,
  }),
  salt({
    slug: 'pink-salt-pet-grinder-400g',
    exporter: 'margalla-natural-foods',
    name: t('Himalayan Pink Salt 400 g PET Grinder Bottle', '喜马拉雅粉盐 400 克 PET 研磨瓶'),
    summary: t(
      'Family-size pink salt grinder in a light, shatter-proof PET bottle.',
      '家庭装粉盐研磨瓶，PET 瓶身轻便不易碎。',
    ),
    description: t(
      'A larger, lighter alternative to glass for warehouse clubs and online grocery: 400 g of coarse pink salt in a PET bottle with a ceramic grinder cap. The bottle survives parcel handling, which keeps breakage claims low for e-commerce sellers.',
      '比玻璃瓶更大更轻，适合仓储会员店和生鲜电商：PET 瓶装 400 克粗粒粉盐，配陶瓷研磨盖。瓶身经得起快递搬运，电商卖家的破损售后明显减少。',
    ),
    specs: [
      sp(L.netWeight, '400 g', '400 克'),
      sp(L.grain, '2–5 mm', '2–5 毫米'),
      sp(t('Bottle', '瓶身'), 'PET, food contact', '食品级 PET'),
      sp(L.packing, '24 per carton', '每箱 24 瓶'),
      sp(L.shelf, '5 years', '5 年'),
    ],
    moq: 5000,
    unit: 'piece',
    tiers: [
      [5000, 92],
      [20000, 84],
    ],
    hs: '25010011',
    lead: [25, 35],
    cap: [150000, 'piece', 'month'],
    sample: sample('free', 'Free samples; courier paid by the buyer.', '免费样品，快递费由买家承担。'),
    city: 'islamabad',
    certs: MARGALLA_CERTS,
    kw: t('salt grinder, refillable grinder, pink salt bottle', '研磨瓶 大瓶研磨盐 粉盐 家庭装'),
  }),
  salt({
    slug: 'pink-salt-1kg-pet-jar-grinder-refill',
    exporter: 'margalla-natural-foods',
    name: t('Himalayan Pink Salt Coarse 1 kg Jar, Grinder Refill', '喜马拉雅粉盐 粗粒 1 公斤罐装 研磨补充装'),
    summary: t('1 kg jar of coarse pink salt for refilling grinders.', '1 公斤罐装粗粒粉盐，用于补充研磨瓶。'),
    description: t(
      'A wide-mouth 1 kg PET jar of 2–5 mm crystals that pours straight into most grinders. Sold alongside our grinders as a value refill, it ships 18,000 jars to a 40′ container.',
      '广口 1 公斤 PET 罐装 2–5 毫米盐粒，可直接倒入大多数研磨瓶。可与研磨瓶搭配作为实惠补充装销售，40 尺柜可装 18,000 罐。',
    ),
    specs: [
      sp(L.netWeight, '1 kg', '1 公斤'),
      sp(L.grain, '2–5 mm', '2–5 毫米'),
      sp(L.packing, '12 jars per carton', '每箱 12 罐'),
      sp(L.load, '18,000 jars per 40′', '40 尺柜 18,000 罐'),
    ],
    moq: 3000,
    unit: 'piece',
    tiers: [
      [3000, 105],
      [12000, 96],
      [18000, 90],
    ],
    hs: '25010011',
    lead: [25, 35],
    cap: [120000, 'piece', 'month'],
    sample: sample('free', 'Free sample jar; courier paid by the buyer.', '免费样品一罐，快递费由买家承担。'),
    city: 'islamabad',
    certs: MARGALLA_CERTS,
    kw: t('pink salt refill, coarse salt jar, rock salt', '补充装 粗盐 罐装粉盐 岩盐'),
  }),
  salt({
    slug: 'pink-salt-fine-1kg-stand-up-pouch',
    exporter: 'margalla-natural-foods',
    name: t('Himalayan Pink Salt Fine 1 kg Stand-up Pouch', '喜马拉雅粉盐 细粒 1 公斤自立袋'),
    summary: t('Everyday cooking salt in a resealable 1 kg pouch.', '日常烹饪用盐，1 公斤可重封自立袋。'),
    description: t(
      'Fine 0.5–1 mm pink salt in a printed laminated stand-up pouch with a zip. It is the best-selling format for supermarkets that stock pink salt as a cooking salt rather than a gourmet item, and can carry the buyer’s brand from 10,000 pouches.',
      '0.5–1 毫米细粒粉盐装入印刷复合自立拉链袋。对把粉盐当日常烹饪盐而非精品调料销售的超市来说，这是卖得最好的规格；1 万袋起可印买家品牌。',
    ),
    specs: [
      sp(L.netWeight, '1 kg', '1 公斤'),
      sp(L.grain, '0.5–1 mm', '0.5–1 毫米'),
      sp(L.packing, 'Laminated zip pouch, 12 per carton', '复合拉链袋，每箱 12 袋'),
      sp(L.shelf, '5 years', '5 年'),
    ],
    moq: 5000,
    unit: 'piece',
    tiers: [
      [5000, 64],
      [20000, 58],
      [50000, 54],
    ],
    hs: '25010011',
    lead: [20, 30],
    cap: [200000, 'piece', 'month'],
    sample: sample('free', 'Free samples; courier paid by the buyer.', '免费样品，快递费由买家承担。'),
    city: 'islamabad',
    certs: MARGALLA_CERTS,
    kw: t('pink salt pouch, cooking salt, table salt', '粉盐袋装 食用盐 烹饪盐 玫瑰盐'),
  }),
  salt({
    slug: 'pink-salt-fine-400g-shaker',
    exporter: 'margalla-natural-foods',
    name: t('Himalayan Pink Salt Fine 400 g Shaker', '喜马拉雅粉盐 细粒 400 克撒瓶'),
    summary: t('Table shaker of fine pink salt with a flip-top sifter cap.', '带翻盖撒孔的细粒粉盐餐桌瓶。'),
    description: t(
      'Fine pink salt in a PET shaker with a two-way flip cap, one side for sprinkling and one for pouring. The 0.5–1 mm grain is screened for flow so it does not clog the holes in humid kitchens.',
      '细粒粉盐装 PET 撒瓶，双向翻盖一边撒一边倒。0.5–1 毫米粒度经过流动性筛选，潮湿厨房里也不易堵孔。',
    ),
    specs: [
      sp(L.netWeight, '400 g', '400 克'),
      sp(L.grain, '0.5–1 mm', '0.5–1 毫米'),
      sp(L.packing, '24 per carton', '每箱 24 瓶'),
      sp(L.shelf, '5 years', '5 年'),
    ],
    moq: 5000,
    unit: 'piece',
    tiers: [
      [5000, 52],
      [20000, 47],
    ],
    hs: '25010011',
    lead: [20, 30],
    cap: [150000, 'piece', 'month'],
    sample: sample('free', 'Free samples; courier paid by the buyer.', '免费样品，快递费由买家承担。'),
    city: 'islamabad',
    certs: MARGALLA_CERTS,
    kw: t('salt shaker, table salt, pink salt', '盐瓶 餐桌盐 撒盐瓶 粉红盐'),
  }),
  salt({
    slug: 'pink-salt-coarse-500g-kraft-bag',
    exporter: 'margalla-natural-foods',
    name: t('Himalayan Pink Salt Coarse 500 g Kraft Bag', '喜马拉雅粉盐 粗粒 500 克牛皮纸袋'),
    summary: t(
      'Coarse pink salt in a plastic-light kraft paper bag for natural-food shops.',
      '粗粒粉盐装牛皮纸袋，少塑包装，适合天然食品店。',
    ),
    description: t(
      'A paper-based pack with a thin inner lining, aimed at organic and zero-waste stores. The 2–5 mm crystals suit grinders and salt pigs, and the flat-bottom bag stands on a shelf.',
      '纸基包装仅带一层薄内衬，面向有机店和零浪费商店。2–5 毫米盐粒适合研磨瓶和盐罐，平底袋可直立上架。',
    ),
    specs: [
      sp(L.netWeight, '500 g', '500 克'),
      sp(L.grain, '2–5 mm', '2–5 毫米'),
      sp(L.packing, 'Flat-bottom kraft bag, 20 per carton', '平底牛皮纸袋，每箱 20 袋'),
      sp(L.shelf, '5 years', '5 年'),
    ],
    moq: 5000,
    unit: 'piece',
    tiers: [
      [5000, 46],
      [20000, 42],
    ],
    hs: '25010011',
    lead: [20, 30],
    cap: [100000, 'piece', 'month'],
    sample: sample('free', 'Free samples; courier paid by the buyer.', '免费样品，快递费由买家承担。'),
    city: 'islamabad',
    certs: MARGALLA_CERTS,
    kw: t('coarse salt, pink salt, eco packaging', '粗盐 粉红盐 环保包装 牛皮纸袋'),
  }),
  salt({
    slug: 'pink-salt-fine-5kg-catering-bag',
    exporter: 'margalla-natural-foods',
    name: t('Himalayan Pink Salt Fine 5 kg Catering Bag', '喜马拉雅粉盐 细粒 5 公斤餐饮装'),
    summary: t(
      '5 kg bags of fine pink salt for restaurants, hotels and bakeries.',
      '5 公斤袋装细粒粉盐，供餐厅、酒店和面包房使用。',
    ),
    description: t(
      'Food-service pack of fine pink salt in a heavy PE bag with a carry handle, four bags to a carton. Restaurant chains that feature pink salt on their menus buy it in this size for kitchens, and it is also sold through cash-and-carry stores.',
      '餐饮渠道规格：细粒粉盐装厚 PE 手提袋，每箱 4 袋。菜单主打粉盐的连锁餐厅多采购此规格供后厨使用，也在批发仓储店销售。',
    ),
    specs: [
      sp(L.netWeight, '5 kg', '5 公斤'),
      sp(L.grain, '0.5–1 mm', '0.5–1 毫米'),
      sp(L.packing, 'PE bag with handle, 4 per carton', 'PE 手提袋，每箱 4 袋'),
      sp(L.load, '5,000 bags per 20′', '20 尺柜 5,000 袋'),
    ],
    moq: 1000,
    unit: 'piece',
    tiers: [
      [1000, 185],
      [5000, 168],
    ],
    hs: '25010011',
    lead: [20, 30],
    cap: [40000, 'piece', 'month'],
    sample: sample('free', 'Free 1 kg sample; courier paid by the buyer.', '免费提供 1 公斤样品，快递费由买家承担。'),
    city: 'islamabad',
    certs: MARGALLA_CERTS,
    kw: t('catering salt, food service salt, pink salt bulk', '餐饮用盐 大包装盐 粉红盐'),
  }),
];

// ─── Rice ───────────────────────────────────────────────────────────────────

const rice = maker('rice');

const BASMATI_KW = t(
  'basmati, long grain rice, aromatic rice, Pakistani basmati, Kainat',
  '香米 长粒米 巴基斯坦香米 印巴香米 巴斯马蒂 长粒香米',
);
const NON_BASMATI_KW = t(
  'long grain white rice, non-basmati, Pakistani rice, indica rice',
  '长粒米 籼米 巴基斯坦大米 非香米 长粒白米',
);
const KALAR = t(
  'It is grown in the Kalar tract between Gujranwala, Sialkot and Sheikhupura, whose heavy loam soils and cool nights at grain filling give Pakistani basmati its aroma.',
  '产自古杰兰瓦拉、锡亚尔科特和谢胡布尔之间的卡拉尔产区，黏重壤土和灌浆期的凉爽夜晚造就了巴基斯坦香米的香气。',
);
const STEAM = t(
  'Steam rice is paddy treated with steam before milling, so the grain stays white, firms up and cooks separate without breaking.',
  '蒸汽米是在砻谷前对稻谷进行蒸汽处理，米粒保持洁白、质地更结实，煮后粒粒分明、不易断。',
);
const SELLA = t(
  'Sella (parboiled) rice is soaked and steamed in the husk and then dried, which drives nutrients into the grain and gives a non-sticky, restaurant-proof rice.',
  '蒸谷米（Sella）是带壳浸泡、蒸煮后再烘干，营养渗入米粒，煮出的米饭不粘，适合餐厅大锅烹饪。',
);
const RICE_TESTS = t(
  'Each lot ships with a lab report on grain length, moisture, broken grains and aflatoxin.',
  '每批货随附粒长、水分、碎米率和黄曲霉毒素检测报告。',
);
const KV_CERTS: CertificationKind[] = ['halal', 'brcgs', 'iso22000', 'haccp'];
const ID_CERTS: CertificationKind[] = ['halal', 'haccp', 'iso22000', 'iso9001'];
const RICE_SAMPLE = sample(
  'free',
  'Free 2 kg sample from the current lot; courier charges paid by the buyer.',
  '免费提供当前批次 2 公斤样品，快递费由买家承担。',
);

interface RiceOpts {
  slug: string;
  exporter: string;
  name: L10n;
  summary: L10n;
  description: L10n;
  length: string | L10n;
  broken: string | L10n;
  extraSpecs?: SeedSpec[];
  packing?: L10n;
  moq?: number;
  unit?: Unit;
  tiers: [number, number][];
  hs?: string;
  city: CitySlug;
  certs: CertificationKind[];
  kw: L10n;
  cap: [number, Unit, SupplyPeriod];
  sample?: SeedProduct['sample'];
  lead?: [number, number];
  featured?: boolean;
  images?: number;
}

/** A value given as plain text reads the same in both languages, with "mm" as 毫米 in Chinese. */
const mmText = (v: string | L10n): L10n => (typeof v === 'string' ? t(v, v.replace('mm', '毫米')) : v);

function riceProduct(o: RiceOpts): SeedProduct {
  const packing = o.packing ?? t('25 kg PP bags, 20′ container 25 t', '25 公斤编织袋，20 尺柜 25 吨');
  return rice({
    slug: o.slug,
    exporter: o.exporter,
    name: o.name,
    summary: o.summary,
    description: o.description,
    specs: [
      { label: L.grainLength, value: mmText(o.length) },
      sp(L.moisture, '≤ 12.5%'),
      { label: L.broken, value: mmText(o.broken) },
      ...(o.extraSpecs ?? []),
      { label: L.packing, value: packing },
    ],
    moq: o.moq ?? 25,
    unit: o.unit ?? 'ton',
    tiers: o.tiers,
    hs: o.hs ?? '10063020',
    lead: o.lead ?? [15, 25],
    cap: o.cap,
    sample: o.sample ?? RICE_SAMPLE,
    city: o.city,
    certs: o.certs,
    kw: o.kw,
    ...(o.featured ? { featured: true } : {}),
    ...(o.images ? { images: o.images } : {}),
  });
}

const POLISHED = sp(L.polish, 'Double polished, sortexed', '双抛光，色选');
const PURITY_95 = sp(L.purity, '≥ 95% (other varieties ≤ 5%)', '≥ 95%（混杂其他品种 ≤ 5%）');

const riceProducts: SeedProduct[] = [
  riceProduct({
    slug: '1121-basmati-steam-rice',
    exporter: 'kalar-valley-rice-mills',
    name: t('1121 Basmati Steam Rice, 25 kg Bags', '1121 巴斯马蒂蒸汽香米 25 公斤袋'),
    summary: t(
      'Extra-long 1121 basmati, steamed for firm, separate grains.',
      '超长粒 1121 巴斯马蒂，蒸汽处理，米粒结实、粒粒分明。',
    ),
    description: join(
      t(
        '1121 is the longest basmati in trade: an average of 8.35 mm raw, stretching to about 20 mm when cooked.',
        '1121 是市场上粒型最长的巴斯马蒂，生米平均粒长 8.35 毫米，煮后可伸长到 20 毫米左右。',
      ),
      STEAM,
      KALAR,
      RICE_TESTS,
    ),
    length: '8.35 mm',
    broken: '≤ 1%',
    extraSpecs: [PURITY_95, POLISHED, sp(L.crop, '2025 crop', '2025 年产')],
    tiers: [
      [25, 110000],
      [100, 107000],
      [250, 104500],
    ],
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: BASMATI_KW,
    cap: [6000, 'ton', 'month'],
  }),
  riceProduct({
    slug: '1121-basmati-creamy-sella',
    exporter: 'kalar-valley-rice-mills',
    name: t('1121 Basmati Creamy Sella Rice', '1121 巴斯马蒂蒸谷香米（奶白色）'),
    summary: t(
      'Parboiled 1121 basmati with a light cream colour, for biryani and catering.',
      '奶白色 1121 巴斯马蒂蒸谷米，适合手抓饭和团餐。',
    ),
    description: join(
      SELLA,
      t(
        'A light parboil keeps the grain a pale cream; it is the usual choice of Gulf and Chinese halal restaurants for biryani and pilaf.',
        '轻度蒸谷使米色呈浅奶白，是海湾地区和国内清真餐厅做比尔亚尼饭和抓饭的常用米。',
      ),
      KALAR,
      RICE_TESTS,
    ),
    length: '8.30 mm',
    broken: '≤ 1%',
    extraSpecs: [PURITY_95, POLISHED, sp(L.colour, 'Creamy white', '奶白色')],
    tiers: [
      [25, 103000],
      [100, 100000],
      [250, 98000],
    ],
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: t('sella rice, parboiled basmati, biryani rice, 1121 sella', '蒸谷米 半煮米 抓饭米 比尔亚尼米 香米'),
    cap: [6000, 'ton', 'month'],
  }),
  riceProduct({
    slug: '1121-basmati-golden-sella',
    exporter: 'kalar-valley-rice-mills',
    name: t('1121 Basmati Golden Sella Rice', '1121 巴斯马蒂蒸谷香米（金色）'),
    summary: t(
      'Deep-parboiled 1121 basmati with a golden colour and the firmest cooked grain.',
      '深度蒸谷的金色 1121 巴斯马蒂，煮后米粒最为挺实。',
    ),
    description: join(
      t(
        'Golden sella is soaked longer and steamed harder than creamy sella, which turns the grain golden and makes it almost impossible to overcook.',
        '金色蒸谷米比奶白色浸泡时间更长、蒸煮更透，米粒呈金黄色，几乎煮不烂。',
      ),
      t(
        'Hotel kitchens and airline caterers favour it for rice that holds in a bain-marie for hours.',
        '酒店后厨和航空配餐偏爱这款米，保温数小时米粒依然完整。',
      ),
      KALAR,
      RICE_TESTS,
    ),
    length: '8.35 mm',
    broken: '≤ 1%',
    extraSpecs: [PURITY_95, POLISHED, sp(L.colour, 'Golden yellow', '金黄色')],
    tiers: [
      [25, 106000],
      [100, 103000],
      [250, 100500],
    ],
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: t('golden sella, parboiled basmati, 1121 golden', '金色蒸谷米 黄金香米 蒸谷米 半煮米'),
    cap: [6000, 'ton', 'month'],
    featured: true,
    images: 3,
  }),
  riceProduct({
    slug: '1121-basmati-white-raw',
    exporter: 'kalar-valley-rice-mills',
    name: t('1121 Basmati White Rice (Raw, Non-parboiled)', '1121 巴斯马蒂白香米（生米，非蒸谷）'),
    summary: t(
      'Raw-milled 1121 basmati with the fullest aroma of the 1121 range.',
      '直接碾磨的 1121 巴斯马蒂生米，香气在 1121 系列中最浓。',
    ),
    description: join(
      t(
        'Milled straight from dried paddy without any steaming, so it keeps more aroma and cooks softer than steam or sella rice.',
        '稻谷干燥后直接碾磨，不经任何蒸汽处理，香气保留更多，口感比蒸汽米和蒸谷米更软。',
      ),
      t(
        'It suits home cooks and Chinese retail packs where aroma matters more than grain strength.',
        '适合家庭烹饪以及看重香气胜过米粒硬度的国内零售包装。',
      ),
      KALAR,
      RICE_TESTS,
    ),
    length: '8.30 mm',
    broken: '≤ 2%',
    extraSpecs: [PURITY_95, POLISHED],
    tiers: [
      [25, 112000],
      [100, 109000],
    ],
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: BASMATI_KW,
    cap: [3000, 'ton', 'month'],
  }),
  riceProduct({
    slug: '1121-basmati-steam-5kg-retail-bags',
    exporter: 'kalar-valley-rice-mills',
    name: t('1121 Basmati Steam Rice in 5 kg Retail Bags', '1121 巴斯马蒂蒸汽香米 5 公斤零售袋'),
    summary: t(
      'Supermarket-ready 5 kg bags of 1121 steam basmati, private label available.',
      '5 公斤超市零售袋装 1121 蒸汽香米，可贴牌。',
    ),
    description: join(
      t(
        'Our 1121 steam rice packed in 5 kg non-woven bags with a handle and window, four bags to a master carton.',
        '1121 蒸汽香米装入带提手和透明窗的 5 公斤无纺布袋，每个外箱 4 袋。',
      ),
      t(
        'We print the buyer’s brand and a Chinese label with importer, origin and production date, ready for supermarket shelves.',
        '可印买家品牌以及含进口商、原产地和生产日期的中文标签，到货即可上架。',
      ),
      RICE_TESTS,
    ),
    length: '8.35 mm',
    broken: '≤ 1%',
    extraSpecs: [sp(L.shelf, '24 months', '24 个月')],
    packing: t('5 kg non-woven bags, 4 per carton; 20′ container 22 t', '5 公斤无纺布袋，每箱 4 袋；20 尺柜 22 吨'),
    moq: 22,
    tiers: [
      [22, 128000],
      [66, 124000],
    ],
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: t('basmati 5kg, retail rice, private label rice', '香米 5 公斤装 零售大米 贴牌大米'),
    cap: [800, 'ton', 'month'],
    lead: [25, 35],
  }),
  riceProduct({
    slug: '1121-basmati-steam-1kg-vacuum-packs',
    exporter: 'kalar-valley-rice-mills',
    name: t('1121 Basmati Steam Rice, 1 kg Vacuum Packs', '1121 巴斯马蒂蒸汽香米 1 公斤真空砖'),
    summary: t(
      'Vacuum-packed 1 kg bricks of 1121 basmati for e-commerce and gift sets.',
      '1 公斤真空砖包装的 1121 香米，适合电商和礼盒。',
    ),
    description: join(
      t(
        'Rice is vacuum-sealed in 1 kg nylon-PE bricks that keep out insects and moisture and stack neatly in cartons of ten.',
        '大米用尼龙/PE 复合膜抽真空封成 1 公斤方砖，防虫防潮，每箱 10 块码放整齐。',
      ),
      t(
        'The format ships well by parcel and is popular with online grocers in China.',
        '适合快递运输，深受国内生鲜电商欢迎。',
      ),
      RICE_TESTS,
    ),
    length: '8.35 mm',
    broken: '≤ 1%',
    extraSpecs: [sp(L.shelf, '24 months', '24 个月')],
    packing: t('1 kg vacuum bricks, 10 per carton', '1 公斤真空砖，每箱 10 块'),
    moq: 1000,
    unit: 'carton',
    tiers: [
      [1000, 1650],
      [2200, 1580],
    ],
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: t('vacuum packed rice, basmati 1kg, gift rice', '真空大米 香米 1 公斤 礼盒大米'),
    cap: [40000, 'carton', 'month'],
    lead: [25, 35],
  }),
  riceProduct({
    slug: 'super-kernel-basmati-white',
    exporter: 'kalar-valley-rice-mills',
    name: t('Super Kernel Basmati White Rice', '超级仁巴斯马蒂白香米（Super Kernel）'),
    summary: t(
      'Pakistan’s most aromatic basmati, raw-milled for full fragrance.',
      '巴基斯坦香气最浓的巴斯马蒂，生米碾磨，香气饱满。',
    ),
    description: join(
      t(
        'Super Kernel is shorter than 1121, averaging 7.3 mm, but has the stronger, classic basmati fragrance that many buyers prefer.',
        '超级仁粒长比 1121 短，平均 7.3 毫米，但具有更浓郁、更经典的巴斯马蒂香气，很多买家更偏爱。',
      ),
      KALAR,
      RICE_TESTS,
    ),
    length: '7.30 mm',
    broken: '≤ 2%',
    extraSpecs: [PURITY_95, POLISHED],
    tiers: [
      [25, 118000],
      [100, 114500],
      [250, 112000],
    ],
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: t('super kernel basmati, kernel basmati, aromatic rice', '超级仁香米 巴基斯坦香米 浓香型香米'),
    cap: [2500, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'super-kernel-basmati-steam',
    exporter: 'kalar-valley-rice-mills',
    name: t('Super Kernel Basmati Steam Rice', '超级仁巴斯马蒂蒸汽香米'),
    summary: t(
      'Steamed Super Kernel basmati: classic aroma with a firmer cooked grain.',
      '蒸汽处理的超级仁香米：经典香气，煮后更挺实。',
    ),
    description: join(
      STEAM,
      t(
        'The grain averages 7.3 mm and keeps most of the aroma of raw Super Kernel.',
        '平均粒长 7.3 毫米，保留了超级仁生米的大部分香气。',
      ),
      KALAR,
      RICE_TESTS,
    ),
    length: '7.30 mm',
    broken: '≤ 1%',
    extraSpecs: [PURITY_95, POLISHED],
    tiers: [
      [25, 115000],
      [100, 111500],
    ],
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: t('super kernel steam, kernel basmati, aromatic rice', '超级仁 蒸汽香米 巴基斯坦香米'),
    cap: [2500, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'super-kernel-basmati-sella',
    exporter: 'kalar-valley-rice-mills',
    name: t('Super Kernel Basmati Sella Rice', '超级仁巴斯马蒂蒸谷香米'),
    summary: t(
      'Parboiled Super Kernel basmati for biryani that needs aroma and strength.',
      '超级仁蒸谷香米，做手抓饭既香又不烂。',
    ),
    description: join(
      SELLA,
      t(
        'Super Kernel sella keeps a noticeable fragrance, which 1121 sella loses more of.',
        '超级仁蒸谷米仍保有明显香气，这一点胜过 1121 蒸谷米。',
      ),
      KALAR,
      RICE_TESTS,
    ),
    length: '7.25 mm',
    broken: '≤ 1%',
    extraSpecs: [PURITY_95, POLISHED, sp(L.colour, 'Creamy', '奶白色')],
    tiers: [
      [25, 108000],
      [100, 105000],
    ],
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: t('kernel sella, parboiled basmati, biryani rice', '超级仁蒸谷米 抓饭米 蒸谷香米'),
    cap: [2000, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'super-kernel-basmati-aged-12-months',
    exporter: 'kalar-valley-rice-mills',
    name: t('Super Kernel Basmati, Aged 12 Months', '超级仁巴斯马蒂香米 陈化 12 个月'),
    summary: t(
      'Paddy stored a full year before milling for drier, longer-cooking grain.',
      '稻谷存放满一年后再碾磨，米质更干、煮后伸长更好。',
    ),
    description: join(
      t(
        'Paddy from the previous harvest is held for twelve months in our own godowns and only then milled. Ageing lowers moisture and makes the rice absorb more water, elongate further and stay fluffy: the rice connoisseurs in South Asia and the Gulf pay a premium for.',
        '上一季稻谷在自有仓库存放 12 个月后才碾磨。陈化使水分降低，吸水更多、伸长更好、米饭更松软，南亚和海湾的讲究食客愿意为此支付溢价。',
      ),
      t('Quantities are limited to each year’s stored paddy.', '供应量取决于每年的储存稻谷，数量有限。'),
      RICE_TESTS,
    ),
    length: '7.30 mm',
    broken: '≤ 1%',
    extraSpecs: [PURITY_95, sp(L.crop, '2025 crop, milled 2026', '2025 年产，2026 年碾磨')],
    tiers: [],
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: t('aged basmati, old crop basmati, premium basmati', '陈米 陈化香米 老米 高端香米'),
    cap: [300, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'super-kernel-basmati-golden-sella',
    exporter: 'kalar-valley-rice-mills',
    name: t('Super Kernel Basmati Golden Sella Rice', '超级仁巴斯马蒂蒸谷香米（金色）'),
    summary: t('Golden parboiled Super Kernel basmati for caterers.', '金色超级仁蒸谷香米，适合团餐。'),
    description: join(
      t(
        'The Super Kernel variety given the long soak and hard steam of golden sella.',
        '用超级仁品种按金色蒸谷工艺长时间浸泡、充分蒸煮。',
      ),
      t(
        'It cooks to a firm, golden grain that holds in steam tables, with more aroma than 1121 golden sella.',
        '煮后米粒金黄挺实，保温台上久放不坏，香气比 1121 金色蒸谷米更浓。',
      ),
      RICE_TESTS,
    ),
    length: '7.25 mm',
    broken: '≤ 1%',
    extraSpecs: [PURITY_95, POLISHED, sp(L.colour, 'Golden yellow', '金黄色')],
    tiers: [
      [25, 109000],
      [100, 106000],
    ],
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: t('golden sella, kernel basmati, parboiled rice', '金色蒸谷米 超级仁 蒸谷香米'),
    cap: [1500, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'super-basmati-white',
    exporter: 'kalar-valley-rice-mills',
    name: t('Super Basmati White Rice', '超级巴斯马蒂白香米（Super Basmati）'),
    summary: t(
      'The traditional Super Basmati variety: slender 7 mm grain with a strong aroma.',
      '传统超级巴斯马蒂品种：7 毫米细长粒，香气浓郁。',
    ),
    description: join(
      t(
        'Super Basmati was the leading Pakistani basmati before 1121 and is still sought for its fragrance and slender grain of about 7.0 mm.',
        '超级巴斯马蒂在 1121 之前是巴基斯坦的主力香米品种，粒长约 7.0 毫米、细长，至今仍因香气受到追捧。',
      ),
      KALAR,
      RICE_TESTS,
    ),
    length: '7.00 mm',
    broken: '≤ 2%',
    extraSpecs: [PURITY_95, POLISHED],
    tiers: [
      [25, 104000],
      [100, 101000],
    ],
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: t('super basmati, traditional basmati, aromatic rice', '超级香米 传统香米 巴基斯坦香米'),
    cap: [1500, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'super-basmati-brown-rice',
    exporter: 'kalar-valley-rice-mills',
    name: t('Super Basmati Brown Rice', '超级巴斯马蒂糙米'),
    summary: t(
      'Husked, unpolished Super Basmati with the bran layer intact.',
      '仅脱壳、不抛光的超级巴斯马蒂糙米，保留米糠层。',
    ),
    description: join(
      t(
        'Only the husk is removed, leaving the bran and germ, so the rice is higher in fibre and has a nutty basmati aroma.',
        '只去稻壳，保留米糠和胚芽，膳食纤维更高，带有坚果味的香米香气。',
      ),
      t(
        'It is cleaned, colour-sorted and packed in 25 kg bags with a PE liner to protect the bran from moisture.',
        '经清理、色选后装入内衬 PE 膜的 25 公斤袋，防止米糠受潮。',
      ),
      RICE_TESTS,
    ),
    length: '7.10 mm',
    broken: '≤ 3%',
    extraSpecs: [sp(L.shelf, '12 months', '12 个月')],
    tiers: [
      [25, 99000],
      [75, 96000],
    ],
    hs: '10062090',
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: t('brown basmati, whole grain rice, husked rice', '糙米 香糙米 全谷物 巴斯马蒂糙米'),
    cap: [500, 'ton', 'month'],
  }),
  riceProduct({
    slug: '1121-basmati-steam-broken-b1',
    exporter: 'kalar-valley-rice-mills',
    name: t('1121 Basmati Steam Broken B1', '1121 巴斯马蒂蒸汽碎米 B1'),
    summary: t(
      'Large ¾-length broken grains of 1121 steam basmati, an economical aromatic rice.',
      '1121 蒸汽香米的 ¾ 长大碎粒，实惠的香米替代。',
    ),
    description: t(
      'B1 is the largest broken fraction separated from 1121 steam rice, mostly three-quarter grains. It keeps the basmati aroma at a little over half the price of whole rice, and is bought by caterers, ready-meal factories and budget retail brands.',
      'B1 是从 1121 蒸汽香米中分出的最大碎粒，大多为 ¾ 粒。它保留了香米香气，价格仅为整粒米的五六成，主要客户是团餐、预制菜工厂和平价零售品牌。',
    ),
    length: t('5.5–6.5 mm (¾ grains)', '5.5–6.5 毫米（¾ 粒）'),
    broken: t('B1: ≥ 80% ¾ grains', 'B1 级：¾ 粒 ≥ 80%'),
    extraSpecs: [POLISHED],
    tiers: [
      [25, 62000],
      [100, 59500],
    ],
    hs: '10064090',
    city: 'gujranwala',
    certs: KV_CERTS,
    kw: t('basmati broken, 1121 broken, B1 broken rice', '香米碎米 1121 碎米 大碎米'),
    cap: [800, 'ton', 'month'],
  }),

  // Ravi Grain Exports (pending)
  riceProduct({
    slug: '1509-basmati-steam',
    exporter: 'ravi-grain-exports',
    name: t('1509 Basmati Steam Rice', '1509 巴斯马蒂蒸汽香米'),
    summary: t(
      'Early-maturing 1509 basmati, steamed: long grain at a lower price than 1121.',
      '早熟品种 1509 巴斯马蒂蒸汽米，粒长接近 1121，价格更低。',
    ),
    description: t(
      '1509 matures about three weeks earlier than 1121 and has a similar extra-long grain of around 8.2 mm, with a lighter aroma. Steam-processed on contract at a Sheikhupura mill, it is packed in 25 kg or 40 kg bags.',
      '1509 比 1121 早熟约三周，粒型同样超长，约 8.2 毫米，香气稍淡。委托谢胡布尔米厂蒸汽加工，可装 25 公斤或 40 公斤袋。',
    ),
    length: '8.20 mm',
    broken: '≤ 2%',
    extraSpecs: [POLISHED],
    packing: t('25 kg or 40 kg PP bags', '25 公斤或 40 公斤编织袋'),
    tiers: [
      [25, 94000],
      [100, 91500],
    ],
    city: 'sheikhupura',
    certs: ['halal'],
    kw: t('1509 basmati, long grain basmati, steam rice', '1509 香米 长粒香米 蒸汽米'),
    cap: [1500, 'ton', 'month'],
  }),
  riceProduct({
    slug: '1509-basmati-golden-sella',
    exporter: 'ravi-grain-exports',
    name: t('1509 Basmati Golden Sella Rice', '1509 巴斯马蒂蒸谷香米（金色）'),
    summary: t(
      'Golden parboiled 1509 basmati for price-sensitive catering buyers.',
      '金色 1509 蒸谷香米，适合注重价格的团餐客户。',
    ),
    description: join(
      SELLA,
      t(
        'Using 1509 instead of 1121 keeps the long grain while lowering cost by roughly USD 100 a ton.',
        '用 1509 替代 1121，保留长粒型，每吨成本约低 100 美元。',
      ),
    ),
    length: '8.20 mm',
    broken: '≤ 2%',
    extraSpecs: [sp(L.colour, 'Golden yellow', '金黄色')],
    tiers: [
      [25, 92000],
      [100, 89500],
    ],
    city: 'sheikhupura',
    certs: ['halal'],
    kw: t('1509 sella, golden sella, parboiled rice', '1509 蒸谷米 金色蒸谷米 半煮米'),
    cap: [1500, 'ton', 'month'],
  }),
  riceProduct({
    slug: '1509-basmati-white-raw',
    exporter: 'ravi-grain-exports',
    name: t('1509 Basmati White Rice (Raw)', '1509 巴斯马蒂白香米（生米）'),
    summary: t('Raw-milled 1509 basmati, new crop from November.', '1509 巴斯马蒂生米，11 月起供应新米。'),
    description: t(
      'White 1509 milled straight from dried paddy, with a soft cooked texture and mild aroma. The new crop is harvested from late October in Sheikhupura, and prices are quoted per lot once paddy is bought.',
      '1509 稻谷干燥后直接碾磨的白米，煮后口感软、香气温和。谢胡布尔新稻 10 月下旬开始收割，收购稻谷后按批报价。',
    ),
    length: '8.15 mm',
    broken: '≤ 2%',
    extraSpecs: [sp(L.crop, '2026 new crop', '2026 年新米')],
    tiers: [],
    city: 'sheikhupura',
    certs: ['halal'],
    kw: t('1509 raw, basmati white rice', '1509 白米 香米 生米'),
    cap: [1000, 'ton', 'month'],
  }),

  // Indus Delta Rice Traders
  riceProduct({
    slug: 'irri-6-long-grain-white-5-broken',
    exporter: 'indus-delta-rice-traders',
    name: t('IRRI-6 Long Grain White Rice, 5% Broken', 'IRRI-6 长粒白米 5% 碎'),
    summary: t(
      'Pakistan’s main non-basmati long grain, sortexed with 5% broken.',
      '巴基斯坦主力非香米长粒米，色选，碎米 5%。',
    ),
    description: t(
      'IRRI-6 is the workhorse rice of Sindh, grown on the canal commands around Larkana and Shikarpur. This 5% broken grade is double polished and colour-sorted, cooks soft and white, and is widely used for fried rice and by food-service buyers. A 20′ container holds 25 t.',
      'IRRI-6 是信德省的当家品种，种植在拉尔卡纳和希卡布尔周边灌区。5% 碎等级经双抛光、色选，煮后洁白柔软，广泛用于炒饭和餐饮渠道。20 尺柜装 25 吨。',
    ),
    length: '6.0 mm',
    broken: '≤ 5%',
    extraSpecs: [POLISHED, sp(t('Chalky / red and yellow grains', '垩白粒 / 红黄粒'), '≤ 6% / ≤ 1%')],
    tiers: [
      [25, 41500],
      [250, 40000],
      [1000, 39000],
    ],
    city: 'larkana',
    certs: ID_CERTS,
    kw: NON_BASMATI_KW,
    cap: [10000, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'irri-6-long-grain-white-15-broken',
    exporter: 'indus-delta-rice-traders',
    name: t('IRRI-6 Long Grain White Rice, 15% Broken', 'IRRI-6 长粒白米 15% 碎'),
    summary: t(
      'Mid-grade IRRI-6 for mass retail and institutional buyers.',
      '中档 IRRI-6，适合大众零售和机关团体采购。',
    ),
    description: t(
      'The same IRRI-6 milled to a 15% broken standard, single polished and sortexed. It is the grade most often tendered by East African and Central Asian importers and is a low-cost base for blended rice.',
      '同为 IRRI-6，按 15% 碎标准加工，单抛光、色选。东非和中亚进口商招标最常用此等级，也是调配大米的低成本原料。',
    ),
    length: '6.0 mm',
    broken: '≤ 15%',
    extraSpecs: [sp(L.polish, 'Single polished, sortexed', '单抛光，色选')],
    tiers: [
      [25, 39500],
      [250, 38000],
      [1000, 37000],
    ],
    city: 'larkana',
    certs: ID_CERTS,
    kw: NON_BASMATI_KW,
    cap: [10000, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'irri-6-long-grain-white-25-broken',
    exporter: 'indus-delta-rice-traders',
    name: t('IRRI-6 Long Grain White Rice, 25% Broken', 'IRRI-6 长粒白米 25% 碎'),
    summary: t(
      'Economy IRRI-6 for tenders and processing; quoted per tender.',
      '经济型 IRRI-6，适合招标和加工，按标报价。',
    ),
    description: t(
      'The economy grade of IRRI-6 with up to 25% broken, for government tenders, rice-flour milling and food processing. Because it moves in large, one-off lots, it is priced per tender against current paddy prices in Sindh.',
      'IRRI-6 经济等级，碎米最高 25%，用于政府招标、米粉研磨和食品加工。因为多为大宗一次性成交，按信德当期稻谷价格逐标报价。',
    ),
    length: '5.9 mm',
    broken: '≤ 25%',
    extraSpecs: [sp(L.polish, 'Single polished', '单抛光')],
    moq: 500,
    tiers: [],
    packing: t('50 kg PP bags or break-bulk', '50 公斤编织袋或散装'),
    city: 'larkana',
    certs: ID_CERTS,
    kw: NON_BASMATI_KW,
    cap: [10000, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'irri-6-parboiled-5-broken',
    exporter: 'indus-delta-rice-traders',
    name: t('IRRI-6 Parboiled Rice, 5% Broken', 'IRRI-6 蒸谷米 5% 碎'),
    summary: t(
      'Parboiled IRRI-6 with a firm, non-sticky grain and low breakage.',
      'IRRI-6 蒸谷米，米粒挺实不粘，碎米率低。',
    ),
    description: join(
      SELLA,
      t(
        'Parboiling also toughens IRRI-6 so fewer grains break in milling, giving a 5% broken rice at a small premium over white rice. West and East African markets favour it.',
        '蒸谷还使 IRRI-6 米粒更坚韧，碾磨时断粒更少，5% 碎等级仅比白米略贵，西非和东非市场尤其偏爱。',
      ),
    ),
    length: '6.0 mm',
    broken: '≤ 5%',
    extraSpecs: [sp(L.colour, 'Light amber', '浅琥珀色'), POLISHED],
    tiers: [
      [25, 43000],
      [250, 41500],
    ],
    city: 'larkana',
    certs: ID_CERTS,
    kw: t('parboiled rice, IRRI-6 sella, non-basmati parboiled', '蒸谷米 半煮米 IRRI-6 长粒米'),
    cap: [4000, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'irri-9-long-grain-white-5-broken',
    exporter: 'indus-delta-rice-traders',
    name: t('IRRI-9 Long Grain White Rice, 5% Broken', 'IRRI-9 长粒白米 5% 碎'),
    summary: t(
      'Slightly longer, more translucent non-basmati from the IRRI-9 variety.',
      'IRRI-9 品种的非香米，粒型略长、更透亮。',
    ),
    description: t(
      'IRRI-9 has a slimmer, more translucent grain than IRRI-6 and less chalkiness. Milled to 5% broken, double polished and sortexed, it competes with Thai and Vietnamese long grain on appearance at a lower price.',
      'IRRI-9 粒型比 IRRI-6 更细长、更透亮，垩白更少。按 5% 碎加工，双抛光、色选，外观可与泰国、越南长粒米媲美，价格更低。',
    ),
    length: '6.4 mm',
    broken: '≤ 5%',
    extraSpecs: [POLISHED],
    tiers: [
      [25, 42500],
      [250, 41000],
    ],
    city: 'larkana',
    certs: ID_CERTS,
    kw: NON_BASMATI_KW,
    cap: [5000, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'pk-386-long-grain-white-5-broken',
    exporter: 'indus-delta-rice-traders',
    name: t('PK-386 Long Grain White Rice, 5% Broken', 'PK-386 长粒白米 5% 碎'),
    summary: t(
      'Extra-long non-basmati with a light aroma, between IRRI and basmati in price.',
      '超长粒非香米，带淡香，价格介于 IRRI 与巴斯马蒂之间。',
    ),
    description: t(
      'PK-386 has a long, slender grain of about 7.5 mm and a faint aroma, which makes it a popular value alternative to basmati in the Gulf and Africa. It is milled from paddy grown in Punjab and upper Sindh and sortexed to 5% broken.',
      'PK-386 粒型细长，约 7.5 毫米，带有淡淡香气，在海湾和非洲是巴斯马蒂的高性价比替代品。稻谷来自旁遮普和上信德，经色选加工至 5% 碎。',
    ),
    length: '7.5 mm',
    broken: '≤ 5%',
    extraSpecs: [POLISHED],
    tiers: [
      [25, 68000],
      [100, 66000],
      [250, 64500],
    ],
    city: 'larkana',
    certs: ID_CERTS,
    kw: t('PK 386, 386 rice, long grain non-basmati', '386 大米 PK386 长粒米 非香米'),
    cap: [3000, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'pk-386-sella',
    exporter: 'indus-delta-rice-traders',
    name: t('PK-386 Sella (Parboiled) Rice', 'PK-386 蒸谷米'),
    summary: t(
      'Parboiled PK-386 for biryani at a lower cost than basmati sella.',
      'PK-386 蒸谷米，做抓饭成本低于巴斯马蒂蒸谷米。',
    ),
    description: join(
      SELLA,
      t(
        'On PK-386 it gives a long, creamy grain that Middle Eastern caterers use where basmati sella is too costly.',
        '用 PK-386 加工，米粒细长、呈奶白色，中东团餐企业在巴斯马蒂蒸谷米成本过高时常用它替代。',
      ),
    ),
    length: '7.5 mm',
    broken: '≤ 2%',
    extraSpecs: [sp(L.colour, 'Creamy', '奶白色'), POLISHED],
    tiers: [
      [25, 70000],
      [100, 68000],
    ],
    city: 'larkana',
    certs: ID_CERTS,
    kw: t('386 sella, parboiled rice, biryani rice', '386 蒸谷米 抓饭米 半煮米'),
    cap: [2000, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'pk-386-steam',
    exporter: 'indus-delta-rice-traders',
    name: t('PK-386 Steam Rice', 'PK-386 蒸汽米'),
    summary: t(
      'Steam-treated PK-386: white, firm and long at a mid-range price.',
      '蒸汽处理的 PK-386：洁白、挺实、粒长，价格适中。',
    ),
    description: join(
      STEAM,
      t(
        'Steamed PK-386 is used by restaurants that want a white, long rice that stays separate, without paying for basmati.',
        '蒸汽 PK-386 适合想要洁白长粒、粒粒分明，又不想付香米价格的餐厅。',
      ),
    ),
    length: '7.5 mm',
    broken: '≤ 2%',
    extraSpecs: [POLISHED],
    tiers: [
      [25, 69000],
      [100, 67000],
    ],
    city: 'larkana',
    certs: ID_CERTS,
    kw: t('386 steam, long grain rice, non-basmati', '386 蒸汽米 长粒米 非香米'),
    cap: [2000, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'pk-385-long-grain-white',
    exporter: 'indus-delta-rice-traders',
    name: t('PK-385 Long Grain White Rice', 'PK-385 长粒白米'),
    summary: t('Fragrant PK-385 long grain, a budget aromatic rice.', '带香味的 PK-385 长粒米，平价香型大米。'),
    description: t(
      'PK-385 comes from the older Basmati 385 line; it has a medium aroma and a grain of about 7.0 mm, shorter than today’s basmati. It is sold as an affordable fragrant rice, milled to 3% broken and sortexed.',
      'PK-385 源自较早的 Basmati 385 品系，香气中等，粒长约 7.0 毫米，比现在的巴斯马蒂短。作为平价香米销售，加工至 3% 碎并经色选。',
    ),
    length: '7.0 mm',
    broken: '≤ 3%',
    extraSpecs: [POLISHED],
    tiers: [
      [25, 72000],
      [100, 70000],
    ],
    city: 'larkana',
    certs: ID_CERTS,
    kw: t('385 rice, PK 385, fragrant rice', '385 大米 香型大米 长粒米'),
    cap: [1500, 'ton', 'month'],
  }),
  riceProduct({
    slug: 'irri-6-100-broken-sortexed',
    exporter: 'indus-delta-rice-traders',
    name: t('IRRI-6 100% Broken Rice, Sortexed, per 20′ Container', 'IRRI-6 100% 碎米 色选 按 20 尺柜'),
    summary: t(
      'Clean, colour-sorted 100% broken rice for rice noodles, flour and brewing.',
      '干净、经色选的 100% 碎米，用于米线、米粉和酿造。',
    ),
    description: t(
      'Broken grains from IRRI-6 milling, cleaned and colour-sorted to remove discoloured and chalky pieces. It goes to rice-noodle and rice-flour mills and to breweries, and China is one of the main buyers of Pakistani broken rice. Sold by the 20′ container of 25 t.',
      'IRRI-6 碾磨产生的碎米，经清理和色选剔除变色、垩白碎粒。主要供应米线厂、米粉厂和啤酒厂，中国是巴基斯坦碎米的主要买家之一。按 20 尺柜（25 吨）销售。',
    ),
    length: t('2–4 mm pieces', '2–4 毫米碎粒'),
    broken: t('100% (A1 super)', '100%（A1 特级）'),
    extraSpecs: [sp(t('Foreign matter', '杂质'), '≤ 0.1%')],
    packing: t('50 kg PP bags, 25 t per 20′', '50 公斤编织袋，20 尺柜 25 吨'),
    moq: 2,
    unit: 'container20',
    tiers: [
      [2, 862500],
      [10, 840000],
      [40, 825000],
    ],
    hs: '10064090',
    city: 'larkana',
    certs: ID_CERTS,
    kw: t('broken rice, rice for noodles, brewing rice, 100% broken', '碎米 米线原料 酿造用米 全碎米'),
    cap: [200, 'container20', 'month'],
  }),
  riceProduct({
    slug: 'irri-6-long-grain-brown-rice',
    exporter: 'indus-delta-rice-traders',
    name: t('IRRI-6 Long Grain Brown Rice', 'IRRI-6 长粒糙米'),
    summary: t(
      'Husked IRRI-6 brown rice for further milling or health-food packs.',
      'IRRI-6 糙米，可再加工碾磨，也可作健康食品包装。',
    ),
    description: t(
      'Husked but unpolished IRRI-6, cleaned and graded. Buyers with their own mills polish it at destination to their own standard, while health-food brands pack it as it is.',
      '只脱壳不抛光的 IRRI-6，经清理分级。自有米厂的买家可到港后按自己的标准抛光，健康食品品牌则直接分装。',
    ),
    length: '6.1 mm',
    broken: '≤ 5%',
    extraSpecs: [sp(L.shelf, '12 months', '12 个月')],
    tiers: [
      [25, 44500],
      [250, 43000],
    ],
    hs: '10062090',
    city: 'larkana',
    certs: ID_CERTS,
    kw: t('brown rice, husked rice, cargo rice', '糙米 半成品米 长粒糙米'),
    cap: [2000, 'ton', 'month'],
  }),
];

// ─── Fresh fruit and dates ──────────────────────────────────────────────────

const fruit = maker('fruits-dates');

const MANGO_KW = t('Pakistani mango, fresh mango, Pakistan mango', '巴基斯坦芒果 进口芒果 鲜芒果 巴铁芒果');
const MANGO_PACK = t(
  'Fruit is picked at the mature-green stage, de-sapped, washed, hot-water treated against fruit fly, graded by weight and packed in ventilated corrugated cartons with foam nets.',
  '果实于青熟期采摘，去除果乳、清洗后经热水处理防治果蝇，按重量分级，套网袋装入透气瓦楞纸箱。',
);
const MANGO_AIR = t(
  'Air freight from Lahore or Multan reaches Chinese airports in two to three days, and fruit ripens within three to five days of arrival.',
  '从拉合尔或木尔坦空运，两到三天抵达国内机场，到货后三到五天即可催熟上市。',
);
const MANGO_SEA = t(
  'For sea freight the fruit is picked a few days earlier and shipped in 40′ reefers at 12–13 °C; Karachi to South China takes about 15–20 days.',
  '海运货会提前几天采摘，用 40 尺冷柜在 12–13 °C 运输，卡拉奇到华南港口约 15–20 天。',
);
const SHUJABAD_CERTS: CertificationKind[] = ['haccp', 'iso22000'];
const MANGO_SAMPLE = sample(
  'paid',
  'In season, a sample carton by air courier at cost; off season, photos and last year’s lab reports.',
  '产季内可按成本价空运样品一箱；非产季提供照片和上一季检测报告。',
);
const AIR_TERMS: Incoterm[] = ['FOB', 'CFR', 'EXW'];

interface MangoOpts {
  slug: string;
  exporter: string;
  name: L10n;
  summary: L10n;
  about: L10n;
  variety: L10n;
  count: string;
  fruitWeight: string;
  season: L10n;
  brix: string;
  air: boolean;
  carton: string;
  moq: number;
  tiers: [number, number][];
  city: CitySlug;
  certs: CertificationKind[];
  cap: number;
  kw?: L10n;
  featured?: boolean;
  images?: number;
}

function mango(o: MangoOpts): SeedProduct {
  return fruit({
    slug: o.slug,
    exporter: o.exporter,
    name: o.name,
    summary: o.summary,
    description: join(o.about, MANGO_PACK, o.air ? MANGO_AIR : MANGO_SEA),
    specs: [
      { label: L.variety, value: o.variety },
      sp(L.count, `${o.count} fruits per ${o.carton} carton`, `每箱（${o.carton.replace('kg', '公斤')}）${o.count} 个`),
      sp(L.fruitWeight, o.fruitWeight, o.fruitWeight.replace('g', '克')),
      { label: L.season, value: o.season },
      sp(L.brix, `${o.brix} °Brix when ripe`, `成熟后 ${o.brix} °Brix`),
      sp(L.transit, o.air ? 'Air freight' : 'Sea freight, 40′ reefer', o.air ? '空运' : '海运，40 尺冷柜'),
    ],
    moq: o.moq,
    unit: 'carton',
    tiers: o.tiers,
    incoterms: o.air ? AIR_TERMS : ['FOB', 'CFR', 'CIF'],
    hs: '08045020',
    lead: o.air ? [3, 7] : [7, 14],
    cap: [o.cap, 'carton', 'month'],
    sample: MANGO_SAMPLE,
    city: o.city,
    certs: o.certs,
    kw: o.kw ?? MANGO_KW,
    ...(o.featured ? { featured: true } : {}),
    ...(o.images ? { images: o.images } : {}),
  });
}

const CHAUNSA_ABOUT = t(
  'Chaunsa is the late-season mango of south Punjab, prized for its very sweet, fibreless flesh and rich aroma.',
  '乔萨是旁遮普南部的晚熟芒果，果肉极甜、无纤维、香气浓郁。',
);
const WHITE_CHAUNSA = t('White Chaunsa (Sufaid Chaunsa)', '白乔萨（Sufaid Chaunsa）');
const BLACK_CHAUNSA = t('Black Chaunsa (Samar Bahisht)', '黑乔萨（Samar Bahisht）');
const CHAUNSA_KW = t('Chaunsa mango, Chausa, Pakistani mango', '乔萨芒果 巴基斯坦芒果 进口芒果 巴铁芒果');
const SINDHRI_KW = t('Sindhri mango, Sindhri, Pakistani mango', '信德里芒果 巴基斯坦芒果 进口芒果');

const KINNOW_KW = t('Kinnow, mandarin, Pakistani citrus, tangerine', '金诺橘 橘子 巴基斯坦柑橘 进口橘子 蜜橘');
function kinnow(slug: string, count: string, fruitSize: string, note: L10n, tiers: [number, number][]): SeedProduct {
  return fruit({
    slug,
    exporter: 'sargodha-citrus-packers',
    name: t(`Kinnow Mandarin, Count ${count}, 10 kg Carton`, `金诺橘 ${count} 个/箱 10 公斤装`),
    summary: t(
      `Sargodha Kinnow, ${count} fruits per 10 kg carton: ${note.en}`,
      `萨戈达金诺橘，每 10 公斤箱 ${count} 个，${note.zh}`,
    ),
    description: join(
      t(
        'Kinnow is a mandarin hybrid that does especially well around Sargodha: juicy, sweet-sour and easy to peel, though with seeds.',
        '金诺橘是一种橘类杂交品种，在萨戈达一带表现尤其出色：汁多、酸甜适口、易剥皮，但有籽。',
      ),
      t(
        'Fruit is washed, dipped in fungicide, waxed and optically sized on our line, then cooled to 4–5 °C before loading into 40′ reefers of about 2,100 cartons.',
        '果实在分级线上清洗、防腐浸泡、打蜡并光电分级，预冷到 4–5 °C 后装入 40 尺冷柜，每柜约 2,100 箱。',
      ),
    ),
    specs: [
      sp(L.variety, 'Kinnow', '金诺橘'),
      sp(L.count, `${count} per 10 kg carton`, `每 10 公斤箱 ${count} 个`),
      sp(t('Fruit diameter', '果径'), fruitSize, fruitSize.replace('mm', '毫米')),
      sp(L.season, 'December–March', '12 月至次年 3 月'),
      sp(L.brix, '≥ 10 °Brix, acid 0.6–0.9%', '≥ 10 °Brix，酸度 0.6–0.9%'),
      sp(L.storage, '4–5 °C, 90% RH', '4–5 °C，相对湿度 90%'),
    ],
    moq: 2100,
    unit: 'carton',
    tiers,
    hs: '08052100',
    lead: [5, 10],
    cap: [60000, 'carton', 'month'],
    sample: sample(
      'paid',
      'In season, one sample carton at cost plus courier.',
      '产季内可提供样品一箱，按成本价加快递费收费。',
    ),
    city: 'sargodha',
    certs: ['haccp', 'brcgs'],
    kw: KINNOW_KW,
  });
}

const DATE_KW = t('Pakistani dates, dates fruit, khajoor', '椰枣 巴基斯坦椰枣 海枣 枣椰 进口椰枣');
const KHAIRPUR_CERTS: CertificationKind[] = ['halal', 'haccp', 'iso22000'];
const KECH_CERTS: CertificationKind[] = ['halal', 'haccp'];
const HUNZA_CERTS: CertificationKind[] = ['halal', 'haccp'];
const DATE_SAMPLE = sample(
  'free',
  'Free 1 kg sample; courier paid by the buyer.',
  '免费提供 1 公斤样品，快递费由买家承担。',
);
const ASEEL = t(
  'Aseel is the main date of Khairpur district in Sindh, a medium-sized, amber-brown date with a firm, not-too-sweet flesh that keeps well.',
  '阿西尔是信德省海尔布尔县的主栽椰枣，个头中等、琥珀褐色，果肉紧实、甜度适中，耐储存。',
);
const BEGUM_JANGI = t(
  'Begum Jangi is the prized date of the Kech valley around Turbat: large, soft, dark amber and honey-sweet, picked at the rutab-to-tamar stage from July.',
  '贝古姆姜吉是图尔伯德周边凯奇谷最名贵的椰枣：个大、质软、深琥珀色、甜如蜂蜜，7 月起在半熟至全熟阶段采收。',
);

const fruitProducts: SeedProduct[] = [
  mango({
    slug: 'white-chaunsa-mango-air-5kg',
    exporter: 'shujabad-orchards-export',
    name: t('White Chaunsa Mango, Air Freight, 5 kg Carton', '白乔萨芒果 空运 5 公斤装'),
    summary: t(
      'Pakistan’s signature sweet mango, flown in from our Multan orchards.',
      '巴基斯坦招牌甜芒，从木尔坦自有果园空运直达。',
    ),
    about: join(
      CHAUNSA_ABOUT,
      t(
        'White Chaunsa is the main Chaunsa selection, harvested from early July to mid-August.',
        '白乔萨是乔萨中的主力品系，7 月初到 8 月中旬采收。',
      ),
    ),
    variety: WHITE_CHAUNSA,
    count: '10–14',
    fruitWeight: '350–500 g',
    season: t('Early July–mid August', '7 月初至 8 月中旬'),
    brix: '20–24',
    air: true,
    carton: '5 kg',
    moq: 500,
    tiers: [
      [500, 2600],
      [2000, 2450],
      [5000, 2300],
    ],
    city: 'multan',
    certs: SHUJABAD_CERTS,
    cap: 40000,
    kw: CHAUNSA_KW,
    featured: true,
    images: 3,
  }),
  mango({
    slug: 'white-chaunsa-mango-sea-5kg',
    exporter: 'shujabad-orchards-export',
    name: t('White Chaunsa Mango, Sea Freight, 5 kg Carton', '白乔萨芒果 海运 5 公斤装'),
    summary: t('White Chaunsa by reefer container for lower landed cost.', '冷柜海运白乔萨，到岸成本更低。'),
    about: join(
      CHAUNSA_ABOUT,
      t(
        'Its thick skin and firm flesh make White Chaunsa the Pakistani variety that travels best by sea.',
        '白乔萨果皮厚、果肉紧实，是最适合海运的巴基斯坦芒果品种。',
      ),
    ),
    variety: WHITE_CHAUNSA,
    count: '10–14',
    fruitWeight: '350–500 g',
    season: t('Early July–mid August', '7 月初至 8 月中旬'),
    brix: '19–23',
    air: false,
    carton: '5 kg',
    moq: 4000,
    tiers: [
      [4000, 1900],
      [8000, 1820],
    ],
    city: 'multan',
    certs: SHUJABAD_CERTS,
    cap: 40000,
    kw: CHAUNSA_KW,
  }),
  mango({
    slug: 'black-chaunsa-mango-air-5kg',
    exporter: 'shujabad-orchards-export',
    name: t('Black Chaunsa (Samar Bahisht) Mango, Air Freight, 5 kg', '黑乔萨芒果（Samar Bahisht）空运 5 公斤装'),
    summary: t(
      'The latest and richest Chaunsa, with a deep golden, aromatic flesh.',
      '最晚熟、风味最浓的乔萨，果肉金黄、香气馥郁。',
    ),
    about: join(
      CHAUNSA_ABOUT,
      t(
        'Black Chaunsa, also sold as Samar Bahisht, ripens from late July to the end of August and has the most intense flavour of the group.',
        '黑乔萨又称 Samar Bahisht，7 月下旬至 8 月底成熟，是乔萨中风味最浓的一种。',
      ),
    ),
    variety: BLACK_CHAUNSA,
    count: '9–12',
    fruitWeight: '400–550 g',
    season: t('Late July–end of August', '7 月下旬至 8 月底'),
    brix: '21–25',
    air: true,
    carton: '5 kg',
    moq: 500,
    tiers: [
      [500, 2800],
      [2000, 2650],
    ],
    city: 'multan',
    certs: SHUJABAD_CERTS,
    cap: 25000,
    kw: CHAUNSA_KW,
  }),
  mango({
    slug: 'black-chaunsa-mango-sea-5kg',
    exporter: 'shujabad-orchards-export',
    name: t('Black Chaunsa Mango, Sea Freight, 5 kg Carton', '黑乔萨芒果 海运 5 公斤装'),
    summary: t(
      'Late-season Black Chaunsa by reefer; price set weekly in season.',
      '晚季黑乔萨冷柜海运，产季内每周报价。',
    ),
    about: join(
      CHAUNSA_ABOUT,
      t(
        'Sea shipments of Black Chaunsa close the season in August; prices follow weekly orchard-gate rates in Multan.',
        '黑乔萨海运货在 8 月为产季收尾，价格跟随木尔坦每周的果园收购价。',
      ),
    ),
    variety: BLACK_CHAUNSA,
    count: '9–12',
    fruitWeight: '400–550 g',
    season: t('August', '8 月'),
    brix: '20–24',
    air: false,
    carton: '5 kg',
    moq: 4000,
    tiers: [],
    city: 'multan',
    certs: SHUJABAD_CERTS,
    cap: 25000,
    kw: CHAUNSA_KW,
  }),
  mango({
    slug: 'chaunsa-mango-2kg-gift-box',
    exporter: 'shujabad-orchards-export',
    name: t('Chaunsa Mango 2 kg Gift Box (4–6 Fruits)', '乔萨芒果 2 公斤礼盒（4–6 个）'),
    summary: t(
      'Hand-selected Chaunsa in a printed gift box for retail and corporate gifting.',
      '精挑细选的乔萨装入彩印礼盒，适合零售和企业送礼。',
    ),
    about: join(
      CHAUNSA_ABOUT,
      t(
        'For the gift box only blemish-free fruit of 350–450 g is chosen, each in a foam net, with a Chinese-language card on ripening and storage.',
        '礼盒只选 350–450 克、果面无瑕疵的果子，逐个套泡沫网，附中文催熟与储存说明卡。',
      ),
    ),
    variety: WHITE_CHAUNSA,
    count: '4–6',
    fruitWeight: '350–450 g',
    season: t('July–August', '7–8 月'),
    brix: '20–24',
    air: true,
    carton: '2 kg',
    moq: 1000,
    tiers: [
      [1000, 1350],
      [3000, 1260],
    ],
    city: 'multan',
    certs: SHUJABAD_CERTS,
    cap: 15000,
    kw: t('mango gift box, Chaunsa mango, premium mango', '芒果礼盒 乔萨芒果 高端芒果 水果礼盒'),
  }),
  mango({
    slug: 'anwar-ratol-mango-air-3kg',
    exporter: 'shujabad-orchards-export',
    name: t('Anwar Ratol Mango, Air Freight, 3 kg Carton', '安瓦尔·拉托尔芒果 空运 3 公斤装'),
    summary: t('Small, intensely sweet early mango; air freight only.', '个小、极甜的早熟芒果，仅限空运。'),
    about: t(
      'Anwar Ratol is a small mango of 150–250 g with thin skin and very sweet, aromatic flesh, in season from late June to mid-July. Its short shelf life means it only travels by air, in 3 kg cartons.',
      '安瓦尔·拉托尔单果 150–250 克，皮薄，果肉极甜、香气浓，6 月下旬至 7 月中旬上市。货架期短，只能空运，采用 3 公斤装。',
    ),
    variety: t('Anwar Ratol', '安瓦尔·拉托尔'),
    count: '14–18',
    fruitWeight: '150–250 g',
    season: t('Late June–mid July', '6 月下旬至 7 月中旬'),
    brix: '22–26',
    air: true,
    carton: '3 kg',
    moq: 500,
    tiers: [
      [500, 2050],
      [2000, 1950],
    ],
    city: 'multan',
    certs: SHUJABAD_CERTS,
    cap: 10000,
    kw: t('Anwar Ratol, Anwar Rataul, sweet mango', '安瓦尔芒果 拉托尔芒果 小芒果 巴基斯坦芒果'),
  }),
  mango({
    slug: 'langra-mango-air-5kg',
    exporter: 'shujabad-orchards-export',
    name: t('Langra Mango, Air Freight, 5 kg Carton', '兰格拉芒果 空运 5 公斤装'),
    summary: t('Green-skinned Langra with a tangy-sweet flavour, June–July.', '青皮兰格拉芒果，酸甜可口，6–7 月上市。'),
    about: t(
      'Langra stays green even when ripe and has a juicy, slightly tangy flesh that many buyers prefer to the sweeter Chaunsa. It is harvested from late June to late July.',
      '兰格拉成熟后果皮仍为绿色，果肉多汁、略带酸味，不少买家觉得比更甜的乔萨更爽口。6 月下旬至 7 月下旬采收。',
    ),
    variety: t('Langra', '兰格拉'),
    count: '12–15',
    fruitWeight: '300–400 g',
    season: t('Late June–late July', '6 月下旬至 7 月下旬'),
    brix: '18–22',
    air: true,
    carton: '5 kg',
    moq: 500,
    tiers: [
      [500, 2300],
      [2000, 2180],
    ],
    city: 'multan',
    certs: SHUJABAD_CERTS,
    cap: 15000,
    kw: t('Langra mango, green mango, Pakistani mango', '兰格拉芒果 青皮芒果 巴基斯坦芒果'),
  }),
  mango({
    slug: 'dusehri-mango-air-5kg',
    exporter: 'shujabad-orchards-export',
    name: t('Dusehri Mango, Air Freight, 5 kg Carton', '杜塞里芒果 空运 5 公斤装'),
    summary: t('Slender, fragrant Dusehri mango for the June window.', '果形修长、芳香的杜塞里芒果，6 月供应。'),
    about: t(
      'Dusehri is an elongated, yellow-skinned mango with a thin stone and fragrant, fibreless flesh. It fills the gap between Sindhri and Chaunsa in June.',
      '杜塞里果形修长、黄皮、核薄，果肉芳香无纤维，在 6 月填补信德里和乔萨之间的空档。',
    ),
    variety: t('Dusehri', '杜塞里'),
    count: '14–18',
    fruitWeight: '220–320 g',
    season: t('June–early July', '6 月至 7 月初'),
    brix: '19–23',
    air: true,
    carton: '5 kg',
    moq: 500,
    tiers: [
      [500, 2200],
      [2000, 2080],
    ],
    city: 'multan',
    certs: SHUJABAD_CERTS,
    cap: 10000,
    kw: t('Dusehri mango, Dasheri, Pakistani mango', '杜塞里芒果 巴基斯坦芒果 进口芒果'),
  }),

  // Mirpur Khas Sindhri Farms
  mango({
    slug: 'sindhri-mango-air-5kg',
    exporter: 'mirpurkhas-sindhri-farms',
    name: t('Sindhri Mango, Air Freight, 5 kg Carton', '信德里芒果 空运 5 公斤装'),
    summary: t(
      'Large, honey-sweet Sindhri from Mirpur Khas, first Pakistani mango of the season.',
      '米尔布尔卡斯产大果信德里，甜如蜜，每年最早上市的巴基斯坦芒果。',
    ),
    about: t(
      'Sindhri is a large, long mango with a smooth yellow skin and sweet, juicy, low-fibre flesh, first grown in Mirpur Khas. It ripens from mid-May to early July, ahead of the Punjab varieties.',
      '信德里果大、果形长，黄色果皮光滑，果肉甜润多汁、纤维少，最早在米尔布尔卡斯种植。5 月中旬至 7 月初成熟，早于旁遮普品种。',
    ),
    variety: t('Sindhri', '信德里'),
    count: '8–10',
    fruitWeight: '450–650 g',
    season: t('Mid May–early July', '5 月中旬至 7 月初'),
    brix: '18–22',
    air: true,
    carton: '5 kg',
    moq: 500,
    tiers: [
      [500, 2400],
      [2000, 2270],
    ],
    city: 'mirpurkhas',
    certs: ['haccp'],
    cap: 20000,
    kw: SINDHRI_KW,
  }),
  mango({
    slug: 'sindhri-mango-sea-5kg',
    exporter: 'mirpurkhas-sindhri-farms',
    name: t('Sindhri Mango, Sea Freight, 5 kg Carton', '信德里芒果 海运 5 公斤装'),
    summary: t(
      'Sindhri by reefer from Karachi, three hours from our pack-house.',
      '信德里芒果冷柜海运，包装厂到卡拉奇港仅三小时车程。',
    ),
    about: t(
      'Mirpur Khas is about three hours by road from Karachi port, so Sindhri can be packed, pre-cooled and loaded the same day. Fruit for sea is sized 8–10 per carton and picked firm.',
      '米尔布尔卡斯距卡拉奇港约三小时车程，信德里可当天包装、预冷并装柜。海运果按每箱 8–10 个分级，采摘时偏硬。',
    ),
    variety: t('Sindhri', '信德里'),
    count: '8–10',
    fruitWeight: '450–650 g',
    season: t('Late May–June', '5 月下旬至 6 月'),
    brix: '17–21',
    air: false,
    carton: '5 kg',
    moq: 4000,
    tiers: [
      [4000, 1800],
      [8000, 1720],
    ],
    city: 'mirpurkhas',
    certs: ['haccp'],
    cap: 20000,
    kw: SINDHRI_KW,
  }),
  mango({
    slug: 'sindhri-mango-3kg-gift-box',
    exporter: 'mirpurkhas-sindhri-farms',
    name: t('Sindhri Mango 3 kg Gift Box (5 Large Fruits)', '信德里芒果 3 公斤礼盒（5 个大果）'),
    summary: t(
      'Five extra-large Sindhri in a rigid gift box; quoted per order.',
      '5 个特大信德里装硬质礼盒，按单报价。',
    ),
    about: t(
      'Only fruit above 550 g goes into this box, each wrapped and seated in a moulded tray. Volumes depend on how much large fruit the orchards yield each year.',
      '礼盒只选 550 克以上的果子，逐个包裹后放入模压托盘。供应量取决于当年果园的大果产量。',
    ),
    variety: t('Sindhri', '信德里'),
    count: '5',
    fruitWeight: '550–700 g',
    season: t('Late May–June', '5 月下旬至 6 月'),
    brix: '18–22',
    air: true,
    carton: '3 kg',
    moq: 300,
    tiers: [],
    city: 'mirpurkhas',
    certs: ['haccp'],
    cap: 5000,
    kw: t('mango gift box, Sindhri mango, large mango', '芒果礼盒 信德里芒果 大芒果'),
  }),

  // Sargodha Citrus Packers
  kinnow('kinnow-mandarin-count-56-64', '56–64', '70–78 mm', t('large fruit for supermarkets.', '大果，适合商超。'), [
    [2100, 920],
    [6300, 880],
  ]),
  kinnow(
    'kinnow-mandarin-count-72-80',
    '72–80',
    '63–70 mm',
    t('the mainstream wholesale size.', '批发市场主流规格。'),
    [
      [2100, 800],
      [6300, 765],
      [12600, 740],
    ],
  ),
  kinnow(
    'kinnow-mandarin-count-88-100',
    '88–100',
    '56–63 mm',
    t('an economy size for markets and juice bars.', '经济规格，适合农贸市场和果汁店。'),
    [
      [2100, 680],
      [6300, 650],
    ],
  ),
  fruit({
    slug: 'feutrells-early-mandarin-10kg',
    exporter: 'sargodha-citrus-packers',
    name: t('Feutrell’s Early Mandarin, 10 kg Carton', '弗特雷尔早橘 10 公斤装'),
    summary: t(
      'Early-season mandarin that opens the Pakistani citrus season before Kinnow.',
      '早熟橘子，在金诺橘之前开启巴基斯坦柑橘季。',
    ),
    description: t(
      'Feutrell’s Early ripens from November, about a month before Kinnow, with a thin, easy-peel skin and sweet, low-acid juice. It is packed on the same line as our Kinnow, waxed and sized 64–88 per 10 kg carton.',
      '弗特雷尔早橘 11 月开始成熟，比金诺橘早约一个月，皮薄易剥，汁甜低酸。与金诺橘在同一条线上包装，打蜡分级，每 10 公斤箱 64–88 个。',
    ),
    specs: [
      sp(L.variety, 'Feutrell’s Early', '弗特雷尔早橘'),
      sp(L.count, '64–88 per 10 kg carton', '每 10 公斤箱 64–88 个'),
      sp(L.season, 'November–December', '11–12 月'),
      sp(L.brix, '≥ 10 °Brix', '≥ 10 °Brix'),
      sp(L.storage, '4–5 °C, 90% RH', '4–5 °C，相对湿度 90%'),
    ],
    moq: 2100,
    unit: 'carton',
    tiers: [
      [2100, 760],
      [6300, 725],
    ],
    hs: '08052100',
    lead: [5, 10],
    cap: [20000, 'carton', 'month'],
    sample: sample(
      'paid',
      'In season, one sample carton at cost plus courier.',
      '产季内可提供样品一箱，按成本价加快递费收费。',
    ),
    city: 'sargodha',
    certs: ['haccp', 'brcgs'],
    kw: t('early mandarin, Feutrell, Pakistani citrus', '早熟橘 巴基斯坦柑橘 进口橘子'),
  }),

  // Khairpur Aseel Date Company
  fruit({
    slug: 'aseel-dates-whole-10kg-carton',
    exporter: 'khairpur-aseel-date-company',
    name: t('Aseel Dates, Whole, 10 kg Carton', '阿西尔椰枣 整枣 10 公斤箱装'),
    summary: t(
      'Khairpur’s main date, cleaned, graded and fumigated, in 10 kg export cartons.',
      '海尔布尔主栽椰枣，经清理、分级、熏蒸，10 公斤出口箱装。',
    ),
    description: join(
      ASEEL,
      t(
        'Dates are washed, sorted by size and colour, fumigated and packed in 10 kg cartons with a PE liner; a 20′ reefer holds about 16 t.',
        '椰枣经清洗、按大小和颜色分拣、熏蒸后装入内衬 PE 膜的 10 公斤纸箱，20 尺冷柜约装 16 吨。',
      ),
    ),
    specs: [
      sp(L.variety, 'Aseel', '阿西尔'),
      sp(L.size, '90–110 dates per kg', '每公斤 90–110 粒'),
      sp(L.moisture, '18–22%'),
      sp(L.season, 'Harvest July–August; ships all year', '7–8 月采收，全年供货'),
      sp(L.storage, 'Below 10 °C', '10 °C 以下'),
      sp(L.shelf, '12 months chilled', '冷藏 12 个月'),
    ],
    moq: 5000,
    unit: 'kg',
    tiers: [
      [5000, 150],
      [16000, 140],
      [48000, 132],
    ],
    hs: '08041000',
    lead: [10, 20],
    cap: [400, 'ton', 'month'],
    sample: DATE_SAMPLE,
    city: 'khairpur',
    certs: KHAIRPUR_CERTS,
    kw: DATE_KW,
  }),
  fruit({
    slug: 'aseel-dates-pitted-10kg',
    exporter: 'khairpur-aseel-date-company',
    name: t('Aseel Dates, Pitted, 10 kg Carton', '阿西尔椰枣 去核 10 公斤箱装'),
    summary: t(
      'Machine-pitted Aseel dates for bakeries, snack makers and repackers.',
      '机器去核的阿西尔椰枣，供面包房、零食厂和分装商使用。',
    ),
    description: join(
      ASEEL,
      t(
        'Pitted on machines and checked by hand for stone fragments, they go into date bars, maamoul, cereal and date paste.',
        '机器去核后再人工检查核碎片，用于椰枣能量棒、中东枣泥饼、麦片和枣泥。',
      ),
    ),
    specs: [
      sp(L.variety, 'Aseel', '阿西尔'),
      sp(t('Stone fragments', '核碎片'), '≤ 1 per 5 kg', '每 5 公斤 ≤ 1 片'),
      sp(L.moisture, '18–22%'),
      sp(L.packing, '10 kg carton with PE liner', '10 公斤纸箱内衬 PE 膜'),
      sp(L.shelf, '12 months chilled', '冷藏 12 个月'),
    ],
    moq: 3000,
    unit: 'kg',
    tiers: [
      [3000, 215],
      [10000, 200],
    ],
    hs: '08041000',
    lead: [10, 20],
    cap: [150, 'ton', 'month'],
    sample: DATE_SAMPLE,
    city: 'khairpur',
    certs: KHAIRPUR_CERTS,
    kw: t('pitted dates, seedless dates, baking dates', '去核椰枣 无核枣 烘焙用枣'),
  }),
  fruit({
    slug: 'aseel-dates-500g-retail-box',
    exporter: 'khairpur-aseel-date-company',
    name: t('Aseel Dates 500 g Retail Box', '阿西尔椰枣 500 克零售盒'),
    summary: t(
      'Selected Aseel dates in a 500 g PET window box for supermarkets.',
      '精选阿西尔椰枣，500 克 PET 开窗盒，适合超市。',
    ),
    description: join(
      ASEEL,
      t(
        'The larger, glossier dates are set aside for retail and packed in a clear-lid 500 g tray with a Chinese back label on request. Ramadan and Chinese New Year are the peak order windows.',
        '个头较大、光泽好的椰枣留作零售，装入 500 克透明盖托盒，可按需贴中文背标。斋月和春节是订货高峰。',
      ),
    ),
    specs: [
      sp(L.netWeight, '500 g', '500 克'),
      sp(L.size, '80–95 dates per kg', '每公斤 80–95 粒'),
      sp(L.packing, '24 boxes per carton', '每箱 24 盒'),
      sp(L.shelf, '12 months', '12 个月'),
    ],
    moq: 5000,
    unit: 'piece',
    tiers: [
      [5000, 125],
      [20000, 115],
    ],
    hs: '08041000',
    lead: [15, 25],
    cap: [100000, 'piece', 'month'],
    sample: DATE_SAMPLE,
    city: 'khairpur',
    certs: KHAIRPUR_CERTS,
    kw: t('dates gift box, boxed dates, Ramadan dates', '椰枣礼盒 盒装椰枣 斋月椰枣 年货'),
  }),
  fruit({
    slug: 'chuhara-dried-dates-25kg',
    exporter: 'khairpur-aseel-date-company',
    name: t('Chuhara Dried Dates, 25 kg Bags', '煮晒椰枣干（Chuhara）25 公斤袋'),
    summary: t(
      'Traditional boiled and sun-dried Aseel dates, hard and long-keeping.',
      '传统水煮日晒的阿西尔椰枣干，质硬耐存。',
    ),
    description: t(
      'Chuhara is made by picking Aseel dates at the unripe khalal stage, boiling them and drying them in the sun for about a week until hard and wrinkled. It keeps for two years without refrigeration and is eaten as a snack, cooked in milk desserts and given at weddings. Sukkur and Khairpur make most of the world’s chuhara.',
      'Chuhara 是把阿西尔椰枣在未熟的硬黄阶段采下，水煮后日晒约一周，直到变硬起皱。常温可存两年，可直接嚼食、煮奶制甜品，也是婚礼上的传统分发食品。世界上大部分 chuhara 产自苏库尔和海尔布尔。',
    ),
    specs: [
      sp(L.variety, 'Aseel', '阿西尔'),
      sp(L.moisture, '≤ 12%'),
      sp(L.colour, 'Reddish brown', '红褐色'),
      sp(L.packing, '25 kg PP bag', '25 公斤编织袋'),
      sp(L.shelf, '24 months at ambient temperature', '常温 24 个月'),
    ],
    moq: 5000,
    unit: 'kg',
    tiers: [
      [5000, 165],
      [20000, 152],
    ],
    hs: '08041000',
    lead: [10, 20],
    cap: [200, 'ton', 'month'],
    sample: DATE_SAMPLE,
    city: 'khairpur',
    certs: KHAIRPUR_CERTS,
    kw: t('chuhara, chhuhara, dry dates, dried dates', '干椰枣 椰枣干 干枣 硬枣'),
  }),
  fruit({
    slug: 'chuhara-dried-dates-large-selected-10kg',
    exporter: 'khairpur-aseel-date-company',
    name: t('Chuhara Dried Dates, Large Selected, 10 kg Carton', '煮晒椰枣干 大果精选 10 公斤箱装'),
    summary: t('Hand-picked large chuhara for gift and retail packs.', '人工挑选的大颗椰枣干，适合礼品和零售包装。'),
    description: t(
      'The largest and most evenly coloured chuhara, about 4–5 cm long, picked out by hand from our standard grade. It is sold in cartons to retailers who pack it for festivals and weddings.',
      '从标准等级中人工挑出最大、颜色最均匀的椰枣干，长约 4–5 厘米，以纸箱装销售给在节庆和婚礼季分装的零售商。',
    ),
    specs: [
      sp(L.size, '4–5 cm long', '长 4–5 厘米'),
      sp(L.moisture, '≤ 12%'),
      sp(L.packing, '10 kg carton with PE liner', '10 公斤纸箱内衬 PE 膜'),
      sp(L.shelf, '24 months', '24 个月'),
    ],
    moq: 2000,
    unit: 'kg',
    tiers: [
      [2000, 235],
      [8000, 220],
    ],
    hs: '08041000',
    lead: [10, 20],
    cap: [50, 'ton', 'month'],
    sample: DATE_SAMPLE,
    city: 'khairpur',
    certs: KHAIRPUR_CERTS,
    kw: t('chuhara, jumbo dry dates', '干椰枣 大颗枣干 精选枣干'),
  }),

  // Kech Valley Dates
  fruit({
    slug: 'begum-jangi-dates-5kg',
    exporter: 'kech-valley-dates',
    name: t('Begum Jangi Dates, 5 kg Carton', '贝古姆姜吉椰枣 5 公斤箱装'),
    summary: t(
      'Balochistan’s finest soft date: large, dark and honey-sweet.',
      '俾路支省最好的软枣：个大、色深、甜如蜂蜜。',
    ),
    description: join(
      BEGUM_JANGI,
      t(
        'Dates are sorted by hand, packed in single layers in 5 kg cartons and kept at –18 °C to hold their softness; a 20′ reefer takes about 12 t.',
        '椰枣人工挑选，单层摆放于 5 公斤纸箱，–18 °C 冷冻保存以保持软糯；20 尺冷柜约装 12 吨。',
      ),
    ),
    specs: [
      sp(L.variety, 'Begum Jangi', '贝古姆姜吉'),
      sp(L.size, '45–60 dates per kg', '每公斤 45–60 粒'),
      sp(L.moisture, '24–28% (soft)', '24–28%（软枣）'),
      sp(L.season, 'Harvest July–September', '7–9 月采收'),
      sp(L.storage, '–18 °C', '–18 °C 冷冻'),
    ],
    moq: 1000,
    unit: 'kg',
    tiers: [
      [1000, 390],
      [5000, 365],
      [12000, 345],
    ],
    hs: '08041000',
    lead: [10, 20],
    cap: [60, 'ton', 'month'],
    sample: DATE_SAMPLE,
    city: 'turbat',
    certs: KECH_CERTS,
    kw: t('Begum Jangi, Makran dates, soft dates, Turbat dates', '贝古姆姜吉 软枣 莫克兰椰枣 巴基斯坦椰枣'),
    featured: true,
    images: 3,
  }),
  fruit({
    slug: 'begum-jangi-dates-1kg-gift-box',
    exporter: 'kech-valley-dates',
    name: t('Begum Jangi Dates 1 kg Gift Box', '贝古姆姜吉椰枣 1 公斤礼盒'),
    summary: t(
      'Begum Jangi in a rigid 1 kg gift box for festive retail.',
      '贝古姆姜吉椰枣 1 公斤硬质礼盒，适合节庆零售。',
    ),
    description: join(
      BEGUM_JANGI,
      t(
        'Selected large dates are laid in paper cups in a two-layer rigid box, shipped frozen and thawed at destination.',
        '精选大颗椰枣放入纸托，双层硬质礼盒包装，冷冻运输，到港后解冻销售。',
      ),
    ),
    specs: [
      sp(L.netWeight, '1 kg', '1 公斤'),
      sp(L.size, '40–50 dates per kg', '每公斤 40–50 粒'),
      sp(L.packing, '10 boxes per carton', '每箱 10 盒'),
      sp(L.storage, '–18 °C; 0–4 °C after thawing', '–18 °C；解冻后 0–4 °C'),
    ],
    moq: 1000,
    unit: 'piece',
    tiers: [
      [1000, 560],
      [4000, 525],
    ],
    hs: '08041000',
    lead: [15, 25],
    cap: [15000, 'piece', 'month'],
    sample: DATE_SAMPLE,
    city: 'turbat',
    certs: KECH_CERTS,
    kw: t('dates gift box, premium dates, Begum Jangi', '椰枣礼盒 高端椰枣 年货礼盒'),
  }),
  fruit({
    slug: 'mozafati-dates-10kg',
    exporter: 'kech-valley-dates',
    name: t('Mozafati Dates, 10 kg Carton', '莫扎法蒂椰枣 10 公斤箱装'),
    summary: t(
      'Soft, almost black Mozafati dates from Panjgur and Turbat.',
      '产自本杰古尔和图尔伯德的深色软枣莫扎法蒂。',
    ),
    description: t(
      'Mozafati is a soft, dark-brown to black date with a thin skin and a buttery, moderately sweet flesh, grown in the Makran oases on both sides of the Iran border. It must be kept frozen or chilled, and is shipped in 10 kg cartons in reefers.',
      '莫扎法蒂是一种软质椰枣，深褐至近黑色，皮薄，果肉细腻、甜度适中，种植在伊巴边境两侧的莫克兰绿洲。需冷冻或冷藏保存，10 公斤纸箱装冷柜运输。',
    ),
    specs: [
      sp(L.variety, 'Mozafati', '莫扎法蒂'),
      sp(L.size, '70–90 dates per kg', '每公斤 70–90 粒'),
      sp(L.moisture, '28–33% (soft)', '28–33%（软枣）'),
      sp(L.storage, '–18 °C or 0–4 °C', '–18 °C 冷冻或 0–4 °C 冷藏'),
    ],
    moq: 3000,
    unit: 'kg',
    tiers: [
      [3000, 235],
      [12000, 220],
    ],
    hs: '08041000',
    lead: [10, 20],
    cap: [120, 'ton', 'month'],
    sample: DATE_SAMPLE,
    city: 'turbat',
    certs: KECH_CERTS,
    kw: t('Mozafati, Bam dates, soft black dates', '莫扎法蒂 黑椰枣 软枣 伊朗枣'),
  }),
  fruit({
    slug: 'rabbi-dates-10kg',
    exporter: 'kech-valley-dates',
    name: t('Rabbi Dates, 10 kg Carton', '拉比椰枣 10 公斤箱装'),
    summary: t(
      'Semi-dry Rabbi dates from Panjgur, chewy and long-keeping.',
      '本杰古尔产半干拉比椰枣，有嚼劲、耐储存。',
    ),
    description: t(
      'Rabbi is a long, dark date with a semi-dry, chewy texture, widely grown in Panjgur. Lower moisture than Begum Jangi means it keeps at cool ambient temperature, and it costs less, which suits snack and bulk retail buyers.',
      '拉比椰枣果形长、颜色深，半干、有嚼劲，在本杰古尔广泛种植。水分比贝古姆姜吉低，阴凉常温即可保存，价格也更低，适合零食和散装零售客户。',
    ),
    specs: [
      sp(L.variety, 'Rabbi', '拉比'),
      sp(L.size, '80–100 dates per kg', '每公斤 80–100 粒'),
      sp(L.moisture, '18–22% (semi-dry)', '18–22%（半干）'),
      sp(L.shelf, '12 months below 15 °C', '15 °C 以下 12 个月'),
    ],
    moq: 3000,
    unit: 'kg',
    tiers: [
      [3000, 190],
      [12000, 178],
    ],
    hs: '08041000',
    lead: [10, 20],
    cap: [100, 'ton', 'month'],
    sample: DATE_SAMPLE,
    city: 'turbat',
    certs: KECH_CERTS,
    kw: t('Rabbi dates, Rabi dates, semi-dry dates', '拉比椰枣 半干枣 巴基斯坦椰枣'),
  }),
  fruit({
    slug: 'rabbi-dates-pitted-bakery-10kg',
    exporter: 'kech-valley-dates',
    name: t('Rabbi Dates, Pitted, for Bakery and Date Paste', '拉比椰枣 去核 烘焙及枣泥原料'),
    summary: t('Pitted Rabbi dates for bakeries and date-paste makers.', '去核拉比椰枣，供面包房和枣泥厂使用。'),
    description: t(
      'Rabbi dates pitted by machine and packed in 10 kg blocks for industrial users. The firm flesh holds up in mixing and gives a dark, caramel-flavoured paste.',
      '机器去核后压成 10 公斤块供工业客户使用。果肉紧实，搅拌不易糊，制成的枣泥色深、带焦糖风味。',
    ),
    specs: [
      sp(L.variety, 'Rabbi', '拉比'),
      sp(t('Stone fragments', '核碎片'), '≤ 1 per 5 kg', '每 5 公斤 ≤ 1 片'),
      sp(L.packing, '10 kg block in PE, carton', '10 公斤 PE 袋压块，纸箱外包'),
      sp(L.shelf, '12 months chilled', '冷藏 12 个月'),
    ],
    moq: 5000,
    unit: 'kg',
    tiers: [
      [5000, 205],
      [15000, 192],
    ],
    hs: '08041000',
    lead: [10, 20],
    cap: [60, 'ton', 'month'],
    sample: DATE_SAMPLE,
    city: 'turbat',
    certs: KECH_CERTS,
    kw: t('pitted dates, date paste, bakery dates', '去核椰枣 枣泥原料 烘焙用枣'),
  }),

  // Hunza Valley Dry Fruits
  fruit({
    slug: 'hunza-sun-dried-apricots-whole',
    exporter: 'hunza-valley-dry-fruits',
    name: t('Hunza Sun-dried Apricots, Whole with Stone', '罕萨日晒杏干 带核整杏'),
    summary: t(
      'Unsulphured apricots dried whole on Hunza rooftops, naturally brown and very sweet.',
      '未经硫熏，在罕萨屋顶整颗晾晒，天然褐色，非常甜。',
    ),
    description: t(
      'Apricots from Hunza and Nagar orchards at 2,000–2,500 m are dried whole in the sun on rooftops in July and August, without sulphur, so they turn a natural dark brown and taste of caramel. The stone stays in; its kernel is sweet and edible. Fruit is cleaned, sorted and packed in 10 kg cartons.',
      '罕萨和纳格尔海拔 2,000–2,500 米果园的杏子，7–8 月在屋顶整颗日晒，不经硫熏，因此呈天然深褐色，带焦糖风味。杏核保留，杏仁甜而可食。经清理分拣后装 10 公斤纸箱。',
    ),
    specs: [
      sp(L.origin, 'Hunza and Nagar, Gilgit-Baltistan', '吉尔吉特-巴尔蒂斯坦 罕萨、纳格尔'),
      sp(t('Sulphur', '二氧化硫'), 'None (unsulphured)', '未硫熏'),
      sp(L.moisture, '≤ 18%'),
      sp(L.packing, '10 kg carton with PE liner', '10 公斤纸箱内衬 PE 膜'),
      sp(L.shelf, '12 months', '12 个月'),
    ],
    moq: 1000,
    unit: 'kg',
    tiers: [
      [1000, 460],
      [5000, 430],
    ],
    hs: '08131000',
    lead: [10, 20],
    cap: [40, 'ton', 'month'],
    sample: DATE_SAMPLE,
    city: 'hunza',
    certs: HUNZA_CERTS,
    kw: t('Hunza apricots, dried apricot, unsulphured apricot', '罕萨杏干 杏干 无硫杏干 杏脯'),
  }),
  fruit({
    slug: 'hunza-dried-apricots-pitted',
    exporter: 'hunza-valley-dry-fruits',
    name: t('Hunza Dried Apricots, Pitted', '罕萨杏干 去核'),
    summary: t('Hand-pitted sun-dried apricots from sweet-kernel Hunza varieties.', '人工去核的罕萨甜仁品种日晒杏干。'),
    description: t(
      'Sun-dried apricots from local sweet-kernel varieties, softened lightly with steam and pitted by hand. Soft, chewy and unsulphured, they are used in snacks, muesli and baking.',
      '以当地甜仁品种日晒的杏干，经轻度蒸汽回软后人工去核。口感软糯、未经硫熏，用于零食、燕麦片和烘焙。',
    ),
    specs: [
      sp(L.origin, 'Hunza, Gilgit-Baltistan', '吉尔吉特-巴尔蒂斯坦 罕萨'),
      sp(t('Sulphur', '二氧化硫'), 'None (unsulphured)', '未硫熏'),
      sp(L.moisture, '18–22%'),
      sp(L.packing, '10 kg carton with PE liner', '10 公斤纸箱内衬 PE 膜'),
      sp(L.shelf, '12 months below 20 °C', '20 °C 以下 12 个月'),
    ],
    moq: 500,
    unit: 'kg',
    tiers: [
      [500, 660],
      [3000, 620],
    ],
    hs: '08131000',
    lead: [10, 20],
    cap: [15, 'ton', 'month'],
    sample: DATE_SAMPLE,
    city: 'hunza',
    certs: HUNZA_CERTS,
    kw: t('pitted apricots, dried apricot, Hunza apricot', '去核杏干 杏肉干 罕萨杏干'),
  }),
  fruit({
    slug: 'hunza-dried-white-mulberries',
    exporter: 'hunza-valley-dry-fruits',
    name: t('Hunza Dried White Mulberries', '罕萨白桑葚干'),
    summary: t(
      'Sun-dried white mulberries, naturally sweet, from Hunza and Gilgit; priced per lot.',
      '罕萨和吉尔吉特日晒白桑葚干，天然清甜，按批报价。',
    ),
    description: t(
      'White mulberries ripen in Hunza in June and are shaken onto cloths and dried in the sun. They are pale gold and honey-sweet, eaten as a snack or mixed with nuts and oats. The crop size varies a lot from year to year, so prices are set per lot.',
      '罕萨的白桑葚 6 月成熟，摇落在布上后日晒干燥。成品呈淡金色、甜如蜂蜜，可直接吃，也可与坚果、燕麦搭配。产量每年波动较大，因此按批定价。',
    ),
    specs: [
      sp(L.origin, 'Hunza and Gilgit', '罕萨、吉尔吉特'),
      sp(L.moisture, '≤ 15%'),
      sp(L.packing, '5 kg carton with PE liner', '5 公斤纸箱内衬 PE 膜'),
      sp(L.shelf, '12 months', '12 个月'),
    ],
    moq: 300,
    unit: 'kg',
    tiers: [],
    hs: '08134090',
    lead: [10, 20],
    cap: [8, 'ton', 'month'],
    sample: DATE_SAMPLE,
    city: 'hunza',
    certs: HUNZA_CERTS,
    kw: t('dried mulberry, white mulberry, shahtoot', '桑葚干 白桑葚 桑果干'),
  }),
  fruit({
    slug: 'hunza-dried-apricots-250g-pouch',
    exporter: 'hunza-valley-dry-fruits',
    name: t('Hunza Dried Apricots 250 g Pouch', '罕萨杏干 250 克袋装'),
    summary: t(
      'Retail pouch of whole Hunza apricots for e-commerce and speciality shops.',
      '罕萨整杏干零售袋装，适合电商和精品店。',
    ),
    description: t(
      'Our whole, unsulphured Hunza apricots in a 250 g kraft zip pouch with a window, labelled in English and Chinese. The pouch tells the Hunza story and suits cross-border e-commerce.',
      '无硫罕萨整杏干装入 250 克开窗牛皮纸拉链袋，中英文标签，袋面讲述罕萨故事，适合跨境电商。',
    ),
    specs: [
      sp(L.netWeight, '250 g', '250 克'),
      sp(t('Sulphur', '二氧化硫'), 'None (unsulphured)', '未硫熏'),
      sp(L.packing, '40 pouches per carton', '每箱 40 袋'),
      sp(L.shelf, '12 months', '12 个月'),
    ],
    moq: 2000,
    unit: 'piece',
    tiers: [
      [2000, 225],
      [8000, 205],
    ],
    hs: '08131000',
    lead: [15, 25],
    cap: [20000, 'piece', 'month'],
    sample: DATE_SAMPLE,
    city: 'hunza',
    certs: HUNZA_CERTS,
    kw: t('apricot snack, Hunza apricots, dried fruit', '杏干零食 罕萨杏干 果干'),
  }),

  // Khyber Dry Fruit Traders (pending)
  fruit({
    slug: 'dhakki-dates-5kg',
    exporter: 'khyber-dry-fruit-traders',
    name: t('Dhakki Dates, 5 kg Carton', '达基椰枣 5 公斤箱装'),
    summary: t('Large, meaty Dhakki dates from Dera Ismail Khan.', '德拉伊斯梅尔汗产大颗肉厚的达基椰枣。'),
    description: t(
      'Dhakki is the date of Dera Ismail Khan in Khyber Pakhtunkhwa: one of the largest Pakistani dates, with thick, firm flesh and a small stone. It is harvested in August and sold in 5 kg cartons.',
      '达基是开伯尔-普赫图赫瓦省德拉伊斯梅尔汗的特产椰枣，是巴基斯坦个头最大的椰枣之一，果肉厚实、核小。8 月采收，5 公斤纸箱装。',
    ),
    specs: [
      sp(L.variety, 'Dhakki', '达基'),
      sp(L.size, '40–55 dates per kg', '每公斤 40–55 粒'),
      sp(L.season, 'Harvest August', '8 月采收'),
      sp(L.packing, '5 kg carton', '5 公斤纸箱'),
    ],
    moq: 1000,
    unit: 'kg',
    tiers: [
      [1000, 310],
      [5000, 290],
    ],
    hs: '08041000',
    lead: [10, 20],
    cap: [30, 'ton', 'month'],
    sample: DATE_SAMPLE,
    city: 'peshawar',
    certs: ['halal'],
    kw: t('Dhakki dates, DI Khan dates, large dates', '达基椰枣 大颗椰枣 巴基斯坦椰枣'),
  }),
];

// ─── Sesame, nuts and spices ────────────────────────────────────────────────

const seeds = maker('seeds-nuts-spices');

const SESAME_KW = t('sesame seed, sesamum, til, Pakistani sesame', '芝麻 巴基斯坦芝麻 白芝麻 芝麻籽 油麻');
const ISP_CERTS: CertificationKind[] = ['halal', 'haccp', 'iso22000', 'brcgs'];
const SESAME_ORIGIN = t(
  'Seed is bought after the October–November harvest in Sindh and south Punjab and processed at our Hyderabad plant.',
  '原料于 10–11 月收获后采购自信德和旁遮普南部，在海得拉巴工厂加工。',
);
const SESAME_TESTS = t(
  'Every lot is tested for purity, oil, salmonella and pesticide residues to Chinese import limits before loading.',
  '每批货装柜前按中国进口标准检测纯度、含油率、沙门氏菌和农残。',
);
const SESAME_SAMPLE = sample(
  'free',
  'Free 500 g sample of the current lot; courier paid by the buyer.',
  '免费提供当前批次 500 克样品，快递费由买家承担。',
);

interface SesameOpts {
  slug: string;
  name: L10n;
  summary: L10n;
  about: L10n;
  purity: string | L10n;
  oil: string;
  colour: L10n;
  extra?: SeedSpec[];
  packing?: L10n;
  tiers: [number, number][];
  featured?: boolean;
  images?: number;
  kw?: L10n;
}

function sesame(o: SesameOpts): SeedProduct {
  return seeds({
    slug: o.slug,
    exporter: 'indus-sesame-processors',
    name: o.name,
    summary: o.summary,
    description: join(o.about, SESAME_ORIGIN, SESAME_TESTS),
    specs: [
      { label: L.purity, value: mmText(o.purity) },
      sp(L.oil, o.oil),
      sp(L.moisture, '≤ 6%'),
      sp(L.ffa, '≤ 2%'),
      { label: L.colour, value: o.colour },
      ...(o.extra ?? []),
      {
        label: L.packing,
        value: o.packing ?? t('25 kg PP or paper bags; 20′ container 18 t', '25 公斤编织袋或纸袋，20 尺柜 18 吨'),
      },
    ],
    moq: 18,
    unit: 'ton',
    tiers: o.tiers,
    hs: '12074090',
    lead: [10, 20],
    cap: [2000, 'ton', 'month'],
    sample: SESAME_SAMPLE,
    city: 'hyderabad',
    certs: ISP_CERTS,
    kw: o.kw ?? SESAME_KW,
    ...(o.featured ? { featured: true } : {}),
    ...(o.images ? { images: o.images } : {}),
  });
}

const CHILGOZA_KW = t(
  'chilgoza, pine nuts, Pinus gerardiana, Pakistani pine nuts',
  '巴基斯坦松子 长松子 西藏白皮松 奇尔戈扎 松子',
);
const CHILGOZA = t(
  'Chilgoza comes from Pinus gerardiana, a wild pine of the Sulaiman range in Zhob and Sherani; the long, slender nut has a thin shell and a rich, buttery kernel.',
  '奇尔戈扎松子来自西藏白皮松（Pinus gerardiana），野生于佐布和谢拉尼的苏莱曼山区；松子细长、壳薄，松仁香浓、口感醇厚。',
);
const CHILGOZA_SEASON = t(
  'Cones are harvested in October and November, so new-crop nuts ship from December.',
  '松果在 10–11 月采收，新货 12 月起发运。',
);
const ZHOB_CERTS: CertificationKind[] = ['halal', 'haccp'];
const KUNRI_CERTS: CertificationKind[] = ['halal', 'haccp', 'iso22000'];
const SPICE_SAMPLE = sample(
  'free',
  'Free 500 g sample; courier paid by the buyer.',
  '免费提供 500 克样品，快递费由买家承担。',
);
const CHILLI_KW = t('red chilli, dried chilli, Kunri chilli, red pepper', '干辣椒 红辣椒 昆里辣椒 巴基斯坦辣椒 辣椒干');
const CHILLI_TESTS = t(
  'Each lot is tested for aflatoxin, ochratoxin and Sudan dyes, and carries a pesticide-residue report.',
  '每批检测黄曲霉毒素、赭曲霉毒素和苏丹红，并附农残报告。',
);
const KUNRI = t(
  'Kunri in Umerkot district is one of Asia’s largest red chilli markets, trading the crop of the surrounding Sindh plain from October to March.',
  '乌默尔果德县的昆里是亚洲最大的红辣椒集散地之一，每年 10 月至次年 3 月交易信德平原周边产区的辣椒。',
);

const seedProducts: SeedProduct[] = [
  sesame({
    slug: 'hulled-sesame-99-95-sortexed',
    name: t('Hulled Sesame Seeds 99.95%, Sortexed', '脱皮芝麻 99.95% 色选'),
    summary: t(
      'Mechanically hulled white sesame, colour-sorted to 99.95% purity.',
      '机械脱皮白芝麻，色选纯度 99.95%。',
    ),
    about: t(
      'Natural seed is soaked, hulled by friction, dried and passed twice through colour sorters to remove unhulled and dark seeds. It is the standard grade for bakery toppings, sesame paste and snack bars.',
      '原料芝麻经浸泡、摩擦脱皮、烘干，再经两道色选剔除未脱皮粒和黑粒，是面包撒料、芝麻酱和芝麻棒的标准等级。',
    ),
    purity: '≥ 99.95%',
    oil: '≥ 50%',
    colour: t('White', '白色'),
    extra: [sp(t('Unhulled seeds', '未脱皮粒'), '≤ 0.5%')],
    tiers: [
      [18, 196000],
      [54, 191000],
      [180, 186000],
    ],
    featured: true,
    images: 3,
    kw: t('hulled sesame, dehulled sesame, white sesame', '脱皮芝麻 去皮芝麻 白芝麻 芝麻仁'),
  }),
  sesame({
    slug: 'hulled-sesame-99-98-bakery-grade',
    name: t('Hulled Sesame Seeds 99.98%, Double Sortexed, Bakery Grade', '脱皮芝麻 99.98% 双色选 烘焙级'),
    summary: t(
      'Top-grade hulled sesame for bun toppings and Japanese and Korean buyers.',
      '顶级脱皮芝麻，用于面包撒料及日韩客户。',
    ),
    about: t(
      'Our highest grade: hulled seed run three times through sorters and then steam-treated to bring total plate count and salmonella risk down, as bun-topping and ready-to-eat users require.',
      '最高等级：脱皮芝麻经三道色选后蒸汽杀菌，降低菌落总数和沙门氏菌风险，满足面包撒料和即食产品客户的要求。',
    ),
    purity: '≥ 99.98%',
    oil: '≥ 50%',
    colour: t('Bright white', '亮白色'),
    extra: [sp(L.sterilisation, 'Steam treated', '蒸汽杀菌')],
    tiers: [
      [18, 208000],
      [54, 203000],
    ],
  }),
  sesame({
    slug: 'hulled-sesame-99-9-tahini-grade',
    name: t('Hulled Sesame Seeds 99.9%, Tahini Grade', '脱皮芝麻 99.9% 芝麻酱级'),
    summary: t(
      'Hulled sesame for tahini and sesame-paste makers, at a lower price than bakery grade.',
      '供芝麻酱和中东芝麻酱工厂使用的脱皮芝麻，价格低于烘焙级。',
    ),
    about: t(
      'Hulled seed sorted once to 99.9%, where slight colour variation does not matter because it is roasted and ground. Tahini and Chinese sesame-paste factories buy it in full containers.',
      '脱皮芝麻经一道色选至 99.9%，因要烘炒研磨，轻微色差不影响使用。芝麻酱和中东芝麻酱（tahini）工厂多整柜采购。',
    ),
    purity: '≥ 99.9%',
    oil: '≥ 50%',
    colour: t('White to off-white', '白色至乳白'),
    tiers: [
      [18, 182000],
      [54, 178000],
      [180, 174000],
    ],
    kw: t('tahini sesame, hulled sesame, sesame paste', '芝麻酱原料 脱皮芝麻 中东芝麻酱'),
  }),
  sesame({
    slug: 'natural-white-sesame-99-95-sortexed',
    name: t('Natural Sesame Seeds 99.95%, Sortexed', '带皮芝麻 99.95% 色选'),
    summary: t(
      'Unhulled Pakistani sesame, machine-cleaned and colour-sorted to 99.95%.',
      '巴基斯坦带皮芝麻，机器清理并色选至 99.95%。',
    ),
    about: t(
      'Natural (unhulled) sesame cleaned on gravity tables and sorted by colour to 99.95%, the grade Chinese importers most often buy for roasting and oil pressing. Pakistani seed is whitish to light brown with a high oil content.',
      '带皮芝麻经比重台清理、色选至 99.95%，是国内进口商用于烘炒和压榨芝麻油时最常采购的等级。巴基斯坦芝麻呈白色至浅褐色，含油率高。',
    ),
    purity: '≥ 99.95%',
    oil: '≥ 50%',
    colour: t('Whitish to light brown', '白色至浅褐色'),
    tiers: [
      [18, 166000],
      [54, 162000],
      [180, 158000],
    ],
    kw: t('natural sesame, unhulled sesame, sortex sesame', '带皮芝麻 自然芝麻 色选芝麻 原色芝麻'),
  }),
  sesame({
    slug: 'natural-sesame-99-1',
    name: t('Natural Sesame Seeds 99/1, Machine Cleaned', '带皮芝麻 99/1 机选'),
    summary: t(
      'Machine-cleaned natural sesame with 1% admixture, for oil mills and roasters.',
      '机器清理的带皮芝麻，杂质 1%，供油厂和炒货厂使用。',
    ),
    about: t(
      'Natural sesame cleaned on sieves and gravity tables to 99% purity without colour sorting. It is the usual grade for oil crushing and for roasters who sort again themselves.',
      '带皮芝麻经筛选和比重台清理至 99% 纯度，未色选。通常用于压榨，或供自行再色选的炒货厂。',
    ),
    purity: t('≥ 99% (admixture ≤ 1%)', '≥ 99%（杂质 ≤ 1%）'),
    oil: '≥ 48%',
    colour: t('Whitish to brown', '白色至褐色'),
    tiers: [
      [18, 152000],
      [54, 148000],
      [180, 145000],
    ],
    kw: t('natural sesame 99/1, oil sesame, cleaned sesame', '带皮芝麻 榨油芝麻 机选芝麻'),
  }),
  sesame({
    slug: 'natural-sesame-98-2',
    name: t('Natural Sesame Seeds 98/2', '带皮芝麻 98/2'),
    summary: t('Economy natural sesame for crushing.', '经济型带皮芝麻，用于压榨。'),
    about: t(
      'A lightly cleaned grade with up to 2% admixture, sold mainly to oil mills where price matters more than appearance.',
      '轻度清理等级，杂质不超过 2%，主要销往更看重价格而非外观的油厂。',
    ),
    purity: t('≥ 98% (admixture ≤ 2%)', '≥ 98%（杂质 ≤ 2%）'),
    oil: '≥ 48%',
    colour: t('Mixed, whitish to brown', '混色，白至褐'),
    tiers: [
      [18, 144000],
      [54, 140000],
    ],
    kw: t('sesame 98/2, crushing sesame', '芝麻 98/2 榨油芝麻'),
  }),
  sesame({
    slug: 'black-sesame-99',
    name: t('Black Sesame Seeds 99%', '黑芝麻 99%'),
    summary: t(
      'Natural black sesame, cleaned and sorted, for bakery, snacks and black-sesame paste.',
      '天然黑芝麻，经清理分选，用于烘焙、零食和黑芝麻糊。',
    ),
    about: t(
      'A smaller crop from farmers in Sindh, black sesame is cleaned and colour-sorted to remove white and brown seeds. Chinese buyers use it for black-sesame paste, tangyuan fillings and bakery.',
      '黑芝麻产量较小，来自信德农户，经清理和色选剔除白粒和褐粒。国内客户多用于黑芝麻糊、汤圆馅和烘焙。',
    ),
    purity: '≥ 99%',
    oil: '≥ 45%',
    colour: t('Black, ≤ 1% off-colour', '黑色，异色粒 ≤ 1%'),
    tiers: [
      [18, 172000],
      [54, 168000],
    ],
    kw: t('black sesame, black til', '黑芝麻 黑芝麻籽 芝麻糊原料'),
  }),
  sesame({
    slug: 'sesame-faq-95-for-crushing',
    name: t('Sesame Seeds FAQ 95%, for Crushing', '芝麻 FAQ 95% 榨油级'),
    summary: t(
      'Field-run sesame at fair average quality, for large oil mills.',
      '田间原货，良好平均品质（FAQ），供大型油厂使用。',
    ),
    about: t(
      'Seed as it comes from the growing areas after basic cleaning, at fair average quality with up to 5% admixture. It is sold in break-bulk or 50 kg bags to crushers with their own cleaning lines.',
      '产区原货仅作基础清理，按良好平均品质（FAQ）交货，杂质不超过 5%。以散装或 50 公斤袋装销售给自带清理线的压榨厂。',
    ),
    purity: '≥ 95%',
    oil: '≥ 46%',
    colour: t('Mixed', '混色'),
    packing: t('50 kg PP bags or bulk', '50 公斤编织袋或散装'),
    tiers: [
      [18, 129000],
      [180, 125000],
    ],
    kw: t('FAQ sesame, crushing sesame, oil seed', 'FAQ 芝麻 榨油芝麻 油料'),
  }),

  // Zhob Valley Nut Company
  seeds({
    slug: 'chilgoza-pine-nuts-in-shell-jumbo',
    exporter: 'zhob-valley-nut-company',
    name: t('Chilgoza Pine Nuts in Shell, Raw, Jumbo Grade', '巴基斯坦松子 带壳 生 特大粒'),
    summary: t(
      'The longest hand-graded chilgoza nuts, raw in shell, from Zhob and Sherani.',
      '佐布与谢拉尼产最长粒人工分级带壳生松子。',
    ),
    description: join(
      CHILGOZA,
      CHILGOZA_SEASON,
      t(
        'Jumbo grade is hand-picked for nuts of 2.2 cm and longer and packed in 10 kg vacuum bags to keep the oily kernel fresh.',
        '特大粒按 2.2 厘米以上人工挑选，10 公斤真空袋包装，保持高油松仁新鲜。',
      ),
    ),
    specs: [
      sp(L.species, 'Pinus gerardiana'),
      sp(L.size, '≥ 2.2 cm long', '粒长 ≥ 2.2 厘米'),
      sp(L.moisture, '≤ 8%'),
      sp(t('Kernel yield', '出仁率'), 'approx. 50%', '约 50%'),
      sp(L.packing, '10 kg vacuum bag in carton', '10 公斤真空袋，纸箱外包'),
      sp(L.shelf, '12 months below 10 °C', '10 °C 以下 12 个月'),
    ],
    moq: 500,
    unit: 'kg',
    tiers: [
      [500, 2350],
      [2000, 2250],
      [5000, 2180],
    ],
    hs: '08029100',
    lead: [7, 15],
    cap: [30, 'ton', 'month'],
    sample: sample(
      'paid',
      '1 kg sample at the FOB price, refunded on the first order.',
      '1 公斤样品按 FOB 单价收费，首单后退还。',
    ),
    city: 'quetta',
    certs: ZHOB_CERTS,
    kw: CHILGOZA_KW,
    featured: true,
    images: 3,
  }),
  seeds({
    slug: 'chilgoza-pine-nuts-in-shell-standard',
    exporter: 'zhob-valley-nut-company',
    name: t('Chilgoza Pine Nuts in Shell, Raw, Standard Grade', '巴基斯坦松子 带壳 生 标准粒'),
    summary: t(
      'Mixed-size raw chilgoza in shell for roasters and repackers.',
      '混合粒径的带壳生松子，供炒货厂和分装商使用。',
    ),
    description: join(
      CHILGOZA,
      CHILGOZA_SEASON,
      t(
        'Standard grade is cleaned and de-stoned but not sorted by length, the economical choice for roasters.',
        '标准粒经清理去石，但不按长度分级，是炒货厂的经济之选。',
      ),
    ),
    specs: [
      sp(L.species, 'Pinus gerardiana'),
      sp(L.size, '1.6–2.4 cm, mixed', '1.6–2.4 厘米混合'),
      sp(L.moisture, '≤ 8%'),
      sp(L.packing, '10 kg vacuum bag in carton', '10 公斤真空袋，纸箱外包'),
      sp(L.shelf, '12 months below 10 °C', '10 °C 以下 12 个月'),
    ],
    moq: 1000,
    unit: 'kg',
    tiers: [
      [1000, 1900],
      [5000, 1820],
    ],
    hs: '08029100',
    lead: [7, 15],
    cap: [60, 'ton', 'month'],
    sample: sample(
      'paid',
      '1 kg sample at the FOB price, refunded on the first order.',
      '1 公斤样品按 FOB 单价收费，首单后退还。',
    ),
    city: 'quetta',
    certs: ZHOB_CERTS,
    kw: CHILGOZA_KW,
  }),
  seeds({
    slug: 'chilgoza-pine-nuts-in-shell-roasted',
    exporter: 'zhob-valley-nut-company',
    name: t('Chilgoza Pine Nuts in Shell, Roasted', '巴基斯坦松子 带壳 烘烤'),
    summary: t(
      'Sand-roasted chilgoza in shell, ready to eat, in 500 g or 10 kg packs.',
      '砂炒带壳松子，即食，500 克或 10 公斤包装。',
    ),
    description: join(
      CHILGOZA,
      t(
        'Nuts of 2.0 cm and up are roasted in hot sand, the traditional Quetta way, which cracks the shell slightly and brings out a toasted, resinous flavour. Lightly salted on request.',
        '选 2.0 厘米以上的松子按奎达传统方式用热砂炒制，壳微微开裂，带出烘烤和松脂香气。可按要求轻微加盐。',
      ),
    ),
    specs: [
      sp(L.species, 'Pinus gerardiana'),
      sp(L.size, '≥ 2.0 cm', '≥ 2.0 厘米'),
      sp(L.moisture, '≤ 5%'),
      sp(L.packing, '500 g pouch or 10 kg vacuum bag', '500 克袋或 10 公斤真空袋'),
      sp(L.shelf, '9 months', '9 个月'),
    ],
    moq: 500,
    unit: 'kg',
    tiers: [
      [500, 2450],
      [2000, 2350],
    ],
    hs: '20081999',
    lead: [10, 20],
    cap: [15, 'ton', 'month'],
    sample: sample('paid', '500 g sample at cost plus courier.', '500 克样品按成本价加快递费收费。'),
    city: 'quetta',
    certs: ZHOB_CERTS,
    kw: t('roasted pine nuts, chilgoza, ready-to-eat pine nuts', '烤松子 即食松子 巴基斯坦松子 炒松子'),
  }),
  seeds({
    slug: 'chilgoza-pine-nut-kernels',
    exporter: 'zhob-valley-nut-company',
    name: t('Chilgoza Pine Nut Kernels, Shelled', '巴基斯坦松子仁'),
    summary: t(
      'Hand-sorted chilgoza kernels; priced per lot on the current crop.',
      '人工挑选的奇尔戈扎松仁，按当季货源逐批报价。',
    ),
    description: join(
      CHILGOZA,
      t(
        'Kernels are cracked by machine, then sorted by hand to remove shell pieces and shrivelled kernels, and vacuum-packed under nitrogen. Supply depends on the cone harvest, so prices are quoted per lot.',
        '机器开壳后人工挑除壳屑和瘪仁，充氮真空包装。供应量取决于当年松果收成，按批报价。',
      ),
    ),
    specs: [
      sp(L.species, 'Pinus gerardiana'),
      sp(t('Broken kernels', '碎仁'), '≤ 5%'),
      sp(L.moisture, '≤ 5%'),
      sp(L.packing, '5 kg nitrogen-flushed vacuum bags', '5 公斤充氮真空袋'),
      sp(L.storage, '0–4 °C', '0–4 °C 冷藏'),
    ],
    moq: 100,
    unit: 'kg',
    tiers: [],
    hs: '08029200',
    lead: [10, 20],
    cap: [5, 'ton', 'month'],
    sample: sample('paid', '250 g sample at cost plus courier.', '250 克样品按成本价加快递费收费。'),
    city: 'quetta',
    certs: ZHOB_CERTS,
    kw: t('pine nut kernels, shelled pine nuts, chilgoza kernel', '松子仁 松仁 去壳松子'),
  }),
  seeds({
    slug: 'kaghzi-almonds-in-shell-balochistan',
    exporter: 'zhob-valley-nut-company',
    name: t('Kaghzi Paper-shell Almonds in Shell, Balochistan', '俾路支纸皮巴旦木 带壳'),
    summary: t('Thin-shelled kaghzi almonds from Quetta and Mastung orchards.', '奎达和马斯通果园的薄壳纸皮巴旦木。'),
    description: t(
      'Kaghzi ("paper") almonds have a shell thin enough to crack by hand, grown in the highland orchards of Quetta, Mastung and Kalat. They are sun-dried, cleaned and sold in shell; the kernel is sweet and oily.',
      'Kaghzi 意为“纸”，壳薄到可用手捏开，产自奎达、马斯通和卡拉特的高原果园。经日晒、清理后带壳销售，果仁香甜、油润。',
    ),
    specs: [
      sp(t('Shell', '外壳'), 'Paper-thin, hand-crackable', '纸皮，可手剥'),
      sp(t('Kernel yield', '出仁率'), '55–60%'),
      sp(L.moisture, '≤ 7%'),
      sp(L.packing, '25 kg jute or PP bags', '25 公斤麻袋或编织袋'),
      sp(L.season, 'Harvest August–September', '8–9 月采收'),
    ],
    moq: 1000,
    unit: 'kg',
    tiers: [
      [1000, 420],
      [5000, 395],
    ],
    hs: '08021100',
    lead: [10, 20],
    cap: [40, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'quetta',
    certs: ZHOB_CERTS,
    kw: t('almonds, paper shell almond, badam', '巴旦木 纸皮巴旦木 扁桃仁 杏仁'),
  }),
  seeds({
    slug: 'shah-zeera-black-cumin-wild',
    exporter: 'zhob-valley-nut-company',
    name: t('Shah Zeera Black Cumin (Bunium persicum), Wild Harvested', '黑孜然（Shah Zeera）野生采集'),
    summary: t('Wild black cumin from the Balochistan highlands; priced per lot.', '俾路支高原野生黑孜然，按批报价。'),
    description: t(
      'Shah zeera is the seed of Bunium persicum, a wild plant gathered in early summer in the mountains of Balochistan and Kurram. It is thinner and darker than common cumin, with a sweeter, smoky aroma prized in biryani and garam masala. Harvest volumes vary, so it is quoted per lot.',
      'Shah zeera 是 Bunium persicum 的种子，这种野生植物在初夏于俾路支省和库拉姆山区采集。比普通孜然更细、颜色更深，香气更甜、带烟熏味，是比尔亚尼饭和印式综合香料的珍贵原料。产量不稳定，按批报价。',
    ),
    specs: [
      sp(L.species, 'Bunium persicum'),
      sp(L.purity, '≥ 98%'),
      sp(L.moisture, '≤ 9%'),
      sp(t('Volatile oil', '挥发油'), '≥ 3%'),
      sp(L.packing, '10 kg or 25 kg paper bags', '10 或 25 公斤纸袋'),
    ],
    moq: 200,
    unit: 'kg',
    tiers: [],
    hs: '09093100',
    lead: [10, 20],
    cap: [5, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'quetta',
    certs: ZHOB_CERTS,
    kw: t('black cumin, shahi jeera, kala jeera, royal cumin', '黑孜然 皇家孜然 孜然 野生孜然'),
  }),

  // Kunri Spice Mills
  seeds({
    slug: 'dandicut-red-chilli-whole-with-stem',
    exporter: 'kunri-spice-mills',
    name: t('Dandicut Whole Red Chilli with Stem', '丹迪卡特整干红辣椒 带柄'),
    summary: t(
      'Round, hot Dandicut chillies from Kunri, sun-dried with the stem on.',
      '昆里产圆形辣椒丹迪卡特，带柄日晒，辣度高。',
    ),
    description: join(
      KUNRI,
      t(
        'Dandicut is the short, round, thick-skinned chilli Kunri is known for, deep red and hot. Pods are sun-dried on the farms, cleaned and packed in 25 kg jute bags.',
        '丹迪卡特是昆里最出名的辣椒品种，短圆、皮厚、色深红、辣味足。辣椒在农户家日晒干后，经清理装入 25 公斤麻袋。',
      ),
      CHILLI_TESTS,
    ),
    specs: [
      sp(L.variety, 'Dandicut', '丹迪卡特'),
      sp(L.pungency, '25,000–35,000 SHU', '25,000–35,000 SHU'),
      sp(L.asta, '80–100 ASTA', '80–100 ASTA'),
      sp(L.moisture, '≤ 12%'),
      sp(L.packing, '25 kg jute bag', '25 公斤麻袋'),
    ],
    moq: 5,
    unit: 'ton',
    tiers: [
      [5, 235000],
      [15, 226000],
    ],
    hs: '09042100',
    lead: [10, 20],
    cap: [300, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'mirpurkhas',
    certs: KUNRI_CERTS,
    kw: CHILLI_KW,
  }),
  seeds({
    slug: 'dandicut-red-chilli-stemless',
    exporter: 'kunri-spice-mills',
    name: t('Dandicut Red Chilli, Stemless', '丹迪卡特干红辣椒 去柄'),
    summary: t('Destemmed Dandicut chillies ready for grinding or hotpot.', '去柄丹迪卡特干辣椒，可直接研磨或下火锅。'),
    description: join(
      t(
        'The same Kunri Dandicut with the stems removed by hand, which raises yield for grinders and suits Sichuan hotpot and chilli-oil makers who use whole pods.',
        '同为昆里丹迪卡特，人工去柄，研磨出成率更高，也适合使用整颗辣椒的火锅底料和辣椒油厂家。',
      ),
      CHILLI_TESTS,
    ),
    specs: [
      sp(L.variety, 'Dandicut', '丹迪卡特'),
      sp(L.pungency, '25,000–35,000 SHU', '25,000–35,000 SHU'),
      sp(t('Stems', '带柄率'), '≤ 2%'),
      sp(L.moisture, '≤ 12%'),
      sp(L.packing, '20 kg compressed bales or 25 kg bags', '20 公斤压缩包或 25 公斤袋'),
    ],
    moq: 5,
    unit: 'ton',
    tiers: [
      [5, 262000],
      [15, 252000],
    ],
    hs: '09042100',
    lead: [10, 20],
    cap: [200, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'mirpurkhas',
    certs: KUNRI_CERTS,
    kw: t('stemless chilli, destemmed chilli, hotpot chilli', '无柄辣椒 去柄辣椒 火锅辣椒 干辣椒'),
  }),
  seeds({
    slug: 'long-red-chilli-whole-with-stem',
    exporter: 'kunri-spice-mills',
    name: t('Long Red Chilli, Whole with Stem', '长形干红辣椒 带柄'),
    summary: t('Long, medium-hot red chillies from Sindh with good colour.', '信德产长形干红辣椒，中辣、色泽好。'),
    description: join(
      t(
        'Long hybrid chillies of 8–12 cm from farms around Kunri and Mirpur Khas, milder than Dandicut but with high colour, used for chilli powder and flakes where colour matters.',
        '昆里和米尔布尔卡斯周边农场的长形杂交辣椒，长 8–12 厘米，辣度低于丹迪卡特，但色价高，适合注重颜色的辣椒粉和辣椒碎。',
      ),
      CHILLI_TESTS,
    ),
    specs: [
      sp(L.size, '8–12 cm', '8–12 厘米'),
      sp(L.pungency, '15,000–25,000 SHU', '15,000–25,000 SHU'),
      sp(L.asta, '100–130 ASTA', '100–130 ASTA'),
      sp(L.moisture, '≤ 12%'),
      sp(L.packing, '25 kg jute bag', '25 公斤麻袋'),
    ],
    moq: 5,
    unit: 'ton',
    tiers: [
      [5, 225000],
      [15, 217000],
    ],
    hs: '09042100',
    lead: [10, 20],
    cap: [200, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'mirpurkhas',
    certs: KUNRI_CERTS,
    kw: CHILLI_KW,
  }),
  seeds({
    slug: 'crushed-red-chilli-flakes',
    exporter: 'kunri-spice-mills',
    name: t('Crushed Red Chilli Flakes, with Seeds', '辣椒碎 带籽'),
    summary: t('Coarsely crushed Kunri chilli with seeds, steam-sterilised.', '带籽粗碎昆里辣椒，蒸汽灭菌。'),
    description: join(
      t(
        'Dandicut and long chillies are blended, crushed to 2–5 mm flakes with their seeds and steam-sterilised. Pizza chains, noodle makers and chilli-oil producers use it.',
        '丹迪卡特与长形辣椒混合，连籽粗碎成 2–5 毫米碎片，经蒸汽灭菌。披萨连锁店、方便面厂和辣椒油厂均有采购。',
      ),
      CHILLI_TESTS,
    ),
    specs: [
      sp(L.mesh, '2–5 mm flakes', '2–5 毫米碎片'),
      sp(L.pungency, '20,000–30,000 SHU', '20,000–30,000 SHU'),
      sp(L.sterilisation, 'Steam sterilised', '蒸汽灭菌'),
      sp(L.moisture, '≤ 10%'),
      sp(L.packing, '25 kg paper bag with PE liner', '25 公斤纸袋内衬 PE 膜'),
    ],
    moq: 3,
    unit: 'ton',
    tiers: [
      [3, 275000],
      [10, 265000],
    ],
    hs: '09042200',
    lead: [10, 20],
    cap: [150, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'mirpurkhas',
    certs: KUNRI_CERTS,
    kw: t('chilli flakes, crushed pepper, pizza chilli', '辣椒碎 辣椒片 粗辣椒面 披萨辣椒'),
  }),
  seeds({
    slug: 'red-chilli-powder-40-mesh',
    exporter: 'kunri-spice-mills',
    name: t('Red Chilli Powder 40 Mesh, Steam Sterilised', '红辣椒粉 40 目 蒸汽灭菌'),
    summary: t(
      'Fine Kunri chilli powder with guaranteed colour and no added dye.',
      '昆里细辣椒粉，色价有保证，不添加任何色素。',
    ),
    description: join(
      t(
        'Ground at our Mirpur Khas mill on hammer mills with cooling, sieved to 40 mesh and steam-sterilised. Colour and heat are blended to the buyer’s ASTA and SHU targets.',
        '在米尔布尔卡斯工厂用带冷却的锤片粉碎机研磨，过 40 目筛，蒸汽灭菌。可按买家的色价和辣度要求调配。',
      ),
      CHILLI_TESTS,
    ),
    specs: [
      sp(L.mesh, '40 mesh', '40 目'),
      sp(L.asta, '80–120 ASTA, to order', '80–120 ASTA，可定制'),
      sp(L.pungency, '15,000–35,000 SHU, to order', '15,000–35,000 SHU，可定制'),
      sp(L.sterilisation, 'Steam sterilised', '蒸汽灭菌'),
      sp(L.aflatoxin, '≤ 5 µg/kg'),
      sp(L.packing, '25 kg paper bag with PE liner', '25 公斤纸袋内衬 PE 膜'),
    ],
    moq: 3,
    unit: 'ton',
    tiers: [
      [3, 295000],
      [10, 284000],
      [20, 276000],
    ],
    hs: '09042200',
    lead: [10, 20],
    cap: [150, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'mirpurkhas',
    certs: KUNRI_CERTS,
    kw: t('chilli powder, red pepper powder, ground chilli', '辣椒粉 辣椒面 红辣椒粉'),
  }),
  seeds({
    slug: 'coriander-seed-whole',
    exporter: 'kunri-spice-mills',
    name: t('Coriander Seed, Whole, Machine Cleaned', '芫荽籽（香菜籽）整粒 机选'),
    summary: t(
      'Whole coriander seed from Sindh and Punjab, cleaned to 99% purity.',
      '信德和旁遮普产整粒芫荽籽，清理至 99% 纯度。',
    ),
    description: t(
      'Coriander is sown in November and harvested in March–April in Sindh and Punjab. Our seed is green-brown, cleaned and graded to 99% purity, with split seeds kept below 5%, and is used for pickling, spice blends and grinding.',
      '芫荽在信德和旁遮普 11 月播种，次年 3–4 月收获。本品呈黄绿褐色，经清理分级至 99% 纯度，破瓣粒低于 5%，用于腌渍、复合香料和研磨。',
    ),
    specs: [
      sp(L.purity, '≥ 99%'),
      sp(t('Split seeds', '破瓣粒'), '≤ 5%'),
      sp(L.moisture, '≤ 10%'),
      sp(t('Volatile oil', '挥发油'), '≥ 0.3%'),
      sp(L.packing, '25 kg PP bag', '25 公斤编织袋'),
    ],
    moq: 5,
    unit: 'ton',
    tiers: [
      [5, 118000],
      [15, 113000],
    ],
    hs: '09092100',
    lead: [10, 20],
    cap: [200, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'mirpurkhas',
    certs: KUNRI_CERTS,
    kw: t('coriander seed, dhania, cilantro seed', '芫荽籽 香菜籽 胡荽子 芫荽'),
  }),
  seeds({
    slug: 'coriander-split-dhania-dal',
    exporter: 'kunri-spice-mills',
    name: t('Coriander Split (Dhania Dal)', '芫荽籽瓣（Dhania Dal）'),
    summary: t(
      'Split and husked coriander for mouth-freshener mixes and roasting.',
      '破瓣去皮芫荽籽，用于饭后清口香料和烘炒。',
    ),
    description: t(
      'Coriander seed split on a roller and the husk aspirated away, leaving the sweet inner halves. It is roasted and eaten after meals in South Asia and used in spice blends where a clean look matters.',
      '芫荽籽经辊压破瓣、风选去皮，只留下清甜的内瓣。在南亚烘炒后作饭后清口小食，也用于注重外观的复合香料。',
    ),
    specs: [
      sp(L.purity, '≥ 98%'),
      sp(L.moisture, '≤ 9%'),
      sp(L.packing, '25 kg PP bag', '25 公斤编织袋'),
      sp(L.shelf, '12 months', '12 个月'),
    ],
    moq: 3,
    unit: 'ton',
    tiers: [
      [3, 138000],
      [10, 132000],
    ],
    hs: '09092200',
    lead: [10, 20],
    cap: [60, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'mirpurkhas',
    certs: KUNRI_CERTS,
    kw: t('dhania dal, split coriander, mukhwas', '芫荽瓣 香菜籽仁 饭后香料'),
  }),
  seeds({
    slug: 'kasur-turmeric-fingers-polished',
    exporter: 'kunri-spice-mills',
    name: t('Kasur Turmeric Fingers, Boiled and Polished', '卡苏尔姜黄 指状根茎 煮制抛光'),
    summary: t(
      'Boiled, sun-dried and polished turmeric fingers from Kasur, Punjab.',
      '旁遮普卡苏尔产姜黄，经蒸煮、日晒、抛光。',
    ),
    description: t(
      'Turmeric from Kasur district is harvested from January to March, boiled, sun-dried for two to three weeks and polished in drums to a bright yellow. Fingers are graded by length and packed for grinders and pharmaceutical extractors.',
      '卡苏尔县姜黄 1–3 月收获，经蒸煮、日晒两到三周后在滚筒中抛光至亮黄色。指状根茎按长度分级，供研磨厂和医药提取厂使用。',
    ),
    specs: [
      sp(t('Curcumin', '姜黄素'), '≥ 3%'),
      sp(L.size, 'Fingers 3–6 cm', '指状 3–6 厘米'),
      sp(L.moisture, '≤ 10%'),
      sp(L.packing, '50 kg jute bag', '50 公斤麻袋'),
      sp(L.origin, 'Kasur, Punjab', '旁遮普 卡苏尔'),
    ],
    moq: 5,
    unit: 'ton',
    tiers: [
      [5, 168000],
      [15, 161000],
    ],
    hs: '09103000',
    lead: [10, 20],
    cap: [150, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'kasur',
    certs: KUNRI_CERTS,
    kw: t('turmeric, haldi, curcuma, turmeric finger', '姜黄 黄姜 郁金 姜黄根'),
  }),
  seeds({
    slug: 'turmeric-powder-curcumin-3',
    exporter: 'kunri-spice-mills',
    name: t('Turmeric Powder, Curcumin ≥ 3%, Steam Sterilised', '姜黄粉 姜黄素 ≥ 3% 蒸汽灭菌'),
    summary: t(
      'Bright yellow ground Kasur turmeric, free of lead chromate and added colour.',
      '亮黄色卡苏尔姜黄粉，不含铬酸铅，不添加色素。',
    ),
    description: t(
      'Kasur turmeric fingers ground to 60 mesh and steam-sterilised. Every lot is tested for curcumin, lead and added colours, including lead chromate, which has been found in adulterated turmeric in South Asia.',
      '卡苏尔姜黄根茎研磨至 60 目并蒸汽灭菌。每批检测姜黄素、铅含量和添加色素，包括南亚掺假姜黄中曾发现的铬酸铅。',
    ),
    specs: [
      sp(t('Curcumin', '姜黄素'), '≥ 3%'),
      sp(L.mesh, '60 mesh', '60 目'),
      sp(t('Lead', '铅'), '≤ 2 mg/kg'),
      sp(L.sterilisation, 'Steam sterilised', '蒸汽灭菌'),
      sp(L.packing, '25 kg paper bag with PE liner', '25 公斤纸袋内衬 PE 膜'),
    ],
    moq: 3,
    unit: 'ton',
    tiers: [
      [3, 192000],
      [10, 184000],
    ],
    hs: '09103000',
    lead: [10, 20],
    cap: [100, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'mirpurkhas',
    certs: KUNRI_CERTS,
    kw: t('turmeric powder, haldi powder, curcumin', '姜黄粉 黄姜粉 咖喱原料'),
  }),
  seeds({
    slug: 'fennel-seed-saunf',
    exporter: 'kunri-spice-mills',
    name: t('Fennel Seed (Saunf), Machine Cleaned', '小茴香籽（Saunf）机选'),
    summary: t(
      'Green, sweet fennel seed from Punjab and Sindh, cleaned to 99%.',
      '旁遮普和信德产青绿色甜小茴香籽，清理至 99%。',
    ),
    description: t(
      'Fennel is harvested in spring and shade-dried to keep its green colour. The seed is cleaned and graded to 99% purity and goes into spice blends, pickles and mouth fresheners.',
      '小茴香春季收获，阴干以保持青绿色。经清理分级至 99% 纯度，用于复合香料、腌菜和饭后清口香料。',
    ),
    specs: [
      sp(L.purity, '≥ 99%'),
      sp(L.colour, 'Green to greenish yellow', '青绿至黄绿'),
      sp(L.moisture, '≤ 10%'),
      sp(L.packing, '25 kg PP bag', '25 公斤编织袋'),
    ],
    moq: 3,
    unit: 'ton',
    tiers: [
      [3, 158000],
      [10, 151000],
    ],
    hs: '09096190',
    lead: [10, 20],
    cap: [60, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'mirpurkhas',
    certs: KUNRI_CERTS,
    kw: t('fennel seed, saunf, sweet fennel', '小茴香 茴香籽 茴香子 甜茴香'),
  }),
  seeds({
    slug: 'kasuri-methi-dried-fenugreek-leaves',
    exporter: 'kunri-spice-mills',
    name: t('Kasuri Methi Dried Fenugreek Leaves', '卡苏尔干葫芦巴叶（Kasuri Methi）'),
    summary: t(
      'Aromatic dried fenugreek leaves from Kasur, the classic finish for curries.',
      '卡苏尔产芳香干葫芦巴叶，咖喱提香的经典配料。',
    ),
    description: t(
      'Fenugreek grown around Kasur has an unusually strong aroma; the leaves are cut in winter, shade-dried and cleaned of stems and sand. A pinch crushed over butter chicken or dal is what gives it its restaurant flavour.',
      '卡苏尔一带种植的葫芦巴香气格外浓郁，冬季割叶、阴干，并去除茎秆和沙土。在黄油鸡或豆糊上撒一撮揉碎的叶子，就是餐厅风味的来源。',
    ),
    specs: [
      sp(L.origin, 'Kasur, Punjab', '旁遮普 卡苏尔'),
      sp(t('Stems', '茎秆'), '≤ 5%'),
      sp(L.moisture, '≤ 8%'),
      sp(L.packing, '10 kg carton with PE liner', '10 公斤纸箱内衬 PE 膜'),
    ],
    moq: 500,
    unit: 'kg',
    tiers: [
      [500, 320],
      [2000, 295],
    ],
    hs: '07129099',
    lead: [10, 20],
    cap: [20, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'kasur',
    certs: KUNRI_CERTS,
    kw: t('kasuri methi, fenugreek leaves, methi', '葫芦巴叶 胡芦巴 香草 咖喱香料'),
  }),

  // Margalla Natural Foods
  seeds({
    slug: 'potohar-peanut-kernels',
    exporter: 'margalla-natural-foods',
    name: t('Potohar Peanut Kernels, Raw', '波多哈尔花生仁 生'),
    summary: t(
      'Rain-fed peanuts from Chakwal and Attock, shelled and graded by count.',
      '恰克瓦尔和阿托克旱作花生，去壳并按粒数分级。',
    ),
    description: t(
      'Peanuts on the Potohar plateau are grown without irrigation and harvested in October. The kernels are shelled, graded to 60/70 count per ounce and sorted by hand, and each lot is tested for aflatoxin before shipment.',
      '波多哈尔高原的花生为旱作种植，10 月收获。去壳后按每盎司 60/70 粒分级并人工挑选，每批出运前检测黄曲霉毒素。',
    ),
    specs: [
      sp(L.size, '60/70 kernels per ounce', '每盎司 60/70 粒'),
      sp(L.moisture, '≤ 8%'),
      sp(L.aflatoxin, '≤ 5 µg/kg'),
      sp(L.packing, '25 kg vacuum or PP bags', '25 公斤真空袋或编织袋'),
      sp(L.season, 'New crop from November', '11 月起供应新货'),
    ],
    moq: 10,
    unit: 'ton',
    tiers: [
      [10, 138000],
      [20, 133000],
    ],
    hs: '12024200',
    lead: [10, 20],
    cap: [200, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'rawalpindi',
    certs: MARGALLA_CERTS,
    kw: t('peanut kernels, groundnut, Chakwal peanuts', '花生仁 花生米 生花生'),
  }),
  seeds({
    slug: 'roasted-salted-peanuts-in-shell',
    exporter: 'margalla-natural-foods',
    name: t('Roasted Salted Peanuts in Shell', '盐焗带壳花生'),
    summary: t(
      'Brine-soaked and roasted Potohar peanuts in shell, ready to eat.',
      '卤水浸泡后烘烤的波多哈尔带壳花生，即食。',
    ),
    description: t(
      'Whole pods are soaked in brine, dried and roasted until crisp, then packed in 500 g pouches or 10 kg cartons. The small, sweet Potohar peanut makes a snack Chinese buyers compare with their own salted peanuts.',
      '整荚花生经盐水浸泡、干燥后烘烤至酥脆，装 500 克袋或 10 公斤箱。波多哈尔花生个小、香甜，国内客户认为口味不输本地盐焗花生。',
    ),
    specs: [
      sp(L.moisture, '≤ 4%'),
      sp(L.aflatoxin, '≤ 5 µg/kg'),
      sp(L.packing, '500 g pouch or 10 kg carton', '500 克袋或 10 公斤箱'),
      sp(L.shelf, '9 months', '9 个月'),
    ],
    moq: 2000,
    unit: 'kg',
    tiers: [
      [2000, 210],
      [8000, 196],
    ],
    hs: '20081120',
    lead: [15, 25],
    cap: [50, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'islamabad',
    certs: MARGALLA_CERTS,
    kw: t('roasted peanuts, salted peanuts, peanut snack', '盐焗花生 烤花生 花生零食 带壳花生'),
  }),

  // Khyber Dry Fruit Traders (pending)
  seeds({
    slug: 'swat-walnuts-in-shell',
    exporter: 'khyber-dry-fruit-traders',
    name: t('Swat Walnuts in Shell', '斯瓦特带壳核桃'),
    summary: t('Seedling walnuts from Swat and Dir, sun-dried in shell.', '斯瓦特和迪尔实生核桃，带壳日晒。'),
    description: t(
      'Walnuts from seedling trees in the Swat and Dir valleys, harvested in September, hulled and sun-dried. Sizes are mixed, 30–36 mm, with a light to amber kernel.',
      '产自斯瓦特和迪尔河谷的实生核桃，9 月采收，去青皮后日晒。大小混合，30–36 毫米，仁色浅至琥珀色。',
    ),
    specs: [
      sp(L.size, '30–36 mm, mixed', '30–36 毫米混合'),
      sp(t('Kernel yield', '出仁率'), 'approx. 42%', '约 42%'),
      sp(L.moisture, '≤ 8%'),
      sp(L.packing, '25 kg jute bag', '25 公斤麻袋'),
    ],
    moq: 2000,
    unit: 'kg',
    tiers: [
      [2000, 340],
      [8000, 320],
    ],
    hs: '08023100',
    lead: [10, 20],
    cap: [40, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'mingora',
    certs: ['halal'],
    kw: t('walnuts, in-shell walnut, akhrot', '核桃 带壳核桃 山核桃'),
  }),
  seeds({
    slug: 'walnut-kernels-light-halves',
    exporter: 'khyber-dry-fruit-traders',
    name: t('Walnut Kernels, Light Halves', '核桃仁 浅色半仁'),
    summary: t('Hand-cracked light walnut halves from Swat; priced per lot.', '斯瓦特人工敲壳浅色核桃半仁，按批报价。'),
    description: t(
      'Walnuts are cracked by hand in Peshawar and the kernels sorted into light halves, with amber and broken pieces sold separately. Quantities depend on each season’s crop, so prices are quoted per lot.',
      '核桃在白沙瓦人工敲壳，挑出浅色半仁，琥珀色仁和碎仁另行销售。数量取决于当季收成，按批报价。',
    ),
    specs: [
      sp(L.colour, 'Light', '浅色'),
      sp(t('Halves', '半仁比例'), '≥ 80%'),
      sp(L.moisture, '≤ 5%'),
      sp(L.packing, '10 kg vacuum carton', '10 公斤真空箱'),
    ],
    moq: 500,
    unit: 'kg',
    tiers: [],
    hs: '08023200',
    lead: [10, 20],
    cap: [8, 'ton', 'month'],
    sample: SPICE_SAMPLE,
    city: 'peshawar',
    certs: ['halal'],
    kw: t('walnut kernels, walnut halves, shelled walnuts', '核桃仁 核桃肉 去壳核桃'),
  }),
];

// ─── Seafood ────────────────────────────────────────────────────────────────

const sea = maker('seafood');

const KH_CERTS: CertificationKind[] = ['haccp', 'brcgs', 'iso22000', 'halal'];
const MC_CERTS: CertificationKind[] = ['haccp', 'halal'];
const SEA_SAMPLE = sample(
  'paid',
  'Frozen samples by air at cost; we usually suggest adding them to a first trial shipment instead.',
  '冷冻样品可按成本价空运；一般建议随首个试单一并发货。',
);
const FREE_PHOTO_SAMPLE = sample(
  'none',
  'No physical samples; we send photos and videos of the actual lot and the inspection report before loading.',
  '不提供实物样品；装柜前提供实际批次的照片、视频和检验报告。',
);
const KORANGI = t(
  'Landed at Karachi and Korangi fish harbours and processed at our GACC-registered plant beside Korangi Fish Harbour within hours.',
  '在卡拉奇和科朗吉渔港上岸，数小时内即在紧邻科朗吉渔港、已完成中国海关注册的工厂加工。',
);
const MAKRAN = t(
  'Landed at Pasni or Gwadar on the Makran coast and frozen or processed at our Pasni plant within hours.',
  '在莫克兰海岸的帕斯尼或瓜达尔上岸，数小时内即在帕斯尼工厂冻结或加工。',
);
const REEFER = t(
  'Stored at –18 °C and shipped in 40′ reefers of about 26 t; mixed containers with our other items are possible.',
  '–18 °C 储存，40 尺冷柜约装 26 吨，可与本公司其他品种拼柜。',
);
const ARABIAN_SEA = t('Arabian Sea, FAO area 51', '阿拉伯海，FAO 51 渔区');

interface SeaOpts {
  slug: string;
  exporter: 'korangi-harbour-seafoods' | 'makran-coast-fisheries';
  name: L10n;
  summary: L10n;
  about: L10n;
  species: string;
  size: L10n;
  freezing: L10n;
  glaze?: string;
  packing: L10n;
  extra?: SeedSpec[];
  moq: number;
  tiers: [number, number][];
  hs: string;
  kw: L10n;
  cap: number;
  sample?: SeedProduct['sample'];
  lead?: [number, number];
  incoterms?: Incoterm[];
  featured?: boolean;
  images?: number;
  noReefer?: boolean;
  /** Replaces the harbour sentence, e.g. for farmed shrimp. */
  source?: L10n;
  /** Farmed product: no catch area. */
  farmed?: boolean;
  /** Dried product: the `freezing` value is shown as the processing method. */
  dried?: boolean;
}

function seafood(o: SeaOpts): SeedProduct {
  const korangi = o.exporter === 'korangi-harbour-seafoods';
  return sea({
    slug: o.slug,
    exporter: o.exporter,
    name: o.name,
    summary: o.summary,
    description: join(o.about, o.source ?? (korangi ? KORANGI : MAKRAN), ...(o.noReefer ? [] : [REEFER])),
    specs: [
      sp(L.species, o.species),
      { label: L.size, value: o.size },
      { label: o.dried ? t('Processing', '加工方式') : L.freezing, value: o.freezing },
      ...(o.glaze ? [sp(L.glaze, o.glaze)] : []),
      ...(o.extra ?? []),
      { label: L.packing, value: o.packing },
      ...(o.farmed ? [] : [{ label: L.catchArea, value: ARABIAN_SEA }]),
    ],
    moq: o.moq,
    unit: 'kg',
    tiers: o.tiers,
    ...(o.incoterms ? { incoterms: o.incoterms } : {}),
    hs: o.hs,
    lead: o.lead ?? [10, 20],
    cap: [o.cap, 'ton', 'month'],
    sample: o.sample ?? SEA_SAMPLE,
    city: korangi ? 'karachi' : 'pasni',
    certs: korangi ? KH_CERTS : MC_CERTS,
    kw: o.kw,
    ...(o.featured ? { featured: true } : {}),
    ...(o.images ? { images: o.images } : {}),
  });
}

const BLOCK_10KG = t('Block frozen, 10 kg blocks', '块冻，每块 10 公斤');
const BLOCK_MC = t('10 kg block in waxed carton', '10 公斤冻块，涂蜡纸箱');
const SHRIMP_BLOCK = t('Block frozen, 6 × 2 kg per master carton', '块冻，每外箱 6 × 2 公斤');
const SHRIMP_IQF = t('IQF, 10 × 1 kg bags per master carton', '单冻 IQF，每外箱 10 × 1 公斤袋');
const SHRIMP_KW = t('Pakistani shrimp, frozen prawns, wild shrimp', '冻虾 巴基斯坦虾 野生虾 海捕虾');
const SHRIMP_CHEM = sp(
  t('Additives', '添加剂'),
  'Sulphite- and phosphate-free on request',
  '可按要求不加亚硫酸盐和磷酸盐',
);
const TIGER = t(
  'Wild black tiger shrimp (Penaeus monodon) from the creeks and inshore waters of the Indus delta, large and firm with a sweet taste.',
  '野生黑虎虾（斑节对虾）捕自印度河三角洲的河汊和近岸水域，个大肉实、味道鲜甜。',
);
const WHITE = t(
  'Indian white prawn (Fenneropenaeus indicus) is the main wild shrimp of the Sindh coast, with a translucent white shell and mild, sweet meat.',
  '印度白对虾是信德沿海最主要的野生虾，壳白透亮，肉质清甜。',
);

const seafoodProducts: SeedProduct[] = [
  seafood({
    slug: 'frozen-ribbonfish-whole-300-500g',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Ribbonfish, Whole Round, 300–500 g', '冻带鱼 整条 300–500 克'),
    summary: t(
      'Trawl-caught ribbonfish, block frozen whole for the Chinese market.',
      '拖网捕捞带鱼，整条块冻，专供中国市场。',
    ),
    about: t(
      'Ribbonfish (Trichiurus lepturus) is one of Pakistan’s largest seafood exports to China, caught by trawlers from September to May. Fish are laid straight, silver skin intact, and frozen in 10 kg blocks.',
      '带鱼是巴基斯坦对华出口量最大的水产品之一，9 月至次年 5 月由拖网船捕捞。鱼身拉直摆放、银鳞完整，10 公斤一块冻结。',
    ),
    species: 'Trichiurus lepturus',
    size: t('300–500 g per fish', '每条 300–500 克'),
    freezing: BLOCK_10KG,
    glaze: '0%',
    packing: BLOCK_MC,
    moq: 10000,
    tiers: [
      [10000, 175],
      [26000, 165],
      [78000, 158],
    ],
    hs: '03038910',
    kw: t('ribbonfish, hairtail, cutlassfish, beltfish', '带鱼 刀鱼 白带鱼 牙带'),
    cap: 600,
  }),
  seafood({
    slug: 'frozen-ribbonfish-whole-500-1000g',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Ribbonfish, Whole Round, 500–1,000 g', '冻带鱼 整条 500–1000 克 宽带'),
    summary: t('Large ribbonfish for steaks and retail, block frozen.', '大规格带鱼，适合切段和零售，块冻。'),
    about: t(
      'The large size of our ribbonfish, sorted on the landing jetty, with a body width that suits cutting into steaks for supermarkets. Large fish are scarcer, mostly landed from October to February.',
      '在码头现场挑出的大规格带鱼，鱼身宽，适合切段供应超市。大规格货源较少，主要在 10 月至次年 2 月上岸。',
    ),
    species: 'Trichiurus lepturus',
    size: t('500–1,000 g per fish', '每条 500–1000 克'),
    freezing: BLOCK_10KG,
    glaze: '0%',
    packing: BLOCK_MC,
    moq: 10000,
    tiers: [
      [10000, 235],
      [26000, 222],
    ],
    hs: '03038910',
    kw: t('ribbonfish, hairtail, large hairtail', '带鱼 宽带鱼 大带鱼 刀鱼'),
    cap: 200,
  }),
  seafood({
    slug: 'frozen-tigertooth-croaker-whole-300-500g',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Tigertooth Croaker, Whole Round, 300–500 g', '冻红牙䱛（石首鱼）整条 300–500 克'),
    summary: t('Whole croaker, a versatile white fish for braising and frying.', '整条石首鱼，肉白，红烧、油炸皆宜。'),
    about: t(
      'Tigertooth croaker (Otolithes ruber) is a trawl species with soft white flesh, sold whole and gutted on request. Chinese buyers use it much like yellow croaker, for braising and deep-frying.',
      '红牙䱛是拖网渔获，肉质白嫩，整条出售，也可按要求去内脏。国内客户的用法类似黄鱼，多用于红烧和油炸。',
    ),
    species: 'Otolithes ruber',
    size: t('300–500 g per fish', '每条 300–500 克'),
    freezing: BLOCK_10KG,
    glaze: '0%',
    packing: BLOCK_MC,
    moq: 10000,
    tiers: [
      [10000, 185],
      [26000, 176],
    ],
    hs: '03038990',
    kw: t('croaker, jewfish, sciaenid', '石首鱼 黄姑鱼 䱛鱼 黄花鱼'),
    cap: 300,
  }),
  seafood({
    slug: 'frozen-indian-mackerel-6-8-per-kg',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Indian Mackerel, Whole Round, 6–8 pcs/kg', '冻印度鲭鱼 整条 6–8 条/公斤'),
    summary: t(
      'Oily, full-flavoured Indian mackerel frozen whole, for grilling and canning.',
      '油脂丰富、风味足的印度鲭，整条冻，适合烧烤和罐头。',
    ),
    about: t(
      'Indian mackerel (Rastrelliger kanagurta) is caught by purse seiners and gillnetters near Karachi, mostly from September to March. Fish are size-graded and frozen whole in 10 kg blocks within hours of landing to keep the oily flesh fresh.',
      '印度鲭（羽鳃鲐）由围网船和刺网船在卡拉奇附近捕捞，主要在 9 月至次年 3 月。上岸后数小时内按规格分级、整条冻成 10 公斤块，保持高油鱼肉新鲜。',
    ),
    species: 'Rastrelliger kanagurta',
    size: t('6–8 fish per kg', '每公斤 6–8 条'),
    freezing: BLOCK_10KG,
    glaze: '0%',
    packing: BLOCK_MC,
    moq: 26000,
    tiers: [
      [26000, 138],
      [78000, 130],
    ],
    hs: '03038990',
    kw: t('Indian mackerel, mackerel, Rastrelliger, bangda', '印度鲭 羽鳃鲐 鲭鱼 青花鱼'),
    cap: 500,
  }),
  seafood({
    slug: 'frozen-black-pomfret-200-300g',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Black Pomfret, Whole, 200–300 g', '冻乌鲳（黑鲳）整条 200–300 克'),
    summary: t(
      'Whole black pomfret, IQF and glazed, for restaurants and retail.',
      '整条乌鲳，单冻镀冰衣，供餐厅和零售。',
    ),
    about: t(
      'Black pomfret (Parastromateus niger) is caught by gillnet off Sindh; each fish is washed, individually quick-frozen and glazed to protect its skin, then packed by size.',
      '乌鲳由刺网在信德外海捕捞，逐条清洗、单冻并镀冰衣保护鱼皮，按规格装箱。',
    ),
    species: 'Parastromateus niger',
    size: t('200–300 g per fish', '每条 200–300 克'),
    freezing: t('IQF', '单冻 IQF'),
    glaze: '10%',
    packing: t('10 kg carton, fish in poly bags', '10 公斤纸箱，内装 PE 袋'),
    moq: 5000,
    tiers: [
      [5000, 320],
      [13000, 305],
    ],
    hs: '03038930',
    kw: t('black pomfret, pomfret, halwa fish', '乌鲳 黑鲳 鲳鱼 黑鲳鱼'),
    cap: 120,
  }),
  seafood({
    slug: 'frozen-black-pomfret-500-800g',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Black Pomfret, Whole, 500–800 g', '冻乌鲳（黑鲳）整条 500–800 克 大规格'),
    summary: t('Large black pomfret for banquet dishes.', '大规格乌鲳，适合宴席菜。'),
    about: t(
      'Large black pomfret of 500–800 g, a banquet fish for steaming and braising in South China. Supply is steady from October to April; each fish is IQF, glazed and bagged.',
      '500–800 克的大规格乌鲳，在华南是清蒸、红烧的宴席鱼。10 月至次年 4 月货源稳定，逐条单冻、镀冰衣、独立装袋。',
    ),
    species: 'Parastromateus niger',
    size: t('500–800 g per fish', '每条 500–800 克'),
    freezing: t('IQF, individually bagged', '单冻 IQF，独立包装'),
    glaze: '10%',
    packing: t('10 kg carton', '10 公斤纸箱'),
    moq: 3000,
    tiers: [
      [3000, 480],
      [10000, 455],
    ],
    hs: '03038930',
    kw: t('black pomfret, large pomfret', '乌鲳 大乌鲳 黑鲳 鲳鱼'),
    cap: 60,
  }),
  seafood({
    slug: 'frozen-black-tiger-shrimp-hlso-16-20',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Black Tiger Shrimp HLSO 16/20', '冻黑虎虾 去头带壳 16/20'),
    summary: t('Wild tiger shrimp, headless shell-on, 16–20 per pound.', '野生黑虎虾，去头带壳，每磅 16–20 只。'),
    about: join(
      TIGER,
      t('Graded 16/20 per pound, headless with shell on, and block frozen.', '按每磅 16–20 只分级，去头带壳，块冻。'),
    ),
    species: 'Penaeus monodon',
    size: t('16/20 pieces per lb', '每磅 16–20 只'),
    freezing: SHRIMP_BLOCK,
    glaze: '≤ 10%',
    extra: [SHRIMP_CHEM],
    packing: t('6 × 2 kg blocks per 12 kg carton', '6 × 2 公斤冻块，每箱 12 公斤'),
    moq: 2000,
    tiers: [
      [2000, 1380],
      [6000, 1320],
      [12000, 1270],
    ],
    hs: '03061729',
    kw: t('black tiger shrimp, tiger prawn, monodon, HLSO', '黑虎虾 斑节对虾 草虾 老虎虾 去头虾'),
    cap: 40,
    featured: true,
    images: 3,
  }),
  seafood({
    slug: 'frozen-black-tiger-shrimp-hlso-21-25',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Black Tiger Shrimp HLSO 21/25', '冻黑虎虾 去头带壳 21/25'),
    summary: t('Wild tiger shrimp, headless shell-on, 21–25 per pound.', '野生黑虎虾，去头带壳，每磅 21–25 只。'),
    about: join(
      TIGER,
      t(
        'The 21/25 grade is the most plentiful tiger size and a good fit for restaurant grilling.',
        '21/25 是黑虎虾货源最多的规格，很适合餐厅烧烤。',
      ),
    ),
    species: 'Penaeus monodon',
    size: t('21/25 pieces per lb', '每磅 21–25 只'),
    freezing: SHRIMP_BLOCK,
    glaze: '≤ 10%',
    extra: [SHRIMP_CHEM],
    packing: t('6 × 2 kg blocks per 12 kg carton', '6 × 2 公斤冻块，每箱 12 公斤'),
    moq: 2000,
    tiers: [
      [2000, 1210],
      [6000, 1160],
    ],
    hs: '03061729',
    kw: t('black tiger shrimp, tiger prawn, HLSO', '黑虎虾 斑节对虾 老虎虾 去头虾'),
    cap: 60,
  }),
  seafood({
    slug: 'frozen-indian-white-shrimp-hlso-26-30',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Indian White Shrimp HLSO 26/30', '冻印度白对虾 去头带壳 26/30'),
    summary: t('Wild white shrimp from the Sindh coast, headless shell-on.', '信德沿海野生白对虾，去头带壳。'),
    about: join(
      WHITE,
      t('Graded 26/30 per pound and block frozen in 2 kg blocks.', '按每磅 26–30 只分级，2 公斤一块冻结。'),
    ),
    species: 'Fenneropenaeus indicus',
    size: t('26/30 pieces per lb', '每磅 26–30 只'),
    freezing: SHRIMP_BLOCK,
    glaze: '≤ 10%',
    extra: [SHRIMP_CHEM],
    packing: t('6 × 2 kg blocks per 12 kg carton', '6 × 2 公斤冻块，每箱 12 公斤'),
    moq: 2000,
    tiers: [
      [2000, 960],
      [6000, 925],
      [12000, 895],
    ],
    hs: '03061729',
    kw: t('white shrimp, Indian white prawn, HLSO', '白虾 印度白对虾 海捕白虾 去头虾'),
    cap: 80,
  }),
  seafood({
    slug: 'frozen-indian-white-shrimp-pd-41-50-iqf',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Indian White Shrimp PD 41/50, IQF', '冻印度白对虾仁 去壳去肠 41/50 单冻'),
    summary: t('Peeled and deveined white shrimp, individually quick-frozen.', '去壳去虾线的白对虾仁，单冻 IQF。'),
    about: join(
      WHITE,
      t(
        'Hand-peeled and deveined, frozen individually in our IQF tunnel and glazed, ready for stir-frying.',
        '人工去壳、去虾线，经 IQF 隧道单体速冻并镀冰衣，可直接下锅炒制。',
      ),
    ),
    species: 'Fenneropenaeus indicus',
    size: t('41/50 pieces per lb', '每磅 41–50 只'),
    freezing: SHRIMP_IQF,
    glaze: '≤ 15%',
    extra: [SHRIMP_CHEM],
    packing: t('10 × 1 kg bags per carton', '每箱 10 × 1 公斤袋'),
    moq: 2000,
    tiers: [
      [2000, 1060],
      [6000, 1020],
    ],
    hs: '03061721',
    kw: t('peeled shrimp, PD shrimp, shrimp meat, IQF shrimp', '虾仁 去壳虾 冻虾仁 单冻虾仁'),
    cap: 40,
  }),
  seafood({
    slug: 'frozen-kiddi-shrimp-pud-200-300',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Kiddi Shrimp PUD 200/300', '冻小红虾仁 去壳不去肠 200/300'),
    summary: t('Small peeled shrimp for dumplings, fried rice and ready meals.', '小虾仁，用于饺子、炒饭和预制菜。'),
    about: t(
      'Kiddi (Parapenaeopsis stylifera) is a small, pinkish shrimp that makes up a large share of Karachi’s trawl catch. It is peeled undeveined and frozen in blocks, an economical shrimp meat for food factories.',
      'Kiddi 是一种小型粉红色虾，在卡拉奇拖网渔获中占很大比例。去壳不去虾线后块冻，是食品工厂实惠的虾仁原料。',
    ),
    species: 'Parapenaeopsis stylifera',
    size: t('200/300 pieces per lb', '每磅 200–300 只'),
    freezing: SHRIMP_BLOCK,
    glaze: '≤ 10%',
    packing: t('6 × 2 kg blocks per 12 kg carton', '6 × 2 公斤冻块，每箱 12 公斤'),
    moq: 5000,
    tiers: [
      [5000, 690],
      [12000, 660],
    ],
    hs: '03061711',
    kw: t('small shrimp, kiddi, PUD shrimp, shrimp meat', '小虾仁 虾仁 红虾 饺子虾仁'),
    cap: 100,
  }),
  seafood({
    slug: 'frozen-vannamei-shrimp-hoso-40-50',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Vannamei Shrimp HOSO 40/50, Farmed', '冻南美白对虾 带头带壳 40/50 养殖'),
    summary: t(
      'Pond-farmed whiteleg shrimp from Sindh, head-on shell-on, IQF.',
      '信德池塘养殖南美白对虾，带头带壳，单冻。',
    ),
    about: t(
      'Vannamei (Litopenaeus vannamei) from coastal pond farms in Sindh, frozen head-on shell-on and packed in retail-ready 1 kg boxes.',
      '南美白对虾来自信德沿海池塘养殖场，带头带壳冻结，装 1 公斤零售盒。',
    ),
    source: t(
      'Ponds are harvested to order and the shrimp reach our Korangi plant on ice the same day.',
      '按订单安排收塘，虾加冰当天运抵科朗吉工厂。',
    ),
    farmed: true,
    species: 'Litopenaeus vannamei',
    size: t('40/50 pieces per kg', '每公斤 40–50 只'),
    freezing: t('IQF', '单冻 IQF'),
    glaze: '≤ 10%',
    extra: [sp(t('Origin', '来源'), 'Farmed, Sindh', '养殖，信德')],
    packing: t('10 × 1 kg boxes per carton', '每箱 10 × 1 公斤盒'),
    moq: 5000,
    tiers: [
      [5000, 790],
      [13000, 760],
    ],
    hs: '03061729',
    kw: t('vannamei, whiteleg shrimp, HOSO shrimp', '南美白对虾 白虾 基围虾 带头虾'),
    cap: 30,
  }),
  seafood({
    slug: 'frozen-brown-shrimp-hlso-31-40',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Brown Shrimp HLSO 31/40', '冻褐虾 去头带壳 31/40'),
    summary: t(
      'Wild Metapenaeus brown shrimp, a value alternative to white shrimp.',
      '野生新对虾（褐虾），白虾的实惠替代。',
    ),
    about: t(
      'Brown shrimp (Metapenaeus monoceros) is caught with white shrimp off Sindh and has a firmer bite and a slightly stronger flavour. Headless shell-on, block frozen.',
      '褐虾（刀额新对虾）与白虾一起在信德外海捕获，口感更脆弹、味道稍浓。去头带壳，块冻。',
    ),
    species: 'Metapenaeus monoceros',
    size: t('31/40 pieces per lb', '每磅 31–40 只'),
    freezing: SHRIMP_BLOCK,
    glaze: '≤ 10%',
    packing: t('6 × 2 kg blocks per 12 kg carton', '6 × 2 公斤冻块，每箱 12 公斤'),
    moq: 2000,
    tiers: [
      [2000, 820],
      [6000, 790],
    ],
    hs: '03061729',
    kw: SHRIMP_KW,
    cap: 50,
  }),
  seafood({
    slug: 'frozen-mud-crab-whole-300-500g',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Mud Crab, Whole, 300–500 g', '冻青蟹 整只 300–500 克'),
    summary: t(
      'Whole mud crab from the Indus delta mangroves, cooked-then-frozen or raw.',
      '印度河三角洲红树林青蟹，整只，可熟冻或生冻。',
    ),
    about: t(
      'Mud crabs (Scylla serrata) are caught by hand and trap in the mangrove creeks of the Indus delta, then cleaned and frozen whole, raw or cooked, in individual bags.',
      '青蟹（锯缘青蟹）在印度河三角洲红树林河汊中徒手或用蟹笼捕获，清洗后整只生冻或熟冻，独立装袋。',
    ),
    source: t(
      'Crabs reach our Korangi plant alive and are processed the same day.',
      '青蟹活体运抵科朗吉工厂，当天完成加工。',
    ),
    species: 'Scylla serrata',
    size: t('300–500 g per crab', '每只 300–500 克'),
    freezing: t('IQF, raw or cooked', '单冻，生或熟'),
    packing: t('10 kg carton, crabs individually bagged', '10 公斤纸箱，独立装袋'),
    moq: 2000,
    tiers: [
      [2000, 680],
      [6000, 650],
    ],
    hs: '03061490',
    kw: t('mud crab, mangrove crab, Scylla', '青蟹 锯缘青蟹 肉蟹 红树林蟹'),
    cap: 15,
  }),
  seafood({
    slug: 'frozen-blue-swimming-crab-whole',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Blue Swimming Crab, Whole, 150–250 g', '冻远海梭子蟹（兰花蟹）整只 150–250 克'),
    summary: t(
      'Whole blue swimming crab, block frozen, for hotpot and crab-meat plants.',
      '整只远海梭子蟹，块冻，用于火锅和蟹肉加工。',
    ),
    about: t(
      'Blue swimming crab (Portunus pelagicus) is a trawl by-catch of the Sindh coast, sorted by size at the harbour and frozen whole in blocks. Buyers use it for hotpot, congee and picking crab meat.',
      '远海梭子蟹是信德沿海拖网的兼捕渔获，在港口按规格分拣后整只块冻。客户多用于火锅、砂锅粥和剥蟹肉。',
    ),
    species: 'Portunus pelagicus',
    size: t('150–250 g per crab', '每只 150–250 克'),
    freezing: BLOCK_10KG,
    packing: BLOCK_MC,
    moq: 5000,
    tiers: [
      [5000, 380],
      [13000, 362],
    ],
    hs: '03061410',
    kw: t('blue swimming crab, flower crab, Portunus', '梭子蟹 兰花蟹 花蟹 远海梭子蟹'),
    cap: 40,
  }),
  seafood({
    slug: 'frozen-indian-squid-whole-round',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Indian Squid, Whole Round, 10–20 cm', '冻杜氏枪乌贼（鱿鱼）整只 10–20 厘米'),
    summary: t(
      'Whole round Indian squid, tray-laid and block frozen with skin intact.',
      '整只杜氏枪乌贼，摆盘块冻，皮色完整。',
    ),
    about: t(
      'Indian squid (Uroteuthis duvauceli) is the main squid of Pakistani trawlers, caught mostly from October to April. Whole round squid is laid in trays and frozen in 10 kg blocks, keeping skin and colour intact.',
      '杜氏枪乌贼是巴基斯坦拖网船的主要鱿鱼品种，10 月至次年 4 月为主要渔期。整只摆盘冻成 10 公斤块，皮色完整。',
    ),
    species: 'Uroteuthis duvauceli',
    size: t('10–20 cm mantle length', '胴长 10–20 厘米'),
    freezing: BLOCK_10KG,
    packing: BLOCK_MC,
    moq: 10000,
    tiers: [
      [10000, 315],
      [26000, 300],
    ],
    hs: '03074310',
    kw: t('squid, loligo, calamari', '鱿鱼 枪乌贼 小鱿鱼 笔管鱼'),
    cap: 150,
  }),
  seafood({
    slug: 'frozen-squid-tubes-cleaned-u10',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Squid Tubes, Cleaned, U/10 per kg', '冻鱿鱼筒 去皮去内脏 U/10'),
    summary: t(
      'Skinned, cleaned squid tubes, IQF, for rings and stuffed squid.',
      '去皮去内脏的鱿鱼筒，单冻，可切圈或酿鱿鱼。',
    ),
    about: t(
      'Indian squid is headed, cleaned and skinned by hand, and the tubes are frozen individually, with tentacles packed separately. It goes to restaurants and processors cutting calamari rings.',
      '杜氏枪乌贼人工去头、去内脏、去皮后单体速冻，鱿鱼须另行包装。主要供应餐厅和切制鱿鱼圈的加工厂。',
    ),
    species: 'Uroteuthis duvauceli',
    size: t('Under 10 tubes per kg', '每公斤 10 只以内'),
    freezing: t('IQF', '单冻 IQF'),
    glaze: '≤ 15%',
    packing: t('10 × 1 kg bags per carton', '每箱 10 × 1 公斤袋'),
    moq: 3000,
    tiers: [
      [3000, 460],
      [10000, 440],
    ],
    hs: '03074310',
    kw: t('squid tubes, calamari, cleaned squid', '鱿鱼筒 鱿鱼圈 去皮鱿鱼'),
    cap: 40,
  }),
  seafood({
    slug: 'dried-fish-maw-ghol-protonibea',
    dried: true,
    exporter: 'korangi-harbour-seafoods',
    name: t('Dried Fish Maw, Ghol (Protonibea diacanthus)', '金钱鳘鱼胶（花胶）干品'),
    summary: t(
      'Sun-dried swim bladders of the Ghol croaker, a prized fish maw; priced per piece grade.',
      '金钱鳘鱼鳔日晒干品，名贵花胶，按只数规格报价。',
    ),
    about: t(
      'The swim bladder of the blackspotted croaker, called Ghol in Pakistan, is one of the most valued fish maws in Hong Kong and South China. Each maw is cleaned, stretched and dried in the sun in our drying yard, then graded by weight and thickness. Prices depend on piece size and are quoted per lot.',
      '双棘黄姑鱼（黑点石首鱼）在巴基斯坦称 Ghol，其鱼鳔即金钱鳘花胶，是香港和华南最名贵的鱼胶之一。每只鱼胶经清洗、拉伸后在自有晒场日晒干燥，按重量和厚度分级。价格随单只规格而定，按批报价。',
    ),
    species: 'Protonibea diacanthus',
    size: t('Graded by piece weight, 50–500 g', '按单只重量分级，50–500 克'),
    freezing: t('Sun-dried', '日晒干燥'),
    extra: [sp(L.moisture, '≤ 15%')],
    packing: t('Individually wrapped, in cartons', '单只包装，纸箱外包'),
    moq: 5,
    tiers: [],
    incoterms: ['FOB', 'CIF'],
    hs: '03057200',
    kw: t('fish maw, Ghol maw, croaker maw, swim bladder', '花胶 鱼胶 金钱鳘 鱼肚 鳘鱼胶'),
    cap: 1,
    sample: FREE_PHOTO_SAMPLE,
    lead: [7, 15],
    noReefer: true,
  }),
  seafood({
    slug: 'dried-fish-maw-croaker-mixed',
    dried: true,
    exporter: 'korangi-harbour-seafoods',
    name: t('Dried Croaker Fish Maw, Mixed Sizes', '石首鱼鱼胶干品 混规格'),
    summary: t(
      'Sun-dried croaker maws, mixed species and sizes, for soups and stews.',
      '日晒石首鱼鱼胶，混品种混规格，用于煲汤炖品。',
    ),
    about: t(
      'Swim bladders of other croakers caught off Karachi, cleaned and sun-dried like our Ghol maw but sold as mixed sizes by weight. They are the everyday fish maw of Cantonese soups.',
      '卡拉奇外海其他石首鱼的鱼鳔，清洗日晒工艺与金钱鳘花胶相同，但按重量混规格出售，是粤式汤品中的日常鱼胶。',
    ),
    species: 'Sciaenidae (Otolithes, Johnius, Pennahia)',
    size: t('Mixed, 10–80 g per piece', '混规格，每只 10–80 克'),
    freezing: t('Sun-dried', '日晒干燥'),
    extra: [sp(L.moisture, '≤ 15%')],
    packing: t('10 kg cartons', '10 公斤纸箱'),
    moq: 50,
    tiers: [
      [50, 3800],
      [200, 3600],
    ],
    incoterms: ['FOB', 'CIF'],
    hs: '03057200',
    kw: t('fish maw, croaker maw, dried swim bladder', '鱼胶 花胶 鱼肚 鱼鳔'),
    cap: 3,
    sample: sample('paid', '200 g sample at cost plus courier.', '200 克样品按成本价加快递费收费。'),
    lead: [7, 15],
    noReefer: true,
  }),
  seafood({
    slug: 'frozen-spiny-lobster-whole-200-300g',
    exporter: 'korangi-harbour-seafoods',
    name: t('Frozen Spiny Lobster, Whole, 200–300 g', '冻杂食龙虾（泥龙虾）整只 200–300 克'),
    summary: t(
      'Whole mud spiny lobster, cooked or raw IQF; priced per lot.',
      '整只杂食龙虾，熟冻或生冻单冻，按批报价。',
    ),
    about: t(
      'Mud spiny lobster (Panulirus polyphagus) is caught in small quantities off Sindh and Balochistan and frozen whole within hours of landing, each wrapped to protect antennae and legs. Landings are irregular, so we quote per lot.',
      '杂食龙虾在信德和俾路支外海少量捕获，上岸数小时内整只冻结，单只包裹以保护触须和足。渔获量不稳定，因此按批报价。',
    ),
    species: 'Panulirus polyphagus',
    size: t('200–300 g per lobster', '每只 200–300 克'),
    freezing: t('IQF, raw or cooked', '单冻，生或熟'),
    packing: t('5 kg carton, individually wrapped', '5 公斤纸箱，单只包装'),
    moq: 500,
    tiers: [],
    hs: '03061100',
    kw: t('spiny lobster, rock lobster, mud lobster', '龙虾 岩龙虾 杂食龙虾 泥龙虾'),
    cap: 3,
    sample: FREE_PHOTO_SAMPLE,
  }),

  // Makran Coast Fisheries
  seafood({
    slug: 'frozen-yellowfin-tuna-whole-round',
    exporter: 'makran-coast-fisheries',
    name: t('Frozen Yellowfin Tuna, Whole Round, 10–30 kg', '冻黄鳍金枪鱼 整条 10–30 公斤'),
    summary: t(
      'Gillnet-caught yellowfin, brine- and blast-frozen whole, for canning and loins.',
      '刺网捕捞黄鳍金枪鱼，盐水及鼓风冻结整条，用于罐头和切鱼柳。',
    ),
    about: t(
      'Yellowfin tuna (Thunnus albacares) is landed at Pasni and Gwadar mainly from September to May. Fish are bled, frozen whole and graded by weight; this is processing grade for canneries and loin cutters, not sashimi grade.',
      '黄鳍金枪鱼主要在 9 月至次年 5 月于帕斯尼和瓜达尔上岸。放血后整条冻结并按重量分级；本品为罐头和鱼柳加工级，非刺身级。',
    ),
    species: 'Thunnus albacares',
    size: t('10–30 kg per fish', '每条 10–30 公斤'),
    freezing: t('Brine and blast frozen, –25 °C', '盐水及鼓风冻结，–25 °C'),
    packing: t('Naked, in PE sleeves, bulk in reefer', '裸鱼套 PE 袋，冷柜散装'),
    moq: 13000,
    tiers: [
      [13000, 330],
      [26000, 315],
    ],
    hs: '03034200',
    kw: t('yellowfin tuna, tuna, ahi', '黄鳍金枪鱼 金枪鱼 吞拿鱼 黄鳍鲔'),
    cap: 200,
  }),
  seafood({
    slug: 'frozen-skipjack-tuna-whole-round',
    exporter: 'makran-coast-fisheries',
    name: t('Frozen Skipjack Tuna, Whole Round, 1.5–4 kg', '冻鲣鱼 整条 1.5–4 公斤'),
    summary: t('Whole skipjack for canning and katsuobushi makers.', '整条鲣鱼，供罐头厂和鲣节加工厂使用。'),
    about: t(
      'Skipjack (Katsuwonus pelamis) is caught alongside yellowfin by the Makran gillnet fleet and frozen whole. It is sold by the container to canneries and to makers of dried skipjack.',
      '鲣鱼与黄鳍金枪鱼一同由莫克兰刺网船队捕获，整条冻结，整柜销售给罐头厂和鲣鱼干加工厂。',
    ),
    species: 'Katsuwonus pelamis',
    size: t('1.5–4 kg per fish', '每条 1.5–4 公斤'),
    freezing: t('Blast frozen, –25 °C', '鼓风冻结，–25 °C'),
    packing: t('20 kg cartons or bulk', '20 公斤纸箱或散装'),
    moq: 26000,
    tiers: [
      [26000, 158],
      [78000, 150],
    ],
    hs: '03034300',
    kw: t('skipjack, bonito, katsuo', '鲣鱼 正鲣 炸弹鱼 柴鱼原料'),
    cap: 300,
  }),
  seafood({
    slug: 'frozen-narrow-barred-spanish-mackerel-2-5kg',
    exporter: 'makran-coast-fisheries',
    name: t('Frozen Narrow-barred Spanish Mackerel (Kingfish), 2–5 kg', '冻康氏马鲛（鲅鱼）整条 2–5 公斤'),
    summary: t(
      'Whole Spanish mackerel, a firm, rich fish for steaks and dumplings.',
      '整条马鲛鱼，肉质紧实鲜美，适合切段和包饺子。',
    ),
    about: t(
      'Narrow-barred Spanish mackerel (Scomberomorus commerson), called surmai in Pakistan, is a prime catch of the Makran handline fleet. Fish are frozen individually and wrapped, and are prized in North China for fish dumplings.',
      '康氏马鲛在巴基斯坦称 surmai，是莫克兰手钓船队的上等渔获。整条单冻并包裹，在北方市场是做鲅鱼饺子的上好原料。',
    ),
    species: 'Scomberomorus commerson',
    size: t('2–5 kg per fish', '每条 2–5 公斤'),
    freezing: t('IQF, individually wrapped', '单冻，单条包裹'),
    packing: t('20 kg carton', '20 公斤纸箱'),
    moq: 5000,
    tiers: [
      [5000, 425],
      [13000, 405],
    ],
    hs: '03038990',
    kw: t('Spanish mackerel, kingfish, seer fish, surmai', '马鲛鱼 鲅鱼 康氏马鲛 燕鲅'),
    cap: 60,
  }),
  seafood({
    slug: 'frozen-indian-threadfin-whole-1-3kg',
    exporter: 'makran-coast-fisheries',
    name: t('Frozen Fourfinger Threadfin (Rawas), Whole, 1–3 kg', '冻四指马鲅（午鱼）整条 1–3 公斤'),
    summary: t(
      'Whole fourfinger threadfin, a premium white fish; its maw is also valued.',
      '整条四指马鲅，优质白肉鱼，鱼鳔亦有价值。',
    ),
    about: t(
      'Fourfinger threadfin (Eleutheronema tetradactylum), sold as rawas, has thick white flesh and is one of the most valued table fish on the Makran coast. Fish are frozen whole and ungutted so the maw stays in, as many Chinese buyers prefer.',
      '四指马鲅在当地称 rawas，肉厚色白，是莫克兰海岸最受欢迎的食用鱼之一。整条不去内脏冻结，保留鱼鳔，这正是很多国内客户的要求。',
    ),
    species: 'Eleutheronema tetradactylum',
    size: t('1–3 kg per fish', '每条 1–3 公斤'),
    freezing: t('IQF, individually wrapped', '单冻，单条包裹'),
    packing: t('20 kg carton', '20 公斤纸箱'),
    moq: 3000,
    tiers: [
      [3000, 480],
      [10000, 458],
    ],
    hs: '03038990',
    kw: t('threadfin, rawas, Indian salmon', '马鲅 午鱼 四指马鲅 印度马鲅'),
    cap: 30,
  }),
  seafood({
    slug: 'frozen-red-snapper-whole-500-1000g',
    exporter: 'makran-coast-fisheries',
    name: t('Frozen Red Snapper, Whole, 500–1,000 g', '冻红笛鲷（红鼓鱼）整条 500–1000 克'),
    summary: t('Whole, scaled red snapper from handline boats, IQF.', '手钓红笛鲷，整条去鳞，单冻。'),
    about: t(
      'Red snappers (Lutjanus spp.) are handline-caught on the rocky grounds off Gwadar and Pasni. Each fish is scaled, gutted, IQF frozen and glazed, and keeps its bright red skin.',
      '红笛鲷在瓜达尔和帕斯尼外海礁石区手钓捕获，逐条去鳞去内脏、单冻镀冰衣，鱼皮保持鲜红。',
    ),
    species: 'Lutjanus spp.',
    size: t('500–1,000 g per fish', '每条 500–1000 克'),
    freezing: t('IQF', '单冻 IQF'),
    glaze: '10%',
    packing: t('10 kg carton', '10 公斤纸箱'),
    moq: 3000,
    tiers: [
      [3000, 450],
      [10000, 430],
    ],
    hs: '03038990',
    kw: t('red snapper, snapper, Lutjanus', '红鼓鱼 红笛鲷 红鲷鱼 笛鲷'),
    cap: 25,
  }),
  seafood({
    slug: 'frozen-grouper-whole-1-3kg',
    exporter: 'makran-coast-fisheries',
    name: t('Frozen Grouper, Whole, 1–3 kg', '冻石斑鱼 整条 1–3 公斤'),
    summary: t(
      'Handline-caught wild grouper, gutted and IQF; priced per lot by species mix.',
      '手钓野生石斑鱼，去内脏单冻，按品种组合逐批报价。',
    ),
    about: t(
      'Wild groupers (Epinephelus spp.) from handline boats working the reefs off Gwadar, gutted and frozen whole. Species and sizes vary by trip, so each lot is listed with its species mix and priced accordingly.',
      '瓜达尔外海礁区手钓船捕获的野生石斑鱼，去内脏后整条冻结。每航次的品种和规格不同，每批货列明品种组合并据此报价。',
    ),
    species: 'Epinephelus spp.',
    size: t('1–3 kg per fish', '每条 1–3 公斤'),
    freezing: t('IQF', '单冻 IQF'),
    glaze: '10%',
    packing: t('10 kg carton', '10 公斤纸箱'),
    moq: 2000,
    tiers: [],
    hs: '03038990',
    kw: t('grouper, wild grouper, Epinephelus', '石斑鱼 野生石斑 海捕石斑'),
    cap: 10,
  }),
  seafood({
    slug: 'frozen-pharaoh-cuttlefish-whole-cleaned',
    exporter: 'makran-coast-fisheries',
    name: t('Frozen Pharaoh Cuttlefish, Whole Cleaned, 300–500 g', '冻虎斑乌贼（墨鱼）整只去内脏 300–500 克'),
    summary: t('Whole cleaned cuttlefish with thick, tender flesh.', '整只去内脏墨鱼，肉厚鲜嫩。'),
    about: t(
      'Pharaoh cuttlefish (Sepia pharaonis) is caught by trawl and gillnet along the Makran coast. It is cleaned of ink sac and viscera, left whole with the bone removed, and block frozen in 10 kg blocks.',
      '虎斑乌贼（法老乌贼）由拖网和刺网在莫克兰沿海捕获，去除墨囊和内脏，去骨后整只保留，冻成 10 公斤块。',
    ),
    species: 'Sepia pharaonis',
    size: t('300–500 g per piece', '每只 300–500 克'),
    freezing: BLOCK_10KG,
    packing: BLOCK_MC,
    moq: 10000,
    tiers: [
      [10000, 455],
      [26000, 435],
    ],
    hs: '03074390',
    kw: t('cuttlefish, sepia, pharaoh cuttlefish', '墨鱼 乌贼 虎斑乌贼 花枝'),
    cap: 80,
  }),
  seafood({
    slug: 'frozen-octopus-whole-1-2kg',
    exporter: 'makran-coast-fisheries',
    name: t('Frozen Octopus, Whole, 1–2 kg', '冻章鱼 整只 1–2 公斤'),
    summary: t('Whole cleaned octopus from the Makran coast, IQF.', '莫克兰海岸整只章鱼，去内脏单冻。'),
    about: t(
      'Octopus taken in pots and as by-catch off Pasni, cleaned of the beak and viscera, tumbled to tenderise and frozen individually in a flower shape.',
      '帕斯尼外海笼捕及兼捕的章鱼，去嘴和内脏，滚揉嫩化后以花形单冻。',
    ),
    species: 'Octopus spp.',
    size: t('1–2 kg per piece', '每只 1–2 公斤'),
    freezing: t('IQF, flower shape', '单冻，花形'),
    glaze: '10%',
    packing: t('10 kg carton', '10 公斤纸箱'),
    moq: 3000,
    tiers: [
      [3000, 520],
      [10000, 495],
    ],
    hs: '03075200',
    kw: t('octopus, whole octopus', '章鱼 八爪鱼 真蛸 花形章鱼'),
    cap: 20,
  }),
  seafood({
    slug: 'dried-anchovy-stolephorus',
    dried: true,
    exporter: 'makran-coast-fisheries',
    name: t('Dried Anchovy (Stolephorus), 3–5 cm', '小公鱼干（鳀鱼干）3–5 厘米'),
    summary: t('Sun-dried small anchovy for snacks, stock and fish sauce.', '日晒小公鱼干，用于零食、熬汤和鱼露。'),
    about: t(
      'Small anchovies are landed by beach seines and purse seiners at Pasni, washed in clean seawater and sun-dried on raised racks in the dry season. They are sieved by size and packed in cartons.',
      '小公鱼由帕斯尼的地曳网和围网船捕获，在干季用洁净海水清洗后于高架晒网上日晒，按规格筛分后装箱。',
    ),
    species: 'Stolephorus spp.',
    size: t('3–5 cm', '3–5 厘米'),
    freezing: t('Sun-dried', '日晒干燥'),
    extra: [sp(L.moisture, '≤ 20%'), sp(t('Salt', '含盐'), 'Unsalted or lightly salted', '淡干或轻盐')],
    packing: t('10 kg carton with PE liner', '10 公斤纸箱内衬 PE 膜'),
    moq: 2000,
    tiers: [
      [2000, 205],
      [8000, 192],
    ],
    hs: '03055990',
    kw: t('dried anchovy, ikan bilis, dried small fish', '小鱼干 鳀鱼干 小公鱼 银鱼干'),
    cap: 30,
    sample: sample('paid', '500 g sample at cost plus courier.', '500 克样品按成本价加快递费收费。'),
    noReefer: true,
  }),
  seafood({
    slug: 'frozen-indian-oil-sardine-whole',
    exporter: 'makran-coast-fisheries',
    name: t('Frozen Indian Oil Sardine, Whole Round', '冻印度油沙丁鱼 整条'),
    summary: t(
      'Whole oil sardine, block frozen, for bait, canning and food processing.',
      '整条油沙丁鱼，块冻，用于钓饵、罐头和食品加工。',
    ),
    about: t(
      'Indian oil sardine (Sardinella longiceps) comes in large shoals along the Makran coast in winter and is frozen whole in 10 kg blocks. It is sold to canneries, to tuna long-line fleets as bait, and to processors.',
      '印度油沙丁鱼冬季在莫克兰沿海大量集群，整条冻成 10 公斤块，销往罐头厂、金枪鱼延绳钓船队作钓饵，以及加工企业。',
    ),
    species: 'Sardinella longiceps',
    size: t('12–18 fish per kg', '每公斤 12–18 条'),
    freezing: BLOCK_10KG,
    glaze: '0%',
    packing: BLOCK_MC,
    moq: 26000,
    tiers: [
      [26000, 92],
      [78000, 86],
    ],
    hs: '03035300',
    kw: t('oil sardine, sardinella, sardine', '沙丁鱼 油沙丁 小沙丁鱼 鱼饵'),
    cap: 400,
  }),
];

// ─── export ─────────────────────────────────────────────────────────────────

export const foodProducts: SeedProduct[] = [
  ...saltProducts,
  ...riceProducts,
  ...fruitProducts,
  ...seedProducts,
  ...seafoodProducts,
];
