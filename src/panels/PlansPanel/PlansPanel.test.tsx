// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { scenario } from '../../mocks/scenario';
import { useStore } from '../../state/store';
import { PlansPanel } from './PlansPanel';
import { A, B, C, fixtureStreets, fixtureTasks } from './test-fixture';
import { resetTasksCache } from './use-tasks';

beforeAll(() => {
  initI18n('zh');
});
afterEach(() => {
  cleanup();
  resetTasksCache();
});

async function renderLoaded() {
  scenario.fixtures['tasks.json'] = fixtureTasks();
  render(<PlansPanel />);
  await screen.findByTestId('plans-list');
}
const task = (id: string) => screen.getAllByTestId('plan-task').find((el) => el.dataset.task === id)!;

describe('PlansPanel task view', () => {
  it('lists tasks with source citations, the draft flag and 相关街乡 as written', async () => {
    await renderLoaded();
    expect(screen.getByTestId('plans-count').textContent).toBe('5 项任务，6 条措施');
    expect(within(task('cy2024d-noise-1')).getByText(/征求意见稿/)).toBeTruthy();
    expect(within(task('cy2023-air-1')).queryByText(/征求意见稿/)).toBeNull();
    expect(within(task('cy2023-water-2')).getByTestId('plan-source').textContent).toBe('000:200');
    expect(within(task('cy2023-water-2')).getByTestId('plan-streets').textContent).toBe('相关街乡（原文未具体指明）');
    expect(within(task('cy2023-air-1')).getAllByTestId('plan-streets')[1].textContent).toBe('1 个街乡：建外街道');
  });

  it('filters by text and by annex, and resets', async () => {
    await renderLoaded();
    fireEvent.change(screen.getByTestId('plans-text'), { target: { value: '亮马河' } });
    expect(await screen.findByText('2 项任务，2 条措施')).toBeTruthy();
    fireEvent.change(screen.getByTestId('plans-annex'), { target: { value: 'water' } });
    expect(screen.getAllByTestId('plan-task').map((el) => el.dataset.task)).toEqual(['cy2023-water-2']);
    fireEvent.click(screen.getByTestId('plans-reset'));
    expect(await screen.findByText('5 项任务，6 条措施')).toBeTruthy();
  });

  it('highlights a task’s streets and places and flies to the loaded streets', async () => {
    useStore.getState().setFeatures('streets', fixtureStreets());
    await renderLoaded();
    fireEvent.click(within(task('cy2023-air-1')).getByTestId('plan-show-task'));
    const s = useStore.getState();
    expect(s.highlight).toEqual({ streetIds: [A, B, C], placeNames: ['亮马河'], label: '扬尘管控' });
    expect(s.flyTo?.bbox.map((v) => +v.toFixed(6))).toEqual([116.43, 39.9, 116.47, 39.93]);
    expect(screen.getByTestId('plans-highlight').textContent).toContain('扬尘管控');
    fireEvent.click(screen.getByTestId('plans-clear-highlight'));
    expect(useStore.getState().highlight).toBeNull();
  });

  it('clears the highlight for a task that names no street or place', async () => {
    await renderLoaded();
    fireEvent.click(within(task('cy2023-water-2')).getByTestId('plan-show-task'));
    expect(useStore.getState().highlight).toEqual({ streetIds: [], placeNames: ['亮马河'], label: '河道治理' });
    fireEvent.click(within(task('cy2024d-noise-1')).getByTestId('plan-show-task'));
    expect(useStore.getState().highlight).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('该任务未指明街乡或地点，地图上无可高亮对象');
  });

  it('waits for the street layer before flying, and says so', async () => {
    await renderLoaded();
    fireEvent.click(within(task('cy2023-air-1')).getAllByTestId('plan-show-measure')[1]);
    expect(useStore.getState().highlight?.streetIds).toEqual([A]);
    expect(useStore.getState().flyTo).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('街乡图层加载后将自动定位');
    act(() => useStore.getState().setFeatures('streets', fixtureStreets()));
    expect(useStore.getState().flyTo?.bbox.map((v) => +v.toFixed(6))).toEqual([116.44, 39.9, 116.45, 39.91]);
  });

  it('shows Tongzhou lead persons to internal roles only', async () => {
    useStore.getState().setRole('public');
    await renderLoaded();
    expect(screen.queryByTestId('plan-lead-persons')).toBeNull();
    expect(screen.queryByText(/张三/)).toBeNull();
    cleanup();
    useStore.getState().setRole('supervisor');
    render(<PlansPanel />);
    expect((await screen.findByTestId('plan-lead-persons')).textContent).toContain('张三');
    act(() => useStore.getState().setMode('public'));
    expect(screen.queryByText(/张三/)).toBeNull();
  });

  it('names the file on a load error and retries', async () => {
    scenario.failures['tasks.json'] = 500;
    render(<PlansPanel />);
    expect((await screen.findByTestId('plans-error')).textContent).toContain('无法加载 tasks.json：HTTP 500');
    delete scenario.failures['tasks.json'];
    scenario.fixtures['tasks.json'] = fixtureTasks();
    fireEvent.click(screen.getByTestId('plans-retry'));
    expect(await screen.findByTestId('plans-list')).toBeTruthy();
  });

  it('pages through long result lists', async () => {
    const f = fixtureTasks();
    const base = f.tasks[4];
    for (let i = 2; i <= 20; i++) f.tasks.push({ ...base, id: `bj2023-soil-${i}`, taskNo: i, measures: base.measures.map((m) => ({ ...m, id: `bj2023-soil-${i}-m1` })) });
    scenario.fixtures['tasks.json'] = f;
    render(<PlansPanel />);
    await screen.findByTestId('plans-list');
    expect(screen.getAllByTestId('plan-task')).toHaveLength(15);
    expect(screen.getByTestId('plans-page').textContent).toBe('第 1 / 2 页');
    fireEvent.click(screen.getByTestId('plans-next'));
    expect(screen.getAllByTestId('plan-task')).toHaveLength(24 - 15);
  });
});

describe('PlansPanel department view', () => {
  it('lists a department’s streets with counts and selects a street on click', async () => {
    useStore.getState().setFeatures('streets', fixtureStreets());
    await renderLoaded();
    fireEvent.click(screen.getByTestId('plans-view-depts'));
    fireEvent.change(screen.getByTestId('plans-dept-choose'), { target: { value: '110105:区水务局' } });
    expect(screen.getByTestId('plans-dept-summary').textContent).toBe('2 项任务，2 条措施');
    const rows = screen.getAllByTestId('plans-dept-street');
    expect(rows.map((r) => r.textContent)).toEqual(['建外街道(图层)1']);
    expect(screen.getByTestId('plans-dept-unspecified').textContent).toContain('1 条');
    fireEvent.click(within(rows[0]).getByRole('button'));
    expect(useStore.getState().selection).toEqual({ layer: 'streets', id: A });
    expect(useStore.getState().flyTo).not.toBeNull();
  });
});
