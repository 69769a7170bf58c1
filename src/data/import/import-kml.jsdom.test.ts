// @vitest-environment jsdom
// main-thread path: the platform DOMParser (jsdom here, the browser's in the app)
import { describe, expect, it } from 'vitest';
import { importBytes } from './import-bytes';
import { fixture } from './test-fixtures';

describe('KML import with the platform DOMParser', () => {
  it('uses DOMParser when there is one and gives the same result as xmldom', async () => {
    expect(typeof DOMParser).toBe('function');
    const r = await importBytes('sites.kmz', fixture('sites.kmz'));
    expect(r.ok && r.layers[0].featureCount).toBe(4);
  });

  it('keeps hostile KML strings as text and reports broken XML', async () => {
    const r = await importBytes('hostile.kml', fixture('hostile.kml'));
    expect(r.ok).toBe(true);
    expect(r.layers[0].data.features[0].properties?.description).toContain('<script>alert(1)</script>');
    const bad = await importBytes('broken.kml', fixture('broken.kml'));
    expect(bad.issues[0]).toMatchObject({ code: 'invalid-xml', file: 'broken.kml' });
  });
});
