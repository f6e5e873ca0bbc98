import type { Lang, Manifest } from '../schema/manifest.ts';
import type { T } from '../i18n/types.ts';
import type { AtlasState } from './params.ts';

/**
 * What every view receives from the app shell. Here, beside the state it carries, so that
 * views, widgets and the helpers below them can all name it without importing a view.
 */
export interface ViewProps {
  manifest: Manifest;
  state: AtlasState;
  /**
   * Changes the state and the URL. 'push' (default) adds a history entry so Back undoes it;
   * 'replace' is for changes made while typing.
   */
  update: (patch: Partial<AtlasState>, how?: 'push' | 'replace') => void;
  t: T;
  lang: Lang;
  /** Country or territory name in the current language (ISO3 or pseudo-code in, name out). */
  nameOf: (iso3: string) => string;
}
