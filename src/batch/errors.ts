// A bad argument or file for batch and synth: the one error shape, its text from the cli catalogue.
import { KepilError } from '../corpus/issues.js';
import { msg, render, type Lang, type Params } from '../i18n/index.js';

export function badInput(path: string, id: string, params: Params | undefined, lang: Lang): KepilError {
  const message = render(msg(id, params), lang);
  return new KepilError('bad_request', message, [{ path, message }]);
}
