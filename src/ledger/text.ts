// New texts of the ledger and the API come from the message catalogue (src/i18n). They are rendered in
// English for now, like the API's older messages; language selection per request (issue 9) replaces `LANG`.
import { msg, render, type Lang, type Params } from '../i18n/index.js';
import type { apiMessages } from '../i18n/catalog/api.js';
import type { cliMessages } from '../i18n/catalog/cli.js';

const LANG: Lang = 'en';

export type TextId = keyof typeof apiMessages | keyof typeof cliMessages;

export function text(id: TextId, params?: Params): string {
  return render(msg(id, params), LANG);
}
