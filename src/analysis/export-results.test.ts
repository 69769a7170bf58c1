import { describe, expect, it } from 'vitest';
import { csvCell, ruleResultToCsv, ruleResultToGeoJSON, stringifyGeoJSON, toCsv } from './export-results';
import { runRuleSync, BUILTIN_RULES } from './rules';
import type { AnyFeatureCollection } from './types';

describe('CSV export', () => {
  it('starts with a BOM, quotes separators/quotes/newlines and uses CRLF', () => {
    const csv = toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', 3]]);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv).toContain('"x,y","say ""hi"""\r\n');
    expect(csv).toContain('"line\nbreak",3\r\n');
  });
  it('never lets a spreadsheet evaluate a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('朝阳区')).toBe('朝阳区');
    expect(csvCell(null)).toBe('');
  });
});

describe('rule result export', () => {
  const layers: Record<string, AnyFeatureCollection> = {
    wellheads: { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'w1', properties: {}, geometry: { type: 'Point', coordinates: [116.4, 39.9] } }] },
    'pollution-sources': {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: '=cmd', properties: { kind: '垃圾' }, geometry: { type: 'Point', coordinates: [116.4001, 39.9001] } },
        { type: 'Feature', id: 'far', properties: {}, geometry: { type: 'Point', coordinates: [116.41, 39.9] } },
      ],
    },
  };
  const rule = BUILTIN_RULES.find((r) => r.id === 'wellhead-30m');
  if (!rule) throw new Error('rule missing');
  const res = runRuleSync(rule, layers);
  it('writes one CSV row per hit with the guard applied to ids', () => {
    const lines = ruleResultToCsv(res, 'en').split('\r\n');
    expect(lines[0]).toBe('\uFEFFrule,radius (m),centre layer,centre id,target layer,target id,distance (m)');
    expect(lines[1]).toMatch(/^wellhead-30m,30,wellheads,w1,pollution-sources,'=cmd,14\.0\d$/);
    expect(lines).toHaveLength(3);
  });
  it('writes GeoJSON with the centre, its zone and the hit target', () => {
    const fc = ruleResultToGeoJSON(res, layers);
    expect(fc.features.map((f) => f.properties?._role)).toEqual(['center', 'zone', 'target']);
    const text = stringifyGeoJSON(fc);
    expect(text).toContain('[116.4001,39.9001]');
    expect(JSON.parse(text).features[2].properties._distance_m).toBe(res.hits[0].distance_m);
  });
});
