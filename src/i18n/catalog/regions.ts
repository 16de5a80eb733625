// Every region's standing on a date: a list in force from D, repealed on D, not yet in force, or no
// list held (Kepil holds no text, which is not a finding that the region has none).
import type { Catalog } from '../message.js';

export const regionsMessages = {
  'region.standing.in_force': {
    kk: '{date} күні тізбе күшінде ({act}), {from}',
    ru: 'на {date} перечень действует ({act}), {from}',
    en: 'a list is in force on {date} ({act}), {from}',
  },
  'region.standing.in_force_presumed': {
    kk: '{date} күні тізбе күшінде деп саналады ({act}), {from}: ресми жарияланған күні дереккөздерде жоқ, жоба жариялау {days} күн ішінде болды деп болжайды (жобаның жариялау мерзімі туралы болжамы)',
    ru: 'на {date} перечень считается действующим ({act}), {from}: даты официального опубликования в источниках нет, проект допускает опубликование в течение {days} дней (допущение проекта о сроке опубликования)',
    en: 'a list is taken as in force on {date} ({act}), {from}: the publication date is not in the sources, and the project presumes publication within {days} days (the project’s publication-window premise)',
  },
  'region.standing.uncertain': {
    kk: '{date} күні тізбенің ({act}) күшінде екені белгісіз: {reason}',
    ru: 'на {date} неизвестно, действует ли перечень ({act}): {reason}',
    en: 'whether the list ({act}) is in force on {date} is not known: {reason}',
  },
  'region.standing.repealed': {
    kk: 'тізбенің ({act}) күші {from} жойылған ({repeal}); Kepil-де кейінгі тізбе жоқ',
    ru: 'перечень ({act}) утратил силу {from} ({repeal}); более позднего перечня в Kepil нет',
    en: 'the list ({act}) was repealed {from} ({repeal}); Kepil holds no later list',
  },
  'region.standing.repealed_presumed': {
    kk: 'тізбенің ({act}) күші {from} жойылған деп саналады ({repeal}): жойған шешімнің жарияланған күні дереккөздерде жоқ, жоба жариялау {days} күн ішінде болды деп болжайды (жобаның жариялау мерзімі туралы болжамы); Kepil-де кейінгі тізбе жоқ',
    ru: 'перечень ({act}) считается утратившим силу {from} ({repeal}): даты опубликования отменяющего решения в источниках нет, проект допускает опубликование в течение {days} дней (допущение проекта о сроке опубликования); более позднего перечня в Kepil нет',
    en: 'the list ({act}) is taken as repealed {from} ({repeal}): the repealing decision’s publication date is not in the sources, and the project presumes publication within {days} days (the project’s publication-window premise); Kepil holds no later list',
  },
  'region.standing.not_yet': {
    kk: 'корпустағы тізбе ({act}) {date} күні әлі күшіне енбеген: {from}',
    ru: 'перечень из корпуса ({act}) на {date} ещё не действует: {from}',
    en: 'the list held ({act}) is not yet in force on {date}: {from}',
  },
  'region.standing.wording_not_held': {
    kk: '{date} күні күшіндегі тізбе редакциясы ({act}) Kepil-де жоқ',
    ru: 'редакции перечня ({act}), действующей на {date}, в Kepil нет',
    en: 'the wording of the list ({act}) in force on {date} is not held by Kepil',
  },
  'region.standing.no_list_held': {
    kk: 'тізбе мәтіні жоқ: Kepil-де {region} қосымша тізбесі туралы мәслихат шешімінің мәтіні жоқ (бұл өңірде тізбе жоқ дегенді білдірмейді)',
    ru: 'перечень не загружен: в Kepil нет текста решения маслихата о дополнительном перечне для региона «{region}» (это не значит, что в регионе перечня нет)',
    en: 'no list held: Kepil holds no text of a maslikhat decision on a supplementary list for {region} (which is not a finding that the region has none)',
  },
  'region.standing.no_list_held_found': {
    kk: 'тізбе мәтіні жоқ: Kepil-де {region} қосымша тізбесі туралы мәслихат шешімінің мәтіні жоқ (бұл өңірде тізбе жоқ дегенді білдірмейді); {searched} іздеу тапқан, бірақ тізбесі жүктелмеген беттер: {pages}',
    ru: 'перечень не загружен: в Kepil нет текста решения маслихата о дополнительном перечне для региона «{region}» (это не значит, что в регионе перечня нет); страницы, найденные поиском {searched}, перечень из которых не загружен: {pages}',
    en: 'no list held: Kepil holds no text of a maslikhat decision on a supplementary list for {region} (which is not a finding that the region has none); pages the search of {searched} found, whose list is not loaded: {pages}',
  },
  'rules.note.regionStanding': { kk: 'Өңір тізбесі, {date}: {standing}', ru: 'Перечень региона на {date}: {standing}', en: 'The region’s list on {date}: {standing}' },
  'region.from.exact': { kk: '{date} бастап', ru: 'с {date}', en: 'from {date}' },
  'region.from.earliest': { kk: 'ерте дегенде {date} бастап', ru: 'не ранее {date}', en: 'from no earlier than {date}' },
  'region.page': { kk: '{what} ({kind}: {url})', ru: '{what} ({kind}: {url})', en: '{what} ({kind}: {url})' },
  'region.page.primary': { kk: 'ресми құқықтық портал', ru: 'официальный правовой портал', en: 'official legal portal' },
  'region.page.secondary': { kk: 'қосалқы дереккөз', ru: 'вторичный источник', en: 'secondary source' },

  // Compare: each region named with its standing.
  'compare.no_list_held': { kk: 'тізбе мәтіні жоқ', ru: 'перечень не загружен', en: 'no list held' },
  'compare.repealed': { kk: 'күшіндегі тізбе жоқ: {standing}', ru: 'действующего перечня нет: {standing}', en: 'no list in force held: {standing}' },
  'compare.repealed_found': {
    kk: 'күші жойылған тізбеде болған ({rows}); күшіндегі тізбе жоқ: {standing}',
    ru: 'был в утратившем силу перечне ({rows}); действующего перечня нет: {standing}',
    en: 'was on the repealed list ({rows}); no list in force held: {standing}',
  },
  'compare.not_yet': { kk: 'күшіндегі тізбе жоқ: {standing}', ru: 'действующего перечня нет: {standing}', en: 'no list in force: {standing}' },
  'compare.with': { kk: '{state} · {standing}', ru: '{state} · {standing}', en: '{state} · {standing}' },
  'cli.compare.noListHeld': {
    kk: '«тізбе мәтіні жоқ»: Kepil-де өңір тізбесінің мәтіні жоқ — бұл өңірде тізбе жоқ дегенді білдірмейді (`kepil regional --region <id>` не табылған беттерді айтады)',
    ru: '«перечень не загружен»: в Kepil нет текста перечня региона — это не значит, что в регионе перечня нет (`kepil regional --region <id>` называет найденные страницы)',
    en: '“no list held”: Kepil holds no text of the region’s list — not a finding that the region has none (`kepil regional --region <id>` names the pages found)',
  },
} satisfies Catalog;
