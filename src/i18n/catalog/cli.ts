// The cli layer's texts. kk and ru are the project's own renderings in the acts' terms.
import type { Catalog } from '../message.js';

export const cliMessages = {
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
