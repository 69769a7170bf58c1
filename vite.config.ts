/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

/**
 * Content-Security-Policy for built pages: no inline or eval'd scripts. Feature properties are
 * only ever rendered as text, and this header-equivalent meta tag is the second line of defence.
 * MapLibre and deck.gl need blob: workers; tiles may come from the configured raster hosts.
 */
function cspPlugin(): Plugin {
  return {
    name: 'eco-map-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const tiles = ['https://*.tianditu.gov.cn', 'https://tile.openstreetmap.org', process.env.VITE_OSM_TILE_URL ? new URL(process.env.VITE_OSM_TILE_URL.replace(/\{[a-z]\}/g, '0')).origin : '']
        .filter(Boolean)
        .join(' ');
      const api = process.env.VITE_API_BASE_URL ? new URL(process.env.VITE_API_BASE_URL).origin : '';
      const csp = [
        "default-src 'self'",
        "script-src 'self'",
        "worker-src 'self' blob:",
        "child-src 'self' blob:",
        "style-src 'self' 'unsafe-inline'",
        `img-src 'self' data: blob: ${tiles}`,
        `connect-src 'self' data: blob: ${tiles} ${api}`.trim(),
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ].join('; ');
      return html.replace('<!--CSP-->', `<meta http-equiv="Content-Security-Policy" content="${csp}" />`);
    },
  };
}

/** The public build swaps src/internal/index.ts (internal tools, styles, relations) for src/internal/public.ts. */
function publicOnlyPlugin(): Plugin {
  const internal = path.resolve(import.meta.dirname, 'src/internal/index.ts');
  const stand = path.resolve(import.meta.dirname, 'src/internal/public.ts');
  return {
    name: 'eco-map-public-only',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r && path.resolve(r.id) === internal ? stand : null;
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), cspPlugin(), ...(mode === 'public' ? [publicOnlyPlugin()] : [])],
  base: './',
  build: {
    outDir: mode === 'public' ? 'dist-public' : mode === 'e2e' ? 'dist-e2e' : 'dist',
    chunkSizeWarningLimit: 1500,
    sourcemap: mode !== 'public',
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'geodata/**/*.test.ts', 'tests/golden/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['node_modules', 'tests/e2e/**', 'dist*/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
}));
