// Words in place of internal ids (issue 16): who a regional list is for, and the unnamed items of a
// list row, in the acts' own terms. kk and ru are the project's renderings (unofficial).
import type { Catalog } from '../message.js';

export const idsMessages = {
  // The residency groups a maslikhat list is for ("Қазақстан Республикасы азаматтарының жекелеген санаттарына").
  'ids.residency.citizen': { kk: 'Қазақстан Республикасының азаматтары', ru: 'граждане Республики Казахстан', en: 'citizens of Kazakhstan' },
  'ids.residency.kandas': { kk: 'қандастар', ru: 'кандасы', en: 'kandas' },
  'ids.residency.refugee': { kk: 'босқындар', ru: 'беженцы', en: 'refugees' },
  'ids.residency.foreign_permanent': { kk: 'ҚР-да тұрақты тұратын шетелдіктер', ru: 'постоянно проживающие в РК иностранцы', en: 'foreigners permanently resident in Kazakhstan' },
  'ids.residency.stateless_permanent': { kk: 'ҚР-да тұрақты тұратын азаматтығы жоқ адамдар', ru: 'постоянно проживающие в РК лица без гражданства', en: 'stateless persons permanently resident in Kazakhstan' },
  'ids.residency.foreign_temporary': { kk: 'ҚР-да уақытша болатын шетелдіктер', ru: 'временно пребывающие в РК иностранцы', en: 'foreigners staying in Kazakhstan temporarily' },
  // A row that gives "a drug", "medical devices" without naming them: the list a person cannot check.
  'ids.list.unnamed': { kk: '{row}: атауы көрсетілмеген позициялар', ru: '{row}: позиции без названия', en: 'the items {row} gives without naming them' },
} satisfies Catalog;
