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
  'fhir.question': { kk: 'сұрақ {field}: {values}', ru: 'вопрос {field}: {values}', en: 'question {field}: {values}' },
  'fhir.missing': { kk: 'жетіспейді ({id}): {text}', ru: 'не хватает ({id}): {text}', en: 'missing {id}: {text}' },
  // --- questions over the facts a request leaves open (readings) ---
  'engine.q.age': {
    kk: 'Адам берілген күні 18 жасқа толмаған ба?',
    ru: 'Нет ли человеку на дату 18 лет?',
    en: 'Is the person under 18 on the date?',
  },
  'engine.q.age_infant': {
    kk: 'Бала берілген күні 1 жасқа толмаған ба?',
    ru: 'Нет ли ребёнку на дату 1 года?',
    en: 'Is the child under 1 year old on the date?',
  },
  'engine.q.residency': {
    kk: 'Адам ТМККК алатындардың бірі ме (азамат, қандас, босқын, тұрақты тұратын шетелдік не азаматтығы жоқ адам), әлде уақытша болатын шетелдік пе (3-тармақ)?',
    ru: 'Относится ли человек к получателям ГОБМП (гражданин, кандас, беженец, постоянно проживающий иностранец или лицо без гражданства) или это временно пребывающий иностранец (п.3)?',
    en: 'Is the person one of those GVFMC is for (citizen, kandas, refugee, permanently resident foreigner or stateless person), or a temporarily staying foreigner (p.3)?',
  },
  'engine.q.residency_class': {
    kk: 'Адам азамат па, қандас па, әлде босқын немесе тұрақты тұратын шетелдік не азаматтығы жоқ адам ба?',
    ru: 'Человек — гражданин, кандас или беженец либо постоянно проживающий иностранец или лицо без гражданства?',
    en: 'Is the person a citizen, a kandas, or a refugee or permanently resident foreigner or stateless person?',
  },
  'engine.q.form': {
    kk: 'Көмек қандай нысанда: шұғыл, кезек күттірмейтін немесе жоспарлы?',
    ru: 'В какой форме помощь: экстренная, неотложная или плановая?',
    en: 'In what form is the care: emergency, urgent or planned?',
  },
  'engine.q.contributions': {
    kk: 'МӘМС жарналары төленген бе (жарнадан босатылу да солай есептеледі) әлде төленбеген бе (54-тармақ)?',
    ru: 'Взносы ОСМС уплачены (освобождение от взносов равнозначно) или не уплачены (п.54)?',
    en: 'Are CSHI contributions paid (or is the person exempt, which p.54 treats alike), or unpaid (p.54)?',
  },
  'engine.q.categories': {
    kk: 'Адам мемлекет МӘМС жарналарын төлейтін топтардың біріне жата ма (55-тармақ)?',
    ru: 'Относится ли человек к одной из категорий, за которых взносы ОСМС платит государство (п.55)?',
    en: 'Is the person in one of the groups the state pays CSHI contributions for (p.55)?',
  },
  'engine.q.diagnosis_social': {
    kk: 'Диагноз берілген күні әлеуметтік маңызы бар ауру ма (№ ҚР ДСМ-108/2020 бұйрығы)?',
    ru: 'Является ли диагноз на дату социально значимым заболеванием (приказ № ҚР ДСМ-108/2020)?',
    en: 'Is the diagnosis a socially significant disease on the date (order ҚР ДСМ-108/2020)?',
  },
  'engine.q.diagnosis_injury': {
    kk: 'Бұл жарақат немесе улану ма (АХЖ-10 S00–T98)?',
    ru: 'Это травма или отравление (МКБ-10 S00–T98)?',
    en: 'Is it an injury or poisoning (ICD-10 S00–T98)?',
  },
  'engine.q.diagnosis_window': {
    kk: '«{group}» тобы оқиғадан кейінгі {months} ай ішінде ғана әлеуметтік маңызы бар: бұл мерзім әлі өтпеді ме?',
    ru: 'Группа «{group}» социально значима лишь {months} мес. после события: этот срок ещё не истёк?',
    en: 'The group “{group}” is socially significant only for {months} months after the event: is that still the case?',
  },
  'engine.q.person.pregnant': { kk: 'Адам жүкті ме?', ru: 'Беременна ли пациентка?', en: 'Is the person pregnant?' },
  'engine.q.person.postpartum': { kk: 'Адам босанған әйел ме?', ru: 'Является ли пациентка родильницей (после родов)?', en: 'Is the person a woman after childbirth?' },
  'engine.q.person.employed': {
    kk: 'Адам жұмыс істей ме (55-тармақтың бірқатар топтары жұмыс істемейтіндерге арналған)?',
    ru: 'Работает ли человек (ряд категорий п.55 — для неработающих)?',
    en: 'Does the person work (several p.55 groups are for people who do not)?',
  },
  'engine.q.person.phcAttached': {
    kk: 'Адам тұрғылықты жері бойынша МСАК ұйымына тіркелген бе (7-тармақ)?',
    ru: 'Прикреплён ли человек к организации ПМСП по месту жительства (п.7)?',
    en: 'Is the person attached to a PHC organisation at the place of residence (p.7)?',
  },
  'engine.q.care.referral': { kk: 'Жолдама бар ма?', ru: 'Есть ли направление?', en: 'Is there a referral?' },
  'engine.q.care.lifeThreatening': {
    kk: 'Жағдай өмірге қауіп төндіре ме (34-тармақ)?',
    ru: 'Угрожает ли состояние жизни (п.34)?',
    en: 'Is the condition life-threatening (p.34)?',
  },
  'engine.q.on_list': {
    kk: '{subject} корпуста жоқ {list} тізбесінде бар ма?',
    ru: 'Входит ли {subject} в перечень {list}, которого нет в корпусе?',
    en: 'Is {subject} on the list {list}, which the corpus does not hold?',
  },
  'engine.q.publication': {
    kk: '{act} берілген күні күшіне енді ме? Оның алғаш ресми жарияланған күні дереккөздерде жоқ: {reason}',
    ru: 'Вступил ли {act} в силу на дату? Дата его первого официального опубликования в источниках не указана: {reason}',
    en: 'Was {act} in force on the date? The date of its first official publication is not in the sources: {reason}',
  },
  'engine.readings.bound': {
    kk: 'Белгісіз фактілер тым көп: {max} оқылымнан асты, сондықтан жауап анықталмаған. Көбірек фактіні көрсетіңіз.',
    ru: 'Слишком много неизвестных фактов: превышено {max} вариантов прочтения, поэтому ответ не определён. Укажите больше фактов.',
    en: 'Too many facts are open: more than {max} readings, so the answer is undetermined. State more of the facts.',
  },
  'engine.onlist.stated': {
    kk: '{list} тізбесі бойынша: {value} — сұраушы көрсетті',
    ru: 'По перечню {list}: {value} — указано запрашивающим',
    en: 'On the list {list}: {value} — stated by the requester',
  },
  // --- what would make it covered ---
  'engine.remedy.referral': { kk: 'жолдамамен', ru: 'при наличии направления', en: 'with a referral' },
  'engine.remedy.phc_attached': {
    kk: 'МСАК ұйымына тіркелгеннен кейін',
    ru: 'после прикрепления к организации ПМСП',
    en: 'once attached to a PHC organisation',
  },
  'engine.remedy.contributions': {
    kk: 'МӘМС жарналары төленген болса',
    ru: 'при уплаченных взносах ОСМС',
    en: 'with CSHI contributions paid',
  },
  'engine.remedy.dispensary': {
    kk: 'диагноз бойынша диспансерлік есепке алынғаннан кейін',
    ru: 'после постановки на диспансерный учёт по диагнозу',
    en: 'once on the dispensary register for the diagnosis',
  },
  // --- reasons, conditions and notes the readings work introduced (issue 8) ---
  'engine.reason.p22_limits': {
    kk: '22-тармақ («шектейді» оқылымы): 2026 жылдан бастап ТМККК шеңберіндегі МСАК әлеуметтік маңызы бар аурулар мен нысаналы топтардың скринингіне арналған; {diagnosis} оларға жатпайды',
    ru: 'П.22 (прочтение «ограничивает»): с 2026 года ПМСП в рамках ГОБМП — при социально значимых заболеваниях и скрининге целевых групп; {diagnosis} к ним не относится',
    en: 'p.22 (reading "limits"): from 2026 GVFMC PHC is for socially significant diseases and target-group screening; {diagnosis} is neither',
  },
  'engine.reason.p34_and': {
    kk: '2027 жылдан бастап 34-тармақ («және» оқылымы): тізбедегі өмірге қауіп төндіретін жағдай қажет',
    ru: 'С 2027 года п.34 (прочтение «и»): нужно угрожающее жизни состояние из перечня',
    en: 'from 2027 p.34 (reading "and") needs a life-threatening condition on the list',
  },
  'engine.reason.p34_neither': {
    kk: '2027 жылдан бастап 34-тармақ: жағдай өмірге қауіп төндірмейді және уәкілетті органның шұғыл емдеуге жатқызу тізбесінде жоқ',
    ru: 'С 2027 года п.34: состояние не угрожает жизни и не входит в перечень уполномоченного органа для экстренной госпитализации',
    en: "from 2027 p.34: neither a life-threatening condition nor on the authorised body's list for emergency hospitalisation",
  },
  'engine.reason.p58_2_no_referral': {
    kk: 'МСАК дәрігерінің жолдамасы (58.2-тармақ): жоқ, және 59-тармақтың өздігінен жүгіну жағдайларының бірі де қолданылмайды',
    ru: 'Направление врача ПМСП (п.58.2): отсутствует, и ни один случай самообращения п.59 не применим',
    en: 'a referral from a PHC doctor (p.58.2): not met (there is no referral), and no self-referral case of p.59 applies',
  },
  'engine.reason.list_beneficiaries': {
    kk: '{item} тізбеде бар, бірақ {region} тізбесі тек мыналарға арналған: {residency}',
    ru: '{item} есть в перечне, но перечень региона {region} предназначен только для: {residency}',
    en: "{item} is on the list, but {region}'s list is for {residency} only",
  },
  'engine.reason.list_population': {
    kk: '{item} тізбеде тек «{population}» ({category}) үшін берілген',
    ru: '{item} дан в перечне только для «{population}» ({category})',
    en: '{item} is on the list for the population "{population}" ({category}) only',
  },
  'engine.reason.list_no_entry_applies': {
    kk: '{region} тізбесінің «{item}» беретін бірде-бір жолы бұл сұрауға қолданылмайды (себептері жоғарыда)',
    ru: 'Ни одна строка перечня {region}, дающая «{item}», к этому запросу не применима (причины выше)',
    en: "no entry of {region}'s list that gives '{item}' applies to this request (the reasons above say why)",
  },
  'engine.reason.unheld_list_off': {
    kk: '«{item}» {date} күні күшіндегі {region} тізбесінде жоқ (корпуста жоқ тізбе)',
    ru: '«{item}» нет в перечне {region}, действующем на {date} (перечня нет в корпусе)',
    en: "'{item}' is not on {region}'s list in force on {date} (a list the corpus does not hold)",
  },
  'engine.reason.dsm75_off': {
    kk: '«{item}» № ҚР ДСМ-75 ұлттық тізбесінде жоқ (21, 52.3, 70-тармақтар)',
    ru: '«{item}» нет в национальном перечне № ҚР ДСМ-75 (пп.21, 52.3, 70)',
    en: "'{item}' is not on the national list ҚР ДСМ-75 (p.21, p.52.3, p.70)",
  },
  'engine.reason.p55_group_employed': {
    kk: '{group}: 55-тармақ жұмыс істемейтіндерді атайды, ал person.employed true (non-working)',
    ru: '{group}: п.55 называет неработающих, а person.employed true (non-working)',
    en: '{group} (p.55 names non-working people and person.employed is true)',
  },
  'engine.reason.p55_group_age': {
    kk: '{group}: берілген күні 18 жасқа толған',
    ru: '{group}: на дату уже исполнилось 18 лет',
    en: '{group} (not under 18 on the date)',
  },
  'engine.reason.p55_group_sex': { kk: '{group}: жынысы ер', ru: '{group}: пол мужской', en: '{group} (sex male)' },
  'engine.reason.p55_group_residency': { kk: '{group}: адам қандас емес', ru: '{group}: человек не кандас', en: '{group} (residency is not kandas)' },
  'engine.condition.p34_list': {
    kk: 'уәкілетті органның шұғыл емдеуге жатқызу тізбесінде (34-тармақ)',
    ru: 'в перечне уполномоченного органа для экстренной госпитализации (п.34)',
    en: "on the authorised body's list for emergency hospitalisation (p.34)",
  },
  'engine.condition.p20_referral': {
    kk: '№ ҚР ДСМ-27 бұйрығына сәйкес МСАК арқылы жоспарлы емдеуге жатқызуға жолдама (20-тармақ)',
    ru: 'направление на плановую госпитализацию через ПМСП по приказу № ҚР ДСМ-27 (п.20)',
    en: 'a referral for planned hospitalisation through PHC under ҚР ДСМ-27 (p.20)',
  },
  'engine.condition.p62_list': {
    kk: 'диагноз тәулік бойғы стационарда емделуге тиіс аурулардың АХЖ-10 тізбесінде (62-тармақ; корпуста жоқ) — балаларды, жүкті, босанған әйелдерді және 65 жастан асқандарды қоспағанда',
    ru: 'диагноз входит в перечень МКБ-10 заболеваний для лечения в круглосуточном стационаре (п.62; нет в корпусе) — кроме детей, беременных, родильниц и лиц старше 65 лет',
    en: 'the diagnosis is on the ICD-10 list of diseases to be treated in round-the-clock inpatient care (p.62; not in the corpus), unless the person is a child, pregnant, postpartum or over 65',
  },
  'engine.condition.p59_6': {
    kk: 'динамикалық байқаудағы созылмалы ауру бойынша 1 аяқталған жағдай шеңберінде бейінді маманға (немесе оның мейіргеріне) жүгіну (59.6-тармақ)',
    ru: 'обращение к профильному специалисту (или его медсестре) в рамках 1 законченного случая по хроническому заболеванию под динамическим наблюдением (п.59.6)',
    en: 'a visit to the specialist (or the specialist nurse) within one completed case, for a chronic disease under dynamic observation (p.59.6)',
  },
  'engine.condition.unheld_list': {
    kk: '{date} күні күшіндегі {region} қосымша тізбесінде (корпуста жоқ); оның өз шарттары (халық тобы, диспансерлік есеп) қолданылады',
    ru: 'в дополнительном перечне {region}, действующем на {date} (нет в корпусе); применяются его условия (категория, диспансерный учёт)',
    en: "on {region}'s supplementary list in force on {date}, which the corpus does not hold; its own conditions (population, dispensary register) apply",
  },
  'engine.condition.dsm75_category': {
    kk: 'адам № ҚР ДСМ-75 тізбесі бұл затты беретін санатқа жатады және сол ауруы бар',
    ru: 'человек относится к категории и имеет заболевание, при которых перечень № ҚР ДСМ-75 даёт это средство',
    en: 'the person is in the category and has the disease for which ҚР ДСМ-75 gives the item',
  },
  'engine.note.p56_4_inferred': {
    kk: 'Мұндағы ТМККК кепілі қорытынды: 56.4-тармақ ТМККК ауруларын емдеуді МӘМС-тен шығарады, ал 33-тармақ әлеуметтік маңызы бар ауруларды ТМККК-де емдейді (33.3-тармақтың құрылымдық оқылымы); 33.4-тармақтың өзі тек МӘМС-ке кірмейтіндерді атайды.',
    ru: 'Гарантия ГОБМП здесь выведена: п.56.4 исключает лечение заболеваний ГОБМП из ОСМС, а п.33 лечит социально значимые заболевания в ГОБМП (структурное прочтение п.33.3); сам п.33.4 называет лишь лиц вне ОСМС.',
    en: 'The GVFMC grant here is inferred: p.56.4 leaves the treatment of GVFMC diseases out of CSHI, and p.33 treats socially significant diseases in GVFMC (the structural reading of p.33.3); p.33.4 itself names only people outside CSHI.',
  },
  // --- named interpretations of open texts (the data holds their quotes and readings) ---
  'engine.interp.p22.2026': {
    kk: '22-тармақ (2026): ТМККК шеңберіндегі МСАК-ты әлеуметтік маңызы бар аурулар мен нысаналы топтардың скринингімен шектей ме?',
    ru: 'П.22 (2026): ограничивает ли он ПМСП в рамках ГОБМП социально значимыми заболеваниями и скринингом целевых групп?',
    en: 'p.22 (2026): does it limit GVFMC PHC to socially significant diseases and target-group screening?',
  },
  'engine.interp.p22.2027': {
    kk: '22-тармақ (2027 жылдан бастап): ТМККК шеңберіндегі МСАК алғаш жүгінумен шектеле ме (1086 қаулының 2-тармағының мәтіні экспортта жоқ)?',
    ru: 'П.22 (с 2027 года): ограничивается ли ПМСП в рамках ГОБМП первичным обращением (текст п.2 постановления 1086 в выгрузке отсутствует)?',
    en: 'p.22 (from 2027): is GVFMC PHC limited to the first contact (the text of decree 1086 item 2 is missing from the export)?',
  },
  'engine.interp.p33.3': {
    kk: '33.3-тармақ: жолдама бойынша жоспарлы стационарлық көмек ТМККК ауруларына ғана ма (құрылымдық оқылым) әлде кез келген ауруға ма (сөзбе-сөз)?',
    ru: 'П.33.3: плановая стационарная помощь по направлению — только при заболеваниях ГОБМП (структурное прочтение) или при любом заболевании (буквальное)?',
    en: 'p.33.3: planned inpatient care by referral — for the GVFMC diseases only (structural reading) or any disease (literal)?',
  },
  'engine.interp.p34': {
    kk: '34-тармақ: «өмірге қауіп төндіретін жағдайлар кезінде ғана, сондай-ақ … тізбесі бойынша» — «немесе» ме, «және» ме?',
    ru: 'П.34: «только при угрожающих жизни состояниях, а также … по перечню» — «или» либо «и»?',
    en: 'p.34: “only in life-threatening conditions, and also … by the list” — either, or both?',
  },
  'engine.interp.p51': {
    kk: '51-тармақ: 2027 жылдан бастап МӘМС-ке қайтыс болған донорды дайындау ғана ма, әлде бүкіл транспланттау ма?',
    ru: 'П.51: с 2027 года в ОСМС переходит только подготовка посмертного донора или вся трансплантация?',
    en: 'p.51: from 2027, does only the deceased donor’s preparation move to CSHI, or transplantation as a whole?',
  },
  'engine.interp.p24.2': {
    kk: '24.2-тармақ: тіс жарақаттары мен кезек күттірмейтін стоматологиялық жағдайлар ТМККК-ке де жата ма, әлде тек 58.4-тармақ (МӘМС) бойынша ма?',
    ru: 'П.24.2: относятся ли травмы зубов и неотложные стоматологические состояния также к ГОБМП или только к п.58.4 (ОСМС)?',
    en: 'p.24.2: are dental injuries and urgent dental states also GVFMC, or only p.58.4 (CSHI)?',
  },
  'engine.interp.p59.6': {
    kk: '59.6-тармақ: жолдамасыз жүгіну № ҚР ДСМ-149/2020 бұйрығының созылмалы аурулар тізбесі бойынша (бару мақсаты бойынша емес)',
    ru: 'П.59.6: обращение без направления — по перечню хронических заболеваний приказа № ҚР ДСМ-149/2020 (а не по цели визита)',
    en: 'p.59.6: self-referral by the chronic-disease list of ҚР ДСМ-149/2020 (not by the visit’s purpose)',
  },
  'engine.interp.mangystau-9-112.macitentan': {
    kk: 'Маңғыстау, 9/112 шешімі: мацитентан 13-жолда (басылғандай) ме, әлде 14-жолда (мазмұны бойынша) ма?',
    ru: 'Мангистау, решение 9/112: мацитентан в строке 13 (как напечатано) или в строке 14 (по содержанию)?',
    en: 'Mangystau 9/112: is macitentan in row 13 (as printed) or row 14 (by content)?',
  },
  'engine.interp.astana-162-20-viii.row29': {
    kk: 'Астана, 162/20-VIII шешімі: 29-жолға 28-жолдың ұяшықтары (ересектер, ботулин токсині) біріккен бе, әлде оның өз ұяшықтары басылмаған ба?',
    ru: 'Астана, решение 162/20-VIII: объединены ли с строкой 29 ячейки строки 28 (взрослые, ботулотоксин) или её собственные ячейки не напечатаны?',
    en: 'Astana 162/20-VIII: are row 28’s cells (adults, botulinum toxin) merged over row 29, or are row 29’s own cells not printed?',
  },
  // --- ҚР ДСМ-108/2020 held from secondary sources: what an answer that used it rests on ---
  'engine.note.dsm108_unverified_group': {
    kk: 'Тексерілмеген: жоба иеленетін ешбір дереккөз ҚР ДСМ-108/2020 бұйрығының «{group}» тобының {from} бастапқы АХЖ-10 кодтарын бермейді; қолданылған кодтар жобаның оқылымы',
    ru: 'Не проверено: ни один источник проекта не даёт коды МКБ-10 группы «{group}» приказа ҚР ДСМ-108/2020 с {from}; использованные коды — прочтение проекта',
    en: 'Unverified: no source the project holds gives the ICD-10 codes of the group "{group}" of ҚР ДСМ-108/2020 from {from}; the codes used are the project’s reading',
  },
  'engine.note.dsm108_unverified_absent': {
    kk: 'Диагноз әлеуметтік мәні бар ауру емес деп ҚР ДСМ-108/2020 бұйрығының {from} бастапқы тексерілмеген кодтары бойынша шешілді ({count} топтың кодтарын ешбір дереккөз бермейді)',
    ru: 'Диагноз признан не социально значимым по кодам МКБ-10 приказа ҚР ДСМ-108/2020 с {from}, которые не проверены (коды {count} групп не даёт ни один источник)',
    en: 'The diagnosis is taken as not socially significant against ICD-10 code sets of ҚР ДСМ-108/2020 from {from} that no source gives (unverified: {count} groups)',
  },
  'engine.note.premise': {
    kk: 'Жобаның алғышартына сүйенеді: {statement}',
    ru: 'Опирается на допущение проекта: {statement}',
    en: 'Rests on a project premise: {statement}',
  },
} satisfies Catalog;
