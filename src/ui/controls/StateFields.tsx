import { usableDatasets } from '../../state/params.ts';
import { listPatch } from '../../state/transitions.ts';
import { switchDataset } from '../../state/url-state.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { categoryTerm, datasetLists } from './panel.ts';

/**
 * The dataset, list and category fields, shared by the map's control panel and the flows
 * view's, so both offer the same choices under the same rules. `id` is the panel's useId().
 */
type FieldProps = Pick<ViewProps, 'manifest' | 'state' | 'update' | 't'> & { id: string };

/** Every dataset; one without rows cannot be shown and is offered disabled (Sources says why). */
export function DatasetField({ manifest, state, update, t, id }: FieldProps) {
  const usable = new Set(usableDatasets(manifest).map((d) => d.id));
  return (
    <div className="ctl-field">
      <label htmlFor={`${id}-dataset`}>{t('ctlDataset')}</label>
      <select
        id={`${id}-dataset`}
        value={state.dataset}
        onChange={(e) => update(switchDataset(state, manifest, e.target.value))}
      >
        {manifest.datasets.map((d) =>
          usable.has(d.id) ? (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ) : (
            <option key={d.id} value={d.id} disabled>
              {t('moNoRowsOption', { title: d.title })}
            </option>
          ),
        )}
      </select>
    </div>
  );
}

/** The lists the dataset applies; a new list starts from the whole list. */
export function ListField({ manifest, state, update, t, id }: FieldProps) {
  const ds = manifest.datasets.find((d) => d.id === state.dataset);
  return (
    <div className="ctl-field">
      <label htmlFor={`${id}-list`}>{t('ctlList')}</label>
      <select
        id={`${id}-list`}
        value={state.list}
        onChange={(e) => update(listPatch(e.target.value))}
      >
        {datasetLists(manifest, ds).map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The list's categories (CHPL's are tiers); one outside the list's total says so. */
export function CategoryField({ manifest, state, update, t, id }: FieldProps) {
  const ds = manifest.datasets.find((d) => d.id === state.dataset);
  const list = datasetLists(manifest, ds).find((l) => l.id === state.list);
  const term = categoryTerm(list);
  const cat = list?.categories.find((c) => c.id === state.cat);
  return (
    <div className="ctl-field">
      <label htmlFor={`${id}-cat`}>{t(term === 'tier' ? 'ctlTier' : 'ctlCategory')}</label>
      <select
        id={`${id}-cat`}
        value={state.cat}
        aria-describedby={cat && !cat.inTotal ? `${id}-cat-note` : undefined}
        onChange={(e) => update({ cat: e.target.value })}
      >
        <option value="">{t('ctlWholeList')}</option>
        {(list?.categories ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.inTotal ? c.label : t('ctlNotInTotal', { label: c.label })}
          </option>
        ))}
      </select>
      {cat && !cat.inTotal && (
        <p id={`${id}-cat-note`} className="ctl-hint">
          {t('ctlNotInTotalNote')}
        </p>
      )}
    </div>
  );
}
