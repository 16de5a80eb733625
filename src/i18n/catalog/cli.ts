// The cli layer's texts. kk and ru are the project's own renderings in the acts' terms.
import type { Catalog } from '../message.js';

export const cliMessages = {
} satisfies Catalog;
