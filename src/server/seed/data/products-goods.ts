import type { CitySlug } from '../../../lib/geo';
import type { CertificationKind, Incoterm, SamplePolicy, SupplyPeriod, Unit } from '../../../lib/trade';
import type { L10n, SeedProduct, SeedSpec } from '../types';

/**
 * Demo catalogue of manufactured goods (non-food). Every product belongs to an
 * exporter in `exporters-goods.ts`. Prices are FOB US cents per unit.
 * Small builders below generate related variants; output is deterministic.
 */

type Tier = readonly [minQuantity: number, priceUsdCents: number];

interface Sample {
  policy: SamplePolicy;
  note: L10n;
}

interface Draft {
  slug: string;
  exporter: string;
  name: L10n;
  summary: L10n;
  description: L10n;
  specs: SeedSpec[];
  unit: Unit;
  /** Ascending price tiers; the first quantity is the MOQ. Empty: price on request (give `moq`). */
  tiers: readonly Tier[];
  moq?: number;
  hsCode: string;
  lead: readonly [number, number];
  capacity: readonly [number, SupplyPeriod];
  sample: Sample;
  origin: CitySlug;
  certs: readonly CertificationKind[];
  keywords: L10n;
  incoterms?: readonly Incoterm[];
  featured?: boolean;
  images?: number;
}

const t = (en: string, zh: string): L10n => ({ en, zh });

const sp = (labelEn: string, labelZh: string, valueEn: string, valueZh: string): SeedSpec => ({
  label: t(labelEn, labelZh),
  value: t(valueEn, valueZh),
});

const sample = (policy: SamplePolicy, en: string, zh: string): Sample => ({ policy, note: t(en, zh) });

/** Deterministic 1–3 image count from the slug. */
function imagesFor(slug: string): number {
  let h = 0;
  for (const c of slug) h = (h * 31 + c.charCodeAt(0)) % 9973;
  return 1 + (h % 3);
}

function build(category: string, d: Draft): SeedProduct {
  const first = d.tiers[0];
  const moq = first ? first[0] : d.moq;
  if (moq === undefined) throw new Error(`${d.slug}: a price-on-request product needs a moq`);
  const product: SeedProduct = {
    slug: d.slug,
    exporter: d.exporter,
    category,
    name: d.name,
    summary: d.summary,
    description: d.description,
    specs: d.specs,
    moq,
    unit: d.unit,
    priceTiers: d.tiers.map(([minQuantity, priceUsdCents]) => ({ minQuantity, priceUsdCents })),
    incoterms: [...(d.incoterms ?? (['FOB', 'CFR', 'CIF'] as const))],
    hsCode: d.hsCode,
    leadTimeDays: [d.lead[0], d.lead[1]],
    supplyCapacity: { quantity: d.capacity[0], unit: d.unit, per: d.capacity[1] },
    sample: d.sample,
    originCity: d.origin,
    certifications: [...d.certs],
    keywords: d.keywords,
    imageCount: d.images ?? imagesFor(d.slug),
  };
  if (d.featured) product.featured = true;
  return product;
}

const maker =
  (category: string) =>
  (d: Draft): SeedProduct =>
    build(category, d);

// ─── Sports goods (Sialkot) ──────────────────────────────────────────────────

const sports = maker('sports-goods');

const BALL_SIZE = {
  5: { circ: t('68–70 cm', '68–70 厘米'), weight: t('410–450 g', '410–450 克') },
  4: { circ: t('63.5–66 cm', '63.5–66 厘米'), weight: t('350–390 g', '350–390 克') },
  3: { circ: t('58–61 cm', '58–61 厘米'), weight: t('300–320 g', '300–320 克') },
} as const;

const ballSample = sample(
  'free',
  'Up to three stock samples free, courier paid by the buyer; custom-logo samples are charged and refunded on the first order.',
  '三个以内现货样品免费，快递费由买家承担；定制 logo 样品收费，首单下单后返还。',
);

const ballOem = t(
  'Prints, colourways and the ball name are made to your artwork for private label; packed deflated, 50 per export carton.',
  '印刷、配色和球名均可按客户稿件定制，接受贴牌 OEM；放气包装，每个出口纸箱装 50 个。',
);

const footballKw = t(
  'soccer ball, football, match ball, Sialkot ball, private label ball',
  '足球 英式足球 比赛用球 锡亚尔科特足球 贴牌足球',
);

interface FootballOpts {
  slug: string;
  size: 3 | 4 | 5;
  kind: 'match' | 'training';
  build: 'hand' | 'thermo';
  cover: 'PU' | 'PVC';
  coverSpec: L10n;
  bladder: 'butyl' | 'latex';
  fifa?: 'pro' | 'quality';
  summary: L10n;
  lead: L10n;
  tiers: Tier[];
  featured?: boolean;
}

function football(o: FootballOpts): SeedProduct {
  const size = BALL_SIZE[o.size];
  const hand = o.build === 'hand';
  const fifaEn = o.fifa === 'pro' ? ' (FIFA Quality Pro)' : o.fifa === 'quality' ? ' (FIFA Quality)' : '';
  const fifaZh = o.fifa === 'pro' ? '（FIFA Quality Pro 认证）' : o.fifa === 'quality' ? '（FIFA Quality 认证）' : '';
  const bladder =
    o.bladder === 'butyl'
      ? t('A butyl bladder holds pressure for weeks between top-ups.', '丁基内胆保气性好，数周无需补气。')
      : t(
          'A latex bladder gives a softer touch and livelier rebound, though it needs topping up more often.',
          '乳胶内胆脚感更软、回弹更活，但需要更勤补气。',
        );
  const test = o.fifa
    ? t(
        `This model carries the ${o.fifa === 'pro' ? 'FIFA Quality Pro' : 'FIFA Quality'} mark after independent tests of weight, circumference, roundness, rebound, water uptake and pressure loss.`,
        `该型号经独立实验室检测重量、周长、圆度、反弹、吸水率和保气性，持有 ${o.fifa === 'pro' ? 'FIFA Quality Pro' : 'FIFA Quality'} 标志。`,
      )
    : t(
        'Every ball is checked for circumference, weight and roundness before packing.',
        '每个球包装前逐一检测周长、重量和圆度。',
      );
  return sports({
    slug: o.slug,
    exporter: 'chenab-sports-works',
    name: t(
      `${hand ? 'Hand-stitched' : 'Thermo-bonded'} ${o.cover} ${o.kind === 'match' ? 'Match' : 'Training'} Football, Size ${o.size}${fifaEn}`,
      `${hand ? '手缝' : '热粘合'} ${o.cover} ${o.kind === 'match' ? '比赛' : '训练'}足球 ${o.size} 号${fifaZh}`,
    ),
    summary: o.summary,
    description: t(
      `${o.lead.en} ${bladder.en} ${test.en} ${ballOem.en}`,
      `${o.lead.zh}${bladder.zh}${test.zh}${ballOem.zh}`,
    ),
    specs: [
      sp('Size', '规格', `Size ${o.size}, ${size.circ.en}`, `${o.size} 号，周长 ${size.circ.zh}`),
      sp('Weight', '重量', size.weight.en, size.weight.zh),
      sp('Cover', '面料', o.coverSpec.en, o.coverSpec.zh),
      sp(
        'Construction',
        '工艺',
        hand ? 'Hand-stitched, 32 panels' : 'Thermo-bonded, 20 panels',
        hand ? '手工缝制，32 片' : '热粘合无缝，20 片',
      ),
      sp('Bladder', '内胆', o.bladder === 'butyl' ? 'Butyl' : 'Latex', o.bladder === 'butyl' ? '丁基胆' : '乳胶胆'),
      sp('Packing', '包装', 'Deflated, polybag, 50 per carton', '放气单个入袋，每箱 50 个'),
    ],
    unit: 'piece',
    tiers: o.tiers,
    hsCode: '95066210',
    lead: hand ? [30, 45] : [35, 50],
    capacity: [hand ? 20000 : 12000, 'month'],
    sample: ballSample,
    origin: 'sialkot',
    certs: o.fifa ? ['iso9001', 'fifa_quality'] : ['iso9001'],
    keywords: footballKw,
    ...(o.featured ? { featured: true } : {}),
  });
}

const sportsGoods: SeedProduct[] = [
  football({
    slug: 'hand-stitched-pu-match-football-size-5',
    size: 5,
    kind: 'match',
    build: 'hand',
    cover: 'PU',
    coverSpec: t('1.2 mm PU, 4-layer poly-cotton backing', '1.2 毫米 PU，4 层涤棉里布'),
    bladder: 'butyl',
    fifa: 'quality',
    summary: t(
      'Classic 32-panel hand-stitched match ball for club and league games.',
      '经典 32 片手缝比赛球，适合俱乐部和联赛使用。',
    ),
    lead: t(
      'Panels are die-cut from 1.2 mm PU laminated to four layers of poly-cotton backing and stitched by hand with waxed polyester thread at registered stitching centres around Sialkot.',
      '球片由 1.2 毫米 PU 复合 4 层涤棉里布冲裁而成，在锡亚尔科特周边登记备案的缝制点用上蜡涤纶线手工缝制。',
    ),
    tiers: [
      [300, 1450],
      [1000, 1290],
      [5000, 1150],
    ],
    featured: true,
  }),
  football({
    slug: 'hand-stitched-pu-match-football-size-4',
    size: 4,
    kind: 'match',
    build: 'hand',
    cover: 'PU',
    coverSpec: t('1.2 mm PU, 4-layer poly-cotton backing', '1.2 毫米 PU，4 层涤棉里布'),
    bladder: 'butyl',
    summary: t(
      'Youth match ball for ages 8 to 12, built like our senior match ball.',
      '适合 8–12 岁青少年比赛，做工与成人比赛球相同。',
    ),
    lead: t(
      'The size 4 version of our hand-stitched match ball, using the same 1.2 mm PU and four-layer backing for youth leagues and school competitions.',
      '这是手缝比赛球的 4 号版本，同样采用 1.2 毫米 PU 和 4 层里布，适合青少年联赛和校园比赛。',
    ),
    tiers: [
      [300, 1350],
      [1000, 1200],
      [5000, 1080],
    ],
  }),
  football({
    slug: 'hand-stitched-pu-training-football-size-5',
    size: 5,
    kind: 'training',
    build: 'hand',
    cover: 'PU',
    coverSpec: t('1.0 mm PU, 3-layer backing', '1.0 毫米 PU，3 层里布'),
    bladder: 'butyl',
    summary: t(
      'Hard-wearing hand-stitched PU ball for daily training on grass and artificial turf.',
      '耐磨手缝 PU 训练球，适合天然草和人造草日常训练。',
    ),
    lead: t(
      'A 1.0 mm PU cover over three backing layers keeps the ball round through heavy use on artificial turf, and the hand stitching outlasts machine seams.',
      '1.0 毫米 PU 面料加 3 层里布，在人造草场高强度使用下仍能保持圆度，手缝线比机缝更耐磨。',
    ),
    tiers: [
      [500, 980],
      [2000, 890],
      [10000, 820],
    ],
  }),
  football({
    slug: 'hand-stitched-pu-training-football-size-4',
    size: 4,
    kind: 'training',
    build: 'hand',
    cover: 'PU',
    coverSpec: t('1.0 mm PU, 3-layer backing', '1.0 毫米 PU，3 层里布'),
    bladder: 'butyl',
    summary: t(
      'Size 4 training ball for academies and junior clubs, ages 8 to 12.',
      '4 号训练球，适合足球学校和少儿俱乐部，8–12 岁使用。',
    ),
    lead: t(
      'Academies order this ball by the hundred for under-12 squads: the same 1.0 mm PU build as our senior training ball in a lighter size 4.',
      '足球学校常为 12 岁以下梯队成批采购此款，结构与成人训练球相同（1.0 毫米 PU），尺寸为更轻的 4 号。',
    ),
    tiers: [
      [500, 920],
      [2000, 840],
      [10000, 770],
    ],
  }),
  football({
    slug: 'hand-stitched-pu-training-football-size-3',
    size: 3,
    kind: 'training',
    build: 'hand',
    cover: 'PU',
    coverSpec: t('1.0 mm PU, 3-layer backing', '1.0 毫米 PU，3 层里布'),
    bladder: 'latex',
    summary: t(
      'Light size 3 ball for children under 8 and for skills drills.',
      '轻量 3 号球，适合 8 岁以下儿童和技术训练。',
    ),
    lead: t(
      'A small, light hand-stitched ball for mini-football and first-touch drills.',
      '小巧轻便的手缝球，适合幼儿足球和触球练习。',
    ),
    tiers: [
      [500, 860],
      [2000, 790],
      [10000, 720],
    ],
  }),
  football({
    slug: 'hand-stitched-pvc-training-football-size-5',
    size: 5,
    kind: 'training',
    build: 'hand',
    cover: 'PVC',
    coverSpec: t('1.5 mm glossy PVC, 3-layer backing', '1.5 毫米亮面 PVC，3 层里布'),
    bladder: 'butyl',
    summary: t(
      'Budget hand-stitched PVC ball for schools, promotions and street football.',
      '经济型手缝 PVC 足球，适合学校、促销和街头足球。',
    ),
    lead: t(
      'A thick 1.5 mm PVC cover resists scuffing on concrete and gravel pitches, making this the ball of choice for school tenders and promotional programmes.',
      '1.5 毫米厚 PVC 面料耐水泥地和砂石场磨损，是学校招标和促销活动的常用款。',
    ),
    tiers: [
      [1000, 640],
      [5000, 580],
      [20000, 530],
    ],
  }),
  football({
    slug: 'thermo-bonded-pu-match-football-size-5-fifa-quality-pro',
    size: 5,
    kind: 'match',
    build: 'thermo',
    cover: 'PU',
    coverSpec: t('Textured PU skin, EVA foam layer', '纹理 PU 表皮，EVA 发泡层'),
    bladder: 'latex',
    fifa: 'pro',
    summary: t(
      'Seamless thermo-bonded top match ball with a textured PU skin.',
      '无缝热粘合顶级比赛球，纹理 PU 表皮。',
    ),
    lead: t(
      'Panels are heat-bonded to the carcass instead of stitched, so the ball takes up almost no water and flies more predictably, and a micro-textured skin improves grip in the wet.',
      '球片经热压粘合在球体上而非缝线连接，几乎不吸水，飞行轨迹更稳定；微纹理表皮在雨天也有良好抓地感。',
    ),
    tiers: [
      [300, 2450],
      [1000, 2190],
      [5000, 1960],
    ],
    featured: true,
  }),
  football({
    slug: 'thermo-bonded-pu-training-football-size-5',
    size: 5,
    kind: 'training',
    build: 'thermo',
    cover: 'PU',
    coverSpec: t('1.0 mm PU, foam-backed', '1.0 毫米 PU，带发泡层'),
    bladder: 'butyl',
    summary: t(
      'Thermo-bonded training ball with a match-ball feel at a training-ball price.',
      '热粘合训练球，以训练球的价格获得接近比赛球的脚感。',
    ),
    lead: t(
      'The same bonding line as our match ball, with a tougher 1.0 mm PU skin for daily use by semi-professional squads.',
      '与比赛球使用同一热粘合生产线，换用更耐磨的 1.0 毫米 PU 表皮，适合半职业球队日常训练。',
    ),
    tiers: [
      [500, 1450],
      [2000, 1320],
      [10000, 1190],
    ],
  }),
  sports({
    slug: 'hand-stitched-futsal-ball-size-4',
    exporter: 'chenab-sports-works',
    name: t('Hand-stitched Low-bounce Futsal Ball, Size 4', '手缝低弹五人制足球 4 号'),
    summary: t('Low-bounce size 4 futsal ball for indoor courts.', '低弹 4 号五人制足球，适合室内场地。'),
    description: t(
      'A foam-padded bladder cuts the rebound to futsal specification so the ball stays on the floor for passing. The 1.2 mm PU cover is hand-stitched over four backing layers. Custom prints and colours for leagues and private labels; 50 per carton.',
      '内胆外加发泡层，把反弹高度控制在五人制标准内，让球贴地传递。1.2 毫米 PU 面料加 4 层里布，手工缝制。可为联赛和贴牌客户定制印刷和颜色，每箱 50 个。',
    ),
    specs: [
      sp('Size', '规格', 'Size 4, 62–64 cm', '4 号，周长 62–64 厘米'),
      sp('Weight', '重量', '400–440 g', '400–440 克'),
      sp('Rebound', '反弹', '50–65 cm first bounce from 2 m', '2 米落下首次反弹 50–65 厘米'),
      sp('Cover', '面料', '1.2 mm PU, 4-layer backing', '1.2 毫米 PU，4 层里布'),
      sp('Bladder', '内胆', 'Butyl with foam layer', '丁基胆加发泡层'),
    ],
    unit: 'piece',
    tiers: [
      [300, 1250],
      [1000, 1120],
      [5000, 1010],
    ],
    hsCode: '95066210',
    lead: [30, 45],
    capacity: [8000, 'month'],
    sample: ballSample,
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('futsal ball, indoor football, low bounce ball, sala ball', '五人制足球 室内足球 低弹足球 室内五人制'),
  }),
  sports({
    slug: 'thermo-bonded-futsal-ball-size-4-fifa-quality',
    exporter: 'chenab-sports-works',
    name: t('Thermo-bonded Futsal Ball, Size 4 (FIFA Quality)', '热粘合五人制足球 4 号（FIFA Quality 认证）'),
    summary: t(
      'Thermo-bonded futsal match ball carrying the FIFA Quality mark.',
      '持有 FIFA Quality 标志的热粘合五人制比赛球。',
    ),
    description: t(
      "Built on our thermo-bonding line with a low-bounce bladder, this ball carries the FIFA Quality mark for futsal. The seamless surface keeps its shape on hard indoor floors. Available in league colourways with the buyer's branding.",
      '采用热粘合工艺和低弹内胆，持有五人制 FIFA Quality 标志。无缝表面在室内硬地上也能保持球形。可按联赛配色印制客户品牌。',
    ),
    specs: [
      sp('Size', '规格', 'Size 4, 62–64 cm', '4 号，周长 62–64 厘米'),
      sp('Weight', '重量', '400–440 g', '400–440 克'),
      sp('Construction', '工艺', 'Thermo-bonded, 20 panels', '热粘合无缝，20 片'),
      sp('Certification', '认证', 'FIFA Quality (futsal)', 'FIFA Quality（五人制）'),
      sp('Packing', '包装', 'Deflated, 50 per carton', '放气包装，每箱 50 个'),
    ],
    unit: 'piece',
    tiers: [
      [300, 1890],
      [1000, 1720],
      [5000, 1560],
    ],
    hsCode: '95066210',
    lead: [35, 50],
    capacity: [5000, 'month'],
    sample: ballSample,
    origin: 'sialkot',
    certs: ['iso9001', 'fifa_quality'],
    keywords: t('futsal match ball, indoor soccer ball, FIFA futsal ball', '五人制比赛球 室内足球 FIFA 五人制用球'),
  }),
  sports({
    slug: 'hand-stitched-beach-soccer-ball-size-5',
    exporter: 'chenab-sports-works',
    name: t('Hand-stitched Beach Soccer Ball, Size 5', '手缝沙滩足球 5 号'),
    summary: t('Soft, water-resistant ball for barefoot beach soccer.', '柔软防水的沙滩足球，适合赤脚比赛。'),
    description: t(
      'Beach soccer is played barefoot, so this ball uses a soft 1.0 mm PU cover over a cushioning foam layer and a latex bladder inflated to lower pressure. Bright fluorescent prints keep it visible against sand and sky. Packed deflated, 50 per carton.',
      '沙滩足球赤脚踢，因此本款采用柔软的 1.0 毫米 PU 面料加缓冲发泡层，配乳胶内胆，充气压力较低。荧光色印刷在沙滩和天空背景下都很醒目。放气包装，每箱 50 个。',
    ),
    specs: [
      sp('Size', '规格', 'Size 5, 68–70 cm', '5 号，周长 68–70 厘米'),
      sp('Weight', '重量', '400–440 g', '400–440 克'),
      sp('Cover', '面料', '1.0 mm soft PU over foam', '1.0 毫米软 PU 加发泡层'),
      sp('Pressure', '气压', '0.4–0.6 bar', '0.4–0.6 巴'),
      sp('Bladder', '内胆', 'Latex', '乳胶胆'),
    ],
    unit: 'piece',
    tiers: [
      [300, 1180],
      [1000, 1060],
    ],
    hsCode: '95066210',
    lead: [30, 45],
    capacity: [4000, 'month'],
    sample: ballSample,
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('beach football, sand soccer ball', '沙滩足球 沙地足球'),
  }),
  sports({
    slug: 'hand-stitched-mini-skills-ball-size-1',
    exporter: 'chenab-sports-works',
    name: t('Hand-stitched Mini Skills Ball, Size 1', '手缝迷你技术球 1 号'),
    summary: t(
      'Palm-sized 32-panel ball for footwork drills, fan shops and promotions.',
      '巴掌大小的 32 片小球，用于脚法练习、球迷商店和促销赠品。',
    ),
    description: t(
      'A scaled-down hand-stitched ball about 46 cm round, popular with clubs as a fan-shop souvenir and with coaches for close-control drills. Printed in club colours from 1,000 pieces; packed 100 per carton.',
      '周长约 46 厘米的缩小版手缝球，俱乐部常用作球迷商店纪念品，教练也用它练习控球。1,000 个起可按俱乐部配色印刷，每箱 100 个。',
    ),
    specs: [
      sp('Size', '规格', 'Size 1, about 46 cm', '1 号，周长约 46 厘米'),
      sp('Weight', '重量', 'About 180 g', '约 180 克'),
      sp('Cover', '面料', '1.2 mm PVC', '1.2 毫米 PVC'),
      sp('Construction', '工艺', 'Hand-stitched, 32 panels', '手工缝制，32 片'),
      sp('Packing', '包装', 'Deflated, 100 per carton', '放气包装，每箱 100 个'),
    ],
    unit: 'piece',
    tiers: [
      [1000, 390],
      [5000, 340],
      [20000, 300],
    ],
    hsCode: '95066210',
    lead: [25, 40],
    capacity: [30000, 'month'],
    sample: ballSample,
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('mini football, souvenir ball, skill ball, promotional ball', '迷你足球 纪念球 技术球 促销足球'),
  }),
  sports({
    slug: 'hand-stitched-pu-volleyball',
    exporter: 'chenab-sports-works',
    name: t('Hand-stitched PU Indoor Volleyball, 18 Panels', '手缝 PU 室内排球 18 片'),
    summary: t(
      'Soft-touch 18-panel indoor volleyball for clubs and schools.',
      '软手感 18 片室内排球，适合俱乐部和学校。',
    ),
    description: t(
      'Eighteen soft PU panels are hand-stitched over a nylon-wound butyl bladder for a consistent, true flight. Made to official size 5 and weight. Colour combinations and logos to order, 50 per carton.',
      '18 片软质 PU 面料手工缝制，内含尼龙缠纱丁基胆，飞行稳定。尺寸和重量符合 5 号标准。可按需定制配色和 logo，每箱 50 个。',
    ),
    specs: [
      sp('Size', '规格', 'Size 5, 65–67 cm', '5 号，周长 65–67 厘米'),
      sp('Weight', '重量', '260–280 g', '260–280 克'),
      sp('Cover', '面料', 'Soft PU, 18 panels', '软 PU，18 片'),
      sp('Bladder', '内胆', 'Nylon-wound butyl', '尼龙缠纱丁基胆'),
      sp('Packing', '包装', 'Deflated, 50 per carton', '放气包装，每箱 50 个'),
    ],
    unit: 'piece',
    tiers: [
      [300, 1080],
      [1000, 960],
      [5000, 870],
    ],
    hsCode: '95066230',
    lead: [30, 45],
    capacity: [6000, 'month'],
    sample: ballSample,
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('volley ball, indoor volleyball, training volleyball', '排球 室内排球 训练排球'),
  }),
  sports({
    slug: 'hand-stitched-beach-volleyball',
    exporter: 'chenab-sports-works',
    name: t('Hand-stitched Beach Volleyball', '手缝沙滩排球'),
    summary: t('Slightly larger, softer volleyball for outdoor and beach play.', '略大、更软的沙滩和户外排球。'),
    description: t(
      'Beach volleyballs run a little larger and at lower pressure than indoor balls; this one has a water-resistant PU cover hand-stitched in 18 panels. Fluorescent or classic colourways, private label welcome.',
      '沙滩排球比室内排球稍大、气压更低。本款采用防水 PU 面料，18 片手工缝制，荧光色或经典配色可选，欢迎贴牌。',
    ),
    specs: [
      sp('Circumference', '周长', '66–68 cm', '66–68 厘米'),
      sp('Weight', '重量', '260–280 g', '260–280 克'),
      sp('Cover', '面料', 'Water-resistant PU', '防水 PU'),
      sp('Pressure', '气压', '0.175–0.225 kg/cm²', '0.175–0.225 千克/平方厘米'),
    ],
    unit: 'piece',
    tiers: [
      [300, 1120],
      [1000, 990],
    ],
    hsCode: '95066230',
    lead: [30, 45],
    capacity: [4000, 'month'],
    sample: ballSample,
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('beach volley ball, outdoor volleyball', '沙排 沙滩排球 户外排球'),
  }),
  sports({
    slug: 'hand-stitched-rugby-match-ball-size-5',
    exporter: 'chenab-sports-works',
    name: t('Hand-stitched Rugby Match Ball, Size 5', '手缝橄榄球比赛球 5 号'),
    summary: t(
      'Four-panel rugby ball with a pimpled rubber grip for senior matches.',
      '四片式颗粒橡胶面橄榄球，适合成人比赛。',
    ),
    description: t(
      'Natural-rubber panels with a raised pimple grip are laminated to a four-ply polyester backing and hand-stitched around a butyl bladder. The grip pattern holds up in wet and muddy conditions. Club crests and sponsor prints to order.',
      '天然橡胶面料带凸起颗粒纹，复合 4 层涤纶里布，包覆丁基内胆后手工缝制，雨天泥地抓握依然可靠。可印制俱乐部队徽和赞助商标识。',
    ),
    specs: [
      sp('Size', '规格', 'Size 5 (senior)', '5 号（成人）'),
      sp('Length', '长度', '280–300 mm', '280–300 毫米'),
      sp('Weight', '重量', '410–460 g', '410–460 克'),
      sp('Cover', '面料', 'Natural rubber, pimple grip, 4-ply backing', '天然橡胶颗粒面，4 层里布'),
      sp('Bladder', '内胆', 'Butyl', '丁基胆'),
    ],
    unit: 'piece',
    tiers: [
      [200, 1380],
      [1000, 1240],
      [3000, 1120],
    ],
    hsCode: '95066290',
    lead: [30, 45],
    capacity: [5000, 'month'],
    sample: ballSample,
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('rugby union ball, rugby football', '橄榄球 英式橄榄球 比赛用橄榄球'),
  }),
  sports({
    slug: 'rugby-training-ball-size-4',
    exporter: 'chenab-sports-works',
    name: t('Rugby Training Ball, Size 4', '橄榄球训练球 4 号'),
    summary: t('Durable youth training ball for under-14 rugby.', '耐用青少年训练球，适合 14 岁以下橄榄球。'),
    description: t(
      'A tougher synthetic-rubber cover and reinforced stitching make this size 4 ball last through a season of drills. Schools and clubs order it in sets of 10 with a mesh bag.',
      '合成橡胶面料更耐磨，缝线加固，能坚持一整季的训练。学校和俱乐部通常 10 个一组配网袋采购。',
    ),
    specs: [
      sp('Size', '规格', 'Size 4 (youth)', '4 号（青少年）'),
      sp('Weight', '重量', '350–390 g', '350–390 克'),
      sp('Cover', '面料', 'Synthetic rubber, pimple grip', '合成橡胶颗粒面'),
      sp('Packing', '包装', '10 balls with mesh bag, 5 sets per carton', '10 个配网袋，每箱 5 组'),
    ],
    unit: 'piece',
    tiers: [
      [300, 890],
      [2000, 790],
    ],
    hsCode: '95066290',
    lead: [30, 45],
    capacity: [8000, 'month'],
    sample: ballSample,
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('junior rugby ball, school rugby ball', '青少年橄榄球 学校橄榄球'),
  }),
  sports({
    slug: 'hand-stitched-pu-handball-size-3',
    exporter: 'chenab-sports-works',
    name: t('Hand-stitched PU Handball, Size 3', '手缝 PU 手球 3 号'),
    summary: t(
      "Men's size 3 handball with a tacky PU cover for resin-free grip.",
      '男子 3 号手球，PU 面料自带黏性，无需松香也好握。',
    ),
    description: t(
      "A 32-panel hand-stitched handball with a soft, slightly tacky PU surface that gives grip without resin. Sizes 1 and 2 are available on the same tooling for youth and women's teams.",
      '32 片手缝手球，PU 表面柔软微黏，不用松香也能握稳。同一模具可生产 1 号、2 号，供青少年和女子队使用。',
    ),
    specs: [
      sp('Size', '规格', 'Size 3, 58–60 cm', '3 号，周长 58–60 厘米'),
      sp('Weight', '重量', '425–475 g', '425–475 克'),
      sp('Cover', '面料', 'Tacky PU, 32 panels', '微黏 PU，32 片'),
      sp('Other sizes', '其他规格', 'Size 1 and 2 on request', '可做 1 号、2 号'),
    ],
    unit: 'piece',
    tiers: [
      [300, 1150],
      [1000, 1030],
    ],
    hsCode: '95066290',
    lead: [30, 45],
    capacity: [4000, 'month'],
    sample: ballSample,
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('team handball, indoor handball', '手球 室内手球'),
  }),
  // Gloves and teamwear
  sports({
    slug: 'professional-goalkeeper-gloves-negative-cut',
    exporter: 'sambrial-glove-company',
    name: t('Professional Goalkeeper Gloves, Negative Cut', '职业守门员手套 负切'),
    summary: t('Negative-cut match gloves with a 4 mm contact latex palm.', '负切比赛手套，4 毫米高黏乳胶掌面。'),
    description: t(
      'Internal seams give the negative cut a tight, second-skin fit, and a 4 mm contact latex palm gives strong grip in dry and wet conditions. The knitted backhand is finished with a 3 mm latex punch zone and an elastic wrap strap. Private label with your logo moulded on the strap.',
      '负切内缝贴合如第二层皮肤，4 毫米高黏乳胶掌面在干湿条件下都抓得牢。针织手背配 3 毫米乳胶击球区，腕部为弹力绕腕带。可在腕带上模压客户 logo 做贴牌。',
    ),
    specs: [
      sp('Palm', '掌面', '4 mm contact latex', '4 毫米高黏乳胶'),
      sp('Cut', '剪裁', 'Negative cut', '负切'),
      sp('Backhand', '手背', 'Knit with 3 mm latex punch zone', '针织面料，3 毫米乳胶击球区'),
      sp('Closure', '腕带', 'Elastic wrap strap', '弹力绕腕带'),
      sp('Sizes', '尺码', '7–11', '7–11 号'),
    ],
    unit: 'pair',
    tiers: [
      [300, 720],
      [1000, 640],
      [3000, 580],
    ],
    hsCode: '61161000',
    lead: [30, 45],
    capacity: [15000, 'month'],
    sample: sample(
      'free',
      'One pair free in stock colours; freight paid by the buyer.',
      '现货颜色可免费寄一副样品，运费由买家承担。',
    ),
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('goalie gloves, keeper gloves, GK gloves', '守门员手套 门将手套 足球手套'),
  }),
  sports({
    slug: 'junior-goalkeeper-gloves-finger-protection',
    exporter: 'sambrial-glove-company',
    name: t('Junior Goalkeeper Gloves with Finger Protection', '儿童守门员手套 带护指骨'),
    summary: t('Flat-cut youth gloves with removable finger spines.', '平切儿童手套，带可拆卸护指骨。'),
    description: t(
      'Flexible spines in each finger stop young keepers from bending fingers backwards, and can be removed as they gain confidence. The 3 mm latex palm is soft and durable enough for training on artificial turf.',
      '每根手指内置弹性护指骨，防止小守门员手指反折，熟练后可取出。3 毫米乳胶掌面柔软耐磨，适合人造草训练。',
    ),
    specs: [
      sp('Palm', '掌面', '3 mm latex', '3 毫米乳胶'),
      sp('Cut', '剪裁', 'Flat cut', '平切'),
      sp('Protection', '防护', 'Removable finger spines', '可拆卸护指骨'),
      sp('Sizes', '尺码', '4–8', '4–8 号'),
    ],
    unit: 'pair',
    tiers: [
      [500, 390],
      [2000, 340],
    ],
    hsCode: '61161000',
    lead: [30, 45],
    capacity: [20000, 'month'],
    sample: sample('free', 'One pair free; freight paid by the buyer.', '可免费寄一副样品，运费由买家承担。'),
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('kids goalie gloves, youth keeper gloves, finger save', '儿童守门员手套 青少年门将手套 护指'),
  }),
  sports({
    slug: 'cricket-batting-gloves-sheep-leather',
    exporter: 'sambrial-glove-company',
    name: t('Cricket Batting Gloves, Sheep Leather Palm', '板球击球手套 绵羊皮掌面'),
    summary: t(
      'Batting gloves with a sheep-leather palm and high-density foam finger rolls.',
      '绵羊皮掌面板球击球手套，手指为高密度海绵护卷。',
    ),
    description: t(
      'The palm is cut from soft, perforated sheep leather for feel on the bat handle, and fingers are protected by high-density foam rolls with fibre inserts. Made in left- and right-hand versions in youth and adult sizes for club and retail brands.',
      '掌面采用柔软打孔绵羊皮，握拍手感好；手指由高密度海绵护卷加纤维插片保护。分左右手型，有青少年和成人尺码，适合俱乐部和零售品牌。',
    ),
    specs: [
      sp('Palm', '掌面', 'Perforated sheep leather', '打孔绵羊皮'),
      sp('Protection', '防护', 'HD foam rolls with fibre inserts', '高密度海绵护卷加纤维插片'),
      sp('Hand', '手型', 'Left or right', '左手或右手'),
      sp('Sizes', '尺码', 'Youth, Adult', '青少年、成人'),
    ],
    unit: 'pair',
    tiers: [
      [200, 1150],
      [1000, 990],
      [3000, 890],
    ],
    hsCode: '42032100',
    lead: [35, 50],
    capacity: [6000, 'month'],
    sample: sample(
      'paid',
      'Samples charged at unit price plus courier, refunded on orders over 1,000 pairs.',
      '样品按单价加快递费收取，订单满 1,000 副后返还。',
    ),
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('cricket gloves, batting gloves', '板球手套 击球手套'),
  }),
  sports({
    slug: 'cricket-wicket-keeping-gloves',
    exporter: 'sambrial-glove-company',
    name: t('Cricket Wicket-keeping Gloves', '板球三柱门守门手套'),
    summary: t('Padded keeping gloves with a pimpled rubber palm.', '带颗粒橡胶掌面的加厚板球守门手套。'),
    description: t(
      'A pimpled rubber face on a sheep-leather palm gives the grip keepers need, with a pre-curved padded cuff and webbing between thumb and forefinger. Supplied with cotton inner gloves on request.',
      '绵羊皮掌面外贴颗粒橡胶，提供守门所需的抓握力；护腕预弯加厚，拇指与食指之间带连蹼。可配棉质内手套。',
    ),
    specs: [
      sp('Palm', '掌面', 'Sheep leather with pimpled rubber face', '绵羊皮加颗粒橡胶面'),
      sp('Back', '手背', 'PU with foam padding', 'PU 加海绵衬垫'),
      sp('Sizes', '尺码', 'Youth, Adult', '青少年、成人'),
      sp('Options', '选配', 'Cotton inner gloves', '棉质内手套'),
    ],
    unit: 'pair',
    tiers: [
      [200, 1350],
      [1000, 1190],
    ],
    hsCode: '42032100',
    lead: [35, 50],
    capacity: [3000, 'month'],
    sample: sample('paid', 'Samples charged at unit price plus courier.', '样品按单价加快递费收取。'),
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('keeper gloves cricket, WK gloves', '板球守门手套 板球护具'),
  }),
  sports({
    slug: 'lace-up-professional-boxing-gloves-cowhide',
    exporter: 'sambrial-glove-company',
    name: t('Lace-up Professional Boxing Gloves, Cowhide', '专业系带拳击手套 牛皮'),
    summary: t(
      'Lace-up fight and sparring gloves in full-grain cowhide, 8 to 16 oz.',
      '全粒面牛皮系带比赛及对练拳击手套，8–16 盎司。',
    ),
    description: t(
      'Full-grain cowhide shells are built around layered high-density foam with an attached thumb and a padded cuff. Lace-up closure for a locked wrist in sparring and bouts. Embossed or printed logos, 20 pairs per carton.',
      '全粒面牛皮外壳内为多层高密度海绵，拇指连体设计，护腕加厚。系带式绑定，对练和比赛时手腕更稳。可压印或印刷 logo，每箱 20 副。',
    ),
    specs: [
      sp('Shell', '面料', 'Full-grain cowhide', '全粒面牛皮'),
      sp('Padding', '填充', 'Layered high-density foam', '多层高密度海绵'),
      sp('Weights', '重量', '8, 10, 12, 14, 16 oz', '8、10、12、14、16 盎司'),
      sp('Closure', '绑定方式', 'Lace-up', '系带'),
      sp('Packing', '包装', '20 pairs per carton', '每箱 20 副'),
    ],
    unit: 'pair',
    tiers: [
      [200, 2650],
      [600, 2390],
      [2000, 2150],
    ],
    hsCode: '42032100',
    lead: [35, 50],
    capacity: [3000, 'month'],
    sample: sample('paid', 'One sample pair at unit price plus courier.', '可寄一副样品，按单价加快递费收取。'),
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('boxing gloves, fight gloves, sparring gloves', '拳击手套 比赛拳套 对练拳套'),
  }),
  sports({
    slug: 'cowhide-training-boxing-gloves-hook-and-loop',
    exporter: 'sambrial-glove-company',
    name: t('Cowhide Training Boxing Gloves, Hook-and-Loop Strap', '牛皮魔术贴训练拳击手套'),
    summary: t(
      'Gym and bag-work gloves with an easy hook-and-loop wrist strap.',
      '健身房和打沙袋用拳套，魔术贴腕带穿脱方便。',
    ),
    description: t(
      'A training glove for gyms and boxing clubs, with a cowhide shell, mesh palm ventilation and a wide hook-and-loop strap so boxers can put it on without help. Weights 10 to 16 oz; colours and prints to order.',
      '面向健身房和拳击俱乐部的训练拳套，牛皮外壳，掌心网眼透气，宽魔术贴腕带可自行穿戴。10–16 盎司，颜色和印刷可定制。',
    ),
    specs: [
      sp('Shell', '面料', 'Cowhide leather', '牛皮'),
      sp('Weights', '重量', '10, 12, 14, 16 oz', '10、12、14、16 盎司'),
      sp('Closure', '绑定方式', 'Hook and loop', '魔术贴'),
      sp('Ventilation', '透气', 'Mesh palm', '掌心网眼'),
    ],
    unit: 'pair',
    tiers: [
      [300, 1650],
      [1000, 1480],
      [3000, 1350],
    ],
    hsCode: '42032100',
    lead: [30, 45],
    capacity: [6000, 'month'],
    sample: sample('paid', 'One sample pair at unit price plus courier.', '可寄一副样品，按单价加快递费收取。'),
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('bag gloves, training gloves, boxing gloves velcro', '沙袋手套 训练拳套 魔术贴拳套'),
  }),
  sports({
    slug: 'mma-grappling-gloves-4oz-cowhide',
    exporter: 'sambrial-glove-company',
    name: t('MMA Grappling Gloves, 4 oz, Cowhide', '综合格斗 MMA 露指手套 4 盎司 牛皮'),
    summary: t('Open-finger 4 oz MMA gloves for striking and grappling.', '4 盎司露指 MMA 手套，打击和缠斗两用。'),
    description: t(
      'Open fingers leave the hand free to grip, while a 4 oz foam knuckle pad protects on strikes. Cowhide shell, padded thumb loop and a hook-and-loop wrist strap. Sizes S to XXL.',
      '露指设计方便抓握，4 盎司海绵护住指节。牛皮外壳，拇指环加垫，魔术贴腕带。尺码 S–XXL。',
    ),
    specs: [
      sp('Shell', '面料', 'Cowhide leather', '牛皮'),
      sp('Padding', '填充', '4 oz foam over knuckles', '指节 4 盎司海绵'),
      sp('Sizes', '尺码', 'S–XXL', 'S–XXL'),
      sp('Closure', '绑定方式', 'Hook and loop', '魔术贴'),
    ],
    unit: 'pair',
    tiers: [
      [300, 1050],
      [1000, 940],
      [3000, 860],
    ],
    hsCode: '42032100',
    lead: [30, 45],
    capacity: [5000, 'month'],
    sample: sample('paid', 'One sample pair at unit price plus courier.', '可寄一副样品，按单价加快递费收取。'),
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('MMA gloves, UFC style gloves, grappling gloves', 'MMA 手套 格斗手套 搏击手套'),
  }),
  sports({
    slug: 'sublimated-football-kit-jersey-shorts',
    exporter: 'sambrial-glove-company',
    name: t('Sublimated Football Kit, Jersey and Shorts', '热升华足球队服套装（球衣+短裤）'),
    summary: t(
      'Full-sublimation team kit, any design, from 100 sets.',
      '全热升华印花球队套装，图案随意定制，100 套起订。',
    ),
    description: t(
      "Jerseys are cut from 140 GSM moisture-wicking polyester interlock and printed edge to edge by dye sublimation, so colours do not crack or fade. Names and numbers are sublimated in the same pass. Sized from kids' 6 to adult XXXL, packed by player in polybags.",
      '球衣采用 140 克重速干涤纶双面布，满版热升华印花，颜色不裂不褪；名字和号码同一工序印出。尺码从儿童 6 号到成人 3XL，按球员单独入袋。',
    ),
    specs: [
      sp('Fabric', '面料', '140 GSM polyester interlock', '140 克重涤纶双面布'),
      sp('Print', '印花', 'Full dye sublimation', '满版热升华'),
      sp('Sizes', '尺码', 'Kids 6 to adult XXXL', '儿童 6 号至成人 3XL'),
      sp('MOQ per design', '单款起订', '100 sets, mixed sizes', '100 套，可混码'),
    ],
    unit: 'set',
    tiers: [
      [100, 1150],
      [500, 980],
      [2000, 860],
    ],
    hsCode: '61103000',
    lead: [20, 30],
    capacity: [10000, 'month'],
    sample: sample(
      'paid',
      'Design proof free; one printed sample set charged at unit price.',
      '设计效果图免费；实物样衣一套按单价收费。',
    ),
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('soccer uniform, team kit, football shirt, sublimation jersey', '足球服 球衣定制 队服 热升华球衣'),
  }),
  sports({
    slug: 'polyester-training-tracksuit-set',
    exporter: 'sambrial-glove-company',
    name: t('Polyester Training Tracksuit Set', '涤纶训练运动套装（外套+长裤）'),
    summary: t(
      'Full-zip jacket and tapered pants for clubs and academies.',
      '全拉链外套配收口长裤，适合俱乐部和青训。',
    ),
    description: t(
      'A two-piece tracksuit in brushed-back polyester tricot with zip pockets and tapered, zip-ankle pants. Club badges are embroidered or heat-transferred, and panels can be sublimated in team colours.',
      '两件式运动套装，采用拉毛涤纶经编布，拉链口袋，裤脚收口带拉链。队徽可刺绣或热转印，拼接片可按球队配色热升华印花。',
    ),
    specs: [
      sp('Fabric', '面料', '260 GSM brushed polyester tricot', '260 克重拉毛涤纶经编布'),
      sp('Pieces', '组成', 'Jacket and pants', '外套和长裤'),
      sp('Branding', '标识', 'Embroidery, heat transfer or sublimation', '刺绣、热转印或热升华'),
      sp('Sizes', '尺码', 'Kids 6 to adult XXXL', '儿童 6 号至成人 3XL'),
    ],
    unit: 'set',
    tiers: [
      [100, 1750],
      [500, 1560],
      [2000, 1390],
    ],
    hsCode: '61121200',
    lead: [25, 35],
    capacity: [6000, 'month'],
    sample: sample(
      'paid',
      'One sample set charged at unit price, refunded on the first order.',
      '样衣一套按单价收费，首单后返还。',
    ),
    origin: 'sialkot',
    certs: ['iso9001'],
    keywords: t('track suit, warm-up suit, team tracksuit', '运动服套装 训练服 队服外套'),
  }),
];

// ─── Surgical, dental and beauty instruments (Sialkot) ───────────────────────

const surgical = maker('surgical-dental');

const MARALA_PROCESS = t(
  'Drop-forged from AISI 420 stainless steel, hardened, passivated and finished by hand; every piece is laser-marked with its lot number.',
  '采用 AISI 420 不锈钢模锻，经淬火、钝化和手工精修，每件激光刻有批号。',
);
const DENTAL_PROCESS = t(
  'Forged in AISI 420 stainless, with jaws milled on CNC and finished by hand, then passivated for corrosion resistance.',
  'AISI 420 不锈钢锻造，钳口数控铣削后手工精修，再经钝化处理，耐腐蚀性更好。',
);
const BEAUTY_PROCESS = t(
  'Made from hardened stainless steel and set and sharpened by hand so the edges meet cleanly along their full length.',
  '采用淬火不锈钢，经手工调校和开刃，刃口全长闭合严密。',
);
const HAND_TOOL_PROCESS = t(
  'Forged from AISI 420 stainless and ground by hand, then hardened and passivated; working ends are sharpened and checked under magnification.',
  'AISI 420 不锈钢锻造并手工研磨，经淬火和钝化处理；工作端开刃后在放大镜下逐支检验。',
);
const TWEEZER_PROCESS = t(
  'Made from stainless steel, with the tips aligned and the tension set by hand so they close under light pressure.',
  '不锈钢制造，尖端经手工对齐并调校弹力，轻捏即可闭合。',
);
const MEDICAL_PACKING = t(
  'Reusable and autoclavable; supplied non-sterile in individual pouches, with your brand laser-marked on request.',
  '可重复使用，耐高压蒸汽灭菌；非无菌供货，单支袋装，可按要求激光刻印客户品牌。',
);
const BEAUTY_PACKING = t(
  "Packed in PVC pouches or on the buyer's retail cards; logo etching available.",
  'PVC 袋装或客户零售卡装，可蚀刻 logo。',
);
const MEDICAL_KW = t(
  'medical instruments, surgical instruments, Sialkot instruments',
  '医疗器械 外科器械 手术器械 锡亚尔科特器械',
);
const DENTAL_KW = t('dental instruments, dental tools, dentistry', '牙科器械 口腔器械 牙科工具');
const BEAUTY_KW = t('beauty instruments, manicure tools, nail care', '美容工具 美甲工具 修甲工具');

const instrumentSample = sample(
  'free',
  'Up to five stock samples free; the buyer pays the courier.',
  '可免费提供五件以内现货样品，快递费由买家承担。',
);

const finish = {
  satin: t('Satin (matt)', '亚光'),
  mirror: t('Mirror polished', '镜面抛光'),
  tc: t('Satin with gold-coloured TC ring handles', '亚光，金色碳化钨指环'),
} as const;

interface InstrumentOpts {
  slug: string;
  exporter: string;
  name: L10n;
  summary: L10n;
  use: L10n;
  specs: SeedSpec[];
  tiers: Tier[];
  moq?: number;
  unit?: 'piece' | 'set' | 'dozen';
  hsCode: string;
  certs: readonly CertificationKind[];
  keywords: L10n;
  process: L10n;
  packing: L10n;
  capacity: number;
  featured?: boolean;
}

function instrument(o: InstrumentOpts): SeedProduct {
  return surgical({
    slug: o.slug,
    exporter: o.exporter,
    name: o.name,
    summary: o.summary,
    description: t(`${o.use.en} ${o.process.en} ${o.packing.en}`, `${o.use.zh}${o.process.zh}${o.packing.zh}`),
    specs: o.specs,
    unit: o.unit ?? 'piece',
    tiers: o.tiers,
    ...(o.moq === undefined ? {} : { moq: o.moq }),
    hsCode: o.hsCode,
    lead: [30, 50],
    capacity: [o.capacity, 'month'],
    sample: instrumentSample,
    origin: 'sialkot',
    certs: o.certs,
    keywords: o.keywords,
    incoterms: ['FOB', 'CFR', 'CIF', 'EXW'],
    ...(o.featured ? { featured: true } : {}),
  });
}

const MARALA: Pick<InstrumentOpts, 'exporter' | 'hsCode' | 'certs' | 'keywords' | 'process' | 'packing'> = {
  exporter: 'marala-surgical',
  hsCode: '90189090',
  certs: ['iso9001', 'iso13485', 'ce', 'fda'],
  keywords: MEDICAL_KW,
  process: MARALA_PROCESS,
  packing: MEDICAL_PACKING,
};
const PASRUR_DENTAL: Pick<InstrumentOpts, 'exporter' | 'hsCode' | 'certs' | 'keywords' | 'process' | 'packing'> = {
  exporter: 'pasrur-precision-instruments',
  hsCode: '90184990',
  certs: ['iso9001', 'iso13485', 'ce'],
  keywords: DENTAL_KW,
  process: DENTAL_PROCESS,
  packing: MEDICAL_PACKING,
};

const steel420 = sp('Material', '材质', 'AISI 420 stainless steel', 'AISI 420 不锈钢');
const len = (cm: string) => sp('Length', '长度', `${cm} cm`, `${cm} 厘米`);
const fin = (f: L10n) => sp('Finish', '表面处理', f.en, f.zh);
const autoclave = sp('Sterilisation', '灭菌方式', 'Autoclavable to 134 °C', '可 134 °C 高压蒸汽灭菌');

const surgicalDental: SeedProduct[] = [
  instrument({
    ...MARALA,
    slug: 'metzenbaum-dissecting-scissors-curved-18cm',
    name: t('Metzenbaum Dissecting Scissors, Curved, 18 cm', 'Metzenbaum 组织剪 弯头 18 厘米'),
    summary: t(
      'Fine curved scissors for cutting and dissecting delicate tissue.',
      '弯头精细组织剪，用于剪切和分离娇嫩组织。',
    ),
    use: t(
      'Long handles and short, blunt-tipped curved blades make the Metzenbaum the standard scissors for dissecting soft tissue in deep fields.',
      'Metzenbaum 剪柄长、刃短、钝头弯刃，是深部术野分离软组织的标准剪。',
    ),
    specs: [
      len('18'),
      sp('Blades', '刃型', 'Curved, blunt/blunt', '弯头，双钝头'),
      steel420,
      fin(finish.satin),
      autoclave,
    ],
    tiers: [
      [100, 290],
      [500, 250],
      [2000, 215],
    ],
    capacity: 8000,
    featured: true,
  }),
  instrument({
    ...MARALA,
    slug: 'metzenbaum-dissecting-scissors-straight-14-5cm',
    name: t('Metzenbaum Dissecting Scissors, Straight, 14.5 cm', 'Metzenbaum 组织剪 直头 14.5 厘米'),
    summary: t('Shorter straight Metzenbaum for superficial dissection.', '较短的直头 Metzenbaum 剪，用于浅表分离。'),
    use: t(
      'The 14.5 cm straight pattern suits superficial and plastic-surgery work where a shorter reach gives better control.',
      '14.5 厘米直头款适合浅表及整形手术，较短的长度更便于控制。',
    ),
    specs: [
      len('14.5'),
      sp('Blades', '刃型', 'Straight, blunt/blunt', '直头，双钝头'),
      steel420,
      fin(finish.satin),
      autoclave,
    ],
    tiers: [
      [100, 250],
      [500, 215],
      [2000, 185],
    ],
    capacity: 8000,
  }),
  instrument({
    ...MARALA,
    slug: 'mayo-dissecting-scissors-straight-17cm',
    name: t('Mayo Dissecting Scissors, Straight, 17 cm', 'Mayo 解剖剪 直头 17 厘米'),
    summary: t('Heavy straight scissors for cutting sutures and tough tissue.', '厚重直头剪，用于剪线和剪切坚韧组织。'),
    use: t(
      'Heavier blades than the Metzenbaum let the straight Mayo cut sutures, fascia and other tough tissue without springing.',
      'Mayo 剪刃比 Metzenbaum 更厚重，直头款可剪缝线、筋膜等坚韧组织而不变形。',
    ),
    specs: [
      len('17'),
      sp('Blades', '刃型', 'Straight, blunt/blunt', '直头，双钝头'),
      steel420,
      fin(finish.mirror),
      autoclave,
    ],
    tiers: [
      [100, 230],
      [500, 200],
      [2000, 170],
    ],
    capacity: 8000,
  }),
  instrument({
    ...MARALA,
    slug: 'mayo-scissors-curved-tungsten-carbide-17cm',
    name: t('Mayo Scissors, Curved, Tungsten Carbide Inserts, 17 cm', 'Mayo 解剖剪 弯头 碳化钨镶片 金柄 17 厘米'),
    summary: t(
      'Curved Mayo with brazed tungsten-carbide edges that stay sharp far longer.',
      '弯头 Mayo 剪，钎焊碳化钨刃口，锋利度保持更久。',
    ),
    use: t(
      'Tungsten-carbide inserts brazed onto the cutting edges stay sharp several times longer than plain steel, and the gold-coloured ring handles mark them out on the instrument tray.',
      '刃口钎焊碳化钨镶片，锋利保持时间是普通不锈钢的数倍；金色指环便于在器械盘中识别。',
    ),
    specs: [
      len('17'),
      sp('Blades', '刃型', 'Curved, TC inserts', '弯头，碳化钨镶片'),
      steel420,
      fin(finish.tc),
      autoclave,
    ],
    tiers: [
      [100, 560],
      [500, 490],
      [2000, 430],
    ],
    capacity: 3000,
  }),
  instrument({
    ...MARALA,
    slug: 'mayo-hegar-needle-holder-tungsten-carbide-16cm',
    name: t('Mayo-Hegar Needle Holder, Tungsten Carbide, 16 cm', 'Mayo-Hegar 持针器 碳化钨镶片 16 厘米'),
    summary: t('General-purpose needle holder with cross-serrated TC jaws.', '通用持针器，碳化钨网纹钳口。'),
    use: t(
      'Cross-serrated tungsten-carbide jaw inserts grip needles firmly without rotating them, and a three-step ratchet locks the hold.',
      '碳化钨网纹镶片夹针牢固不转针，三档棘齿锁定。',
    ),
    specs: [
      len('16'),
      sp('Jaws', '钳口', 'TC inserts, 0.4 mm cross serration', '碳化钨镶片，0.4 毫米网纹'),
      sp('Ratchet', '锁扣', '3-step', '三档棘齿'),
      fin(finish.tc),
      autoclave,
    ],
    tiers: [
      [100, 520],
      [500, 460],
      [2000, 400],
    ],
    capacity: 4000,
  }),
  instrument({
    ...MARALA,
    slug: 'adson-tissue-forceps-1x2-teeth-12cm',
    name: t('Adson Tissue Forceps, 1×2 Teeth, 12 cm', 'Adson 组织镊 1×2 齿 12 厘米'),
    summary: t('Fine toothed forceps for skin closure and delicate tissue.', '精细有齿镊，用于皮肤缝合和精细组织。'),
    use: t(
      'Broad serrated grips taper to fine 1×2 teeth that hold skin edges securely during suturing.',
      '宽大的防滑握持部逐渐收细至 1×2 细齿，缝合时可稳稳夹住皮缘。',
    ),
    specs: [len('12'), sp('Tips', '尖端', '1×2 teeth', '1×2 齿'), steel420, fin(finish.satin), autoclave],
    tiers: [
      [200, 120],
      [1000, 100],
      [5000, 85],
    ],
    capacity: 15000,
  }),
  instrument({
    ...MARALA,
    slug: 'debakey-atraumatic-tissue-forceps-20cm',
    name: t('DeBakey Atraumatic Tissue Forceps, 20 cm', 'DeBakey 无损伤镊 20 厘米'),
    summary: t('Atraumatic forceps for vascular and delicate tissue.', '无损伤镊，用于血管和脆弱组织。'),
    use: t(
      'The fine longitudinal DeBakey serration grips vessels and bowel without crushing them, which is why it is standard in cardiovascular and general surgery.',
      'DeBakey 细纵纹齿夹持血管和肠管时不会造成挤压损伤，是心血管和普外科的标准器械。',
    ),
    specs: [
      len('20'),
      sp('Tips', '尖端', 'DeBakey serration, 2 mm', 'DeBakey 齿，2 毫米'),
      steel420,
      fin(finish.satin),
      autoclave,
    ],
    tiers: [
      [100, 290],
      [500, 255],
    ],
    capacity: 5000,
  }),
  instrument({
    ...MARALA,
    slug: 'kelly-haemostatic-forceps-curved-14cm',
    name: t('Kelly Haemostatic Forceps, Curved, 14 cm', 'Kelly 止血钳 弯头 14 厘米'),
    summary: t('Curved artery forceps with half-length serrations.', '弯头止血钳，钳口前半段带横纹。'),
    use: t(
      'Transverse serrations on the distal half of the jaws clamp vessels securely; the box joint is hand-fitted so the jaws close without play.',
      '钳口前半段的横纹可牢固夹闭血管；关节经手工装配，闭合无松动。',
    ),
    specs: [
      len('14'),
      sp('Jaws', '钳口', 'Curved, half serrated', '弯头，半齿'),
      steel420,
      fin(finish.mirror),
      autoclave,
    ],
    tiers: [
      [200, 170],
      [1000, 145],
      [5000, 125],
    ],
    capacity: 12000,
  }),
  instrument({
    ...MARALA,
    slug: 'allis-tissue-forceps-4x5-teeth-15cm',
    name: t('Allis Tissue Forceps, 4×5 Teeth, 15 cm', 'Allis 组织钳（鼠齿钳）4×5 齿 15 厘米'),
    summary: t('Grasping forceps with interlocking teeth for holding tissue.', '带咬合齿的组织钳，用于夹持组织。'),
    use: t(
      'Interlocking 4×5 teeth hold fascia and bowel edges firmly for traction, with a ratchet to leave the clamp in place.',
      '4×5 咬合齿可牢固夹持筋膜和肠壁边缘进行牵引，带棘齿锁扣可留置。',
    ),
    specs: [len('15'), sp('Jaws', '钳口', '4×5 teeth', '4×5 齿'), steel420, fin(finish.mirror), autoclave],
    tiers: [
      [100, 210],
      [500, 185],
    ],
    capacity: 6000,
  }),
  instrument({
    ...MARALA,
    slug: 'langenbeck-retractor-21cm',
    name: t('Langenbeck Retractor, 21 cm', 'Langenbeck 拉钩 21 厘米'),
    summary: t('Hand-held right-angled retractor for superficial wounds.', '手持直角拉钩，用于浅表切口。'),
    use: t(
      'A flat, right-angled blade on a hollow handle gives steady retraction of skin and muscle in hernia and general procedures.',
      '直角平叶配空心手柄，在疝修补和普外手术中稳定牵开皮肤与肌肉。',
    ),
    specs: [len('21'), sp('Blade', '叶片', '40 × 10 mm', '40 × 10 毫米'), steel420, fin(finish.satin), autoclave],
    tiers: [
      [100, 260],
      [500, 225],
    ],
    capacity: 4000,
  }),
  instrument({
    ...MARALA,
    slug: 'deaver-retractor-25mm-30cm',
    name: t('Deaver Retractor, 25 mm Blade, 30 cm', 'Deaver 腹部拉钩 叶宽 25 毫米 30 厘米'),
    summary: t('Curved abdominal retractor for deep fields.', '深部术野用弯形腹部拉钩。'),
    use: t(
      'The broad curved Deaver blade holds back liver and bowel in abdominal and thoracic surgery; other widths from 19 to 75 mm are made to order.',
      'Deaver 宽弧形叶片用于腹部和胸部手术中牵开肝脏和肠管；19–75 毫米其他宽度可按单生产。',
    ),
    specs: [len('30'), sp('Blade width', '叶宽', '25 mm', '25 毫米'), steel420, fin(finish.satin), autoclave],
    tiers: [],
    moq: 50,
    capacity: 1500,
  }),
  instrument({
    ...MARALA,
    slug: 'scalpel-handle-no-3',
    name: t('Scalpel Handle No. 3', '3 号手术刀柄'),
    summary: t('Standard handle for blade sizes 10 to 15.', '标准刀柄，适配 10–15 号刀片。'),
    use: t(
      'Fits the common small blade sizes 10, 11, 12 and 15 and has a ruler etched on the side for quick measurement.',
      '适配常用的 10、11、12、15 号小刀片，侧面蚀刻刻度便于测量。',
    ),
    specs: [
      sp('Fits blades', '适配刀片', 'No. 10–15', '10–15 号'),
      len('12.5'),
      steel420,
      fin(finish.satin),
      sp('Marking', '标识', 'Etched metric scale', '蚀刻公制刻度'),
    ],
    tiers: [
      [500, 55],
      [2000, 46],
      [10000, 39],
    ],
    capacity: 30000,
  }),
  instrument({
    ...MARALA,
    slug: 'scalpel-handle-no-4',
    name: t('Scalpel Handle No. 4', '4 号手术刀柄'),
    summary: t('Larger handle for blade sizes 20 to 25.', '大号刀柄，适配 20–25 号刀片。'),
    use: t(
      'The heavier No. 4 handle takes the large 20–25 blades used for long incisions and in veterinary and autopsy work.',
      '4 号刀柄更厚重，适配 20–25 号大刀片，用于长切口以及兽医和解剖工作。',
    ),
    specs: [
      sp('Fits blades', '适配刀片', 'No. 20–25', '20–25 号'),
      len('13.5'),
      steel420,
      fin(finish.satin),
      autoclave,
    ],
    tiers: [
      [500, 58],
      [2000, 48],
      [10000, 41],
    ],
    capacity: 20000,
  }),
  instrument({
    ...MARALA,
    slug: 'veterinary-hoof-knife-double-edged',
    packing: t('Packed singly on blister cards with your brand.', '单把吸塑卡装，可印客户品牌。'),
    process: t(
      'Forged, hardened and sharpened by hand, with the handle fixed by brass rivets.',
      '锻造、淬火后手工开刃，刀柄以铜铆钉固定。',
    ),
    name: t('Veterinary Hoof Knife, Double-edged', '兽用修蹄刀 双刃'),
    summary: t('Hoof-trimming knife for cattle, horses and sheep.', '牛、马、羊用修蹄刀。'),
    use: t(
      'A hooked, double-edged blade trims hooves in either direction, set in a riveted hardwood handle for farriers and herd vets.',
      '钩形双刃刀片可双向修蹄，铆接硬木柄，适合蹄铁匠和牧场兽医使用。',
    ),
    specs: [
      sp('Blade', '刀片', 'Hooked, double-edged, carbon stainless', '钩形双刃，高碳不锈钢'),
      sp('Handle', '刀柄', 'Riveted hardwood', '铆接硬木'),
      sp('Overall length', '全长', '20 cm', '20 厘米'),
      sp('Use', '用途', 'Cattle, horses, sheep', '牛、马、羊'),
    ],
    tiers: [
      [200, 220],
      [1000, 190],
    ],
    hsCode: '82119200',
    certs: ['iso9001'],
    keywords: t('farrier knife, hoof trimming knife, veterinary instruments', '修蹄刀 蹄刀 兽医器械'),
    capacity: 4000,
  }),
  instrument({
    ...MARALA,
    slug: 'veterinary-emasculator-33cm',
    name: t('Veterinary Emasculator, 33 cm', '兽用去势钳 33 厘米'),
    summary: t('Crush-and-cut emasculator for calves, colts and rams.', '压碎切断式去势钳，适用于牛犊、马驹和公羊。'),
    use: t(
      'A crushing jaw sits beside the cutting jaw so the cord is crushed on the body side while it is cut, reducing bleeding during castration.',
      '压碎钳口与切割钳口并排，切断精索的同时在近体侧压碎，减少去势出血。',
    ),
    specs: [
      len('33'),
      sp('Action', '结构', 'Crush and cut, double-action', '压碎加切割，双动式'),
      steel420,
      fin(finish.mirror),
      sp('Use', '用途', 'Calves, colts, rams', '牛犊、马驹、公羊'),
    ],
    tiers: [],
    moq: 20,
    certs: ['iso9001'],
    keywords: t('veterinary instruments, castration tool, livestock instruments', '兽医器械 去势工具 畜牧器械'),
    capacity: 500,
  }),
  // Dental and orthodontic
  instrument({
    ...PASRUR_DENTAL,
    slug: 'upper-molar-extraction-forceps-english-pattern',
    name: t('Upper Molar Extraction Forceps, English Pattern', '上颌磨牙拔牙钳 英式'),
    summary: t('Left and right upper molar forceps with beaked buccal jaw.', '上颌磨牙拔牙钳，颊侧钳喙，分左右。'),
    use: t(
      'English-pattern upper molar forceps with a pointed buccal beak that seats into the furcation; sold in left and right versions.',
      '英式上颌磨牙钳，颊侧尖喙可卡入根分叉处，分左、右两款。',
    ),
    specs: [
      sp('Pattern', '款式', 'English, upper molar', '英式，上颌磨牙'),
      sp('Sides', '侧别', 'Left and right', '左、右'),
      steel420,
      fin(finish.satin),
      autoclave,
    ],
    tiers: [
      [50, 560],
      [200, 490],
      [1000, 430],
    ],
    capacity: 3000,
  }),
  instrument({
    ...PASRUR_DENTAL,
    slug: 'lower-molar-cowhorn-forceps-english-pattern',
    name: t('Lower Molar Cowhorn Forceps, English Pattern', '下颌磨牙牛角钳 英式'),
    summary: t('Cowhorn forceps for splitting and lifting lower molars.', '牛角钳，用于分根和拔除下颌磨牙。'),
    use: t(
      'Two pointed horns engage the furcation of lower molars, splitting the roots and lifting the tooth as the handles close.',
      '两个尖角卡入下颌磨牙根分叉，收拢钳柄时即可分根并将牙齿撬起。',
    ),
    specs: [
      sp('Pattern', '款式', 'English, lower molar cowhorn', '英式，下颌磨牙牛角'),
      steel420,
      fin(finish.satin),
      autoclave,
    ],
    tiers: [
      [50, 580],
      [200, 510],
      [1000, 450],
    ],
    capacity: 3000,
  }),
  instrument({
    ...PASRUR_DENTAL,
    slug: 'paediatric-extraction-forceps-set-7',
    name: t('Paediatric Extraction Forceps Set, 7 Pieces', '儿童拔牙钳套装 7 件'),
    summary: t('Seven small-jaw forceps covering the primary dentition.', '七把小钳口拔牙钳，覆盖乳牙全列。'),
    use: t(
      'Seven compact forceps sized for small hands and primary teeth, covering upper and lower incisors, canines and molars, in a fitted stainless tray.',
      '七把小巧的拔牙钳，适合儿童口腔和乳牙，覆盖上下颌切牙、尖牙和磨牙，附不锈钢器械盒。',
    ),
    specs: [
      sp('Contents', '组成', '7 forceps with stainless tray', '7 把拔牙钳，附不锈钢盒'),
      sp('Pattern', '款式', 'Paediatric, English', '儿童款，英式'),
      steel420,
      autoclave,
    ],
    unit: 'set',
    tiers: [
      [20, 3600],
      [100, 3150],
    ],
    capacity: 300,
  }),
  instrument({
    ...PASRUR_DENTAL,
    slug: 'coupland-dental-elevators-set-3',
    process: HAND_TOOL_PROCESS,
    name: t('Coupland Dental Elevators, Set of 3', 'Coupland 牙挺 3 支装'),
    summary: t('Straight gouge-bladed elevators in widths 1, 2 and 3.', '直形凹刃牙挺，1、2、3 号三种宽度。'),
    use: t(
      'Coupland elevators have a straight, gouge-shaped blade used to luxate teeth before extraction; this set covers widths 1, 2 and 3 with colour-coded hollow handles.',
      'Coupland 牙挺为直形凹槽刃，用于拔牙前松动牙齿；本套含 1、2、3 号三种宽度，空心柄按颜色区分。',
    ),
    specs: [
      sp('Contents', '组成', 'Widths 1, 2, 3', '1、2、3 号宽度'),
      sp('Handle', '手柄', 'Hollow, colour-coded', '空心柄，颜色区分'),
      steel420,
      autoclave,
    ],
    unit: 'set',
    tiers: [
      [50, 720],
      [200, 630],
      [1000, 560],
    ],
    capacity: 2000,
  }),
  instrument({
    ...PASRUR_DENTAL,
    slug: 'cryer-elevators-left-right-pair',
    process: HAND_TOOL_PROCESS,
    name: t('Cryer Elevators, Left and Right Pair', 'Cryer 三角挺 左右一对'),
    summary: t('Triangular-blade elevators for removing retained roots.', '三角形刃牙挺，用于取出残根。'),
    use: t(
      'The triangular Cryer blade is turned into an empty socket to lift out the remaining root of a multi-rooted tooth; supplied as a left and right pair.',
      'Cryer 三角刃插入已拔空的牙槽窝后旋转，即可挑出多根牙的残根；左右成对供货。',
    ),
    specs: [
      sp('Contents', '组成', 'Left and right', '左、右各一'),
      sp('Blade', '刃型', 'Triangular', '三角形'),
      steel420,
      autoclave,
    ],
    unit: 'set',
    tiers: [
      [50, 480],
      [200, 420],
    ],
    capacity: 2000,
  }),
  instrument({
    ...PASRUR_DENTAL,
    slug: 'double-ended-sickle-scaler-hollow-handle',
    process: HAND_TOOL_PROCESS,
    name: t('Double-ended Sickle Scaler, Hollow Handle', '双头镰形洁治器 空心柄'),
    summary: t('Anterior sickle scaler for supragingival calculus.', '前牙镰形洁治器，去除龈上牙石。'),
    use: t(
      'Two sharp sickle tips remove supragingival calculus from anterior teeth; the light hollow handle with knurled grip reduces hand fatigue.',
      '两端锋利的镰形工作头用于清除前牙龈上牙石；轻质空心柄带滚花防滑纹，减轻手部疲劳。',
    ),
    specs: [
      sp('Tips', '工作头', 'Sickle, double-ended', '镰形，双头'),
      sp('Handle', '手柄', 'Hollow, 9.5 mm, knurled', '空心，直径 9.5 毫米，滚花'),
      steel420,
      autoclave,
    ],
    tiers: [
      [100, 190],
      [500, 160],
      [2000, 140],
    ],
    capacity: 6000,
  }),
  instrument({
    ...PASRUR_DENTAL,
    slug: 'gracey-curette-set-7',
    process: HAND_TOOL_PROCESS,
    name: t('Gracey Curette Set, 7 Double-ended', 'Gracey 刮治器套装 7 支双头'),
    summary: t('Area-specific periodontal curettes, complete set of seven.', '区域专用牙周刮治器，七支全套。'),
    use: t(
      'Gracey curettes are angled for specific tooth surfaces; this set runs from 1/2 to 13/14 for full-mouth subgingival scaling and root planing.',
      'Gracey 刮治器针对不同牙面设计角度，本套从 1/2 到 13/14，可完成全口龈下刮治和根面平整。',
    ),
    specs: [
      sp(
        'Contents',
        '组成',
        'Gracey 1/2, 3/4, 5/6, 7/8, 9/10, 11/12, 13/14',
        'Gracey 1/2、3/4、5/6、7/8、9/10、11/12、13/14',
      ),
      sp('Handle', '手柄', 'Hollow, knurled', '空心柄，滚花'),
      steel420,
      autoclave,
    ],
    unit: 'set',
    tiers: [
      [20, 1950],
      [100, 1700],
    ],
    capacity: 500,
  }),
  instrument({
    ...PASRUR_DENTAL,
    slug: 'front-surface-mouth-mirrors-no-4-box-12',
    packing: t(
      'Autoclavable; packed 12 heads to a box, with your brand printed on the box.',
      '可高压蒸汽灭菌；每盒 12 支，盒面可印客户品牌。',
    ),
    process: t(
      'Each head is front-coated optical glass set in a stainless-steel rim on a threaded stem.',
      '镜头为前表面镀膜光学玻璃，镶于不锈钢镜框，配螺纹镜杆。',
    ),
    name: t('Front-surface Mouth Mirrors No. 4, Box of 12', '4 号前表面反光口镜 12 支/盒'),
    summary: t('Double-image-free front-surface mirror heads, 22 mm.', '前表面镀膜口镜头，无重影，22 毫米。'),
    use: t(
      'The reflective coating is on the front of the glass, so the image is sharp with no ghosting; standard cone-socket heads fit most handles.',
      '反光层镀在镜片正面，成像清晰无重影；标准锥形接口，适配大多数口镜柄。',
    ),
    specs: [
      sp('Size', '规格', 'No. 4, 22 mm', '4 号，22 毫米'),
      sp('Coating', '镀膜', 'Front surface (rhodium)', '前表面（铑）'),
      sp('Fitting', '接口', 'Cone socket', '锥形接口'),
      sp('Packing', '包装', '12 heads per box', '每盒 12 支'),
    ],
    unit: 'dozen',
    tiers: [
      [50, 780],
      [200, 690],
      [1000, 610],
    ],
    capacity: 3000,
  }),
  instrument({
    ...PASRUR_DENTAL,
    slug: 'weingart-utility-pliers-tungsten-carbide',
    name: t('Weingart Utility Pliers, Tungsten Carbide Tips', 'Weingart 正畸万用钳 碳化钨头'),
    summary: t('Tapered serrated pliers for placing archwires.', '尖细带齿正畸钳，用于放置弓丝。'),
    use: t(
      'Tapered, serrated tips with tungsten-carbide inserts guide archwires into brackets and hold them firmly without slipping.',
      '尖细带齿的钳头镶有碳化钨，可引导弓丝入槽并牢固夹持不打滑。',
    ),
    specs: [
      sp('Tips', '钳头', 'Tapered, serrated, TC inserts', '尖细带齿，碳化钨镶片'),
      len('13'),
      sp('Joint', '关节', 'Box joint', '箱式关节'),
      autoclave,
    ],
    tiers: [
      [30, 1250],
      [100, 1090],
      [500, 960],
    ],
    capacity: 1000,
  }),
  instrument({
    ...PASRUR_DENTAL,
    slug: 'orthodontic-distal-end-cutter-safety-hold',
    name: t('Orthodontic Distal End Cutter, Safety Hold', '正畸末端切断钳 带安全夹持'),
    summary: t('Flush-cuts archwire ends and holds the cut piece.', '齐平剪断弓丝末端并夹住剪下的断丝。'),
    use: t(
      'Cuts archwire ends flush behind the last molar tube and holds the cut-off piece so it cannot fall into the mouth; rated for wires up to 0.56 × 0.71 mm (.022 × .028 in).',
      '在最后一颗磨牙颊管后齐平剪断弓丝，并夹住剪下的断头以防落入口内；可剪 0.56 × 0.71 毫米（.022 × .028 英寸）以内的弓丝。',
    ),
    specs: [
      sp('Max wire', '最大线径', '0.56 × 0.71 mm', '0.56 × 0.71 毫米'),
      sp('Cutting edges', '刃口', 'Tungsten carbide', '碳化钨'),
      sp('Safety hold', '安全夹持', 'Yes', '有'),
      autoclave,
    ],
    tiers: [
      [30, 1850],
      [100, 1620],
    ],
    capacity: 800,
  }),
  instrument({
    ...PASRUR_DENTAL,
    slug: 'bird-beak-wire-bending-pliers-139',
    name: t('Bird Beak Wire-bending Pliers No. 139', '139 号鸟嘴弯丝钳'),
    summary: t('Round-and-pyramid beaks for bending loops and clasps.', '圆锥加方锥钳喙，用于弯制曲和卡环。'),
    use: t(
      'One round and one pyramid beak let technicians and orthodontists form loops, springs and clasps in round wire.',
      '一侧圆锥、一侧方锥钳喙，供技师和正畸医生弯制圆丝曲、弹簧和卡环。',
    ),
    specs: [
      sp('Beaks', '钳喙', 'Round and pyramid', '圆锥与方锥'),
      len('13'),
      sp('Max wire', '最大线径', '0.7 mm round', '0.7 毫米圆丝'),
      autoclave,
    ],
    tiers: [],
    moq: 30,
    capacity: 800,
  }),
  // Beauty
  instrument({
    exporter: 'pasrur-precision-instruments',
    hsCode: '82142000',
    certs: ['iso9001'],
    keywords: BEAUTY_KW,
    process: BEAUTY_PROCESS,
    packing: BEAUTY_PACKING,
    slug: 'cuticle-nipper-half-jaw-double-spring',
    name: t('Cuticle Nipper, Half Jaw, Double Spring', '死皮剪 半口 双弹簧'),
    summary: t('Salon cuticle nipper with a 5 mm half jaw.', '美甲店用死皮剪，5 毫米半口。'),
    use: t(
      'A 5 mm half jaw trims cuticles and hangnails precisely, and a double spring gives a smooth, even return.',
      '5 毫米半口刃可精准修剪死皮和倒刺，双弹簧回弹顺滑均匀。',
    ),
    specs: [
      sp('Jaw', '刃口', 'Half jaw, 5 mm', '半口，5 毫米'),
      len('10'),
      sp('Spring', '弹簧', 'Double spring', '双弹簧'),
      fin(finish.satin),
    ],
    tiers: [
      [300, 165],
      [1000, 140],
      [5000, 120],
    ],
    capacity: 20000,
  }),
  instrument({
    exporter: 'pasrur-precision-instruments',
    hsCode: '82032000',
    certs: ['iso9001'],
    keywords: t('tweezers, eyebrow tweezer, beauty tools', '镊子 眉镊 美容工具'),
    process: TWEEZER_PROCESS,
    packing: BEAUTY_PACKING,
    slug: 'slant-tip-eyebrow-tweezers',
    name: t('Slant-tip Eyebrow Tweezers', '斜口眉夹'),
    summary: t('Hand-filed slant tweezers that grip even short hairs.', '手工锉磨斜口眉夹，短毛也能夹住。'),
    use: t(
      'Each slant tip is filed by hand so the tips meet along their whole width and catch fine, short hairs.',
      '斜口尖端逐支手工锉磨，全宽闭合，细短毛发也能夹牢。',
    ),
    specs: [
      len('9.5'),
      sp('Tip', '尖端', 'Slant, hand-aligned', '斜口，手工对齐'),
      sp('Colours', '颜色', 'Steel or powder-coated', '原色或喷粉彩色'),
      sp('Material', '材质', 'Stainless steel', '不锈钢'),
    ],
    tiers: [
      [500, 65],
      [2000, 54],
      [10000, 46],
    ],
    capacity: 50000,
  }),
  instrument({
    exporter: 'pasrur-precision-instruments',
    hsCode: '82142000',
    certs: ['iso9001'],
    keywords: t('podiatry nipper, toenail clipper, chiropody', '足疗工具 趾甲钳 修脚工具'),
    process: BEAUTY_PROCESS,
    packing: BEAUTY_PACKING,
    slug: 'ingrown-toenail-nipper-14cm',
    name: t('Ingrown Toenail Nipper, 14 cm', '嵌甲钳 14 厘米'),
    summary: t('Narrow-tipped podiatry nipper for ingrown and thick nails.', '窄头修脚钳，处理嵌甲和厚甲。'),
    use: t(
      'Narrow, pointed jaws reach into the nail sulcus to cut ingrown corners, with a barrel spring and box joint for podiatry clinics.',
      '窄尖刃口可伸入甲沟剪除嵌甲边角，桶形弹簧加箱式关节，适合足疗诊所。',
    ),
    specs: [
      len('14'),
      sp('Jaw', '刃口', 'Narrow pointed', '窄尖'),
      sp('Spring', '弹簧', 'Barrel spring', '桶形弹簧'),
      fin(finish.satin),
    ],
    tiers: [
      [300, 230],
      [1000, 200],
    ],
    capacity: 8000,
  }),
  instrument({
    exporter: 'pasrur-precision-instruments',
    hsCode: '82130000',
    certs: ['iso9001'],
    keywords: t('nail scissors, cuticle scissors, manicure tools', '指甲剪 死皮剪刀 修甲工具'),
    process: BEAUTY_PROCESS,
    packing: BEAUTY_PACKING,
    slug: 'curved-manicure-scissors-9cm',
    name: t('Curved Manicure Scissors, 9 cm', '弯头美甲剪 9 厘米'),
    summary: t('Fine curved scissors for nails and cuticles.', '精细弯头剪，修剪指甲和死皮。'),
    use: t(
      'Short curved blades follow the shape of the nail, and fine points reach the cuticle line.',
      '短弯刃贴合甲形，细尖可伸到甲缘死皮处。',
    ),
    specs: [
      len('9'),
      sp('Blades', '刃型', 'Curved, fine points', '弯头，细尖'),
      fin(finish.mirror),
      sp('Material', '材质', 'Stainless steel', '不锈钢'),
    ],
    tiers: [
      [500, 115],
      [2000, 98],
    ],
    capacity: 20000,
  }),
  instrument({
    exporter: 'noorani-beauty-tools',
    hsCode: '82142000',
    certs: [],
    keywords: BEAUTY_KW,
    process: BEAUTY_PROCESS,
    packing: BEAUTY_PACKING,
    slug: 'colour-coated-cuticle-nipper-full-jaw',
    name: t('Colour-coated Cuticle Nipper, Full Jaw', '彩色涂层死皮剪 全口'),
    summary: t(
      'Full-jaw nipper in titanium-look or pastel coatings for retail.',
      '全口死皮剪，钛彩或马卡龙色涂层，适合零售。',
    ),
    use: t(
      'A 7 mm full-jaw nipper finished in rainbow titanium-look, rose-gold or pastel coatings for online beauty brands.',
      '7 毫米全口死皮剪，可做幻彩钛色、玫瑰金或马卡龙色涂层，面向网络美妆品牌。',
    ),
    specs: [
      sp('Jaw', '刃口', 'Full jaw, 7 mm', '全口，7 毫米'),
      len('10'),
      sp('Coating', '涂层', 'Rainbow, rose gold, pastel', '幻彩、玫瑰金、马卡龙色'),
      sp('Spring', '弹簧', 'Double spring', '双弹簧'),
    ],
    tiers: [
      [200, 180],
      [1000, 150],
    ],
    capacity: 5000,
  }),
  instrument({
    exporter: 'noorani-beauty-tools',
    hsCode: '82032000',
    certs: [],
    keywords: t('lash tweezers, eyelash extension tools, volume tweezers', '睫毛镊 嫁接睫毛工具 开花镊'),
    process: TWEEZER_PROCESS,
    packing: BEAUTY_PACKING,
    slug: 'eyelash-extension-tweezers-volume',
    name: t('Eyelash Extension Tweezers for Volume Fans', '开花嫁接睫毛镊 弯头'),
    summary: t('Bent-tip lash tweezers for making volume fans.', '弯头睫毛镊，用于制作开花睫毛。'),
    use: t(
      'Fine bent tips with a 1 mm closing area let lash artists pick and fan several lashes at once; each pair is tested on a single lash before packing.',
      '弯头细尖，闭合段约 1 毫米，方便睫毛师一次夹起多根并做成开花；每把出厂前都用单根睫毛测试夹持。',
    ),
    specs: [
      len('12'),
      sp('Tip', '尖端', 'Bent, 1 mm grip area', '弯头，夹持段 1 毫米'),
      sp('Test', '检测', 'Single-lash grip test', '单根睫毛夹持测试'),
      sp('Material', '材质', 'Stainless steel', '不锈钢'),
    ],
    tiers: [
      [200, 145],
      [1000, 120],
    ],
    capacity: 6000,
  }),
  instrument({
    exporter: 'noorani-beauty-tools',
    hsCode: '82130000',
    certs: [],
    keywords: t('hairdressing scissors, barber shears, salon scissors', '美发剪 理发剪 发廊剪刀'),
    process: t(
      'Forged from 440C stainless, hardened to about 58 HRC and honed to a convex edge.',
      '440C 不锈钢锻造，淬火至约 58 HRC，研磨成弧刃。',
    ),
    packing: t('Supplied in a zip case with a finger insert and oil.', '配拉链收纳包、指环垫圈和保养油。'),
    slug: 'barber-hair-cutting-scissors-6-inch-440c',
    name: t('Barber Hair-cutting Scissors, 6 in, 440C', '美发平剪 6 寸 440C 钢'),
    summary: t('Convex-edge salon shears with an offset handle.', '弧刃发廊剪，偏柄设计。'),
    use: t(
      'A 6-inch offset shear for salon cutting with an adjustable tension screw and removable finger rest.',
      '6 寸偏柄美发剪，张力螺丝可调，指托可拆卸。',
    ),
    specs: [
      sp('Length', '长度', '6 in (15 cm)', '6 寸（15 厘米）'),
      sp('Steel', '钢材', '440C, about 58 HRC', '440C，约 58 HRC'),
      sp('Edge', '刃口', 'Convex', '弧刃'),
      sp('Handle', '手柄', 'Offset', '偏柄'),
    ],
    tiers: [
      [100, 980],
      [500, 850],
    ],
    capacity: 2000,
  }),
];

// ─── Bed linen and towels (Faisalabad, Karachi, Hyderabad) ───────────────────

const textiles = maker('home-textiles');

const linenSample = sample(
  'free',
  'One sample set free from stock colours; courier paid by the buyer. Lab-dip and strike-off approvals in 7–10 days.',
  '现货颜色可免费提供一套样品，快递费由买家承担；打色样和印花小样 7–10 天确认。',
);
const towelSample = sample(
  'free',
  'Two pieces free from stock; custom colours and logo samples in about 10 days.',
  '现货可免费提供两条样品；定制颜色和 logo 样品约 10 天。',
);
const BEDDING_KW = t('bedding, bed linen, sheets, cotton sheets', '床品 床上用品 床单 纯棉床单');
const TOWEL_KW = t('terry towel, cotton towel, bath linen', '毛巾 纯棉毛巾 毛圈巾 浴巾');
const HOTEL_KW = t('hotel linen, hospitality textiles, institutional linen', '酒店布草 酒店用品 宾馆床品');

interface SheetSetOpts {
  slug: string;
  weave: 'percale' | 'sateen';
  tc: number;
  yarn: string;
  lead: L10n;
  summary: L10n;
  tiers: Tier[];
  organic?: boolean;
  featured?: boolean;
}

function sheetSet(o: SheetSetOpts): SeedProduct {
  const weave = o.weave === 'percale' ? t('Percale', '平纹') : t('Sateen', '贡缎');
  return textiles({
    slug: o.slug,
    exporter: 'lyallpur-looms',
    name: t(
      `${o.organic ? 'GOTS Organic Cotton' : 'Cotton'} ${weave.en} Sheet Set, ${o.tc} Thread Count`,
      `${o.organic ? 'GOTS 有机棉' : '纯棉'}${weave.zh}床单套件 ${o.tc}TC`,
    ),
    summary: o.summary,
    description: t(
      `${o.lead.en} Each set has a flat sheet, a fitted sheet with a 38 cm pocket and all-round elastic, and two pillowcases. Sizes from twin to king or to your size chart, packed in a PVC zip bag or printed sleeve with your insert and barcode.`,
      `${o.lead.zh}每套含平单一条、床笠一条（38 厘米深口袋，四周松紧）和枕套两只。尺寸从单人到特大双人，也可按客户尺码表生产；PVC 拉链袋或印刷腰封包装，配客户插卡和条码。`,
    ),
    specs: [
      sp('Thread count', '密度', `${o.tc} TC`, `${o.tc}TC`),
      sp('Weave', '组织', weave.en, weave.zh),
      sp('Yarn', '纱支', `${o.yarn} combed cotton`, `${o.yarn} 精梳棉`),
      sp('Contents', '组成', 'Flat sheet, fitted sheet, 2 pillowcases', '平单、床笠、枕套 ×2'),
      sp('Sizes', '尺寸', 'Twin, full, queen, king', '单人、双人、大号双人、特大双人'),
      sp(
        'Certification',
        '认证',
        o.organic ? 'GOTS organic' : 'OEKO-TEX STANDARD 100',
        o.organic ? 'GOTS 有机' : 'OEKO-TEX STANDARD 100',
      ),
    ],
    unit: 'set',
    tiers: o.tiers,
    hsCode: '63023190',
    lead: [35, 50],
    capacity: [40000, 'month'],
    sample: linenSample,
    origin: 'faisalabad',
    certs: o.organic ? ['iso9001', 'gots'] : ['iso9001', 'oeko_tex'],
    keywords: BEDDING_KW,
    ...(o.featured ? { featured: true } : {}),
  });
}

interface TowelOpts {
  slug: string;
  exporter: string;
  name: L10n;
  summary: L10n;
  lead: L10n;
  gsm: number;
  size: L10n;
  yarn: L10n;
  extra?: SeedSpec[];
  tiers: Tier[];
  moq?: number;
  unit?: 'piece' | 'dozen';
  hsCode?: string;
  origin: CitySlug;
  certs: readonly CertificationKind[];
  keywords?: L10n;
  capacity: number;
  white?: boolean;
}

function towel(o: TowelOpts): SeedProduct {
  return textiles({
    slug: o.slug,
    exporter: o.exporter,
    name: o.name,
    summary: o.summary,
    description: t(
      o.white
        ? `${o.lead.en} Bleached to a laundry-stable white and tumble-finished for softness; woven or embroidered logos and custom borders to order.`
        : `${o.lead.en} Dyed with reactive dyes and tumble-finished for softness; colours, woven or embroidered logos and retail banding to order.`,
      o.white
        ? `${o.lead.zh}漂白处理，耐反复洗涤不泛黄，并经烘干柔软整理；提花或刺绣 logo 和档头花型均可定制。`
        : `${o.lead.zh}采用活性染料染色，经烘干柔软整理；颜色、提花或刺绣 logo 以及零售腰封均可定制。`,
    ),
    specs: [
      sp('Weight', '克重', `${o.gsm} GSM`, `${o.gsm} 克/平方米`),
      sp('Size', '尺寸', o.size.en, o.size.zh),
      sp('Yarn', '纱线', o.yarn.en, o.yarn.zh),
      ...(o.extra ?? []),
    ],
    unit: o.unit ?? 'piece',
    tiers: o.tiers,
    ...(o.moq === undefined ? {} : { moq: o.moq }),
    hsCode: o.hsCode ?? '63026010',
    lead: [30, 45],
    capacity: [o.capacity, 'month'],
    sample: towelSample,
    origin: o.origin,
    certs: o.certs,
    keywords: o.keywords ?? TOWEL_KW,
  });
}

const homeTextiles: SeedProduct[] = [
  sheetSet({
    slug: 'cotton-percale-sheet-set-200tc',
    weave: 'percale',
    tc: 200,
    yarn: '40s × 40s',
    summary: t('Crisp, everyday percale sheet set at an entry price.', '挺括耐用的日常平纹床单套件，入门价位。'),
    lead: t(
      'A plain one-up-one-down percale weave in 40s combed cotton gives a crisp, matt handle that softens with washing.',
      '40 支精梳棉一上一下平纹织造，手感挺括、哑光，越洗越柔软。',
    ),
    tiers: [
      [500, 980],
      [2000, 890],
      [5000, 820],
    ],
  }),
  sheetSet({
    slug: 'cotton-percale-sheet-set-300tc',
    weave: 'percale',
    tc: 300,
    yarn: '60s × 60s',
    summary: t('Cool, breathable 300 TC percale, our best-selling set.', '凉爽透气的 300TC 平纹套件，畅销款。'),
    lead: t(
      'Finer 60s compact-spun yarn in a tight percale weave makes a cool, breathable sheet with a matte, hotel-style finish.',
      '60 支紧密纺纱线高密平纹织造，凉爽透气，呈酒店风格的哑光质感。',
    ),
    tiers: [
      [500, 1450],
      [2000, 1320],
      [5000, 1210],
    ],
    featured: true,
  }),
  sheetSet({
    slug: 'cotton-sateen-sheet-set-400tc',
    weave: 'sateen',
    tc: 400,
    yarn: '80s × 80s',
    summary: t('Smooth, lustrous sateen with a soft drape.', '顺滑有光泽的贡缎，垂感柔软。'),
    lead: t(
      'A four-over-one-under sateen weave floats more yarn on the surface for a smooth hand and soft sheen.',
      '四上一下贡缎组织让更多纱线浮于表面，手感顺滑、光泽柔和。',
    ),
    tiers: [
      [500, 1780],
      [2000, 1620],
      [5000, 1490],
    ],
  }),
  sheetSet({
    slug: 'cotton-sateen-sheet-set-600tc',
    weave: 'sateen',
    tc: 600,
    yarn: '100s × 100s',
    summary: t('Single-ply 600 TC sateen for premium retail.', '单股 600TC 贡缎，面向高端零售。'),
    lead: t(
      'Woven with single-ply 100s compact yarn rather than multi-ply picks, so the 600 count reflects real density and a silky, weighty drape.',
      '采用单股 100 支紧密纺纱织造，而非多股纱虚标密度，600TC 是真实密度，手感丝滑、垂坠有分量。',
    ),
    tiers: [
      [300, 2450],
      [1000, 2240],
      [3000, 2080],
    ],
  }),
  sheetSet({
    slug: 'gots-organic-cotton-percale-sheet-set-300tc',
    weave: 'percale',
    tc: 300,
    yarn: '60s × 60s',
    organic: true,
    summary: t(
      'Certified organic percale with GOTS scope certificates per shipment.',
      '认证有机棉平纹套件，每批可出 GOTS 交易证书。',
    ),
    lead: t(
      'Spun from certified organic cotton and processed with GOTS-approved dyes and auxiliaries; a transaction certificate can be issued for each shipment.',
      '以认证有机棉纺纱，使用 GOTS 认可的染料和助剂加工，每批出货可申请交易证书（TC）。',
    ),
    tiers: [
      [500, 1890],
      [2000, 1740],
    ],
  }),
  textiles({
    slug: 'brushed-cotton-flannel-sheet-set-170gsm',
    exporter: 'lyallpur-looms',
    name: t('Brushed Cotton Flannel Sheet Set, 170 GSM', '纯棉磨毛法兰绒床单套件 170 克重'),
    summary: t('Warm, double-brushed flannel sheets for winter ranges.', '双面磨毛法兰绒床单，适合秋冬系列。'),
    description: t(
      'Cotton flannel is brushed on both sides to raise a soft nap that traps warmth, and is pre-shrunk to keep fitted sheets fitting. Plains, checks and yarn-dyed plaids; same set make-up as our percale range.',
      '纯棉法兰绒双面起绒，柔软蓄暖，并经预缩处理，床笠洗后不变形。可做素色、格子和色织格纹，套件组成与平纹系列相同。',
    ),
    specs: [
      sp('Weight', '克重', '170 GSM', '170 克/平方米'),
      sp('Finish', '后整理', 'Double-brushed, pre-shrunk', '双面磨毛，预缩'),
      sp('Designs', '花型', 'Solid, check, yarn-dyed plaid', '素色、格子、色织格纹'),
      sp('Contents', '组成', 'Flat sheet, fitted sheet, 2 pillowcases', '平单、床笠、枕套 ×2'),
    ],
    unit: 'set',
    tiers: [
      [500, 1620],
      [2000, 1480],
    ],
    hsCode: '63023190',
    lead: [40, 55],
    capacity: [15000, 'month'],
    sample: linenSample,
    origin: 'faisalabad',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('flannel sheets, winter bedding, brushed cotton', '法兰绒床单 冬季床品 磨毛床品'),
  }),
  textiles({
    slug: 'percale-duvet-cover-set-300tc-two-shams',
    exporter: 'lyallpur-looms',
    name: t('Percale Duvet Cover Set, 300 TC, with Two Shams', '纯棉平纹被套三件套 300TC（被套+枕套×2）'),
    summary: t('Button- or zip-closure duvet cover with matching shams.', '纽扣或拉链开口被套，配同款枕套。'),
    description: t(
      'A 300 TC percale duvet cover with inside corner ties, closed with buttons or a hidden zip, and two matching shams with a 5 cm flange. Solids and piece-dyed stripes, or rotary-printed designs from 1,000 sets per colourway.',
      '300TC 平纹被套，内角带系带固定被芯，纽扣或隐形拉链开口，配两只 5 厘米飞边枕套。可做素色、匹染条纹，单色款 1,000 套起可做圆网印花。',
    ),
    specs: [
      sp('Thread count', '密度', '300 TC', '300TC'),
      sp('Closure', '开口', 'Buttons or hidden zip', '纽扣或隐形拉链'),
      sp('Shams', '枕套', '2, with 5 cm flange', '2 只，5 厘米飞边'),
      sp('Sizes', '尺寸', 'Twin, queen, king', '单人、大号双人、特大双人'),
    ],
    unit: 'set',
    tiers: [
      [500, 1690],
      [2000, 1540],
      [5000, 1420],
    ],
    hsCode: '63023190',
    lead: [35, 50],
    capacity: [20000, 'month'],
    sample: linenSample,
    origin: 'faisalabad',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('duvet cover, quilt cover, comforter cover', '被套 被罩 床品套件'),
  }),
  textiles({
    slug: 'reactive-printed-cotton-duvet-cover-set-144tc',
    exporter: 'lyallpur-looms',
    name: t('Reactive-printed Cotton Duvet Cover Set, 144 TC', '活性印花纯棉被套三件套 144TC'),
    summary: t('Value printed duvet sets for supermarket programmes.', '平价印花被套套件，适合超市项目。'),
    description: t(
      'Printed on a 144 TC cotton sheeting with reactive dyes on our rotary line, giving bright colours that pass 40 °C wash tests. Designs from the buyer or our studio library; 1,000 sets per design.',
      '在 144TC 纯棉坯布上用圆网活性印花，色彩鲜艳，可通过 40 °C 水洗色牢度测试。花型可由客户提供或从我司花型库选择，每款 1,000 套起。',
    ),
    specs: [
      sp('Thread count', '密度', '144 TC', '144TC'),
      sp('Print', '印花', 'Rotary, reactive dyes', '圆网活性印花'),
      sp('Contents', '组成', 'Duvet cover, 2 pillowcases', '被套、枕套 ×2'),
      sp('MOQ per design', '单款起订', '1,000 sets', '1,000 套'),
    ],
    unit: 'set',
    tiers: [
      [1000, 880],
      [5000, 790],
    ],
    hsCode: '63022190',
    lead: [40, 55],
    capacity: [30000, 'month'],
    sample: linenSample,
    origin: 'faisalabad',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('printed bedding, printed duvet cover', '印花床品 印花被套'),
  }),
  textiles({
    slug: 'sateen-envelope-pillowcases-300tc-pair',
    exporter: 'lyallpur-looms',
    name: t('Sateen Envelope Pillowcases, 300 TC, Pair', '贡缎信封式枕套 300TC 一对'),
    summary: t('Sateen pillowcases with a deep envelope flap.', '深翻盖信封式贡缎枕套。'),
    description: t(
      'A 20 cm envelope flap holds the pillow in without buttons. Sold in pairs in standard, queen and king sizes, matching our 300 TC sateen sheets.',
      '20 厘米信封翻盖无需纽扣即可包住枕芯。成对销售，有标准、大号和特大号，与 300TC 贡缎床单配套。',
    ),
    specs: [
      sp('Thread count', '密度', '300 TC sateen', '300TC 贡缎'),
      sp('Closure', '开口', '20 cm envelope flap', '20 厘米信封翻盖'),
      sp('Sizes', '尺寸', '50 × 75, 50 × 90, 50 × 100 cm', '50×75、50×90、50×100 厘米'),
      sp('Colours', '颜色', 'White, ivory, grey, navy and 20 more', '白、米白、灰、藏青等 20 余色'),
    ],
    unit: 'pair',
    tiers: [
      [1000, 320],
      [5000, 285],
    ],
    hsCode: '63023190',
    lead: [30, 45],
    capacity: [50000, 'month'],
    sample: linenSample,
    origin: 'faisalabad',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('pillow cases, pillow covers', '枕套 枕头套'),
  }),
  // Hotel linen
  textiles({
    slug: 'hotel-flat-sheet-t250-poly-cotton-white',
    exporter: 'korangi-hospitality-linen',
    name: t('Hotel Flat Sheet, T250 Poly-cotton, White', '酒店白色平单 T250 涤棉'),
    summary: t(
      'Hard-wearing 60/40 cotton-polyester sheet for industrial laundries.',
      '60/40 棉涤混纺平单，耐工业洗涤。',
    ),
    description: t(
      'A 60% cotton, 40% polyester percale that irons flat from the roller ironer and survives hundreds of industrial washes. Optically bleached white with a 5 cm hem and a colour-coded size tag. Cut to any size for hotels and hospitals.',
      '60% 棉、40% 涤纶平纹布，经滚筒烫平机后平整挺括，可承受数百次工业洗涤。荧光增白，5 厘米折边，配颜色区分的尺寸标。可为酒店和医院按任意尺寸裁制。',
    ),
    specs: [
      sp('Fabric', '面料', '60/40 cotton-polyester, T250', '60/40 棉涤，T250'),
      sp('Colour', '颜色', 'Optic white', '漂白'),
      sp('Hem', '折边', '5 cm', '5 厘米'),
      sp('Sizes', '尺寸', 'Cut to order', '按需裁制'),
    ],
    unit: 'piece',
    tiers: [
      [1000, 420],
      [5000, 370],
      [20000, 335],
    ],
    hsCode: '63023190',
    lead: [30, 45],
    capacity: [80000, 'month'],
    sample: linenSample,
    origin: 'karachi',
    certs: ['iso9001', 'oeko_tex'],
    keywords: HOTEL_KW,
  }),
  textiles({
    slug: 'hotel-duvet-cover-satin-stripe-t300',
    exporter: 'korangi-hospitality-linen',
    name: t('Hotel Duvet Cover, 1 cm Satin Stripe, T300', '酒店 1 厘米缎条被套 T300'),
    summary: t('Classic white satin-stripe duvet cover for hotel rooms.', '经典白色缎条被套，适合酒店客房。'),
    description: t(
      'Woven in 100% cotton with a 1 cm satin stripe, the typical look of four- and five-star rooms. An envelope opening at the foot makes changes quick for housekeeping.',
      '100% 纯棉织造 1 厘米缎条，是四、五星酒店客房的经典款式。床尾信封式开口，客房服务更换更快。',
    ),
    specs: [
      sp('Fabric', '面料', '100% cotton, T300 satin stripe', '100% 纯棉，T300 缎条'),
      sp('Stripe', '条宽', '1 cm', '1 厘米'),
      sp('Opening', '开口', 'Envelope at foot', '床尾信封口'),
      sp('Colour', '颜色', 'White', '白色'),
    ],
    unit: 'piece',
    tiers: [
      [500, 1150],
      [2000, 1030],
    ],
    hsCode: '63023190',
    lead: [30, 45],
    capacity: [20000, 'month'],
    sample: linenSample,
    origin: 'karachi',
    certs: ['iso9001', 'oeko_tex'],
    keywords: HOTEL_KW,
  }),
  textiles({
    slug: 'hotel-pillowcases-t200-percale-dozen',
    exporter: 'korangi-hospitality-linen',
    name: t('Hotel Pillowcases, T200 Percale, per Dozen', '酒店平纹枕套 T200（按打）'),
    summary: t('Plain white housewife pillowcases sold by the dozen.', '白色内翻边枕套，按打销售。'),
    description: t(
      'Housewife-style pillowcases with an inner flap, in T200 poly-cotton percale for fast laundering and ironing. Packed 12 to a bundle, 20 dozen per carton.',
      '内翻边枕套，T200 涤棉平纹布，洗涤和熨烫效率高。12 只一捆，每箱 20 打。',
    ),
    specs: [
      sp('Fabric', '面料', '50/50 poly-cotton, T200', '50/50 涤棉，T200'),
      sp('Style', '款式', 'Housewife with inner flap', '内翻边'),
      sp('Size', '尺寸', '50 × 75 cm or to order', '50×75 厘米或定制'),
      sp('Packing', '包装', '12 per bundle, 20 dozen per carton', '12 只一捆，每箱 20 打'),
    ],
    unit: 'dozen',
    tiers: [
      [100, 1620],
      [500, 1460],
    ],
    hsCode: '63023290',
    lead: [30, 45],
    capacity: [8000, 'month'],
    sample: linenSample,
    origin: 'karachi',
    certs: ['iso9001', 'oeko_tex'],
    keywords: HOTEL_KW,
  }),
  towel({
    slug: 'hotel-bath-towel-600gsm-dobby-border',
    white: true,
    exporter: 'korangi-hospitality-linen',
    name: t('Hotel Bath Towel, 600 GSM, Dobby Border', '酒店浴巾 600 克重 多臂提花档'),
    summary: t('Heavy white hotel bath towel built for commercial laundering.', '厚实白色酒店浴巾，耐商业洗涤。'),
    lead: t(
      'Two-ply ground and 16s single pile yarn with a polyester-cotton dobby border that keeps the towel square after repeated hot washes.',
      '双股地经配 16 支单股毛经，多臂提花档采用涤棉纱，经反复高温洗涤仍保持平整方正。',
    ),
    gsm: 600,
    size: t('70 × 140 cm', '70 × 140 厘米'),
    yarn: t('100% cotton pile, 16s', '100% 棉毛圈，16 支'),
    extra: [sp('Border', '档头', 'Dobby, poly-cotton', '多臂提花，涤棉')],
    tiers: [
      [1000, 430],
      [5000, 395],
      [20000, 365],
    ],
    origin: 'karachi',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('hotel towel, bath towel, white towel', '酒店毛巾 浴巾 白毛巾'),
    capacity: 60000,
  }),
  towel({
    slug: 'hotel-bath-mat-850gsm',
    white: true,
    exporter: 'korangi-hospitality-linen',
    name: t('Hotel Bath Mat, 850 GSM', '酒店地巾 850 克重'),
    summary: t('Dense terry bath mat matching our hotel towels.', '厚密毛圈地巾，与酒店毛巾配套。'),
    lead: t(
      'A dense, low-pile terry mat that absorbs quickly and lies flat on the bathroom floor.',
      '毛圈低而密，吸水快，平铺在浴室地面不卷边。',
    ),
    gsm: 850,
    size: t('50 × 80 cm', '50 × 80 厘米'),
    yarn: t('100% cotton, two-ply pile', '100% 棉，双股毛经'),
    extra: [sp('Colour', '颜色', 'White', '白色')],
    tiers: [
      [1000, 220],
      [5000, 195],
    ],
    origin: 'karachi',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('bath mat, floor towel, hotel linen', '地巾 浴室地垫 酒店布草'),
    capacity: 30000,
  }),
  textiles({
    slug: 'hotel-terry-bathrobe-shawl-collar',
    exporter: 'korangi-hospitality-linen',
    name: t('Hotel Terry Bathrobe, Shawl Collar', '酒店毛圈浴袍 青果领'),
    summary: t('Classic white shawl-collar robe in 380 GSM terry.', '经典白色青果领浴袍，380 克重毛圈。'),
    description: t(
      "A full-length shawl-collar robe in 380 GSM loop terry with two patch pockets, belt loops and a hanging loop. The hotel's crest can be embroidered on the chest; sizes S/M, L/XL and one-size.",
      '380 克重毛圈全长青果领浴袍，两个贴袋、腰带襻和挂襻。胸前可刺绣酒店徽标，尺码有 S/M、L/XL 和均码。',
    ),
    specs: [
      sp('Fabric', '面料', '100% cotton terry, 380 GSM', '100% 棉毛圈，380 克重'),
      sp('Collar', '领型', 'Shawl', '青果领'),
      sp('Sizes', '尺码', 'S/M, L/XL, one size', 'S/M、L/XL、均码'),
      sp('Branding', '标识', 'Chest embroidery', '胸前刺绣'),
    ],
    unit: 'piece',
    tiers: [
      [300, 1320],
      [1000, 1180],
      [3000, 1090],
    ],
    hsCode: '62089100',
    lead: [35, 50],
    capacity: [8000, 'month'],
    sample: linenSample,
    origin: 'karachi',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('bath robe, dressing gown, hotel robe', '浴袍 睡袍 酒店浴袍'),
  }),
  textiles({
    slug: 'waffle-weave-spa-robe-kimono-collar',
    exporter: 'korangi-hospitality-linen',
    name: t('Waffle-weave Spa Robe, Kimono Collar', '华夫格 SPA 浴袍 和服领'),
    summary: t('Lightweight waffle robe for spas and warm-climate hotels.', '轻薄华夫格浴袍，适合 SPA 和热带酒店。'),
    description: t(
      'A light 240 GSM waffle weave dries fast and packs small, which spas and resorts in the Gulf prefer over heavy terry. Kimono collar, belt and two pockets.',
      '240 克重华夫格织物干得快、折叠体积小，海湾地区的 SPA 和度假酒店比厚毛圈浴袍更偏好此款。和服领，配腰带和两个口袋。',
    ),
    specs: [
      sp('Fabric', '面料', 'Cotton waffle, 240 GSM', '纯棉华夫格，240 克重'),
      sp('Collar', '领型', 'Kimono', '和服领'),
      sp('Length', '衣长', '120 cm', '120 厘米'),
      sp('Sizes', '尺码', 'S/M, L/XL', 'S/M、L/XL'),
    ],
    unit: 'piece',
    tiers: [
      [300, 980],
      [1000, 880],
    ],
    hsCode: '62089100',
    lead: [35, 50],
    capacity: [6000, 'month'],
    sample: linenSample,
    origin: 'karachi',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('spa robe, waffle robe, bathrobe', 'SPA 浴袍 华夫格浴袍 浴衣'),
  }),
  // Retail towels
  towel({
    slug: 'ring-spun-cotton-bath-towel-500gsm',
    exporter: 'five-rivers-terry',
    name: t('Ring-spun Cotton Bath Towel, 500 GSM', '环锭纺纯棉浴巾 500 克重'),
    summary: t('Everyday retail bath towel in 30 stock colours.', '日常零售浴巾，30 种现货颜色。'),
    lead: t(
      'Ring-spun cotton pile gives a soft, absorbent towel at a mid-market price, woven on rapier terry looms in Faisalabad.',
      '环锭纺棉毛圈柔软吸水，价格适中，在费萨拉巴德的剑杆毛巾织机上织造。',
    ),
    gsm: 500,
    size: t('70 × 140 cm', '70 × 140 厘米'),
    yarn: t('Ring-spun cotton, 16s', '环锭纺棉，16 支'),
    extra: [sp('Colours', '颜色', '30 stock shades', '30 种现货色')],
    tiers: [
      [1000, 330],
      [5000, 300],
      [20000, 275],
    ],
    origin: 'faisalabad',
    certs: ['iso9001', 'oeko_tex'],
    capacity: 100000,
  }),
  towel({
    slug: 'zero-twist-bath-sheet-650gsm',
    exporter: 'five-rivers-terry',
    name: t('Zero-twist Bath Sheet, 650 GSM', '无捻纱大浴巾 650 克重'),
    summary: t('Extra-large, cloud-soft bath sheet in zero-twist cotton.', '超大尺寸无捻纱浴巾，柔软蓬松。'),
    lead: t(
      'Zero-twist pile yarn is spun with a soluble fibre that is washed out after weaving, leaving untwisted loops that feel very soft and lofty.',
      '无捻纱毛圈与水溶纤维合纺，织后将水溶纤维洗去，留下无捻的毛圈，手感极其柔软蓬松。',
    ),
    gsm: 650,
    size: t('90 × 160 cm', '90 × 160 厘米'),
    yarn: t('Zero-twist cotton pile', '无捻棉毛圈'),
    extra: [sp('Colours', '颜色', '15 stock shades', '15 种现货色')],
    tiers: [
      [500, 760],
      [2000, 690],
      [10000, 630],
    ],
    origin: 'faisalabad',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('bath sheet, luxury towel, zero twist towel', '大浴巾 高端毛巾 无捻纱毛巾'),
    capacity: 30000,
  }),
  towel({
    slug: 'combed-cotton-hand-towel-500gsm',
    exporter: 'five-rivers-terry',
    name: t('Combed Cotton Hand Towel, 500 GSM', '精梳棉面巾 500 克重'),
    summary: t('Combed-cotton hand towel that matches our bath range.', '精梳棉面巾，与浴巾系列配套。'),
    lead: t(
      'Combed yarn removes short fibres, so this hand towel sheds less lint and keeps its loops longer.',
      '精梳纱去除了短纤维，掉毛更少，毛圈更持久。',
    ),
    gsm: 500,
    size: t('40 × 70 cm', '40 × 70 厘米'),
    yarn: t('Combed cotton, 16s', '精梳棉，16 支'),
    extra: [sp('Colours', '颜色', '30 stock shades, matching our bath towels', '30 种现货色，与浴巾配套')],
    tiers: [
      [2000, 105],
      [10000, 94],
    ],
    origin: 'faisalabad',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('hand towel, face towel, guest towel', '面巾 洗脸毛巾 毛巾'),
    capacity: 150000,
  }),
  towel({
    slug: 'cotton-face-cloths-30cm-dozen',
    exporter: 'five-rivers-terry',
    name: t('Cotton Face Cloths, 30 × 30 cm, per Dozen', '纯棉小方巾 30×30 厘米（按打）'),
    summary: t('Small terry washcloths packed by the dozen.', '毛圈小方巾，按打包装。'),
    lead: t(
      'Small terry squares with a plain hem, popular as multipacks in retail and as gym and salon cloths.',
      '平边毛圈小方巾，零售多条装和健身房、美容院用巾都很受欢迎。',
    ),
    gsm: 450,
    size: t('30 × 30 cm', '30 × 30 厘米'),
    yarn: t('Ring-spun cotton', '环锭纺棉'),
    extra: [sp('Packing', '包装', '12 per pack', '12 条一包')],
    unit: 'dozen',
    tiers: [
      [300, 330],
      [1000, 295],
    ],
    origin: 'faisalabad',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('washcloth, face cloth, flannel', '方巾 小毛巾 洗脸巾'),
    capacity: 20000,
  }),
  towel({
    slug: 'printed-velour-beach-towel',
    exporter: 'five-rivers-terry',
    name: t('Printed Velour Beach Towel', '割绒印花沙滩巾'),
    summary: t('Sheared velour beach towel with a full-colour reactive print.', '割绒沙滩巾，满版活性印花。'),
    lead: t(
      'The pile on the printed side is sheared to a velour so designs print sharply, while the back stays looped terry for absorbency.',
      '印花面毛圈剪成割绒，图案印得更清晰；背面保留毛圈，吸水性好。',
    ),
    gsm: 420,
    size: t('80 × 160 cm', '80 × 160 厘米'),
    yarn: t('Cotton, velour face', '纯棉，割绒面'),
    extra: [sp('Print', '印花', 'Reactive, any design', '活性印花，图案可定制')],
    tiers: [
      [1000, 540],
      [5000, 490],
    ],
    origin: 'faisalabad',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('beach towel, pool towel, printed towel', '沙滩巾 泳池巾 印花毛巾'),
    capacity: 40000,
  }),
  textiles({
    slug: 'terry-kimono-bathrobe-400gsm',
    exporter: 'five-rivers-terry',
    name: t('Terry Kimono Bathrobe, 400 GSM', '毛圈和服领浴袍 400 克重'),
    summary: t('Retail kimono-collar robe in stock colours and sizes.', '零售款和服领浴袍，现货颜色和尺码齐全。'),
    description: t(
      "A kimono-collar robe in 400 GSM cotton terry with a belt and two patch pockets, sold through home-textile retailers in the US and Europe. Hangtags, size labels and retail packing to the buyer's specification.",
      '400 克重纯棉毛圈和服领浴袍，配腰带和两个贴袋，主要通过美欧家纺零售渠道销售。吊牌、尺码标和零售包装可按客户要求制作。',
    ),
    specs: [
      sp('Fabric', '面料', '100% cotton terry, 400 GSM', '100% 棉毛圈，400 克重'),
      sp('Collar', '领型', 'Kimono', '和服领'),
      sp('Sizes', '尺码', 'S–XXL', 'S–XXL'),
      sp('Colours', '颜色', 'White, grey, navy, blush', '白、灰、藏青、浅粉'),
    ],
    unit: 'piece',
    tiers: [
      [500, 1090],
      [2000, 980],
    ],
    hsCode: '62089100',
    lead: [35, 50],
    capacity: [10000, 'month'],
    sample: towelSample,
    origin: 'faisalabad',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('bathrobe, dressing gown, robe', '浴袍 睡袍 家居袍'),
  }),
  textiles({
    slug: 'cotton-waffle-kitchen-towels',
    exporter: 'five-rivers-terry',
    name: t('Cotton Waffle Kitchen Towels', '纯棉华夫格厨房巾'),
    summary: t('Absorbent waffle-weave kitchen towels with a hanging loop.', '吸水华夫格厨房巾，带挂绳。'),
    description: t(
      'A honeycomb waffle weave dries dishes quickly and dries out fast itself. Solid or yarn-dyed stripes, hemmed with a hanging loop, packed in sets of three or four for retail.',
      '蜂窝状华夫格组织擦碗吸水快，本身也干得快。可做素色或色织条纹，包边带挂绳，零售三条或四条一组包装。',
    ),
    specs: [
      sp('Fabric', '面料', '100% cotton waffle', '100% 纯棉华夫格'),
      sp('Size', '尺寸', '50 × 70 cm', '50 × 70 厘米'),
      sp('Weight', '克重', '240 GSM', '240 克/平方米'),
      sp('Packing', '包装', 'Sets of 3 or 4', '三条或四条一组'),
    ],
    unit: 'piece',
    tiers: [
      [3000, 78],
      [10000, 69],
    ],
    hsCode: '63029100',
    lead: [30, 45],
    capacity: [100000, 'month'],
    sample: towelSample,
    origin: 'faisalabad',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('tea towel, dish towel, kitchen cloth', '茶巾 擦碗布 厨房布'),
  }),
  textiles({
    slug: 'printed-cotton-twill-tea-towels',
    exporter: 'five-rivers-terry',
    name: t('Printed Cotton Twill Tea Towels', '印花纯棉斜纹茶巾'),
    summary: t(
      'Flat-woven printed tea towels for gift and souvenir ranges.',
      '平织印花茶巾，适合礼品和旅游纪念品系列。',
    ),
    description: t(
      'A smooth cotton twill takes detailed prints, which is why museums, gift shops and tourist boards use it for souvenir tea towels. Printed to your artwork from 1,000 pieces per design, folded with a header card.',
      '纯棉斜纹布表面平滑，能印出细致图案，博物馆、礼品店和旅游机构常用它做纪念茶巾。每款 1,000 条起按客户图稿印制，折叠配头卡包装。',
    ),
    specs: [
      sp('Fabric', '面料', 'Cotton twill, 200 GSM', '纯棉斜纹，200 克重'),
      sp('Size', '尺寸', '50 × 70 cm', '50 × 70 厘米'),
      sp('Print', '印花', 'Reactive or pigment, to artwork', '活性或涂料印花，按图稿'),
      sp('Packing', '包装', 'Folded with header card', '折叠配头卡'),
    ],
    unit: 'piece',
    tiers: [
      [1000, 95],
      [5000, 82],
    ],
    hsCode: '63029100',
    lead: [30, 45],
    capacity: [50000, 'month'],
    sample: towelSample,
    origin: 'faisalabad',
    certs: ['iso9001', 'oeko_tex'],
    keywords: t('tea towel, souvenir towel, printed kitchen towel', '茶巾 纪念品毛巾 印花厨房巾'),
  }),
  // Pending exporter (Hyderabad)
  towel({
    slug: 'value-bath-towel-450gsm',
    exporter: 'kotri-terry-works',
    name: t('Value Bath Towel, 450 GSM', '经济型浴巾 450 克重'),
    summary: t('Budget bath towel for wholesale and promotional markets.', '平价浴巾，适合批发和促销市场。'),
    lead: t(
      'Open-end cotton pile keeps the price low for wholesale markets, while a double-stitched hem prevents fraying.',
      '采用气流纺棉毛圈以控制成本，适合批发市场；双线包边不易脱线。',
    ),
    gsm: 450,
    size: t('70 × 140 cm', '70 × 140 厘米'),
    yarn: t('Open-end cotton', '气流纺棉'),
    extra: [sp('Hem', '包边', 'Double-stitched', '双线包边')],
    tiers: [
      [3000, 255],
      [10000, 235],
    ],
    origin: 'hyderabad',
    certs: [],
    capacity: 40000,
  }),
  towel({
    slug: 'restaurant-bar-mop-towels-dozen',
    white: true,
    exporter: 'kotri-terry-works',
    name: t('Restaurant Bar Mop Towels, per Dozen', '餐厅吧台擦巾（按打）'),
    summary: t('Ribbed terry bar mops for restaurants and bars.', '罗纹毛圈吧台巾，适合餐厅和酒吧。'),
    lead: t(
      'Ribbed terry bar mops soak up spills on counters and stand up to daily bleaching in commercial kitchens.',
      '罗纹毛圈吧台巾可快速吸干台面水渍，耐商业厨房每日漂白。',
    ),
    gsm: 400,
    size: t('40 × 40 cm', '40 × 40 厘米'),
    yarn: t('Cotton, ribbed terry', '纯棉罗纹毛圈'),
    extra: [sp('Packing', '包装', '12 per bundle', '12 条一捆')],
    unit: 'dozen',
    tiers: [
      [500, 520],
      [2000, 470],
    ],
    origin: 'hyderabad',
    certs: [],
    keywords: t('bar towel, kitchen towel, bar mop', '吧台巾 厨房毛巾 擦桌布'),
    capacity: 8000,
  }),
  towel({
    slug: 'cotton-gym-towel-400gsm',
    exporter: 'kotri-terry-works',
    name: t('Cotton Gym Towel, 400 GSM', '纯棉健身毛巾 400 克重'),
    summary: t('Narrow sports towel for gyms and clubs.', '窄幅运动毛巾，适合健身房和俱乐部。'),
    lead: t(
      'A narrow towel that drapes over a shoulder or bench, supplied plain white for gym laundries or dyed with a woven border.',
      '窄幅设计，可搭在肩上或器械凳上；可供健身房洗衣房用白色款，或染色加织边款。',
    ),
    gsm: 400,
    size: t('40 × 100 cm', '40 × 100 厘米'),
    yarn: t('Open-end cotton', '气流纺棉'),
    extra: [sp('Colours', '颜色', 'White, or dyed with a woven border', '白色，或染色加织边')],
    tiers: [],
    moq: 3000,
    origin: 'hyderabad',
    certs: [],
    keywords: t('sports towel, fitness towel', '运动毛巾 健身毛巾'),
    capacity: 20000,
  }),
];

// ─── Leather jackets, motorbike wear and gloves (Karachi, Lahore, Kasur) ─────

const leather = maker('leather-apparel');

const jacketSample = sample(
  'paid',
  'One sample in size M at unit price plus courier, refunded on orders of 300 pieces or more.',
  '样衣一件（M 码）按单价加快递费收取，订单满 300 件后返还。',
);
const gloveSample = sample(
  'free',
  'Two pairs free from stock; the buyer pays the courier.',
  '现货可免费提供两副样品，快递费由买家承担。',
);
const JACKET_KW = t('leather jacket, genuine leather, leather coat', '皮衣 真皮夹克 皮夹克');
const MOTO_KW = t('motorcycle leathers, biker suit, riding gear', '摩托车皮衣 机车服 骑行装备');
const WORK_GLOVE_KW = t('work gloves, safety gloves, industrial gloves, PPE', '劳保手套 安全手套 工业手套 防护用品');

const leatherApparel: SeedProduct[] = [
  leather({
    slug: 'womens-lambskin-biker-jacket-asymmetric-zip',
    exporter: 'indus-hide-leather',
    name: t("Women's Lambskin Biker Jacket, Asymmetric Zip", '女式绵羊皮机车夹克 斜拉链'),
    summary: t('Soft nappa lambskin biker with a slim, cropped fit.', '柔软纳帕绵羊皮机车夹克，修身短款。'),
    description: t(
      'Cut from 0.6–0.7 mm nappa lambskin tanned in our own tannery, with an asymmetric front zip, snap-down lapels and zipped cuffs. Lined in viscose twill. Colours from black and cognac to seasonal shades; your labels, trims and hangtags.',
      '采用自有制革厂鞣制的 0.6–0.7 毫米纳帕绵羊皮，斜襟拉链、按扣翻领、拉链袖口，内衬粘胶斜纹里布。颜色从黑色、干邑棕到当季流行色均可，辅料、标签和吊牌可按客户要求。',
    ),
    specs: [
      sp('Leather', '皮料', 'Nappa lambskin, 0.6–0.7 mm', '纳帕绵羊皮，0.6–0.7 毫米'),
      sp('Lining', '里布', 'Viscose twill', '粘胶斜纹'),
      sp('Hardware', '五金', 'Metal zips and snaps', '金属拉链和按扣'),
      sp('Sizes', '尺码', 'XS–XXL (EU/US/Asian grading)', 'XS–XXL（可按欧、美、亚洲码推板）'),
    ],
    unit: 'piece',
    tiers: [
      [100, 6200],
      [300, 5600],
      [1000, 5100],
    ],
    hsCode: '42031000',
    lead: [45, 60],
    capacity: [3000, 'month'],
    sample: jacketSample,
    origin: 'karachi',
    certs: ['iso9001', 'leather_working_group'],
    keywords: t('moto jacket, leather biker jacket women, perfecto style', '女式皮衣 机车皮衣 短款皮夹克'),
  }),
  leather({
    slug: 'mens-cowhide-biker-jacket-belted',
    exporter: 'indus-hide-leather',
    name: t("Men's Cowhide Biker Jacket, Belted", '男式牛皮机车夹克 带腰带'),
    summary: t('Heavy classic biker in 1.2 mm aniline cowhide.', '1.2 毫米苯胺牛皮经典厚重机车夹克。'),
    description: t(
      'The classic belted biker in 1.2 mm aniline cowhide that breaks in and develops a patina with wear. Heavy-gauge metal zips, quilted shoulder panels and a removable quilted liner for winter. Built to last years rather than a season.',
      '经典带腰带机车款，采用 1.2 毫米苯胺牛皮，越穿越服帖并逐渐形成包浆。粗齿金属拉链，肩部绗缝拼块，配可拆卸绗缝内胆用于冬季。是能穿很多年的款式，而非一季快时尚。',
    ),
    specs: [
      sp('Leather', '皮料', 'Aniline cowhide, 1.2 mm', '苯胺牛皮，1.2 毫米'),
      sp('Lining', '里布', 'Cotton, removable quilted liner', '棉质里布，可拆卸绗缝内胆'),
      sp('Hardware', '五金', 'Heavy-gauge metal zips', '粗齿金属拉链'),
      sp('Sizes', '尺码', 'S–4XL', 'S–4XL'),
    ],
    unit: 'piece',
    tiers: [
      [100, 7600],
      [300, 6900],
      [1000, 6300],
    ],
    hsCode: '42031000',
    lead: [45, 60],
    capacity: [2500, 'month'],
    sample: jacketSample,
    origin: 'karachi',
    certs: ['iso9001', 'leather_working_group'],
    keywords: t('motorcycle jacket, leather jacket men, cowhide jacket', '男士皮衣 牛皮夹克 机车夹克'),
    featured: true,
  }),
  leather({
    slug: 'mens-goatskin-a2-flight-jacket',
    exporter: 'indus-hide-leather',
    name: t("Men's Goatskin A-2 Flight Jacket", '男式山羊皮 A-2 飞行夹克'),
    summary: t('Vintage-style flight jacket in pebbled goatskin.', '复古款颗粒纹山羊皮飞行夹克。'),
    description: t(
      'Our take on the classic A-2 pattern: pebble-grain goatskin, snap-down collar, flapped patch pockets and wool-knit cuffs and waistband. Vegetable-retanned skins give a firm hand that softens with wear.',
      '经典 A-2 版型：颗粒纹山羊皮、按扣领、带盖贴袋，羊毛罗纹袖口和下摆。皮料经植物复鞣，初穿挺括，越穿越软。',
    ),
    specs: [
      sp('Leather', '皮料', 'Pebble-grain goatskin, 1.0 mm', '颗粒纹山羊皮，1.0 毫米'),
      sp('Trims', '罗纹', 'Wool knit cuffs and waistband', '羊毛罗纹袖口和下摆'),
      sp('Lining', '里布', 'Cotton twill', '棉斜纹'),
      sp('Sizes', '尺码', '36–50', '36–50'),
    ],
    unit: 'piece',
    tiers: [
      [100, 8900],
      [300, 8100],
    ],
    hsCode: '42031000',
    lead: [50, 65],
    capacity: [1200, 'month'],
    sample: jacketSample,
    origin: 'karachi',
    certs: ['iso9001', 'leather_working_group'],
    keywords: t('flight jacket, aviator jacket, goatskin jacket', '飞行夹克 飞行员夹克 山羊皮夹克'),
  }),
  leather({
    slug: 'mens-lambskin-bomber-jacket-rib-knit',
    exporter: 'indus-hide-leather',
    name: t("Men's Lambskin Bomber Jacket, Rib-knit Trims", '男式绵羊皮罗纹领夹克（Bomber）'),
    summary: t(
      'Lightweight lambskin bomber with rib-knit collar, cuffs and hem.',
      '轻薄绵羊皮 Bomber 夹克，领口、袖口和下摆为罗纹。',
    ),
    description: t(
      'A clean, lightweight bomber in washed lambskin with rib-knit collar, cuffs and hem, welt pockets and a two-way zip. A steady seller for department stores in Europe and Japan.',
      '简洁轻薄的水洗绵羊皮 Bomber，罗纹领口、袖口和下摆，单嵌线口袋，双头拉链，是欧洲和日本百货渠道的常年畅销款。',
    ),
    specs: [
      sp('Leather', '皮料', 'Washed lambskin, 0.7 mm', '水洗绵羊皮，0.7 毫米'),
      sp('Trims', '罗纹', 'Rib knit', '罗纹'),
      sp('Zip', '拉链', 'Two-way metal', '双头金属拉链'),
      sp('Sizes', '尺码', 'S–XXL', 'S–XXL'),
    ],
    unit: 'piece',
    tiers: [
      [100, 6600],
      [300, 6000],
      [1000, 5500],
    ],
    hsCode: '42031000',
    lead: [45, 60],
    capacity: [2500, 'month'],
    sample: jacketSample,
    origin: 'karachi',
    certs: ['iso9001', 'leather_working_group'],
    keywords: t('bomber jacket, leather bomber, lambskin jacket', '飞行员夹克 皮质夹克 羊皮夹克'),
  }),
  leather({
    slug: 'sheepskin-shearling-aviator-jacket',
    exporter: 'indus-hide-leather',
    name: t('Sheepskin Shearling Aviator Jacket', '羊剪绒飞行员夹克'),
    summary: t(
      'Double-face shearling aviator with a wide collar and buckle straps.',
      '双面羊剪绒飞行员夹克，大翻领配扣带。',
    ),
    description: t(
      'Double-face sheepskin with the wool left on the inside for warmth, in the wide-collared aviator style with buckle straps at the collar and waist. Pricing depends on skin grade and wool length, so it is quoted per order.',
      '双面羊剪绒，羊毛留在内侧保暖，采用大翻领飞行员款式，领口和腰部带扣带。价格取决于皮板等级和毛长，按订单报价。',
    ),
    specs: [
      sp('Material', '材质', 'Double-face sheepskin', '双面羊剪绒'),
      sp('Wool length', '毛长', '12–16 mm', '12–16 毫米'),
      sp('Hardware', '五金', 'Metal buckles and zip', '金属扣带和拉链'),
      sp('Sizes', '尺码', 'S–XXL', 'S–XXL'),
    ],
    unit: 'piece',
    tiers: [],
    moq: 50,
    hsCode: '43031010',
    lead: [60, 75],
    capacity: [600, 'month'],
    sample: jacketSample,
    origin: 'karachi',
    certs: ['iso9001', 'leather_working_group'],
    keywords: t('shearling coat, sheepskin jacket, B-3 jacket', '羊剪绒外套 皮毛一体 羊皮大衣'),
  }),
  leather({
    slug: 'goat-suede-trucker-jacket',
    exporter: 'indus-hide-leather',
    name: t('Goat Suede Trucker Jacket', '山羊反绒皮工装夹克（Trucker 款）'),
    summary: t('Trucker-cut jacket in soft goat suede.', '柔软山羊反绒皮，经典 Trucker 版型。'),
    description: t(
      'The four-pocket trucker pattern made in soft goat suede with a stain-repellent finish, contrast top-stitching and branded metal shank buttons. Popular in tan, olive and chocolate.',
      '经典四口袋 Trucker 版型，柔软山羊反绒皮经防污处理，撞色明线，配品牌金属工字扣。驼色、橄榄绿和巧克力色最受欢迎。',
    ),
    specs: [
      sp('Leather', '皮料', 'Goat suede, stain-repellent', '山羊反绒皮，防污处理'),
      sp('Buttons', '纽扣', 'Metal shank, custom logo', '金属工字扣，可定制 logo'),
      sp('Lining', '里布', 'Unlined or cotton', '无里或棉里'),
      sp('Sizes', '尺码', 'S–XXL', 'S–XXL'),
    ],
    unit: 'piece',
    tiers: [
      [100, 5400],
      [300, 4900],
    ],
    hsCode: '42031000',
    lead: [45, 60],
    capacity: [1500, 'month'],
    sample: jacketSample,
    origin: 'karachi',
    certs: ['iso9001', 'leather_working_group'],
    keywords: t('suede jacket, denim-style leather jacket', '麂皮夹克 反绒皮夹克 牛仔款皮衣'),
  }),
  leather({
    slug: 'womens-lambskin-blazer',
    exporter: 'indus-hide-leather',
    name: t("Women's Lambskin Blazer", '女式绵羊皮西装外套'),
    summary: t('Tailored single-breasted blazer in nappa lambskin.', '纳帕绵羊皮单排扣修身西装。'),
    description: t(
      'A tailored single-breasted blazer with notch lapels, flap pockets and a fully lined body. Lambskin is selected for even grain across panels so the jacket reads as one colour.',
      '单排扣修身西装，平驳领、带盖口袋，全里。各裁片选用纹理均匀的绵羊皮，保证整件颜色一致。',
    ),
    specs: [
      sp('Leather', '皮料', 'Nappa lambskin, 0.6 mm', '纳帕绵羊皮，0.6 毫米'),
      sp('Cut', '版型', 'Single-breasted, notch lapel', '单排扣，平驳领'),
      sp('Lining', '里布', 'Full, cupro', '全里，铜氨丝'),
      sp('Sizes', '尺码', 'XS–XL', 'XS–XL'),
    ],
    unit: 'piece',
    tiers: [
      [100, 5800],
      [300, 5300],
    ],
    hsCode: '42031000',
    lead: [45, 60],
    capacity: [1000, 'month'],
    sample: jacketSample,
    origin: 'karachi',
    certs: ['iso9001', 'leather_working_group'],
    keywords: t('leather blazer, leather suit jacket', '皮西装 皮质西服'),
  }),
  leather({
    slug: 'womens-lambskin-trench-coat',
    exporter: 'indus-hide-leather',
    name: t("Women's Lambskin Trench Coat", '女式绵羊皮风衣'),
    summary: t('Double-breasted belted trench in supple lambskin.', '柔软绵羊皮双排扣系带风衣。'),
    description: t(
      'A knee-length double-breasted trench with storm flap, epaulettes and a self belt, cut from large lambskins to keep seams to a minimum. Lined in viscose; made in black, espresso and camel.',
      '及膝双排扣风衣，带防风片、肩襻和同料腰带，选用大张绵羊皮以减少拼缝。粘胶里布，有黑色、深咖和驼色。',
    ),
    specs: [
      sp('Leather', '皮料', 'Lambskin, 0.6–0.7 mm', '绵羊皮，0.6–0.7 毫米'),
      sp('Length', '衣长', 'Knee length, about 100 cm', '及膝，约 100 厘米'),
      sp('Lining', '里布', 'Viscose', '粘胶'),
      sp('Sizes', '尺码', 'XS–XL', 'XS–XL'),
    ],
    unit: 'piece',
    tiers: [
      [50, 10800],
      [200, 9900],
    ],
    hsCode: '42031000',
    lead: [50, 65],
    capacity: [600, 'month'],
    sample: jacketSample,
    origin: 'karachi',
    certs: ['iso9001', 'leather_working_group'],
    keywords: t('leather coat, long leather jacket', '皮风衣 长款皮衣 皮大衣'),
  }),
  // Motorbike wear
  leather({
    slug: 'one-piece-racing-motorbike-suit-cowhide',
    exporter: 'ravi-leatherworks',
    name: t('One-piece Racing Motorbike Suit, Cowhide, CE Armour', '一件式摩托车赛车连体皮衣 牛皮 CE 护具'),
    summary: t(
      'Track-day race suit in 1.3 mm cowhide with CE armour and a back-protector pocket.',
      '1.3 毫米牛皮赛道连体服，配 CE 护具和护背口袋。',
    ),
    description: t(
      'A one-piece race suit in 1.2–1.4 mm drum-dyed cowhide with stretch panels, triple-stitched impact seams and replaceable knee sliders. Shoulder, elbow, hip and knee armour meets EN 1621-1, and the suit is type-examined to EN 17092. Made to measure for teams, or in standard sizes with custom colours and sponsor logos.',
      '一件式赛车服，采用 1.2–1.4 毫米转鼓染色牛皮，配弹力拼片，受力接缝三道缝，护膝滑块可更换。肩、肘、髋、膝护具符合 EN 1621-1，整衣按 EN 17092 做型式检验。可为车队量体定制，也可按标准尺码定制配色和赞助商 logo。',
    ),
    specs: [
      sp('Leather', '皮料', 'Cowhide, 1.2–1.4 mm', '牛皮，1.2–1.4 毫米'),
      sp('Armour', '护具', 'EN 1621-1 shoulders, elbows, hips, knees', 'EN 1621-1 肩、肘、髋、膝'),
      sp('Garment standard', '成衣标准', 'EN 17092', 'EN 17092'),
      sp('Sliders', '滑块', 'Replaceable knee sliders', '可更换护膝滑块'),
      sp('Fit', '尺码', 'Standard sizes or made to measure', '标准码或量身定制'),
    ],
    unit: 'piece',
    tiers: [],
    moq: 20,
    hsCode: '42031000',
    lead: [40, 60],
    capacity: [400, 'month'],
    sample: sample(
      'paid',
      'Sample suit charged at unit price; made-to-measure samples need a measurement form.',
      '样衣按单价收费；量身定制样衣需填写尺寸表。',
    ),
    origin: 'lahore',
    certs: ['iso9001', 'ce'],
    keywords: MOTO_KW,
  }),
  leather({
    slug: 'two-piece-motorbike-suit-zip-connected',
    exporter: 'ravi-leatherworks',
    name: t('Two-piece Motorbike Suit, Zip-connected', '分体式摩托车皮衣（上下拉链连接）'),
    summary: t('Jacket and trousers that zip together into a full suit.', '夹克和裤子可通过拉链连成整套。'),
    description: t(
      'A jacket and trousers joined by a 360° waist zip, so riders can wear the jacket alone on the road and zip up for the track. Same cowhide, armour and EN 17092 testing as our one-piece suit.',
      '夹克和裤子由腰部 360° 拉链连接，公路骑行可单穿夹克，上赛道时拉上连成整套。皮料、护具和 EN 17092 检测与一件式赛车服相同。',
    ),
    specs: [
      sp('Leather', '皮料', 'Cowhide, 1.2–1.4 mm', '牛皮，1.2–1.4 毫米'),
      sp('Connection', '连接方式', '360° waist zip', '腰部 360° 拉链'),
      sp('Armour', '护具', 'EN 1621-1', 'EN 1621-1'),
      sp('Garment standard', '成衣标准', 'EN 17092', 'EN 17092'),
    ],
    unit: 'set',
    tiers: [
      [30, 17200],
      [100, 15600],
    ],
    hsCode: '42031000',
    lead: [40, 60],
    capacity: [400, 'month'],
    sample: jacketSample,
    origin: 'lahore',
    certs: ['iso9001', 'ce'],
    keywords: MOTO_KW,
  }),
  leather({
    slug: 'cowhide-motorbike-touring-jacket-ce',
    exporter: 'ravi-leatherworks',
    name: t('Cowhide Motorbike Touring Jacket, CE Level 1 Armour', '牛皮摩托车旅行夹克 CE 1 级护具'),
    summary: t('Road and touring jacket with vents and a thermal liner.', '公路和旅行骑行夹克，带通风口和保暖内胆。'),
    description: t(
      'A touring cut with zipped chest and back vents, a removable thermal liner and reflective piping. Level 1 armour at shoulders and elbows, with a pocket for a back protector. Type-examined to EN 17092.',
      '旅行版型，胸背部带拉链通风口，内胆可拆卸，配反光滚边。肩肘为 1 级护具，背部预留护背口袋。按 EN 17092 做型式检验。',
    ),
    specs: [
      sp('Leather', '皮料', 'Cowhide, 1.1–1.2 mm', '牛皮，1.1–1.2 毫米'),
      sp('Armour', '护具', 'Level 1 shoulders and elbows', '肩肘 1 级护具'),
      sp('Liner', '内胆', 'Removable thermal', '可拆卸保暖内胆'),
      sp('Garment standard', '成衣标准', 'EN 17092', 'EN 17092'),
    ],
    unit: 'piece',
    tiers: [
      [50, 9200],
      [200, 8400],
      [500, 7800],
    ],
    hsCode: '42031000',
    lead: [40, 55],
    capacity: [1000, 'month'],
    sample: jacketSample,
    origin: 'lahore',
    certs: ['iso9001', 'ce'],
    keywords: t('motorcycle jacket, riding jacket, touring jacket', '摩托车夹克 骑行夹克 旅行骑行服'),
  }),
  leather({
    slug: 'leather-motorbike-trousers-knee-sliders',
    exporter: 'ravi-leatherworks',
    name: t('Leather Motorbike Trousers with Knee Sliders', '摩托车皮裤 带护膝滑块'),
    summary: t('Sport-cut riding trousers with knee and hip armour.', '运动版型骑行皮裤，配膝部和髋部护具。'),
    description: t(
      'Pre-curved legs, stretch panels behind the knee and replaceable sliders make these trousers comfortable in a riding position. Knee and hip armour meets EN 1621-1; a short connection zip pairs them with our jackets.',
      '腿部预弯，膝后弹力拼片，滑块可更换，骑行姿势下穿着舒适。膝部和髋部护具符合 EN 1621-1，短连接拉链可与我司夹克搭配。',
    ),
    specs: [
      sp('Leather', '皮料', 'Cowhide, 1.2 mm', '牛皮，1.2 毫米'),
      sp('Armour', '护具', 'EN 1621-1 knees and hips', 'EN 1621-1 膝、髋'),
      sp('Sliders', '滑块', 'Replaceable', '可更换'),
      sp('Sizes', '尺码', 'EU 46–60', '欧码 46–60'),
    ],
    unit: 'piece',
    tiers: [
      [50, 7200],
      [200, 6600],
    ],
    hsCode: '42031000',
    lead: [40, 55],
    capacity: [800, 'month'],
    sample: jacketSample,
    origin: 'lahore',
    certs: ['iso9001', 'ce'],
    keywords: t('motorcycle trousers, leather pants, riding pants', '摩托车裤 皮裤 骑行裤'),
  }),
  leather({
    slug: 'cafe-racer-leather-jacket-cowhide',
    exporter: 'ravi-leatherworks',
    name: t('Café Racer Leather Jacket, Cowhide', '牛皮咖啡骑士夹克'),
    summary: t('Minimal band-collar café racer in waxed cowhide.', '简约立领咖啡骑士夹克，蜡感牛皮。'),
    description: t(
      'A clean café racer with a snap band collar, zip cuffs and a slim fit, cut from waxed cowhide that shows pull-up character. A fashion jacket without armour, for lifestyle and menswear ranges.',
      '简约咖啡骑士款，按扣立领、拉链袖口、修身版型，采用有油变效果的蜡感牛皮。属于不带护具的时装款，适合生活方式和男装系列。',
    ),
    specs: [
      sp('Leather', '皮料', 'Waxed pull-up cowhide, 1.0 mm', '蜡感油变牛皮，1.0 毫米'),
      sp('Collar', '领型', 'Band with snap', '立领按扣'),
      sp('Lining', '里布', 'Quilted polyester', '绗缝涤纶'),
      sp('Sizes', '尺码', 'S–XXL', 'S–XXL'),
    ],
    unit: 'piece',
    tiers: [
      [100, 7400],
      [300, 6800],
    ],
    hsCode: '42031000',
    lead: [45, 60],
    capacity: [1200, 'month'],
    sample: jacketSample,
    origin: 'lahore',
    certs: ['iso9001'],
    keywords: JACKET_KW,
  }),
  leather({
    slug: 'leather-racing-gauntlet-gloves',
    exporter: 'ravi-leatherworks',
    name: t('Leather Racing Gauntlet Gloves, Knuckle Protection', '摩托车赛车长筒皮手套 带护指节'),
    summary: t(
      'Goat and cow leather gauntlets with hard knuckle and palm sliders.',
      '山羊皮与牛皮长筒手套，带硬质护指节和掌部滑块。',
    ),
    description: t(
      'Goatskin palms for feel on the controls and cowhide backs with a hard knuckle shell, palm sliders and a pre-curved fit. Tested to EN 13594 and supplied in pairs with a hangtag.',
      '掌面为山羊皮，操控手感好；手背为牛皮，配硬质护指节壳、掌部滑块和预弯版型。按 EN 13594 检测，成对配吊牌供货。',
    ),
    specs: [
      sp('Palm', '掌面', 'Goatskin', '山羊皮'),
      sp('Back', '手背', 'Cowhide with hard knuckle', '牛皮，硬质护指节'),
      sp('Standard', '标准', 'EN 13594', 'EN 13594'),
      sp('Sizes', '尺码', 'S–XXL', 'S–XXL'),
    ],
    unit: 'pair',
    tiers: [
      [100, 2350],
      [500, 2100],
      [1000, 1900],
    ],
    hsCode: '42032990',
    lead: [35, 50],
    capacity: [3000, 'month'],
    sample: gloveSample,
    origin: 'lahore',
    certs: ['iso9001', 'ce'],
    keywords: t('motorcycle gloves, racing gloves, riding gloves', '摩托车手套 赛车手套 骑行手套'),
  }),
  // Work, welding and fashion gloves
  leather({
    slug: 'cow-split-rigger-work-gloves-dozen',
    exporter: 'kasur-tanners-gloves',
    name: t('Cow Split Leather Rigger Gloves, per Dozen', '牛二层皮索具工作手套（按打）'),
    summary: t('General-purpose rigger gloves for construction and handling.', '通用索具手套，适合建筑和搬运作业。'),
    description: t(
      "A classic rigger glove in grey cow split leather with a cotton-lined palm and a safety cuff, rated to EN 388 for abrasion and tear. Packed in dozens with the buyer's header cards.",
      '经典索具手套，灰色牛二层皮，掌心棉布里衬，安全袖口，按 EN 388 耐磨和抗撕裂测试。按打包装，可配客户头卡。',
    ),
    specs: [
      sp('Leather', '皮料', 'Cow split, grey', '牛二层，灰色'),
      sp('Lining', '里衬', 'Cotton palm lining', '掌心棉布里'),
      sp('Cuff', '袖口', 'Safety cuff', '安全袖口'),
      sp('Standard', '标准', 'EN 388', 'EN 388'),
      sp('Packing', '包装', '12 pairs per bundle, 10 dozen per carton', '12 副一捆，每箱 10 打'),
    ],
    unit: 'dozen',
    tiers: [
      [200, 1450],
      [1000, 1320],
      [5000, 1200],
    ],
    hsCode: '42032910',
    lead: [30, 45],
    capacity: [10000, 'month'],
    sample: gloveSample,
    origin: 'kasur',
    certs: ['iso9001', 'leather_working_group', 'ce'],
    keywords: WORK_GLOVE_KW,
  }),
  leather({
    slug: 'cow-grain-driver-gloves-unlined-dozen',
    exporter: 'kasur-tanners-gloves',
    name: t('Cow Grain Driver Gloves, Unlined, per Dozen', '牛头层皮司机手套 无里（按打）'),
    summary: t(
      'Supple grain-leather driver gloves for drivers and warehouses.',
      '柔软头层皮司机手套，适合司机和仓储作业。',
    ),
    description: t(
      'Keystone thumb and an elastic back give a close fit in soft cow grain leather, good for drivers, warehouse staff and light assembly. Unlined for dexterity; rated to EN 388.',
      '采用拱形拇指和手背松紧设计，柔软牛头层皮贴合手型，适合司机、仓储和轻装配作业。无里设计更灵活，按 EN 388 检测。',
    ),
    specs: [
      sp('Leather', '皮料', 'Cow grain', '牛头层'),
      sp('Thumb', '拇指', 'Keystone', '拱形拇指'),
      sp('Standard', '标准', 'EN 388', 'EN 388'),
      sp('Sizes', '尺码', 'S–XXL', 'S–XXL'),
    ],
    unit: 'dozen',
    tiers: [
      [200, 2350],
      [1000, 2150],
    ],
    hsCode: '42032910',
    lead: [30, 45],
    capacity: [6000, 'month'],
    sample: gloveSample,
    origin: 'kasur',
    certs: ['iso9001', 'leather_working_group', 'ce'],
    keywords: t('driver gloves, leather work gloves', '司机手套 皮革劳保手套'),
  }),
  leather({
    slug: 'welding-gloves-cow-split-14in-dozen',
    exporter: 'kasur-tanners-gloves',
    name: t('Welding Gloves, Cow Split, 14 in, Aramid-stitched, per Dozen', '牛二层焊工手套 14 寸 芳纶线缝制（按打）'),
    summary: t('Heat-resistant MIG/stick welding gloves with a long cuff.', '耐热 MIG/手工电弧焊手套，长袖口。'),
    description: t(
      'Thick cow split leather sewn with para-aramid thread that will not burn through, with a full cotton-fleece lining and a 14-inch gauntlet cuff. Tested to EN 12477 type A and EN 388.',
      '厚实牛二层皮，采用不易烧断的对位芳纶线缝制，全棉绒里，14 英寸长袖口。按 EN 12477 A 类和 EN 388 检测。',
    ),
    specs: [
      sp('Leather', '皮料', 'Cow split, 1.2–1.3 mm', '牛二层，1.2–1.3 毫米'),
      sp('Thread', '缝线', 'Para-aramid', '对位芳纶'),
      sp('Length', '长度', '14 in (35 cm)', '14 英寸（35 厘米）'),
      sp('Standards', '标准', 'EN 12477 type A, EN 388', 'EN 12477 A 类、EN 388'),
    ],
    unit: 'dozen',
    tiers: [
      [200, 2450],
      [1000, 2250],
      [5000, 2080],
    ],
    hsCode: '42032910',
    lead: [30, 45],
    capacity: [8000, 'month'],
    sample: gloveSample,
    origin: 'kasur',
    certs: ['iso9001', 'leather_working_group', 'ce'],
    keywords: t('welder gloves, heat resistant gloves, MIG gloves', '电焊手套 耐高温手套 焊接手套'),
  }),
  leather({
    slug: 'tig-welding-gloves-goatskin-dozen',
    exporter: 'kasur-tanners-gloves',
    name: t('TIG Welding Gloves, Goatskin, per Dozen', '山羊皮氩弧焊手套（按打）'),
    summary: t('Thin, dexterous goatskin gloves for TIG welding.', '轻薄灵活的山羊皮氩弧焊手套。'),
    description: t(
      'TIG welding needs fine finger control, so these are cut from thin, supple goat grain with a split-leather cuff and aramid stitching. Tested to EN 12477 type B.',
      '氩弧焊需要精细的手指控制，因此采用轻薄柔软的山羊头层皮，配二层皮袖口和芳纶缝线。按 EN 12477 B 类检测。',
    ),
    specs: [
      sp('Palm', '掌面', 'Goat grain', '山羊头层'),
      sp('Cuff', '袖口', 'Cow split, 4 in', '牛二层，4 英寸'),
      sp('Thread', '缝线', 'Para-aramid', '对位芳纶'),
      sp('Standard', '标准', 'EN 12477 type B', 'EN 12477 B 类'),
    ],
    unit: 'dozen',
    tiers: [
      [100, 3600],
      [500, 3300],
    ],
    hsCode: '42032910',
    lead: [30, 45],
    capacity: [3000, 'month'],
    sample: gloveSample,
    origin: 'kasur',
    certs: ['iso9001', 'leather_working_group', 'ce'],
    keywords: t('TIG gloves, argon welding gloves', '氩弧焊手套 TIG 手套'),
  }),
  leather({
    slug: 'fleece-lined-winter-work-gloves-dozen',
    exporter: 'kasur-tanners-gloves',
    name: t('Fleece-lined Winter Work Gloves, per Dozen', '加绒冬季劳保手套（按打）'),
    summary: t('Cow grain work gloves with a warm pile lining.', '牛头层劳保手套，内衬保暖绒。'),
    description: t(
      'Cow grain palms and backs with a thick acrylic pile lining and a knit wrist to keep out cold air, for outdoor work in winter. Rated to EN 388 and EN 511 for cold.',
      '手掌和手背均为牛头层皮，内衬厚实腈纶绒，针织腕口防冷风，适合冬季户外作业。按 EN 388 和 EN 511 防寒标准检测。',
    ),
    specs: [
      sp('Leather', '皮料', 'Cow grain', '牛头层'),
      sp('Lining', '里衬', 'Acrylic pile', '腈纶绒'),
      sp('Wrist', '腕口', 'Knit', '针织'),
      sp('Standards', '标准', 'EN 388, EN 511', 'EN 388、EN 511'),
    ],
    unit: 'dozen',
    tiers: [
      [200, 2900],
      [1000, 2650],
    ],
    hsCode: '42032910',
    lead: [35, 50],
    capacity: [4000, 'month'],
    sample: gloveSample,
    origin: 'kasur',
    certs: ['iso9001', 'leather_working_group', 'ce'],
    keywords: t('winter work gloves, insulated gloves, cold gloves', '冬季手套 保暖劳保手套 防寒手套'),
  }),
  leather({
    slug: 'womens-lambskin-gloves-cashmere-blend-lining',
    exporter: 'kasur-tanners-gloves',
    name: t("Women's Lambskin Gloves, Cashmere-blend Lining", '女式绵羊皮手套 羊绒混纺里'),
    summary: t(
      'Slim fashion gloves in glacé lambskin with a warm knit lining.',
      '修身光面绵羊皮时装手套，内衬保暖针织里。',
    ),
    description: t(
      'Glacé lambskin is cut to a slim fit with three decorative points on the back and lined with a wool-cashmere knit. Touchscreen fingertips on request; boxed or carded for retail.',
      '光面绵羊皮修身裁剪，手背三道装饰线，内衬羊毛羊绒混纺针织里。指尖可按要求做触屏功能；零售可盒装或卡装。',
    ),
    specs: [
      sp('Leather', '皮料', 'Glacé lambskin', '光面绵羊皮'),
      sp('Lining', '里衬', 'Wool-cashmere knit', '羊毛羊绒混纺针织'),
      sp('Options', '选配', 'Touchscreen fingertips', '触屏指尖'),
      sp('Sizes', '尺码', '6.5–8.5', '6.5–8.5'),
    ],
    unit: 'pair',
    tiers: [
      [300, 1150],
      [1000, 1040],
      [3000, 950],
    ],
    hsCode: '42032990',
    lead: [35, 50],
    capacity: [8000, 'month'],
    sample: gloveSample,
    origin: 'kasur',
    certs: ['iso9001', 'leather_working_group'],
    keywords: t('leather gloves women, dress gloves, winter gloves', '女士皮手套 时装手套 保暖手套'),
  }),
  leather({
    slug: 'mens-hair-sheep-driving-gloves-perforated',
    exporter: 'kasur-tanners-gloves',
    name: t("Men's Hair-sheep Driving Gloves, Perforated", '男式毛羊皮驾驶手套 打孔'),
    summary: t('Unlined perforated driving gloves with a snap wrist.', '无里打孔驾驶手套，腕部按扣。'),
    description: t(
      'Hair-sheep leather is finer and stronger than wool-sheep leather, making a thin, tough driving glove. Perforated backs, open knuckles and a snap at the wrist; tan, black and brown.',
      '毛羊皮比绵羊皮纤维更细密坚韧，可做成轻薄耐用的驾驶手套。手背打孔，指节镂空，腕部按扣，有棕褐、黑和深棕色。',
    ),
    specs: [
      sp('Leather', '皮料', 'Hair-sheep', '毛羊皮'),
      sp('Details', '细节', 'Perforated back, open knuckles', '手背打孔，指节镂空'),
      sp('Closure', '扣合', 'Wrist snap', '腕部按扣'),
      sp('Sizes', '尺码', 'S–XL', 'S–XL'),
    ],
    unit: 'pair',
    tiers: [
      [300, 980],
      [1000, 890],
    ],
    hsCode: '42032990',
    lead: [35, 50],
    capacity: [5000, 'month'],
    sample: gloveSample,
    origin: 'kasur',
    certs: ['iso9001', 'leather_working_group'],
    keywords: t('driving gloves, leather gloves men', '驾车手套 男士皮手套'),
  }),
];

// ─── Handicrafts and home décor ──────────────────────────────────────────────

const handicraft = maker('handicrafts');

const craftSample = sample(
  'paid',
  'Samples charged at unit price plus courier; because pieces are hand-made, each will vary slightly from the sample.',
  '样品按单价加快递费收取；产品为手工制作，每件与样品会略有差异。',
);
const POTTERY_KW = t(
  'Multani pottery, blue pottery, kashi kari, hand-painted ceramics',
  '木尔坦陶器 蓝陶 卡希工艺 手绘陶瓷',
);
const ONYX_KW = t('onyx marble, Pakistan onyx, stone décor', '缟玛瑙 大理石 巴基斯坦玉 石材摆件');
const SALT_KW = t(
  'Himalayan salt lamp, rock salt lamp, pink salt lamp, Khewra salt',
  '喜马拉雅盐灯 岩盐灯 粉盐灯 水晶盐灯',
);
const TRUCK_ART_KW = t('Pakistani truck art, phool patti, hand-painted décor', '巴基斯坦卡车艺术 卡车彩绘 手绘装饰');

interface PotteryOpts {
  slug: string;
  name: L10n;
  summary: L10n;
  lead: L10n;
  size: L10n;
  tableware?: boolean;
  unit?: 'piece' | 'set';
  tiers: Tier[];
  featured?: boolean;
}

function bluePottery(o: PotteryOpts): SeedProduct {
  const glaze = o.tableware
    ? t(
        'Tableware is glazed with a lead-free frit and each batch is tested for lead and cadmium release.',
        '餐具类产品使用无铅熔块釉，每批检测铅、镉溶出量。',
      )
    : t('For decorative use.', '仅供装饰使用。');
  return handicraft({
    slug: o.slug,
    exporter: 'multan-kashigar-pottery',
    name: o.name,
    summary: o.summary,
    description: t(
      `${o.lead.en} Each piece is thrown or moulded, coated in white slip, painted freehand in cobalt and turquoise and glazed. ${glaze.en} Packed individually in bubble wrap inside double-wall cartons.`,
      `${o.lead.zh}每件拉坯或模制成型后施白色化妆土，用钴蓝和松石蓝徒手绘制纹样并上釉。${glaze.zh}单件气泡膜包裹，装入双瓦楞纸箱。`,
    ),
    specs: [
      sp('Size', '尺寸', o.size.en, o.size.zh),
      sp('Body', '胎体', 'Earthenware under white slip', '陶胎施白色化妆土'),
      sp('Decoration', '装饰', 'Hand-painted cobalt and turquoise', '钴蓝、松石蓝手绘'),
      sp('Use', '用途', o.tableware ? 'Tableware, hand wash' : 'Decorative', o.tableware ? '餐具，建议手洗' : '装饰'),
    ],
    unit: o.unit ?? 'piece',
    tiers: o.tiers,
    hsCode: o.tableware ? '69120010' : '69139000',
    lead: [40, 60],
    capacity: [o.unit === 'set' ? 300 : 1500, 'month'],
    sample: craftSample,
    origin: 'multan',
    certs: [],
    keywords: POTTERY_KW,
    ...(o.featured ? { featured: true } : {}),
  });
}

interface SaltLampOpts {
  slug: string;
  name: L10n;
  summary: L10n;
  lead: L10n;
  specs: SeedSpec[];
  tiers: Tier[];
  hsCode: string;
  capacity: number;
}

function saltLamp(o: SaltLampOpts): SeedProduct {
  return handicraft({
    slug: o.slug,
    exporter: 'potohar-salt-crafts',
    name: o.name,
    summary: o.summary,
    description: t(
      `${o.lead.en} Rock salt absorbs moisture, so lamps are shrink-wrapped and packed with desiccant; buyers should advise users to keep them in dry rooms. Plugs, cords and gift boxes are fitted for the destination market.`,
      `${o.lead.zh}岩盐易吸潮，因此每件热缩膜密封并附干燥剂包装；建议买家提醒用户放置在干燥房间。插头、电源线和彩盒按目的地市场配置。`,
    ),
    specs: o.specs,
    unit: 'piece',
    tiers: o.tiers,
    hsCode: o.hsCode,
    lead: [25, 40],
    capacity: [o.capacity, 'month'],
    sample: sample(
      'free',
      'Up to three stock samples free; the buyer pays the courier.',
      '可免费提供三件以内现货样品，快递费由买家承担。',
    ),
    origin: 'rawalpindi',
    certs: ['iso9001'],
    keywords: SALT_KW,
  });
}

const handicrafts: SeedProduct[] = [
  bluePottery({
    slug: 'multani-blue-pottery-dinner-plate-27cm',
    name: t('Multani Blue Pottery Dinner Plate, 27 cm', '木尔坦手绘蓝陶餐盘 27 厘米'),
    summary: t('Hand-painted dinner plate in the Multani floral style.', '木尔坦花卉风格手绘餐盘。'),
    lead: t(
      'A usable dinner plate in the kashi kari tradition of Multan, painted with a central rosette and a border of vines.',
      '传承木尔坦卡希工艺的实用餐盘，盘心绘玫瑰花饰，盘边环绕藤蔓纹。',
    ),
    size: t('27 cm diameter', '直径 27 厘米'),
    tableware: true,
    tiers: [
      [200, 780],
      [1000, 690],
      [3000, 620],
    ],
  }),
  bluePottery({
    slug: 'multani-blue-pottery-wall-plate-35cm',
    name: t('Multani Blue Pottery Wall Plate, 35 cm', '木尔坦蓝陶装饰挂盘 35 厘米'),
    summary: t('Large decorative wall plate with a hanging hook.', '大号装饰挂盘，背面带挂钩。'),
    lead: t(
      'A showpiece plate painted with the dense geometric and floral patterns found on the tiled tombs of Multan, fitted with a wire hanger on the back.',
      '装饰挂盘，绘有木尔坦陵墓釉砖上常见的繁密几何与花卉图案，背面装有挂钩。',
    ),
    size: t('35 cm diameter', '直径 35 厘米'),
    tiers: [
      [100, 1550],
      [500, 1390],
    ],
    featured: true,
  }),
  bluePottery({
    slug: 'multani-blue-pottery-surahi-vase-30cm',
    name: t('Multani Blue Pottery Surahi Vase, 30 cm', '木尔坦蓝陶苏拉希长颈瓶 30 厘米'),
    summary: t('Long-necked surahi vase, a traditional water-jar shape.', '长颈苏拉希花瓶，源自传统水罐造型。'),
    lead: t(
      'The surahi is the long-necked water jar of South Asian homes; here it is made as a decorative vase with bands of lotus and vine.',
      '苏拉希是南亚家庭常用的长颈水罐，这里做成装饰花瓶，饰以莲花和藤蔓纹带。',
    ),
    size: t('30 cm tall', '高 30 厘米'),
    tiers: [
      [100, 1950],
      [500, 1750],
    ],
  }),
  bluePottery({
    slug: 'kashi-kari-hand-painted-tile-15cm',
    name: t('Kashi Kari Hand-painted Tile, 15 × 15 cm', '卡希手绘釉面装饰砖 15×15 厘米'),
    summary: t('Hand-painted decorative tiles for panels and splashbacks.', '手绘装饰瓷砖，可拼成墙面画或灶台背板。'),
    lead: t(
      "Square tiles in the style used on Multan's shrines, sold singly or painted as multi-tile panels to the buyer's layout.",
      '木尔坦圣陵风格的方形釉砖，可单片销售，也可按客户排版绘制成多片拼接的墙面画。',
    ),
    size: t('15 × 15 × 1 cm', '15 × 15 × 1 厘米'),
    tiers: [
      [500, 220],
      [2000, 190],
      [10000, 165],
    ],
  }),
  bluePottery({
    slug: 'multani-blue-pottery-bowls-set-6',
    name: t('Multani Blue Pottery Bowls, Set of 6', '木尔坦蓝陶碗 6 只装'),
    summary: t('Six hand-painted 15 cm bowls for serving and dips.', '六只 15 厘米手绘碗，用于盛菜和蘸酱。'),
    lead: t(
      'Six bowls painted in matching but not identical patterns, so every set is slightly different.',
      '六只碗纹样风格一致但各不相同，每一套都独一无二。',
    ),
    size: t('6 bowls, 15 cm each', '6 只，每只直径 15 厘米'),
    tableware: true,
    unit: 'set',
    tiers: [
      [100, 2200],
      [500, 1980],
    ],
  }),
  handicraft({
    slug: 'camel-skin-table-lamp-naqashi',
    exporter: 'multan-kashigar-pottery',
    name: t('Camel-skin Table Lamp, Naqashi Painted', '纳卡希彩绘骆驼皮台灯'),
    summary: t('Translucent camel-skin lamp hand-painted with gold naqashi.', '透光骆驼皮台灯，金色纳卡希手绘。'),
    description: t(
      'Camel skin is stretched over a clay mould, dried and painted in the naqashi style with gold and coloured pigments; lit from inside, the skin glows amber. Wired for E14 bulbs with plugs for the destination market.',
      '将骆驼皮绷在陶模上晾干成型，再以纳卡希技法用金色和彩色颜料手绘；点亮后皮面透出琥珀色光。配 E14 灯头，插头按目的地市场配置。',
    ),
    specs: [
      sp('Height', '高度', '35 cm', '35 厘米'),
      sp('Material', '材质', 'Camel skin on wooden base', '骆驼皮，木质底座'),
      sp('Painting', '彩绘', 'Naqashi, gold and colours', '纳卡希金彩'),
      sp('Fitting', '灯头', 'E14, plug to market', 'E14，插头按市场配置'),
    ],
    unit: 'piece',
    tiers: [
      [50, 2800],
      [200, 2500],
    ],
    hsCode: '94052900',
    lead: [40, 60],
    capacity: [400, 'month'],
    sample: craftSample,
    origin: 'multan',
    certs: [],
    keywords: t('camel skin lamp, Multan lamp, naqashi lamp', '骆驼皮灯 木尔坦灯 手绘台灯'),
  }),
  handicraft({
    slug: 'camel-skin-hanging-lantern-naqashi',
    exporter: 'multan-kashigar-pottery',
    name: t('Camel-skin Hanging Lantern, Naqashi Painted', '纳卡希彩绘骆驼皮吊灯'),
    summary: t('Pendant lantern in painted camel skin for hotels and restaurants.', '彩绘骆驼皮吊灯，适合酒店和餐厅。'),
    description: t(
      'A pendant version of the Multan camel-skin lamp, made to order in sizes from 30 to 60 cm for hotel lobbies and restaurants. Quoted per project with painting samples.',
      '木尔坦骆驼皮灯的吊灯款，30–60 厘米多种尺寸按单制作，适合酒店大堂和餐厅。按项目报价，附彩绘样稿。',
    ),
    specs: [
      sp('Sizes', '尺寸', '30–60 cm, made to order', '30–60 厘米，按单定制'),
      sp('Material', '材质', 'Camel skin, brass chain', '骆驼皮，黄铜吊链'),
      sp('Fitting', '灯头', 'E27', 'E27'),
      sp('Use', '用途', 'Hotels, restaurants, residences', '酒店、餐厅、住宅'),
    ],
    unit: 'piece',
    tiers: [],
    moq: 30,
    hsCode: '94051900',
    lead: [50, 75],
    capacity: [150, 'month'],
    sample: craftSample,
    origin: 'multan',
    certs: [],
    keywords: t('pendant lamp, camel skin lamp, oriental lantern', '吊灯 骆驼皮灯 东方风格灯笼'),
  }),
  // Onyx
  handicraft({
    slug: 'green-onyx-vase-25cm',
    exporter: 'bolan-onyx-crafts',
    name: t('Green Onyx Vase, 25 cm', '绿缟玛瑙花瓶 25 厘米'),
    summary: t('Lathe-turned vase in banded green Balochistan onyx.', '车削成型的俾路支绿色条纹缟玛瑙花瓶。'),
    description: t(
      'Turned from a single block of green banded onyx from Chagai and polished until the stone glows when light passes through it. No two vases share the same banding. Wax-sealed and packed in moulded foam.',
      '由一整块查盖绿色条纹缟玛瑙车削而成，抛光后透光温润，每只纹理都不相同。打蜡封孔，成型泡沫包装。',
    ),
    specs: [
      sp('Height', '高度', '25 cm', '25 厘米'),
      sp('Stone', '石材', 'Green banded onyx, Chagai', '查盖绿色条纹缟玛瑙'),
      sp('Finish', '表面', 'High polish, wax sealed', '高光抛光，打蜡'),
      sp('Packing', '包装', 'Moulded foam, 6 per carton', '成型泡沫，每箱 6 只'),
    ],
    unit: 'piece',
    tiers: [
      [100, 1450],
      [500, 1290],
    ],
    hsCode: '68029100',
    lead: [30, 45],
    capacity: [1500, 'month'],
    sample: craftSample,
    origin: 'quetta',
    certs: ['iso9001'],
    keywords: ONYX_KW,
  }),
  handicraft({
    slug: 'onyx-chess-set-with-board-16in',
    exporter: 'bolan-onyx-crafts',
    name: t('Onyx Chess Set with Board, 16 in', '缟玛瑙国际象棋套装 16 英寸棋盘'),
    summary: t('Hand-carved onyx pieces on an inlaid 16-inch board.', '手工雕刻缟玛瑙棋子，配 16 英寸镶拼棋盘。'),
    description: t(
      'Thirty-two pieces hand-carved in green and white onyx, with a king about 9 cm tall, on a 16-inch board of inlaid onyx squares. Felted bases; packed in a fitted foam box for gift retail.',
      '32 枚棋子以绿、白两色缟玛瑙手工雕刻，王高约 9 厘米；棋盘为 16 英寸缟玛瑙拼格镶嵌。棋子底部贴绒，配定制泡沫礼盒。',
    ),
    specs: [
      sp('Board', '棋盘', '16 × 16 in (40 cm), inlaid', '16 × 16 英寸（40 厘米），镶拼'),
      sp('King height', '王高', 'About 9 cm', '约 9 厘米'),
      sp('Colours', '颜色', 'Green and white onyx', '绿、白缟玛瑙'),
      sp('Weight', '重量', 'About 7 kg', '约 7 公斤'),
    ],
    unit: 'set',
    tiers: [
      [50, 4800],
      [200, 4300],
    ],
    hsCode: '95049030',
    lead: [40, 60],
    capacity: [200, 'month'],
    sample: craftSample,
    origin: 'quetta',
    certs: ['iso9001'],
    keywords: t('chess set, marble chess, stone chess board', '国际象棋 大理石象棋 石材棋盘'),
  }),
  handicraft({
    slug: 'polished-onyx-tiles-30x30',
    exporter: 'bolan-onyx-crafts',
    name: t('Polished Onyx Tiles, 30 × 30 cm', '抛光缟玛瑙板材 30×30 厘米'),
    summary: t(
      'Translucent onyx tiles for feature walls and backlit panels.',
      '透光缟玛瑙板材，用于背景墙和透光灯箱。',
    ),
    description: t(
      'Onyx is translucent, so designers use it for backlit bar fronts and feature walls. Tiles are sawn, resin-backed where needed, calibrated to 15 mm and polished; book-matched slabs are cut to order.',
      '缟玛瑙透光性好，设计师常用于透光吧台和背景墙。板材锯切后按需背网补胶，定厚 15 毫米并抛光；对纹大板可按单切割。',
    ),
    specs: [
      sp('Size', '规格', '30 × 30 × 1.5 cm', '30 × 30 × 1.5 厘米'),
      sp('Colours', '颜色', 'Green, white, multi-banded', '绿、白、多色条纹'),
      sp('Finish', '表面', 'Polished, resin-backed', '抛光，背网补胶'),
      sp('Packing', '包装', 'Wooden crates, ISPM 15', 'ISPM 15 木箱'),
    ],
    unit: 'sqm',
    tiers: [
      [50, 5800],
      [200, 5200],
      [1000, 4700],
    ],
    hsCode: '68029100',
    lead: [30, 45],
    capacity: [1500, 'month'],
    sample: sample(
      'free',
      'Two 10 × 10 cm sample chips free; the buyer pays the courier.',
      '可免费提供两块 10×10 厘米小样，快递费由买家承担。',
    ),
    origin: 'quetta',
    certs: ['iso9001'],
    keywords: t('onyx slab, onyx tiles, backlit stone', '玛瑙板 缟玛瑙瓷砖 透光石'),
  }),
  handicraft({
    slug: 'onyx-fruit-bowl-30cm',
    exporter: 'bolan-onyx-crafts',
    name: t('Onyx Fruit Bowl, 30 cm', '缟玛瑙果盘 30 厘米'),
    summary: t('Wide turned bowl in white or green onyx.', '宽口车削果盘，白或绿缟玛瑙。'),
    description: t(
      'A shallow bowl turned from one piece of onyx for fruit or display. The stone is heavy and stays cool, so the bowl is also used for serving chilled dishes.',
      '由整块缟玛瑙车削的浅口果盘，可盛水果或作摆件。石材厚重、触感清凉，也可用来盛放冷盘。',
    ),
    specs: [
      sp('Diameter', '直径', '30 cm', '30 厘米'),
      sp('Stone', '石材', 'White or green onyx', '白或绿缟玛瑙'),
      sp('Weight', '重量', 'About 2.5 kg', '约 2.5 公斤'),
      sp('Finish', '表面', 'Polished, wax sealed', '抛光，打蜡'),
    ],
    unit: 'piece',
    tiers: [
      [100, 1250],
      [500, 1100],
    ],
    hsCode: '68029100',
    lead: [30, 45],
    capacity: [1000, 'month'],
    sample: craftSample,
    origin: 'quetta',
    certs: ['iso9001'],
    keywords: ONYX_KW,
  }),
  handicraft({
    slug: 'onyx-vessel-basin-round-42cm',
    exporter: 'bolan-onyx-crafts',
    name: t('Onyx Vessel Basin, Round, 42 cm', '缟玛瑙台上盆 圆形 42 厘米'),
    summary: t('Solid onyx countertop basin for boutique hotels and villas.', '整石缟玛瑙台上盆，适合精品酒店和别墅。'),
    description: t(
      'Carved from a solid block and sealed against water, this vessel basin sits on the counter with a standard 40 mm drain hole. Supplied with a care guide; each basin is photographed before dispatch so the buyer approves the actual stone.',
      '整块石料掏挖而成，经防水封护处理，坐于台面，预留标准 40 毫米下水孔。附保养说明；每个台盆出货前拍照，由买家确认实物石纹。',
    ),
    specs: [
      sp('Size', '尺寸', 'Ø 42 × 15 cm', '直径 42 × 高 15 厘米'),
      sp('Drain', '下水孔', '40 mm', '40 毫米'),
      sp('Finish', '表面', 'Polished, water-sealed', '抛光，防水封护'),
      sp('Weight', '重量', 'About 18 kg', '约 18 公斤'),
    ],
    unit: 'piece',
    tiers: [],
    moq: 20,
    hsCode: '68029100',
    lead: [35, 50],
    capacity: [150, 'month'],
    sample: craftSample,
    origin: 'quetta',
    certs: ['iso9001'],
    keywords: t('stone sink, marble basin, bathroom vessel sink', '石材洗手盆 大理石台盆 艺术盆'),
  }),
  // Salt lamps
  saltLamp({
    slug: 'natural-himalayan-salt-lamp-2-3kg',
    name: t('Natural Himalayan Salt Lamp, 2–3 kg', '天然喜马拉雅盐灯 2–3 公斤'),
    summary: t('Natural-shape pink salt lamp on a wooden base.', '天然造型粉盐灯，木质底座。'),
    lead: t(
      'Each lamp is a hand-chipped rock-salt lump from the Salt Range, drilled for a 15 W E14 bulb and mounted on a sheesham or neem base.',
      '每盏灯都是盐岭岩盐原矿手工敲制而成，钻孔安装 15 瓦 E14 灯泡，底座为印度黄檀或楝木。',
    ),
    specs: [
      sp('Weight', '重量', '2–3 kg', '2–3 公斤'),
      sp('Height', '高度', 'About 18–22 cm', '约 18–22 厘米'),
      sp('Base', '底座', 'Sheesham or neem wood', '印度黄檀或楝木'),
      sp('Electrical', '电器', 'E14, 15 W, dimmer cord', 'E14，15 瓦，带调光线'),
    ],
    tiers: [
      [500, 320],
      [2000, 285],
      [10000, 255],
    ],
    hsCode: '94052900',
    capacity: 40000,
  }),
  saltLamp({
    slug: 'natural-himalayan-salt-lamp-4-6kg',
    name: t('Natural Himalayan Salt Lamp, 4–6 kg', '天然喜马拉雅盐灯 4–6 公斤'),
    summary: t('Larger natural lamp for living rooms and retail displays.', '大号天然盐灯，适合客厅和店铺陈列。'),
    lead: t(
      'A larger, deeper-coloured lump for living rooms, chosen for its orange-pink tones and fitted with a 25 W bulb.',
      '挑选橙粉色调更浓的大块原矿，适合客厅摆放，配 25 瓦灯泡。',
    ),
    specs: [
      sp('Weight', '重量', '4–6 kg', '4–6 公斤'),
      sp('Height', '高度', 'About 25–30 cm', '约 25–30 厘米'),
      sp('Base', '底座', 'Sheesham wood', '印度黄檀木'),
      sp('Electrical', '电器', 'E14, 25 W, dimmer cord', 'E14，25 瓦，带调光线'),
    ],
    tiers: [
      [300, 560],
      [1000, 505],
      [5000, 460],
    ],
    hsCode: '94052900',
    capacity: 20000,
  }),
  saltLamp({
    slug: 'carved-himalayan-salt-lamp-sphere-15cm',
    name: t('Carved Himalayan Salt Lamp, Sphere 15 cm', '雕刻喜马拉雅盐灯 球形 15 厘米'),
    summary: t('Machine-turned salt sphere on a wooden stand.', '车削成型的盐球灯，木质底座。'),
    lead: t(
      'Turned into a smooth 15 cm sphere on a lathe and mounted on a turned wooden stand; pyramids, bowls and hearts are made on the same line.',
      '车床车削成 15 厘米光滑球体，装在车木底座上；同一产线还可生产金字塔、碗形和心形盐灯。',
    ),
    specs: [
      sp('Diameter', '直径', '15 cm', '15 厘米'),
      sp('Weight', '重量', 'About 4.5 kg', '约 4.5 公斤'),
      sp('Other shapes', '其他造型', 'Pyramid, bowl, heart', '金字塔、碗形、心形'),
      sp('Electrical', '电器', 'E14, 15 W', 'E14，15 瓦'),
    ],
    tiers: [
      [300, 790],
      [1000, 710],
    ],
    hsCode: '94052900',
    capacity: 8000,
  }),
  saltLamp({
    slug: 'usb-mini-salt-lamp-colour-changing',
    name: t('USB Mini Salt Lamp, Colour-changing LED', 'USB 迷你盐灯 七彩变色 LED'),
    summary: t('Desk-size salt lamp powered from a USB port.', '桌面小盐灯，USB 供电。'),
    lead: t(
      'A palm-sized salt piece over a 5 V LED base that cycles through colours, popular for desks and as an e-commerce gift item.',
      '巴掌大的盐块装在 5 伏 LED 底座上，可七彩循环变色，适合办公桌摆放，也是电商热销礼品。',
    ),
    specs: [
      sp('Weight', '重量', '500–700 g', '500–700 克'),
      sp('Light', '光源', '5 V LED, colour cycling', '5 伏 LED，七彩循环'),
      sp('Cable', '线缆', '1.5 m USB-A', '1.5 米 USB-A'),
      sp('Packing', '包装', 'Printed gift box', '印刷彩盒'),
    ],
    tiers: [
      [1000, 240],
      [5000, 210],
      [20000, 190],
    ],
    hsCode: '94052100',
    capacity: 60000,
  }),
  handicraft({
    slug: 'rock-salt-tea-light-holder',
    exporter: 'potohar-salt-crafts',
    name: t('Rock Salt Tea-light Holder', '岩盐蜡烛台（茶蜡）'),
    summary: t('Natural or square salt candle holder for one tea light.', '天然或方形岩盐烛台，可放一枚茶蜡。'),
    description: t(
      'A block of Salt Range rock salt with a hollow for a tea light, which gives a warm pink glow. Natural-shape or cut into cubes; shrink-wrapped against humidity, tea light included.',
      '盐岭岩盐块中间掏出茶蜡孔，点燃后透出温暖的粉色光。有天然造型和方块两种，热缩膜防潮包装，附茶蜡一枚。',
    ),
    specs: [
      sp('Weight', '重量', '0.8–1 kg', '0.8–1 公斤'),
      sp('Shapes', '造型', 'Natural or 10 cm cube', '天然造型或 10 厘米方块'),
      sp('Includes', '配件', 'One tea light', '茶蜡一枚'),
      sp('Packing', '包装', 'Shrink-wrapped, 12 per carton', '热缩膜包装，每箱 12 个'),
    ],
    unit: 'piece',
    tiers: [
      [1000, 115],
      [5000, 98],
    ],
    hsCode: '94055000',
    lead: [25, 40],
    capacity: [50000, 'month'],
    sample: sample(
      'free',
      'Up to five samples free; the buyer pays the courier.',
      '可免费提供五件以内样品，快递费由买家承担。',
    ),
    origin: 'rawalpindi',
    certs: ['iso9001'],
    keywords: t('salt candle holder, tealight holder, pink salt candle', '盐烛台 茶蜡烛台 粉盐蜡烛台'),
  }),
  // Truck art
  handicraft({
    slug: 'truck-art-hand-painted-kettle',
    exporter: 'potohar-salt-crafts',
    name: t('Truck-art Hand-painted Kettle', '卡车彩绘手绘装饰水壶'),
    summary: t(
      'Decorative metal kettle painted by Rawalpindi truck artists.',
      '由拉瓦尔品第卡车画师手绘的装饰金属水壶。',
    ),
    description: t(
      "Pakistan's decorated trucks are painted with flowers, birds and bright borders; our painters apply the same phool-patti style in enamel paints on a metal kettle. Varnished for durability and sold as décor, not for boiling water.",
      '巴基斯坦卡车以花卉、飞鸟和鲜艳边饰闻名，我们的画师把同样的"花与叶"风格用瓷漆绘在金属水壶上。表面罩清漆更耐久，作为装饰品销售，不用于烧水。',
    ),
    specs: [
      sp('Material', '材质', 'Enamelled steel', '搪瓷钢'),
      sp('Height', '高度', 'About 20 cm', '约 20 厘米'),
      sp('Paint', '绘制', 'Hand-painted enamel, varnished', '瓷漆手绘，罩清漆'),
      sp('Use', '用途', 'Decorative only', '仅供装饰'),
    ],
    unit: 'piece',
    tiers: [
      [200, 1050],
      [1000, 940],
    ],
    hsCode: '83062990',
    lead: [30, 45],
    capacity: [1500, 'month'],
    sample: craftSample,
    origin: 'rawalpindi',
    certs: ['iso9001'],
    keywords: TRUCK_ART_KW,
  }),
  handicraft({
    slug: 'truck-art-painted-wooden-box',
    exporter: 'potohar-salt-crafts',
    name: t('Truck-art Painted Wooden Box', '卡车彩绘木盒'),
    summary: t('Hinged wooden keepsake box in bright truck-art colours.', '卡车彩绘风格的翻盖木质收纳盒。'),
    description: t(
      'A hinged box in local wood painted on every face with truck-art flowers, peacocks and calligraphy-style borders. Good for jewellery or as a gift box; your text can be painted on the lid.',
      '本地木材制作的翻盖盒，六面均绘卡车艺术风格的花卉、孔雀和书法式边框，可作首饰盒或礼品盒；盒盖可绘制客户指定文字。',
    ),
    specs: [
      sp('Size', '尺寸', '20 × 12 × 8 cm', '20 × 12 × 8 厘米'),
      sp('Material', '材质', 'Local hardwood', '本地硬木'),
      sp('Paint', '绘制', 'Hand-painted, varnished', '手绘，罩清漆'),
      sp('Options', '定制', 'Custom text on the lid', '盒盖可绘定制文字'),
    ],
    unit: 'piece',
    tiers: [
      [200, 780],
      [1000, 690],
    ],
    hsCode: '44209090',
    lead: [30, 45],
    capacity: [2000, 'month'],
    sample: craftSample,
    origin: 'rawalpindi',
    certs: ['iso9001'],
    keywords: TRUCK_ART_KW,
  }),
  // Sindh
  handicraft({
    slug: 'hand-block-printed-ajrak-shawl',
    exporter: 'hala-ajrak-workshop',
    name: t('Hand Block-printed Ajrak Shawl', '手工木版印花阿杰拉克披肩'),
    summary: t(
      'Traditional Sindhi ajrak, resist-printed in indigo and madder.',
      '传统信德阿杰拉克，靛蓝和茜草防染印花。',
    ),
    description: t(
      'Ajrak is the block-printed cloth that is a symbol of Sindh. Cotton is printed on both sides with carved wooden blocks using resist pastes, then dyed in indigo and madder over many washing and drying stages. Each shawl is about 2.5 m long; colours vary slightly between batches.',
      '阿杰拉克是信德文化的象征。棉布两面用雕花木版蘸防染浆印制，再经靛蓝、茜草多次染色、水洗、晾晒而成。每条长约 2.5 米，不同批次颜色略有差异。',
    ),
    specs: [
      sp('Size', '尺寸', 'About 2.5 × 1.1 m', '约 2.5 × 1.1 米'),
      sp('Fabric', '面料', 'Cotton cambric', '纯棉细布'),
      sp('Dyes', '染料', 'Indigo and madder', '靛蓝、茜草'),
      sp('Printing', '印制', 'Double-sided hand block', '双面手工木版'),
    ],
    unit: 'piece',
    tiers: [
      [100, 1150],
      [500, 1020],
    ],
    hsCode: '62149000',
    lead: [30, 50],
    capacity: [800, 'month'],
    sample: craftSample,
    origin: 'hala',
    certs: [],
    keywords: t('ajrak, Sindhi shawl, block print, natural dye textile', '阿杰拉克 信德披肩 木版印花 植物染'),
  }),
  handicraft({
    slug: 'sindhi-rilli-patchwork-quilt-single',
    exporter: 'hala-ajrak-workshop',
    name: t('Sindhi Rilli Patchwork Quilt, Single', '信德拉利手工拼布被 单人'),
    summary: t('Hand-stitched appliqué and patchwork quilt by Sindhi women.', '信德妇女手工缝制的贴布拼布被。'),
    description: t(
      "Rilli quilts are pieced and appliquéd from cotton in geometric patterns and quilted in running stitch by women's groups across Sindh; one single quilt takes several weeks. Used as bedspreads or throws.",
      '拉利被由信德各地的妇女小组用棉布按几何图案拼接、贴布，再以平针绗缝而成，一条单人被需要数周。可作床罩或盖毯使用。',
    ),
    specs: [
      sp('Size', '尺寸', 'About 150 × 220 cm', '约 150 × 220 厘米'),
      sp('Fabric', '面料', 'Cotton, with cotton filling', '纯棉，棉填充'),
      sp('Technique', '工艺', 'Patchwork, appliqué, running-stitch quilting', '拼布、贴布、平针绗缝'),
      sp('Care', '洗护', 'Hand wash cold', '冷水手洗'),
    ],
    unit: 'piece',
    tiers: [
      [30, 3400],
      [100, 3100],
    ],
    hsCode: '94049090',
    lead: [45, 75],
    capacity: [120, 'month'],
    sample: craftSample,
    origin: 'hala',
    certs: [],
    keywords: t('ralli quilt, rilli, patchwork bedspread, Sindhi quilt', '拼布被 手工被 信德拼布 床罩'),
  }),
  handicraft({
    slug: 'hala-lacquered-wooden-bowls-set-3',
    exporter: 'hala-ajrak-workshop',
    name: t('Hala Lacquered Wooden Bowls, Set of 3', '哈拉漆木碗 3 只装'),
    summary: t('Nesting bowls in Hala jandi lacquer work.', '哈拉"詹迪"漆艺套碗。'),
    description: t(
      'In jandi work the turner presses coloured lacquer sticks onto the wood as it spins on the lathe, building up bands of colour that are then polished. Three nesting bowls for display or dry snacks.',
      '"詹迪"漆艺是车木时将彩色漆棒压在旋转的木坯上，层层形成色带后再抛光。三只套碗，可作摆件或盛放干果。',
    ),
    specs: [
      sp('Sizes', '尺寸', '12, 16 and 20 cm', '12、16、20 厘米'),
      sp('Material', '材质', 'Local wood, shellac-based lacquer', '本地木材，紫胶漆'),
      sp('Use', '用途', 'Décor or dry foods', '装饰或盛放干货'),
      sp('Colours', '颜色', 'Red, yellow, green and black bands', '红、黄、绿、黑色带'),
    ],
    unit: 'set',
    tiers: [
      [100, 950],
      [500, 850],
    ],
    hsCode: '44209090',
    lead: [30, 50],
    capacity: [500, 'month'],
    sample: craftSample,
    origin: 'hala',
    certs: [],
    keywords: t('lacquer ware, wooden bowls, Sindhi lacquer', '漆器 木碗 信德漆艺'),
  }),
  // Peshawar metalwork
  handicraft({
    slug: 'peshawar-hand-engraved-brass-tray-45cm',
    exporter: 'khyber-kilim-crafts',
    name: t('Hand-engraved Brass Tray, 45 cm', '白沙瓦手工錾刻黄铜托盘 45 厘米'),
    summary: t(
      'Round brass tray chased by hand with floral and geometric designs.',
      '圆形黄铜托盘，手工錾刻花卉与几何纹。',
    ),
    description: t(
      'Engraved by hand in the old-city workshops of Peshawar, the tray can hang as wall décor or stand on a folding base as a low table top. Lacquered to slow tarnishing.',
      '由白沙瓦老城作坊手工錾刻，可挂墙作装饰，也可配折叠架做矮茶几台面。表面涂保护漆，减缓氧化变色。',
    ),
    specs: [
      sp('Diameter', '直径', '45 cm', '45 厘米'),
      sp('Material', '材质', 'Brass sheet, 1 mm', '黄铜板，1 毫米'),
      sp('Decoration', '装饰', 'Hand engraving', '手工錾刻'),
      sp('Finish', '表面', 'Clear lacquer', '透明保护漆'),
    ],
    unit: 'piece',
    tiers: [
      [50, 2400],
      [200, 2150],
    ],
    hsCode: '83062990',
    lead: [35, 55],
    capacity: [300, 'month'],
    sample: craftSample,
    origin: 'peshawar',
    certs: [],
    keywords: t('brass tray, engraved brass, brassware', '黄铜托盘 铜器 錾刻铜盘'),
  }),
  handicraft({
    slug: 'hammered-copper-water-jug-tinned',
    exporter: 'khyber-kilim-crafts',
    name: t('Hammered Copper Water Jug, Tin-lined', '手工锤纹紫铜水壶 内镀锡'),
    summary: t('Hand-hammered copper jug lined with tin (qalai) inside.', '手工锤打紫铜水壶，内壁镀锡（qalai）。'),
    description: t(
      'Raised and hammered by Peshawar coppersmiths and lined inside with tin, the traditional qalai that keeps drinks from touching bare copper. Holds about 1.5 litres.',
      '由白沙瓦铜匠手工锤打成型，内壁按传统"qalai"工艺镀锡，饮品不直接接触铜。容量约 1.5 升。',
    ),
    specs: [
      sp('Capacity', '容量', 'About 1.5 L', '约 1.5 升'),
      sp('Material', '材质', 'Copper, tin-lined', '紫铜，内镀锡'),
      sp('Finish', '表面', 'Hand-hammered', '手工锤纹'),
      sp('Height', '高度', 'About 25 cm', '约 25 厘米'),
    ],
    unit: 'piece',
    tiers: [
      [100, 1650],
      [500, 1480],
    ],
    hsCode: '74181000',
    lead: [35, 55],
    capacity: [400, 'month'],
    sample: craftSample,
    origin: 'peshawar',
    certs: [],
    keywords: t('copper jug, copperware, hammered copper', '铜壶 紫铜器 锤纹铜器'),
  }),
  // Hunza
  handicraft({
    slug: 'hunza-hand-woven-pattu-wool-shawl',
    exporter: 'ultar-weavers-cooperative',
    name: t('Hunza Hand-woven Pattu Wool Shawl', '罕萨手织帕图羊毛披肩'),
    summary: t('Dense hand-loomed wool shawl from the Hunza valley.', '罕萨山谷手织厚实羊毛披肩。'),
    description: t(
      "Pattu is the tightly woven woollen cloth of Pakistan's northern valleys. Our members spin local wool by hand, weave it on narrow looms and join the panels into a warm shawl in natural browns, greys and creams.",
      '帕图是巴基斯坦北部山谷特有的紧密羊毛织物。社员手工纺当地羊毛，在窄幅织机上织成布条，再拼合成保暖披肩，呈天然的棕、灰、米色。',
    ),
    specs: [
      sp('Size', '尺寸', 'About 200 × 100 cm', '约 200 × 100 厘米'),
      sp('Fibre', '纤维', 'Hand-spun local sheep wool', '手纺当地绵羊毛'),
      sp('Colours', '颜色', 'Undyed natural shades', '天然原色，不染色'),
      sp('Care', '洗护', 'Dry clean or cold hand wash', '干洗或冷水手洗'),
    ],
    unit: 'piece',
    tiers: [
      [30, 2900],
      [100, 2600],
    ],
    hsCode: '62142000',
    lead: [45, 90],
    capacity: [150, 'month'],
    sample: craftSample,
    origin: 'hunza',
    certs: [],
    keywords: t('wool shawl, handwoven shawl, Gilgit pattu', '羊毛披肩 手织披肩 北部山区羊毛'),
  }),
];

// ─── Hand-knotted carpets and kilims (Lahore, Peshawar, Hunza) ───────────────

const carpet = maker('carpets-rugs');

const rugSample = sample(
  'paid',
  'A 30 × 30 cm knotted sample in the chosen quality and colours is charged and refunded on the first order; stock rugs can be sent on approval.',
  '可按所选品质和配色织一块 30×30 厘米小样，收费，首单后返还；现货地毯可寄样确认。',
);
const RUG_KW = t(
  'hand-knotted rug, oriental rug, wool carpet, area rug, Pakistani carpet',
  '手工地毯 东方地毯 羊毛地毯 区域地毯 巴基斯坦地毯',
);
const KILIM_KW = t('kilim, flat-weave rug, dhurrie, tribal rug', '基里姆 平织地毯 挂毯 部落地毯');

interface RugOpts {
  slug: string;
  exporter: string;
  name: L10n;
  summary: L10n;
  lead: L10n;
  kpsi: number;
  pile: L10n;
  dye: L10n;
  sizes: L10n;
  unit?: 'sqm' | 'piece';
  tiers: Tier[];
  moq?: number;
  hsCode?: string;
  origin: CitySlug;
  certs: readonly CertificationKind[];
  leadDays: [number, number];
  capacity: number;
  keywords?: L10n;
  featured?: boolean;
}

function rug(o: RugOpts): SeedProduct {
  return carpet({
    slug: o.slug,
    exporter: o.exporter,
    name: o.name,
    summary: o.summary,
    description: t(
      `${o.lead.en} Knotted by hand at about ${o.kpsi} knots per square inch, then washed, sheared, stretched and inspected before dispatch. ${o.unit === 'piece' ? 'Priced per piece.' : 'Priced per square metre; any size and colourway can be made to order.'}`,
      `${o.lead.zh}纯手工打结，密度约每平方英寸 ${o.kpsi} 结，出货前经水洗、平剪、拉伸定型和检验。${o.unit === 'piece' ? '按张计价。' : '按平方米计价，可按任意尺寸和配色定制。'}`,
    ),
    specs: [
      sp('Knot density', '打结密度', `About ${o.kpsi} KPSI`, `约每平方英寸 ${o.kpsi} 结`),
      sp('Pile', '绒头', o.pile.en, o.pile.zh),
      sp('Foundation', '经纬', 'Cotton warp and weft', '棉经棉纬'),
      sp('Dyes', '染料', o.dye.en, o.dye.zh),
      sp('Sizes', '尺寸', o.sizes.en, o.sizes.zh),
    ],
    unit: o.unit ?? 'sqm',
    tiers: o.tiers,
    ...(o.moq === undefined ? {} : { moq: o.moq }),
    hsCode: o.hsCode ?? '57011000',
    lead: o.leadDays,
    capacity: [o.capacity, 'month'],
    sample: rugSample,
    origin: o.origin,
    certs: o.certs,
    keywords: o.keywords ?? RUG_KW,
    incoterms: ['FOB', 'CFR', 'CIF', 'DAP'],
    ...(o.featured ? { featured: true } : {}),
  });
}

const LAHORE = { exporter: 'lahore-loomhouse-carpets', origin: 'lahore', certs: ['iso9001'] } as const;
const PESHAWAR = { exporter: 'khyber-kilim-crafts', origin: 'peshawar', certs: [] } as const;
const HUNZA = { exporter: 'ultar-weavers-cooperative', origin: 'hunza', certs: [] } as const;

const woolPile = t('New Zealand and local wool blend', '新西兰羊毛与本地羊毛混纺');
const chromeDyes = t('Chrome (fast) dyes', '铬媒（高牢度）染料');
const vegDyes = t('Vegetable dyes', '植物染料');
const anySize = t('Any size, 0.6 × 0.9 m to 4 × 6 m', '任意尺寸，0.6×0.9 米至 4×6 米');

const carpetsRugs: SeedProduct[] = [
  rug({
    ...LAHORE,
    slug: 'hand-knotted-bokhara-wool-rug-160kpsi',
    name: t('Hand-knotted Bokhara Wool Rug, 160 KPSI', '手工打结布哈拉羊毛地毯 每平方英寸 160 结'),
    summary: t(
      'The classic Pakistani Bokhara with rows of Turkmen guls.',
      '经典巴基斯坦布哈拉地毯，满布土库曼"古尔"纹。',
    ),
    lead: t(
      "Pakistan's best-known carpet: repeating rows of octagonal Turkmen guls on a deep red, ivory, navy or rust ground, with a soft, lustrous finish from a chemical wash.",
      '巴基斯坦最具代表性的地毯：深红、象牙白、藏青或铁锈色地上整齐排列八角形土库曼"古尔"纹，经化学水洗后柔软有光泽。',
    ),
    kpsi: 160,
    pile: woolPile,
    dye: chromeDyes,
    sizes: anySize,
    tiers: [
      [10, 10500],
      [50, 9600],
      [200, 9100],
    ],
    leadDays: [75, 120],
    capacity: 400,
    featured: true,
  }),
  rug({
    ...LAHORE,
    slug: 'fine-bokhara-wool-rug-250kpsi',
    name: t('Fine Bokhara Wool Rug, 250 KPSI', '精细布哈拉羊毛地毯 每平方英寸 250 结'),
    summary: t(
      'A denser Bokhara with crisper guls and a thinner, silkier pile.',
      '更高密度的布哈拉，纹样更清晰，绒头更薄更丝滑。',
    ),
    lead: t(
      'At 250 knots per square inch the gul outlines are sharper and the pile is clipped lower, giving a finer, silkier rug that takes roughly half as long again to weave.',
      '每平方英寸 250 结，古尔纹轮廓更清晰，绒头剪得更低，地毯更精细丝滑，织造时间比 160 结约多一半。',
    ),
    kpsi: 250,
    pile: t('Fine New Zealand wool', '细支新西兰羊毛'),
    dye: chromeDyes,
    sizes: anySize,
    tiers: [
      [10, 15500],
      [50, 14300],
    ],
    leadDays: [90, 150],
    capacity: 200,
  }),
  rug({
    ...LAHORE,
    slug: 'persian-design-kashan-rug-wool-silk-200kpsi',
    name: t(
      'Persian-design Kashan Rug, Wool with Silk Highlights, 200 KPSI',
      '波斯喀山图案地毯 羊毛嵌真丝 每平方英寸 200 结',
    ),
    summary: t('Medallion Kashan design with silk outlining the motifs.', '喀山大奖章图案，纹样以真丝勾边。'),
    lead: t(
      'A central medallion and corner spandrels in the Kashan style, woven in wool with silk in the outlines so the pattern catches the light.',
      '喀山风格的中心大奖章加四角纹饰，以羊毛织底，纹样轮廓嵌入真丝，在光线下熠熠生辉。',
    ),
    kpsi: 200,
    pile: t('Wool with silk highlights', '羊毛嵌真丝'),
    dye: chromeDyes,
    sizes: anySize,
    tiers: [
      [6, 18500],
      [30, 17000],
    ],
    leadDays: [90, 150],
    capacity: 150,
  }),
  rug({
    ...LAHORE,
    slug: 'persian-design-tabriz-wool-rug-300kpsi',
    name: t('Persian-design Tabriz Rug, Wool, 300 KPSI', '波斯大不里士图案羊毛地毯 每平方英寸 300 结'),
    summary: t('Finely detailed Tabriz-style floral rug.', '细节丰富的大不里士风格花卉地毯。'),
    lead: t(
      'Tabriz-style designs have intricate floral fields that only read well at high knot counts; this quality is woven by our most experienced weaving families.',
      '大不里士风格以繁复的满地花卉为特色，只有高密度才能表现清楚，此品质由我们最有经验的织工家庭织造。',
    ),
    kpsi: 300,
    pile: t('Fine New Zealand wool', '细支新西兰羊毛'),
    dye: chromeDyes,
    sizes: anySize,
    tiers: [],
    moq: 6,
    leadDays: [120, 180],
    capacity: 80,
  }),
  rug({
    ...LAHORE,
    slug: 'pure-silk-persian-design-rug-400kpsi',
    name: t('Pure Silk Persian-design Rug, 400 KPSI', '真丝波斯图案地毯 每平方英寸 400 结'),
    summary: t('Silk-on-silk rug with a jewel-like sheen.', '真丝经纬配真丝绒头，光泽如宝石。'),
    lead: t(
      'Silk pile on a silk foundation allows very fine knotting and a brilliant sheen; made only to order, so pricing depends on design and size.',
      '真丝绒头配真丝经纬，可实现极细密的打结和耀眼光泽。仅按单生产，价格视图案和尺寸而定。',
    ),
    kpsi: 400,
    pile: t('Mulberry silk', '桑蚕丝'),
    dye: chromeDyes,
    sizes: t('Up to 2.5 × 3.5 m', '最大 2.5×3.5 米'),
    tiers: [],
    moq: 4,
    hsCode: '57019000',
    leadDays: [150, 240],
    capacity: 20,
    keywords: t('silk rug, silk carpet, oriental silk rug', '真丝地毯 丝毯 东方丝毯'),
  }),
  rug({
    ...LAHORE,
    slug: 'kazak-caucasian-design-rug-handspun-80kpsi',
    name: t('Kazak Caucasian-design Rug, Hand-spun Wool, 80 KPSI', '高加索卡扎克图案地毯 手纺羊毛 每平方英寸 80 结'),
    summary: t('Bold geometric Kazak design in thick hand-spun wool.', '粗犷几何的卡扎克图案，厚实手纺羊毛。'),
    lead: t(
      'Large hooked medallions and stars in the Caucasian Kazak tradition, knotted coarsely in thick hand-spun wool for a deep, springy pile.',
      '高加索卡扎克传统的大型钩形奖章和星形纹，用粗手纺羊毛粗织，绒头厚实有弹性。',
    ),
    kpsi: 80,
    pile: t('Hand-spun wool', '手纺羊毛'),
    dye: vegDyes,
    sizes: anySize,
    tiers: [
      [10, 9400],
      [50, 8700],
    ],
    leadDays: [60, 100],
    capacity: 300,
  }),
  rug({
    ...LAHORE,
    slug: 'chobi-ziegler-rug-vegetable-dyed-100kpsi',
    name: t('Chobi Ziegler Rug, Vegetable-dyed, 100 KPSI', 'Chobi 齐格勒植物染地毯 每平方英寸 100 结'),
    summary: t('Soft-toned Ziegler design in vegetable-dyed hand-spun wool.', '植物染手纺羊毛，色调柔和的齐格勒图案。'),
    lead: t(
      'Chobi rugs use hand-spun wool dyed with plant dyes and sun-faded, giving the muted, uneven colour (abrash) of antique Ziegler carpets.',
      'Chobi 地毯采用植物染手纺羊毛并经日晒褪色，呈现古董齐格勒地毯那种柔和、深浅不一的色调（abrash）。',
    ),
    kpsi: 100,
    pile: t('Hand-spun wool', '手纺羊毛'),
    dye: vegDyes,
    sizes: anySize,
    tiers: [
      [10, 11500],
      [50, 10600],
    ],
    leadDays: [75, 120],
    capacity: 300,
    keywords: t(
      'Chobi rug, Ziegler carpet, Peshawar rug, vegetable dye rug',
      'Chobi 地毯 齐格勒地毯 白沙瓦地毯 植物染地毯',
    ),
  }),
  rug({
    ...LAHORE,
    slug: 'fine-chobi-ziegler-rug-150kpsi',
    name: t('Fine Chobi Ziegler Rug, 150 KPSI', '精细 Chobi 齐格勒地毯 每平方英寸 150 结'),
    summary: t('Finer Chobi quality with more detailed floral drawing.', '更精细的 Chobi 品质，花卉描绘更细致。'),
    lead: t(
      'The same vegetable-dyed Ziegler palette woven at a finer count, so the large-scale palmettes and vines are drawn with more detail.',
      '同样的植物染齐格勒配色，以更高密度织造，大尺度棕叶纹和藤蔓纹描绘得更细致。',
    ),
    kpsi: 150,
    pile: t('Hand-spun wool', '手纺羊毛'),
    dye: vegDyes,
    sizes: anySize,
    tiers: [
      [10, 14500],
      [50, 13400],
    ],
    leadDays: [90, 140],
    capacity: 150,
  }),
  rug({
    ...LAHORE,
    slug: 'modern-abstract-rug-wool-silk-150kpsi',
    name: t('Modern Abstract Rug, Wool and Silk, 150 KPSI', '现代抽象图案地毯 羊毛真丝 每平方英寸 150 结'),
    summary: t('Contemporary designs for interior designers, wool and silk.', '面向室内设计师的当代图案，羊毛加真丝。'),
    lead: t(
      "Designs from the buyer's studio or ours are mapped knot by knot, with silk for contrast and high-low carving on request.",
      '图案可由客户工作室或我司设计，逐结绘制织图，用真丝做对比效果，可按要求做高低剪花。',
    ),
    kpsi: 150,
    pile: t('Wool and silk', '羊毛加真丝'),
    dye: chromeDyes,
    sizes: anySize,
    tiers: [],
    moq: 6,
    leadDays: [75, 120],
    capacity: 150,
    keywords: t('modern rug, contemporary carpet, custom rug', '现代地毯 当代地毯 定制地毯'),
  }),
  rug({
    ...LAHORE,
    slug: 'round-bokhara-rug-183cm',
    name: t('Round Bokhara Rug, 183 cm Diameter', '圆形布哈拉地毯 直径 183 厘米'),
    summary: t('Round 6 ft Bokhara for entrance halls and dining rooms.', '6 英尺圆形布哈拉地毯，适合玄关和餐厅。'),
    lead: t(
      'A round Bokhara with the guls arranged in concentric rings, in stock in red and ivory.',
      '古尔纹呈同心圆排列的圆形布哈拉地毯，红色和象牙白有现货。',
    ),
    kpsi: 160,
    pile: woolPile,
    dye: chromeDyes,
    sizes: t('183 cm round (6 ft)', '直径 183 厘米（6 英尺）'),
    unit: 'piece',
    tiers: [
      [5, 27500],
      [20, 25500],
    ],
    leadDays: [20, 90],
    capacity: 40,
  }),
  rug({
    ...LAHORE,
    slug: 'bokhara-hallway-runner-80x300',
    name: t('Bokhara Hallway Runner, 80 × 300 cm', '布哈拉走廊长条地毯 80×300 厘米'),
    summary: t('Long Bokhara runner for corridors and stairs.', '适合走廊和楼梯的长条布哈拉地毯。'),
    lead: t(
      'A single row of guls down a narrow runner, in stock in common lengths and made to order up to 6 m.',
      '窄长地毯上一列古尔纹，常用长度有现货，最长可定制 6 米。',
    ),
    kpsi: 160,
    pile: woolPile,
    dye: chromeDyes,
    sizes: t('80 × 300 cm; custom up to 6 m', '80×300 厘米；可定制至 6 米'),
    unit: 'piece',
    tiers: [
      [5, 24500],
      [20, 22500],
    ],
    leadDays: [20, 90],
    capacity: 40,
  }),
  rug({
    ...LAHORE,
    slug: 'hand-knotted-silk-prayer-rug-90x150',
    name: t('Hand-knotted Silk Prayer Rug, 90 × 150 cm', '手工打结真丝礼拜毯 90×150 厘米'),
    summary: t('Silk prayer rug with a mihrab design, made to order.', '米哈拉布图案真丝礼拜毯，按单定制。'),
    lead: t(
      'A silk prayer rug woven with a mihrab arch and hanging-lamp motif, a popular gift in the Gulf and Central Asia.',
      '真丝礼拜毯，织有米哈拉布拱门和吊灯纹样，在海湾和中亚是很受欢迎的礼品。',
    ),
    kpsi: 300,
    pile: t('Silk', '真丝'),
    dye: chromeDyes,
    sizes: t('90 × 150 cm', '90 × 150 厘米'),
    unit: 'piece',
    tiers: [],
    moq: 5,
    hsCode: '57019000',
    leadDays: [90, 150],
    capacity: 15,
    keywords: t('prayer mat, janamaz, silk rug', '礼拜毯 祈祷毯 真丝毯'),
  }),
  // Peshawar
  carpet({
    ...PESHAWAR,
    slug: 'hand-woven-wool-kilim-tribal-design',
    name: t('Hand-woven Wool Kilim, Tribal Design', '手工平织羊毛基里姆毯 部落图案'),
    summary: t('Reversible flat-woven kilim in hand-spun wool.', '可双面使用的手纺羊毛平织基里姆毯。'),
    description: t(
      'Kilims are flat-woven with no pile, so they are light, reversible and easy to ship. These are woven by Afghan and Turkmen families around Peshawar in tribal patterns with hand-spun wool and vegetable dyes.',
      '基里姆为无绒头平织，轻薄、可双面使用、便于运输。由白沙瓦周边的阿富汗和土库曼织工家庭以手纺羊毛和植物染料织成部落纹样。',
    ),
    specs: [
      sp('Construction', '工艺', 'Flat-woven, slit tapestry', '平织，缝隙挂毯织法'),
      sp('Material', '材质', 'Hand-spun wool', '手纺羊毛'),
      sp('Dyes', '染料', 'Vegetable dyes', '植物染料'),
      sp('Sizes', '尺寸', 'Stock 1.2 × 1.8 m to 2.5 × 3.5 m', '现货 1.2×1.8 米至 2.5×3.5 米'),
    ],
    unit: 'sqm',
    tiers: [
      [20, 4800],
      [100, 4300],
    ],
    hsCode: '57021000',
    lead: [30, 75],
    capacity: [300, 'month'],
    sample: rugSample,
    keywords: KILIM_KW,
  }),
  carpet({
    ...PESHAWAR,
    slug: 'wool-kilim-runner-70x250',
    name: t('Wool Kilim Runner, 70 × 250 cm', '羊毛基里姆长条毯 70×250 厘米'),
    summary: t('Narrow kilim runner for hallways and kitchens.', '窄幅基里姆长条毯，适合走廊和厨房。'),
    description: t(
      'A narrow flat-woven runner in the same hand-spun wool and tribal patterns as our kilims. Low profile, so doors pass over it easily.',
      '与基里姆毯相同的手纺羊毛和部落纹样，织成窄长款。毯面薄，不妨碍开关门。',
    ),
    specs: [
      sp('Size', '尺寸', '70 × 250 cm', '70 × 250 厘米'),
      sp('Construction', '工艺', 'Flat-woven', '平织'),
      sp('Material', '材质', 'Hand-spun wool', '手纺羊毛'),
      sp('Dyes', '染料', 'Vegetable dyes', '植物染料'),
    ],
    unit: 'piece',
    tiers: [
      [20, 8200],
      [100, 7400],
    ],
    hsCode: '57021000',
    lead: [30, 75],
    capacity: [150, 'month'],
    sample: rugSample,
    keywords: KILIM_KW,
  }),
  carpet({
    ...PESHAWAR,
    slug: 'soumak-flat-weave-wool-rug',
    name: t('Soumak Flat-weave Wool Rug', '苏马克平织羊毛地毯'),
    summary: t('Dense soumak weave with a fine, embroidered look.', '紧密的苏马克织法，外观如刺绣般精致。'),
    description: t(
      'Soumak wraps weft yarns around the warps, producing a thicker, more detailed flat-weave than a kilim, with loose yarn ends left on the back. Geometric Caucasian and Afghan designs.',
      '苏马克织法将纬纱缠绕在经线上，比基里姆更厚实、图案更精细，背面保留纱头。图案为高加索和阿富汗几何纹样。',
    ),
    specs: [
      sp('Construction', '工艺', 'Soumak weft-wrapping', '苏马克绕纬织法'),
      sp('Material', '材质', 'Wool on cotton warp', '羊毛纬，棉经'),
      sp('Designs', '图案', 'Caucasian and Afghan geometric', '高加索和阿富汗几何纹'),
      sp('Sizes', '尺寸', 'Up to 3 × 4 m', '最大 3×4 米'),
    ],
    unit: 'sqm',
    tiers: [
      [20, 6200],
      [100, 5600],
    ],
    hsCode: '57021000',
    lead: [45, 90],
    capacity: [150, 'month'],
    sample: rugSample,
    keywords: t('soumak rug, sumak, flat weave', '苏马克地毯 平织毯 手工平织'),
  }),
  rug({
    ...PESHAWAR,
    slug: 'khal-mohammadi-red-tribal-rug-120kpsi',
    name: t('Khal Mohammadi Red Tribal Rug, 120 KPSI', 'Khal Mohammadi 红色部落地毯 每平方英寸 120 结'),
    summary: t('Deep-red Afghan Turkmen-style rug with a glossy pile.', '深红色阿富汗土库曼风格地毯，绒头光泽好。'),
    lead: t(
      'Khal Mohammadi rugs are known for their deep, almost burgundy reds and glossy wool, with elephant-foot guls in a simple field.',
      'Khal Mohammadi 地毯以近乎酒红的深红色和光泽羊毛著称，简洁的地上排列"象足"古尔纹。',
    ),
    kpsi: 120,
    pile: t('Glossy hand-spun wool', '光泽手纺羊毛'),
    dye: t('Madder-red vegetable and chrome dyes', '茜草红植物染料及铬媒染料'),
    sizes: t('Stock 0.6 × 0.9 m to 2.5 × 3.5 m', '现货 0.6×0.9 米至 2.5×3.5 米'),
    tiers: [
      [10, 10800],
      [50, 9900],
    ],
    leadDays: [30, 90],
    capacity: 200,
  }),
  rug({
    ...PESHAWAR,
    slug: 'baluch-tribal-rug-90x150',
    name: t('Baluch Tribal Rug, about 90 × 150 cm', '俾路支部落小地毯 约 90×150 厘米'),
    summary: t('Small dark-toned tribal rug in the Baluch tradition.', '俾路支传统的深色调部落小地毯。'),
    lead: t(
      'Baluch rugs are small, dark and richly patterned in blues, browns and deep reds with touches of ivory; each is one of a kind and sold from stock.',
      '俾路支地毯尺寸小、色调深，以蓝、棕、深红为主，点缀象牙白，图案繁密；每张独一无二，现货销售。',
    ),
    kpsi: 100,
    pile: t('Hand-spun wool', '手纺羊毛'),
    dye: vegDyes,
    sizes: t('About 90 × 150 cm', '约 90 × 150 厘米'),
    unit: 'piece',
    tiers: [
      [10, 9800],
      [50, 8900],
    ],
    leadDays: [15, 30],
    capacity: 60,
  }),
  // Hunza
  rug({
    ...HUNZA,
    slug: 'hunza-hand-knotted-wool-rug-natural-dyes',
    name: t('Hunza Hand-knotted Wool Rug, Natural Dyes, 60 KPSI', '罕萨手工打结羊毛地毯 天然染色 每平方英寸 60 结'),
    summary: t('Thick village rug in hand-spun Hunza wool and plant dyes.', '罕萨手纺羊毛配植物染料的厚实乡村地毯。'),
    lead: t(
      "Woven by members of a women's cooperative in Hunza from local wool they spin themselves, dyed with walnut husk, madder and pomegranate rind in traditional valley motifs.",
      '由罕萨妇女合作社社员织造，羊毛为当地羊毛自纺，用核桃青皮、茜草和石榴皮染色，织入山谷传统纹样。',
    ),
    kpsi: 60,
    pile: t('Hand-spun Hunza wool', '罕萨手纺羊毛'),
    dye: t('Walnut husk, madder, pomegranate', '核桃青皮、茜草、石榴皮'),
    sizes: t('Up to 2 × 3 m', '最大 2×3 米'),
    tiers: [
      [4, 9800],
      [20, 9200],
    ],
    leadDays: [90, 150],
    capacity: 20,
    keywords: t(
      'Hunza rug, natural dye rug, handmade wool rug, Gilgit-Baltistan',
      '罕萨地毯 天然染色地毯 手工羊毛地毯 北部山区',
    ),
  }),
  rug({
    ...HUNZA,
    slug: 'hunza-wakhi-motif-runner-70x200',
    name: t('Hunza Wakhi-motif Runner, 70 × 200 cm', '罕萨瓦罕纹样长条地毯 70×200 厘米'),
    summary: t('Runner with motifs from the Wakhi villages of upper Hunza.', '织有上罕萨瓦罕村落纹样的长条地毯。'),
    lead: t(
      "A narrow runner carrying the star and ram's-horn motifs of the Wakhi villages of upper Hunza, in undyed cream and brown with madder accents.",
      '窄长地毯，织有上罕萨瓦罕村落的星形和羊角纹，以不染色的米白和棕色为主，点缀茜草红。',
    ),
    kpsi: 60,
    pile: t('Hand-spun Hunza wool', '罕萨手纺羊毛'),
    dye: t('Undyed wool with madder accents', '原色羊毛配茜草红点缀'),
    sizes: t('70 × 200 cm', '70 × 200 厘米'),
    unit: 'piece',
    tiers: [],
    moq: 4,
    leadDays: [90, 150],
    capacity: 8,
  }),
  rug({
    ...HUNZA,
    slug: 'hunza-hand-knotted-doorway-rug-60x90',
    name: t('Hunza Hand-knotted Doorway Rug, 60 × 90 cm', '罕萨手工打结门垫毯 60×90 厘米'),
    summary: t('Small hand-knotted rug for doorways and bedsides.', '小尺寸手工打结地毯，适合门口和床边。'),
    lead: t(
      "A small rug for entrances and bedsides, and an easy way for retailers to trial the cooperative's work.",
      '门口和床边用的小地毯，也方便零售商小批量试销合作社的产品。',
    ),
    kpsi: 60,
    pile: t('Hand-spun Hunza wool', '罕萨手纺羊毛'),
    dye: t('Natural dyes', '天然染料'),
    sizes: t('60 × 90 cm', '60 × 90 厘米'),
    unit: 'piece',
    tiers: [
      [10, 5200],
      [40, 4700],
    ],
    leadDays: [60, 120],
    capacity: 25,
  }),
];

// ─── Wooden furniture (Chiniot, Mirpur) ──────────────────────────────────────

const furnitureOf = maker('furniture');

const furnitureSample = sample(
  'paid',
  'Sample pieces are charged in full; a 30 × 30 cm carving and finish panel is sent free for approval.',
  '样品按全价收费；可免费寄送 30×30 厘米雕花及漆面样板供确认。',
);
const madeToOrderSample = sample(
  'none',
  'No samples for made-to-order sets; we send workshop photos and a finish board at each stage for approval.',
  '定制套件不提供样品；各生产阶段发送车间照片和漆面色板供确认。',
);
const SHEESHAM_KW = t(
  'sheesham furniture, solid wood, carved furniture, Chiniot furniture',
  '谢萨姆木家具 实木家具 雕花家具 奇尼奥特家具',
);
const WALNUT_KW = t('walnut wood, Kashmiri walnut, carved wood', '胡桃木 克什米尔胡桃木 木雕');

interface SheeshamOpts {
  slug: string;
  name: L10n;
  summary: L10n;
  lead: L10n;
  size: L10n;
  extra?: SeedSpec[];
  unit?: 'piece' | 'set';
  tiers: Tier[];
  moq?: number;
  hsCode: string;
  knockDown?: boolean;
  fsc?: boolean;
  capacity: number;
  sample?: Sample;
  featured?: boolean;
}

function sheesham(o: SheeshamOpts): SeedProduct {
  return furnitureOf({
    slug: o.slug,
    exporter: 'chiniot-heritage-woodcraft',
    name: o.name,
    summary: o.summary,
    description: t(
      `${o.lead.en} Made from kiln-dried sheesham (Dalbergia sissoo) at 10–12% moisture and finished with hand-rubbed lacquer in walnut, honey or natural tones. ${o.knockDown ? 'Shipped knocked down with fittings and assembly drawings' : 'Shipped assembled'} in ISPM 15 crates; sizes and finishes can be adjusted.`,
      `${o.lead.zh}选用含水率 10–12% 的窑干印度黄檀（谢萨姆木），手工擦漆，可选胡桃色、蜂蜜色或原木色。${o.knockDown ? '拆装发货，附五金件和安装图' : '整装发货'}，外包装为 ISPM 15 热处理木箱；尺寸和漆色可调整。`,
    ),
    specs: [
      sp('Wood', '木材', 'Kiln-dried sheesham', '窑干印度黄檀（谢萨姆木）'),
      sp('Size', '尺寸', o.size.en, o.size.zh),
      ...(o.extra ?? []),
      sp('Finish', '涂装', 'Hand-rubbed lacquer', '手工擦漆'),
      sp('Shipping', '发货方式', o.knockDown ? 'Knocked down' : 'Assembled', o.knockDown ? '拆装' : '整装'),
    ],
    unit: o.unit ?? 'piece',
    tiers: o.tiers,
    ...(o.moq === undefined ? {} : { moq: o.moq }),
    hsCode: o.hsCode,
    lead: [45, 75],
    capacity: [o.capacity, 'month'],
    sample: o.sample ?? furnitureSample,
    origin: 'chiniot',
    certs: o.fsc ? ['iso9001', 'fsc'] : ['iso9001'],
    keywords: SHEESHAM_KW,
    incoterms: ['FOB', 'CFR', 'CIF', 'EXW'],
    ...(o.featured ? { featured: true } : {}),
  });
}

interface WalnutOpts {
  slug: string;
  name: L10n;
  summary: L10n;
  lead: L10n;
  specs: SeedSpec[];
  unit?: 'piece' | 'set';
  tiers: Tier[];
  moq?: number;
  hsCode: string;
  capacity: number;
}

function walnut(o: WalnutOpts): SeedProduct {
  return furnitureOf({
    slug: o.slug,
    exporter: 'poonch-walnut-crafts',
    name: o.name,
    summary: o.summary,
    description: t(
      `${o.lead.en} Carved by hand from air-dried walnut from the Poonch and Neelum valleys and finished with natural oil and beeswax, so the grain darkens gently with age.`,
      `${o.lead.zh}选用蓬奇和尼拉姆山谷自然风干的胡桃木手工雕刻，以天然木油和蜂蜡打磨，木纹会随时间逐渐加深。`,
    ),
    specs: [sp('Wood', '木材', 'Air-dried Kashmiri walnut', '自然风干克什米尔胡桃木'), ...o.specs],
    unit: o.unit ?? 'piece',
    tiers: o.tiers,
    ...(o.moq === undefined ? {} : { moq: o.moq }),
    hsCode: o.hsCode,
    lead: [40, 70],
    capacity: [o.capacity, 'month'],
    sample: furnitureSample,
    origin: 'mirpur',
    certs: [],
    keywords: WALNUT_KW,
    incoterms: ['FOB', 'CFR', 'CIF', 'EXW'],
  });
}

const furniture: SeedProduct[] = [
  sheesham({
    slug: 'chiniot-hand-carved-sheesham-king-bed',
    name: t('Chiniot Hand-carved Sheesham King Bed', '奇尼奥特手工雕花印度黄檀特大双人床'),
    summary: t('Deeply carved king bed with a tall floral headboard.', '高靠背深雕花卉特大双人床。'),
    lead: t(
      "A king bed with a 150 cm headboard carved in deep floral relief by Chiniot's master carvers, with matching footboard and bolted side rails.",
      '由奇尼奥特雕刻师傅深浮雕花卉的特大双人床，床头板高 150 厘米，配同款床尾板和螺栓连接的床边框。',
    ),
    size: t('For 180 × 200 cm mattress; headboard 150 cm high', '适配 180×200 厘米床垫；床头高 150 厘米'),
    extra: [sp('Set contents', '组成', 'Headboard, footboard, side rails, slats', '床头板、床尾板、床边框、床板条')],
    unit: 'set',
    tiers: [
      [5, 118000],
      [20, 106000],
    ],
    hsCode: '94035099',
    knockDown: true,
    fsc: true,
    capacity: 30,
    featured: true,
  }),
  sheesham({
    slug: 'sheesham-queen-bed-brass-inlay',
    name: t('Sheesham Queen Bed with Brass Inlay', '黄铜镶嵌印度黄檀双人床'),
    summary: t('Queen bed with lighter carving and inlaid brass patterns.', '雕花较简约、镶嵌黄铜图案的大号双人床。'),
    lead: t(
      'Chiniot is known for inlaying brass wire and sheet into wood; this queen bed combines shallow carving with brass-inlaid geometric panels.',
      '奇尼奥特以在木材中镶嵌黄铜丝和铜片闻名，这款大号双人床将浅浮雕与黄铜镶嵌的几何面板相结合。',
    ),
    size: t('For 160 × 200 cm mattress', '适配 160×200 厘米床垫'),
    extra: [sp('Inlay', '镶嵌', 'Brass wire and sheet', '黄铜丝和铜片')],
    unit: 'set',
    tiers: [
      [5, 92000],
      [20, 84000],
    ],
    hsCode: '94035099',
    knockDown: true,
    fsc: true,
    capacity: 30,
  }),
  sheesham({
    slug: 'chiniot-carved-bedroom-set-5-pieces',
    name: t('Chiniot Carved Bedroom Set, 5 Pieces', '奇尼奥特雕花卧室五件套'),
    summary: t('Bed, two bedside tables, dresser with mirror and wardrobe.', '床、两只床头柜、带镜梳妆台和衣柜。'),
    lead: t(
      'A complete carved bedroom made to one design: king bed, two bedside tables, dresser with mirror and a three-door wardrobe. Quoted per project after design approval.',
      '按统一设计打造的整套雕花卧室：特大双人床、两只床头柜、带镜梳妆台和三门衣柜。设计确认后按项目报价。',
    ),
    size: t('Made to order', '按单定制'),
    extra: [sp('Set contents', '组成', 'Bed, 2 bedside tables, dresser, wardrobe', '床、床头柜×2、梳妆台、衣柜')],
    unit: 'set',
    tiers: [],
    moq: 2,
    hsCode: '94035099',
    knockDown: true,
    capacity: 6,
    sample: madeToOrderSample,
  }),
  sheesham({
    slug: 'carved-sheesham-dining-set-6-chairs',
    name: t('Carved Sheesham Dining Set, Table and 6 Chairs', '雕花印度黄檀餐桌椅 一桌六椅'),
    summary: t('Six-seater carved dining table with upholstered chairs.', '六人位雕花餐桌，配软包餐椅。'),
    lead: t(
      "A 180 cm table on carved pedestal legs with six chairs whose backs echo the table's carving; seat fabric or leather is chosen by the buyer.",
      '180 厘米餐桌配雕花底座，六把餐椅靠背与桌腿雕花呼应；坐垫布料或皮革由买家选定。',
    ),
    size: t('Table 180 × 95 × 76 cm', '餐桌 180 × 95 × 76 厘米'),
    extra: [sp('Set contents', '组成', 'Table and 6 upholstered chairs', '餐桌 1 张，软包餐椅 6 把')],
    unit: 'set',
    tiers: [
      [5, 145000],
      [20, 132000],
    ],
    hsCode: '94036099',
    knockDown: true,
    fsc: true,
    capacity: 20,
  }),
  sheesham({
    slug: 'sheesham-dining-set-8-chairs',
    name: t('Sheesham Dining Set, Table and 8 Chairs', '印度黄檀餐桌椅 一桌八椅'),
    summary: t('Large eight-seater set with restrained carving.', '大号八人位餐桌椅，雕花简约。'),
    lead: t(
      'A 240 cm table with carving limited to the apron and chair backs, for buyers who want the Chiniot look in a cleaner style.',
      '240 厘米餐桌，雕花仅在桌裙和椅背处，适合想要奇尼奥特风格又偏爱简洁的买家。',
    ),
    size: t('Table 240 × 105 × 76 cm', '餐桌 240 × 105 × 76 厘米'),
    extra: [sp('Set contents', '组成', 'Table and 8 chairs', '餐桌 1 张，餐椅 8 把')],
    unit: 'set',
    tiers: [
      [3, 186000],
      [10, 171000],
    ],
    hsCode: '94036099',
    knockDown: true,
    fsc: true,
    capacity: 12,
  }),
  sheesham({
    slug: 'carved-sheesham-armchair-upholstered',
    name: t('Carved Sheesham Armchair, Upholstered Seat', '雕花印度黄檀扶手椅 软包坐垫'),
    summary: t('Carved armchair for living rooms, lobbies and offices.', '雕花扶手椅，适合客厅、大堂和办公室。'),
    lead: t(
      "A high-backed armchair with carved crest rail and scrolled arms, with a sprung, upholstered seat in the buyer's fabric.",
      '高靠背扶手椅，顶梁雕花、扶手卷边，弹簧软包坐垫可用客户指定面料。',
    ),
    size: t('68 × 62 × 110 cm', '68 × 62 × 110 厘米'),
    tiers: [
      [20, 16500],
      [100, 14900],
    ],
    hsCode: '94016190',
    capacity: 150,
  }),
  sheesham({
    slug: 'sheesham-dining-chair-carved-back',
    name: t('Sheesham Dining Chair, Carved Back', '雕花靠背印度黄檀餐椅'),
    summary: t('Solid-seat dining chair with a carved back splat.', '实木坐面餐椅，靠背雕花。'),
    lead: t(
      'A solid-seat chair with a pierced, carved back splat, sold separately for restaurants or to extend our dining sets.',
      '实木坐面，靠背为镂空雕花，可单独销售给餐厅，或用于扩充我司餐桌套组。',
    ),
    size: t('48 × 52 × 100 cm', '48 × 52 × 100 厘米'),
    tiers: [
      [40, 9800],
      [200, 8900],
    ],
    hsCode: '94016990',
    capacity: 400,
  }),
  sheesham({
    slug: 'brass-studded-sheesham-chest-sandook',
    name: t('Brass-studded Sheesham Chest (Sandook)', '黄铜钉饰印度黄檀木箱（传统嫁妆箱）'),
    summary: t('Traditional Punjabi dowry chest with brass studs and corners.', '旁遮普传统嫁妆箱，黄铜钉饰和包角。'),
    lead: t(
      'The sandook is the dowry chest of Punjabi homes, decorated with hundreds of hand-set brass studs, brass corners and a hasp; used today as a blanket chest or coffee table.',
      '"桑杜克"是旁遮普家庭的嫁妆箱，以数百枚手工钉装的黄铜钉、铜包角和搭扣装饰，如今常用作毯子收纳箱或茶几。',
    ),
    size: t('100 × 50 × 55 cm', '100 × 50 × 55 厘米'),
    extra: [sp('Fittings', '五金', 'Brass studs, corners and hasp', '黄铜钉、包角和搭扣')],
    tiers: [
      [10, 32000],
      [50, 29000],
    ],
    hsCode: '94036099',
    capacity: 60,
  }),
  sheesham({
    slug: 'carved-sheesham-chest-of-drawers-6',
    name: t('Carved Sheesham Chest of Drawers, 6 Drawers', '雕花印度黄檀六斗柜'),
    summary: t('Six-drawer chest with carved fronts and brass pulls.', '雕花抽屉面六斗柜，配黄铜拉手。'),
    lead: t(
      'Six dovetailed drawers with carved fronts run on hardwood runners, fitted with cast brass pulls.',
      '六个燕尾榫抽屉，抽屉面雕花，硬木滑轨，配铸铜拉手。',
    ),
    size: t('110 × 50 × 120 cm', '110 × 50 × 120 厘米'),
    tiers: [
      [10, 41000],
      [50, 37500],
    ],
    hsCode: '94035099',
    fsc: true,
    capacity: 40,
  }),
  sheesham({
    slug: 'carved-sheesham-console-table',
    name: t('Carved Sheesham Console Table', '雕花印度黄檀玄关桌'),
    summary: t('Narrow hall console with a carved apron.', '窄款门厅玄关桌，桌裙雕花。'),
    lead: t(
      'A narrow console for entrance halls, with a carved apron, turned legs and a lower shelf.',
      '适合门厅的窄款玄关桌，桌裙雕花，车木桌腿，带下层搁板。',
    ),
    size: t('130 × 40 × 82 cm', '130 × 40 × 82 厘米'),
    tiers: [
      [10, 21500],
      [50, 19500],
    ],
    hsCode: '94036099',
    capacity: 80,
  }),
  sheesham({
    slug: 'sheesham-coffee-table-brass-inlay',
    name: t('Sheesham Coffee Table with Brass Inlay', '黄铜镶嵌印度黄檀茶几'),
    summary: t('Low table with a brass-inlaid geometric top.', '桌面镶嵌黄铜几何图案的矮茶几。'),
    lead: t(
      'A low coffee table whose top is inlaid with a brass star pattern and sealed under a clear lacquer so it can be wiped clean.',
      '矮茶几桌面以黄铜镶嵌星形图案，并罩透明漆封护，可直接擦拭清洁。',
    ),
    size: t('120 × 60 × 45 cm', '120 × 60 × 45 厘米'),
    extra: [sp('Inlay', '镶嵌', 'Brass, sealed under lacquer', '黄铜，透明漆封护')],
    tiers: [
      [10, 26500],
      [50, 24000],
    ],
    hsCode: '94036099',
    capacity: 60,
  }),
  sheesham({
    slug: 'carved-sheesham-wardrobe-2-doors',
    name: t('Carved Sheesham Wardrobe, 2 Doors', '雕花印度黄檀两门衣柜'),
    summary: t('Two-door wardrobe with carved panels, made to order.', '雕花门板两门衣柜，按单定制。'),
    lead: t(
      'A two-door wardrobe with carved door panels, hanging rail, shelves and two drawers; interior layout is adjusted per order, so pricing is on request.',
      '两门衣柜，门板雕花，内设挂衣杆、层板和两个抽屉；内部布局按订单调整，价格面议。',
    ),
    size: t('About 110 × 60 × 200 cm', '约 110 × 60 × 200 厘米'),
    tiers: [],
    moq: 5,
    hsCode: '94035099',
    knockDown: true,
    capacity: 20,
    sample: madeToOrderSample,
  }),
  sheesham({
    slug: 'carved-sheesham-swing-jhoola-with-stand',
    name: t('Carved Sheesham Swing (Jhoola) with Stand', '雕花印度黄檀秋千（Jhoola）带支架'),
    summary: t('Indoor swing seat with a carved free-standing frame.', '室内秋千座椅，配雕花落地支架。'),
    lead: t(
      'The jhoola is a traditional swing seat of Punjabi courtyards; ours hangs from brass chains on a carved free-standing frame, so no ceiling fixing is needed.',
      '"Jhoola"是旁遮普庭院里的传统秋千座椅；本款以黄铜链悬挂在雕花落地支架上，无需在天花板固定。',
    ),
    size: t('Frame 200 × 90 × 210 cm; seat 120 cm wide', '支架 200 × 90 × 210 厘米；座宽 120 厘米'),
    extra: [sp('Chains', '吊链', 'Solid brass', '实心黄铜')],
    tiers: [],
    moq: 3,
    hsCode: '94036099',
    knockDown: true,
    capacity: 10,
  }),
  sheesham({
    slug: 'carved-sheesham-bedside-tables-pair',
    name: t('Carved Sheesham Bedside Tables, Pair', '雕花印度黄檀床头柜 一对'),
    summary: t('Pair of one-drawer bedside tables to match our beds.', '单抽床头柜一对，与我司床款配套。'),
    lead: t(
      'One drawer over an open shelf, with carving matched to our king and queen beds.',
      '上层一个抽屉、下层开放格，雕花与我司特大和大号双人床相配。',
    ),
    size: t('50 × 40 × 60 cm each', '每只 50 × 40 × 60 厘米'),
    unit: 'set',
    tiers: [
      [10, 19500],
      [50, 17800],
    ],
    hsCode: '94035099',
    fsc: true,
    capacity: 60,
  }),
  // Walnut (Mirpur)
  walnut({
    slug: 'carved-walnut-nest-of-tables-3',
    name: t('Carved Walnut Nest of Tables, Set of 3', '胡桃木雕花套几 三件套'),
    summary: t('Three nesting side tables with carved chinar-leaf tops.', '三只可叠套的边几，桌面雕悬铃木叶纹。'),
    lead: t(
      'Three tables that slide into one another, their tops carved with the chinar (plane-tree) leaf that is a favourite Kashmiri motif.',
      '三张桌子可依次套叠收纳，桌面雕有克什米尔人最喜爱的悬铃木（chinar）叶纹。',
    ),
    specs: [
      sp('Sizes', '尺寸', 'Largest 55 × 40 × 55 cm', '最大号 55 × 40 × 55 厘米'),
      sp('Carving', '雕花', 'Chinar leaf, deep relief', '悬铃木叶，深浮雕'),
      sp('Finish', '表面', 'Natural oil and beeswax', '天然木油和蜂蜡'),
    ],
    unit: 'set',
    tiers: [
      [10, 21500],
      [50, 19500],
    ],
    hsCode: '94036099',
    capacity: 40,
  }),
  walnut({
    slug: 'walnut-jewellery-box-carved-lid',
    name: t('Walnut Jewellery Box, Carved Lid', '胡桃木雕花首饰盒'),
    summary: t('Velvet-lined walnut box with a carved floral lid.', '丝绒内衬胡桃木首饰盒，盒盖雕花。'),
    lead: t(
      'A small box with a carved floral lid, brass hinges and a velvet-lined interior, sold through gift and museum shops.',
      '小巧的首饰盒，盒盖雕花，黄铜合页，内衬丝绒，主要通过礼品店和博物馆商店销售。',
    ),
    specs: [
      sp('Size', '尺寸', '20 × 14 × 8 cm', '20 × 14 × 8 厘米'),
      sp('Lining', '内衬', 'Velvet', '丝绒'),
      sp('Hinges', '合页', 'Brass', '黄铜'),
    ],
    tiers: [
      [50, 3400],
      [200, 3000],
    ],
    hsCode: '44209090',
    capacity: 400,
  }),
  walnut({
    slug: 'walnut-coffee-table-carved-top',
    name: t('Walnut Coffee Table, Carved Top', '胡桃木雕花面茶几'),
    summary: t('Statement coffee table with an all-over carved top.', '满雕桌面的胡桃木茶几，极具视觉焦点。'),
    lead: t(
      'The top is carved all over with interlacing vines and flowers in the deep-relief Kashmiri style and can be ordered with a glass protector.',
      '桌面满雕克什米尔深浮雕风格的缠枝花卉，可加配保护玻璃。',
    ),
    specs: [
      sp('Size', '尺寸', '110 × 60 × 45 cm', '110 × 60 × 45 厘米'),
      sp('Carving', '雕花', 'Vine and flower, deep relief', '缠枝花卉，深浮雕'),
      sp('Options', '选配', 'Glass top protector', '保护玻璃'),
    ],
    tiers: [],
    moq: 5,
    hsCode: '94036099',
    capacity: 15,
  }),
  walnut({
    slug: 'kashmiri-octagonal-folding-table-walnut',
    name: t('Kashmiri Octagonal Folding Table, Walnut', '克什米尔八角折叠桌 胡桃木'),
    summary: t('Carved eight-sided side table that folds flat.', '可折叠收平的八角雕花边几。'),
    lead: t(
      'A traditional Kashmiri side table: an eight-sided carved top rests on interlocking legs that fold flat, which also makes it easy to ship.',
      '传统克什米尔边几：八角雕花桌面架在互相咬合的折叠腿上，可折平收纳，也便于运输。',
    ),
    specs: [
      sp('Size', '尺寸', 'Top 50 cm across, 55 cm high', '桌面对边 50 厘米，高 55 厘米'),
      sp('Construction', '结构', 'Folding interlocked legs', '咬合式折叠腿'),
      sp('Finish', '表面', 'Natural oil and beeswax', '天然木油和蜂蜡'),
    ],
    tiers: [
      [10, 14500],
      [50, 13200],
    ],
    hsCode: '94036099',
    capacity: 60,
  }),
  walnut({
    slug: 'carved-walnut-book-stand-rehal',
    name: t('Carved Walnut Book Stand (Rehal)', '胡桃木雕花书架（Rehal 折叠经架）'),
    summary: t('Folding X-shaped book stand cut from a single board.', '由整块木板切出的 X 形折叠书架。'),
    lead: t(
      'A rehal is cut from one board and split so that it opens into an X-shaped stand with no hinges; used for holding large books and scriptures.',
      'Rehal 由一整块木板切割劈开，无需合页即可展开成 X 形支架，用于放置大开本书籍和经书。',
    ),
    specs: [
      sp('Size', '尺寸', '40 cm, opens to 30 cm high', '长 40 厘米，展开高 30 厘米'),
      sp('Construction', '结构', 'One board, no hinges', '整板切割，无合页'),
      sp('Finish', '表面', 'Natural oil and beeswax', '天然木油和蜂蜡'),
    ],
    tiers: [
      [100, 1800],
      [500, 1550],
    ],
    hsCode: '44209090',
    capacity: 500,
  }),
  walnut({
    slug: 'walnut-tray-table-folding-stand',
    name: t('Walnut Tray Table with Folding Stand', '胡桃木托盘桌 配折叠架'),
    summary: t('Carved serving tray that sits on a folding stand as a side table.', '雕花托盘放在折叠架上即成边几。'),
    lead: t(
      'A carved tray with raised rim lifts off its folding stand for serving, then returns to the stand as a side table.',
      '带围边的雕花托盘可从折叠架上取下用于端茶，放回后即成一张边几。',
    ),
    specs: [
      sp('Tray', '托盘', '60 × 40 cm', '60 × 40 厘米'),
      sp('Height', '高度', '55 cm on stand', '放在架上高 55 厘米'),
      sp('Finish', '表面', 'Natural oil and beeswax', '天然木油和蜂蜡'),
    ],
    tiers: [
      [10, 9800],
      [50, 8900],
    ],
    hsCode: '94036099',
    capacity: 80,
  }),
];

// ─── Footwear (Mardan, Lahore) ───────────────────────────────────────────────

const shoes = maker('footwear');

const chappalSample = sample(
  'free',
  'One pair free in your size; the buyer pays the courier.',
  '可按所需尺码免费寄一双样品，快递费由买家承担。',
);
const shoeSample = sample(
  'paid',
  'One sample pair at unit price plus courier, refunded on orders of 600 pairs or more.',
  '样品一双按单价加快递费收取，订单满 600 双后返还。',
);
const CHAPPAL_KW = t(
  'Peshawari chappal, Pakistani sandals, leather sandals, Kaptaan chappal',
  '白沙瓦凉鞋 巴基斯坦凉鞋 真皮凉鞋 卡普坦凉鞋',
);
const KHUSSA_KW = t('khussa, jutti, mojari, embroidered shoes', '库萨鞋 绣花鞋 朱蒂鞋 民族风鞋');
const SAFETY_KW = t('safety shoes, work boots, steel toe boots, PPE footwear', '安全鞋 劳保鞋 钢头鞋 防护鞋');

interface ChappalOpts {
  slug: string;
  name: L10n;
  summary: L10n;
  lead: L10n;
  upper: L10n;
  sole: L10n;
  sizes: L10n;
  tiers: Tier[];
  hsCode: string;
  capacity: number;
  featured?: boolean;
}

function chappal(o: ChappalOpts): SeedProduct {
  return shoes({
    slug: o.slug,
    exporter: 'takht-bhai-chappal',
    name: o.name,
    summary: o.summary,
    description: t(
      `${o.lead.en} Each pair is cut, punched, hand-stitched and soled by one craftsman in Mardan, and the buyer\'s logo can be embossed on the insole. Packed in cotton dust bags or boxes, 20 pairs per carton.`,
      `${o.lead.zh}每双鞋由马尔丹的一位师傅完成裁剪、冲孔、手工缝制和上底，鞋垫可压印客户 logo。棉布防尘袋或鞋盒包装，每箱 20 双。`,
    ),
    specs: [
      sp('Upper', '鞋面', o.upper.en, o.upper.zh),
      sp('Sole', '鞋底', o.sole.en, o.sole.zh),
      sp('Sizes', '尺码', o.sizes.en, o.sizes.zh),
      sp('Colours', '颜色', 'Black, brown, tan, maroon', '黑、棕、驼、酒红'),
    ],
    unit: 'pair',
    tiers: o.tiers,
    hsCode: o.hsCode,
    lead: [25, 40],
    capacity: [o.capacity, 'month'],
    sample: chappalSample,
    origin: 'mardan',
    certs: [],
    keywords: CHAPPAL_KW,
    ...(o.featured ? { featured: true } : {}),
  });
}

const BHATI = { exporter: 'bhati-gate-shoemakers', origin: 'lahore', lead: [35, 50] } as const;

const footwear: SeedProduct[] = [
  chappal({
    slug: 'classic-peshawari-chappal-cow-leather',
    name: t('Classic Peshawari Chappal, Cow Leather', '经典白沙瓦凉鞋 牛皮'),
    summary: t(
      'The traditional Peshawari chappal with twin toe straps and a back strap.',
      '传统白沙瓦凉鞋，双趾带加后跟带。',
    ),
    lead: t(
      'The everyday sandal of Khyber Pakhtunkhwa: an open toe with two crossed straps, a punched vamp and a buckled heel strap, now worn across Pakistan with shalwar kameez.',
      '开伯尔-普赫图赫瓦省的日常凉鞋：露趾、两道交叉趾带、冲孔鞋面和带扣后跟带，如今在全巴基斯坦都常与传统长衫搭配。',
    ),
    upper: t('Cow leather, hand-punched', '牛皮，手工冲孔'),
    sole: t('Stitched rubber', '缝制橡胶底'),
    sizes: t('EU 39–46', '欧码 39–46'),
    tiers: [
      [100, 1350],
      [500, 1220],
      [2000, 1100],
    ],
    hsCode: '64039900',
    capacity: 3000,
    featured: true,
  }),
  chappal({
    slug: 'charsadda-chappal-double-sole',
    name: t('Charsadda Chappal, Double Sole', '恰尔萨达凉鞋 双层底'),
    summary: t('Heavier Charsadda-style chappal with a thick double sole.', '更厚重的恰尔萨达款凉鞋，双层厚底。'),
    lead: t(
      'The Charsadda style is the sturdier cousin of the Peshawari chappal, with a thicker double-layered sole and heavier strap work.',
      '恰尔萨达款是白沙瓦凉鞋中更结实的一类，鞋底为加厚双层，鞋带用料更厚重。',
    ),
    upper: t('Buffalo leather', '水牛皮'),
    sole: t('Double-layer rubber, stitched', '双层橡胶底，缝制'),
    sizes: t('EU 39–46', '欧码 39–46'),
    tiers: [
      [100, 1650],
      [500, 1490],
    ],
    hsCode: '64039900',
    capacity: 1500,
  }),
  chappal({
    slug: 'kaptaan-style-peshawari-chappal',
    name: t('Kaptaan-style Peshawari Chappal', '卡普坦款白沙瓦凉鞋'),
    summary: t('Slimmer, lighter chappal in the popular Kaptaan style.', '更纤巧轻便的卡普坦款凉鞋。'),
    lead: t(
      'The Kaptaan (captain) style is a slimmer, lighter take on the Peshawari chappal that became widely popular in the 2010s, with a narrower toe and a lower sole.',
      '卡普坦（意为"队长"）款是白沙瓦凉鞋的纤巧轻便版本，2010 年代起广为流行，鞋头更窄、鞋底更薄。',
    ),
    upper: t('Soft cow leather', '软牛皮'),
    sole: t('Lightweight rubber, stitched', '轻质橡胶底，缝制'),
    sizes: t('EU 39–46', '欧码 39–46'),
    tiers: [
      [100, 1450],
      [500, 1310],
      [2000, 1190],
    ],
    hsCode: '64039900',
    capacity: 3000,
  }),
  chappal({
    slug: 'handmade-peshawari-chappal-leather-sole',
    name: t('Handmade Peshawari Chappal, Leather Sole', '手工白沙瓦凉鞋 真皮底'),
    summary: t('Premium chappal with a stacked vegetable-tanned leather sole.', '高端款，叠层植鞣皮鞋底。'),
    lead: t(
      'Our premium pair, with a stacked sole of vegetable-tanned leather instead of rubber, edge-burnished by hand.',
      '高端款，鞋底不用橡胶而用叠层植鞣皮，鞋边手工打磨抛光。',
    ),
    upper: t('Full-grain cow leather', '全粒面牛皮'),
    sole: t('Stacked vegetable-tanned leather', '叠层植鞣皮'),
    sizes: t('EU 39–46', '欧码 39–46'),
    tiers: [
      [50, 2150],
      [200, 1950],
    ],
    hsCode: '64035900',
    capacity: 800,
  }),
  chappal({
    slug: 'childrens-peshawari-chappal',
    name: t("Children's Peshawari Chappal", '儿童白沙瓦凉鞋'),
    summary: t("Kids' sizes of the classic chappal, popular for Eid.", '经典凉鞋的儿童码，开斋节热销。'),
    lead: t(
      "The classic design in children's sizes with a softer upper and a hook-and-loop heel strap that small children can fasten themselves.",
      '经典款的儿童码，鞋面更柔软，后跟改用魔术贴，小朋友可以自己穿脱。',
    ),
    upper: t('Soft cow leather', '软牛皮'),
    sole: t('Rubber', '橡胶底'),
    sizes: t('EU 24–35', '欧码 24–35'),
    tiers: [
      [200, 780],
      [1000, 700],
    ],
    hsCode: '64039900',
    capacity: 2500,
  }),
  chappal({
    slug: 'mens-leather-strap-sandals',
    name: t("Men's Leather Strap Sandals", '男式真皮绑带凉鞋'),
    summary: t('Simple strap sandals on a leather sole.', '简约绑带凉鞋，真皮鞋底。'),
    lead: t(
      'A simple sandal with a toe loop and crossed straps over the instep, made on the same benches as our chappals.',
      '简约凉鞋，脚趾套环加脚背交叉带，与凉鞋系列在同一工作台制作。',
    ),
    upper: t('Cow leather straps', '牛皮绑带'),
    sole: t('Leather', '真皮底'),
    sizes: t('EU 39–46', '欧码 39–46'),
    tiers: [
      [200, 1150],
      [1000, 1040],
    ],
    hsCode: '64032000',
    capacity: 2000,
  }),
  chappal({
    slug: 'womens-flat-leather-sandals-embroidered-strap',
    name: t("Women's Flat Leather Sandals, Embroidered Strap", '女式刺绣带真皮平底凉鞋'),
    summary: t('Flat sandals with a hand-embroidered leather strap.', '手工刺绣皮带的平底凉鞋。'),
    lead: t(
      'Flat sandals whose wide front strap is embroidered by hand with silk thread in Pashtun patterns.',
      '平底凉鞋，宽幅前带用丝线手工绣出普什图纹样。',
    ),
    upper: t('Cow leather, silk embroidery', '牛皮，丝线刺绣'),
    sole: t('Rubber', '橡胶底'),
    sizes: t('EU 36–41', '欧码 36–41'),
    tiers: [
      [200, 950],
      [1000, 860],
    ],
    hsCode: '64039900',
    capacity: 1500,
  }),
  shoes({
    ...BHATI,
    slug: 'mens-oxford-shoes-goodyear-welted-calf',
    name: t("Men's Oxford Shoes, Goodyear-welted, Calf Leather", '男式固特异牛津鞋 小牛皮'),
    summary: t('Resoleable cap-toe Oxford in full-grain calf.', '可换底的全粒面小牛皮三接头牛津鞋。'),
    description: t(
      "A cap-toe Oxford with a Goodyear-welted leather sole that can be resoled, a leather lining and a cork-filled footbed that moulds to the foot. Lasts and toe shapes to the buyer's specification.",
      '三接头牛津鞋，采用可换底的固特异缝沿真皮底，真皮内里，软木填充鞋床会随脚型塑形。楦型和鞋头形状可按客户要求。',
    ),
    specs: [
      sp('Upper', '鞋面', 'Full-grain calf', '全粒面小牛皮'),
      sp('Construction', '工艺', 'Goodyear welted', '固特异缝沿'),
      sp('Sole', '鞋底', 'Leather', '真皮底'),
      sp('Lining', '内里', 'Leather', '真皮'),
      sp('Sizes', '尺码', 'EU 39–46, half sizes', '欧码 39–46，含半码'),
    ],
    unit: 'pair',
    tiers: [
      [60, 4600],
      [300, 4200],
      [1000, 3850],
    ],
    hsCode: '64035900',
    capacity: [2000, 'month'],
    sample: shoeSample,
    certs: ['iso9001'],
    keywords: t('dress shoes, formal shoes, Goodyear welt', '正装鞋 商务皮鞋 固特异皮鞋'),
  }),
  shoes({
    ...BHATI,
    slug: 'mens-full-brogue-shoes-goodyear-welted',
    name: t("Men's Full Brogue Shoes, Goodyear-welted", '男式全雕花布洛克鞋 固特异工艺'),
    summary: t(
      'Wingtip brogue with punched detailing on a welted leather sole.',
      '翼纹布洛克鞋，冲孔装饰，缝沿真皮底。',
    ),
    description: t(
      'A wingtip full brogue with hand-punched perforations and medallion, built on the same Goodyear line as our Oxfords. Popular in tan and dark brown with a double leather sole for winter ranges.',
      '翼纹全雕花布洛克鞋，手工冲孔和鞋头花饰，与牛津鞋共用固特异生产线。驼色和深棕最受欢迎，冬季系列可配双层真皮底。',
    ),
    specs: [
      sp('Upper', '鞋面', 'Full-grain calf', '全粒面小牛皮'),
      sp('Construction', '工艺', 'Goodyear welted', '固特异缝沿'),
      sp('Sole', '鞋底', 'Single or double leather', '单层或双层真皮底'),
      sp('Sizes', '尺码', 'EU 39–46', '欧码 39–46'),
    ],
    unit: 'pair',
    tiers: [
      [60, 4800],
      [300, 4400],
    ],
    hsCode: '64035900',
    capacity: [1200, 'month'],
    sample: shoeSample,
    certs: ['iso9001'],
    keywords: t('brogues, wingtips, dress shoes', '布洛克鞋 雕花皮鞋 正装鞋'),
  }),
  shoes({
    ...BHATI,
    slug: 'mens-derby-shoes-cemented-rubber-sole',
    name: t("Men's Derby Shoes, Cemented Rubber Sole", '男式德比鞋 胶粘橡胶底'),
    summary: t('Everyday open-laced Derby at a volume price.', '日常款开口系带德比鞋，走量价位。'),
    description: t(
      'An open-laced Derby with a cemented rubber sole for offices and uniforms, cut from corrected-grain cow leather. Made in volume for retail chains and corporate uniform tenders.',
      '开口系带德比鞋，胶粘橡胶底，采用修面牛皮，适合办公和制服用鞋。可为零售连锁和企业制服招标批量生产。',
    ),
    specs: [
      sp('Upper', '鞋面', 'Corrected-grain cow leather', '修面牛皮'),
      sp('Construction', '工艺', 'Cemented', '胶粘'),
      sp('Sole', '鞋底', 'Rubber', '橡胶底'),
      sp('Sizes', '尺码', 'EU 39–47', '欧码 39–47'),
    ],
    unit: 'pair',
    tiers: [
      [120, 2450],
      [600, 2250],
    ],
    hsCode: '64039900',
    capacity: [6000, 'month'],
    sample: shoeSample,
    certs: ['iso9001'],
    keywords: t('office shoes, uniform shoes, leather shoes', '办公皮鞋 制服鞋 皮鞋'),
  }),
  shoes({
    ...BHATI,
    slug: 'mens-penny-loafers-leather-sole',
    name: t("Men's Penny Loafers, Leather Sole", '男式便士乐福鞋 真皮底'),
    summary: t('Slip-on penny loafer with a hand-sewn moccasin toe.', '一脚蹬便士乐福鞋，手工缝制莫卡辛鞋头。'),
    description: t(
      "The moccasin apron is hand-sewn, with a penny strap across the vamp and a blake-stitched leather sole for a flexible, close fit. Made in dark brown calf, tan suede and black, with the buyer's branding on the sock lining.",
      '莫卡辛鞋头手工缝制，鞋面横跨便士饰带，布雷克缝法真皮底，柔软贴脚。有深棕小牛皮、驼色反绒皮和黑色可选，鞋垫可印客户品牌。',
    ),
    specs: [
      sp('Upper', '鞋面', 'Calf or suede', '小牛皮或反绒皮'),
      sp('Construction', '工艺', 'Blake stitched, hand-sewn apron', '布雷克缝，手缝鞋头'),
      sp('Sole', '鞋底', 'Leather', '真皮底'),
      sp('Sizes', '尺码', 'EU 39–46', '欧码 39–46'),
    ],
    unit: 'pair',
    tiers: [
      [60, 2950],
      [300, 2700],
    ],
    hsCode: '64035900',
    capacity: [1500, 'month'],
    sample: shoeSample,
    certs: ['iso9001'],
    keywords: t('loafers, slip-on shoes, moccasins', '乐福鞋 一脚蹬 莫卡辛鞋'),
  }),
  shoes({
    ...BHATI,
    slug: 'suede-chelsea-boots-commando-sole',
    name: t('Suede Chelsea Boots, Commando Sole', '反绒皮切尔西靴 防滑橡胶大底'),
    summary: t('Elastic-sided Chelsea boot in cow suede on a lug sole.', '牛反绒皮松紧侧边切尔西靴，齿纹大底。'),
    description: t(
      'A Chelsea boot with elastic side gussets and a pull tab, in water-repellent cow suede on a chunky commando rubber sole, Goodyear-welted for durability. Elastic gores come in black or brown, or dyed to match the suede.',
      '松紧侧边加后提环的切尔西靴，防泼水牛反绒皮，配厚实的齿纹橡胶大底，固特异工艺更耐穿。松紧布有黑、棕两色，也可按反绒皮配色。',
    ),
    specs: [
      sp('Upper', '鞋面', 'Water-repellent cow suede', '防泼水牛反绒皮'),
      sp('Construction', '工艺', 'Goodyear welted', '固特异缝沿'),
      sp('Sole', '鞋底', 'Commando rubber', '齿纹橡胶大底'),
      sp('Sizes', '尺码', 'EU 39–46', '欧码 39–46'),
    ],
    unit: 'pair',
    tiers: [
      [60, 4900],
      [300, 4500],
    ],
    hsCode: '64039100',
    capacity: [1000, 'month'],
    sample: shoeSample,
    certs: ['iso9001'],
    keywords: t('Chelsea boots, ankle boots, suede boots', '切尔西靴 短靴 反绒皮靴'),
  }),
  shoes({
    ...BHATI,
    slug: 'suede-desert-boots-crepe-sole',
    name: t('Suede Desert Boots, Crepe Sole', '反绒皮沙漠靴 生胶底'),
    summary: t('Two-eyelet desert boot on a natural crepe-rubber sole.', '两孔沙漠靴，天然生胶底。'),
    description: t(
      'An unlined two-eyelet desert boot in soft suede, stitched to a natural crepe-rubber sole that gives a cushioned, springy step. Sand, stone and chocolate suede sell best, and the crepe darkens naturally with wear.',
      '无内里两孔沙漠靴，柔软反绒皮鞋面，缝于天然生胶底上，脚感柔软有弹性。沙色、石灰色和巧克力色反绒皮最畅销，生胶底会随穿着自然变深。',
    ),
    specs: [
      sp('Upper', '鞋面', 'Cow suede', '牛反绒皮'),
      sp('Sole', '鞋底', 'Natural crepe rubber', '天然生胶'),
      sp('Lining', '内里', 'Unlined', '无内里'),
      sp('Sizes', '尺码', 'EU 39–46', '欧码 39–46'),
    ],
    unit: 'pair',
    tiers: [
      [120, 2900],
      [600, 2650],
    ],
    hsCode: '64039100',
    capacity: [2000, 'month'],
    sample: shoeSample,
    certs: ['iso9001'],
    keywords: t('desert boots, chukka boots, crepe sole', '沙漠靴 查卡靴 生胶底鞋'),
  }),
  shoes({
    ...BHATI,
    slug: 'safety-boots-s3-steel-toe-midsole',
    name: t('Safety Boots S3, Steel Toe and Midsole', 'S3 安全靴 钢包头 防刺穿钢板'),
    summary: t('Water-resistant S3 work boot with PU/rubber outsole.', '防水 S3 工作靴，PU/橡胶大底。'),
    description: t(
      'Water-resistant buffalo leather upper, 200 J steel toe cap and a steel anti-penetration midsole on a direct-injected PU/rubber outsole that is oil- and heat-resistant. Type-examined to EN ISO 20345 S3 SRC.',
      '防水水牛皮鞋面，200 焦耳钢包头，钢制防刺穿中底，直接注塑 PU/橡胶大底，耐油耐热。按 EN ISO 20345 S3 SRC 做型式检验。',
    ),
    specs: [
      sp('Upper', '鞋面', 'Water-resistant buffalo leather', '防水水牛皮'),
      sp('Toe cap', '包头', 'Steel, 200 J', '钢包头，200 焦'),
      sp('Midsole', '中底', 'Steel anti-penetration', '钢制防刺穿'),
      sp('Outsole', '大底', 'PU/rubber, direct injected', 'PU/橡胶，直接注塑'),
      sp('Standard', '标准', 'EN ISO 20345 S3 SRC', 'EN ISO 20345 S3 SRC'),
    ],
    unit: 'pair',
    tiers: [
      [500, 2150],
      [2000, 1950],
      [5000, 1800],
    ],
    hsCode: '64034000',
    capacity: [15000, 'month'],
    sample: shoeSample,
    certs: ['iso9001', 'ce'],
    keywords: SAFETY_KW,
  }),
  shoes({
    ...BHATI,
    slug: 'safety-shoes-s1p-low-cut',
    name: t('Safety Shoes S1P, Low-cut', 'S1P 低帮安全鞋'),
    summary: t('Low-cut steel-toe shoe for warehouses and light industry.', '低帮钢头安全鞋，适合仓储和轻工业。'),
    description: t(
      'A low-cut safety shoe with a steel toe cap and steel midsole, antistatic and with an energy-absorbing heel, on a single-density PU sole. Type-examined to EN ISO 20345 S1P.',
      '低帮安全鞋，钢包头加钢中底，防静电，后跟吸能，单密度 PU 大底。按 EN ISO 20345 S1P 做型式检验。',
    ),
    specs: [
      sp('Upper', '鞋面', 'Cow leather', '牛皮'),
      sp('Protection', '防护', 'Steel toe and midsole, antistatic', '钢包头、钢中底，防静电'),
      sp('Outsole', '大底', 'PU, single density', '单密度 PU'),
      sp('Standard', '标准', 'EN ISO 20345 S1P', 'EN ISO 20345 S1P'),
    ],
    unit: 'pair',
    tiers: [
      [500, 1650],
      [2000, 1500],
    ],
    hsCode: '64034000',
    capacity: [15000, 'month'],
    sample: shoeSample,
    certs: ['iso9001', 'ce'],
    keywords: SAFETY_KW,
  }),
  shoes({
    ...BHATI,
    slug: 'leather-combat-boots-vulcanised-sole',
    name: t('Leather Combat Boots, Vulcanised Rubber Sole', '真皮作战靴 硫化橡胶底'),
    summary: t('Tender-grade combat boot for uniformed services.', '面向制服部门招标的作战靴。'),
    description: t(
      'A high-leg combat boot in full-grain cow leather with a vulcanised rubber sole, built to the specifications in each tender. Quoted per tender with samples for testing.',
      '高帮作战靴，全粒面牛皮，硫化橡胶底，按各招标技术规格生产。按标书报价，提供测试样品。',
    ),
    specs: [
      sp('Upper', '鞋面', 'Full-grain cow leather', '全粒面牛皮'),
      sp('Sole', '鞋底', 'Vulcanised rubber', '硫化橡胶'),
      sp('Height', '靴筒', 'About 20 cm', '约 20 厘米'),
      sp('Specification', '规格', 'To tender', '按招标要求'),
    ],
    unit: 'pair',
    tiers: [],
    moq: 500,
    hsCode: '64039100',
    capacity: [8000, 'month'],
    sample: shoeSample,
    certs: ['iso9001'],
    keywords: t('military boots, tactical boots, uniform boots', '军靴 战术靴 制服靴'),
  }),
  shoes({
    ...BHATI,
    slug: 'mens-embroidered-khussa-tilla-work',
    name: t("Men's Embroidered Khussa, Tilla Work", '男式金线刺绣库萨鞋'),
    summary: t('Hand-embroidered khussa for weddings and Eid.', '手工刺绣库萨鞋，婚礼和开斋节必备。'),
    description: t(
      'Khussa are the closed, pointed-toe leather shoes of Punjab, worn at weddings and festivals. Ours are embroidered by hand with metallic tilla thread and have soft leather soles that shape to the foot.',
      '库萨鞋是旁遮普的尖头包脚皮鞋，婚礼和节日必穿。本款用金属"提拉"线手工刺绣，软皮底会随脚型变得服帖。',
    ),
    specs: [
      sp('Upper', '鞋面', 'Leather with tilla embroidery', '皮革，金属线刺绣'),
      sp('Sole', '鞋底', 'Soft leather', '软皮底'),
      sp('Sizes', '尺码', 'EU 39–46', '欧码 39–46'),
      sp('Colours', '颜色', 'Gold, silver, black, maroon', '金、银、黑、酒红'),
    ],
    unit: 'pair',
    tiers: [
      [100, 1050],
      [500, 950],
    ],
    hsCode: '64035900',
    capacity: [3000, 'month'],
    sample: chappalSample,
    certs: ['iso9001'],
    keywords: KHUSSA_KW,
  }),
  shoes({
    ...BHATI,
    slug: 'womens-beaded-khussa-flats',
    name: t("Women's Beaded Khussa Flats", '女式串珠库萨平底鞋'),
    summary: t('Colourful beaded khussa for everyday and festive wear.', '色彩缤纷的串珠库萨鞋，日常节日皆宜。'),
    description: t(
      'Flat khussa with hand-applied beads, sequins and thread work on a cushioned leather sole, in dozens of colourways for fashion retailers and online shops. Colourways are refreshed each season, and mixed-colour cartons are accepted.',
      '平底库萨鞋，手工钉缀珠子、亮片并刺绣，配软垫真皮底；数十种配色，适合时装零售和网店。每季更新配色，可接受混色装箱。',
    ),
    specs: [
      sp('Upper', '鞋面', 'Leather with beads and sequins', '皮革，钉珠和亮片'),
      sp('Sole', '鞋底', 'Cushioned leather', '软垫真皮底'),
      sp('Sizes', '尺码', 'EU 35–41', '欧码 35–41'),
      sp('Colours', '颜色', 'Seasonal colourways, mixed cartons accepted', '每季新配色，可混色装箱'),
    ],
    unit: 'pair',
    tiers: [
      [200, 860],
      [1000, 780],
    ],
    hsCode: '64035900',
    capacity: [5000, 'month'],
    sample: chappalSample,
    certs: ['iso9001'],
    keywords: KHUSSA_KW,
  }),
  shoes({
    ...BHATI,
    slug: 'bridal-khussa-gold-zari-embroidery',
    name: t('Bridal Khussa, Gold Zari Embroidery', '新娘库萨鞋 金色扎里刺绣'),
    summary: t('Densely embroidered bridal khussa in gold zari.', '满绣金色扎里线的新娘库萨鞋。'),
    description: t(
      "Covered edge to edge in gold zari embroidery with pearls and stones, made to match South Asian bridal wear. Colours matched to the buyer's fabric swatches.",
      '鞋面满绣金色扎里线并缀珍珠和水钻，用于搭配南亚新娘礼服。可按客户布样配色。',
    ),
    specs: [
      sp('Upper', '鞋面', 'Leather, zari embroidery', '皮革，扎里刺绣'),
      sp('Embellishment', '装饰', 'Pearls and stones', '珍珠和水钻'),
      sp('Sole', '鞋底', 'Leather', '真皮底'),
      sp('Sizes', '尺码', 'EU 35–41', '欧码 35–41'),
    ],
    unit: 'pair',
    tiers: [],
    moq: 50,
    hsCode: '64035900',
    capacity: [800, 'month'],
    sample: chappalSample,
    certs: ['iso9001'],
    keywords: t('bridal shoes, wedding khussa, embroidered shoes', '新娘鞋 婚鞋 刺绣鞋'),
  }),
];

// ─── Knives, scissors and cutlery (Wazirabad, Gujranwala) ────────────────────

const cutlery = maker('cutlery-kitchen');

const knifeSample = sample(
  'free',
  'One stock sample per model free; the buyer pays the courier. Logo samples in about 15 days.',
  '每款可免费提供一件现货样品，快递费由买家承担；带 logo 样品约 15 天。',
);
const damascusSample = sample(
  'paid',
  'Samples charged at unit price plus courier; every Damascus pattern is unique, so production pieces vary slightly.',
  '样品按单价加快递费收取；大马士革花纹每把都不同，大货与样品会略有差异。',
);
const KITCHEN_KNIFE_KW = t(
  "kitchen knife, chef's knife, cook's knife, Wazirabad knives",
  '厨刀 主厨刀 菜刀 瓦齐拉巴德刀具',
);
const DAMASCUS_KW = t('Damascus knife, pattern-welded steel, handmade knife', '大马士革刀 花纹钢 手工锻刀');
const CUTLERY_KW = t('flatware, silverware, tableware set, stainless cutlery', '西餐餐具 刀叉勺 餐具套装 不锈钢餐具');

const CHINA_KNIFE_NOTE = t(
  'Buyers importing into China should confirm that the design is not a controlled knife before ordering; blade length and tip shape can be adapted.',
  '进口至中国的买家请在下单前确认该款式不属于管制刀具，我们可调整刃长和刀尖形状。',
);

interface KitchenKnifeOpts {
  slug: string;
  name: L10n;
  summary: L10n;
  lead: L10n;
  blade: L10n;
  tiers: Tier[];
  hsCode?: string;
  unit?: 'piece' | 'set';
  extra?: SeedSpec[];
  capacity: number;
  featured?: boolean;
}

function kitchenKnife(o: KitchenKnifeOpts): SeedProduct {
  return cutlery({
    slug: o.slug,
    exporter: 'wazirabad-cutlery-works',
    name: o.name,
    summary: o.summary,
    description: t(
      `${o.lead.en} Blades are blanked from 440A stainless, vacuum heat-treated to 55–57 HRC and edge-ground by hand at about 15° per side. Handles in black POM, pakkawood or olive wood, with your logo laser-etched on the blade.`,
      `${o.lead.zh}刀身采用 440A 不锈钢冲坯，真空热处理至 55–57 HRC，手工开刃，单面角度约 15°。刀柄可选黑色 POM、帕卡木或橄榄木，刀身可激光刻印客户 logo。`,
    ),
    specs: [
      sp('Blade', '刀身', o.blade.en, o.blade.zh),
      sp('Steel', '钢材', '440A stainless, 55–57 HRC', '440A 不锈钢，55–57 HRC'),
      sp('Edge', '刃口', 'Hand-ground, about 15° per side', '手工开刃，单面约 15°'),
      sp('Handle', '刀柄', 'POM, pakkawood or olive wood', 'POM、帕卡木或橄榄木'),
      ...(o.extra ?? []),
    ],
    unit: o.unit ?? 'piece',
    tiers: o.tiers,
    hsCode: o.hsCode ?? '82119200',
    lead: [30, 45],
    capacity: [o.capacity, 'month'],
    sample: knifeSample,
    origin: 'wazirabad',
    certs: ['iso9001'],
    keywords: KITCHEN_KNIFE_KW,
    ...(o.featured ? { featured: true } : {}),
  });
}

interface DamascusOpts {
  slug: string;
  name: L10n;
  summary: L10n;
  lead: L10n;
  specs: SeedSpec[];
  tiers: Tier[];
  moq?: number;
  hsCode?: string;
  unit?: 'piece' | 'set';
  controlled?: boolean;
  capacity: number;
  featured?: boolean;
}

function damascus(o: DamascusOpts): SeedProduct {
  const note = o.controlled ? CHINA_KNIFE_NOTE : t('', '');
  return cutlery({
    slug: o.slug,
    exporter: 'nizamabad-damascus-forge',
    name: o.name,
    summary: o.summary,
    description: t(
      `${o.lead.en} The blade is forge-welded from 1095 and 15N20 steels, hardened to about 58 HRC and acid-etched to reveal the pattern. ${note.en}`.trim(),
      `${o.lead.zh}刀身由 1095 与 15N20 钢锻焊而成，淬火至约 58 HRC，经酸蚀显出花纹。${note.zh}`,
    ),
    specs: o.specs,
    unit: o.unit ?? 'piece',
    tiers: o.tiers,
    ...(o.moq === undefined ? {} : { moq: o.moq }),
    hsCode: o.hsCode ?? '82119200',
    lead: [30, 50],
    capacity: [o.capacity, 'month'],
    sample: damascusSample,
    origin: 'wazirabad',
    certs: [],
    keywords: DAMASCUS_KW,
    ...(o.featured ? { featured: true } : {}),
  });
}

const damascusSteel = sp('Steel', '钢材', '1095 / 15N20 Damascus, about 58 HRC', '1095/15N20 大马士革钢，约 58 HRC');

const cutleryKitchen: SeedProduct[] = [
  kitchenKnife({
    slug: 'chef-knife-8in-440a-stainless',
    name: t('Chef Knife, 8 in (20 cm), 440A Stainless', '8 寸厨师刀（20 厘米）440A 不锈钢'),
    summary: t('All-round 20 cm chef knife, our best-selling blade.', '全能型 20 厘米主厨刀，本厂最畅销的刀款。'),
    lead: t(
      'The knife most cooks reach for first: a 20 cm blade with a gentle belly for rocking cuts and a full tang riveted through the handle.',
      '厨师最常用的一把刀：20 厘米刀身带柔和弧度，便于摇切，全龙骨刀柄铆接牢固。',
    ),
    blade: t('20 cm, full tang', '20 厘米，全龙骨'),
    tiers: [
      [500, 560],
      [2000, 495],
      [5000, 450],
    ],
    capacity: 20000,
    featured: true,
  }),
  kitchenKnife({
    slug: 'chef-knife-10in-440a-stainless',
    name: t('Chef Knife, 10 in (25 cm), 440A Stainless', '10 寸厨师刀（25 厘米）440A 不锈钢'),
    summary: t('Longer 25 cm chef knife for professional kitchens.', '25 厘米加长主厨刀，适合专业厨房。'),
    lead: t(
      'A longer, heavier chef knife for restaurant kitchens and large produce, with a bolster that protects the fingers.',
      '更长更重的主厨刀，适合餐厅厨房和处理大块食材，刀枕可保护手指。',
    ),
    blade: t('25 cm, full tang with bolster', '25 厘米，全龙骨带刀枕'),
    tiers: [
      [500, 660],
      [2000, 590],
    ],
    capacity: 10000,
  }),
  kitchenKnife({
    slug: 'santoku-knife-7in-granton-edge',
    name: t('Santoku Knife, 7 in (18 cm), Granton Edge', '7 寸三德刀（18 厘米）防粘凹槽'),
    summary: t('Flat-edged santoku with scalloped sides to reduce sticking.', '平直刃三德刀，刀面凹槽减少粘连。'),
    lead: t(
      'A santoku with a flatter edge for push-cutting and hollow scallops ground into both faces so slices fall away from the blade.',
      '刃线更平直，适合推切；刀面两侧磨出凹槽，切片不易粘刀。',
    ),
    blade: t('18 cm, Granton scallops', '18 厘米，防粘凹槽'),
    tiers: [
      [500, 520],
      [2000, 460],
    ],
    capacity: 10000,
  }),
  kitchenKnife({
    slug: 'boning-knife-6in-flexible',
    name: t('Boning Knife, 6 in (15 cm), Flexible', '6 寸剔骨刀（15 厘米）软刃'),
    summary: t('Narrow flexible blade for meat and poultry.', '窄身软刃，用于处理肉类和禽类。'),
    lead: t(
      'A narrow, flexible blade that follows bones closely when deboning meat and poultry, with a textured handle for wet hands.',
      '刀身窄而有弹性，剔骨时可紧贴骨头走刀；刀柄带防滑纹理，湿手也握得稳。',
    ),
    blade: t('15 cm, flexible', '15 厘米，软刃'),
    tiers: [
      [500, 380],
      [2000, 335],
    ],
    capacity: 12000,
  }),
  kitchenKnife({
    slug: 'serrated-bread-knife-8in',
    name: t('Serrated Bread Knife, 8 in (20 cm)', '8 寸锯齿面包刀（20 厘米）'),
    summary: t('Wave-serrated knife for crusty bread and cakes.', '波浪锯齿刀，切硬皮面包和蛋糕。'),
    lead: t(
      'Wave serrations grip hard crusts without crushing soft crumb, and cut cakes and tomatoes cleanly.',
      '波浪锯齿能咬住硬面包皮而不压扁内芯，切蛋糕和番茄也很利落。',
    ),
    blade: t('20 cm, wave serrated', '20 厘米，波浪锯齿'),
    tiers: [
      [500, 410],
      [2000, 360],
    ],
    capacity: 10000,
  }),
  kitchenKnife({
    slug: 'kitchen-knife-set-5-pieces-wooden-block',
    name: t('Kitchen Knife Set, 5 Pieces with Wooden Block', '厨房刀具五件套 配木刀座'),
    summary: t(
      'Chef, bread, utility and paring knives in an acacia block.',
      '主厨刀、面包刀、多用刀和削皮刀，配相思木刀座。',
    ),
    lead: t(
      'A chef knife, bread knife, utility knife and paring knife in a matching acacia-wood block, gift-boxed for retail.',
      '含主厨刀、面包刀、多用刀和削皮刀，配同系列相思木刀座，零售礼盒包装。',
    ),
    blade: t('20, 20, 13 and 9 cm blades', '刀身 20、20、13、9 厘米'),
    unit: 'set',
    hsCode: '82111000',
    extra: [sp('Block', '刀座', 'Acacia wood', '相思木')],
    tiers: [
      [200, 2750],
      [1000, 2450],
      [3000, 2250],
    ],
    capacity: 3000,
  }),
  kitchenKnife({
    slug: 'butchers-cleaver-7in',
    name: t("Butcher's Cleaver, 7 in (18 cm)", '7 寸砍骨刀（18 厘米）'),
    summary: t('Heavy cleaver for chopping through bone.', '厚重砍骨刀，可剁开骨头。'),
    lead: t(
      'A thick, heavy cleaver with a hanging hole, tempered slightly softer than our slicing knives so the edge does not chip on bone.',
      '刀身厚重，带挂孔；回火硬度略低于切片刀，剁骨时刃口不易崩。',
    ),
    blade: t('18 cm, 5 mm spine', '18 厘米，刀背厚 5 毫米'),
    tiers: [
      [300, 760],
      [1000, 680],
    ],
    capacity: 5000,
  }),
  kitchenKnife({
    slug: 'steak-knives-set-6-pakkawood',
    name: t('Steak Knives, Set of 6, Pakkawood Handles', '牛排刀六件套 帕卡木柄'),
    summary: t('Six micro-serrated steak knives in a gift box.', '六把微锯齿牛排刀，礼盒装。'),
    lead: t(
      'Micro-serrated steak knives that stay sharp on ceramic plates, with riveted pakkawood handles, boxed in sets of six.',
      '微锯齿牛排刀在瓷盘上使用也能保持锋利，帕卡木刀柄铆接，六把一盒。',
    ),
    blade: t('12 cm, micro-serrated', '12 厘米，微锯齿'),
    unit: 'set',
    hsCode: '82119100',
    tiers: [
      [300, 1150],
      [1000, 1030],
    ],
    capacity: 4000,
  }),
  cutlery({
    slug: 'detachable-kitchen-scissors',
    exporter: 'wazirabad-cutlery-works',
    name: t('Detachable Kitchen Scissors', '可拆卸厨房剪'),
    summary: t('Heavy-duty kitchen shears that come apart for cleaning.', '可拆开清洗的重型厨房剪。'),
    description: t(
      "Stainless blades with a micro-serrated edge for poultry and herbs, a bottle opener and nutcracker in the handles, and a pivot that separates for washing. Packed on blister cards or in colour boxes with the buyer's brand.",
      '不锈钢刀刃带微锯齿，适合剪禽肉和香草，手柄内置开瓶器和夹核桃齿，转轴可拆开清洗。吸塑卡装或彩盒装，可印客户品牌。',
    ),
    specs: [
      sp('Length', '长度', '21 cm', '21 厘米'),
      sp('Blades', '刀刃', 'Stainless, micro-serrated', '不锈钢，微锯齿'),
      sp('Features', '功能', 'Detachable, bottle opener, nutcracker', '可拆卸、开瓶器、夹核桃'),
      sp('Handle', '手柄', 'PP with TPR grip', 'PP 加 TPR 防滑'),
    ],
    unit: 'piece',
    tiers: [
      [1000, 215],
      [5000, 190],
    ],
    hsCode: '82130000',
    lead: [30, 45],
    capacity: [30000, 'month'],
    sample: knifeSample,
    origin: 'wazirabad',
    certs: ['iso9001'],
    keywords: t('kitchen shears, poultry scissors', '厨房剪刀 鸡骨剪 多用剪'),
  }),
  cutlery({
    slug: 'forged-tailors-scissors-10in',
    exporter: 'wazirabad-cutlery-works',
    name: t("Tailor's Scissors, 10 in, Forged", '10 寸锻造裁缝剪'),
    summary: t("Drop-forged tailor's shears that cut cleanly to the tip.", '模锻裁缝剪，剪到刀尖依然利落。'),
    description: t(
      'Drop-forged from carbon steel, hand-set and sharpened so the blades cut cleanly to the very tip, with a bent handle that lets the lower blade slide along the table. Nickel-plated or black-japanned.',
      '碳钢模锻，手工调校开刃，刀刃剪到最尖端依然干净利落；弯柄设计让下刃可贴着台面滑动。可做镀镍或黑漆表面。',
    ),
    specs: [
      sp('Length', '长度', '10 in (25 cm)', '10 英寸（25 厘米）'),
      sp('Steel', '钢材', 'Drop-forged carbon steel', '模锻碳钢'),
      sp('Handle', '手柄', 'Bent, for table cutting', '弯柄，便于台面裁剪'),
      sp('Finish', '表面', 'Nickel-plated or black-japanned', '镀镍或黑漆'),
    ],
    unit: 'piece',
    tiers: [
      [500, 420],
      [2000, 375],
    ],
    hsCode: '82130000',
    lead: [30, 45],
    capacity: [8000, 'month'],
    sample: knifeSample,
    origin: 'wazirabad',
    certs: ['iso9001'],
    keywords: t('dressmaking shears, fabric scissors, tailor shears', '裁缝剪刀 布料剪 服装剪'),
  }),
  cutlery({
    slug: 'cutlery-set-24-pieces-18-10-mirror',
    exporter: 'wazirabad-cutlery-works',
    name: t('Cutlery Set, 24 Pieces, 18/10 Stainless, Mirror Finish', '18/10 不锈钢镜面餐具 24 件套'),
    summary: t('Service for six in mirror-polished 18/10 stainless.', '六人份 18/10 不锈钢镜面抛光餐具。'),
    description: t(
      'Six each of table knives, forks, spoons and teaspoons in 18/10 stainless steel, which holds its shine and resists rust in dishwashers. Knife blades are 13Cr hardened steel for a lasting edge. Gift box or retail sleeve.',
      '含餐刀、餐叉、餐勺和茶匙各六件，18/10 不锈钢经洗碗机清洗也能保持光亮、不生锈。餐刀刀身为 13 铬淬火钢，刃口持久。礼盒或零售腰封包装。',
    ),
    specs: [
      sp('Contents', '组成', '6 knives, 6 forks, 6 spoons, 6 teaspoons', '餐刀、餐叉、餐勺、茶匙各 6'),
      sp('Material', '材质', '18/10 stainless; 13Cr knife blades', '18/10 不锈钢；餐刀 13 铬钢'),
      sp('Finish', '表面', 'Mirror polished', '镜面抛光'),
      sp('Care', '清洗', 'Dishwasher safe', '可用洗碗机'),
    ],
    unit: 'set',
    tiers: [
      [300, 1950],
      [1000, 1760],
      [3000, 1620],
    ],
    hsCode: '82152000',
    lead: [35, 50],
    capacity: [5000, 'month'],
    sample: knifeSample,
    origin: 'wazirabad',
    certs: ['iso9001'],
    keywords: CUTLERY_KW,
  }),
  // Damascus (Nizamabad)
  damascus({
    slug: 'damascus-hunting-knife-ladder-pattern-walnut',
    name: t('Damascus Hunting Knife, Ladder Pattern, Walnut Handle', '大马士革钢猎刀 梯形纹 胡桃木柄'),
    summary: t(
      'Fixed-blade drop-point hunter with a hand-stitched leather sheath.',
      '直刀款水滴头猎刀，配手缝皮刀鞘。',
    ),
    lead: t(
      'A drop-point hunter with a ladder-pattern blade, brass guard and walnut handle, supplied with a hand-stitched leather sheath.',
      '水滴头猎刀，梯形纹刀身，黄铜护手，胡桃木柄，配手缝皮刀鞘。',
    ),
    specs: [
      sp('Blade', '刀身', '10 cm drop point', '10 厘米水滴头'),
      damascusSteel,
      sp('Pattern', '花纹', 'Ladder', '梯形纹'),
      sp('Handle', '刀柄', 'Walnut with brass guard', '胡桃木，黄铜护手'),
      sp('Sheath', '刀鞘', 'Hand-stitched leather', '手缝皮鞘'),
    ],
    tiers: [
      [100, 1950],
      [500, 1750],
      [1000, 1600],
    ],
    controlled: true,
    capacity: 1500,
    featured: true,
  }),
  damascus({
    slug: 'damascus-skinner-knife-camel-bone',
    name: t('Damascus Skinner Knife, Camel-bone Handle', '大马士革钢剥皮刀 驼骨柄'),
    summary: t('Short upswept skinner with a dyed camel-bone handle.', '短款上翘刃剥皮刀，染色驼骨柄。'),
    lead: t(
      'A short upswept blade for skinning game, with a handle of dyed and jigged camel bone, a by-product of the meat trade.',
      '短小上翘的刀刃用于猎物剥皮，刀柄为染色刻纹驼骨（取自肉类加工副产品）。',
    ),
    specs: [
      sp('Blade', '刀身', '8 cm upswept', '8 厘米上翘刃'),
      damascusSteel,
      sp('Pattern', '花纹', 'Twist', '麻花纹'),
      sp('Handle', '刀柄', 'Jigged camel bone', '刻纹驼骨'),
    ],
    tiers: [
      [100, 1450],
      [500, 1300],
    ],
    controlled: true,
    capacity: 1200,
  }),
  damascus({
    slug: 'damascus-chef-knife-8in-raindrop',
    name: t('Damascus Chef Knife, 8 in, Raindrop Pattern', '8 寸大马士革钢厨师刀 雨滴纹'),
    summary: t('Show-piece chef knife with a raindrop Damascus blade.', '雨滴纹大马士革钢主厨刀，兼具实用与观赏。'),
    lead: t(
      'A 20 cm chef knife whose raindrop pattern is made by drilling and re-forging the billet; it is carbon steel, so it should be dried and oiled after use.',
      '20 厘米主厨刀，雨滴纹由钢坯钻孔后再锻打形成；因属碳钢，使用后需擦干上油。',
    ),
    specs: [
      sp('Blade', '刀身', '20 cm', '20 厘米'),
      damascusSteel,
      sp('Pattern', '花纹', 'Raindrop', '雨滴纹'),
      sp('Handle', '刀柄', 'Resin and walnut', '树脂拼胡桃木'),
      sp('Care', '保养', 'Dry and oil after use', '用后擦干上油'),
    ],
    tiers: [],
    moq: 100,
    capacity: 600,
  }),
  damascus({
    slug: 'damascus-folding-pocket-knife-back-lock',
    name: t('Damascus Folding Pocket Knife, Back Lock', '大马士革钢折刀 背锁'),
    summary: t('Compact back-lock folder with bone or wood scales.', '小巧背锁折刀，骨或木柄片。'),
    lead: t(
      'A compact back-lock folder with a 7.5 cm Damascus blade, brass liners and bone or rosewood scales; gift-boxed with a leather pouch.',
      '小巧的背锁折刀，7.5 厘米大马士革刀身，黄铜衬板，骨质或花梨木柄片，附皮套礼盒装。',
    ),
    specs: [
      sp('Blade', '刀身', '7.5 cm', '7.5 厘米'),
      damascusSteel,
      sp('Lock', '锁定', 'Back lock', '背锁'),
      sp('Scales', '柄片', 'Bone or rosewood', '骨或花梨木'),
    ],
    tiers: [
      [100, 1450],
      [500, 1300],
    ],
    hsCode: '82119300',
    controlled: true,
    capacity: 1500,
  }),
  damascus({
    slug: 'damascus-bowie-knife-twist-pattern',
    name: t('Damascus Bowie Knife, Twist Pattern', '大马士革钢鲍伊刀 麻花纹'),
    summary: t('Large clip-point Bowie for collectors, quoted per order.', '大型削尖头鲍伊刀，面向收藏者，按单报价。'),
    lead: t(
      'A large clip-point Bowie in twist-pattern Damascus with a file-worked spine; handle materials and size are agreed per order, so pricing is on request.',
      '大型削尖头鲍伊刀，麻花纹大马士革钢，刀背锉花；柄材和尺寸按单商定，价格面议。',
    ),
    specs: [
      sp('Blade', '刀身', '20–25 cm clip point', '20–25 厘米削尖头'),
      damascusSteel,
      sp('Pattern', '花纹', 'Twist, file-worked spine', '麻花纹，刀背锉花'),
      sp('Handle', '刀柄', 'To order', '按单定制'),
    ],
    tiers: [],
    moq: 50,
    controlled: true,
    capacity: 200,
  }),
  damascus({
    slug: 'damascus-kitchen-knife-set-5-leather-roll',
    name: t('Damascus Kitchen Knife Set, 5 Pieces in Leather Roll', '大马士革钢厨刀五件套 配皮质刀卷'),
    summary: t("Five Damascus kitchen knives in a chef's leather roll.", '五把大马士革钢厨刀，配厨师皮质刀卷。'),
    lead: t(
      'Chef, santoku, slicer, utility and paring knives in matching Damascus, rolled in a buffalo-leather knife roll, a popular gift for professional cooks.',
      '主厨刀、三德刀、片刀、多用刀和削皮刀，统一大马士革花纹，收纳于水牛皮刀卷中，是送给专业厨师的热门礼品。',
    ),
    specs: [
      sp('Contents', '组成', 'Chef, santoku, slicer, utility, paring', '主厨刀、三德刀、片刀、多用刀、削皮刀'),
      damascusSteel,
      sp('Handles', '刀柄', 'Resin and walnut', '树脂拼胡桃木'),
      sp('Roll', '刀卷', 'Buffalo leather', '水牛皮'),
    ],
    unit: 'set',
    tiers: [
      [30, 11500],
      [100, 10400],
    ],
    hsCode: '82111000',
    capacity: 150,
  }),
  damascus({
    slug: 'd2-steel-hunting-knife-micarta',
    name: t('D2 Tool-steel Hunting Knife, Micarta Handle', 'D2 工具钢猎刀 米卡塔柄'),
    summary: t('Hard-wearing D2 hunter with a stonewashed finish.', '耐磨 D2 钢猎刀，石洗表面。'),
    lead: t(
      'For buyers who want plain steel rather than a pattern, this hunter is ground from D2 tool steel with a stonewashed finish and canvas Micarta scales; it is forged next to our Damascus work in the same shop.',
      '给偏好素钢而非花纹钢的买家：D2 工具钢研磨成型，石洗处理，帆布米卡塔柄片，与大马士革刀在同一车间制作。',
    ),
    specs: [
      sp('Blade', '刀身', '10 cm drop point', '10 厘米水滴头'),
      sp('Steel', '钢材', 'D2 tool steel, about 59 HRC', 'D2 工具钢，约 59 HRC'),
      sp('Finish', '表面', 'Stonewashed', '石洗'),
      sp('Handle', '刀柄', 'Canvas Micarta', '帆布米卡塔'),
    ],
    tiers: [
      [100, 1650],
      [500, 1480],
    ],
    controlled: true,
    capacity: 1000,
  }),
  // Pending exporter (Gujranwala)
  cutlery({
    slug: 'cutlery-set-30-pieces-18-10-satin',
    exporter: 'gujranwala-steelware',
    name: t('Cutlery Set, 30 Pieces, 18/10 Stainless, Satin Finish', '18/10 不锈钢亚光餐具 30 件套'),
    summary: t('Service for six with dessert spoons, satin-brushed.', '六人份，含甜品勺，拉丝亚光。'),
    description: t(
      'Service for six with table knives, forks, spoons, dessert spoons and teaspoons, in satin-brushed 18/10 stainless for supermarket programmes. Window box or colour sleeve.',
      '六人份，含餐刀、餐叉、餐勺、甜品勺和茶匙，18/10 不锈钢拉丝亚光，面向超市项目。开窗盒或彩色腰封包装。',
    ),
    specs: [
      sp('Contents', '组成', '6 each of 5 pieces', '5 种各 6 件'),
      sp('Material', '材质', '18/10 stainless', '18/10 不锈钢'),
      sp('Finish', '表面', 'Satin brushed', '拉丝亚光'),
      sp('Packing', '包装', 'Window box or sleeve', '开窗盒或腰封'),
    ],
    unit: 'set',
    tiers: [
      [300, 2350],
      [1000, 2150],
    ],
    hsCode: '82152000',
    lead: [35, 50],
    capacity: [4000, 'month'],
    sample: knifeSample,
    origin: 'gujranwala',
    certs: ['iso9001'],
    keywords: CUTLERY_KW,
  }),
  cutlery({
    slug: 'hammered-handle-cutlery-set-16-pieces',
    exporter: 'gujranwala-steelware',
    name: t('Hammered-handle Cutlery Set, 16 Pieces', '锤纹柄不锈钢餐具 16 件套'),
    summary: t('Service for four with hand-hammered handles.', '四人份，手工锤纹刀柄。'),
    description: t(
      'Handles are hammered by hand for a textured, rustic look, then polished; service for four in 18/10 stainless. Because each handle is hammered by hand, no two sets look exactly alike.',
      '刀柄经手工锤打出纹理，呈质朴风格，再抛光处理；四人份，18/10 不锈钢。手工锤纹使每套外观都略有不同。',
    ),
    specs: [
      sp('Contents', '组成', '4 each of 4 pieces', '4 种各 4 件'),
      sp('Material', '材质', '18/10 stainless', '18/10 不锈钢'),
      sp('Finish', '表面', 'Hand-hammered handles, polished', '手工锤纹柄，抛光'),
      sp('Packing', '包装', 'Kraft gift box', '牛皮纸礼盒'),
    ],
    unit: 'set',
    tiers: [
      [500, 1350],
      [2000, 1220],
    ],
    hsCode: '82152000',
    lead: [35, 50],
    capacity: [3000, 'month'],
    sample: knifeSample,
    origin: 'gujranwala',
    certs: ['iso9001'],
    keywords: CUTLERY_KW,
  }),
  cutlery({
    slug: 'barbecue-tool-set-5-pieces-stainless-case',
    exporter: 'gujranwala-steelware',
    name: t('Barbecue Tool Set, 5 Pieces, Stainless, with Case', '不锈钢烧烤工具五件套 配收纳箱'),
    summary: t(
      'Tongs, spatula, fork, brush and skewers in an aluminium case.',
      '烧烤夹、铲、叉、刷和烤签，铝制收纳箱。',
    ),
    description: t(
      "Long-handled stainless barbecue tongs, spatula with a bottle opener, carving fork and basting brush, plus a set of skewers, fitted into an aluminium carry case. The buyer's logo can be printed on the case and etched on the handles.",
      '长柄不锈钢烧烤夹、带开瓶器的锅铲、切肉叉和刷油刷，另配一组烤签，全部收纳在铝制手提箱内。箱体可印、手柄可蚀刻客户 logo。',
    ),
    specs: [
      sp('Contents', '组成', 'Tongs, spatula, fork, brush, skewers', '烧烤夹、锅铲、叉、刷、烤签'),
      sp('Material', '材质', 'Stainless steel', '不锈钢'),
      sp('Handle length', '手柄长度', '42 cm', '42 厘米'),
      sp('Case', '收纳', 'Aluminium case', '铝制手提箱'),
    ],
    unit: 'set',
    tiers: [
      [300, 1650],
      [1000, 1480],
    ],
    hsCode: '82159900',
    lead: [35, 50],
    capacity: [3000, 'month'],
    sample: knifeSample,
    origin: 'gujranwala',
    certs: ['iso9001'],
    keywords: t('BBQ tools, grill set, barbecue utensils', '烧烤工具 烧烤套装 户外烧烤'),
  }),
  cutlery({
    slug: 'barbecue-tongs-and-spatula-set',
    exporter: 'gujranwala-steelware',
    name: t('Barbecue Tongs and Spatula Set', '烧烤夹与锅铲两件套'),
    summary: t('Two-piece grill set for supermarket promotions.', '两件套烧烤工具，适合超市促销。'),
    description: t(
      'A locking stainless tong and a slotted spatula with hanging loops, blister-carded for seasonal barbecue promotions. Production is scheduled ahead of the northern-hemisphere summer, so orders placed by February ship in time for the season.',
      '带锁扣的不锈钢烧烤夹和带孔锅铲，手柄有挂绳，吸塑卡装，适合季节性烧烤促销。我们在北半球夏季前集中排产，2 月前下单可赶上旺季出货。',
    ),
    specs: [
      sp('Contents', '组成', 'Tongs and spatula', '烧烤夹、锅铲'),
      sp('Material', '材质', 'Stainless steel', '不锈钢'),
      sp('Length', '长度', '40 cm', '40 厘米'),
      sp('Packing', '包装', 'Blister card', '吸塑卡装'),
    ],
    unit: 'set',
    tiers: [
      [1000, 560],
      [5000, 500],
    ],
    hsCode: '82159900',
    lead: [30, 45],
    capacity: [10000, 'month'],
    sample: knifeSample,
    origin: 'gujranwala',
    certs: ['iso9001'],
    keywords: t('grill tongs, BBQ spatula', '烧烤夹 烧烤铲'),
  }),
];

// ─── Export ──────────────────────────────────────────────────────────────────

export const goodsProducts: SeedProduct[] = [
  ...sportsGoods,
  ...surgicalDental,
  ...homeTextiles,
  ...leatherApparel,
  ...handicrafts,
  ...carpetsRugs,
  ...furniture,
  ...footwear,
  ...cutleryKitchen,
];
