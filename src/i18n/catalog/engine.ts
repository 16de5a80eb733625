// The engine's texts: reasons, conditions, missing facts and lists, questions, notes, trace steps.
// kk and ru are the project's own renderings in the acts' terms (unofficial where they stand for law).
import type { Catalog } from '../message.js';

export const engineMessages = {
  'outcome.covered': { kk: 'Тегін', ru: 'Бесплатно', en: 'Free' },
  'outcome.not_covered': { kk: 'Тегін емес', ru: 'Не бесплатно', en: 'Not free' },
  'outcome.undetermined': { kk: 'Анықталмады', ru: 'Не определено', en: 'Undetermined' },
  'package.gvfmc': { kk: 'ТМККК', ru: 'ГОБМП', en: 'GVFMC' },
  'package.cshi': { kk: 'МӘМС', ru: 'ОСМС', en: 'CSHI' },
  'package.regional': { kk: 'Өңірлік тізбе', ru: 'Региональный перечень', en: 'Regional list' },
  'package.gvfmc.long': {
    kk: 'ТМККК — тегін медициналық көмектің кепілдік берілген көлемі',
    ru: 'ГОБМП — гарантированный объём бесплатной медицинской помощи',
    en: 'GVFMC — guaranteed volume of free medical care (ТМККК)',
  },
  'package.cshi.long': {
    kk: 'МӘМС — міндетті әлеуметтік медициналық сақтандыру',
    ru: 'ОСМС — обязательное социальное медицинское страхование',
    en: 'CSHI — compulsory social health insurance (МӘМС)',
  },
  'package.regional.long': {
    kk: 'ТМККК-ге өңірлік қосымша (мәслихат шешімі, жергілікті бюджет)',
    ru: 'Региональное дополнение к ГОБМП (решение маслихата, местный бюджет)',
    en: 'Regional supplement to GVFMC (maslikhat decision, local budget)',
  },
  'fhir.missing': { kk: 'жетіспейді ({id}): {text}', ru: 'не хватает ({id}): {text}', en: 'missing {id}: {text}' },
} satisfies Catalog;
