import { describe, expect, it } from 'vitest';
import { decodeMobileReadings, encodeMobileReadings, mobileByteLength, type MobileReadings } from './mobile-bin';

function sample(n: number): MobileReadings {
  const r: MobileReadings = {
    month: '2024-12',
    lon: new Float32Array(n), lat: new Float32Array(n), vocs: new Float32Array(n), pm25: new Float32Array(n), minutes: new Uint32Array(n),
  };
  for (let i = 0; i < n; i++) {
    r.lon[i] = 116 + i * 0.001;
    r.lat[i] = 39.9 + i * 0.0005;
    r.vocs[i] = 20 + (i % 17) * 3.5;
    r.pm25[i] = 30 + (i % 11) * 2.25;
    r.minutes[i] = i * 7;
  }
  return r;
}

describe('mobile-bin', () => {
  it('round-trips all columns and the month', () => {
    const r = sample(1000);
    const bytes = encodeMobileReadings(r);
    expect(bytes.byteLength).toBe(mobileByteLength(1000));
    const back = decodeMobileReadings(bytes);
    expect(back.month).toBe('2024-12');
    expect(Array.from(back.lon)).toEqual(Array.from(r.lon));
    expect(Array.from(back.lat)).toEqual(Array.from(r.lat));
    expect(Array.from(back.vocs)).toEqual(Array.from(r.vocs));
    expect(Array.from(back.pm25)).toEqual(Array.from(r.pm25));
    expect(Array.from(back.minutes)).toEqual(Array.from(r.minutes));
  });

  it('decodes from an ArrayBuffer and from an offset Uint8Array view', () => {
    const bytes = encodeMobileReadings(sample(5));
    expect(decodeMobileReadings(bytes.slice().buffer).lon[4]).toBeCloseTo(116.004, 5);
    const padded = new Uint8Array(bytes.byteLength + 3);
    padded.set(bytes, 3);
    expect(decodeMobileReadings(padded.subarray(3)).minutes[4]).toBe(28);
  });

  it('handles zero readings', () => {
    const empty = sample(0);
    expect(decodeMobileReadings(encodeMobileReadings(empty)).lon.length).toBe(0);
  });

  it('rejects bad magic, truncated data, bad month and ragged columns', () => {
    const bytes = encodeMobileReadings(sample(3));
    const bad = bytes.slice();
    bad[0] = 0x58;
    expect(() => decodeMobileReadings(bad)).toThrow(/magic/);
    expect(() => decodeMobileReadings(bytes.subarray(0, bytes.byteLength - 1))).toThrow(/expected/);
    expect(() => encodeMobileReadings({ ...sample(3), month: '2024-13' })).toThrow(/month/);
    expect(() => encodeMobileReadings({ ...sample(3), pm25: new Float32Array(2) })).toThrow(/pm25/);
  });
});
