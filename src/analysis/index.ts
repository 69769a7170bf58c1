/** Public API of the analysis engine (pure: GeoJSON in, plain objects out). See README.md. */
export type { AnyFeature, AnyFeatureCollection, FeatureId, I18nText, LayerMap, ProgressOptions, PropertyFilter, Rule, RuleCenterSummary, RuleHit, RuleResult } from './types';
export { validateFeatureCollection, featureIdOf, SUPPORTED_GEOMETRY_TYPES, type GeoJsonIssue, type ValidateOptions } from './validate-feature-collection';
export { distance, destination, geodesicCircle, metresPerDegree, polygonArea, multiPolygonArea, ringArea, radiusBox } from './geodesy';
export { prepareGeometry, nearestOnGeometry, distanceToGeometry, representativePoint, type PreparedGeometry, type NearestResult } from './geometry';
export { TargetSet, withinJoin, withinJoinChunked, compareIds, idOrIndex, AbortedError, type Center, type WithinPair } from './within';
export { BUILTIN_RULES, WHY_HOT_LAYERS, runRuleSync, runRuleChunked, ruleCenterLayers, targetSetFor, whyHot, type WhyHotCandidate, type WhyHotResult } from './rules';
export { perStreetCounts, perStreetSummary, type StreetCount, type StreetSummary, type StreetSummaryOptions } from './per-street';
export { prepareAreas, overlayGeometry, PreparedPolygonArea, type OverlayHit } from './overlay';
export { repairFeature, repairPolygonGeometry } from './repair';
export { csvCell, toCsv, ruleResultToCsv, streetSummaryToCsv, whyHotToCsv, ruleResultToGeoJSON, stringifyGeoJSON, CSV_BOM, type CsvCell } from './export-results';
