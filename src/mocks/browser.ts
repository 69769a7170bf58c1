import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { resetScenario, scenario } from './scenario';

/** Starts the service-worker mock (dev with VITE_MOCK_API=1, and the e2e build). */
export async function startMockWorker() {
  const worker = setupWorker(...handlers);
  // e2e specs steer the scenario (role, failing files) through this object before the app loads data.
  (window as unknown as { __ecoMock: unknown }).__ecoMock = { scenario, resetScenario };
  const saved = sessionStorage.getItem('eco-mock-scenario');
  if (saved) {
    try {
      Object.assign(scenario, JSON.parse(saved));
    } catch {
      sessionStorage.removeItem('eco-mock-scenario');
    }
  }
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } });
}
