import { afterEach, describe, expect, it } from 'vitest';
import { DataLoadError } from '../../data/api';
import { scenario } from '../../mocks/scenario';
import { fixtureTasks } from './test-fixture';
import { loadTasks, resetTasksCache } from './use-tasks';

afterEach(() => resetTasksCache());

const failure = async (): Promise<DataLoadError> => {
  try {
    await loadTasks();
  } catch (e) {
    return e as DataLoadError;
  }
  throw new Error('loadTasks did not fail');
};

describe('loadTasks', () => {
  it('loads, checks and indexes tasks.json once', async () => {
    scenario.fixtures['tasks.json'] = fixtureTasks();
    const a = await loadTasks();
    expect(a.rows).toHaveLength(6);
    scenario.fixtures['tasks.json'] = { ...fixtureTasks(), tasks: [] };
    expect(await loadTasks()).toBe(a);
  });
  it('names the file and the problem, and loads again after a failure', async () => {
    scenario.failures['tasks.json'] = 404;
    const e = await failure();
    expect(e).toBeInstanceOf(DataLoadError);
    expect([e.file, e.problem, e.detail]).toEqual(['tasks.json', 'http', 'HTTP 404']);
    delete scenario.failures['tasks.json'];
    scenario.fixtures['tasks.json'] = fixtureTasks();
    expect((await loadTasks()).file.plans).toHaveLength(4);
  });
  it('reports truncated JSON as malformed and a wrong shape as invalid', async () => {
    scenario.failures['tasks.json'] = 'truncated';
    expect((await failure()).problem).toBe('malformed');
    scenario.failures['tasks.json'] = 'malformed';
    const e = await failure();
    expect([e.problem, e.detail]).toEqual(['invalid', 'unsupported version undefined']);
  });
});
