import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBytes, type ImportIssue, type ImportIssueCode } from '../../data/import';
import { i18next, initI18n } from '../../i18n';
import { importUiEn, importUiZh } from '../../i18n/locales/importui';
import { issueLine, issueLocation, issueProblem, sortIssues } from './issue-text';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/import');
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

// the compiler checks that this lists every code of the importer
const ALL_CODES = {
  'empty-file': 1, 'too-large': 1, 'unsupported-type': 1, 'invalid-json': 1, 'invalid-xml': 1, 'invalid-zip': 1, 'invalid-prj': 1,
  'invalid-shapefile': 1, 'invalid-xlsx': 1, 'zip-without-shp': 1, 'csv-no-lonlat-columns': 1, 'xlsx-no-lonlat-columns': 1,
  'projected-without-prj': 1, 'no-features': 1, 'replaces-mismatch': 1, 'replaces-unknown-layer': 1, 'missing-geometry': 1,
  'unclosed-ring': 1, 'nan-coordinates': 1, 'null-coordinate': 1, 'non-number-coordinate': 1, 'invalid-coordinates': 1,
  'invalid-position': 1, 'out-of-range': 1, 'line-too-short': 1, 'ring-too-short': 1, 'unsupported-geometry': 1, 'not-feature': 1,
  'self-intersection': 1, 'duplicate-id': 1, 'missing-id': 1, 'invalid-id': 1, 'outside-beijing': 1, 'string-truncated': 1,
  'unsafe-key-dropped': 1, 'non-json-value-dropped': 1, 'too-deep-value-dropped': 1, 'geometry-collection-split': 1,
  'features-dropped': 1, 'extension-mismatch': 1, 'encoding-gb18030': 1, 'datum-after-projection': 1, 'datum-unknown-shift': 1,
  'legacy-crs-member': 1, 'issues-truncated': 1, 'import-crashed': 1,
} satisfies Record<ImportIssueCode, 1>;

const issue = (over: Partial<ImportIssue>): ImportIssue => ({ code: 'invalid-json', severity: 'error', file: 'a.geojson', featureIndex: null, message: 'a.geojson: fallback text', ...over });

beforeAll(() => {
  initI18n('zh');
});

describe('issue catalogue', () => {
  it('translates every importer code in Chinese and English', () => {
    for (const code of Object.keys(ALL_CODES)) {
      expect(importUiZh.issue[code as keyof typeof importUiZh.issue], code).toBeTruthy();
      expect(importUiEn.issue[code as keyof typeof importUiEn.issue], code).toBeTruthy();
    }
    expect(Object.keys(importUiZh.issue).sort()).toEqual(Object.keys(ALL_CODES).sort());
  });
});

describe('issueLocation', () => {
  it('is null for a file-level issue and 1-based for features, with the id when known', () => {
    expect(issueLocation(issue({}), i18next)).toBeNull();
    expect(issueLocation(issue({ featureIndex: 4 }), i18next)).toBe('第 5 个要素');
    expect(issueLocation(issue({ featureIndex: 0, featureId: '<b>x</b>' }), i18next)).toBe('第 1 个要素（id：<b>x</b>）');
  });

  it('names the data row and the line of the file for tables', () => {
    expect(issueLocation(issue({ file: 'x.csv', featureIndex: 1, params: { line: 3 } }), i18next)).toBe('第 2 行数据（文件第 3 行）');
    expect(issueLocation(issue({ file: 'x.XLSX', featureIndex: 1 }), i18next)).toBe('第 2 行数据');
  });
});

describe('issueProblem', () => {
  it('interpolates params into the translation', () => {
    const p = issueProblem(issue({ code: 'string-truncated', severity: 'warning', params: { property: 'desc', length: 12000, limit: 10000 } }), i18next);
    expect(p).toEqual({ text: '属性“desc”过长（12000 字符），已截断为 10000 字符', translated: true });
  });

  it('falls back to the English message for an unknown code or missing params', () => {
    expect(issueProblem(issue({ code: 'no-such-code' as ImportIssueCode }), i18next)).toEqual({ text: 'a.geojson: fallback text', translated: false });
    expect(issueProblem(issue({ code: 'too-large', severity: 'warning' }), i18next).translated).toBe(false);
  });

  it('explains the replacement problem', () => {
    const p = issueProblem(issue({ code: 'replaces-mismatch', featureIndex: 0, params: { replaces: 'streets', problem: 'id-format', found: '12' } }), i18next);
    expect(p.text).toBe('不符合替换“streets”图层的要求：id“12”不是 9 位或 12 位街道代码');
  });
});

describe('issues from real files', () => {
  it('bad-rows.csv: each skipped row is named with its file line, in Chinese', async () => {
    const r = await importBytes('bad-rows.csv', fixture('bad-rows.csv'));
    const rows = r.issues.filter((i) => i.featureIndex !== null && i.params?.line !== undefined);
    expect(rows.length).toBeGreaterThan(0);
    for (const i of rows) {
      const line = issueLine(i, i18next);
      expect(line.startsWith('bad-rows.csv：')).toBe(true);
      expect(line).toContain(`（文件第 ${i.params?.line} 行）`);
      expect(line).not.toContain('{{');
    }
  });

  it('broken-json.geojson: the error names the file and the problem, in English after switching', async () => {
    const r = await importBytes('broken-json.geojson', fixture('broken-json.geojson'));
    expect(r.ok).toBe(false);
    await i18next.changeLanguage('en');
    try {
      const lines = sortIssues(r.issues).map((i) => issueLine(i, i18next, ': '));
      expect(lines[0]).toBe(`broken-json.geojson: ${importUiEn.issue['invalid-json']}`);
    } finally {
      await i18next.changeLanguage('zh');
    }
  });

  it('sortIssues puts errors before warnings and keeps their order', () => {
    const a = issue({ severity: 'warning', message: 'a' });
    const b = issue({ severity: 'error', message: 'b' });
    const c = issue({ severity: 'warning', message: 'c' });
    const d = issue({ severity: 'error', message: 'd' });
    expect(sortIssues([a, b, c, d]).map((i) => i.message)).toEqual(['b', 'd', 'a', 'c']);
  });
});
