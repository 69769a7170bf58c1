import { describe, expect, it } from 'vitest';
import { THEME } from '../theme';
import { basemapStyle, basemapVisibility, tiandituTiles } from './style';

describe('basemaps', () => {
  it('is offline by default: a background only, no sources, no glyph server', () => {
    const s = basemapStyle(THEME, {});
    expect(Object.keys(s.sources)).toEqual([]);
    expect(s.layers.map((l) => l.id)).toEqual(['background']);
    expect(s.glyphs).toBeUndefined();
  });

  it('adds Tianditu Web Mercator (_w) vector and label tiles with the key, attribution and review number', () => {
    const s = basemapStyle(THEME, { tiandituKey: 'k&1', tiandituReviewNo: 'GS(0000)000号' });
    const src = s.sources['basemap-tianditu'] as { tiles: string[]; attribution: string };
    expect(src.tiles).toHaveLength(8);
    expect(src.tiles[0]).toMatch(/^https:\/\/t0\.tianditu\.gov\.cn\/vec_w\/wmts\?.*TILEMATRIXSET=w.*tk=k%261$/);
    expect(src.attribution).toContain('天地图');
    expect(src.attribution).toContain('GS(0000)000号');
    expect(tiandituTiles('cva', 'x')[7]).toContain('t7.tianditu.gov.cn/cva_w/');
    expect(s.layers.find((l) => l.id === 'basemap-tianditu')?.layout).toEqual({ visibility: 'none' });
  });

  it('adds an OpenStreetMap raster when a tile URL is configured, and switches by visibility', () => {
    const s = basemapStyle(THEME, { osmTileUrl: 'https://tile.example/{z}/{x}/{y}.png' });
    expect((s.sources['basemap-osm'] as { attribution: string }).attribution).toContain('OpenStreetMap');
    expect(basemapVisibility('osm')).toEqual({ 'basemap-tianditu': 'none', 'basemap-tianditu-label': 'none', 'basemap-osm': 'visible' });
    expect(basemapVisibility('offline')['basemap-osm']).toBe('none');
  });
});
