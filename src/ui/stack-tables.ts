import { NARROW } from './use-narrow.ts';

/**
 * On a phone a data table is read row by row, each cell after its column's heading (the CSS in
 * layout.css shows `data-label` before the cell), so no table is ever cut off or scrolled
 * sideways. The headings are copied from each table's header row here, once for every table
 * React draws or redraws, so the views need not repeat them in every cell.
 */
const SELECTOR = 'table.pg-table';

function headingText(th: HTMLTableCellElement): string {
  // The sort arrow and other decorations are aria-hidden: the heading is what is read aloud.
  const copy = th.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('[aria-hidden="true"]')) el.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function labelTableCells(root: ParentNode = document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>(SELECTOR)) {
    const head = table.tHead?.rows[table.tHead.rows.length - 1];
    if (!head) continue;
    const labels: string[] = [];
    for (const th of head.cells) {
      const text = headingText(th);
      for (let i = 0; i < (th.colSpan || 1); i++) labels.push(text);
    }
    const rows = [...table.tBodies].flatMap((b) => [...b.rows]);
    if (table.tFoot) rows.push(...table.tFoot.rows);
    for (const row of rows) {
      let col = 0;
      for (const cell of row.cells) {
        const label = labels[col] ?? '';
        if (cell.dataset.label !== label) cell.dataset.label = label;
        col += cell.colSpan || 1;
      }
    }
  }
}

/**
 * Keeps every table's cells labelled as views draw them (one pass per animation frame), but
 * only while the screen is narrow enough to stack tables: on a laptop or a projector the
 * ranking's redraws would otherwise relabel every table for nothing.
 */
export function watchTables(): void {
  const narrow = window.matchMedia(NARROW);
  let queued = false;
  const run = () => {
    queued = false;
    labelTableCells();
  };
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(run);
  });
  const follow = () => {
    if (narrow.matches) {
      labelTableCells();
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    } else observer.disconnect();
  };
  narrow.addEventListener('change', follow);
  follow();
}
