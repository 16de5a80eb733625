// The api layer's texts. kk and ru are the project's own renderings in the acts' terms.
import type { Catalog } from '../message.js';

export const apiMessages = {
  'api.batch.tooManyRows': {
    kk: 'топтамада {max} жолдан көп жол бар; үлкен файлдарды `kepil batch` өңдейді',
    ru: 'в пакете больше {max} строк; большие файлы обрабатывает `kepil batch`',
    en: 'the batch has more than {max} rows; `kepil batch` handles larger files',
  },
} satisfies Catalog;
