/**
 * The bare MapLibre baseline: one HTML page, maplibre-gl's own ESM build and worker from
 * node_modules, and the built districts GeoJSON as one fill layer at the app's start view, served by a
 * tiny static http server on 127.0.0.1 (no compression, no cache headers, like `vite preview`).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface BareView {
  lon: number;
  lat: number;
  zoom: number;
  bearing: number;
}

/** The page: a full-window map unless ?w=&h= give the app's map size; records `window.__bare.idleAt`. */
export function bareHtml(view: BareView, dataFile: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8" />
<title>bare MapLibre</title>
<link rel="icon" href="data:," />
<link rel="stylesheet" href="/maplibre/maplibre-gl.css" />
<style>html,body{margin:0;height:100%}#map{position:absolute;left:0;top:0;width:100%;height:100%}</style>
</head>
<body>
<div id="map"></div>
<script type="module">
import { Map, setWorkerUrl } from '/maplibre/maplibre-gl.mjs';
setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
const q = new URLSearchParams(location.search);
const el = document.getElementById('map');
if (q.get('w') && q.get('h')) { el.style.width = q.get('w') + 'px'; el.style.height = q.get('h') + 'px'; }
window.__bare = { idleAt: null, loadAt: null };
const map = new Map({
  container: el,
  style: {
    version: 8,
    sources: { districts: { type: 'geojson', data: '/data/${dataFile}' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      { id: 'districts-fill', type: 'fill', source: 'districts', paint: { 'fill-color': '#7fb3a6', 'fill-opacity': 0.55 } },
      { id: 'districts-line', type: 'line', source: 'districts', paint: { 'line-color': '#4b6b63', 'line-width': 1 } },
    ],
  },
  center: [${view.lon}, ${view.lat}],
  zoom: ${view.zoom},
  bearing: ${view.bearing},
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
window.__bareMap = map;
map.once('load', () => { window.__bare.loadAt = performance.now(); });
map.once('idle', () => { window.__bare.idleAt = performance.now(); });
</script>
</body>
</html>
`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface BareServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves / (the page), /maplibre/* (maplibreDist) and /data/* (dataDir). */
export async function serveBare(html: string, maplibreDist: string, dataDir: string): Promise<BareServer> {
  const roots: [string, string][] = [
    ['/maplibre/', maplibreDist],
    ['/data/', dataDir],
  ];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
      res.end(html);
      return;
    }
    for (const [prefix, dir] of roots) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = path.resolve(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
      if (!file.startsWith(path.resolve(dir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) break;
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      fs.createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
