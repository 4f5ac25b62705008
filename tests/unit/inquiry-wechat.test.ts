import { describe, expect, it } from 'vitest';
import { parseInquiry } from '~/features/inquiry/schema';
import { getT } from '~/i18n';
import { errorMessage } from '~/i18n/errors';

const inquiry = (wechat: string) => ({
  locale: 'zh',
  buyer: { name: '王伟', company: '上海海盐贸易有限公司', email: 'wang@importer.example.cn', phone: '+86 138 0000 0000', wechat },
  destinationPort: 'shanghai',
  incoterm: 'FOB',
  consent: true,
  items: [{ product: 'pink-salt-coarse-2-5mm-25kg-bags', quantity: 40, unit: 'ton' }],
});

const wechatError = (wechat: string) => {
  const result = parseInquiry(inquiry(wechat));
  return 'errors' in result ? result.errors['buyer.wechat'] : undefined;
};

describe('WeChat ID on the inquiry form', () => {
  it.each(['wangwei_sh', 'Li-Na-2026', ''])('accepts %j', (wechat) => {
    expect(wechatError(wechat)).toBeUndefined();
  });

  it.each(['13800000000', '138 0000 0000', '+86 13800000000', '138-0000-0000'])('tells a buyer who typed the mobile number %j where it belongs', (wechat) => {
    expect(wechatError(wechat)).toBe('wechatIsPhone');
    expect(errorMessage(getT('zh'), 'inquiry', 'wechatIsPhone')).toBe('请填写微信号，而不是手机号；手机号请填在电话一栏。');
    expect(errorMessage(getT('en'), 'inquiry', 'wechatIsPhone')).toMatch(/WeChat ID.*not your mobile number/);
  });

  it.each(['wx', '1abcdef', 'wang wei', '王伟微信'])('refuses %j as no WeChat ID', (wechat) => {
    expect(wechatError(wechat)).toBe('invalidWechat');
  });
});
