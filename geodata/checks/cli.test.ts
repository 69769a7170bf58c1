import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CliError, main, parseArgs, PUBLIC_DATA } from '../scripts/build-all';

describe('geodata CLI', () => {
  it('defaults to public/data; --mobile-month writes elsewhere', () => {
    expect(parseArgs([])).toEqual({ outDir: PUBLIC_DATA, scale: 1, mobileOnly: null, check: false });
    expect(parseArgs(['--mobile-month', '2024-03']).outDir).toMatch(/geodata[/\\]out$/);
    expect(parseArgs(['--mobile-month', '2024-03', '--out', '/tmp/m']).mobileOnly).toBe('2024-03');
  });

  it('sends scaled sets to geodata/out/scale-<n> and refuses public/data', () => {
    expect(parseArgs(['--scale', '3']).outDir).toMatch(/geodata[/\\]out[/\\]scale-3$/);
    expect(() => parseArgs(['--scale', '3', '--out', PUBLIC_DATA])).toThrow(CliError);
    expect(parseArgs(['--scale', '2', '--out', '/tmp/x']).outDir).toBe(resolve('/tmp/x'));
  });

  it('rejects bad arguments with exit code 2', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const argv of [['--scale', 'abc'], ['--scale', '0'], ['--mobile-month', '2024-13'], ['--mobile-month', '2022-05'], ['--out'], ['--bogus'], ['--mobile-month', '2024-03', '--scale', '2']]) {
      expect(main(argv)).toBe(2);
    }
    expect(err).toHaveBeenCalled();
    expect(String(err.mock.calls[0][0])).toMatch(/^geodata: /);
    err.mockRestore();
  });
});
