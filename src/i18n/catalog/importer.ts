// `kepil act import`: its errors, what a draft leaves for review, and the prose it writes into drafts.
// kk and ru are the project's own renderings.
import type { Catalog } from '../message.js';

export const importerMessages = {
  'import.where.line': { kk: '{line}-жол', ru: 'строка {line}', en: 'line {line}' },
  'import.where.file': { kk: 'файл', ru: 'файл', en: 'the file' },
  // Bad input: exit 2, nothing written.
  'import.error.empty': { kk: 'Файл бос ({where}): шешімнің мәтіні жоқ', ru: 'Файл пуст ({where}): текста решения нет', en: 'The file is empty ({where}): there is no decision text' },
  'import.error.binary': { kk: 'Файл мәтін емес ({where}): UTF-8 мәтіні күтілген', ru: 'Файл не текстовый ({where}): ожидается текст в UTF-8', en: 'The file is not text ({where}): UTF-8 text expected' },
  'import.error.notDecision': {
    kk: 'Бұл мәслихат шешімі емес ({where}): «… мәслихатының … № … шешімі» деген жол табылмады',
    ru: 'Это не решение маслихата ({where}): не найдена строка «Решение … маслихата от … № …»',
    en: 'This is not a maslikhat decision ({where}): no line "… мәслихатының … № … шешімі" (or "Решение … маслихата от … №") was found',
  },
  'import.error.badDate': { kk: 'Шешімнің күні оқылмады ({where}): «{text}»', ru: 'Не удалось прочитать дату решения ({where}): «{text}»', en: 'The decision\'s date cannot be read ({where}): "{text}"' },
  'import.error.unknownRegion': { kk: "--region '{region}' белгісіз өңір", ru: "--region '{region}': неизвестный регион", en: "--region '{region}' is not a known region" },
  'import.error.noAnnex': { kk: 'Шешімде тізбесі бар қосымша табылмады ({where})', ru: 'В решении не найдено приложение с перечнем ({where})', en: 'The decision has no annex with a list ({where})' },
  'import.error.noTable': { kk: 'Қосымшада тізбе кестесі табылмады ({where})', ru: 'В приложении не найдена таблица перечня ({where})', en: 'The annex has no list table ({where})' },
  'import.error.unaligned': {
    kk: 'Кестенің жолдары тураланбады ({where}): бірде-бір нөмірленген жол оқылмады',
    ru: 'Строки таблицы не удалось выровнять ({where}): не прочитано ни одной нумерованной строки',
    en: 'The table cannot be aligned ({where}): no numbered row could be read',
  },
  'import.error.rowGap': {
    kk: 'Кестенің жолдары тураланбады ({where}): {expected}-жолдың орнында {n}-жол тұр, арадағы жолдар мәтінде жоқ',
    ru: 'Строки таблицы не удалось выровнять ({where}): на месте строки {expected} стоит строка {n}, промежуточных строк в тексте нет',
    en: 'The table cannot be aligned ({where}): row {n} stands where row {expected} should; the rows between are not in the text',
  },
  'import.error.cannotRead': { kk: '{file} оқылмады: {reason}', ru: 'не удалось прочитать {file}: {reason}', en: 'cannot read {file}: {reason}' },
  'import.error.cannotWrite': { kk: '{file} жазылмады: {reason}', ru: 'не удалось записать {file}: {reason}', en: 'cannot write {file}: {reason}' },
  'import.error.exists': { kk: '{file} бар: үстінен жазылмайды (басқа --out беріңіз)', ru: '{file} уже существует: не перезаписывается (укажите другой --out)', en: '{file} exists and is not overwritten (give another --out)' },
  // The loader refuses a draft.
  'import.loader.unsettled': {
    kk: 'жоба шешілмеген: {row} — {what} (мәтіннің {line}-жолы); адам шешіп, жазбаны өшірген соң ғана жүктеледі',
    ru: 'черновик не разобран: {row} — {what} (строка {line} текста); загружается, только когда человек решит и удалит запись',
    en: 'unsettled draft: {row} — {what} (line {line} of the text); loaded only once a person settles it and deletes the entry',
  },
  // What a review entry is about.
  'import.review.spill_from_previous': { kk: 'ұяшық сөйлемнің ортасынан басталады: оның басы алдыңғы жолда басылған', ru: 'ячейка начинается с середины фразы: её начало напечатано в предыдущей строке', en: 'a cell starts mid-phrase: its start is printed in the previous row' },
  'import.review.spill_into_next': { kk: 'осы жолдың соңғы ұяшығы келесі жолда жалғасады: қай жолға жататынын шешіңіз', ru: 'последняя ячейка строки продолжается в следующей: решите, к какой строке она относится', en: "the row's last cell continues in the next row: settle which row it belongs to" },
  'import.review.page_break': { kk: 'жолдар арасында бет ауысады: соңғы позициялар келесі жолға жатуы мүмкін', ru: 'между строками разрыв страницы: последние позиции могут относиться к следующей строке', en: 'a page break falls between rows: the last items may belong to the next row' },
  'import.review.foreign_cell': { kk: 'позициялар арасында басқа бағанның ұяшығы басылған', ru: 'среди позиций напечатана ячейка другого столбца', en: "another column's cell is printed among the items" },
  'import.review.missing_cells': { kk: 'жолдың ұяшықтары толық емес (халық санаты, көрсеткіш немесе атауы жоқ)', ru: 'у строки не хватает ячеек (категории, показания или наименования)', en: 'the row lacks cells (population, indication or items)' },
  'import.review.section_inferred': { kk: 'бөлімнің тақырыбы экспортта жоқ: бөлім реті бойынша анықталды', ru: 'заголовка раздела в выгрузке нет: раздел определён по порядку', en: "the section's heading is missing in the export: the section is inferred from the order" },
  'import.review.heading_in_row': { kk: 'жол нөмірленбеген: бөлімнің бір сөйлемі бір жол ретінде оқылды', ru: 'строка не пронумерована: одно предложение раздела прочитано как одна строка', en: 'the row is not numbered: the section\'s one sentence is read as one row' },
  'import.review.icd10_not_printed': { kk: 'АХЖ-10 кодтары басылмаған: жобаның түсіндірмесін жазыңыз', ru: 'коды МКБ-10 не напечатаны: запишите толкование проекта', en: 'no ICD-10 codes are printed: write the project\'s reading' },
  'import.review.population_unclear': { kk: 'халық санаты анықталмады', ru: 'категория населения не определена', en: 'the population category cannot be told' },
  'import.review.disease_not_kk': { kk: 'мәтін орыс тілінде: ауру атауының қазақша нұсқасы жоқ', ru: 'текст на русском: казахского названия заболевания нет', en: 'the text is Russian: the disease has no Kazakh name' },
  'import.review.issuer_names': { kk: 'мәслихаттың орысша және ағылшынша атауын жазыңыз', ru: 'впишите наименование маслихата на русском и английском', en: "write the maslikhat's name in Russian and English" },
  'import.review.link_unknown_act': { kk: 'сілтеме жасалған акт корпуста жоқ: оның метадеректер файлын қосыңыз', ru: 'упомянутого акта нет в корпусе: добавьте его файл метаданных', en: 'the linked act is not in the corpus: add its metadata file' },
  'import.review.repeal_unusual': { kk: 'күшін жою тармағы әдеттегі сөзбен жазылмаған: қай шешімнің күші жойылатынын тексеріңіз', ru: 'пункт об утрате силы изложен не обычными словами: проверьте, какое решение отменяется', en: 'the repeal point is not in the usual wording: check which decision it repeals' },
  'import.review.entry_rule_not_read': { kk: 'қолданысқа енгізу тәртібі оқылмады', ru: 'порядок введения в действие не прочитан', en: 'the entry-into-force rule cannot be read' },
  'import.review.region_not_read': { kk: 'өңір анықталмады: --region беріңіз', ru: 'регион не определён: укажите --region', en: 'the region cannot be told: give --region' },
  // The prose a draft holds (dates derived from the text).
  'import.rule.base.registration': { kk: 'мемлекеттік тіркеу күні', ru: 'дата государственной регистрации', en: 'the state registration date' },
  'import.rule.base.adoption': { kk: 'қабылданған күні', ru: 'дата принятия', en: 'the adoption date' },
  'import.rule.days': {
    kk: 'Алғашқы ресми жарияланғаннан кейін күнтізбелік {days} күн өткен соң; жариялану күні мәтінде жоқ, сондықтан нақты күн белгісіз; ең ерте күн = {base} ({date}) + {days} күн + 1',
    ru: 'По истечении {days} календарных дней после первого официального опубликования; даты опубликования в тексте нет, поэтому точная дата неизвестна; самая ранняя дата = {base} ({date}) + {days} дней + 1',
    en: '{days} calendar days after the first official publication; the publication date is not in the text, so the exact date is unknown; earliest = {base} ({date}) + {days} days + 1',
  },
  'import.rule.daysOther': {
    kk: '{adopted} № {number} шешім алғаш ресми жарияланғаннан кейін күнтізбелік {days} күн өткен соң; жариялану күні мәтінде жоқ (ең ерте күн = {base} + {days} күн + 1)',
    ru: 'По истечении {days} календарных дней после первого официального опубликования решения № {number} от {adopted}; даты опубликования в тексте нет (самая ранняя дата = {base} + {days} дней + 1)',
    en: '{days} calendar days after the first official publication of decision No. {number} of {adopted}; the publication date is not in the text (earliest = {base} + {days} days + 1)',
  },
  'import.rule.onPublication': {
    kk: 'Ресми жарияланған күнінен бастап; жариялану күні мәтінде жоқ, ең ерте күн = {base} ({date})',
    ru: 'Со дня официального опубликования; даты опубликования в тексте нет, самая ранняя дата = {base} ({date})',
    en: 'From the day of official publication; the publication date is not in the text, earliest = {base} ({date})',
  },
  'import.what.amends': { kk: 'өзгерістер енгізеді', ru: 'вносит изменения', en: 'amends' },
  'import.what.restatesAnnex': { kk: '{part}-қосымшаны жаңа редакцияда жазады', ru: 'излагает приложение {part} в новой редакции', en: 'restates annex {part}' },
  'import.what.annexRestated': { kk: '{part}-қосымша жаңа редакцияда жазылды', ru: 'приложение {part} изложено в новой редакции', en: 'annex {part} restated' },
  'import.what.titleRestated': { kk: 'атауы жаңа редакцияда жазылды', ru: 'заголовок изложен в новой редакции', en: 'title restated' },
  'import.what.pointRestated': { kk: '{part}-тармақ жаңа редакцияда жазылды', ru: 'пункт {part} изложен в новой редакции', en: 'point {part} restated' },
  'import.what.repealed': { kk: 'күші жойылды', ru: 'утратил силу', en: 'repealed' },
  // The command's report.
  'import.cli.wrote': { kk: 'Жоба жазылды: {file} (акт {id}, {lang} мәтіні)', ru: 'Черновик записан: {file} (акт {id}, текст на {lang})', en: 'Draft written: {file} (act {id}, {lang} text)' },
  'import.cli.rows': {
    kk: 'Тізбе: {rows} жол ({drugs} дәрілік зат, {devices} медициналық бұйым, {nutrition} емдік өнім); {clean} жол толық оқылды',
    ru: 'Перечень: {rows} строк ({drugs} ЛС, {devices} МИ, {nutrition} лечебных продуктов); полностью прочитано строк: {clean}',
    en: 'List: {rows} rows ({drugs} drugs, {devices} devices, {nutrition} nutrition); {clean} rows read in full',
  },
  'import.cli.review': {
    kk: 'Қарау керек: {n} жазба. Жоба жүктелмейді, әр жазбаны адам шешіп, needsReview-тен өшірмейінше:',
    ru: 'Требуют разбора: {n} записей. Черновик не загрузится, пока человек не решит каждую запись и не удалит её из needsReview:',
    en: 'Needs review: {n} entries. The draft will not load until a person settles each and deletes it from needsReview:',
  },
  'import.cli.entry': { kk: '  {where} — {what} (мәтіннің {line}-жолы): «{quote}»', ru: '  {where} — {what} (строка {line} текста): «{quote}»', en: '  {where} — {what} (line {line} of the text): "{quote}"' },
  'import.cli.seedOutside': {
    kk: '{file} файлын data/sources/ ішіне көшіріңіз: corpus check дәйексөздерді сол жерден іздейді',
    ru: 'скопируйте {file} в data/sources/: corpus check ищет цитаты там',
    en: 'copy {file} into data/sources/: corpus check looks for the quotes there',
  },
  'import.cli.left': {
    kk: 'Мәтін бермейтін мәндер бос (null) қалды: ru/en атаулары, ХПА (INN), ескертпелер. Содан кейін: npx kepil corpus check',
    ru: 'Значения, которых нет в тексте, оставлены пустыми (null): названия ru/en, МНН, примечания. Затем: npx kepil corpus check',
    en: 'What the text cannot give is left empty (null): ru/en names, INN, notes. Then: npx kepil corpus check',
  },
} satisfies Catalog;
