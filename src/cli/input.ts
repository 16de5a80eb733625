// Reads one JSON document from a file, or from standard input when no file is named.
import { readFileSync } from 'node:fs';
import { KepilError } from '../corpus/issues.js';

export function readJsonFile(file: string | undefined): unknown {
  let text: string;
  try {
    text = readFileSync(file ?? 0, 'utf8');
  } catch (e) {
    throw new KepilError('bad_request', `cannot read ${file ?? 'standard input'}: ${(e as Error).message}`, [{ path: 'file', message: 'a readable JSON file' }]);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new KepilError('bad_request', `the request is not valid JSON: ${(e as Error).message}`, [{ path: '(body)', message: 'a JSON object' }]);
  }
}
