// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LARGE_FILE_BYTES } from '../../data/import';
import type { Manifest, ManifestLayer } from '../../data/manifest';
import { initI18n } from '../../i18n';
import { importUiZh } from '../../i18n/locales/importui';
import { useStore } from '../../state/store';
import { ImportPanel } from './ImportPanel';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/import');
const fixtureFile = (name: string) => new File([fs.readFileSync(path.join(FIXTURES, name))], name);
const textFile = (name: string, text: string) => new File([text], name);

const layer = (id: string, zh: string, visibility: 'public' | 'internal'): ManifestLayer => ({
  id,
  title: { zh, en: id },
  group: 'base',
  geometry: 'Polygon',
  featureCount: 1,
  provenance: 'approximate',
  provenanceNote: { zh: '', en: '' },
  source: '',
  licence: '',
  visibility,
  publicMode: 'full',
  properties: {},
  files: [{ path: `${id}.geojson`, format: 'geojson', bytes: 1, gzipBytes: 1 }],
  lazy: false,
  defaultVisible: true,
});

beforeAll(() => {
  initI18n('zh');
});
beforeEach(() => {
  const manifest: Manifest = {
    version: 1,
    seed: 1,
    dataDate: '2024-12-31',
    layers: [layer('districts', '区界', 'public'), layer('streets', '街道边界', 'public'), layer('ledger', '内部台账', 'internal')],
    datasets: [],
    indicatorMonths: [],
    mobileMonthsAvailable: [],
    mobileMonthsGeneratable: [],
  };
  useStore.getState().setManifest(manifest);
  useStore.getState().setRole('supervisor');
});
afterEach(cleanup);

function choose(file: File) {
  fireEvent.change(screen.getByTestId('import-input'), { target: { files: [file] } });
}
async function runImport() {
  fireEvent.click(screen.getByTestId('import-start'));
  await waitFor(() => expect(['done', 'failed']).toContain(screen.getByTestId('import-panel').dataset.phase), { timeout: 15_000 });
}

describe('ImportPanel', () => {
  it('imports the hostile GeoJSON as text: summary shown, layer added, nothing injected', async () => {
    const { container } = render(<ImportPanel />);
    choose(fixtureFile('hostile.geojson'));
    expect(screen.getByTestId('import-file').textContent).toContain('hostile.geojson');
    await runImport();
    const summary = screen.getByTestId('import-summary');
    expect(within(summary).getByTestId('import-summary-count').textContent).toBe('1');
    expect(within(summary).getByTestId('import-summary-bbox').textContent).toBe('116.40000, 39.90000, 116.40000, 39.90000');
    expect(within(summary).getByTestId('import-summary-converted').textContent).toBe(importUiZh.done.none);
    // the unsafe keys were dropped and are listed as warnings, naming the property
    const warnings = within(summary).getAllByTestId('import-issue').map((li) => li.textContent ?? '');
    expect(warnings.some((w) => w.includes('__proto__'))).toBe(true);
    const st = useStore.getState();
    expect(st.imported).toHaveLength(1);
    const id = st.imported[0].id;
    expect(st.features[id].features[0].properties?.name).toBe('<script>alert(1)</script>');
    expect(st.layerConfig[id]?.visible).toBe(true);
    expect(container.querySelector('img, script, iframe, a[href]')).toBeNull();
  });

  it('shows a broken file’s error naming file and problem, and leaves loaded data alone', async () => {
    const before = useStore.getState().features;
    render(<ImportPanel />);
    choose(fixtureFile('broken-json.geojson'));
    await runImport();
    const items = screen.getAllByTestId('import-issue');
    expect(items[0].dataset.code).toBe('invalid-json');
    expect(items[0].textContent).toContain(`broken-json.geojson：${importUiZh.issue['invalid-json']}`);
    expect(useStore.getState().imported).toEqual([]);
    expect(useStore.getState().features).toBe(before);
    expect(screen.getByTestId('import-retry')).toBeTruthy();
  });

  it('names the feature of a projected file without .prj', async () => {
    render(<ImportPanel />);
    choose(fixtureFile('projected-no-crs.geojson'));
    await runImport();
    const err = screen.getAllByTestId('import-issue').find((li) => li.dataset.code === 'projected-without-prj');
    expect(err?.textContent).toContain('projected-no-crs.geojson：第 2 个要素：');
  });

  it('refuses an unsupported file before reading it (no retry)', () => {
    render(<ImportPanel />);
    choose(textFile('photo.png', 'x'));
    expect(screen.getByTestId('import-panel').dataset.phase).toBe('failed');
    expect(screen.getAllByTestId('import-issue')[0].dataset.code).toBe('unsupported-type');
    expect(screen.queryByTestId('import-retry')).toBeNull();
  });

  it('asks before importing a file over 50 MB; cancel goes back, confirm imports', async () => {
    render(<ImportPanel />);
    const big = fixtureFile('sites.geojson');
    Object.defineProperty(big, 'size', { value: LARGE_FILE_BYTES + 1 });
    choose(big);
    fireEvent.click(screen.getByTestId('import-start'));
    expect(screen.getByTestId('import-confirm').textContent).toContain('sites.geojson');
    fireEvent.click(within(screen.getByTestId('import-confirm')).getByText(importUiZh.cancel));
    expect(screen.getByTestId('import-panel').dataset.phase).toBe('chosen');
    fireEvent.click(screen.getByTestId('import-start'));
    fireEvent.click(screen.getByTestId('import-confirm-go'));
    await waitFor(() => expect(screen.getByTestId('import-panel').dataset.phase).toBe('done'), { timeout: 15_000 });
    expect(useStore.getState().imported).toHaveLength(1);
  });

  it('CSV: unknown coordinate columns fail, choosing them from the header succeeds, with the GCJ-02 datum converted', async () => {
    render(<ImportPanel />);
    choose(textFile('points.csv', 'site,east_val,north_val\nA,116.397451,39.909187\n'));
    await runImport();
    expect(screen.getAllByTestId('import-issue')[0].dataset.code).toBe('csv-no-lonlat-columns');
    fireEvent.click(screen.getByTestId('import-retry'));
    // the pickers list the header read from the file
    await waitFor(() => expect(screen.getByTestId('import-lon').tagName).toBe('SELECT'));
    fireEvent.change(screen.getByTestId('import-lon'), { target: { value: 'east_val' } });
    fireEvent.change(screen.getByTestId('import-lat'), { target: { value: 'north_val' } });
    fireEvent.click(screen.getByTestId('import-datum-gcj02'));
    fireEvent.change(screen.getByTestId('import-name'), { target: { value: '我的点位' } });
    await runImport();
    expect(screen.getByTestId('import-summary-converted').textContent).toBe('gcj02→wgs84');
    expect(screen.getByTestId('import-summary-name').textContent).toBe('我的点位');
    const [m] = useStore.getState().imported;
    const [lon, lat] = (useStore.getState().features[m.id].features[0].geometry as GeoJSON.Point).coordinates;
    // GCJ-02 → WGS84 near Tiananmen moves the point a few hundred metres south-west
    expect(lon).toBeLessThan(116.397451);
    expect(lat).toBeLessThan(39.909187);
  });

  it('offers the built-in layers the role may see for replacement and validates against them', async () => {
    render(<ImportPanel />);
    choose(fixtureFile('sites.geojson'));
    const options = () => [...(screen.getByTestId('import-replaces') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options()).toEqual([importUiZh.replace.none, '区界', '街道边界', '内部台账']);
    fireEvent.change(screen.getByTestId('import-replaces'), { target: { value: 'streets' } });
    expect(screen.getByText(importUiZh.replace.ruleStreets)).toBeTruthy();
    await runImport();
    const codes = screen.getAllByTestId('import-issue').map((li) => li.dataset.code);
    expect(codes).toContain('replaces-mismatch');
    expect(useStore.getState().imported).toEqual([]);
  });

  it('hides internal layers from the public role', () => {
    useStore.getState().setRole('public');
    render(<ImportPanel />);
    choose(fixtureFile('sites.geojson'));
    const options = [...(screen.getByTestId('import-replaces') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toEqual(['', 'districts', 'streets']);
  });
});
