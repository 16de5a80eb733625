// New texts of the ledger and the API come from the message catalogue (src/i18n). They are rendered in
// English (a zod message is a string); `messageOf` gives back the id, so errors render in the request's language.
import { msg, schemaText, type Params } from '../i18n/index.js';
import type { apiMessages } from '../i18n/catalog/api.js';
import type { cliMessages } from '../i18n/catalog/cli.js';


export type TextId = keyof typeof apiMessages | keyof typeof cliMessages;

export function text(id: TextId, params?: Params): string {
  return schemaText(msg(id, params));
}
