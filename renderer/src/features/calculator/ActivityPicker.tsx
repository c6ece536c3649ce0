import { useMemo, useState } from 'react';
import type { Activity } from '../../../../shared/domain/activities';
import { Field } from '../../components/Field';

export interface ActivityPickerProps {
  activities: readonly Activity[];
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
  /** The select's label (another form may ask "What was used or done?"). */
  label?: string;
  placeholder?: string;
}

function matches(a: Activity, words: string[]): boolean {
  const text = `${a.label} ${a.category} ${a.id} ${a.keywords.join(' ')}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

/** A search box that narrows a select grouped by category: hundreds of activities stay findable by keyboard. */
export function ActivityPicker({ activities, value, onChange, error, label = 'Activity', placeholder = 'Choose what you want to calculate…' }: ActivityPickerProps) {
  const [search, setSearch] = useState('');
  const groups = useMemo(() => {
    const words = search.toLowerCase().split(/\s+/).filter(Boolean);
    const byCategory = new Map<string, Activity[]>();
    for (const a of activities) {
      if (words.length && !matches(a, words) && a.id !== value) continue;
      const list = byCategory.get(a.category) ?? [];
      list.push(a);
      byCategory.set(a.category, list);
    }
    return [...byCategory];
  }, [activities, search, value]);
  const shown = groups.reduce((n, [, list]) => n + list.length, 0);

  return (
    <div className="activity-picker">
      <Field label="Search activities" hint="Type a few words, such as “gas”, “flight” or “hotel”, to narrow the list below.">
        {(control) => <input {...control} type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />}
      </Field>
      <Field label={label} hint={`${shown} of ${activities.length} shown`} error={error}>
        {(control) => (
          <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">{placeholder}</option>
            {groups.map(([category, list]) => (
              <optgroup key={category} label={category}>
                {list.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
