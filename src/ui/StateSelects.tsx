import { useId } from 'react';
import { datasetOf } from '../derive/resolve.ts';
import type { Flow } from '../state/params.ts';
import type { ViewProps } from '../state/view-props.ts';

type Which = 'list' | 'vs' | 'year' | 'flow';

/** The second list: the one in the URL, else the first other list of the dataset. */
export function effectiveVs(props: ViewProps): string {
  const ds = datasetOf(props.manifest, props.state);
  return props.state.vs || (ds?.lists.find((l) => l !== props.state.list) ?? '');
}

/** Small selects for the parts of the state a page needs, since pages have no map controls. */
export function StateSelects(props: ViewProps & { which: Which[] }) {
  const { manifest, state, update, t, which } = props;
  const ds = datasetOf(manifest, state);
  const id = useId();
  if (!ds) return null;
  const name = (l: string) => manifest.lists.find((x) => x.id === l)?.name ?? l;
  const fields: Record<Which, { label: string; value: string; options: [string, string][] }> = {
    list: {
      label: t(which.includes('vs') ? 'pgListA' : 'pgList'),
      value: state.list,
      options: ds.lists.map((l) => [l, name(l)]),
    },
    vs: {
      label: t('pgListB'),
      value: effectiveVs(props),
      options: ds.lists.map((l) => [l, name(l)]),
    },
    year: {
      label: t('pgYear'),
      value: String(state.year),
      options: ds.years.map((y) => [String(y), String(y)]),
    },
    flow: {
      label: t('pgFlow'),
      value: state.flow,
      options: [
        ['export', t('pgExports')],
        ['import', t('pgImports')],
      ],
    },
  };
  const set = (w: Which, v: string) =>
    update(
      w === 'year'
        ? { year: Number(v) }
        : w === 'flow'
          ? { flow: v as Flow }
          : w === 'list'
            ? { list: v, cat: '' }
            : { vs: v },
    );
  // Only offer a choice where there is one; a single year or list still shows in the captions.
  const shown = which.filter((w) => fields[w].options.length > 1);
  if (shown.length === 0) return null;
  return (
    <div className="pg-selects">
      {shown.map((w) => (
        <label key={w} htmlFor={`${id}-${w}`}>
          {fields[w].label}{' '}
          <select
            id={`${id}-${w}`}
            value={fields[w].value}
            onChange={(e) => set(w, e.target.value)}
          >
            {fields[w].options.map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
