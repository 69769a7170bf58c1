import { describe, expect, it } from 'vitest';
import { normaliseDeadline } from './deadline';
import { resolveParties } from './parties';
import { findPlaces } from './places';

describe('normaliseDeadline', () => {
  it('maps the §5.2 vocabulary', () => {
    expect(normaliseDeadline('年底前', 2023)).toEqual({ raw: '年底前', kind: 'yearEnd', date: '2023-12-31' });
    expect(normaliseDeadline('年度前', 2024)).toMatchObject({ kind: 'yearEnd', date: '2024-12-31' });
    expect(normaliseDeadline('长期 实施', 2023)).toMatchObject({ kind: 'ongoing' });
    expect(normaliseDeadline('持续推进', 2023)).toMatchObject({ kind: 'ongoing' });
    expect(normaliseDeadline('4月1日起长期实施', 2023)).toMatchObject({ kind: 'ongoing' });
    expect(normaliseDeadline('6-9月', 2023)).toMatchObject({ kind: 'window', from: '06', to: '09' });
    expect(normaliseDeadline('4—9月', 2023)).toMatchObject({ kind: 'window', from: '04', to: '09' });
    expect(normaliseDeadline('6月-9月', 2023)).toMatchObject({ kind: 'window', from: '06', to: '09' });
    expect(normaliseDeadline('9月底前', 2023)).toMatchObject({ kind: 'date', date: '2023-09-30' });
    expect(normaliseDeadline('6月底', 2022)).toMatchObject({ kind: 'date', date: '2022-06-30' });
    expect(normaliseDeadline('3月底', 2024)).toMatchObject({ kind: 'date', date: '2024-03-31' });
    expect(normaliseDeadline('11月15日前', 2023)).toMatchObject({ kind: 'date', date: '2023-11-15' });
    expect(normaliseDeadline('按时间节点完成', 2023)).toMatchObject({ kind: 'milestones' });
    expect(normaliseDeadline('按时间节点', 2023)).toMatchObject({ kind: 'milestones' });
    expect(normaliseDeadline('按市局工作要求', 2024)).toMatchObject({ kind: 'asRequired' });
    expect(normaliseDeadline('', 2023)).toMatchObject({ kind: 'none' });
    expect(normaliseDeadline('明年再说', 2023)).toEqual({ raw: '明年再说', kind: 'other' });
  });
});

describe('resolveParties', () => {
  const cy = { district: '110105' };
  it('splits concatenated cells by longest match', () => {
    expect(resolveParties('区住房城乡建设委市规划自然资源委朝阳分局', cy).ids).toEqual(['110105:区住房城乡建设委', 'bj:市规划自然资源委朝阳分局']);
    expect(resolveParties('区市场监管局区应急局', cy).ids).toEqual(['110105:区市场监管局', '110105:区应急局']);
    expect(resolveParties('朝阳园管委会（区科信局）区生态环境局', cy).ids).toEqual(['110105:朝阳园管委会（区科信局）', '110105:区生态环境局']);
    expect(resolveParties('市规划自然资源委通州分局区水务局', { district: '110112' }).ids).toEqual(['bj:市规划自然资源委通州分局', '110112:区水务局']);
  });
  it('applies aliases to one canonical unit', () => {
    expect(resolveParties('区城管委', cy).ids).toEqual(resolveParties('区城市管理委', cy).ids);
    expect(resolveParties('朝阳园管委会（区科技和信息化局）', cy).ids).toEqual(['110105:朝阳园管委会（区科信局）']);
    expect(resolveParties('区住建委', { district: '110101' }).ids).toEqual(['110101:区住房城乡建设委']);
    expect(resolveParties('东城规自分局', { district: '110101' }).ids).toEqual(['bj:市规划自然资源委东城分局']);
  });
  it('expands street groups and named streets', () => {
    expect(resolveParties('各街乡', cy)).toMatchObject({ streetAll: true, unknown: [] });
    expect(resolveParties('相关乡', cy)).toMatchObject({ streetXiang: true });
    expect(resolveParties('相关街乡', cy)).toMatchObject({ streetUnspecified: true, streetAll: false });
    expect(resolveParties('王四营乡金盏乡', cy).streetIds).toEqual(['110105042000', '110105036000']);
    expect(resolveParties('交道口街道天街集团', { district: '110101' }).ids).toEqual(['street:110101003000', '110101:天街集团']);
  });
  it('reports what it does not know', () => {
    expect(resolveParties('区生态环境局火星办', cy).unknown).toEqual(['火星办']);
  });
});

describe('findPlaces', () => {
  it('prefers the longest name and needs context for plants', () => {
    const p = findPlaces('围绕宋庄镇中坝河开展整治', '110112');
    expect(p).toEqual([
      { name: '宋庄镇', kind: 'street', streetId: '110112104000' },
      { name: '中坝河', kind: 'river' },
    ]);
    expect(findPlaces('高碑店、小红门、定福庄等城镇污水处理厂', '110105').map((x) => x.name)).toEqual(['高碑店污水处理厂', '小红门污水处理厂', '定福庄污水处理厂']);
    expect(findPlaces('温榆河公园建设', '110105')).toEqual([{ name: '温榆河公园', kind: 'park' }]);
  });
  it('reads short street names in enumerations', () => {
    expect(findPlaces('在平房、来广营、望京等汽修集群', '110105').map((x) => x.streetId)).toEqual(['110105029000', '110105032000', '110105026000']);
  });
});
