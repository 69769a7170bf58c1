import { describe, expect, it } from 'vitest';
import { IssueCollector } from './issues';
import { MAX_STRING_CHARS, sanitizeProperties } from './sanitize';

const run = (props: unknown) => {
  const issues = new IssueCollector('f.geojson');
  const out = sanitizeProperties(props, { issues, where: { featureIndex: 7 } });
  return { out: out ?? {}, issues: issues.all() };
};

describe('sanitizeProperties', () => {
  it('keeps JSON values verbatim and copies into fresh plain objects', () => {
    const input = { s: '<b>x</b>', n: 1.5, b: false, z: null, a: [1, 'two', { k: 'v' }], o: { deep: { er: 'ok' } } };
    const { out, issues } = run(input);
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
    expect(out.o).not.toBe(input.o);
    expect(issues).toEqual([]);
  });

  it('drops __proto__ / constructor / prototype keys from parsed JSON without polluting anything', () => {
    const parsed = JSON.parse('{"__proto__":{"isAdmin":true},"a":{"constructor":{"prototype":{"isAdmin":true}}},"prototype":1,"ok":1}') as unknown;
    const { out, issues } = run(parsed);
    expect(out).toEqual({ a: {}, ok: 1 });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(issues.map((i) => [i.code, i.params?.property, i.featureIndex])).toEqual([
      ['unsafe-key-dropped', '__proto__', 7],
      ['unsafe-key-dropped', 'a.constructor', 7],
      ['unsafe-key-dropped', 'prototype', 7],
    ]);
  });

  it('drops functions, symbols, bigints, non-finite numbers and class instances; dates become ISO strings', () => {
    const { out, issues } = run({ f: () => 1, sym: Symbol('s'), big: BigInt(1), inf: Infinity, map: new Map(), d: new Date(Date.UTC(2024, 2, 1)), keep: 'x' });
    expect(out).toEqual({ d: '2024-03-01T00:00:00.000Z', keep: 'x' });
    expect(issues.every((i) => i.code === 'non-json-value-dropped')).toBe(true);
    expect(issues).toHaveLength(5);
  });

  it(`truncates strings over ${MAX_STRING_CHARS} characters with a warning`, () => {
    const long = 'a'.repeat(MAX_STRING_CHARS + 5);
    const { out, issues } = run({ long });
    expect(out.long).toHaveLength(MAX_STRING_CHARS);
    expect(issues[0]).toMatchObject({ code: 'string-truncated', severity: 'warning', featureIndex: 7, params: { property: 'long', length: MAX_STRING_CHARS + 5 } });
    expect(issues[0].message).toMatch(/^f\.geojson: feature 7: /);
  });

  it('drops absurdly deep nesting instead of recursing forever', () => {
    let deep: Record<string, unknown> = { end: true };
    for (let i = 0; i < 100; i++) deep = { d: deep };
    const { issues } = run({ deep });
    expect(issues.map((i) => i.code)).toEqual(['too-deep-value-dropped']);
  });

  it('flattens togeojson html descriptions to their text and replaces non-object properties', () => {
    expect(run({ description: { '@type': 'html', value: '<i>x</i>' } }).out).toEqual({ description: '<i>x</i>' });
    expect(run('not an object').out).toEqual({});
    expect(run(null).out).toEqual({});
  });

  it('caps repeated issues per code and summarises the rest', () => {
    const issues = new IssueCollector('big.csv', 3);
    for (let i = 0; i < 10; i++) issues.push('nan-coordinates', 'warning', 'bad', { featureIndex: i });
    const all = issues.all();
    expect(all).toHaveLength(4);
    expect(all[3]).toMatchObject({ code: 'issues-truncated', params: { code: 'nan-coordinates', total: 10, omitted: 7 } });
  });
});
