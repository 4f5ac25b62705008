import { describe, expect, it } from 'vitest';
import { COMPLIANCE, complianceForCategory, complianceForProduct } from '~/features/catalog/compliance';
import { REFERENCE } from '~/server/reference/reference.server';

const ids = (category: string, nameEn: string, hsCode: string) => {
  const c = complianceForProduct(category, { nameEn, hsCode });
  return { ids: c.rules.map((r) => r.id), food: c.food };
};

describe('what applies when importing into China', () => {
  it('names, for every category, at least one requirement of its own beside the tariff preference, with a source in both languages', () => {
    for (const c of REFERENCE.categories.categories) {
      const rules = complianceForCategory(c.slug);
      expect(rules.filter((r) => r.categories !== '*').length, c.slug).toBeGreaterThan(0);
      expect(rules.map((r) => r.id)).toContain('cpfta');
    }
    const slugs = new Set(REFERENCE.categories.categories.map((c) => c.slug));
    for (const r of COMPLIANCE.rules) {
      if (r.categories !== '*') for (const s of r.categories) expect(slugs.has(s), `${r.id}: ${s}`).toBe(true);
      expect(r.source.en && r.source.zh && r.text.en && r.text.zh).toBeTruthy();
    }
  });

  it('does not call lick blocks, bath salt or salt-room bricks food, and sends lick blocks to the feed rules', () => {
    expect(ids('himalayan-salt', 'Natural Lick Salt with Rope, 2–5 kg', '25010019')).toEqual({ ids: ['salt-lick', 'cpfta'], food: false });
    expect(ids('himalayan-salt', 'Pink Bath Salt, Coarse 2–5 mm', '25010019')).toMatchObject({ food: false });
    expect(ids('himalayan-salt', 'Salt Bricks for Salt Rooms, 20×10×5 cm', '25010019')).toMatchObject({ food: false });
    expect(ids('himalayan-salt', 'Pink Salt, Fine 0.5–1 mm, 25 kg Bags', '25010011')).toEqual({ ids: ['salt-food', 'cpfta'], food: true });
  });

  it('asks CCC for mains salt lamps, NMPA filing for surgical instruments but not for beauty tools, and the protocols for mango and kinnow', () => {
    expect(ids('handicrafts', 'Natural Himalayan Salt Lamp, 2–3 kg', '94052900').ids).toContain('lamps-ccc');
    expect(ids('handicrafts', 'Natural Himalayan Salt Lamp, 2–3 kg', '94052900').ids).not.toContain('crafts');
    expect(ids('surgical-dental', 'Mayo Dissecting Scissors, Straight, 17 cm', '90189090').ids).toContain('medical-device');
    expect(ids('surgical-dental', 'Slant-tip Eyebrow Tweezers', '82032000').ids).toEqual(['beauty-tools', 'cpfta']);
    expect(ids('fruits-dates', 'White Chaunsa Mango, Air, 5 kg', '08045020').ids).toEqual(['fruit-mango', 'cpfta']);
    expect(ids('fruits-dates', 'Kinnow Mandarin, Count 72–80', '08052100').ids).toEqual(['fruit-citrus', 'cpfta']);
  });

  it('names the China–Pakistan FTA certificate of origin in both languages', () => {
    const cpfta = COMPLIANCE.rules.find((r) => r.id === 'cpfta')!;
    expect(cpfta.text.en).toContain('Form P');
    expect(cpfta.text.zh).toContain('中国—巴基斯坦自由贸易区原产地证书');
  });
});
