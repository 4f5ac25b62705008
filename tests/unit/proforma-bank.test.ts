import { describe, expect, it } from 'vitest';
import { fieldErrors, profileForm } from '~/features/exporter/schema';
import { ibanSchema, paymentProofForm, raastSchema, swiftSchema } from '~/features/proforma/schema';

const ok = <T>(r: { success: true; data: T } | { success: false }) => (r.success ? r.data : undefined);
const code = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) => r.error?.issues[0]?.message;

describe('bank details', () => {
  it('accepts Pakistani and other IBANs with a valid mod-97 checksum, spaced or not', () => {
    expect(ok(ibanSchema.safeParse('PK36SCBL0000001123456702'))).toBe('PK36SCBL0000001123456702');
    expect(ok(ibanSchema.safeParse('pk36 scbl 0000 0011 2345 6702'))).toBe('PK36SCBL0000001123456702');
    expect(ok(ibanSchema.safeParse('GB82 WEST 1234 5698 7654 32'))).toBe('GB82WEST12345698765432');
  });

  it('refuses an IBAN with a wrong check digit, a wrong length or a wrong country format', () => {
    expect(code(ibanSchema.safeParse('PK36SCBL0000001123456703'))).toBe('invalidIban');
    expect(code(ibanSchema.safeParse('PK36SCBL000000112345670'))).toBe('invalidIban');
    expect(code(ibanSchema.safeParse('PK36SCBL00000011234567AB'))).toBe('invalidIban');
    expect(code(ibanSchema.safeParse('XX00'))).toBe('invalidIban');
    expect(code(ibanSchema.safeParse('P'.repeat(500)))).toBe('invalidIban');
  });

  it('accepts SWIFT/BIC codes of 8 or 11 characters only', () => {
    expect(ok(swiftSchema.safeParse('HABBPKKA'))).toBe('HABBPKKA');
    expect(ok(swiftSchema.safeParse('habbpkka xxx'))).toBe('HABBPKKAXXX');
    expect(code(swiftSchema.safeParse('HABBPKK'))).toBe('invalidSwift');
    expect(code(swiftSchema.safeParse('HABBPKKAXX'))).toBe('invalidSwift');
    expect(code(swiftSchema.safeParse('1ABBPKKA'))).toBe('invalidSwift');
  });

  it('takes a Raast ID as a PK IBAN or a mobile number alias', () => {
    expect(ok(raastSchema.safeParse('0300 1234567'))).toBe('03001234567');
    expect(ok(raastSchema.safeParse('+92 300 1234567'))).toBe('03001234567');
    expect(ok(raastSchema.safeParse('PK36SCBL0000001123456702'))).toBe('PK36SCBL0000001123456702');
    expect(code(raastSchema.safeParse('GB82WEST12345698765432'))).toBe('invalidRaast');
    expect(code(raastSchema.safeParse('12345'))).toBe('invalidRaast');
  });
});

describe('profile form with payment instructions', () => {
  const company = { nameEn: 'Khewra Crystal Salt Works', city: 'karachi', inquiryEmail: 'export@khewra.example' };
  const bank = {
    payBeneficiary: 'Khewra Crystal Salt Works (Pvt) Ltd',
    payBank: 'Habib Bank Limited',
    payBankAddress: 'I.I. Chundrigar Road, Karachi',
    paySwift: 'HABBPKKA',
    payIban: 'PK36 SCBL 0000 0011 2345 6702',
    payCurrency: 'USD',
    payRaast: '',
  };

  it('stores none when every payment field is empty', () => {
    const parsed = profileForm.safeParse(company);
    expect(parsed.success && parsed.data.payment).toBeNull();
  });

  it('keeps complete instructions, the IBAN compacted', () => {
    const parsed = profileForm.safeParse({ ...company, ...bank });
    expect(parsed.success && parsed.data.payment).toEqual({
      beneficiary: 'Khewra Crystal Salt Works (Pvt) Ltd',
      bank: 'Habib Bank Limited',
      bankAddress: 'I.I. Chundrigar Road, Karachi',
      swift: 'HABBPKKA',
      iban: 'PK36SCBL0000001123456702',
      currency: 'USD',
      raast: '',
    });
  });

  it('refuses half-filled or wrong instructions field by field', () => {
    const parsed = profileForm.safeParse({
      ...company,
      payBeneficiary: 'Khewra',
      payIban: 'PK00SCBL0000001123456702',
      paySwift: 'HABB',
      payCurrency: 'EUR',
      payRaast: 'x',
    });
    expect(parsed.success).toBe(false);
    const errors = parsed.success ? {} : fieldErrors(parsed.error);
    expect(errors).toMatchObject({
      'payment.bank': 'required',
      'payment.iban': 'invalidIban',
      'payment.swift': 'invalidSwift',
      'payment.currency': 'required',
    });
    expect(errors['payment.raast']).toBeDefined();
  });
});

describe('payment record form', () => {
  const form = {
    reference: 'PKP-2026-000123',
    token: 'a-long-private-token',
    bank: 'Bank of China, Yiwu branch',
    transferReference: 'UETR 9f3c',
    amount: '103,068.00',
    currency: 'USD',
    paidOn: '2026-12-03',
  };

  it('keeps the amount as an exact decimal string', () => {
    const parsed = paymentProofForm.safeParse(form);
    expect(parsed.success && parsed.data.amount).toBe('103068.00');
  });

  it('refuses an amount with three decimals, a zero amount, an unknown currency and a missing date', () => {
    for (const [field, value, expected] of [
      ['amount', '10.001', 'invalidAmount'],
      ['amount', '0.00', 'invalidAmount'],
      ['currency', 'EUR', 'required'],
      ['paidOn', '', 'invalidDate'],
      ['bank', '', 'required'],
    ] as const) {
      const parsed = paymentProofForm.safeParse({ ...form, [field]: value });
      expect(parsed.success ? {} : fieldErrors(parsed.error)).toMatchObject({ [field]: expected });
    }
  });
});
