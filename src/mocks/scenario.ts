/**
 * Mutable mock scenario shared by the one handler list: which role /api/session returns, which
 * data files fail and how. Unit tests set it directly; e2e sets it through `window.__ecoMock`.
 */
export type FailureKind = 404 | 500 | 'truncated' | 'malformed';

export interface MockScenario {
  role: 'inspector' | 'supervisor' | 'public';
  streetId?: string;
  user?: string;
  sessionStatus: 200 | 401 | 500;
  /** data file path (relative to data/) → failure */
  failures: Record<string, FailureKind>;
  /** data file path → JSON body served instead of the static file (unit tests) */
  fixtures: Record<string, unknown>;
}

export const scenario: MockScenario = {
  role: 'supervisor',
  streetId: '110105001000',
  user: 'demo',
  sessionStatus: 200,
  failures: {},
  fixtures: {},
};

export function resetScenario() {
  scenario.role = 'supervisor';
  scenario.streetId = '110105001000';
  scenario.user = 'demo';
  scenario.sessionStatus = 200;
  scenario.failures = {};
  scenario.fixtures = {};
}
