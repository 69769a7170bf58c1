/**
 * Basemaps. The default is offline: a plain background with our own district and street outlines on
 * top (no key, no network, no glyph server; labels are drawn by deck.gl's TextLayer from system fonts).
 * Tianditu (VITE_TIANDITU_KEY, Web Mercator `_w` tiles, aligned with WGS84/CGCS2000) and OpenStreetMap
 * (VITE_OSM_TILE_URL) are optional raster layers under our data.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Theme } from '../theme';

export interface BasemapConfig {
  tiandituKey?: string;
  /** e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png or a self-hosted mirror */
  osmTileUrl?: string;
  /** 审图号 shown with Tianditu tiles; set from the Tianditu terms in force (VITE_TIANDITU_REVIEW_NO) */
  tiandituReviewNo?: string;
}

export const tiandituTiles = (layer: 'vec' | 'cva' | 'img', key: string) =>
  [0, 1, 2, 3, 4, 5, 6, 7].map(
    (n) =>
      `https://t${n}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  );

export function basemapStyle(theme: Theme, cfg: BasemapConfig): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    name: 'eco-map-offline',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': theme.background } }],
  };
  if (cfg.tiandituKey) {
    style.sources['basemap-tianditu'] = {
      type: 'raster',
      tiles: tiandituTiles('vec', cfg.tiandituKey),
      tileSize: 256,
      maxzoom: 18,
      attribution: `天地图 © 国家地理信息公共服务平台${cfg.tiandituReviewNo ? ` · ${cfg.tiandituReviewNo}` : ''}`,
    };
    style.sources['basemap-tianditu-label'] = { type: 'raster', tiles: tiandituTiles('cva', cfg.tiandituKey), tileSize: 256, maxzoom: 18 };
    style.layers.push(
      { id: 'basemap-tianditu', type: 'raster', source: 'basemap-tianditu', layout: { visibility: 'none' } },
      { id: 'basemap-tianditu-label', type: 'raster', source: 'basemap-tianditu-label', layout: { visibility: 'none' } },
    );
  }
  if (cfg.osmTileUrl) {
    style.sources['basemap-osm'] = { type: 'raster', tiles: [cfg.osmTileUrl], tileSize: 256, maxzoom: 19, attribution: '© OpenStreetMap contributors' };
    style.layers.push({ id: 'basemap-osm', type: 'raster', source: 'basemap-osm', layout: { visibility: 'none' } });
  }
  return style;
}

/** Which style layers to show for a basemap choice. */
export function basemapVisibility(choice: 'offline' | 'tianditu' | 'osm'): Record<string, 'visible' | 'none'> {
  return {
    'basemap-tianditu': choice === 'tianditu' ? 'visible' : 'none',
    'basemap-tianditu-label': choice === 'tianditu' ? 'visible' : 'none',
    'basemap-osm': choice === 'osm' ? 'visible' : 'none',
  };
}

const env = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env ?? {};
export const BASEMAP_CONFIG: BasemapConfig = {
  tiandituKey: env.VITE_TIANDITU_KEY || undefined,
  osmTileUrl: env.VITE_OSM_TILE_URL || undefined,
  tiandituReviewNo: env.VITE_TIANDITU_REVIEW_NO || undefined,
};
