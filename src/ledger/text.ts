// The ledger's texts come from the message catalogue (src/i18n): errors carry a Message, which the API
// renders in the request's language (?lang, Accept-Language, kk) and the CLI in --lang (kk).
import { msg, render, type Lang, type Message, type Params } from '../i18n/index.js';
import type { apiMessages } from '../i18n/catalog/api.js';
import type { cliMessages } from '../i18n/catalog/cli.js';

export type TextId = keyof typeof apiMessages | keyof typeof cliMessages;

/** A ledger text as a message id with parameters (checked against the catalogue at compile time). */
export function lmsg(id: TextId, params?: Params): Message {
  return msg(id, params);
}

/** A ledger text rendered in `lang`. */
export function text(id: TextId, lang: Lang, params?: Params): string {
  return render(msg(id, params), lang);
}
