/** KML, KMZ (zipped KML) and GPX through @tmcw/togeojson. */
import JSZip from 'jszip';
import { kml, gpx } from '@tmcw/togeojson';
import { fail } from '../issues';
import { parseXml } from '../xml';
import { decodeText } from '../detect';
import type { ParsedLayer } from './parsed';

/** KML <Document><name>, if any, as a better default layer name than the file name */
function documentName(doc: Document): string | null {
  const docs = doc.getElementsByTagName('Document');
  const el = docs.length ? docs[0] : doc.documentElement;
  if (!el) return null;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).tagName === 'name') {
      const t = (n.textContent ?? '').trim();
      return t ? t.slice(0, 200) : null;
    }
  }
  return null;
}

export async function parseKmlText(file: string, text: string, name: string, format: 'kml' | 'kmz' = 'kml'): Promise<ParsedLayer> {
  const doc = await parseXml(file, text);
  const root = doc.documentElement;
  if (!root || !/(^|:)kml$/i.test(root.tagName)) fail('unsupported-type', file, `the XML root element is <${root?.tagName ?? '?'}>, not <kml>`);
  const fc = kml(doc);
  return { name: documentName(doc) ?? name, sourceFormat: format, features: fc.features, crs: null, issues: [], unit: 'placemark' };
}

export async function parseGpxText(file: string, text: string, name: string): Promise<ParsedLayer> {
  const doc = await parseXml(file, text);
  const root = doc.documentElement;
  if (!root || !/(^|:)gpx$/i.test(root.tagName)) fail('unsupported-type', file, `the XML root element is <${root?.tagName ?? '?'}>, not <gpx>`);
  const fc = gpx(doc);
  return { name, sourceFormat: 'gpx', features: fc.features, crs: null, issues: [], unit: 'feature' };
}

/** KMZ: the main KML is doc.kml, else the first .kml at the shallowest folder level. */
export async function parseKmz(file: string, zip: JSZip, name: string): Promise<ParsedLayer> {
  const kmls = Object.values(zip.files)
    .filter((f) => !f.dir && /\.kml$/i.test(f.name) && !f.name.includes('__MACOSX'))
    .sort((a, b) => a.name.split('/').length - b.name.split('/').length || a.name.localeCompare(b.name));
  if (!kmls.length) fail('unsupported-type', file, 'the KMZ archive holds no .kml file');
  const main = kmls.find((f) => /(^|\/)doc\.kml$/i.test(f.name)) ?? kmls[0];
  const bytes = await main.async('uint8array');
  const { text } = decodeText(file, bytes);
  return parseKmlText(file, text, name, 'kmz');
}
