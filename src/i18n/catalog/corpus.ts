// The corpus layer's texts: citations, act status on a date, regional-list states.
// kk and ru are the project's own renderings in the acts' terms.
import type { Catalog } from '../message.js';

export const corpusMessages = {
  // A cited point, as a person cites it.
  'cite.programme': { kk: 'Бағдарлама', ru: 'Программа', en: 'Programme' },
  'cite.act.decision': { kk: '{issuer} {date} № {number} шешімі', ru: '{issuer}, решение от {date} № {number}', en: '{issuer}, decision No. {number} of {date}' },
  'cite.act.decree': { kk: '{issuer} {date} № {number} қаулысы', ru: '{issuer}, постановление от {date} № {number}', en: '{issuer}, decree No. {number} of {date}' },
  'cite.point': { kk: '{n}-тармақ', ru: 'п. {n}', en: 'p. {n}' },
  'cite.subpoint': { kk: '{n}) тармақша', ru: 'пп. {n})', en: 'subp. {n})' },
  'cite.list': { kk: 'тізбе', ru: 'перечень', en: 'list' },
  'cite.annex': { kk: 'қосымша', ru: 'приложение', en: 'annex' },
  'cite.annexN': { kk: '{n}-қосымша', ru: 'прил. {n}', en: 'annex {n}' },
  'cite.section': { kk: '{n}-бөлім', ru: 'разд. {n}', en: 'section {n}' },
  'cite.noHeading': { kk: '(тақырыбы экспортта жоқ)', ru: '(заголовок отсутствует в выгрузке)', en: '(heading missing in the export)' },
  'cite.row': { kk: '{n}-жол', ru: 'стр. {n}', en: 'row {n}' },
  'cite.item': { kk: '{n}-позиция', ru: 'поз. {n}', en: 'item {n}' },
  'cite.heading': { kk: 'тақырыбы', ru: 'заголовок', en: 'heading' },
  'cite.title': { kk: 'атауы', ru: 'наименование', en: 'title' },
  'cite.editorialNote': { kk: 'редакциялық ескерту', ru: 'редакционное примечание', en: 'editorial note' },
  'cite.blockAfterRow': { kk: '{n}-жолдан кейінгі нөмірсіз бөлік', ru: 'ненумерованный блок после стр. {n}', en: 'unnumbered block after row {n}' },
  'cite.noteToAnnex': { kk: '{n}-қосымшаға ескерту', ru: 'примечание к прил. {n}', en: 'note to annex {n}' },
  'cite.noteToPoint': { kk: '{n}-тармаққа ескерту', ru: 'примечание к п. {n}', en: 'note to p. {n}' },
  'cite.noteToPreamble': { kk: 'кіріспеге ескерту', ru: 'примечание к преамбуле', en: 'note to the preamble' },
  'cite.noteToList': { kk: 'тізбеге ескерту', ru: 'примечание к перечню', en: 'note to the list' },
  'cite.noteToTitle': { kk: 'атауына ескерту', ru: 'примечание к наименованию', en: 'note to the title' },
  'cite.repealNote': { kk: 'күшін жою туралы ескерту', ru: 'примечание об утрате силы', en: 'repeal note' },

  // An act's status on a date.
  'validity.exact': { kk: 'күшіне ену күні: {date}', ru: 'дата вступления в силу: {date}', en: 'enters into force on {date}' },
  'validity.notBefore': { kk: '{date} дейін күшіне енбейді', ru: 'вступает в силу не ранее {date}', en: 'not in force before {date}' },
  'validity.byLatest': { kk: '{date} кешіктірілмей күшіне енген', ru: 'вступил в силу не позднее {date}', en: 'in force by {date} at the latest' },
  'validity.presumed': {
    kk: 'ресми жарияланған күні дереккөздерде жоқ; {date} болжамды аралықтан ({from} – {to}) кейін, сондықтан күшінде деп саналады (жобаның болжамы)',
    ru: 'дата официального опубликования в источниках отсутствует; {date} позже предполагаемого окна ({from} – {to}), поэтому акт считается действующим (допущение проекта)',
    en: 'the publication date is not in the sources; {date} is past the presumed window ({from} – {to}), so the act is taken as in force (the project’s premise)',
  },
  'validity.window': {
    kk: 'ресми жарияланған күні дереккөздерде жоқ: күшіне ену күні {from} мен {to} аралығында',
    ru: 'дата официального опубликования в источниках отсутствует: вступление в силу между {from} и {to}',
    en: 'the publication date is not in the sources: entry into force between {from} and {to}',
  },
  'validity.openNoPremise': {
    kk: 'нақты күні дереккөздерде жоқ: ерте дегенде {from}; жариялау туралы болжам бұл ережеге қолданылмайды',
    ru: 'точная дата в источниках отсутствует: не ранее {from}; допущение об опубликовании к этому правилу не применяется',
    en: 'the exact date is not in the sources: no earlier than {from}; the publication premise does not apply to this rule',
  },
  'validity.programme': { kk: 'Бағдарлама {from} бастап {to} дейін қолданылады', ru: 'Программа действует с {from} по {to}', en: 'the programme applies from {from} to {to}' },
  'validity.repealed': { kk: '{act} актісімен күші жойылды ({reason})', ru: 'утратил силу актом {act} ({reason})', en: 'repealed by {act} ({reason})' },
  'validity.until': { kk: 'қолданылу мерзімі: {reason}', ru: 'срок действия: {reason}', en: 'in force until: {reason}' },
  'validity.both': { kk: '{a}; {b}', ru: '{a}; {b}', en: '{a}; {b}' },
  // Doubts the annex 1 extraction records on a row (data/generated/annex1-limits.json).
  'annex1.note.split': {
    kk: 'экспортталған мәтін сандарды («{quote}») бейін атауының екі жағына бөледі, сондықтан олар {n} түрлі оқылады ({readings}); {choice}',
    ru: 'экспортированный текст разрывает числа («{quote}») вокруг названия профиля, поэтому они читаются {n} способами ({readings}); {choice}',
    en: "the export splits the figures (\"{quote}\") around the profile's name, so they read {n} ways ({readings}); {choice}",
  },
  'annex1.note.or': { kk: '{a} немесе {b}', ru: '{a} или {b}', en: '{a} or {b}' },
  'annex1.note.tied': { kk: 'бәрі бірдей сәйкес келеді; біріншісі алынды', ru: 'все подходят одинаково; оставлен первый', en: 'all fit equally; the first is kept' },
  'annex1.note.kept': {
    kk: '{values} алынды, сонда өңірдің «барлық бейіндер» жолы ең жақсы қосылады',
    ru: 'оставлено {values}: при нём строка «все профили» региона сходится лучше всего',
    en: "kept {values}, under which the region's all-profiles row adds up best",
  },
  'annex1.note.short': {
    kk: 'экспортталған мәтін {count} санның {printed} санын басады («{figures}»); жетпейтін бағандар белгісіз (null) қалады',
    ru: 'экспортированный текст печатает {printed} из {count} чисел («{figures}»); недостающие столбцы оставлены неизвестными (null)',
    en: 'the export prints {printed} of {count} figures ("{figures}"); the missing columns are left unknown (null)',
  },
  // The act's own inconsistencies (`kepil corpus check`).
  'corpus.inconsistency.part': {
    kk: '1-қосымша, {region}/{profile}: {t} {x} ≠ {a} {y} + {b} {z} (айырмасы {d})',
    ru: 'приложение 1, {region}/{profile}: {t} {x} ≠ {a} {y} + {b} {z} (разница {d})',
    en: 'annex 1 {region}/{profile}: {t} {x} ≠ {a} {y} + {b} {z} (by {d})',
  },
  'corpus.inconsistency.sum': {
    kk: '1-қосымша, {region}: «барлық бейіндер» жолындағы {column} {all} ≠ бейіндер қосындысы {sum} (айырмасы {d})',
    ru: 'приложение 1, {region}: {column} в строке «все профили» {all} ≠ сумме профилей {sum} (разница {d})',
    en: 'annex 1 {region}: all-profiles {column} {all} ≠ sum of profiles {sum} (by {d})',
  },
  'corpus.inconsistency.p79': {
    kk: 'Бағдарламаның 79.{n}-тармағы: актіде «10 000 мың тұрғынға» делінген (сөзбе-сөз он миллион тұрғын); 10 000 деп оқылады',
    ru: 'п. 79.{n} Программы: в акте сказано «10 000 мың тұрғынға» (буквально десять миллионов жителей); прочитано как 10 000',
    en: 'programme p.79.{n}: the act reads "10 000 мың тұрғынға" (literally ten million residents); read as 10 000',
  },
  // An accessibility criterion's threshold (programme p.79): "≥ 10 palliative care beds per 100000 residents".
  'criteria.threshold': { kk: '{comparator} {value} {unit}{per}', ru: '{comparator} {value} {unit}{per}', en: '{comparator} {value} {unit}{per}' },
  'criteria.thresholdRange': { kk: '{min}–{max} {unit}{per}', ru: '{min}–{max} {unit}{per}', en: '{min}–{max} {unit}{per}' },
  'criteria.per': { kk: ' ({per} тұрғынға)', ru: ' на {per} жителей', en: ' per {per} residents' },
  // A text of the data itself (a note, a date rule), held there in the three languages.
  'data.prose': { kk: '{text}', ru: '{text}', en: '{text}' },
  'join.comma': { kk: '{a}, {b}', ru: '{a}, {b}', en: '{a}, {b}' },
  'join.semicolon': { kk: '{a}; {b}', ru: '{a}; {b}', en: '{a}; {b}' },

  // A region's supplementary list on a date.
  'list.notInCorpus': {
    kk: 'Корпуста {region} үшін қосымша тізбе туралы мәслихат шешімі жоқ; мұндай шешімнің бар-жоғы мұнда белгісіз',
    ru: 'В корпусе нет решения маслихата о дополнительном перечне для региона «{region}»; есть ли такое решение, здесь неизвестно',
    en: 'the corpus holds no maslikhat decision on a supplementary list for {region}; whether one exists is not known here',
  },
  'list.none': { kk: 'Күшіндегі қосымша тізбе жоқ: {reason}', ru: 'Действующего дополнительного перечня нет: {reason}', en: 'no supplementary list is in force: {reason}' },
  'list.wordingNotHeld': {
    kk: '{date} күні күшіндегі тізбенің редакциясы дереккөздерде жоқ (корпуста {from} бастап күшіндегі редакция бар): {reason}',
    ru: 'Редакция перечня, действующая на {date}, в источниках отсутствует (в корпусе — редакция, действующая с {from}): {reason}',
    en: 'the wording of the list in force on {date} is not in the sources (the corpus holds the wording effective from {from}): {reason}',
  },
  'list.repealedSuccessorUnknown': {
    kk: 'Корпустағы тізбе ({held}) күшінде емес: {reason}; {repeal} немесе кейінгі шешім жаңа тізбе қабылдады ма — дереккөздерде жоқ, сондықтан {region} тізбесі {date} күні белгісіз',
    ru: 'Перечень из корпуса ({held}) не действует: {reason}; принял ли {repeal} или более позднее решение новый перечень, в источниках нет, поэтому перечень региона «{region}» на {date} неизвестен',
    en: 'the list held ({held}) is not in force: {reason}; whether {repeal} or a later decision adopted a new list is not in the sources, so the list of {region} on {date} is not known',
  },
  'list.from.exact': { kk: '{date}', ru: '{date}', en: '{date}' },
  'list.from.earliest': { kk: 'ерте дегенде {date}', ru: 'не ранее {date}', en: 'no earlier than {date}' },

  // Compare: every region's answer.
  'compare.found': { kk: 'тізбеде бар', ru: 'есть в перечне', en: 'found on the list' },
  'compare.not_found': { kk: 'күшіндегі тізбеде жоқ', ru: 'в действующем перечне нет', en: 'not on the list in force' },
  'compare.no_list': { kk: 'күшіндегі тізбе жоқ', ru: 'действующего перечня нет', en: 'no list in force' },
  'compare.not_held': { kk: 'тізбе мәтіні корпуста жоқ', ru: 'текста перечня в корпусе нет', en: 'list wording not held' },

  // Errors from the corpus queries.
  'error.unknownRegion': { kk: 'Белгісіз өңір: «{value}»', ru: 'Неизвестный регион: «{value}»', en: 'unknown region ‘{value}’' },
  'error.unknownProfile': { kk: 'Белгісіз бейін: «{value}»', ru: 'Неизвестный профиль: «{value}»', en: 'unknown profile ‘{value}’' },
  'error.oneOf': { kk: 'мына мәндердің бірі: {values}', ru: 'одно из значений: {values}', en: 'one of: {values}' },
  'error.emptySearch': { kk: 'Іздеу мәтіні бос', ru: 'Пустой поисковый запрос', en: 'empty search text' },
  'error.emptySearch.issue': { kk: 'кемінде бір әріп не цифр жазыңыз', ru: 'введите хотя бы одну букву или цифру', en: 'give at least one letter or digit' },
} satisfies Catalog;
