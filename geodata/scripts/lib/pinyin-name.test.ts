import { describe, expect, it } from 'vitest';
import { streetNameEn } from './pinyin-name';

describe('street English names', () => {
  it('gives pinyin plus the unit type', () => {
    expect(streetNameEn('建外街道')).toBe('Jianwai Subdistrict');
    expect(streetNameEn('高碑店地区')).toBe('Gaobeidian Area');
    expect(streetNameEn('宋庄镇')).toBe('Songzhuang Town');
    expect(streetNameEn('于家务回族乡')).toBe('Yujiawu Hui Ethnic Township');
  });
});
