/** deck.gl layers beyond labels: 走航 aggregation and analysis zones, built from store config. */
import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';

export function useExtraDeckLayers(): Layer[] {
  return useMemo(() => [], []);
}
