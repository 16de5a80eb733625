// Text normalisation. The export breaks words across lines, hyphenates them ("көтералмау-шылық")
// and letter-spaces them ("Б у л л а л ы"), so a quote is compared with all of that folded away.

/** Folds case, whitespace, hyphens and quote marks: what survives is the act's letters in order. */
export function foldForQuote(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0\u2010-\u2015\-–—"“”«»„']/g, '');
}

/** True when `quote` occurs in `sourceText`, up to export artefacts. */
export function quoteOccursIn(quote: string, foldedSource: string): boolean {
  const q = foldForQuote(quote);
  return q.length > 0 && foldedSource.includes(q);
}
