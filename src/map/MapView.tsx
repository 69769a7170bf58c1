/**
 * The map: MapLibre (offline basemap + our layers as native layers) with one deck.gl overlay
 * (labels, aggregations, zones). Reads the store, calls the pure builders, and diffs the result
 * into the map. Holds no domain logic.
 */
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import { Map as MlMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureCollection } from 'geojson';
import type { ManifestLayer } from '../data/manifest';
import { useStore } from '../state/store';
import { basemapStyle, basemapVisibility, BASEMAP_CONFIG } from './basemap/style';
import { labelLayer, labelPoints } from './layers/labels';
import { buildLayerSpecs } from './layers/registry';
import { streetLayers, streetStates, type StreetState } from './layers/streets';
import type { MapLayerSpec } from './layers/types';
import { THEME } from './theme';
import { useExtraDeckLayers } from './extra-layers';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** e2e hooks: idle count and the map instance */
    __ecoMap?: { map: MlMap; idleCount: number };
  }
}

/** Draw order: polygons under lines under points; base layers first. */
const ORDER: Record<string, number> = { streets: 0, districts: 1, 'management-areas': 2, parks: 3 };
const orderOf = (l: Pick<ManifestLayer, 'id' | 'geometry'>) => ORDER[l.id] ?? (l.geometry === 'Polygon' ? 5 : l.geometry === 'LineString' ? 9 : 10);

export function MapView() {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MlMap | null>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const applied = useRef(new Map<string, { data: FeatureCollection; specs: string; visible: boolean }>());
  const orderKey = useRef('');
  const appliedStates = useRef(new Map<string, StreetState>());
  const statesFor = useRef<FeatureCollection | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const [overlayReady, setOverlayReady] = useState(false);

  const manifest = useStore((s) => s.manifest);
  const features = useStore((s) => s.features);
  const layerConfig = useStore((s) => s.layerConfig);
  const indicators = useStore((s) => s.indicators);
  const indicatorsStatus = useStore((s) => s.status.indicators);
  const indicator = useStore((s) => s.indicator);
  const month = useStore((s) => s.month);
  const colorBy = useStore((s) => s.colorBy);
  const selection = useStore((s) => s.selection);
  const basemap = useStore((s) => s.basemap);
  const flyTo = useStore((s) => s.flyTo);
  const zoom = useStore((s) => s.view.zoom);
  const lang = useStore((s) => s.lang);

  // create the map once
  useEffect(() => {
    if (!container.current) return;
    const v = useStore.getState().view;
    let map: MlMap;
    try {
      map = new MlMap({
        container: container.current,
        style: basemapStyle(THEME, BASEMAP_CONFIG),
        center: [v.lon, v.lat],
        zoom: v.zoom,
        bearing: v.bearing,
        minZoom: 6,
        maxZoom: 19,
        attributionControl: { compact: true },
        canvasContextAttributes: { preserveDrawingBuffer: true },
      });
    } catch {
      setFailed(true);
      return;
    }
    map.addControl(new NavigationControl({ visualizePitch: true, showCompass: true }), 'top-right');
    map.addControl(new ScaleControl({ maxWidth: 120, unit: 'metric' }), 'bottom-left');
    const appliedLayers = applied.current;
    let overlayStarted = false;
    mapRef.current = map;
    window.__ecoMap = { map, idleCount: 0 };
    map.on('load', () => setReady(true));
    map.on('idle', () => {
      // deck.gl (labels, aggregations, zones) starts once the map has drawn its first data: its WebGL
      // set-up would otherwise delay the first choropleth (seconds on software WebGL)
      if (!overlayStarted && appliedLayers.size > 0) {
        overlayStarted = true;
        void import('@deck.gl/maplibre').then(({ MapLibreOverlay: Overlay }) => {
          if (mapRef.current !== map) return;
          const overlay = new Overlay({ interleaved: false, layers: [] });
          map.addControl(overlay);
          overlayRef.current = overlay;
          setOverlayReady(true);
        });
      }
      if (window.__ecoMap) window.__ecoMap.idleCount++;
      container.current?.setAttribute('data-idle', String(window.__ecoMap?.idleCount ?? 0));
    });
    map.on('moveend', () => {
      const c = map.getCenter();
      useStore.getState().setView({ lon: c.lng, lat: c.lat, zoom: map.getZoom(), bearing: map.getBearing() });
    });
    return () => {
      map.remove();
      mapRef.current = null;
      overlayRef.current = null;
      appliedLayers.clear();
      delete window.__ecoMap;
    };
  }, []);

  const imported = useStore((s) => s.imported);
  const drawable = useMemo(
    () => [
      ...(manifest?.layers ?? []).filter((l) => l.files.some((f) => f.format === 'geojson')).sort((a, b) => orderOf(a) - orderOf(b)),
      ...imported.filter((m) => !m.replaces).map((m) => ({ id: m.id, geometry: m.geometry })),
    ],
    [manifest, imported],
  );

  // sync sources and layers
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    const keep = new Set<string>();
    drawable.forEach((layer, index) => {
      const cfg = layerConfig[layer.id];
      const data = features[layer.id];
      if (!data) return;
      const prev = applied.current.get(layer.id);
      // a hidden layer keeps its source and layers, only hidden: showing it again is a repaint, not a reload
      if (!cfg?.visible) {
        if (prev) {
          keep.add(layer.id);
          if (prev.visible) for (const s of JSON.parse(prev.specs) as MapLayerSpec[]) if (map.getLayer(s.id)) map.setLayoutProperty(s.id, 'visibility', 'none');
          applied.current.set(layer.id, { ...prev, visible: false });
        }
        return;
      }
      // the street choropleth waits for its indicators rather than being drawn twice
      if (layer.id === 'streets' && !indicators && indicatorsStatus === 'loading') return;
      keep.add(layer.id);
      const params = { sourceId: layer.id, opacity: cfg.opacity, theme: THEME, selectedId: selection?.layer === layer.id ? selection.id : null };
      const specs: MapLayerSpec[] =
        layer.id === 'streets' ? streetLayers(params, { indicators, indicator, month, colorBy }) : buildLayerSpecs(layer.id, layer.geometry, params, index);
      const key = JSON.stringify(specs);
      if (!map.getSource(layer.id)) map.addSource(layer.id, { type: 'geojson', data, promoteId: 'id' });
      else if (prev && prev.data !== data) (map.getSource(layer.id) as GeoJSONSource).setData(data);
      if (!prev || prev.specs !== key) {
        for (const s of prev ? (JSON.parse(prev.specs) as MapLayerSpec[]) : []) if (map.getLayer(s.id)) map.removeLayer(s.id);
        for (const s of specs) map.addLayer(s);
      } else if (!prev.visible) for (const s of specs) if (map.getLayer(s.id)) map.setLayoutProperty(s.id, 'visibility', 'visible');
      applied.current.set(layer.id, { data, specs: key, visible: true });
    });
    for (const [id, prev] of [...applied.current]) {
      if (keep.has(id)) continue;
      for (const s of JSON.parse(prev.specs) as MapLayerSpec[]) if (map.getLayer(s.id)) map.removeLayer(s.id);
      if (map.getSource(id)) map.removeSource(id);
      applied.current.delete(id);
    }
    // street choropleth: only feature states change with month, indicator or colouring
    const streetsApplied = applied.current.get('streets');
    if (streetsApplied?.visible) {
      // a new source (or new data) starts without states
      if (statesFor.current !== streetsApplied.data) appliedStates.current = new Map();
      statesFor.current = streetsApplied.data;
      const states = streetStates({ indicators, indicator, month, colorBy }, THEME);
      for (const [id, st] of states) {
        const prevState = appliedStates.current.get(id);
        if (!prevState || prevState.k !== st.k || prevState.b !== st.b) map.setFeatureState({ source: 'streets', id }, { k: st.k, b: st.b });
      }
      appliedStates.current = states;
    } else appliedStates.current = new Map();
    // keep draw order stable; only when the set of drawn layers changed (moveLayer forces a repaint)
    const order = drawable.filter((l) => applied.current.has(l.id)).map((l) => `${l.id}:${applied.current.get(l.id)!.specs.length}`).join('|');
    if (order !== orderKey.current) {
      orderKey.current = order;
      for (const layer of drawable) {
        const a = applied.current.get(layer.id);
        if (a) for (const s of JSON.parse(a.specs) as MapLayerSpec[]) if (map.getLayer(s.id)) map.moveLayer(s.id);
      }
    }
  }, [ready, drawable, features, layerConfig, indicators, indicatorsStatus, indicator, month, colorBy, selection]);

  // basemap switch: raster layers are in the style, toggled by visibility
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    for (const [id, vis] of Object.entries(basemapVisibility(basemap))) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', vis);
  }, [ready, basemap]);

  // one-shot jumps (a link restoring its view)
  const jump = useStore((s) => s.jump);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !jump) return;
    map.jumpTo({ center: [jump.view.lon, jump.view.lat], zoom: jump.view.zoom, bearing: jump.view.bearing });
  }, [jump]);

  // one-shot fly-to requests
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !flyTo) return;
    const [w, s, e, n] = flyTo.bbox;
    if (w === e && s === n) map.flyTo({ center: [w, s], zoom: Math.max(map.getZoom(), 15), duration: 600 });
    else map.fitBounds([w, s, e, n], { padding: 60, maxZoom: 16, duration: 600 });
  }, [flyTo]);

  // click → select, hover → tooltip
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    const interactive = () => map.getStyle().layers.filter((l) => 'source' in l && applied.current.get(String(l.source))?.visible).map((l) => l.id);
    const pick = (e: { point: { x: number; y: number } }): MapGeoJSONFeature | undefined => {
      const ids = interactive();
      if (ids.length === 0) return undefined;
      const hits = map.queryRenderedFeatures([[e.point.x - 4, e.point.y - 4], [e.point.x + 4, e.point.y + 4]], { layers: ids });
      // prefer points over lines over polygons, and anything over the base street/district units
      const rank = (f: MapGeoJSONFeature) => (f.layer.type === 'circle' ? 0 : f.layer.type === 'line' ? 1 : 2) + (f.source === 'streets' || f.source === 'districts' ? 3 : 0);
      return hits.sort((a, b) => rank(a) - rank(b))[0];
    };
    const onClick = (e: { point: { x: number; y: number }; lngLat: { lng: number; lat: number } }) => {
      const st = useStore.getState();
      if (st.pickMode) {
        st.setPickedPoint([e.lngLat.lng, e.lngLat.lat]);
        return;
      }
      const f = pick(e);
      if (f && f.id !== undefined) {
        st.select({ layer: String(f.source), id: String(f.id) });
        st.setSheet('detail');
      } else st.select(null);
    };
    const onMove = (e: { point: { x: number; y: number } }) => {
      const f = pick(e);
      map.getCanvas().style.cursor = f ? 'pointer' : '';
      useStore.getState().setHover(f && f.id !== undefined ? { layer: String(f.source), id: String(f.id), x: e.point.x, y: e.point.y } : null);
    };
    const onLeave = () => useStore.getState().setHover(null);
    map.on('click', onClick);
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    return () => {
      map.off('click', onClick);
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
    };
  }, [ready]);

  // deck.gl: labels + extra layers (aggregations, zones)
  const extra = useExtraDeckLayers();
  useEffect(() => {
    const overlay = overlayRef.current;
    if (!overlay) return;
    const layers: Layer[] = [];
    const nameOf = (f: GeoJSON.Feature) => String((lang === 'en' ? f.properties?.nameEn : undefined) ?? f.properties?.name ?? '');
    if (features.districts && layerConfig.districts?.visible) layers.push(labelLayer('districts', labelPoints(features.districts, nameOf, lang), THEME, 15, zoom < 11.5));
    // Street labels only when zoomed in: building their glyph atlas costs ~0.5 s on software WebGL.
    if (features.streets && layerConfig.streets?.visible && zoom >= 10.5) layers.push(labelLayer('streets', labelPoints(features.streets, nameOf, lang), THEME, 12, true));
    overlay.setProps({ layers: [...extra, ...layers] });
  }, [features, layerConfig, zoom, lang, extra, overlayReady]);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-testid="map" role="region" aria-label={t('app.title')} />
      {failed && <div className="map-error" role="alert">{t('map.webglError')}</div>}
    </div>
  );
}
