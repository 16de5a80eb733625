// The engine's texts: reasons, conditions, missing facts and lists, questions, notes, trace steps.
// kk and ru are the project's own renderings in the acts' terms (unofficial where they stand for law).
import type { Catalog } from '../message.js';

export const engineMessages = {
} satisfies Catalog;
