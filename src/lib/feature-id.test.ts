import { describe, expect, it } from 'vitest';
import { featureId } from './feature-id';

describe('featureId', () => {
  it('prefers feature.id and falls back to properties.id', () => {
    const g = { type: 'Point' as const, coordinates: [116, 40] };
    expect(featureId({ type: 'Feature', id: 7, properties: { id: 'x' }, geometry: g })).toBe('7');
    expect(featureId({ type: 'Feature', properties: { id: '110105001000' }, geometry: g })).toBe('110105001000');
    expect(featureId({ type: 'Feature', properties: null, geometry: g })).toBe('');
  });
});
