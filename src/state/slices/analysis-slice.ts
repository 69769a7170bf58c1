import type { StateCreator } from 'zustand';
import type { Rule, RuleResult } from '../../analysis/types';
import type { Store } from '../store';

export interface AnalysisSlice {
  /** the rule being shown (built-in or custom); plain data */
  rule: Rule | null;
  result: RuleResult | null;
  analysisStatus: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  analysisProgress: number;
  analysisError: string | null;
  /** the centre whose zone is focused (its hits are listed) */
  focusCenter: { layer: string; id: string } | null;
  setRule: (r: Rule | null) => void;
  setAnalysis: (p: Partial<Pick<AnalysisSlice, 'result' | 'analysisStatus' | 'analysisProgress' | 'analysisError'>>) => void;
  setFocusCenter: (c: AnalysisSlice['focusCenter']) => void;
}

export const createAnalysisSlice: StateCreator<Store, [], [], AnalysisSlice> = (set) => ({
  rule: null,
  result: null,
  analysisStatus: 'idle',
  analysisProgress: 0,
  analysisError: null,
  focusCenter: null,
  setRule: (rule) => set({ rule, result: null, analysisStatus: 'idle', analysisProgress: 0, analysisError: null, focusCenter: null }),
  setAnalysis: (p) => set(p),
  setFocusCenter: (focusCenter) => set({ focusCenter }),
});
