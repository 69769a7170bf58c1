import { describe, expect, it } from 'vitest';
import { en } from './locales/en';
import { zh } from './locales/zh';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));

describe('i18n catalogues', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
  it('have no empty strings', () => {
    for (const k of keys(zh)) expect(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], zh)).not.toBe('');
  });
});
