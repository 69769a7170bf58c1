/** Serves the e2e build (dist-e2e, built by `vite build --mode e2e`) with vite preview for the specs. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 4173);
let server: ChildProcess | undefined;

async function waitFor(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`e2e server did not answer at ${url} within ${ms} ms`);
}

export async function setup() {
  const root = path.resolve(import.meta.dirname, '../..');
  if (!fs.existsSync(path.join(root, 'dist-e2e/index.html'))) throw new Error('dist-e2e/ is missing: run `npx vite build --mode e2e` first (npm test does).');
  // P8: start vite's own binary, not npx, so that killing it stops the server
  server = spawn(path.join(root, 'node_modules/.bin/vite'), ['preview', '--outDir', 'dist-e2e', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore' });
  process.env.E2E_BASE_URL = `http://127.0.0.1:${PORT}/`;
  await waitFor(process.env.E2E_BASE_URL, 30_000);
}

export async function teardown() {
  server?.kill('SIGTERM');
}
