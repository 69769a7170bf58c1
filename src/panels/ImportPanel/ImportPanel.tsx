/**
 * 导入 dialog: pick or drop a file, choose datum / columns / replacement / name, import in the
 * worker with progress and cancel, then a summary or a list of issues. All user data is rendered as text.
 * The importer is imported by module (client, types), not through its index: the index re-exports
 * importBytes, which would pull every parser into this chunk; they belong in the worker.
 */
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPT_ATTRIBUTE } from '../../data/import/client';
import { layerAllowed } from '../../state/actions';
import { useStore } from '../../state/store';
import { ImportOptionsForm } from './ImportOptionsForm';
import { ImportSummary } from './ImportSummary';
import { IssueList } from './IssueList';
import { EMPTY_FORM, formatSize, isDelimitedText, replaceChoices, sniffHeader, toImportOptions, type ImportForm } from './import-form';
import { sortIssues } from './issue-text';
import { useImport } from './use-import';
import './import.css';

const HEADER_BYTES = 64 * 1024;

export function ImportPanel() {
  const { t } = useTranslation();
  const manifest = useStore((s) => s.manifest);
  const role = useStore((s) => s.role);
  // layerAllowed reads the role: recompute when it changes
  const choices = useMemo(() => (role ? replaceChoices(manifest, layerAllowed) : []), [manifest, role]);
  const [form, setForm] = useState<ImportForm>(EMPTY_FORM);
  const builtInIds = useMemo(() => manifest?.layers.map((l) => l.id) ?? [], [manifest]);
  const optionsFor = useCallback((file: File) => toImportOptions(form, file.name, builtInIds), [form, builtInIds]);
  const { phase, choose, start, confirm, cancel, backToOptions, reset } = useImport(optionsFor);
  const [headers, setHeaders] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);

  const file = phase.kind === 'idle' ? null : phase.file;
  // column names from the first line of a CSV/TSV/TXT, for the column pickers
  useEffect(() => {
    setHeaders([]);
    if (!file || !isDelimitedText(file.name)) return;
    let live = true;
    void file
      .slice(0, HEADER_BYTES)
      .text()
      .then((text) => live && setHeaders(sniffHeader(text)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [file]);

  const pick = (f: File | undefined) => {
    if (!f) return;
    setForm((prev) => ({ ...prev, lonColumn: '', latColumn: '', name: '' }));
    choose(f);
  };
  const running = phase.kind === 'running';
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    if (!running) pick(e.dataTransfer.files[0]);
  };
  const onDragOver = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = running ? 'none' : 'copy';
    if (!running) setDragging(true);
  };
  const size = file ? formatSize(file.size) : null;

  return (
    <section
      className={`import-panel${dragging ? ' dragging' : ''}`}
      data-testid="import-panel"
      data-phase={phase.kind}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <h2>{t('importUi.title')}</h2>
      <p className="small">{t('importUi.intro')}</p>

      <div className="import-drop" data-testid="import-drop">
        <label className={`import-choose${running ? ' disabled' : ''}`}>
          <input
            type="file"
            accept={ACCEPT_ATTRIBUTE}
            disabled={running}
            data-testid="import-input"
            onChange={(e) => {
              pick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <span className="button-like">{t('importUi.choose')}</span>
        </label>
        <span className="small">{dragging ? t('importUi.dropActive') : t('importUi.drop')}</span>
        <p className="small muted">{t('importUi.accepted')}</p>
      </div>

      {file && size && (
        <p className="import-file" data-testid="import-file">
          {t('importUi.chosen')}：<strong>{file.name}</strong> <span className="small">{t(`importUi.${size.key}`, { size: size.size })}</span>
        </p>
      )}

      {phase.kind === 'chosen' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          <h3>{t('importUi.options')}</h3>
          <ImportOptionsForm fileName={phase.file.name} form={form} onChange={setForm} headers={headers} choices={choices} />
          <div className="import-actions">
            <button type="submit" className="primary" data-testid="import-start">
              {t('importUi.start')}
            </button>
            <button type="button" onClick={reset}>
              {t('importUi.reset')}
            </button>
          </div>
        </form>
      )}

      {phase.kind === 'confirm' && (
        <div className="import-confirm" role="alertdialog" aria-labelledby="import-large-title" data-testid="import-confirm">
          <h3 id="import-large-title">{t('importUi.large.title')}</h3>
          <p>
            {t('importUi.large.text', {
              file: phase.file.name,
              sizeMb: String(phase.warning.params?.sizeMb ?? ''),
              limitMb: String(phase.warning.params?.limitMb ?? ''),
            })}
          </p>
          <div className="import-actions">
            <button type="button" className="primary" onClick={confirm} data-testid="import-confirm-go">
              {t('importUi.large.go')}
            </button>
            <button type="button" onClick={cancel}>
              {t('importUi.cancel')}
            </button>
          </div>
        </div>
      )}

      {phase.kind === 'running' && (
        <div className="import-running" data-testid="import-running">
          <label>
            <span>
              {t(`importUi.stage.${phase.stage}`)} · {Math.round(phase.fraction * 100)}%
            </span>
            <progress max={1} value={phase.fraction} aria-label={t('importUi.progress')} data-testid="import-progress" />
          </label>
          <button type="button" onClick={cancel} data-testid="import-cancel">
            {t('importUi.cancel')}
          </button>
        </div>
      )}

      {phase.kind === 'cancelled' && (
        <div className="import-cancelled" role="status" data-testid="import-cancelled">
          <p>{t('importUi.cancelled')}</p>
          <div className="import-actions">
            <button type="button" onClick={backToOptions}>
              {t('importUi.retry')}
            </button>
            <button type="button" onClick={reset}>
              {t('importUi.reset')}
            </button>
          </div>
        </div>
      )}

      {phase.kind === 'failed' && (
        <div className="import-failed" role="alert" data-testid="import-failed">
          <h3>{phase.canRetry ? t('importUi.failed.title') : t('importUi.preflightFailed')}</h3>
          <p className="small">{t('importUi.failed.nothingLost')}</p>
          <IssueList issues={sortIssues(phase.issues)} testId="import-errors" />
          <div className="import-actions">
            {phase.canRetry && (
              <button type="button" onClick={backToOptions} data-testid="import-retry">
                {t('importUi.retry')}
              </button>
            )}
            <button type="button" onClick={reset} data-testid="import-reset">
              {t('importUi.another')}
            </button>
          </div>
        </div>
      )}

      {phase.kind === 'done' && (
        <>
          <ImportSummary layers={phase.layers} extra={phase.extra} />
          <div className="import-actions">
            <button type="button" onClick={reset} data-testid="import-another">
              {t('importUi.another')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
