/**
 * English names of street units: Hanyu Pinyin of the proper name (pinyin-pro, toneless) plus the unit
 * type in English, e.g. 建外街道 → "Jianwai Subdistrict", 高碑店地区 → "Gaobeidian Area". Automatic:
 * a few place names read differently locally (大栅栏 is "Dashilar"), which the manifest says.
 */
import { pinyin } from 'pinyin-pro';

const SUFFIXES: [string, string][] = [
  ['回族乡', 'Hui Ethnic Township'],
  ['满族乡', 'Manchu Ethnic Township'],
  ['民族乡', 'Ethnic Township'],
  ['街道', 'Subdistrict'],
  ['地区', 'Area'],
  ['镇', 'Town'],
  ['乡', 'Township'],
];

export function streetNameEn(name: string): string {
  for (const [zh, en] of SUFFIXES) {
    if (name.endsWith(zh) && name.length > zh.length) {
      const base = pinyin(name.slice(0, -zh.length), { toneType: 'none', type: 'array' }).join('');
      return `${base.charAt(0).toUpperCase()}${base.slice(1)} ${en}`;
    }
  }
  const base = pinyin(name, { toneType: 'none', type: 'array' }).join('');
  return `${base.charAt(0).toUpperCase()}${base.slice(1)}`;
}
