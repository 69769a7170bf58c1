// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { scenario } from '../../mocks/scenario';
import { useStore } from '../../state/store';
import { A, C, T, fixtureTasks } from '../PlansPanel/test-fixture';
import { resetTasksCache } from '../PlansPanel/use-tasks';
import { StreetTasks } from './StreetTasks';

beforeAll(() => {
  initI18n('zh');
});
afterEach(() => {
  cleanup();
  resetTasksCache();
});

describe('StreetTasks', () => {
  it('groups the street’s measures by annex with deadlines, co-responsible units and the 相关街乡 count', async () => {
    scenario.fixtures['tasks.json'] = fixtureTasks();
    render(<StreetTasks streetId={A} />);
    const panel = await screen.findByTestId('street-tasks');
    expect(screen.getAllByTestId('street-tasks-annex').map((el) => el.dataset.annex)).toEqual(['air']);
    const rows = screen.getAllByTestId('street-task');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('年底前');
    expect(rows[0].textContent).toContain('共同责任单位：区生态环境局');
    expect(rows[0].textContent).not.toContain('各街乡');
    expect(rows[1].textContent).toContain('共同责任单位：区水务局');
    expect(rows[1].textContent).toContain('000:101');
    expect(within(panel).getByTestId('street-tasks-unspecified').textContent).toContain('1 条措施');
  });

  it('says when no task names the street, and counts nothing from other districts', async () => {
    scenario.fixtures['tasks.json'] = fixtureTasks();
    render(<StreetTasks streetId="110101001000" />);
    expect((await screen.findByTestId('street-tasks')).textContent).toContain('没有指明本街乡的任务');
    expect(screen.queryByTestId('street-tasks-unspecified')).toBeNull();
  });

  it('keeps lead persons from the public', async () => {
    scenario.fixtures['tasks.json'] = fixtureTasks();
    useStore.getState().setRole('public');
    render(<StreetTasks streetId={T} />);
    expect((await screen.findAllByTestId('street-task'))).toHaveLength(1);
    expect(screen.queryByText(/张三/)).toBeNull();
    cleanup();
    useStore.getState().setRole('inspector', C);
    render(<StreetTasks streetId={T} />);
    expect((await screen.findByTestId('plan-lead-persons')).textContent).toContain('张三');
  });

  it('shows the load error with the file name', async () => {
    scenario.failures['tasks.json'] = 404;
    render(<StreetTasks streetId={A} />);
    expect((await screen.findByTestId('plans-error')).textContent).toContain('tasks.json');
  });
});
