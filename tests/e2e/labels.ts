/**
 * Labels of the forms several browser tests fill in (the inquiry form, the quote editor, the buyer's answer
 * to a quote), in both languages: what a visitor reads on the page, found by role and label.
 */

export const INQUIRY_FORM = {
  en: {
    add: 'Add to inquiry',
    added: 'In your inquiry',
    basket: 'Inquiry basket',
    name: 'Name',
    company: 'Company',
    email: 'E-mail',
    phone: 'Phone',
    port: 'Destination port',
    incoterm: 'Incoterm',
    consent: /I agree/,
    submit: 'Send inquiry',
    sent: 'Your inquiry has been sent',
  },
  zh: {
    add: '加入询盘',
    added: '已加入询盘',
    basket: '询盘篮',
    name: '姓名',
    company: '公司名称',
    email: '电子邮箱',
    phone: '电话',
    port: '目的港',
    incoterm: '贸易术语',
    consent: /我同意/,
    submit: '发送询盘',
    sent: '询盘已发送',
  },
} as const;

export const QUOTE_EDITOR = {
  en: {
    line1: 'Line 1',
    quantity: 'Quantity',
    unitPrice: 'Unit price',
    leadTime: 'Lead time (days after deposit)',
    send: 'Send quotation',
    quoteSent: 'Quotation sent to the buyer.',
  },
  zh: {
    line1: '第 1 行',
    quantity: '数量',
    unitPrice: '单价',
    leadTime: '交货期（收到定金后天数）',
    send: '发送报价单',
    quoteSent: '报价单已发送给买家。',
  },
} as const;

export const QUOTE_ANSWER = {
  en: {
    reviseLabel: 'What should the exporter change?',
    revise: 'Ask for a revision',
    revisionAsked: 'Your request is sent to the exporter.',
    revisionShown: 'The buyer asked for a revision',
    accept: 'Accept this quotation',
    proformaLink: /Open proforma invoice PI-KCSW-\d{4}-\d{4}/,
    pdfLink: /Download proforma invoice PI-KCSW-\d{4}-\d{4} \(PDF\)/,
  },
  zh: {
    reviseLabel: '希望出口商修改哪些内容？',
    revise: '要求修改报价',
    revisionAsked: '您的修改要求已发送给出口商。',
    revisionShown: '买家要求修改报价',
    accept: '接受此报价',
    proformaLink: /查看形式发票 PI-KCSW-\d{4}-\d{4}/,
    pdfLink: /下载形式发票 PI-KCSW-\d{4}-\d{4}（PDF）/,
  },
} as const;
