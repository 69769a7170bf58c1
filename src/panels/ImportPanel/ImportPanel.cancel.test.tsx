// @vitest-environment jsdom
/** Progress and cancel, with a stand-in importer that waits until it is aborted (the real one runs in a worker). */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportFileControls } from '../../data/import/client';
import { initI18n } from '../../i18n';
import { useStore } from '../../state/store';
import { ImportPanel } from './ImportPanel';

const calls: { controls: ImportFileControls }[] = [];

vi.mock('../../data/import/client', async (orig) => {
  const real = await orig<typeof import('../../data/import/client')>();
  return {
    ...real,
    importFile: (_input: unknown, _options: unknown, controls: ImportFileControls) =>
      new Promise((_resolve, reject) => {
        calls.push({ controls });
        controls.signal?.addEventListener('abort', () => reject(new DOMException('The import was cancelled', 'AbortError')));
      }),
  };
});

beforeAll(() => {
  initI18n('zh');
});
afterEach(() => {
  cleanup();
  calls.length = 0;
});

describe('ImportPanel while importing', () => {
  it('shows the stage and progress, and Cancel stops the import without touching the map', async () => {
    render(<ImportPanel />);
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [new File(['{}'], 'slow.geojson')] } });
    fireEvent.click(screen.getByTestId('import-start'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect((screen.getByTestId('import-input') as HTMLInputElement).disabled).toBe(true);
    act(() => calls[0].controls.onProgress?.(0.42, 'parse'));
    expect((screen.getByTestId('import-progress') as HTMLProgressElement).value).toBeCloseTo(0.42);
    expect(screen.getByTestId('import-running').textContent).toContain('解析 · 42%');
    // progress never goes backwards
    act(() => calls[0].controls.onProgress?.(0.1, 'parse'));
    expect((screen.getByTestId('import-progress') as HTMLProgressElement).value).toBeCloseTo(0.42);
    fireEvent.click(screen.getByTestId('import-cancel'));
    await screen.findByTestId('import-cancelled');
    expect(calls[0].controls.signal?.aborted).toBe(true);
    expect(useStore.getState().imported).toEqual([]);
  });

  it('closing the dialog aborts a running import', async () => {
    const { unmount } = render(<ImportPanel />);
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [new File(['{}'], 'slow.geojson')] } });
    fireEvent.click(screen.getByTestId('import-start'));
    await waitFor(() => expect(calls).toHaveLength(1));
    unmount();
    expect(calls[0].controls.signal?.aborted).toBe(true);
  });
});
