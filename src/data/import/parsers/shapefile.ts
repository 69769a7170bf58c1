/** Zipped shapefiles (.shp + .dbf [+ .prj, .cpg]) through shpjs; reprojection happens in the shared pipeline. */
import type JSZip from 'jszip';
import { combine, parseDbf, parseShp } from 'shpjs';
import { fail, makeIssue } from '../issues';
import { planFromWkt, type CrsPlan } from '../crs';
import type { ImportIssue } from '../types';
import type { ParsedLayer } from './parsed';

function sibling(zip: JSZip, shpPath: string, ext: string): JSZip.JSZipObject | null {
  const stem = shpPath.slice(0, -4).toLowerCase();
  for (const f of Object.values(zip.files)) if (!f.dir && f.name.toLowerCase() === `${stem}.${ext}`) return f;
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export async function parseShapefileZip(file: string, zip: JSZip, encoding?: string): Promise<ParsedLayer[]> {
  const shps = Object.values(zip.files)
    .filter((f) => !f.dir && /\.shp$/i.test(f.name) && !f.name.includes('__MACOSX'))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (!shps.length) {
    const names = Object.keys(zip.files).filter((n) => !n.endsWith('/')).slice(0, 10);
    fail('zip-without-shp', file, `the zip holds no .shp file (found: ${names.join(', ') || 'nothing'})`, { params: { entries: names.join(', ') } });
  }
  const layers: ParsedLayer[] = [];
  for (const shpEntry of shps) {
    const layerName = (shpEntry.name.split('/').pop() ?? shpEntry.name).slice(0, -4);
    const where = shps.length > 1 ? `${file} › ${shpEntry.name}` : file;
    const issues: ImportIssue[] = [];
    const shp = await shpEntry.async('uint8array');
    const dbfEntry = sibling(zip, shpEntry.name, 'dbf');
    const prjEntry = sibling(zip, shpEntry.name, 'prj');
    const cpgEntry = sibling(zip, shpEntry.name, 'cpg');

    let crs: CrsPlan | null = null;
    if (prjEntry) {
      const wkt = (await prjEntry.async('string')).trim();
      try {
        crs = planFromWkt(wkt);
      } catch (e) {
        fail('invalid-prj', where, `the .prj could not be read by proj4 (${e instanceof Error ? e.message : String(e)})`, { params: { prj: wkt.slice(0, 200) } });
      }
      if (crs.warning) issues.push(makeIssue('datum-unknown-shift', 'warning', where, crs.warning, { params: { crs: crs.detected } }));
    }

    let geometries: ReturnType<typeof parseShp>;
    try {
      geometries = parseShp(shp);
    } catch (e) {
      return fail('invalid-shapefile', where, `the .shp could not be read (${e instanceof Error ? e.message : String(e)})`);
    }
    let rows: Record<string, unknown>[] = [];
    if (dbfEntry) {
      const dbf = await dbfEntry.async('uint8array');
      let enc = encoding ?? (cpgEntry ? (await cpgEntry.async('string')).trim() : undefined);
      if (!enc && !isUtf8(dbf)) {
        enc = 'gb18030';
        issues.push(makeIssue('encoding-gb18030', 'warning', where, 'the .dbf is not UTF-8 and has no .cpg; read as GB18030 (GBK)', { params: { encoding: 'gb18030' } }));
      }
      try {
        rows = parseDbf(dbf, enc);
      } catch (e) {
        return fail('invalid-shapefile', where, `the .dbf could not be read (${e instanceof Error ? e.message : String(e)})`);
      }
      if (rows.length !== geometries.length) {
        issues.push(
          makeIssue('invalid-shapefile', 'warning', where, `the .shp has ${geometries.length} shapes but the .dbf has ${rows.length} records; attributes may be misaligned`, {
            params: { shapes: geometries.length, records: rows.length },
          }),
        );
      }
    }
    const fc = combine([geometries, rows]);
    layers.push({ name: layerName, sourceFormat: 'shapefile', features: fc.features, crs, issues, unit: 'feature' });
  }
  return layers;
}
