import { describe, expect, it } from 'vitest';
import { highlightBbox, unionBbox } from './highlight-bbox';
import { A, C, fixtureRivers, fixtureStreets } from './test-fixture';

describe('highlightBbox', () => {
  it('unions the bboxes of the listed streets', () => {
    const b = highlightBbox({ streets: fixtureStreets() }, [A, C], []);
    expect(b).not.toBeNull();
    expect(b!.map((v) => +v.toFixed(6))).toEqual([116.44, 39.9, 116.47, 39.92]);
  });
  it('finds named places in the other loaded layers', () => {
    const b = highlightBbox({ streets: fixtureStreets(), rivers: fixtureRivers() }, [A], ['亮马河']);
    expect(b!.map((v) => +v.toFixed(6))).toEqual([116.44, 39.9, 116.5, 39.96]);
    expect(highlightBbox({ rivers: fixtureRivers() }, [], ['亮马河'])!.map((v) => +v.toFixed(6))).toEqual([116.45, 39.95, 116.5, 39.96]);
  });
  it('is null when nothing is loaded or nothing matches', () => {
    expect(highlightBbox({}, [A], ['亮马河'])).toBeNull();
    expect(highlightBbox({ streets: fixtureStreets() }, ['110101001000'], ['不存在河'])).toBeNull();
  });
  it('ignores non-finite boxes', () => {
    expect(unionBbox([[Infinity, -Infinity, -Infinity, Infinity]])).toBeNull();
    expect(unionBbox([[1, 2, 3, 4], [0, 3, 2, 5]])).toEqual([0, 2, 3, 5]);
  });
});
