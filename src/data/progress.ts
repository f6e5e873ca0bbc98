/**
 * How far the data files being fetched right now have arrived, so a slow network shows
 * progress instead of a still page. Counts run over one burst of loading: they start again
 * from zero when a file starts after every earlier one has finished.
 */
export interface LoadProgress {
  files: number;
  done: number;
  received: number;
  /** The bytes the manifest gives for those files (0 for a file of unknown size). */
  expected: number;
}

const IDLE: LoadProgress = { files: 0, done: 0, received: 0, expected: 0 };
let current = IDLE;
const listeners = new Set<() => void>();
let scheduled: ReturnType<typeof setTimeout> | null = null;

export function fileStarted(expected: number): void {
  if (current.done === current.files) current = IDLE;
  current = { ...current, files: current.files + 1, expected: current.expected + expected };
  notify();
}

export function fileFetched(bytes: number): void {
  current = { ...current, received: current.received + bytes };
  notify();
}

export function fileFinished(): void {
  current = { ...current, done: current.done + 1 };
  notify();
}

export function loadProgress(): LoadProgress {
  return current;
}

export function onLoadProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** At most one repaint per 100 ms however many chunks arrive. */
function notify(): void {
  scheduled ??= setTimeout(() => {
    scheduled = null;
    for (const l of listeners) l();
  }, 100);
}
