// The cli layer's texts. kk and ru are the project's own renderings in the acts' terms.
import type { Catalog } from '../message.js';

export const cliMessages = {
  // kepil batch: rows it cannot read (in the output and FILE.errors.ndjson)
  'cli.batch.emptyRow': { kk: 'бос жол', ru: 'пустая строка', en: 'an empty row' },
  'cli.batch.badJson': { kk: 'жарамды JSON емес: {reason}', ru: 'некорректный JSON: {reason}', en: 'not valid JSON: {reason}' },
  'cli.batch.badCsv': { kk: 'жарамды CSV жолы емес: {reason}', ru: 'некорректная строка CSV: {reason}', en: 'not a valid CSV row: {reason}' },
  'cli.batch.cellCount': {
    kk: 'жолда {cells} ұяшық, ал тақырыпта {columns} баған',
    ru: 'в строке {cells} ячеек, а в заголовке {columns} столбцов',
    en: 'the row has {cells} cells; the header has {columns} columns',
  },
  'cli.batch.rowTooLong': { kk: 'жол тым ұзын ({bytes} байт), ол оқылмады', ru: 'строка слишком длинная ({bytes} байт) и не прочитана', en: 'the row is too long ({bytes} bytes) and was not read' },
  // kepil batch: progress and the closing lines (stderr)
  'cli.batch.progress': { kk: '{rows} жол · {rate} жол/с', ru: '{rows} строк · {rate} строк/с', en: '{rows} rows · {rate} rows/s' },
  'cli.batch.eta': { kk: 'қалды {eta}', ru: 'осталось {eta}', en: 'ETA {eta}' },
  'cli.batch.done': {
    kk: '{rows} жол {seconds} с ішінде ({rate} жол/с): {decided} шешілді, {refused} қабылданбады',
    ru: '{rows} строк за {seconds} с ({rate} строк/с): решено {decided}, отклонено {refused}',
    en: '{rows} rows in {seconds} s ({rate} rows/s): {decided} decided, {refused} refused',
  },
  'cli.batch.errorsAt': { kk: 'қабылданбаған жолдар: {file}', ru: 'отклонённые строки: {file}', en: 'refused rows are listed in {file}' },
  'cli.batch.interrupted': {
    kk: 'тоқтатылды: шығыс файлда алғашқы {rows} жол толық жазылған',
    ru: 'прервано: в выходном файле полностью записаны первые {rows} строк',
    en: 'interrupted: the output holds the first {rows} rows, each whole',
  },
  // kepil batch and synth: argument and file errors
  'cli.batch.badExtension': { kk: '--{option} файлы .ndjson, .jsonl немесе .csv деп аяқталуы керек', ru: 'файл --{option} должен оканчиваться на .ndjson, .jsonl или .csv', en: '--{option} must end in .ndjson, .jsonl or .csv' },
  'cli.batch.cannotRead': { kk: '{file} оқылмады: {reason}', ru: 'не удалось прочитать {file}: {reason}', en: 'cannot read {file}: {reason}' },
  'cli.batch.cannotWrite': { kk: '{file} жазылмады: {reason}', ru: 'не удалось записать {file}: {reason}', en: 'cannot write {file}: {reason}' },
  'cli.batch.badLang': { kk: "--lang мәні kk, ru немесе en болуы керек, берілгені '{value}'", ru: "--lang должен быть kk, ru или en, получено '{value}'", en: "--lang must be kk, ru or en, got '{value}'" },
  'cli.batch.noHeader': {
    kk: 'CSV файлында сұрау жолдарының тақырып жолы жоқ (мысалы, date,person.birthDate,care.type)',
    ru: 'в CSV-файле нет строки заголовка с путями запроса (например, date,person.birthDate,care.type)',
    en: 'the CSV file has no header row of request paths (such as date,person.birthDate,care.type)',
  },
  'cli.batch.badHeader': { kk: 'CSV тақырыбында сұрауда жоқ бағандар бар', ru: 'в заголовке CSV есть столбцы, которых нет в запросе', en: 'the CSV header names columns a request does not have' },
  'cli.batch.unknownColumn': {
    kk: "'{name}' деген баған жоқ; бағандар сұрау жолдары: {known}",
    ru: "неизвестный столбец '{name}'; столбцы — это пути запроса: {known}",
    en: "unknown column '{name}'; columns are request paths: {known}",
  },
  'cli.batch.repeatedColumn': { kk: "'{name}' бағаны қайталанған", ru: "столбец '{name}' повторяется", en: "column '{name}' is repeated" },
  'cli.batch.noCareType': { kk: 'CSV тақырыбында care.type бағаны жоқ', ru: 'в заголовке CSV нет столбца care.type', en: 'the CSV header has no care.type column' },
  'cli.synth.count': { kk: "--{option} бүтін сан болуы керек, берілгені '{value}'", ru: "--{option} должно быть целым числом, получено '{value}'", en: "--{option} must be a whole number, got '{value}'" },
  'cli.batch.sameFile': { kk: '--in мен --out бір файл бола алмайды', ru: '--in и --out не могут быть одним файлом', en: '--in and --out cannot be the same file' },
  'cli.batch.workers': { kk: '--workers 1 мен {max} аралығындағы бүтін сан болуы керек', ru: '--workers должно быть целым числом от 1 до {max}', en: '--workers must be a whole number from 1 to {max}' },
  // kepil batch: the summary table (stdout)
  'cli.batch.summary.outcomes': { kk: 'Нәтижелер', ru: 'Итоги', en: 'Outcomes' },
  'cli.batch.summary.counts': {
    kk: 'Нәтиже, пакет, өңір және көмек түрі бойынша (алғашқы {n})',
    ru: 'По итогу, пакету, региону и виду помощи (первые {n})',
    en: 'By outcome, package, region and care type (top {n})',
  },
  'cli.batch.summary.missing': { kk: 'Жиі жетіспейтін фактілер мен тізімдер', ru: 'Чаще всего недостающие факты и перечни', en: 'Most frequent missing facts and lists' },
  'cli.batch.summary.cited': { kk: 'Жиі сілтеме жасалған тармақтар', ru: 'Чаще всего цитируемые пункты', en: 'Most cited points' },
  'cli.batch.summary.refused': { kk: 'Қабылданбаған жолдар, өріс бойынша', ru: 'Отклонённые строки по полям', en: 'Refused rows by field' },
  'cli.batch.summary.changes': {
    kk: '{date} күні жауабы өзгеретін жолдар: {rows}',
    ru: 'Строки, ответ по которым меняется на {date}: {rows}',
    en: 'Rows whose answer changes on {date}: {rows}',
  },
  'cli.batch.col.outcome': { kk: 'нәтиже', ru: 'итог', en: 'outcome' },
  'cli.batch.col.package': { kk: 'пакет', ru: 'пакет', en: 'package' },
  'cli.batch.col.region': { kk: 'өңір', ru: 'регион', en: 'region' },
  'cli.batch.col.careType': { kk: 'көмек түрі', ru: 'вид помощи', en: 'care type' },
  'cli.batch.col.rows': { kk: 'жолдар', ru: 'строк', en: 'rows' },
  'cli.batch.col.share': { kk: 'үлесі', ru: 'доля', en: 'share' },
  'cli.batch.col.kind': { kk: 'түрі', ru: 'вид', en: 'kind' },
  'cli.batch.col.id': { kk: 'идентификатор', ru: 'идентификатор', en: 'id' },
  'cli.batch.col.act': { kk: 'акт', ru: 'акт', en: 'act' },
  'cli.batch.col.point': { kk: 'тармақ', ru: 'пункт', en: 'point' },
  'cli.batch.col.field': { kk: 'өріс', ru: 'поле', en: 'field' },
  'cli.batch.col.from': { kk: 'бұрын', ru: 'было', en: 'from' },
  'cli.batch.col.to': { kk: 'кейін', ru: 'стало', en: 'to' },
  'cli.csv.malformed': {
    kk: 'CSV {line}-жолда бұзылған: {reason}',
    ru: 'CSV повреждён в строке {line}: {reason}',
    en: 'the CSV is malformed at line {line}: {reason}',
  },
  'cli.csv.unknownColumns': {
    kk: 'CSV-да белгісіз бағандар бар: {columns}',
    ru: 'в CSV неизвестные столбцы: {columns}',
    en: 'the CSV has unknown columns: {columns}',
  },
  'cli.csv.rural': {
    kk: '{line}-жол: rural мәні true/false/1/0/yes/no/иә/жоқ/да/нет болуы керек, берілгені «{value}»',
    ru: 'строка {line}: rural должно быть true/false/1/0/yes/no/иә/жоқ/да/нет, получено «{value}»',
    en: "line {line}: rural must be one of true/false/1/0/yes/no/иә/жоқ/да/нет, got '{value}'",
  },
  'cli.import.summary': {
    kk: '{read} жол оқылды, {booked} жазылды, {refused} қабылданбады',
    ru: 'прочитано строк: {read}, записано: {booked}, отклонено: {refused}',
    en: '{read} rows read, {booked} booked, {refused} refused',
  },
  'cli.token.unknown': { kk: '{id} токені жоқ', ru: 'токена {id} нет', en: 'no token {id}' },
  'cli.token.revoked': { kk: '{id} токені кері қайтарылды', ru: 'токен {id} отозван', en: 'token {id} revoked' },
  'cli.token.alreadyRevoked': { kk: '{id} токені {date} кері қайтарылған', ru: 'токен {id} уже отозван {date}', en: 'token {id} was already revoked on {date}' },
  'cli.token.days': {
    kk: '--days 1–3650 аралығындағы бүтін сан болуы керек, берілгені «{value}»',
    ru: '--days должно быть целым числом 1–3650, получено «{value}»',
    en: "--days must be a whole number 1–3650, got '{value}'",
  },
  'cli.token.created': {
    kk: '{id} токені ({who}), {date} дейін жарамды; ол бір рет көрсетіледі:',
    ru: 'токен {id} ({who}), действует до {date}; он показывается один раз:',
    en: 'token {id} ({who}), valid until {date}; it is shown once:',
  },
} satisfies Catalog;
