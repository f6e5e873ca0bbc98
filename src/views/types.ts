import type { Lang, Manifest } from '../schema/manifest.ts';
import type { MessageKey, MessageVars } from '../i18n/messages.ts';
import type { AtlasState } from '../state/params.ts';

export type T = (key: MessageKey, vars?: MessageVars) => string;

/** What every view receives from the app shell. */
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
