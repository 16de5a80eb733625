// Answers that read true (issue 16): each fact a reading rests on, in words, the lists a person
// cannot check, and the frame that says under which reading a reason or a condition holds.
// kk and ru are the project's own renderings in the acts' terms (unofficial where they stand for law).
import type { Catalog } from '../message.js';

const yesNo = (kk: string, ru: string, en: string, kkNo: string, ruNo: string, enNo: string) => ({ true: { kk, ru, en }, false: { kk: kkNo, ru: ruNo, en: enNo } });

// The facts a rule asks, as statements: readable.fact.<unknown>.<value>.
const FACTS: Record<string, Record<string, { kk: string; ru: string; en: string }>> = {
  'person.birthDate': {
    under_18: { kk: 'адам 18 жасқа толмаған', ru: 'человеку нет 18 лет', en: 'the person is under 18' },
    adult: { kk: 'адам 18 жасқа толған', ru: 'человеку 18 лет или больше', en: 'the person is 18 or older' },
  },
  'person.birthDate.infant': yesNo('бала 1 жасқа толмаған', 'ребёнку нет 1 года', 'the child is under 1', 'бала 1 жасқа толған', 'ребёнку 1 год или больше', 'the child is 1 or older'),
  'person.residency': {
    gvfmc: { kk: 'адам — азамат, қандас, босқын не ҚР-да тұрақты тұратын шетелдік немесе азаматтығы жоқ адам', ru: 'человек — гражданин, кандас, беженец, постоянно проживающий иностранец или лицо без гражданства', en: 'the person is a citizen, a kandas, a refugee, or a permanently resident foreigner or stateless person' },
    foreign_temporary: { kk: 'адам — ҚР-да уақытша болатын шетелдік', ru: 'человек — иностранец, временно пребывающий в РК', en: 'the person is a foreigner staying in Kazakhstan temporarily' },
  },
  'person.residency.class': {
    citizen: { kk: 'адам — Қазақстан Республикасының азаматы', ru: 'человек — гражданин Республики Казахстан', en: 'the person is a citizen of Kazakhstan' },
    kandas: { kk: 'адам — қандас', ru: 'человек — кандас', en: 'the person is a kandas' },
    refugee: { kk: 'адам — босқын не ҚР-да тұрақты тұратын шетелдік немесе азаматтығы жоқ адам', ru: 'человек — беженец, постоянно проживающий иностранец или лицо без гражданства', en: 'the person is a refugee, or a permanently resident foreigner or stateless person' },
  },
  'care.form': {
    emergency_urgent: { kk: 'көмек шұғыл немесе кезек күттірмейтін нысанда', ru: 'помощь в экстренной или неотложной форме', en: 'the care is emergency or urgent' },
    planned: { kk: 'көмек жоспарлы нысанда', ru: 'помощь в плановой форме', en: 'the care is planned' },
    emergency: { kk: 'көмек шұғыл нысанда', ru: 'помощь в экстренной форме', en: 'the care is an emergency' },
    urgent_planned: { kk: 'көмек кезек күттірмейтін немесе жоспарлы нысанда', ru: 'помощь в неотложной или плановой форме', en: 'the care is urgent or planned' },
  },
  'person.contributions': {
    paid: { kk: 'МӘМС жарналары төленген (немесе адам олардан босатылған)', ru: 'взносы ОСМС уплачены (или человек от них освобождён)', en: 'CSHI contributions are paid (or the person is exempt)' },
    unpaid: { kk: 'МӘМС жарналары төленбеген', ru: 'взносы ОСМС не уплачены', en: 'CSHI contributions are not paid' },
  },
  'person.categories': {
    none: { kk: 'адам мемлекет МӘМС жарналарын төлейтін 55-тармақ топтарының ешқайсысына жатпайды', ru: 'человек не входит ни в одну из групп п.55, за которых взносы ОСМС платит государство', en: 'the person is in none of the p.55 groups the state pays CSHI contributions for' },
    group: { kk: 'адам мемлекет МӘМС жарналарын төлейтін 55-тармақ топтарының біріне жатады', ru: 'человек входит в одну из групп п.55, за которых взносы ОСМС платит государство', en: 'the person is in one of the p.55 groups the state pays CSHI contributions for' },
  },
  'care.diagnosis': {
    socially_significant: { kk: 'диагноз — әлеуметтік маңызы бар ауру (ҚР ДСМ-108/2020)', ru: 'диагноз — социально значимое заболевание (ҚР ДСМ-108/2020)', en: 'the diagnosis is a socially significant disease (ҚР ДСМ-108/2020)' },
    other: { kk: 'диагноз әлеуметтік маңызы бар ауру емес', ru: 'диагноз не относится к социально значимым заболеваниям', en: 'the diagnosis is not a socially significant disease' },
  },
  'care.diagnosis.injury': yesNo('бұл — жарақат немесе улану (S00–T98)', 'это травма или отравление (S00–T98)', 'it is an injury or poisoning (S00–T98)', 'бұл жарақат та, улану да емес', 'это не травма и не отравление', 'it is neither an injury nor a poisoning'),
  'care.diagnosisDate': yesNo('«{group}» тобының {months} айлық мерзімі әлі өтпеген', '{months}-месячный срок группы «{group}» ещё не истёк', 'the {months}-month window of the group “{group}” has not passed', '«{group}» тобының {months} айлық мерзімі өтіп кеткен', '{months}-месячный срок группы «{group}» истёк', 'the {months}-month window of the group “{group}” has passed'),
  'person.pregnant': yesNo('адам жүкті', 'пациентка беременна', 'the person is pregnant', 'адам жүкті емес', 'пациентка не беременна', 'the person is not pregnant'),
  'person.postpartum': yesNo('адам босанғаннан кейінгі кезеңде', 'пациентка — родильница', 'the person is in the postpartum period', 'адам босанғаннан кейінгі кезеңде емес', 'пациентка не родильница', 'the person is not in the postpartum period'),
  'person.employed': yesNo('адам жұмыс істейді', 'человек работает', 'the person works', 'адам жұмыс істемейді', 'человек не работает', 'the person does not work'),
  'person.phcAttached': yesNo('адам МСАК ұйымына тіркелген', 'человек прикреплён к организации ПМСП', 'the person is attached to a PHC organisation', 'адам МСАК ұйымына тіркелмеген', 'человек не прикреплён к организации ПМСП', 'the person is not attached to a PHC organisation'),
  'care.referral': yesNo('жолдама бар', 'направление есть', 'there is a referral', 'жолдама жоқ', 'направления нет', 'there is no referral'),
  'care.lifeThreatening': yesNo('жағдай өмірге қауіп төндіреді', 'состояние угрожает жизни', 'the condition is life-threatening', 'жағдай өмірге қауіп төндірмейді', 'состояние не угрожает жизни', 'the condition is not life-threatening'),
  list: yesNo('{subject} {list} тізбесінде бар', '{subject} есть в перечне {list}', '{subject} is on the list {list}', '{subject} {list} тізбесінде жоқ', '{subject} нет в перечне {list}', '{subject} is not on the list {list}'),
  publication: yesNo('{act} берілген күні күшінде', '{act} действует на дату', '{act} is in force on the date', '{act} берілген күні әлі күшінде емес', '{act} на дату ещё не действует', '{act} is not yet in force on the date'),
  any: yesNo('{question} — иә', '{question} — да', '{question} — yes', '{question} — жоқ', '{question} — нет', '{question} — no'),
};

// The lists the acts cite and the corpus does not hold, by name (readable.list.<id>).
const LISTS: Record<string, { kk: string; ru: string; en: string }> = {
  'dsm-108-orphan-codes': { kk: 'ҚР ДСМ-108/2020 бұйрығының орфандық аурулар кодтары', ru: 'коды орфанных заболеваний приказа ҚР ДСМ-108/2020', en: 'the orphan-disease codes of order ҚР ДСМ-108/2020' },
  'dsm-162-2020': { kk: 'ҚР ДСМ-162/2020 (ТМККК шеңберінде стационарда емделетін жұқпалы аурулар)', ru: 'ҚР ДСМ-162/2020 (инфекционные заболевания, лечимые в стационаре в рамках ГОБМП)', en: 'ҚР ДСМ-162/2020 (infectious diseases treated as inpatients in GVFMC)' },
  'p34-emergency-list': { kk: 'уәкілетті органның шұғыл емдеуге жатқызу тізбесі (34-тармақ)', ru: 'перечень уполномоченного органа для экстренной госпитализации (п.34)', en: 'the authorised body’s list for emergency hospitalisation (p.34)' },
  'dsm-106-2020': { kk: 'ҚР ДСМ-106/2020 (шұғыл стоматологиялық көмек алатын халық санаттары)', ru: 'ҚР ДСМ-106/2020 (категории населения для экстренной стоматологической помощи)', en: 'ҚР ДСМ-106/2020 (population groups for emergency dental care)' },
  'dsm-149-2020': { kk: 'ҚР ДСМ-149/2020 (динамикалық байқаудағы созылмалы аурулар)', ru: 'ҚР ДСМ-149/2020 (хронические заболевания под динамическим наблюдением)', en: 'ҚР ДСМ-149/2020 (chronic diseases under dynamic observation)' },
  'dsm-75': { kk: 'ҚР ДСМ-75 (тегін амбулаториялық дәрілер мен бұйымдар)', ru: 'ҚР ДСМ-75 (бесплатные амбулаторные лекарства и изделия)', en: 'ҚР ДСМ-75 (free outpatient drugs and devices)' },
  'dsm-45-2021': { kk: 'ҚР ДСМ-45 (шетелге емделуге жіберу)', ru: 'ҚР ДСМ-45 (направление на лечение за рубежом)', en: 'ҚР ДСМ-45 (treatment abroad)' },
  'gov-1086-item-2': { kk: '1086 қаулының 2-тармағы (МӘМС тізбесі)', ru: 'п.2 постановления 1086 (перечень ОСМС)', en: 'item 2 of decree 1086 (the CSHI list)' },
  regional: { kk: '{region} өңірлік тізбесі', ru: 'региональный перечень: {region}', en: 'the regional list of {region}' },
};

const entries = (prefix: string, m: Record<string, { kk: string; ru: string; en: string }>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [`${prefix}.${k}`, v]));

export const readableMessages = {
  ...Object.fromEntries(Object.entries(FACTS).flatMap(([u, values]) => Object.entries(values).map(([v, e]) => [`readable.fact.${u}.${v}`, e]))),
  'readable.fact.interpretation': { kk: '{question} — {reading}', ru: '{question} — {reading}', en: '{question} — {reading}' },
  ...entries('readable.list', LISTS),
  // Who holds a list the corpus does not: the question is for them, not for the person.
  'readable.authority.ministry': {
    kk: 'Мұны {list} шешеді: тізбені уәкілетті орган (Денсаулық сақтау министрлігі) бекітеді, Kepil-де ол жоқ. Медициналық ұйымыңыздан сұраңыз.',
    ru: 'Это решает {list}: перечень утверждает уполномоченный орган (Министерство здравоохранения), в Kepil его нет. Спросите в своей медицинской организации.',
    en: 'The list {list} decides this: the authorised body (the Ministry of Health) approves it, and Kepil does not hold it. Ask your medical organisation.',
  },
  'readable.authority.government': {
    kk: 'Мұны {list} шешеді: оның мәтіні Kepil-де жоқ. Мәтінді «Әділет» жүйесінен қараңыз.',
    ru: 'Это решает {list}: его текста в Kepil нет. Текст смотрите в системе «Әділет».',
    en: 'The text {list} decides this, and Kepil does not hold it. Look the text up in the Adilet system.',
  },
  'readable.authority.maslikhat': {
    kk: 'Мұны {list} шешеді: тізбені өңір мәслихаты бекітеді, Kepil-де оның бұл редакциясы жоқ. Өңірдің денсаулық сақтау басқармасынан сұраңыз.',
    ru: 'Это решает {list}: перечень утверждает маслихат региона, этой его редакции в Kepil нет. Спросите в управлении здравоохранения региона.',
    en: 'The list {list} decides this: the region’s maslikhat approves it, and Kepil does not hold this version. Ask the regional health department.',
  },
  'readable.authority.reading': {
    kk: 'Бұл — актінің мәтінін оқу мәселесі: оны уәкілетті орган түсіндіреді, адам өзі жауап бере алмайды.',
    ru: 'Это вопрос прочтения текста акта: его разъясняет уполномоченный орган, человек сам ответить не может.',
    en: 'This is a question of how the act’s text reads: the authorised body clarifies it; a person cannot answer it.',
  },
  // Facts joined into the reading they make, and the frame of a text that holds only in some readings.
  'readable.yes': { kk: 'иә', ru: 'да', en: 'yes' },
  'readable.no': { kk: 'жоқ', ru: 'нет', en: 'no' },
  // Kinds of care as the programme names them (the entitlements' summary).
  'readable.careType.ambulance': { kk: 'жедел медициналық жәрдем', ru: 'скорая медицинская помощь', en: 'ambulance' },
  'readable.careType.air_ambulance': { kk: 'медициналық авиация', ru: 'санитарная авиация', en: 'air ambulance' },
  'readable.careType.phc': { kk: 'медициналық-санитариялық алғашқы көмек', ru: 'первичная медико-санитарная помощь', en: 'primary health care' },
  'readable.careType.outpatient_specialist': { kk: 'амбулаториялық мамандандырылған көмек', ru: 'специализированная амбулаторная помощь', en: 'outpatient specialised care' },
  'readable.careType.day_hospital': { kk: 'стационарды алмастыратын көмек', ru: 'стационарозамещающая помощь', en: 'day hospital' },
  'readable.careType.inpatient': { kk: 'стационарлық көмек', ru: 'стационарная помощь', en: 'inpatient care' },
  'readable.careType.rehabilitation': { kk: 'медициналық оңалту', ru: 'медицинская реабилитация', en: 'medical rehabilitation' },
  'readable.careType.palliative': { kk: 'паллиативтік медициналық көмек', ru: 'паллиативная медицинская помощь', en: 'palliative care' },
  'readable.careType.blood': { kk: 'қан және оның компоненттері', ru: 'кровь и её компоненты', en: 'blood and its components' },
  'readable.careType.pathology': { kk: 'патологиялық-анатомиялық диагностика', ru: 'патологоанатомическая диагностика', en: 'pathology' },
  'readable.careType.transplantation': { kk: 'транспланттау', ru: 'трансплантация', en: 'transplantation' },
  'readable.careType.outpatient_drug': { kk: 'амбулаториялық дәрілік қамтамасыз ету', ru: 'амбулаторное лекарственное обеспечение', en: 'outpatient drugs and devices' },
  'readable.careType.treatment_abroad': { kk: 'шетелде емдеу', ru: 'лечение за рубежом', en: 'treatment abroad' },
  'readable.and': { kk: '{a} және {b}', ru: '{a} и {b}', en: '{a} and {b}' },
  'readable.or': { kk: '{a}; немесе {b}', ru: '{a}; или {b}', en: '{a}; or {b}' },
  'readable.if': { kk: 'егер {cond}', ru: 'если {cond}', en: 'if {cond}' },
  'readable.inEveryNotFree': { kk: 'тегін болмайтын әр жағдайда', ru: 'во всех случаях, где помощь не бесплатна', en: 'wherever it is not free' },
  'readable.always': { kk: 'кез келген жағдайда', ru: 'в любом случае', en: 'in any case' },
  'readable.when': { kk: '{when}: {text}', ru: '{when}: {text}', en: '{when}: {text}' },
  'readable.trace.reading': { kk: 'төмендегі шешім барысы мына жағдай үшін', ru: 'ход решения ниже — для случая', en: 'the steps below are for the case' },
  'readable.cli.whereNotFree': { kk: 'Тегін болмайтын жағдайларда — себебі:', ru: 'Где помощь не бесплатна — почему:', en: 'Where it is not free, why:' },
  'readable.cli.dependsOn': { kk: 'Жауап неге байланысты:', ru: 'От чего зависит ответ:', en: 'What the answer depends on:' },
  'readable.cli.packages': { kk: 'Қай пакетте:', ru: 'В каком пакете:', en: 'In which package:' },
  'readable.cli.packageWhen': { kk: '{package} — {when}', ru: '{package} — {when}', en: '{package} — {when}' },
  'readable.cli.readAs': { kk: 'жоба оқуы: {reading}', ru: 'прочтение проекта: {reading}', en: 'the project reads it: {reading}' },
  'readable.cli.questions': { kk: 'Жауапты шешетін сұрақтар (алдымен өзіңіз білетіндері):', ru: 'Вопросы, которые решат ответ (сначала те, что вы знаете сами):', en: 'The questions that settle it (first those you can answer yourself):' },
} satisfies Catalog;
