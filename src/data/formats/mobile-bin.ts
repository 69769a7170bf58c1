/**
 * 走航 (mobile monitoring) readings: compact columnar binary, little-endian.
 *
 * Layout (all little-endian):
 *   0  4 bytes  magic "BJMR"
 *   4  uint32   version (1)
 *   8  uint32   count n
 *  12  uint32   month as YYYY*100+MM (e.g. 202412)
 *  16  Float32[n] lon (WGS84)
 *      Float32[n] lat
 *      Float32[n] vocs  (µg/m³)
 *      Float32[n] pm25  (µg/m³)
 *      Uint32[n]  minutes since the start of the month (local time)
 * Total size = 16 + 20·n bytes. Pure functions; no I/O.
 */
export const MOBILE_MAGIC = 'BJMR';
export const MOBILE_VERSION = 1;
export const MOBILE_HEADER_BYTES = 16;

export interface MobileReadings {
  /** "2024-12" */
  month: string;
  lon: Float32Array;
  lat: Float32Array;
  vocs: Float32Array;
  pm25: Float32Array;
  minutes: Uint32Array;
}

function monthToInt(month: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new Error(`mobile-bin: bad month "${month}" (want YYYY-MM)`);
  return Number(m[1]) * 100 + Number(m[2]);
}

function intToMonth(v: number): string {
  const y = Math.floor(v / 100);
  const m = v % 100;
  if (m < 1 || m > 12 || y < 1000) throw new Error(`mobile-bin: bad month field ${v}`);
  return `${y}-${String(m).padStart(2, '0')}`;
}

export function mobileByteLength(count: number): number {
  return MOBILE_HEADER_BYTES + 20 * count;
}

export function encodeMobileReadings(r: MobileReadings): Uint8Array {
  const n = r.lon.length;
  for (const [name, col] of [['lat', r.lat], ['vocs', r.vocs], ['pm25', r.pm25], ['minutes', r.minutes]] as const) {
    if (col.length !== n) throw new Error(`mobile-bin: column ${name} has ${col.length} values, lon has ${n}`);
  }
  const buf = new ArrayBuffer(mobileByteLength(n));
  const dv = new DataView(buf);
  for (let i = 0; i < 4; i++) dv.setUint8(i, MOBILE_MAGIC.charCodeAt(i));
  dv.setUint32(4, MOBILE_VERSION, true);
  dv.setUint32(8, n, true);
  dv.setUint32(12, monthToInt(r.month), true);
  let off = MOBILE_HEADER_BYTES;
  for (const col of [r.lon, r.lat, r.vocs, r.pm25]) {
    for (let i = 0; i < n; i++) dv.setFloat32(off + 4 * i, col[i], true);
    off += 4 * n;
  }
  for (let i = 0; i < n; i++) dv.setUint32(off + 4 * i, r.minutes[i], true);
  return new Uint8Array(buf);
}

/** Decodes a buffer written by encodeMobileReadings; throws on a bad magic, version or length. */
export function decodeMobileReadings(input: ArrayBuffer | Uint8Array): MobileReadings {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteLength < MOBILE_HEADER_BYTES) throw new Error('mobile-bin: buffer shorter than the header');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let magic = '';
  for (let i = 0; i < 4; i++) magic += String.fromCharCode(dv.getUint8(i));
  if (magic !== MOBILE_MAGIC) throw new Error(`mobile-bin: bad magic "${magic}"`);
  const version = dv.getUint32(4, true);
  if (version !== MOBILE_VERSION) throw new Error(`mobile-bin: unsupported version ${version}`);
  const n = dv.getUint32(8, true);
  if (bytes.byteLength !== mobileByteLength(n)) {
    throw new Error(`mobile-bin: expected ${mobileByteLength(n)} bytes for ${n} readings, got ${bytes.byteLength}`);
  }
  const month = intToMonth(dv.getUint32(12, true));
  const f32 = (k: number): Float32Array => {
    const out = new Float32Array(n);
    const off = MOBILE_HEADER_BYTES + 4 * n * k;
    for (let i = 0; i < n; i++) out[i] = dv.getFloat32(off + 4 * i, true);
    return out;
  };
  const minutes = new Uint32Array(n);
  const moff = MOBILE_HEADER_BYTES + 16 * n;
  for (let i = 0; i < n; i++) minutes[i] = dv.getUint32(moff + 4 * i, true);
  return { month, lon: f32(0), lat: f32(1), vocs: f32(2), pm25: f32(3), minutes };
}
