// The api layer's texts. kk and ru are the project's own renderings in the acts' terms.
import type { Catalog } from '../message.js';

export const apiMessages = {
  'api.token.required': {
    kk: 'Authorization: Bearer <токен> тақырыбы қажет',
    ru: 'нужен заголовок Authorization: Bearer <токен>',
    en: 'a bearer token is required (Authorization: Bearer <token>)',
  },
  'api.token.unknown': { kk: 'токен белгісіз', ru: 'токен неизвестен', en: 'unknown token' },
  'api.token.expired': { kk: 'токеннің мерзімі {date} өтті', ru: 'срок действия токена истёк {date}', en: 'the token expired on {date}' },
  'api.token.revoked': { kk: 'токен {date} кері қайтарылды', ru: 'токен отозван {date}', en: 'the token was revoked on {date}' },
  'api.token.adminOnly': {
    kk: '{what} тек әкімші токенімен оқылады',
    ru: '{what} читается только с токеном администратора',
    en: '{what} can be read with an admin token only',
  },
  'api.token.otherRegion': {
    kk: '{own} өңірінің тіркеушісі {region} өңірінің жазбасын оқи алмайды',
    ru: 'регистратор региона {own} не может читать запись региона {region}',
    en: 'a registrar of {own} cannot read a booking of {region}',
  },
  'api.idempotency.otherBody': {
    kk: '«{key}» идемпотенттілік кілті басқа сұрау денесімен қолданылған; жаңа жазба үшін жаңа кілт жіберіңіз',
    ru: 'ключ идемпотентности «{key}» уже использован с другим телом запроса; для новой записи пришлите новый ключ',
    en: "the idempotency key '{key}' was already used with a different request body; send a new key for a new booking",
  },
  'api.patientRef.shape': {
    kk: 'patientRef — бүркеншік ат: A–Z, a–z, 0–9, _ және - таңбаларынан 8–64 таңба',
    ru: 'patientRef — псевдоним: 8–64 символа из A–Z, a–z, 0–9, _ и -',
    en: 'patientRef is a pseudonym: 8–64 characters of A–Z, a–z, 0–9, _ and -',
  },
  'api.patientRef.iin': {
    kk: 'patientRef ЖСН-ге ұқсайды (12 цифр): ЖСН емес, бүркеншік ат жіберіңіз',
    ru: 'patientRef похож на ИИН (12 цифр): пришлите псевдоним, а не ИИН',
    en: 'patientRef looks like an IIN (12 digits): send a pseudonym, never the IIN',
  },
  'api.patientRef.phone': {
    kk: 'patientRef телефон нөміріне ұқсайды: бүркеншік ат жіберіңіз',
    ru: 'patientRef похож на номер телефона: пришлите псевдоним',
    en: 'patientRef looks like a phone number: send a pseudonym',
  },
  'api.patientRef.email': {
    kk: 'patientRef электрондық пошта мекенжайына ұқсайды: бүркеншік ат жіберіңіз',
    ru: 'patientRef похож на адрес электронной почты: пришлите псевдоним',
    en: 'patientRef looks like an e-mail address: send a pseudonym',
  },
  'api.rateLimited': {
    kk: 'сұраулар тым көп: {seconds} с кейін қайталаңыз',
    ru: 'слишком много запросов: повторите через {seconds} с',
    en: 'too many requests: retry in {seconds} s',
  },
  'api.db.unavailable': {
    kk: 'дерекқор қолжетімсіз; сәлден соң қайталаңыз',
    ru: 'база данных недоступна; повторите чуть позже',
    en: 'the database is unavailable; retry shortly',
  },
  'api.db.timeout': {
    kk: 'дерекқор уақытында жауап бермеді; сәлден соң қайталаңыз',
    ru: 'база данных не ответила вовремя; повторите чуть позже',
    en: 'the database did not answer in time; retry shortly',
  },
  'api.db.busy': {
    kk: 'дерекқорға басқа процесс жазып жатыр; сәлден соң қайталаңыз',
    ru: 'в базу данных пишет другой процесс; повторите чуть позже',
    en: 'another process is writing to the database; retry shortly',
  },
  'api.db.readOnly': {
    kk: 'дерекқор тек оқуға арналған: жазу мүмкін емес, ештеңе жазылған жоқ',
    ru: 'база данных доступна только для чтения: запись невозможна, ничего не записано',
    en: 'the database is read-only: the write was not made',
  },
  'api.db.diskFull': {
    kk: 'дерекқордың дискісі толы: ештеңе жазылған жоқ',
    ru: 'диск базы данных заполнен: ничего не записано',
    en: "the database's disk is full: the write was not made",
  },
  'api.notReady': {
    kk: 'дайын емес: дерекқор жауап бермейді',
    ru: 'не готов: база данных не отвечает',
    en: 'not ready: the database does not answer',
  },
  'api.http.timeout': {
    kk: 'сұрау уақытында толық келмеді',
    ru: 'запрос не пришёл целиком вовремя',
    en: 'the request did not arrive in time',
  },
  'api.http.headersTooLarge': {
    kk: 'сұрау тақырыптары тым үлкен',
    ru: 'заголовки запроса слишком велики',
    en: 'the request headers are too large',
  },
  'api.http.malformed': {
    kk: 'HTTP сұрауы дұрыс құрылмаған',
    ru: 'HTTP-запрос составлен неверно',
    en: 'the HTTP request is malformed',
  },
  'api.http.uriTooLong': {
    kk: 'жол бөлігі тым ұзын',
    ru: 'часть пути слишком длинная',
    en: 'a path segment is too long',
  },
  'api.http.methodNotAllowed': {
    kk: '{path} жолында {method} әдісіне рұқсат жоқ; рұқсат етілгендер: {allowed}',
    ru: 'метод {method} не допускается для {path}; допустимы: {allowed}',
    en: '{method} is not allowed on {path}; allowed: {allowed}',
  },
  'api.http.bodyTooLarge': {
    kk: 'сұрау денесі {limit} байттан үлкен',
    ru: 'тело запроса больше {limit} байт',
    en: 'the request body is larger than {limit} bytes',
  },
  'api.http.badUrl': {
    kk: 'жол дұрыс кодталмаған',
    ru: 'путь закодирован неверно',
    en: 'the path is not validly encoded',
  },
} satisfies Catalog;
