// Kepil's web page: plain ES module, no framework. Talks to /api/v1 on the same origin.
import { LANGS, DEFAULT_LANG, ENUMS, STRINGS, NUMBER_LOCALE } from './i18n.js';

const API = '/api/v1';
const LANG_KEY = 'kepil.lang';
const TABS = ['eligibility', 'lists', 'limits', 'acts'];
const SECTIONS = ['drugs', 'devices', 'nutrition'];

const state = {
  lang: DEFAULT_LANG,
  tab: 'eligibility',
  acts: new Map(), // id -> act (for citation labels)
  decision: null, // { request, body } | { request, error }
  list: null, // regional list response
  listSection: 'drugs',
  highlightRow: null,
  search: null, // { q, hits } | { q, error }
  compare: null,
  limits: null, // { region, rows, usage }
  country: null,
  actsView: null, // acts response
  loaded: new Set(),
  ref: null, // GET /reference: regions, groups, care types, years, ICD-10 names, list items
};

// ---------- small helpers ----------

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

/** The page's own words in the chosen language. */
function t(key, vars = {}) {
  const s = STRINGS[state.lang]?.[key] ?? STRINGS[DEFAULT_LANG][key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => (vars[k] ?? ''));
}

/** A data name {kk, ru, en} in the chosen language, falling back to kk. */
function L(names) {
  if (names == null) return '';
  if (typeof names === 'string') return names;
  return names[state.lang] ?? names.kk ?? names.en ?? names.ru ?? '';
}

/** An enum value's label. */
function E(group, value) {
  if (group === 'region' && state.ref) {
    const r = state.ref.regions.find((x) => x.id === value);
    if (r) return L(r.name);
  }
  const entry = ENUMS[group]?.[value];
  return entry ? L(entry) : String(value);
}

/** A p.55 group as the act words it (from the data), with the page's fuller label as a fallback. */
function groupLabel(id) {
  const g = state.ref?.groups?.find((x) => x.id === id);
  const own = E('categories', id);
  if (!g?.name) return own;
  const act = L(g.name);
  return `${act[0].toUpperCase()}${act.slice(1)}`;
}

function num(n) {
  if (n === null || n === undefined) return '*';
  try {
    return new Intl.NumberFormat(NUMBER_LOCALE[state.lang]).format(n).replace(/[\u202f\u00a0]/g, '\u00a0');
  } catch {
    return String(n);
  }
}

/** 2026-11-25 → 25.11.2026. */
function fmtDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso ?? ''));
  return m ? `${m[3]}.${m[2]}.${m[1]}` : String(iso ?? '');
}

function pct(n) {
  try {
    return new Intl.NumberFormat(NUMBER_LOCALE[state.lang], { style: 'percent', maximumFractionDigits: 2 }).format(n / 100);
  } catch {
    return `${n}%`;
  }
}

function todayIso() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Builds an element: h('p', {class: 'x'}, 'text', child). Attributes with null/false are skipped. */
function h(tag, attrs = {}, ...children) {
  const svg = ['svg', 'g', 'rect', 'text', 'title', 'desc', 'line', 'tspan'].includes(tag);
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.setAttribute('class', v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Every API call carries the chosen language: the answers' texts are rendered by the server. */
function withLang(url) {
  const u = new URL(url, location.origin);
  if (u.pathname.startsWith(API)) u.searchParams.set('lang', state.lang);
  return u.pathname + u.search;
}

async function getJson(url, init) {
  const headers = { accept: 'application/json', 'accept-language': state.lang, ...(init?.headers ?? {}) };
  const res = await fetch(withLang(url), { ...init, headers });
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  return { status: res.status, ok: res.ok, body };
}

function errorBox(err) {
  const msg = err?.body?.error?.message ?? (err?.status ? `HTTP ${err.status}` : t('common.network'));
  const issues = err?.body?.error?.issues ?? [];
  return h('div', { class: 'error-box', role: 'alert' },
    h('strong', {}, `${t('common.error')}: `), msg,
    issues.length ? h('ul', {}, issues.map((i) => h('li', {}, h('code', {}, i.path), ': ', i.message))) : null);
}

function loading() {
  return h('p', { class: 'muted loading' }, t('common.loading'));
}

/** A reason; a long one folds away behind its first words. */
function reasonBlock(text, testid) {
  if (!text) return null;
  if (text.length <= 180) return h('p', { class: 'small reason', 'data-testid': testid }, h('strong', {}, `${t('common.reason')}: `), text);
  return h('details', { class: 'small reason', 'data-testid': testid },
    h('summary', {}, h('strong', {}, `${t('common.reason')}: `), `${text.slice(0, 110).trimEnd()}…`),
    h('p', {}, text));
}

function windowText(w) {
  if (!w) return '';
  return h('span', { class: 'window' }, `${t('common.window')}: `, h('span', { class: 'nowrap' }, fmtDate(w.from)), ' — ', h('span', { class: 'nowrap' }, w.to ? fmtDate(w.to) : t('common.openEnded')));
}

/** A short label for an act: issuer and number, from the cached acts list; the id otherwise. */
function actLabel(id) {
  const a = state.acts.get(id);
  if (!a) return id;
  return `${L(a.issuer)} ${t('acts.number')} ${a.number}, ${fmtDate(a.adopted)}`;
}

function actLink(id) {
  return h('a', { href: `#acts`, class: 'act-link', 'data-act': id, title: id, onclick: (e) => { e.preventDefault(); openAct(id); } }, actLabel(id));
}

/** A citation: act, point, and the verbatim quote in the act's language. */
function citation(src, { quote = true } = {}) {
  if (!src) return null;
  return h('span', { class: 'cite' },
    h('span', { class: 'cite-where' }, src.cite ? h('a', { href: '#acts', class: 'act-link', 'data-act': src.act, onclick: (e) => { e.preventDefault(); openAct(src.act); } }, src.cite) : [actLink(src.act), ', ', src.point]),
    quote && src.quote ? h('q', { class: 'quote', lang: 'kk' }, src.clause ?? src.quote) : null);
}

// ---------- language ----------

function setLang(lang, { persist = true } = {}) {
  if (!LANGS.includes(lang)) lang = DEFAULT_LANG;
  state.lang = lang;
  if (persist) {
    try { localStorage.setItem(LANG_KEY, lang); } catch { /* private mode */ }
  }
  document.documentElement.lang = lang;
  document.title = t('app.title');
  for (const b of $$('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  for (const el of $$('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of $$('[data-i18n-aria]')) el.setAttribute('aria-label', t(el.dataset.i18nAria));
  fillSelects();
  renderCategories();
  fillLookups();
  rerender();
  refetch();
}

/** The server renders the answers' texts: after a language switch, ask again for what is shown. */
function refetch() {
  if (state.decision?.request && !state.decision.error) ask(state.decision.request, { quiet: true });
  if (state.list && !state.list.error) loadList({ section: state.listSection });
  if (state.search && !state.search.error) runSearch();
  if (state.compare && !state.compare.error) runCompare();
  if (state.actsView && !state.actsView.error) loadActs();
}

/** The language a link names: "#q=…&lang=ru" or "#lang=ru". */
function hashLang() {
  const pair = location.hash.slice(1).split('&').map((p) => p.split('=')).find(([k]) => k === 'lang');
  return pair && LANGS.includes(pair[1]) ? pair[1] : null;
}

function initialLang() {
  const linked = hashLang();
  if (linked) return linked;
  let saved = null;
  try { saved = localStorage.getItem(LANG_KEY); } catch { /* ignore */ }
  if (LANGS.includes(saved)) return saved;
  // The browser's languages, in order: kk (or kz), ru, en; Kazakh when none of them fits.
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = String(tag).toLowerCase().split('-')[0];
    const lang = base === 'kz' ? 'kk' : base;
    if (LANGS.includes(lang)) return lang;
  }
  return DEFAULT_LANG;
}

/** Fills every select that has data-enum, keeping the chosen value. */
/** The values a select offers: from GET /reference (the schema's own sets), else the page's labels. */
function valuesOf(group) {
  const ref = state.ref;
  const fromRef = ref && {
    region: ref.regions?.map((r) => r.id),
    careType: ref.careTypes,
    residency: ref.residency,
    sex: ref.sex,
    contributions: ref.contributions,
    form: ref.forms,
    purpose: ref.purposes,
    specialty: ref.specialties,
    year: ref.years?.map(String),
  }[group];
  if (fromRef) return fromRef;
  if (group === 'region') return [];
  return Object.keys(ENUMS[group] ?? {});
}

function fillSelects() {
  for (const sel of $$('select[data-enum]')) {
    const group = sel.dataset.enum;
    const values = valuesOf(group);
    const keep = sel.value;
    const opts = [];
    if (sel.dataset.empty) opts.push(h('option', { value: '' }, t(sel.dataset.empty)));
    for (const v of values) opts.push(h('option', { value: v }, group === 'year' ? v : E(group, v)));
    sel.replaceChildren(...opts);
    if (keep && values.includes(keep)) sel.value = keep;
    else if (!sel.dataset.empty && values.length) sel.value = sel.dataset.default ?? values[0];
  }
}

const NONE = '__none';

function groupIds() {
  return state.ref?.groups?.map((g) => g.id) ?? Object.keys(ENUMS.categories);
}

function renderCategories() {
  const box = $('#categories-list');
  const checked = new Set($$('input[type=checkbox]', box).filter((c) => c.checked).map((c) => c.value));
  const none = h('div', { class: 'check check-none' },
    h('input', { type: 'checkbox', id: 'cat-none', value: NONE, 'data-testid': 'cat-none',
      onchange: (e) => { if (e.target.checked) for (const c of $$('input[type=checkbox]', box)) if (c.value !== NONE) c.checked = false; } }),
    h('label', { for: 'cat-none' }, t('elig.noneOfThese')));
  box.replaceChildren(none, ...groupIds().map((id) =>
    h('div', { class: 'check' },
      h('input', { type: 'checkbox', id: `cat-${id}`, value: id, 'data-testid': `cat-${id}`,
        onchange: (e) => { if (e.target.checked) $('#cat-none').checked = false; } }),
      h('label', { for: `cat-${id}` }, groupLabel(id)))));
  // The ticks survive a language switch as state, not as defaults: the form's reset clears them.
  for (const c of $$('input[type=checkbox]', box)) c.checked = checked.has(c.value);
}

/** Name lookups: diseases by their ICD-10 names (kk, ru, en), items by their names in the lists. */
function fillLookups() {
  const ref = state.ref;
  if (!ref) return;
  const icd = ref.icd10.filter((e) => !e.code.includes('-'));
  replace($('#icd-list'), icd.map((e) => h('option', { value: e.code }, `${e.name[state.lang] ?? e.name.ru} (${t('common.unverified')})`)));
  replace($('#item-list'), ref.items.map((it) => h('option', { value: state.lang === 'kk' ? it.name : (it.names?.[state.lang] ?? it.name) }, it.name)));
}

/** A disease typed by name becomes its code: the first ICD-10 entry whose name, in any language, has every word. */
function codeFor(text) {
  const raw = text.trim();
  if (/^[A-Za-z]\d{2}(\.\d{1,2})?$/.test(raw)) return raw.toUpperCase();
  const words = raw.toLowerCase().split(/\s+/).filter(Boolean);
  const hit = state.ref?.icd10.find((e) => !e.code.includes('-') && [e.name.kk, e.name.ru, e.name.en].some((n) => n && words.every((w) => n.toLowerCase().includes(w))));
  return hit ? hit.code : raw.toUpperCase();
}

// ---------- tabs ----------

function showTab(tab, { focus = false, updateHash = true } = {}) {
  if (!TABS.includes(tab)) tab = 'eligibility';
  state.tab = tab;
  for (const b of $$('[role=tab]')) {
    const on = b.dataset.tab === tab;
    b.setAttribute('aria-selected', String(on));
    b.tabIndex = on ? 0 : -1;
    if (on && focus) b.focus();
  }
  for (const p of $$('[role=tabpanel]')) p.hidden = p.id !== `panel-${tab}`;
  if (updateHash && !(tab === 'eligibility' && location.hash.startsWith('#q='))) {
    history.replaceState(null, '', tab === 'eligibility' ? location.pathname + location.search : `#${tab}`);
  }
  if (tab === 'limits' && state.chartsStale) {
    state.chartsStale = false;
    if (state.limits) renderLimits();
    if (state.country) renderCountry();
  }
  if (!state.loaded.has(tab)) {
    state.loaded.add(tab);
    if (tab === 'lists') {
      const chosen = $('#f-region').value;
      if (chosen) $('#lists-region').value = chosen;
      loadList();
    }
    if (tab === 'limits') { loadLimits(); loadCountry(); }
    if (tab === 'acts') loadActs();
  }
}

function initTabs() {
  const tabs = $$('[role=tab]');
  for (const b of tabs) {
    b.addEventListener('click', () => showTab(b.dataset.tab));
    b.addEventListener('keydown', (e) => {
      const i = tabs.indexOf(b);
      let j = null;
      if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
      else if (e.key === 'ArrowLeft') j = (i - 1 + tabs.length) % tabs.length;
      else if (e.key === 'Home') j = 0;
      else if (e.key === 'End') j = tabs.length - 1;
      if (j !== null) {
        e.preventDefault();
        showTab(tabs[j].dataset.tab, { focus: true });
      }
    });
  }
}

// ---------- (1) eligibility ----------

/** Form fields: request path, element id, and how the value is read. */
const FIELDS = [
  { path: 'date', id: 'f-date', kind: 'text' },
  { path: 'person.residency', id: 'f-residency', kind: 'text' },
  { path: 'person.region', id: 'f-region', kind: 'text' },
  { path: 'person.birthDate', id: 'f-birthDate', kind: 'text' },
  { path: 'person.sex', id: 'f-sex', kind: 'text' },
  { path: 'person.pregnant', id: 'f-pregnant', kind: 'tri' },
  { path: 'person.postpartum', id: 'f-postpartum', kind: 'tri' },
  { path: 'person.employed', id: 'f-employed', kind: 'tri' },
  { path: 'person.contributions', id: 'f-contributions', kind: 'text' },
  { path: 'person.categories', id: 'f-categories', kind: 'checks' },
  { path: 'person.dispensary', id: 'f-dispensary', kind: 'codes' },
  { path: 'person.phcAttached', id: 'f-phcAttached', kind: 'tri' },
  { path: 'care.type', id: 'f-type', kind: 'text' },
  { path: 'care.form', id: 'f-form', kind: 'text' },
  { path: 'care.purpose', id: 'f-purpose', kind: 'text' },
  { path: 'care.specialty', id: 'f-specialty', kind: 'text' },
  { path: 'care.diagnosis', id: 'f-diagnosis', kind: 'code' },
  { path: 'care.diagnosisDate', id: 'f-diagnosisDate', kind: 'text' },
  { path: 'care.referral', id: 'f-referral', kind: 'tri' },
  { path: 'care.lifeThreatening', id: 'f-lifeThreatening', kind: 'tri' },
  { path: 'care.item', id: 'f-item', kind: 'text' },
];
const FIELD_BY_PATH = new Map(FIELDS.map((f) => [f.path, f]));

function setPath(obj, path, value) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  o[keys.at(-1)] = value;
}

function getPath(obj, path) {
  return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

/** Reads the form into a request. Unknown, empty or unchecked fields are left out. */
function readRequest() {
  const req = { date: '', person: {}, care: {} };
  for (const f of FIELDS) {
    const el = document.getElementById(f.id);
    let v;
    if (f.kind === 'checks') {
      const ids = $$('input[type=checkbox]', el).filter((c) => c.checked).map((c) => c.value);
      v = ids.includes(NONE) ? [] : ids.length ? ids : undefined;
    } else {
      const raw = el.value.trim();
      if (raw === '') v = undefined;
      else if (f.kind === 'tri') v = raw === 'yes' ? true : raw === 'no' ? false : undefined;
      else if (f.kind === 'codes') {
        const codes = raw.split(/[,;]+/).map((c) => codeFor(c)).filter(Boolean);
        v = codes.length ? codes : undefined;
        el.value = codes.join(', ');
      } else if (f.kind === 'code') {
        v = codeFor(raw);
        el.value = v;
      } else v = raw;
    }
    if (v !== undefined) setPath(req, f.path, v);
  }
  return req;
}

/** Fills the form from a request (a shared link). */
function fillForm(req) {
  for (const f of FIELDS) {
    const el = document.getElementById(f.id);
    const v = getPath(req, f.path);
    if (f.kind === 'checks') {
      const set = new Set(Array.isArray(v) ? (v.length ? v : [NONE]) : []);
      for (const c of $$('input[type=checkbox]', el)) c.checked = set.has(c.value);
      if (set.size) $('#categories-box').open = true;
    } else if (f.kind === 'tri') el.value = v === true ? 'yes' : v === false ? 'no' : '';
    else if (f.kind === 'codes') el.value = Array.isArray(v) ? v.join(', ') : '';
    else el.value = v == null ? '' : String(v);
  }
  if (!$('#f-date').value) $('#f-date').value = todayIso();
}

function clearErrors() {
  const box = $('#elig-errors');
  box.hidden = true;
  box.replaceChildren();
  for (const p of $$('#elig-form .field-error')) { p.hidden = true; p.textContent = ''; }
  for (const el of $$('#elig-form [aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of $$('#elig-form .field.has-error')) el.classList.remove('has-error');
  for (const f of FIELDS) {
    const el = document.getElementById(f.id);
    const d = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== `${f.id}-err`);
    if (d.length) el.setAttribute('aria-describedby', d.join(' ')); else el.removeAttribute('aria-describedby');
  }
}

/** Where an issue path points: "person.dispensary[1]" -> the dispensary field. */
function fieldFor(path) {
  const p = String(path ?? '').replace(/\[\d+\]/g, '');
  if (FIELD_BY_PATH.has(p)) return FIELD_BY_PATH.get(p);
  // "person" or "care" alone: no field; a deeper unknown path: its parent field if any.
  const parts = p.split('.');
  while (parts.length > 1) {
    parts.pop();
    if (FIELD_BY_PATH.has(parts.join('.'))) return FIELD_BY_PATH.get(parts.join('.'));
  }
  return null;
}

function focusField(f) {
  const el = document.getElementById(f.id);
  if (f.id === 'f-categories') $('#categories-box').open = true;
  (el.matches('fieldset') ? el.querySelector('input') : el)?.focus();
}

function labelFor(f) {
  const lab = document.querySelector(`label[for="${f.id}"]`) ?? $(`#${f.id} legend`);
  return lab ? lab.textContent : f.path;
}

function showErrors(error) {
  const issues = error?.issues?.length ? error.issues : [{ path: '(body)', message: error?.message ?? 'invalid' }];
  const items = [];
  const seen = new Set();
  for (const issue of issues) {
    const f = fieldFor(issue.path);
    if (f) {
      const el = document.getElementById(f.id);
      const err = document.getElementById(`${f.id}-err`);
      err.textContent = seen.has(f.id) ? `${err.textContent}; ${issue.message}` : issue.message;
      err.hidden = false;
      seen.add(f.id);
      el.setAttribute('aria-invalid', 'true');
      el.closest('.field')?.classList.add('has-error');
      const d = new Set((el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
      d.add(`${f.id}-err`);
      el.setAttribute('aria-describedby', [...d].join(' '));
      if (f.id === 'f-categories') $('#categories-box').open = true;
      items.push(h('li', {}, h('a', { href: `#${f.id}`, onclick: (e) => { e.preventDefault(); focusField(f); } }, issue.message)));
    } else {
      items.push(h('li', {}, issue.path ? h('code', {}, issue.path) : null, issue.path ? ': ' : '', issue.message));
    }
  }
  const box = $('#elig-errors');
  replace(box, h('p', {}, h('strong', {}, t('elig.errors'))), h('ul', {}, items));
  box.hidden = false;
  box.focus();
}

function shareUrl(req) {
  return `${location.origin}${location.pathname}#q=${encodeURIComponent(JSON.stringify(req))}&lang=${state.lang}`;
}

async function ask(req, { fromLink = false, quiet = false } = {}) {
  clearErrors();
  const answer = $('#answer');
  answer.setAttribute('aria-busy', 'true');
  replace(answer, loading());
  $('#elig-submit').disabled = true;
  // Only the latest question's answer is shown: an earlier one that returns late is dropped.
  const seq = (state.askSeq = (state.askSeq ?? 0) + 1);
  try {
    const r = await getJson(`${API}/eligibility?explain=true`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(req) });
    if (seq !== state.askSeq) return;
    if (r.ok) {
      state.decision = { request: req, body: r.body };
      history.replaceState(null, '', `#q=${encodeURIComponent(JSON.stringify(req))}&lang=${state.lang}`);
    } else {
      state.decision = { request: req, error: r };
      if (r.status === 400 && r.body?.error) showErrors(r.body.error);
    }
  } catch (e) {
    if (seq !== state.askSeq) return;
    state.decision = { request: req, error: { status: 0, message: String(e) } };
  } finally {
    if (seq === state.askSeq) {
      $('#elig-submit').disabled = false;
      answer.removeAttribute('aria-busy');
    }
  }
  renderDecision();
  if (!quiet && (state.decision?.body || fromLink)) $('#answer-heading').scrollIntoView({ block: 'start' });
}

function section(title, testid, items) {
  if (!items || items.length === 0) return null;
  return h('section', { class: 'result-section', 'data-testid': testid },
    h('h3', {}, title),
    h('ul', { class: 'plain' }, items));
}

function badge(text, cls) {
  return h('span', { class: `badge ${cls}` }, text);
}

/** A request field's value as the form would show it. */
function valueLabel(field, value) {
  const f = FIELD_BY_PATH.get(field);
  if (field === 'person.categories') return Array.isArray(value) && value.length === 0 ? t('elig.noneOfThese') : (Array.isArray(value) ? value : [value]).map(groupLabel).join(', ');
  if (typeof value === 'boolean') return E('tri', value ? 'yes' : 'no');
  if (!f) return String(value);
  const el = document.getElementById(f.id);
  const group = el?.dataset?.enum;
  if (group) return E(group, value);
  return Array.isArray(value) ? value.join(', ') : field.endsWith('ate') ? fmtDate(value) : String(value);
}

const RESIDENCY_CLASS_SPLIT = '|';

/**
 * The request values one answer to a question stands for. The engine's values are classes
 * ("none", "a_p55_group", "refugee|foreign_permanent|…", "true"); each becomes the choices a person
 * can click, or null where only the form can say it (a birth date, a diagnosis) or only an authority.
 */
function requestValues(field, value) {
  if (value === 'true' || value === 'false') return [value === 'true'];
  if (field === 'person.categories') return value === 'none' ? [[]] : groupIds().map((id) => [id]);
  if (field === 'person.residency') return String(value).split(RESIDENCY_CLASS_SPLIT);
  if (field === 'person.contributions' || field === 'care.form') return [value];
  return null;
}

/** Values a missing fact can take, where the form offers a closed set: one click answers. */
function choicesFor(field) {
  if (field === 'person.categories') return [[], ...groupIds().map((id) => [id])];
  const f = FIELD_BY_PATH.get(field);
  if (!f) return null;
  if (f.kind === 'tri') return [true, false];
  const el = document.getElementById(f.id);
  if (el?.tagName === 'SELECT' && el.dataset.enum) return valuesOf(el.dataset.enum);
  return null;
}

/**
 * Questions as one-click choices: [{field, text, choices: [{value, outcome?}], formOnly?}]. From the
 * decision's `questions` where it has them, else from its missing facts with a closed set of values.
 */
function questionsOf(b) {
  if (Array.isArray(b.questions) && b.questions.length) {
    return b.questions.filter((q) => q.kind !== 'interpretation').map((q) => {
      const choices = [];
      let formOnly = false;
      for (const v of q.values ?? []) {
        const vals = requestValues(q.field, v.value);
        if (!vals) { formOnly = true; continue; }
        // One choice per value reads as the answer words it; a class of values (any p.55 group) as the form names each.
        for (const value of vals) choices.push({ value, outcome: vals.length === 1 ? v.outcome : undefined, words: vals.length === 1 ? v.text : undefined });
      }
      return { field: q.field, text: q.text, kind: q.kind, choices, formOnly: formOnly && choices.length === 0, values: q.values ?? [], authority: q.authority?.text };
    });
  }
  return (b.missing ?? []).filter((m) => m.kind === 'fact' && m.field && choicesFor(m.field))
    .map((m) => ({ field: m.field, text: m.text, kind: 'fact', choices: choicesFor(m.field).map((value) => ({ value })) }));
}

function answerQuestion(field, value) {
  const req = structuredClone(state.decision.request);
  if (field.startsWith('care.onList.')) {
    req.care.onList = { ...(req.care.onList ?? {}), [field.slice('care.onList.'.length)]: value };
  } else setPath(req, field, value);
  fillForm(req);
  ask(req);
}

function questionLabel(q) {
  const f = FIELD_BY_PATH.get(q.field);
  return f ? labelFor(f) : null;
}

function questionBlock(b) {
  const qs = questionsOf(b);
  if (b.outcome !== 'undetermined' || qs.length === 0) return null;
  return h('section', { class: 'result-section questions', 'data-testid': 'questions' },
    h('h3', {}, t('elig.questions')),
    h('p', { class: 'small muted' }, t('elig.questionsIntro')),
    qs.map((q) => h('fieldset', { class: 'question', 'data-testid': 'question', 'data-field': q.field, 'data-kind': q.kind },
      h('legend', {}, questionLabel(q) ? [questionLabel(q), ': '] : null, q.text),
      q.formOnly && FIELD_BY_PATH.get(q.field)
        ? h('p', {}, h('a', { href: `#${FIELD_BY_PATH.get(q.field).id}`, onclick: (e) => { e.preventDefault(); focusField(FIELD_BY_PATH.get(q.field)); } }, t('elig.fillField')))
        : h('div', { class: 'choices' }, q.choices.map((c) => h('button', {
          type: 'button', class: 'choice', 'data-testid': 'choice', 'data-field': q.field, 'data-value': JSON.stringify(c.value),
          onclick: () => answerQuestion(q.field, c.value),
        }, c.words ?? valueLabel(q.field, c.value), c.outcome ? h('span', { class: `small out-${c.outcome}` }, ` → ${E('outcome', c.outcome)}`) : null))),
      // The print sheet has no buttons: the same choices, in the answer's words.
      q.values?.length ? h('ul', { class: 'print-only print-choices', 'data-testid': 'print-choices' }, q.values.map((v) => h('li', {}, v.text, ' → ', E('outcome', v.outcome), v.package ? ` (${E('packageShort', v.package)})` : ''))) : null,
      q.authority ? h('p', { class: 'small authority', 'data-testid': 'authority' }, q.authority) : null)));
}

/** A reading's facts, in the answer's own words (the API renders them in the page's language). */
function readingFacts(r) {
  return r.assumption ?? '';
}

/** A text that holds in some readings only, framed by them ("if …: …"). */
function framed(x) {
  return x.when ? [h('span', { class: 'when', 'data-testid': 'when' }, x.when.text), ': ', x.text] : x.text;
}

/** The question in a few lines, for the printed sheet. */
function questionSummary(req) {
  return FIELDS.map((f) => [f, getPath(req, f.path)]).filter(([, v]) => v !== undefined)
    .map(([f, v]) => h('li', {}, `${labelFor(f)}: `, h('strong', {}, valueLabel(f.path, v))));
}

function renderDecision() {
  const answer = $('#answer');
  const d = state.decision;
  if (!d) return replace(answer, h('p', { class: 'muted' }, t('elig.empty')));
  if (d.error) {
    if (d.error.status === 400) return replace(answer, h('p', { class: 'muted', 'data-testid': 'answer-invalid' }, t('elig.errors')));
    return replace(answer, errorBox(d.error));
  }
  const b = d.body;
  const icon = { covered: '✓', not_covered: '✗', undetermined: '?' }[b.outcome] ?? '?';
  const verdict = h('div', { class: `verdict verdict-${b.outcome}`, 'data-testid': 'outcome', 'data-outcome': b.outcome },
    h('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, icon),
    h('div', { class: 'verdict-text' },
      h('p', { class: 'verdict-label', 'data-testid': 'outcome-label' }, E('outcome', b.outcome)),
      b.package ? h('p', { class: 'verdict-package', 'data-testid': 'outcome-package', 'data-package': b.package },
        h('span', { class: 'visually-hidden' }, `${t('elig.package')}: `),
        E('package', b.package)) : null));

  const url = shareUrl(d.request);
  const sheet = h('div', { class: 'print-only print-sheet', 'data-testid': 'print-sheet' },
    h('p', { class: 'print-title' }, t('elig.printTitle')),
    h('p', {}, `${t('common.date')}: `, h('strong', {}, fmtDate(d.request.date))),
    h('p', {}, `${t('elig.question')}:`), h('ul', {}, questionSummary(d.request)));

  const next = section(t('elig.next'), 'next-steps', (b.nextSteps ?? []).map((n) => h('li', { class: 'next-step', 'data-step': n.id }, n.text)));
  // A point cited by two quotes that extend to the same clause is shown once.
  const uniqueBasis = [...new Map((b.basis ?? []).map((s) => [`${s.act}|${s.point}|${s.clause ?? s.quote}`, s])).values()];
  const basis = section(t('elig.basis'), 'basis', uniqueBasis.map((s) =>
    h('li', { class: 'basis-item' },
      h('p', { class: 'cite-where' }, s.cite ? h('strong', {}, h('a', { href: '#acts', class: 'act-link', 'data-act': s.act, onclick: (e) => { e.preventDefault(); openAct(s.act); } }, s.cite)) : [actLink(s.act), ', ', h('strong', {}, s.point)]),
      h('blockquote', { lang: 'kk' }, s.clause ?? s.quote),
      s.gist && state.lang !== 'kk' ? h('p', { class: 'gist small', 'data-testid': 'gist' }, h('span', { class: 'muted' }, `${t('elig.gist')}: `), s.gist) : null)));
  const conditions = section(t('elig.conditions'), 'conditions', (b.conditions ?? []).map((c) =>
    h('li', {}, badge(E('conditionStatus', c.status), `status-${c.status}`), ' ', framed(c), c.source ? h('span', { class: 'small' }, ' — ', citation(c.source, { quote: false })) : null)));
  const missing = b.outcome === 'undetermined' && questionsOf(b).length ? null : section(t('elig.missing'), 'missing', (b.missing ?? []).map((m) => {
    const f = m.field ? FIELD_BY_PATH.get(m.field) : null;
    return h('li', {}, badge(E('missingKind', m.kind), `kind-${m.kind}`), ' ',
      f ? [h('a', { href: `#${f.id}`, onclick: (e) => { e.preventDefault(); focusField(f); } }, labelFor(f)), ': '] : null, m.text);
  }));
  const lists = b.outcome === 'undetermined' && questionsOf(b).length ? section(t('elig.missing'), 'missing', (b.missing ?? []).filter((m) => m.kind === 'list').map((m) => h('li', {}, badge(E('missingKind', m.kind), `kind-${m.kind}`), ' ', m.text))) : null;
  const reasons = section(t('elig.reasons'), 'reasons', (b.reasons ?? []).map((r) =>
    h('li', {}, framed(r), r.source ? h('span', { class: 'small' }, ' — ', citation(r.source)) : null)));
  const packages = section(t('elig.packages'), 'packages', (b.packages ?? []).map((p) =>
    h('li', {}, p.package ? badge(E('packageShort', p.package), `pkg pkg-${p.package}`) : '—', ' ', p.when.text)));
  const wouldCover = section(t('elig.wouldCover'), 'would-cover', (b.wouldCover ?? []).map((w) =>
    h('li', {}, w.change, w.package ? [' → ', badge(E('packageShort', w.package), `pkg pkg-${w.package}`)] : null,
      (w.basis ?? []).length ? h('span', { class: 'small' }, ' (', w.basis.map((s, i) => [i ? '; ' : '', citation(s, { quote: false })]), ')') : null)));
  // One reading is the answer itself: what it depends on is shown where there are two or more.
  const readings = section(t('elig.readings'), 'readings', ((b.readings ?? []).length > 1 ? b.readings : []).map((r) =>
    h('li', {}, `${t('elig.readingIf')}: `, readingFacts(r), ' → ', badge(E('outcome', r.outcome), `out out-${r.outcome}`), r.package ? ` (${E('packageShort', r.package)})` : '')));
  const notes = section(t('elig.notes'), 'notes', (b.notes ?? []).map((n) => h('li', { class: 'note' }, n)));
  const trace = (b.trace ?? []).length
    ? h('details', { class: 'trace no-print' }, h('summary', {}, t('elig.trace')),
      h('ol', {}, b.trace.map((s) => h('li', {}, s.rule, ': ', s.result, s.source ? h('span', { class: 'small' }, ' — ', citation(s.source, { quote: false })) : null))))
    : null;

  const share = h('div', { class: 'share no-print' },
    h('label', { for: 'share-url' }, t('elig.share')),
    h('div', { class: 'share-row' },
      h('input', { type: 'text', id: 'share-url', 'data-testid': 'share-url', readonly: true, value: url }),
      h('button', { type: 'button', class: 'secondary', id: 'share-copy', 'data-testid': 'share-copy', onclick: copyShare }, t('elig.copy')),
      h('button', { type: 'button', class: 'secondary', id: 'print', 'data-testid': 'print', onclick: () => window.print() }, t('elig.print'))),
    h('span', { id: 'share-status', class: 'small', role: 'status' }));

  replace(answer, sheet, verdict, packages, questionBlock(b), next, reasons, wouldCover, conditions, missing, lists, basis, readings, notes, trace, share,
    h('p', { class: 'small muted print-link' }, `${t('elig.link')}: `, h('span', { class: 'print-url' }, url)),
    b.datasetVersion ? h('p', { class: 'small muted' }, `${t('common.datasetVersion')}: `, h('code', {}, b.datasetVersion)) : null);
}

async function copyShare() {
  const input = $('#share-url');
  let ok = false;
  try {
    await navigator.clipboard.writeText(input.value);
    ok = true;
  } catch {
    input.select();
    try { ok = document.execCommand('copy'); } catch { ok = false; }
  }
  if (ok) $('#share-status').textContent = t('elig.copied');
}

function readHashRequest() {
  if (!location.hash.startsWith('#q=')) return null;
  try {
    const req = JSON.parse(decodeURIComponent(location.hash.slice(3).split('&')[0]));
    return req && typeof req === 'object' ? req : null;
  } catch {
    return null;
  }
}

function initEligibility() {
  $('#f-date').value = todayIso();
  $('#elig-form').addEventListener('submit', (e) => {
    e.preventDefault();
    ask(readRequest());
  });
  $('#elig-form').addEventListener('reset', () => {
    setTimeout(() => {
      $('#f-date').value = todayIso();
      clearErrors();
      state.decision = null;
      renderDecision();
      if (location.hash.startsWith('#q=')) history.replaceState(null, '', location.pathname + location.search);
    });
  });
}

// ---------- (2) regional lists ----------

async function loadList({ section: sec, row } = {}) {
  const region = $('#lists-region').value;
  const date = $('#lists-date').value || todayIso();
  const out = $('#lists-result');
  out.setAttribute('aria-busy', 'true');
  replace(out, loading());
  const r = await getJson(`${API}/regional-lists/${encodeURIComponent(region)}?date=${encodeURIComponent(date)}`).catch(() => ({ status: 0 }));
  out.removeAttribute('aria-busy');
  state.list = r.ok ? r.body : { error: r };
  const rows = r.ok ? r.body?.list?.rows ?? [] : [];
  const present = SECTIONS.filter((s) => rows.some((x) => x.section === s));
  state.listSection = sec && present.includes(sec) ? sec : present.includes(state.listSection) ? state.listSection : present[0] ?? 'drugs';
  state.highlightRow = row ?? null;
  renderList();
  if (row) document.getElementById(`row-${row}`)?.scrollIntoView({ block: 'center' });
}

function renderList() {
  const out = $('#lists-result');
  const data = state.list;
  if (!data) return out.replaceChildren();
  if (data.error) return replace(out, errorBox(data.error));
  const rows = data.list?.rows ?? [];
  const head = h('div', { class: `list-head state-${data.state}` },
    h('h2', {}, E('region', data.region), ' · ', h('span', { class: 'nowrap' }, fmtDate(data.date))),
    h('p', {}, h('span', { class: 'visually-hidden' }, `${t('lists.state')}: `), badge(E('listState', data.state), `state state-${data.state}`), ' ',
      data.act ? actLink(data.act) : null),
    data.status?.presumed ? h('p', { class: 'small' }, badge(t('common.presumed'), 'presumed'), ' ', windowText(data.status.window)) : null,
    data.status?.window && !data.status?.presumed ? h('p', { class: 'small' }, windowText(data.status.window)) : null,
    data.standing ? standingBlock(data.standing, 'list-standing') : null,
    data.standing?.text === data.reason ? null : reasonBlock(data.reason, 'list-reason'));
  if (!data.list) return replace(out, head);

  const notes = data.notes ?? [];
  const doubts = notes.length
    ? h('details', { class: 'doubts', 'data-testid': 'list-doubts' },
      h('summary', {}, '⚠ ', t('lists.doubts', { n: notes.length })),
      h('ul', {}, notes.map((n) => h('li', {}, h('a', { href: `#row-${n.row}`, onclick: (e) => { e.preventDefault(); jumpToRow(n.row); } }, n.row), ': ', n.note))))
    : null;

  const tabs = h('div', { class: 'seg', role: 'group', 'aria-label': t('lists.sections') },
    SECTIONS.map((s) => {
      const n = rows.filter((r) => r.section === s).length;
      return h('button', { type: 'button', class: 'seg-btn', 'data-section': s, 'data-testid': `section-${s}`, 'aria-pressed': String(state.listSection === s), disabled: n === 0,
        onclick: () => { state.listSection = s; state.highlightRow = null; renderList(); $(`[data-section=${s}]`)?.focus(); } },
        `${E('section', s)} (${n})`);
    }));

  const shown = rows.filter((r) => r.section === state.listSection);
  const cards = shown.length
    ? h('ol', { class: 'rows plain', 'data-testid': 'list-rows' }, shown.map(rowCard))
    : h('p', { class: 'muted' }, t('lists.noRows'));
  replace(out, head, doubts, tabs, cards);
}

function itemName(it) {
  if (state.lang !== 'kk' && it.names) return it.names[state.lang] ?? it.nameInAct;
  return it.nameInAct;
}

function rowCard(r) {
  const ind = r.indication;
  return h('li', { class: `row-card${state.highlightRow === r.id ? ' highlight' : ''}`, id: `row-${r.id}`, 'data-testid': 'list-row', 'data-row': r.id, tabindex: '-1' },
    h('h3', {}, h('span', { class: 'row-no' }, `${r.number}. `), L(r.disease)),
    h('dl', { class: 'kv' },
      h('dt', {}, t('lists.icd')), h('dd', {}, (r.icd10?.codes ?? []).map((c, i) => [i ? ', ' : '', h('code', {}, c)]), r.icd10?.basis === 'project_interpretation' ? h('span', { class: 'small muted' }, ` (${t('lists.icdNote')})`) : null),
      h('dt', {}, t('lists.population')), h('dd', {}, E('population', r.population?.category),
        r.population?.dispensary === 'required' ? `; ${t('lists.dispensary')}` : '',
        r.population?.text ? h('q', { class: 'quote small', lang: 'kk' }, r.population.text) : null),
      ind ? [h('dt', {}, t('lists.indication')), h('dd', {}, h('span', { lang: 'kk' }, ind.text), state.lang === 'en' && ind.detail ? h('span', { class: 'small muted' }, ` (${ind.detail})`) : null)] : null,
      h('dt', {}, t('lists.items')), h('dd', {}, h('ul', { class: 'items' }, (r.items ?? []).map((it) =>
        h('li', {}, h('strong', {}, itemName(it)),
          it.inn ? h('span', { class: 'small muted' }, ` · ${t('lists.inn')}: ${it.inn}`) : null,
          it.form ? h('span', { class: 'small' }, ` · ${it.form}`) : null,
          it.named === false ? h('span', { class: 'small warn-text' }, ` (${t('lists.unnamed')})`) : null,
          state.lang !== 'kk' && it.names && it.names[state.lang] !== it.nameInAct ? h('span', { class: 'small muted', lang: 'kk' }, ` — ${it.nameInAct}`) : null))))),
    r.note ? h('div', { class: 'doubt', 'data-testid': 'row-note', role: 'note' }, h('strong', {}, `⚠ ${t('lists.doubt')}: `), r.note) : null,
    r.source ? h('p', { class: 'small muted' }, citation(r.source, { quote: false })) : null);
}

function jumpToRow(id) {
  const row = state.list?.list?.rows?.find((r) => r.id === id);
  if (row) {
    state.listSection = row.section;
    state.highlightRow = id;
    renderList();
  }
  const el = document.getElementById(`row-${id}`);
  el?.scrollIntoView({ block: 'center' });
  el?.focus({ preventScroll: true });
}

async function runSearch() {
  const q = $('#search-q').value.trim();
  const out = $('#search-result');
  if (!q) return out.replaceChildren();
  replace(out, loading());
  const date = $('#lists-date').value || todayIso();
  const r = await getJson(`${API}/search?q=${encodeURIComponent(q)}&date=${encodeURIComponent(date)}`).catch(() => ({ status: 0 }));
  state.search = r.ok ? { q, hits: r.body } : { q, error: r };
  renderSearch();
}

function renderSearch() {
  const out = $('#search-result');
  const s = state.search;
  if (!s) return out.replaceChildren();
  if (s.error) return replace(out, errorBox(s.error));
  if (!s.hits.length) return replace(out, h('p', { class: 'muted' }, t('search.none')));
  replace(out, h('p', { class: 'small' }, t('search.count', { n: s.hits.length })),
    h('ul', { class: 'hits plain' }, s.hits.map((hit) => h('li', { class: 'hit', 'data-testid': 'search-hit' },
      h('p', {}, h('strong', {}, E('region', hit.region)), ' · ', E('section', hit.section), ' · ', badge(E('matched', hit.matched), 'kind'), ' · ',
        h('span', { class: 'visually-hidden' }, `${t('search.status')}: `), badge(hit.status?.text ?? '', `state state-${hit.status?.state}`)),
      h('p', {}, L(hit.disease), (hit.items ?? []).length ? [' — ', h('strong', { lang: 'kk' }, hit.items.join('; '))] : hit.item ? [' — ', h('strong', { lang: 'kk' }, hit.item)] : null),
      h('p', { class: 'small' }, actLink(hit.act), ' · ',
        h('button', { type: 'button', class: 'link-btn', onclick: () => openRow(hit.region, hit.section, hit.row) }, t('search.open')))))));
}

function openRow(region, sec, row) {
  $('#lists-region').value = region;
  showTab('lists');
  loadList({ section: sec, row }).then(() => document.getElementById(`row-${row}`)?.focus({ preventScroll: true }));
}

async function runCompare() {
  const item = $('#compare-item').value.trim();
  const date = $('#compare-date').value || todayIso();
  const out = $('#compare-result');
  if (!item) return out.replaceChildren();
  replace(out, loading());
  const r = await getJson(`${API}/compare?item=${encodeURIComponent(item)}&date=${encodeURIComponent(date)}`).catch(() => ({ status: 0 }));
  state.compare = r.ok ? r.body : { error: r };
  renderCompare();
}

/** A region's standing: its state as a badge, the full text (the date, the premise it rests on), and the pages found. */
function standingBlock(st, testid) {
  return h('div', { class: 'standing', 'data-testid': testid, 'data-state': st.state },
    h('p', {}, badge(E('standing', st.state), `state st-${st.state}`), ' ', h('span', {}, st.text)),
    st.pages?.length ? h('p', { class: 'small' }, pageLinks(st.pages)) : null);
}

/** Public pages the search found for a region whose list Kepil does not hold: links, labelled primary or secondary. */
function pageLinks(pages) {
  return h('span', { class: 'small pages', 'data-testid': 'region-pages' }, pages.map((p, i) => [i ? ' · ' : '',
    h('a', { href: p.url, rel: 'noopener noreferrer', target: '_blank', lang: 'kk' }, p.title), ` (${E('pageKind', p.kind)})`]));
}

function coverageBadge(r) {
  if (r.state !== 'repealed' && r.state !== 'not_yet') return badge(r.text, `state cov-${r.state}`);
  return [badge(E('standing', r.standing?.state ?? r.state), `state cov-${r.state}`), ' ', h('span', { class: 'small' }, r.text)];
}

function renderCompare() {
  const out = $('#compare-result');
  const c = state.compare;
  if (!c) return out.replaceChildren();
  if (c.error) return replace(out, errorBox(c.error));
  const list = c.regions.length
    ? h('ul', { class: 'hits plain' }, c.regions.map((e) => h('li', { class: 'hit', 'data-testid': 'compare-entry' },
      h('p', {}, h('strong', {}, E('region', e.region)), ' · ', badge(E('compareStatus', e.status), `state state-${e.status}`), ' · ', E('section', e.section)),
      h('p', {}, L(e.disease), ' ', (e.icd10 ?? []).map((x, i) => [i ? ', ' : '(', h('code', {}, x), i === e.icd10.length - 1 ? ')' : ''])),
      h('p', { class: 'small' }, h('strong', { lang: 'kk' }, e.item?.nameInAct), e.item?.inn ? ` · ${t('lists.inn')}: ${e.item.inn}` : '', e.item?.form ? ` · ${e.item.form}` : ''),
      h('p', { class: 'small' }, `${t('lists.population')}: `, E('population', e.population?.category), e.indication ? [' · ', `${t('lists.indication')}: `, h('span', { lang: 'kk' }, e.indication.text)] : null),
      e.note ? h('div', { class: 'doubt', role: 'note' }, h('strong', {}, `⚠ ${t('lists.doubt')}: `), e.note) : null,
      h('p', { class: 'small' }, actLink(e.act), ' · ', h('button', { type: 'button', class: 'link-btn', onclick: () => openRow(e.region, e.section, e.row) }, `${t('compare.row')} ${e.row.replace(/^.*-(\d+)$/, '$1')}`)))))
    : h('p', { class: 'muted' }, t('compare.none'));
  const every = (c.coverage ?? []).length
    ? h('section', { class: 'coverage' }, h('h3', {}, t('compare.regions')),
      h('ul', { class: 'plain coverage-list' }, c.coverage.map((r) => h('li', { 'data-testid': 'compare-region', 'data-region': r.region, 'data-state': r.state },
        // A long standing (repealed from D, with the premise) is a short badge and the text beside it, not one wide badge.
        h('strong', {}, E('region', r.region)), ': ', coverageBadge(r), r.act && r.state !== 'found' ? [' ', h('span', { class: 'small' }, actLink(r.act))] : null,
        r.standing?.pages?.length ? [' ', pageLinks(r.standing.pages)] : null))))
    : null;
  replace(out, list, every);
}

function initLists() {
  $('#lists-region').dataset.default = 'mangystau';
  $('#lists-region').value = 'mangystau';
  $('#lists-date').value = todayIso();
  $('#compare-date').value = todayIso();
  $('#lists-form').addEventListener('submit', (e) => { e.preventDefault(); loadList(); });
  $('#search-form').addEventListener('submit', (e) => { e.preventDefault(); runSearch(); });
  $('#compare-form').addEventListener('submit', (e) => { e.preventDefault(); runCompare(); });
}

// ---------- (3) limits ----------

const COLORS = { children: 'seg-children', adults: 'seg-adults', total: 'seg-total' };

/**
 * A horizontal bar chart as inline SVG, sized to its container in pixels so the text stays legible.
 * Wide: labels left of the bars, values after them. Narrow (phones): label and value on a line above a full-width bar.
 * rows: [{ key, label, segments: [{ name, value, cls }], valueText, track? }]
 */
function barChart(rows, { width, title, desc, testid, max: fixedMax, valueW = 96 }) {
  const wide = width >= 560;
  const labelW = wide ? Math.min(280, Math.round(width * 0.38)) : 0;
  const rowH = wide ? 26 : 42;
  const barH = 16;
  const top = 4;
  const height = top + rows.length * rowH + 4;
  const plotW = wide ? Math.max(40, width - labelW - valueW - 8) : width - 2;
  const max = fixedMax ?? Math.max(1, ...rows.map((r) => r.segments.reduce((s, x) => s + (x.value ?? 0), 0)));
  const scale = plotW / max;
  const titleId = `${testid}-title`;
  const descId = `${testid}-desc`;
  const svg = h('svg', { class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, 'data-testid': testid, xmlns: 'http://www.w3.org/2000/svg' },
    h('title', { id: titleId }, title),
    h('desc', { id: descId }, desc));
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const barY = wide ? y + (rowH - barH) / 2 : y + 21;
    const textY = wide ? barY + barH - 3 : y + 15;
    const g = h('g', { class: 'bar-row', 'data-key': r.key }, h('title', {}, `${r.label}: ${r.valueText}`));
    const value = h('text', { class: 'bar-value', y: textY }, r.valueText);
    const label = h('text', { x: wide ? labelW - 8 : 0, y: textY, 'text-anchor': wide ? 'end' : 'start', class: 'bar-label', 'data-full': r.label }, r.label);
    if (r.track) g.append(h('rect', { x: labelW, y: barY, width: plotW, height: barH, class: 'bar-track' }));
    let x = labelW;
    for (const s of r.segments) {
      if (!s.value) continue;
      const w = Math.max(1, s.value * scale);
      g.append(h('rect', { x, y: barY, width: w, height: barH, class: `bar ${s.cls}`, 'data-testid': 'bar' }, h('title', {}, `${r.label} — ${s.name}: ${r.track ? `${Math.round(s.value)}%` : num(s.value)}`)));
      x += w;
    }
    if (wide) value.setAttribute('x', String((r.track ? labelW + plotW : x) + 6));
    else {
      value.setAttribute('x', String(width));
      value.setAttribute('text-anchor', 'end');
    }
    g.append(label, value);
    svg.append(g);
  });
  return svg;
}

/** Shortens chart labels that do not fit (measured once the SVG is in the page). */
function fitLabels(svg) {
  const width = Number(svg.getAttribute('width'));
  for (const g of svg.querySelectorAll('.bar-row')) {
    const label = g.querySelector('.bar-label');
    const value = g.querySelector('.bar-value');
    if (!label?.getComputedTextLength) continue;
    const wide = label.getAttribute('text-anchor') === 'end';
    const room = wide ? Number(label.getAttribute('x')) - 2 : width - value.getComputedTextLength() - 10;
    const full = label.dataset.full ?? label.textContent;
    let n = full.length;
    while (n > 4 && label.getComputedTextLength() > room) {
      n -= 1;
      label.textContent = `${full.slice(0, n).trimEnd()}…`;
    }
  }
}

function legend(entries) {
  return h('ul', { class: 'legend plain' }, entries.map(([cls, text]) =>
    h('li', {}, h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' }), text)));
}

const usedOf = (r) => r.used ?? (r.booked ?? 0) + (r.admitted ?? 0);

function limitSegments(r) {
  if (r.children == null && r.adults == null) return r.total ? [{ name: t('limits.total'), value: r.total, cls: COLORS.total }] : [];
  return [
    { name: t('limits.children'), value: r.children ?? 0, cls: COLORS.children },
    { name: t('limits.adults'), value: r.adults ?? 0, cls: COLORS.adults },
  ];
}

function chartWidth(el) {
  const w = Math.floor(el.getBoundingClientRect().width || el.clientWidth || 320);
  return Math.max(260, Math.min(w, 1100));
}

async function loadLimits() {
  const region = $('#limits-region').value;
  const year = $('#limits-year').value;
  const out = $('#limits-result');
  out.setAttribute('aria-busy', 'true');
  replace(out, loading());
  const [r, u] = await Promise.all([
    getJson(`${API}/limits?region=${encodeURIComponent(region)}`).catch(() => ({ status: 0 })),
    getJson(`${API}/usage?region=${encodeURIComponent(region)}&year=${encodeURIComponent(year)}`).catch(() => ({ status: 0 })),
  ]);
  out.removeAttribute('aria-busy');
  // The ledger's usage is optional: anything but 200 shows nothing extra.
  state.limits = r.ok ? { region, year, rows: r.body, usage: u.status === 200 && Array.isArray(u.body?.rows) ? u.body : null } : { error: r };
  renderLimits();
}

function renderLimits() {
  const out = $('#limits-result');
  const d = state.limits;
  if (!d) return out.replaceChildren();
  if (d.error) return replace(out, errorBox(d.error));
  const totalRow = d.rows.find((r) => r.profile === 'all_profiles');
  const profiles = d.rows.filter((r) => r.profile !== 'all_profiles');
  const withBeds = profiles.filter((r) => r.total != null).sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
  const noBeds = profiles.filter((r) => r.total == null);
  out.replaceChildren();
  const wrap = h('div', { class: 'chart-wrap' });
  out.append(h('h2', {}, E('region', d.region)), wrap);
  const width = chartWidth(wrap);
  wrap.append(
    h('h3', {}, t('limits.chart')),
    barChart(withBeds.map((r) => ({ key: r.profile, label: L(r.profileName), segments: limitSegments(r), valueText: num(r.total) })), {
      width, testid: 'limits-chart', title: `${t('limits.chart')} — ${E('region', d.region)}`,
      desc: t('limits.chartDesc', { region: E('region', d.region), n: withBeds.length, total: num(totalRow?.total) }),
    }),
    legend([[COLORS.children, t('limits.children')], [COLORS.adults, t('limits.adults')]]),
    noBeds.length ? h('p', { class: 'small' }, `${t('limits.star')}: `, noBeds.map((r) => L(r.profileName)).join(', ')) : null);

  if (d.usage) {
    const used = d.usage.rows.filter((r) => r.cap != null && r.cap > 0 && r.profile !== 'all_profiles').sort((a, b) => (b.percentUsed ?? 0) - (a.percentUsed ?? 0));
    if (used.length && used.every((r) => usedOf(r) === 0)) {
      wrap.append(h('section', { class: 'usage', 'data-testid': 'usage' }, h('h3', {}, t('limits.usage', { year: d.usage.year ?? d.year })), h('p', { class: 'muted', 'data-testid': 'usage-empty' }, t('limits.noUsage'))));
      used.length = 0;
    }
    const names = new Map(d.rows.map((r) => [r.profile, L(r.profileName)]));
    if (used.length) {
      wrap.append(h('section', { class: 'usage', 'data-testid': 'usage' },
        h('h3', {}, t('limits.usage', { year: d.usage.year ?? d.year })),
        legend([['seg-used', t('limits.used')], ['seg-full', `${t('limits.used')} ≥ 90%`], ['bar-track', t('limits.cap')]]),
        barChart(used.map((r) => ({
          key: r.profile,
          label: names.get(r.profile) ?? r.profile,
          track: true,
          segments: [{ name: t('limits.used'), value: Math.min(r.cap, usedOf(r)) / r.cap * 100, cls: (r.percentUsed ?? 0) >= 90 ? 'seg-full' : 'seg-used' }],
          valueText: `${num(usedOf(r))} / ${num(r.cap)} (${pct(r.percentUsed ?? 0)})`,
        })), { width, testid: 'usage-chart', max: 100, valueW: 170, title: t('limits.usage', { year: d.usage.year ?? d.year }), desc: `${t('limits.used')} / ${t('limits.cap')}` }),
        null));
    }
  }

  for (const svg of wrap.querySelectorAll('svg.chart')) fitLabels(svg);

  const rural = d.rows.some((r) => r.ruralTotal != null || r.ruralChildren != null || r.ruralAdults != null);
  const cols = ['total', 'children', 'adults', ...(rural ? ['ruralTotal', 'ruralChildren', 'ruralAdults'] : [])];
  const ordered = [...(totalRow ? [totalRow] : []), ...profiles];
  out.append(h('details', { class: 'table-box', open: true },
    h('summary', {}, t('limits.table')),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': `${t('limits.table')}: ${E('region', d.region)}` },
      h('table', { class: 'data', 'data-testid': 'limits-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('limits.profile')), cols.map((c) => h('th', { scope: 'col', class: 'num' }, t(`limits.${c}`))))),
        h('tbody', {}, ordered.map((r) => h('tr', { class: r.profile === 'all_profiles' ? 'total-row' : null },
          h('th', { scope: 'row' }, L(r.profileName), r.total != null && r.children != null && r.adults != null && r.total !== r.children + r.adults ? h('sup', { title: t('limits.mismatch') }, '†') : null),
          cols.map((c) => h('td', { class: 'num' }, num(r[c])))))))),
    h('p', { class: 'small muted' }, t('limits.star')),
    ordered.some((r) => r.total != null && r.children != null && r.adults != null && r.total !== r.children + r.adults) ? h('p', { class: 'small muted', 'data-testid': 'limits-mismatch' }, `† ${t('limits.mismatch')}`) : null));
}

async function loadCountry() {
  const out = $('#country-result');
  replace(out, loading());
  const r = await getJson(`${API}/limits?profile=all_profiles`).catch(() => ({ status: 0 }));
  state.country = r.ok ? r.body : { error: r };
  renderCountry();
}

function renderCountry() {
  const out = $('#country-result');
  const c = state.country;
  if (!c) return out.replaceChildren();
  if (c.error) return replace(out, errorBox(c.error));
  out.replaceChildren();
  const rows = [...c].sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
  const sum = rows.reduce((s, r) => s + (r.total ?? 0), 0);
  out.append(
    barChart(rows.map((r) => ({ key: r.region, label: E('region', r.region), segments: limitSegments(r), valueText: num(r.total) })), {
      width: chartWidth(out), testid: 'country-chart', title: t('limits.country'), desc: `${t('limits.total')}: ${num(sum)}`,
    }),
    legend([[COLORS.children, t('limits.children')], [COLORS.adults, t('limits.adults')]]),
    h('p', { class: 'small' }, `${t('limits.total')}: `, h('strong', {}, num(sum))));
  for (const svg of out.querySelectorAll('svg.chart')) fitLabels(svg);
}

function initLimits() {
  $('#limits-region').dataset.default = 'mangystau';
  $('#limits-region').value = 'mangystau';
  const y = String(new Date().getFullYear());
  const years = valuesOf('year');
  $('#limits-year').dataset.default = years.includes(y) ? y : years[0] ?? y;
  $('#limits-form').addEventListener('submit', (e) => { e.preventDefault(); loadLimits(); });
  $('#limits-region').addEventListener('change', () => loadLimits());
  $('#limits-year').addEventListener('change', () => loadLimits());
  let timer = null;
  let lastW = window.innerWidth;
  window.addEventListener('resize', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (window.innerWidth === lastW) return;
      lastW = window.innerWidth;
      if (state.tab === 'limits') { renderLimits(); renderCountry(); } else state.chartsStale = true;
    }, 150);
  });
}

// ---------- (4) acts ----------

async function loadActs() {
  const date = $('#acts-date').value || todayIso();
  const out = $('#acts-result');
  out.setAttribute('aria-busy', 'true');
  replace(out, loading());
  const r = await getJson(`${API}/acts?date=${encodeURIComponent(date)}`).catch(() => ({ status: 0 }));
  out.removeAttribute('aria-busy');
  state.actsView = r.ok ? r.body : { error: r };
  if (r.ok) for (const a of r.body.acts) state.acts.set(a.id, a);
  renderActs();
}

/** An event's label, and what the linked act changed (the API gives it in the page's language). */
function eventLabel(ev, what) {
  const label = ENUMS.event[ev] ? E('event', ev) : ev;
  return what ? [label, ': ', h('span', { class: 'muted' }, what)] : [label];
}

function renderActs() {
  const out = $('#acts-result');
  const v = state.actsView;
  if (!v) return out.replaceChildren();
  if (v.error) return replace(out, errorBox(v.error));
  replace(out, h('p', { class: 'small' }, `${t('common.date')}: `, h('strong', {}, fmtDate(v.date))),
    h('ol', { class: 'plain acts' }, v.acts.map((a) => {
      const f = a.inForce ?? {};
      return h('li', { class: `act-card act-${f.state}`, id: `act-${a.id}`, 'data-testid': 'act', 'data-act': a.id, tabindex: '-1' },
        h('h2', { class: 'act-title' }, L(a.title)),
        h('p', { class: 'act-meta' }, E('actKind', a.kind), ` · ${t('acts.number')} ${a.number} · `, L(a.issuer)),
        h('p', { class: 'act-status' },
          h('span', { class: 'visually-hidden' }, `${t('acts.status')}: `),
          badge(E('inForce', f.state), `state in-${f.state}`),
          f.presumed ? [' ', badge(t('common.presumed'), 'presumed')] : null,
          f.window ? h('span', { class: 'small' }, ' ', windowText(f.window)) : null),
        reasonBlock(f.reason, 'act-reason'),
        h('dl', { class: 'kv small' },
          h('dt', {}, t('acts.adopted')), h('dd', {}, fmtDate(a.adopted)),
          a.registration ? [h('dt', {}, t('acts.registration')), h('dd', {}, `${t('acts.number')} ${a.registration.number}, ${fmtDate(a.registration.date)}`)] : null,
          h('dt', {}, t('acts.id')), h('dd', {}, h('code', {}, a.id))),
        h('details', { class: 'timeline-box' },
          h('summary', {}, t('acts.timeline')),
          h('ol', { class: 'timeline' }, (a.timeline ?? []).map((ev) => h('li', {},
            h('span', { class: 'tl-date' }, ev.date ? fmtDate(ev.date) : (ev.window ? windowText(ev.window) : '?')), ' ',
            eventLabel(ev.event, ev.what),
            ev.act && ev.act !== a.id ? [' — ', actLink(ev.act)] : null)))));
    })));
}

function openAct(id) {
  showTab('acts');
  const go = () => {
    const el = document.getElementById(`act-${id}`);
    if (!el) return;
    el.querySelector('details')?.setAttribute('open', '');
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  };
  if (state.actsView && !state.actsView.error) go();
  else setTimeout(function wait(n = 0) { if (state.actsView) go(); else if (n < 50) setTimeout(() => wait(n + 1), 100); }, 0);
}

function initActs() {
  $('#acts-date').value = todayIso();
  $('#acts-form').addEventListener('submit', (e) => { e.preventDefault(); loadActs(); });
}

// ---------- boot ----------

function rerender() {
  renderDecision();
  renderList();
  renderSearch();
  renderCompare();
  // Charts measure their container: draw them only while the limits tab is visible.
  if (state.tab === 'limits') {
    if (state.limits) renderLimits();
    if (state.country) renderCountry();
  } else state.chartsStale = true;
  renderActs();
}

function fromHash() {
  const linked = hashLang();
  if (linked && linked !== state.lang) setLang(linked);
  const req = readHashRequest();
  if (req) {
    showTab('eligibility', { updateHash: false });
    fillForm(req);
    ask(req, { fromLink: true });
    return;
  }
  const tab = location.hash.slice(1);
  if (TABS.includes(tab)) showTab(tab, { updateHash: false });
}

async function boot() {
  const ref = await getJson(`${API}/reference`).catch(() => ({ ok: false }));
  if (ref.ok) state.ref = ref.body;
  initTabs();
  initEligibility();
  initLists();
  initLimits();
  initActs();
  for (const b of $$('[data-lang]')) b.addEventListener('click', () => setLang(b.dataset.lang));
  state.lang = initialLang();
  setLang(state.lang, { persist: false });
  fromHash();
  window.addEventListener('hashchange', fromHash);
  // Act names for citations, and the dataset version for the footer.
  getJson(`${API}/acts?date=${todayIso()}`).then((r) => {
    if (r.ok) {
      for (const a of r.body.acts) if (!state.acts.has(a.id)) state.acts.set(a.id, a);
      renderDecision();
      renderList();
      renderSearch();
      renderCompare();
    }
  }).catch(() => {});
  getJson('/healthz').then((r) => {
    if (r.ok && r.body?.datasetVersion) {
      state.datasetVersion = r.body.datasetVersion;
      $('#dataset-version').textContent = `${t('common.datasetVersion')}: ${r.body.datasetVersion}`;
    }
  }).catch(() => {});
  document.documentElement.dataset.ready = 'true';
}

boot();
