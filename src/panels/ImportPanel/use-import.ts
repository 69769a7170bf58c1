/**
 * The import dialog's flow: choose → (preflight errors | options) → (large-file confirmation) →
 * running in the worker with progress and cancel → summary | issues | cancelled.
 * Nothing touches the store until an import succeeds; then every layer goes through addImportedLayer.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { importFile, preflight } from '../../data/import/client';
import type { ImportIssue, ImportOptions, ImportStage } from '../../data/import/types';
import { addImportedLayer } from '../../state/import-actions';
import { summariseLayer, type LayerSummary } from './ImportSummary';

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'chosen'; file: File }
  | { kind: 'confirm'; file: File; warning: ImportIssue }
  | { kind: 'running'; file: File; fraction: number; stage: ImportStage }
  | { kind: 'done'; file: File; layers: LayerSummary[]; extra: ImportIssue[] }
  | { kind: 'failed'; file: File; issues: ImportIssue[]; canRetry: boolean }
  | { kind: 'cancelled'; file: File };

const issueKey = (i: ImportIssue) => `${i.code}|${i.file}|${i.featureIndex ?? ''}|${i.message}`;

/** Issues of a successful result not already listed under one of its layers. */
export function extraIssues(all: readonly ImportIssue[], layers: readonly LayerSummary[]): ImportIssue[] {
  const seen = new Set(layers.flatMap((l) => l.warnings.map(issueKey)));
  return all.filter((i) => !seen.has(issueKey(i)));
}

function isAbort(e: unknown): boolean {
  return e instanceof DOMException ? e.name === 'AbortError' : e instanceof Error && e.name === 'AbortError';
}

export function useImport(optionsFor: (file: File) => ImportOptions) {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const ctrl = useRef<AbortController | null>(null);
  const generation = useRef(0);

  // leaving the dialog stops a running import
  useEffect(
    () => () => {
      generation.current++;
      ctrl.current?.abort();
    },
    [],
  );

  const choose = useCallback((file: File) => {
    ctrl.current?.abort();
    generation.current++;
    const pre = preflight({ name: file.name, size: file.size });
    if (pre.some((i) => i.severity === 'error')) setPhase({ kind: 'failed', file, issues: pre, canRetry: false });
    else setPhase({ kind: 'chosen', file });
  }, []);

  const run = useCallback(
    async (file: File) => {
      const gen = ++generation.current;
      const c = new AbortController();
      ctrl.current = c;
      setPhase({ kind: 'running', file, fraction: 0, stage: 'read' });
      const live = () => generation.current === gen;
      try {
        const result = await importFile(file, optionsFor(file), {
          signal: c.signal,
          onProgress: (fraction, stage) => {
            if (live()) setPhase((p) => (p.kind === 'running' ? { ...p, fraction: Math.max(p.fraction, fraction), stage } : p));
          },
        });
        if (!live()) return;
        if (!result.ok) {
          setPhase({ kind: 'failed', file, issues: result.issues, canRetry: true });
          return;
        }
        for (const layer of result.layers) await addImportedLayer(layer);
        const layers = result.layers.map(summariseLayer);
        if (live()) setPhase({ kind: 'done', file, layers, extra: extraIssues(result.issues, layers) });
      } catch (e) {
        if (!live()) return;
        if (isAbort(e)) setPhase({ kind: 'cancelled', file });
        else {
          const detail = e instanceof Error ? e.message : String(e);
          setPhase({
            kind: 'failed',
            file,
            canRetry: true,
            issues: [{ code: 'import-crashed', severity: 'error', file: file.name, featureIndex: null, message: `${file.name}: ${detail}`, params: { detail } }],
          });
        }
      } finally {
        if (ctrl.current === c) ctrl.current = null;
      }
    },
    [optionsFor],
  );

  const start = useCallback(() => {
    if (phase.kind !== 'chosen') return;
    const large = preflight({ name: phase.file.name, size: phase.file.size }).find((i) => i.code === 'too-large');
    if (large) setPhase({ kind: 'confirm', file: phase.file, warning: large });
    else void run(phase.file);
  }, [phase, run]);

  const confirm = useCallback(() => {
    if (phase.kind === 'confirm') void run(phase.file);
  }, [phase, run]);

  /** aborts a running import, or steps back from the large-file question */
  const cancel = useCallback(() => {
    if (phase.kind === 'running') ctrl.current?.abort();
    else if (phase.kind === 'confirm') setPhase({ kind: 'chosen', file: phase.file });
  }, [phase]);

  /** back to the options with the same file (after a failure or cancel) */
  const backToOptions = useCallback(() => {
    if (phase.kind === 'failed' || phase.kind === 'cancelled' || phase.kind === 'done') setPhase({ kind: 'chosen', file: phase.file });
  }, [phase]);

  const reset = useCallback(() => {
    ctrl.current?.abort();
    generation.current++;
    setPhase({ kind: 'idle' });
  }, []);

  return { phase, choose, start, confirm, cancel, backToOptions, reset };
}
