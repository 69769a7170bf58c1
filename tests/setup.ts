/** vitest setup: msw lifecycle (unhandled requests fail), store and scenario reset after each test. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../src/mocks/node';
import { resetScenario } from '../src/mocks/scenario';
import { resetStore } from '../src/state/store';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetScenario();
  resetStore();
});
afterAll(() => server.close());
