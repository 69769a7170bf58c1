/** Department picker: the departments that appear in the plans, grouped by district (city-wide first). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentOptions, type TasksIndex } from './tasks-query';

interface Props {
  index: TasksIndex;
  value: string;
  onChange: (id: string) => void;
  emptyLabel: string;
  label: string;
  testId: string;
}

export function DeptSelect({ index, value, onChange, emptyLabel, label, testId }: Props) {
  const { t } = useTranslation();
  const groups = useMemo(() => departmentOptions(index), [index]);
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label} data-testid={testId}>
      <option value="">{emptyLabel}</option>
      {groups.map((g) => (
        <optgroup key={g.district || 'city'} label={g.district ? t(`plans.district.${g.district}`) : t('plans.municipal')}>
          {g.options.map((o) => (
            <option key={o.dept.id} value={o.dept.id}>
              {o.dept.name} ({o.measures})
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
