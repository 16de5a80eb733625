// One error shape everywhere: the CLI, the API and FHIR's OperationOutcome all render it.
import { isLang, isMessage, render, type Lang, type Message } from '../i18n/index.js';

export interface Issue {
  /** Where it failed: a file and a path inside it, or a request field path. */
  path: string;
  /** The text in English; `msg`, where set, renders it in the user's language. */
  message: string;
  msg?: Message;
}

/** An issue whose text is a message id. */
export function issue(path: string, m: Message): Issue {
  return { path, message: render(m, 'en'), msg: m };
}

export class KepilError extends Error {
  /** The message as an id, where the text is in the catalogue. */
  readonly msg?: Message;

  constructor(
    readonly code: string,
    message: string | Message,
    readonly issues: Issue[] = [],
  ) {
    super(isMessage(message) ? render(message, 'en') : message);
    if (isMessage(message)) this.msg = message;
    this.name = 'KepilError';
  }

  /** The error in `lang` (English by default, for logs and the CLI without --lang). */
  toJSON(language?: Lang | string): { code: string; message: string; issues: Issue[] } {
    // JSON.stringify calls toJSON(key): anything but a language means English.
    const lang: Lang = isLang(language) ? language : 'en';
    return {
      code: this.code,
      message: this.msg ? render(this.msg, lang) : this.message,
      issues: this.issues.map((i) => ({ path: i.path, message: i.msg ? render(i.msg, lang) : i.message })),
    };
  }
}

/** Renders zod-style issue paths as `a.b[2].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
