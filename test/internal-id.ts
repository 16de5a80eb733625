// What a reader must never see in a readable answer (issue 16), one pattern for the CLI and the page tests.
// Not caught on purpose: ICD-10 codes (uppercase: A15–A19, M05-M06), Cyrillic order numbers (ҚР ДСМ-162/2020),
// the programme's points (p.33.3), dates.
import { REGION_IDS } from '../src/engine/request.js';

export const INTERNAL_ID = new RegExp(
  [
    // snake_case, digits allowed (children_under_18, row_13)
    String.raw`\b[a-z]+_[a-z0-9_]+\b`,
    // kebab-case ids with a number (karaganda-drugs-13, dsm-149-2020, astana-162-20-viii, gov-1086-item-2)
    String.raw`\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d+[a-z0-9-]*\b`,
    // kebab ids of no number (dsm-108-orphan-codes has one; p34-emergency-list has none)
    String.raw`\b[a-z]+\d+-[a-z0-9-]+\b`,
    // dotted keys of an interpretation (mangystau-9-112.macitentan, p33.3, p22.2026)
    String.raw`\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\.[a-z]`,
    String.raw`\bp\d+\.\d`,
    // request paths and id prefixes
    String.raw`\b(?:person|care)\.[A-Za-z]`,
    String.raw`\b(?:interpretation|unnamed-item|regional-list|publication):`,
    // a region's id where its name belongs (the names are capitalised: "Karaganda Region")
    String.raw`\b(?:${REGION_IDS.join('|')})\b`,
    // a residency id where the group's words belong ("for citizen only")
    String.raw`\bfor (?:citizen|kandas|refugee)(?:, [a-z_]+)* only\b`,
  ].join('|'),
);

/** The internal ids a text holds, each once. */
export function internalIds(text: string): string[] {
  return [...new Set(text.match(new RegExp(INTERNAL_ID.source, 'g')) ?? [])];
}
