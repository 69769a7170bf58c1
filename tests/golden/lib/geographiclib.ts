/**
 * geographiclib-geodesic is CommonJS without statically detectable named exports; under plain Node ESM
 * only the default export exists, under vitest the names may be hoisted. This picks whichever is there.
 */
import * as ns from 'geographiclib-geodesic';

type NS = typeof ns;
const mod: NS = (ns as NS & { default?: NS }).default ?? ns;

export const Geodesic = mod.Geodesic;
export const PolygonArea = mod.PolygonArea;
export const WGS84 = mod.Geodesic.WGS84;
