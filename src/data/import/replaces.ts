/**
 * An imported layer may replace a built-in layer (e.g. official street boundaries replacing the
 * built-in approximate 'streets'). Replacements must look like what the app expects of that layer.
 */
import type { Feature } from 'geojson';
import { featureIdOf, validateFeatureCollection } from '../../analysis/validate-feature-collection';
import { IssueCollector } from './issues';
import type { ImportIssue } from './types';

export interface ReplacementRule {
  /** allowed geometry types */
  geometry: readonly string[];
  /** every feature needs its own id (feature.id or properties.id), unique in the layer */
  requireIds: boolean;
  /** what the ids should look like, with a description for the message */
  idPattern?: { re: RegExp; description: string };
}

/** Rules per built-in layer id; layers not listed only need to exist (when builtInLayerIds is given). */
export const REPLACEMENT_RULES: Record<string, ReplacementRule> = {
  streets: {
    geometry: ['Polygon', 'MultiPolygon'],
    requireIds: true,
    idPattern: { re: /^\d{9}$|^\d{12}$/, description: 'a 9- or 12-digit NBS street code (e.g. 110105001000)' },
  },
  districts: { geometry: ['Polygon', 'MultiPolygon'], requireIds: true },
};

/**
 * Checks raw features (before generated ids are added) against the rule for `builtInId`.
 * Returns errors with code 'replaces-mismatch' (one per offending feature, capped) or
 * 'replaces-unknown-layer'. Empty = the replacement is acceptable.
 */
export function validateReplacement(file: string, builtInId: string, features: readonly Feature[], builtInLayerIds?: readonly string[]): ImportIssue[] {
  const issues = new IssueCollector(file);
  if (builtInLayerIds && !builtInLayerIds.includes(builtInId)) {
    issues.push('replaces-unknown-layer', 'error', `there is no built-in layer "${builtInId}" to replace (built-in layers: ${builtInLayerIds.join(', ')})`, {
      params: { replaces: builtInId },
    });
    return issues.all();
  }
  const rule = REPLACEMENT_RULES[builtInId];
  if (!rule) return [];
  features.forEach((f, i) => {
    const t = f.geometry?.type ?? 'none';
    if (!rule.geometry.includes(t)) {
      issues.push('replaces-mismatch', 'error', `has ${t} geometry; a replacement for "${builtInId}" needs ${rule.geometry.join(' or ')}`, {
        featureIndex: i,
        params: { replaces: builtInId, problem: 'geometry', found: t, expected: rule.geometry.join('|') },
      });
    }
  });
  if (rule.requireIds) {
    const { issues: idIssues } = validateFeatureCollection({ type: 'FeatureCollection', features }, { requireIds: true });
    for (const v of idIssues) {
      if (v.code !== 'missing-id' && v.code !== 'duplicate-id' && v.code !== 'invalid-id') continue;
      const problem = v.problem.replace(/^feature \d+(?: \(id [^)]*\))?: /, '');
      issues.push('replaces-mismatch', 'error', `${problem}; a replacement for "${builtInId}" needs a unique id per feature`, {
        featureIndex: v.featureIndex,
        ...(v.featureId !== undefined ? { featureId: String(v.featureId) } : {}),
        params: { replaces: builtInId, problem: v.code },
      });
    }
    if (rule.idPattern) {
      const pattern = rule.idPattern;
      features.forEach((f, i) => {
        const id = featureIdOf(f);
        if ((typeof id === 'string' || typeof id === 'number') && !pattern.re.test(String(id))) {
          issues.push('replaces-mismatch', 'error', `has id ${JSON.stringify(id)}; a replacement for "${builtInId}" needs ${pattern.description}`, {
            featureIndex: i,
            featureId: String(id),
            params: { replaces: builtInId, problem: 'id-format', found: String(id) },
          });
        }
      });
    }
  }
  return issues.all();
}
