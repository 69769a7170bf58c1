import { describe, expect, it } from 'vitest';
import { loadStreetUnits, resolveStreetName, resolveStreetCandidates, normaliseStreetName } from './streets';
import { readTownCsv } from './street-units-source';

const CHAOYANG_43 = [
  '安贞街道', '建外街道', '左家庄街道', '望京街道', '潘家园街道', '团结湖街道', '小关街道', '大屯街道指标', '八里庄街道',
  '劲松街道', '呼家楼街道', '亚运村街道', '酒仙桥街道', '麦子店街道', '六里屯街道', '东湖街道指标', '朝外街道', '三里屯街道',
  '双井街道', '和平街街道', '香河园街道', '首都机场街道', '垡头街道', '奥运村街道', '高碑店乡指标', '太阳宫乡', '平房乡', '东坝乡',
  '黑庄户乡', '东风乡', '孙河乡', '南磨房乡', '十八里店乡', '小红门乡指标', '金盏乡', '管庄乡', '三间房乡', '将台乡', '来广营乡',
  '王四营乡', '崔各庄乡', '常营乡', '豆各庄乡',
];
const DONGCHENG_17 = ['交道口', '前门', '崇文门外', '东花市', '体育馆路', '天坛', '东四', '安定门', '永外', '朝阳门', '东直门', '龙潭', '东华门', '景山', '和平里', '北新桥', '建国门'];

describe('street units', () => {
  it('has 349 Beijing units with unique 12-digit ids, equal to town.csv', () => {
    const units = loadStreetUnits();
    expect(units).toHaveLength(349);
    expect(new Set(units.map((u) => u.id)).size).toBe(349);
    for (const u of units) expect(u.id).toMatch(/^11\d{10}$/);
    expect(units.map((u) => u.id)).toEqual(readTownCsv().map((u) => u.id));
  });

  it('resolves all 43 Chaoyang units of 000:2111–2464 to distinct Chaoyang codes', () => {
    const ids = CHAOYANG_43.map((n) => resolveStreetName(n, '110105')?.id);
    expect(ids.every((id) => id?.startsWith('110105'))).toBe(true);
    expect(new Set(ids).size).toBe(43);
    // also without a district hint, except the duplicated name 八里庄街道 (Chaoyang and Haidian)
    const noHint = CHAOYANG_43.filter((n) => n !== '八里庄街道').map((n) => resolveStreetName(n)?.id);
    expect(noHint.every((id) => id?.startsWith('110105'))).toBe(true);
  });

  it('resolves all 17 Dongcheng units of 002:253', () => {
    const ids = DONGCHENG_17.map((n) => resolveStreetName(n, '东城区')?.id);
    expect(new Set(ids).size).toBe(17);
    expect(ids.every((id) => id?.startsWith('110101'))).toBe(true);
    expect(resolveStreetName('永外')?.name).toBe('永定门外街道');
  });

  it('maps 乡 ↔ 地区 variants, 经开区 and strips 指标', () => {
    expect(resolveStreetName('高碑店乡')?.name).toBe('高碑店地区');
    expect(resolveStreetName('高碑店地区')?.id).toBe('110105022000');
    expect(resolveStreetName('经开区')?.id).toBe('110115403000');
    expect(normaliseStreetName(' 大屯街道指标 ')).toBe('大屯街道');
    expect(resolveStreetName('于家务乡')?.name).toBe('于家务回族乡');
  });

  it('reports ambiguity instead of guessing', () => {
    expect(resolveStreetCandidates('八里庄街道')).toHaveLength(2);
    expect(resolveStreetName('八里庄街道')).toBeNull();
    expect(resolveStreetName('八里庄街道', '110108')?.districtCode).toBe('110108');
    expect(resolveStreetName('八里庄', '朝阳区')?.districtCode).toBe('110105');
    expect(resolveStreetName('不存在街道')).toBeNull();
  });
});
