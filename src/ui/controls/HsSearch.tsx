import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AnchorHTMLAttributes, KeyboardEvent } from 'react';
import type { DatasetMeta, Manifest } from '../../schema/manifest.ts';
import { useShards } from '../../data/use-data.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { failureText } from '../DataStatus.tsx';
import { buildCandidates, carriedCodes, formatHs } from './hs-codes.ts';
import type { HsCandidate } from './hs-codes.ts';
import type { ListColumns } from '../../schema/manifest.ts';
import { indexCandidates, moveActive, parseQuery, searchCandidates } from './hs-search.ts';

interface Props {
  manifest: Manifest;
  ds: DatasetMeta;
  hs: string;
  update: ViewProps['update'];
  t: ViewProps['t'];
  /** A link to the chosen code's product profile, shown beside the selection. */
  productLink?: (code: string) => Pick<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'>;
  /** Where the search leads: a filter of the view, or the product profile itself. */
  label?: string;
}

/**
 * A single HS code chosen by typing: the WAI-ARIA 1.2 combobox with a list popup. Focus
 * stays in the input; the active option is announced through aria-activedescendant.
 */
export function HsSearch({ manifest, ds, hs, update, t, productLink, label }: Props) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const refs = ds.lists.map((l) => manifest.shards.list[l]);
  const loaded = useShards<ListColumns>(refs);
  const carried = useMemo(() => carriedCodes(manifest, ds.id), [manifest, ds.id]);
  const candidates = useMemo<HsCandidate[]>(() => {
    if (loaded.status !== 'ready') return [];
    const shards = loaded.data.map((shard, i) => ({ list: ds.lists[i] ?? '', shard }));
    return buildCandidates(shards, carried);
  }, [loaded, carried, ds.lists]);
  const index = useMemo(() => indexCandidates(candidates), [candidates]);

  // A code arriving with the URL shows in the input, as if it had just been chosen there.
  const [query, setQuery] = useState(() => (hs ? formatHs(hs) : ''));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const result = useMemo(
    () => searchCandidates(candidates, query, undefined, index),
    [candidates, query, index],
  );
  const matches = result.matches;
  const shown = open && loaded.status === 'ready';
  const expanded = shown && matches.length > 0;
  const activeIndex = expanded && active < matches.length ? active : -1;

  useEffect(() => {
    // Keeps the active option visible when the arrows move past the popup's scroll edge.
    const el = activeIndex >= 0 ? listRef.current?.children[activeIndex] : undefined;
    if (el && 'scrollIntoView' in el) el.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (c: HsCandidate | undefined) => {
    if (!c || !c.carried) return;
    update({ hs: c.code, codes: [] });
    setQuery(formatHs(c.code));
    close();
  };

  const clear = () => {
    update({ hs: '' });
    setQuery('');
    close();
    // The clear button disappears with the selection; focus must not fall to the page.
    inputRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = matches.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        // Alt+Down opens the popup without moving into it, as the pattern prescribes.
        if (!e.altKey) setActive(moveActive(open ? activeIndex : -1, n, 'next'));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        if (!e.altKey) setActive(moveActive(open ? activeIndex : -1, n, 'prev'));
        break;
      case 'Enter': {
        if (activeIndex >= 0) {
          e.preventDefault();
          choose(matches[activeIndex]);
          break;
        }
        // A full code typed out needs no arrow key: Enter takes the exact match.
        const terms = parseQuery(query);
        const only = terms.length === 1 && terms[0]?.kind === 'code' ? terms[0].digits : '';
        const exact = matches.find((c) => c.code === only);
        if (exact) {
          e.preventDefault();
          choose(exact);
        }
        break;
      }
      case 'Escape':
        // First Escape closes the popup, a second one empties the input (APG behaviour).
        if (expanded) close();
        else if (query) setQuery('');
        else break;
        e.preventDefault();
        break;
      case 'Tab':
        close();
        break;
    }
  };

  const selected = hs ? candidates.find((c) => c.code === hs) : undefined;
  let status = '';
  if (loaded.status === 'loading') status = t('ctlHsLoading');
  else if (loaded.status === 'error') status = t('ctlHsError', { error: failureText(t, loaded) });
  else if (shown && matches.length === 0 && query.trim())
    status = t('ctlHsNone', { query: query.trim() });
  else if (shown && result.total > matches.length)
    status = t('ctlHsMore', { total: result.total, shown: matches.length });
  else if (shown) status = t('ctlHsFound', { total: result.total });

  return (
    <div className="ctl-field ctl-hs">
      <label htmlFor={inputId}>{label ?? t('ctlHsLabel')}</label>
      <p id={hintId} className="ctl-hint">
        {t('ctlHsHint')}
      </p>
      <div className="ctl-combo">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={`${hintId} ${statusId}`}
          aria-busy={loaded.status === 'loading' || undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onClick={() => setOpen(true)}
          onBlur={close}
        />
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={label ?? t('ctlHsLabel')}
          className="ctl-listbox"
          hidden={!expanded}
        >
          {matches.map((c, i) => (
            <li
              key={c.code}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              aria-disabled={c.carried ? undefined : true}
              className={c.carried ? 'ctl-option' : 'ctl-option ctl-option-off'}
              // Keeps focus in the input, so the click does not first close the popup on blur.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(c)}
            >
              <span className="ctl-code">{formatHs(c.code)}</span>{' '}
              <span className="ctl-desc" lang="en">
                {c.description}
              </span>
              {!c.carried && <span className="ctl-marker"> ({t('ctlHsNotCarried')})</span>}
            </li>
          ))}
        </ul>
      </div>
      <p id={statusId} className="ctl-hint" role="status" aria-live="polite">
        {status}
      </p>
      {hs && (
        <div className="ctl-selected">
          <p>
            <strong>{t('ctlHsSelected', { code: formatHs(hs) })}</strong>
            {selected?.description ? <span lang="en"> {selected.description}</span> : ''}
            {selected && !selected.carried && (
              <span className="ctl-marker"> ({t('ctlHsNotCarried')})</span>
            )}
          </p>
          <button type="button" onClick={clear}>
            {t('ctlHsClear')}
          </button>
          {productLink && (
            <a className="ctl-product-link" {...productLink(hs)}>
              {t('ctlHsProduct', { code: formatHs(hs) })}
            </a>
          )}
        </div>
      )}
    </div>
  );
}
