import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it('starts with a BOM and uses CRLF', () => {
    const s = toCsv(['街乡', 'PM2.5'], [['安贞街道', 31]]);
    expect(s.charCodeAt(0)).toBe(0xfeff);
    expect(s).toBe('\uFEFF街乡,PM2.5\r\n安贞街道,31\r\n');
  });
  it('quotes commas, quotes and newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('x\ny')).toBe('"x\ny"');
  });
  it('neutralises formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell(-1)).toBe('-1');
  });
});
