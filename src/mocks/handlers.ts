/** The one msw handler list: unit tests (setupServer), dev and e2e (setupWorker). */
import { http, HttpResponse, passthrough } from 'msw';
import { scenario } from './scenario';

export const handlers = [
  http.get('*/api/session', () => {
    if (scenario.sessionStatus !== 200) return new HttpResponse(null, { status: scenario.sessionStatus });
    return HttpResponse.json({ role: scenario.role, user: scenario.user, streetId: scenario.streetId });
  }),

  http.get('*/data/*', ({ request }) => {
    const path = decodeURIComponent(new URL(request.url).pathname.replace(/^.*\/data\//, ''));
    const failure = scenario.failures[path];
    if (failure === 404 || failure === 500) return new HttpResponse(null, { status: failure });
    if (failure === 'truncated') return new HttpResponse('{"type":"FeatureCollection","features":[{"type":"Fea', { headers: { 'Content-Type': 'application/json' } });
    if (failure === 'malformed') return HttpResponse.json({ hello: 'not geojson' });
    if (path in scenario.fixtures) return HttpResponse.json(scenario.fixtures[path] as Record<string, unknown>);
    return passthrough();
  }),
];
