import type { SeedExporter, SeedProduct } from '../types';
import { categories } from './categories';
import { foodExporters } from './exporters-food';
import { goodsExporters } from './exporters-goods';
import { foodProducts } from './products-food';
import { goodsProducts } from './products-goods';

export { categories };
export const exporters: SeedExporter[] = [...foodExporters, ...goodsExporters];
export const products: SeedProduct[] = [...foodProducts, ...goodsProducts];

/** Demo exchange rates (units per US dollar); the operator keeps the real ones. */
export const rates = { CNY: '7.120000', PKR: '281.500000' } as const;
