import { describe, expect, it } from 'vitest';
import { companyLabel, currencyFamily, listingLabel } from '../../src/format/listings.js';
import { alibaba } from './answerFixtures.js';

const shell = {
  id: 'shell', name: 'Shell plc', aliases: [],
  listings: [
    { ticker: 'SHEL', exchange: 'LSE', currency: 'GBX' },
    { ticker: 'SHEL', exchange: 'NYSE', currency: 'USD' },
    { ticker: 'R6C0', exchange: 'XETRA', currency: 'EUR' },
    { ticker: 'SHELL', exchange: 'AMS', currency: 'EUR' },
    { ticker: 'X_1', exchange: 'MOON', currency: 'EUR' },
  ],
};

describe('listingLabel', () => {
  it.each([
    [alibaba, 'USD', 'New York · BABA (USD)'],
    [alibaba, 'HKD', 'Hong Kong · 9988 (HKD)'],
    [alibaba, 'JPY', 'JPY quote'],
    [shell, 'GBP', 'London · SHEL (GBP)'],
    [shell, 'EUR', 'Xetra · R6C0 / Amsterdam · SHELL / MOON · X\\_1 (EUR)'],
  ])('%s in %s', (company, currency, label) => {
    expect(listingLabel(company, currency)).toBe(label);
  });

  it('treats pence and pounds as one currency and every other code as its own', () => {
    expect(currencyFamily('GBX')).toBe('GBP');
    expect(currencyFamily('ZAR')).toBe('ZAR');
  });
});

describe('companyLabel', () => {
  it('names the company with up to four distinct tickers, escaped', () => {
    expect(companyLabel(alibaba)).toBe('Alibaba Group (BABA · 9988 · AHLA)');
    expect(companyLabel(shell)).toBe('Shell plc (SHEL · R6C0 · SHELL · X\\_1)');
    expect(companyLabel({ ...shell, name: '**@everyone**', listings: [] })).toBe('\\*\\*@\u200beveryone\\*\\*');
  });
});
