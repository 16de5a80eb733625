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
  // What to do next.
  'next.referral': {
    kk: 'Тіркелген МСАК ұйымынан (емханадан) жолдама алыңыз: жоспарлы көмек жолдама бойынша көрсетіледі.',
    ru: 'Получите направление в организации ПМСП (поликлинике), к которой вы прикреплены: плановая помощь оказывается по направлению.',
    en: 'Get a referral from the PHC organisation you are attached to: planned care is given on a referral.',
  },
  'next.attach': {
    kk: 'Тұрғылықты жеріңіз бойынша МСАК ұйымына тіркеліңіз.',
    ru: 'Прикрепитесь к организации ПМСП по месту жительства.',
    en: 'Attach to a PHC organisation where you live.',
  },
  'next.dispensary': {
    kk: 'Осы ауру бойынша МСАК ұйымында диспансерлік есепке тұрыңыз: өңірлік тізбе диспансерлік есептегі адамдарға арналған.',
    ru: 'Встаньте на диспансерный учёт по этому заболеванию в организации ПМСП: региональный перечень — для состоящих на диспансерном учёте.',
    en: 'Register at the dispensary for this disease at your PHC organisation: the regional list is for people on the dispensary register.',
  },
  'next.cshi': {
    kk: 'МӘМС мәртебеңізді Әлеуметтік медициналық сақтандыру қорынан тексеріңіз; жарналар төленбесе, оларды төлеңіз (немесе мемлекет жарна төлейтін санатқа жататыныңызды растаңыз).',
    ru: 'Проверьте свой статус в ОСМС в Фонде социального медицинского страхования; если взносы не уплачены — уплатите их (или подтвердите, что вы в категории, за которую взносы платит государство).',
    en: 'Check your CSHI status with the Social Health Insurance Fund; if contributions are unpaid, pay them (or show that you are in a group the state pays for).',
  },
  'next.prescriptionRegional': {
    kk: 'Емхана дәрігерінен рецепт алыңыз: дәрі мәслихат бекіткен өңірлік тізбе бойынша тегін беріледі.',
    ru: 'Получите рецепт у врача поликлиники: препарат выдаётся бесплатно по региональному перечню, утверждённому маслихатом.',
    en: 'Get a prescription from your PHC doctor: the drug is given free under the regional list the maslikhat approved.',
  },
  'next.prescription': {
    kk: 'Емхана дәрігерінен рецепт алыңыз.',
    ru: 'Получите рецепт у врача поликлиники.',
    en: 'Get a prescription from your PHC doctor.',
  },
  'next.whoDecides.maslikhat': {
    kk: 'Өңірлік тізбені облыстың (қаланың) мәслихаты бекітеді: күшіндегі шешімді мәслихаттан немесе денсаулық сақтау басқармасынан сұраңыз.',
    ru: 'Региональный перечень утверждает маслихат области (города): действующее решение уточните в маслихате или управлении здравоохранения.',
    en: 'The regional list is approved by the region’s maslikhat: ask the maslikhat or the regional health department for the decision in force.',
  },
  'next.whoDecides.dsm75': {
    kk: 'Тегін амбулаториялық дәрілер тізбесін (ҚР ДСМ-75) уәкілетті орган — Денсаулық сақтау министрлігі бекітеді: дәрінің онда бар-жоғын емханадан сұраңыз.',
    ru: 'Перечень бесплатных амбулаторных лекарств (ҚР ДСМ-75) утверждает уполномоченный орган — Министерство здравоохранения: уточните в поликлинике, есть ли в нём препарат.',
    en: 'The list of free outpatient drugs (ҚР ДСМ-75) is approved by the authorised body, the Ministry of Health: ask your PHC organisation whether the drug is on it.',
  },
  'next.whoDecides.publication': {
    kk: 'Актінің ресми жарияланған күнін «Әділет» ақпараттық-құқықтық жүйесінен тексеріңіз.',
    ru: 'Дату официального опубликования акта проверьте в ИПС «Әділет».',
    en: 'Check the act’s official publication date in the Adilet legal information system.',
  },
  'next.whoDecides.authorisedBody': {
    kk: '{list} тізбесін уәкілетті орган бекітеді: медициналық ұйымнан сұраңыз.',
    ru: 'Перечень {list} утверждает уполномоченный орган: уточните в медицинской организации.',
    en: 'The list {list} is approved by the authorised body: ask your medical organisation.',
  },
  'next.paid': {
    kk: 'Бұл көмек тегін көлемге кірмейді: құнын медициналық ұйымнан сұраңыз.',
    ru: 'Эта помощь не входит в бесплатный объём: стоимость уточните в медицинской организации.',
    en: 'This care is outside the free packages: ask the medical organisation for its price.',
  },
  'fhir.missing': { kk: 'жетіспейді ({id}): {text}', ru: 'не хватает ({id}): {text}', en: 'missing {id}: {text}' },
} satisfies Catalog;
