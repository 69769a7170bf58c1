import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import './styles.css';

async function start() {
  // Dev and the e2e build mock /api/* with the same msw handler list the unit tests use.
  if (import.meta.env.VITE_MOCK_API === '1') {
    const { startMockWorker } = await import('./mocks/browser');
    await startMockWorker();
  }
  initI18n('zh');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
