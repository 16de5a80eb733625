// Finds English prose in a text meant to be Kazakh or Russian. Ids, codes and field paths are allowed:
// a word counts only when it is made of Latin letters alone (no digits, dots, dashes or underscores
// inside), and prose is three or more such words in a row, not separated by a comma or semicolon
// (a list of ids is not a sentence).
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}._:\-/]*/gu;
const LATIN_WORD = /^[A-Za-z]+$/;

/** Words that are names, not English: units, Latin abbreviations, programme acronyms. */
const ALLOWED = new Set(['icd', 'inn', 'fhir', 'api', 'json', 'url', 'id', 'csv', 'pdf', 'kepil']);

/** The English runs found in `text` (empty when there are none). */
export function englishSentences(text: string): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) runs.push(run.join(' '));
    run = [];
  };
  let end = 0;
  for (const m of text.matchAll(TOKEN)) {
    // A list of ids ("ambulance, phc, blood") is not prose: a comma or semicolon ends a run.
    if (/[,;|]/.test(text.slice(end, m.index))) flush();
    end = (m.index ?? 0) + m[0].length;
    const word = m[0].replace(/[.:]+$/, '');
    if (LATIN_WORD.test(word) && !ALLOWED.has(word.toLowerCase()) && word.length > 1) run.push(word);
    else if (LATIN_WORD.test(word) && word.length === 1) run.push(word);
    else flush();
  }
  flush();
  return runs;
}

/** Every string inside a JSON value, with its path: used to check that a whole answer is in one language. */
export function stringsIn(value: unknown, path = '', skip: (key: string) => boolean = () => false): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${path}[${i}]`, skip));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (skip(k) ? [] : stringsIn(v, path ? `${path}.${k}` : k, skip)));
  }
  return [];
}
