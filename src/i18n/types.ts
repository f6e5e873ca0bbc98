import type { MessageKey, MessageVars } from './messages.ts';

/** The translator every layer receives: a catalogue key and its variables in, text out. */
export type T = (key: MessageKey, vars?: MessageVars) => string;
