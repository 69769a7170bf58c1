// Minimal types for shpjs 6 (the package ships none). Only the functions the importer uses.
declare module 'shpjs' {
  import type { FeatureCollection, Geometry } from 'geojson';
  type Bytes = ArrayBuffer | ArrayBufferView | DataView;
  /** geometries of a .shp; `prj` (WKT) reprojects to WGS84 when given — the importer passes none and reprojects itself */
  export function parseShp(shp: Bytes, prj?: string | false): (Geometry | null)[];
  /** rows of a .dbf; `cpg` is the encoding label from the .cpg file */
  export function parseDbf(dbf: Bytes, cpg?: string): Record<string, unknown>[];
  export function combine(parts: [(Geometry | null)[], Record<string, unknown>[]?]): FeatureCollection;
}
