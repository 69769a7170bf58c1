/** Options shown before importing: datum (explained), lon/lat columns for tables, built-in layer to replace, name. */
import { useTranslation } from 'react-i18next';
import type { Datum } from '../../data/import/types';
import { DATUMS, isTabular, type ImportForm, type ReplaceChoice } from './import-form';

interface Props {
  fileName: string;
  form: ImportForm;
  onChange: (f: ImportForm) => void;
  /** column names read from the file's first line (CSV/TSV/TXT), for suggestions */
  headers: readonly string[];
  choices: readonly ReplaceChoice[];
}

/** A header chooser for the longitude or latitude column ('' = detect automatically). */
function ColumnSelect(p: { label: string; auto: string; value: string; headers: readonly string[]; onChange: (v: string) => void; testId: string }) {
  return (
    <label>
      {p.label}
      <select value={p.value} onChange={(e) => p.onChange(e.target.value)} data-testid={p.testId}>
        <option value="">{p.auto}</option>
        {p.headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ImportOptionsForm({ fileName, form, onChange, headers, choices }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const set = <K extends keyof ImportForm>(k: K, v: ImportForm[K]) => onChange({ ...form, [k]: v });
  const chosen = choices.find((c) => c.id === form.replaces);
  return (
    <div className="import-options" data-testid="import-options">
      <fieldset className="import-datum">
        <legend>{t('importUi.datum.label')}</legend>
        {DATUMS.map((d: Datum) => (
          <label key={d} className={form.datum === d ? 'on' : ''}>
            <input type="radio" name="import-datum" value={d} checked={form.datum === d} onChange={() => set('datum', d)} data-testid={`import-datum-${d}`} />
            <span>
              <strong>{t(`importUi.datum.${d}`)}</strong>
              <span className="small">{t(`importUi.datum.${d}Hint`)}</span>
            </span>
          </label>
        ))}
        <p className="small import-why">{t('importUi.datum.why')}</p>
      </fieldset>

      {isTabular(fileName) && (
        <fieldset className="import-columns">
          <legend>{t('importUi.columns.label')}</legend>
          <p className="small">{t('importUi.columns.hint')}</p>
          {headers.length > 0 ? (
            <>
              <ColumnSelect label={t('importUi.columns.lon')} auto={t('importUi.columns.auto')} value={form.lonColumn} headers={headers} onChange={(v) => set('lonColumn', v)} testId="import-lon" />
              <ColumnSelect label={t('importUi.columns.lat')} auto={t('importUi.columns.auto')} value={form.latColumn} headers={headers} onChange={(v) => set('latColumn', v)} testId="import-lat" />
            </>
          ) : (
            <>
              <label>
                {t('importUi.columns.lon')}
                <input type="text" value={form.lonColumn} placeholder={t('importUi.columns.auto')} onChange={(e) => set('lonColumn', e.target.value)} data-testid="import-lon" />
              </label>
              <label>
                {t('importUi.columns.lat')}
                <input type="text" value={form.latColumn} placeholder={t('importUi.columns.auto')} onChange={(e) => set('latColumn', e.target.value)} data-testid="import-lat" />
              </label>
            </>
          )}
        </fieldset>
      )}

      {choices.length > 0 && (
        <label className="import-field">
          <span>{t('importUi.replace.label')}</span>
          <select value={form.replaces} onChange={(e) => set('replaces', e.target.value)} data-testid="import-replaces">
            <option value="">{t('importUi.replace.none')}</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title[lang]}
              </option>
            ))}
          </select>
          <span className="small">{chosen?.rule === 'streets' ? t('importUi.replace.ruleStreets') : chosen?.rule === 'ids' ? t('importUi.replace.ruleIds') : t('importUi.replace.hint')}</span>
        </label>
      )}

      <label className="import-field">
        <span>{t('importUi.name.label')}</span>
        <input type="text" value={form.name} maxLength={120} placeholder={t('importUi.name.placeholder')} onChange={(e) => set('name', e.target.value)} data-testid="import-name" />
      </label>
    </div>
  );
}
