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
} satisfies Catalog;
