/** The public build's stand-in for ./index.ts: no internal tools, styles or relations. */
import type { InternalModule } from './types';

const m: InternalModule = { INTERNAL: false, INTERNAL_TOOLS: {}, StreetCountsPanel: null, INTERNAL_STYLES: {}, RELATED_KEYS: [], VALUE_LABELS_EN: {} };

export const { INTERNAL, INTERNAL_TOOLS, StreetCountsPanel, INTERNAL_STYLES, RELATED_KEYS, VALUE_LABELS_EN } = m;
