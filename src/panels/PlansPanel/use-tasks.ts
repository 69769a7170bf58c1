/** Loads tasks.json once per page (module-level promise), with loading / error states and a retry. */
import { useEffect, useState } from 'react';
import { DataLoadError, fetchJson } from '../../data/api';
import { checkTasksFile, indexTasks, type TasksIndex } from './tasks-query';

export const TASKS_FILE = 'tasks.json';

export type TasksState =
  | { status: 'loading' }
  | { status: 'ready'; index: TasksIndex }
  | { status: 'error'; file: string; detail: string };

let pending: Promise<TasksIndex> | null = null;
let loaded: TasksIndex | null = null;

export function loadTasks(): Promise<TasksIndex> {
  if (loaded) return Promise.resolve(loaded);
  if (!pending) {
    pending = fetchJson<unknown>(TASKS_FILE)
      .then((d) => {
        try {
          return indexTasks(checkTasksFile(d));
        } catch (e) {
          throw new DataLoadError(TASKS_FILE, 'invalid', (e as Error).message);
        }
      })
      .then((index) => (loaded = index));
    // a failed load is forgotten so that "retry" fetches again
    pending.catch(() => (pending = null));
  }
  return pending;
}

/** Test helper: forget the loaded file. */
export function resetTasksCache() {
  pending = null;
  loaded = null;
}

function toError(e: unknown): TasksState {
  if (e instanceof DataLoadError) return { status: 'error', file: e.file, detail: e.detail };
  return { status: 'error', file: TASKS_FILE, detail: (e as Error)?.message ?? String(e) };
}

export function useTasks(): TasksState & { retry: () => void } {
  const [state, setState] = useState<TasksState>(() => (loaded ? { status: 'ready', index: loaded } : { status: 'loading' }));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (loaded) {
      setState((s) => (s.status === 'ready' && s.index === loaded ? s : { status: 'ready', index: loaded! }));
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    loadTasks().then(
      (index) => live && setState({ status: 'ready', index }),
      (e: unknown) => live && setState(toError(e)),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return { ...state, retry: () => setAttempt((a) => a + 1) };
}
