// The cli layer's texts. kk and ru are the project's own renderings in the acts' terms.
import type { Catalog } from '../message.js';

export const cliMessages = {
  'cli.explain_act.title': {
    kk: '{act}: әр тармақтың мәтіні, оны оқитын ережелер және оны тексеретін алтын сценарийлер',
    ru: '{act}: текст каждого пункта, правила, которые его читают, и эталонные сценарии, которые его проверяют',
    en: '{act}: each point’s text, the rules that read it and the golden scenarios that exercise it',
  },
  'cli.explain_act.summary': {
    kk: '{points} тармақ: {read} тармақты ереже оқиды, {notModelled} тармақ себебімен модельденбеген деп жазылған, {neither} тармақ ешқайсысы емес; {withScenarios} тармақты сценарий тексереді',
    ru: '{points} пунктов: {read} читает правило, {notModelled} записаны как не моделируемые с причиной, {neither} ни то ни другое; {withScenarios} проверяют сценарии',
    en: '{points} points: {read} read by a rule, {notModelled} recorded as not modelled with why, {neither} neither; {withScenarios} exercised by scenarios',
  },
  'cli.explain_act.read_by': { kk: 'Оқитын ережелер:', ru: 'Читают правила:', en: 'Read by:' },
  'cli.explain_act.parameters': { kk: 'Параметрлер:', ru: 'Параметры:', en: 'Parameters:' },
  'cli.explain_act.parameter': {
    kk: '{key} = {value}, {from} бастап',
    ru: '{key} = {value}, с {from}',
    en: '{key} = {value}, from {from}',
  },
  'cli.explain_act.any_date': { kk: 'кез келген күн', ru: 'любой даты', en: 'any date' },
  'cli.explain_act.not_modelled': { kk: 'Модельденбеген: {why}', ru: 'Не моделируется: {why}', en: 'Not modelled: {why}' },
  'cli.explain_act.neither': {
    kk: 'Оны ешбір ереже оқымайды және модельденбеген деп жазылмаған',
    ru: 'Его не читает ни одно правило, и он не записан как не моделируемый',
    en: 'No rule reads it, and it is not recorded as not modelled',
  },
  'cli.explain_act.scenarios': { kk: 'Сценарийлер ({count}):', ru: 'Сценарии ({count}):', en: 'Scenarios ({count}):' },
  'cli.explain_act.no_scenarios': { kk: 'Бұл тармақты ешбір алтын сценарий тексермейді', ru: 'Ни один эталонный сценарий не проверяет этот пункт', en: 'No golden scenario exercises this point' },
  'cli.explain_act.asserted': { kk: 'күтілетін нәтижеде аталған', ru: 'назван в ожидаемом результате', en: 'named in its expectation' },
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
