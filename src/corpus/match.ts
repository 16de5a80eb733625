// Name keys for drugs, devices and products, so that "Натрий эноксапарині", "эноксапарин натрия"
// and "enoxaparin sodium" meet. Case, word order, letter-spacing and Kazakh/Russian endings are folded.

// Longest first. Kazakh possessive and case endings, then Russian case endings.
const ENDINGS = [
  'сының', 'сінің', 'ының', 'інің', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
  'сына', 'сіне', 'ына', 'іне', 'ами', 'ями', 'ого', 'его', 'ому', 'ему',
  'ия', 'ий', 'ій', 'ие', 'ой', 'ая', 'ый', 'ов', 'ев', 'ах', 'ях', 'ом', 'ем', 'сы', 'сі', 'ын', 'ін',
  'а', 'я', 'ы', 'и', 'і', 'е', 'у', 'ю', 'ь',
];
const MIN_STEM = 4;

export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/** Joins letter-spaced runs ("Н а т р и й") back into words. */
export function unspace(text: string): string {
  return text.replace(/(?:^|\s)((?:\p{L} ){2,}\p{L})(?=\s|$|[,.;()])/gu, (m, run: string) => m.replace(run, run.replace(/ /g, '')));
}

export function tokens(text: string): string[] {
  return unspace(text.normalize('NFC'))
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/-\s+/g, '')
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((t) => t.length > 0)
    .map(stem);
}

/** A key independent of word order: the sorted stems. */
export function nameKey(text: string): string {
  return [...new Set(tokens(text))].sort().join(' ');
}
