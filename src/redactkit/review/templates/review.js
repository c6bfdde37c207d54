"use strict";
// The redactkit review page. Offline (file://) it keeps its state in localStorage keyed by the
// source SHA-256; with window.RK_CONFIG (served by `redactkit serve`) every change goes to the API.
(() => {
const D = JSON.parse(document.getElementById("data").textContent);
const CFG = window.RK_CONFIG && window.RK_CONFIG.mode === "server" ? window.RK_CONFIG : null;
const SCHEMA = "redactkit.decisions/1";
const STORE = "redactkit.review/" + D.source_sha256;
const $ = (id) => document.getElementById(id);
const el = (tag, attrs, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k === "style") e.style.cssText = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const k of kids) if (k !== null && k !== undefined) e.append(k);
  return e;
};
const norm = (t) => t.replace(/\s+/g, " ").trim().toLowerCase();
const xform = (m, x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
const pct = (v, whole) => (100 * v / whole) + "%";
const rnd = (v) => Math.round(v * 100) / 100;
function msg(text, ok) { $("msg").textContent = text || ""; $("msg").classList.toggle("ok", Boolean(ok)); }

// ---- SHA-256 (synchronous; crypto.subtle is async and absent on some file:// setups): manual box keys
const K256 = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2]);
function sha256hex(str) {
  const msgb = new TextEncoder().encode(str);
  const n = ((msgb.length + 9 + 63) >> 6) << 6;
  const buf = new Uint8Array(n); buf.set(msgb); buf[msgb.length] = 0x80;
  const dv = new DataView(buf.buffer);
  dv.setUint32(n - 4, msgb.length * 8); dv.setUint32(n - 8, Math.floor(msgb.length / 0x20000000));
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
    0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  const ror = (x, k) => (x >>> k) | (x << (32 - k));
  for (let off = 0; off < n; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = dv.getUint32(off + 4 * i);
    for (let i = 16; i < 64; i++) {
      const s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K256[i] + w[i]) >>> 0;
      const t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  return Array.from(h, (x) => x.toString(16).padStart(8, "0")).join("");
}
// the same key as redactkit.review.decisions.manual_id (page and rect to 2 decimals)
const manualKey = (page, rect) => "m" + sha256hex(page + ":" + rect.map((v) => v.toFixed(2)).join(",")).slice(0, 8);

// ---- state
const byId = {};
for (const r of D.redactions) byId[r.id] = r;
const dec = {};        // redaction id -> {action: "accept"|"reject", note, codes: [..] | null}
const man = {};        // manual key -> {key, page, rect, codes, reason, note, text, origin, box, row}
let selected = null, drawing = false, dirty = false, pending = 0;
let srv = {state: null, lock: null};
// served: why this user cannot change the document now ("" = can); the server refuses such edits
// (403 state, 409 lock), so the page disables its editing controls instead of letting them bounce
const EDIT_STATES = ["proposed", "in_review"];
function readOnlyReason() {
  if (!CFG || srv.state === null) return "";
  if (!EDIT_STATES.includes(srv.state)) {
    return "Read-only: the document is " + srv.state.replace(/_/g, " ") +
      (srv.state === "needs_qc" ? " (QC approves or sends it back; a sent-back document can be edited again)" : "") + ".";
  }
  if (srv.lock && srv.lock.user && srv.lock.user !== CFG.user) {
    return "Read-only: locked by " + srv.lock.user + " (until the lock is released or times out).";
  }
  return "";
}
function blocked() {   // an edit attempted anyway (keyboard): say why, change nothing
  const why = readOnlyReason();
  if (why) msg(why);
  return Boolean(why);
}
const codeList = Object.keys(D.codes);

// ---- groups for bulk actions: identical text, and person (same normalised name)
const TITLES = new Set(["mr", "mrs", "ms", "miss", "dr", "sgt", "ofc", "officer", "det", "lt", "capt", "cpl", "dep"]);
function personKey(text) {
  let t = text.replace(/[’']s\b/g, "");
  const comma = t.indexOf(",");
  if (comma > 0) t = t.slice(comma + 1) + " " + t.slice(0, comma);  // "Last, First" -> "First Last"
  const parts = t.toLowerCase().replace(/[^\p{L}\s-]/gu, " ").split(/\s+/)
    .filter((w) => w.length > 1 && !TITLES.has(w));
  return parts.length ? parts[0] + " " + parts[parts.length - 1] : "";
}
const byText = {}, byPerson = {};
for (const r of D.redactions) (byText[norm(r.text)] = byText[norm(r.text)] || []).push(r.id);
const persons = D.redactions.filter((r) => r.entity === "PERSON");
for (const r of persons) {
  const k = personKey(r.text);
  if (k.includes(" ")) (byPerson[k] = byPerson[k] || []).push(r.id);
}
const surname = {};
for (const k of Object.keys(byPerson)) { const s = k.split(" ")[1]; surname[s] = s in surname ? null : k; }
const personOf = {};
for (const r of persons) {
  const k = personKey(r.text);
  const full = k.includes(" ") ? k : surname[k] || null;   // a surname alone joins its only full name
  if (!full) continue;
  personOf[r.id] = full;
  if (!k.includes(" ")) byPerson[full].push(r.id);
}

// ---- header
$("docname").textContent = D.document;
$("policy").textContent = D.policy;
if (CFG) document.body.classList.add("server");
// served: a way back to the packet (the server names its index page; offline there is none)
if (CFG && typeof CFG.index === "string" && CFG.index.startsWith("/")) {
  $("docname").before(el("a", {id: "rk-index", href: CFG.index, class: "nav"}, "← packet"));
}
for (const e of [...new Set(D.redactions.map((r) => r.entity))].sort()) $("f-entity").append(el("option", {}, e));
for (const [code, text] of Object.entries(D.codes)) $("m-code").append(el("option", {value: code, title: text}, code));
$("m-code").value = D.default_code;
const setReason = () => { $("m-reason").value = D.codes[$("m-code").value] || ""; };
$("m-code").addEventListener("change", setReason); setReason();

// ---- pages and boxes
const pageDivs = [];
for (const p of D.pages) {
  const div = el("div", {class: "page", "data-page": p.index},
    el("img", {src: p.image, alt: "page " + (p.index + 1), draggable: "false"}),
    el("span", {class: "pno"}, "page " + (p.index + 1)));
  pageDivs.push(div);
  $("pages").append(div);
  div.addEventListener("mousedown", (ev) => startDraw(ev, p, div));
}
function placeBox(box, r, p) {
  box.style.left = pct(r[0], p.width); box.style.top = pct(r[1], p.height);
  box.style.width = pct(r[2] - r[0], p.width); box.style.height = pct(r[3] - r[1], p.height);
}
function displayRect(p, rect) {
  const a = xform(p.rot, rect[0], rect[1]), b = xform(p.rot, rect[2], rect[3]);
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
}
const boxes = {};
for (const r of D.redactions) {
  const cat = r.review.length ? "cat-review review" : "cat-proposed";
  boxes[r.id] = r.drects.map((dr, i) => {
    const b = el("div", {class: "box " + cat, "data-id": r.id, title: r.id + " " + r.entity + ": " + r.text,
      style: "border-color:" + r.color + ";background:" + r.color + "40", onclick: () => select(r.id, true)},
      i === 0 ? el("span", {class: "tag", style: "background:" + r.color}) : null);
    placeBox(b, dr, D.pages[r.page]);
    pageDivs[r.page].append(b);
    return b;
  });
}
for (const k of D.kept) {
  k.drects.forEach((dr, i) => {
    const b = el("div", {class: "box kept", "data-kid": k.kid, title: "kept: " + k.entity + " (" + k.why + "): " + k.text},
      i === 0 ? el("span", {class: "tag"}, "KEPT " + k.entity) : null);
    placeBox(b, dr, D.pages[k.page]);
    pageDivs[k.page].append(b);
  });
}

// ---- zoom: fit width or 100-400 % (100 % = the page at 96 px per inch)
let zoom = "fit";
function applyZoom() {
  const avail = $("pages").clientWidth - 40;
  for (const p of D.pages) {
    const w = zoom === "fit" ? Math.max(200, avail) : p.width * 96 / 72 * Number(zoom) / 100;
    pageDivs[p.index].style.width = w + "px";
  }
  $("zoom").value = zoom;
}
const STEPS = ["100", "125", "150", "200", "300", "400"];
function stepZoom(dir) {
  let i = STEPS.indexOf(zoom);
  if (i < 0) {  // from fit: the nearest step
    const cur = pageDivs[0] ? pageDivs[0].clientWidth / (D.pages[0].width * 96 / 72) * 100 : 100;
    i = STEPS.findIndex((s) => Number(s) >= cur); if (i < 0) i = STEPS.length - 1;
    if (dir < 0 && i > 0 && Number(STEPS[i]) > cur) i--;
    else if (dir > 0 && Number(STEPS[i]) <= cur && i < STEPS.length - 1) i++;
    zoom = STEPS[i];
  } else zoom = STEPS[Math.min(STEPS.length - 1, Math.max(0, i + dir))];
  applyZoom();
}
$("zoom").addEventListener("change", () => { zoom = $("zoom").value; applyZoom(); });
$("zoom-in").addEventListener("click", () => stepZoom(1));
$("zoom-out").addEventListener("click", () => stepZoom(-1));
window.addEventListener("resize", () => { if (zoom === "fit") applyZoom(); });
for (const [id, cls] of [["ov-proposed", "hide-proposed"], ["ov-review", "hide-review"], ["ov-kept", "hide-kept"]]) {
  $(id).addEventListener("change", () => $("pages").classList.toggle(cls, !$(id).checked));
}
$("labels").addEventListener("change", () => $("pages").classList.toggle("labels", $("labels").checked));

// ---- finding rows
const rows = {};
function ctxNode(ctx, text) {
  const d = el("div", {class: "ctx"});
  const m = /^(.*?)\[\[(.*?)\]\](.*)$/s.exec(ctx || "");
  if (m) d.append(m[1], el("mark", {class: "txt"}, m[2]), m[3]); else d.append(el("mark", {class: "txt"}, text));
  return d;
}
function codeSelect(onchange) {
  const s = el("select", {class: "rk-codes", multiple: "", size: "3", title: "exemption codes (Ctrl/⌘-click for several; the first chosen is the primary)"});
  for (const [code, text] of Object.entries(D.codes)) s.append(el("option", {value: code, title: text}, code));
  s.addEventListener("change", onchange);
  return s;
}
function ordered(select, prev) {
  const chosen = [...select.selectedOptions].map((o) => o.value);
  const keep = prev.filter((c) => chosen.includes(c));
  return keep.concat(chosen.filter((c) => !keep.includes(c)));
}
const stop = (f) => (e) => { e.stopPropagation(); f(); };
for (const r of D.redactions) {
  const same = byText[norm(r.text)], person = personOf[r.id] ? byPerson[personOf[r.id]] : null;
  const grp = el("div", {class: "grp"});
  if (same.length > 1) {
    grp.append("same text (" + same.length + "): ",
      el("button", {type: "button", class: "acc-all", onclick: stop(() => decide(same, "accept"))}, "accept"), " ",
      el("button", {type: "button", class: "rej-all", onclick: stop(() => decide(same, "reject"))}, "reject"), " ");
  }
  if (person && person.length > 1 && person.length !== same.length) {
    grp.append("person “" + personOf[r.id] + "” (" + person.length + "): ",
      el("button", {type: "button", class: "acc-person", onclick: stop(() => decide(person, "accept"))}, "accept"), " ",
      el("button", {type: "button", class: "rej-person", onclick: stop(() => decide(person, "reject"))}, "reject"));
  }
  const codes = codeSelect(() => recode(r.id));
  const note = el("input", {class: "rk-note", placeholder: "note", title: "note (kept in the decisions file and the log)"});
  note.addEventListener("change", () => setNote(r.id, note.value));
  note.addEventListener("click", (e) => e.stopPropagation());
  codes.addEventListener("click", (e) => e.stopPropagation());
  const row = el("div", {class: "row", "data-rid": r.id, style: "--c:" + r.color, onclick: () => select(r.id, false)},
    el("div", {class: "rh"}, el("b", {}, r.entity), el("span", {class: "muted"}, r.id + " · p." + (r.page + 1) + " · " +
      r.recognizer + " " + r.score.toFixed(2) + (r.conf === null || r.conf === undefined ? "" : " · OCR " + r.conf.toFixed(0))),
      r.review.length ? el("span", {class: "nr", title: r.review.join("; ")}, "needs review") : null,
      el("span", {class: "st"}, "proposed")),
    ctxNode(r.context, r.text),
    el("div", {class: "codes"}),
    el("div", {class: "ctl"},
      el("button", {type: "button", class: "rk-accept", title: "accept (a)", onclick: stop(() => decide([r.id], "accept"))}, "Accept"),
      el("button", {type: "button", class: "rk-reject", title: "reject (r)", onclick: stop(() => decide([r.id], "reject"))}, "Reject"),
      codes, note),
    grp.childNodes.length ? grp : null);
  rows[r.id] = row;
  $("list").append(row);
}
const codesOf = (r) => (dec[r.id] && dec[r.id].codes) || [r.exemption];

// ---- kept rows
$("kept-n").textContent = D.kept.length;
for (const k of D.kept) {
  $("kept-list").append(el("div", {class: "kept-row", "data-kid": k.kid},
    el("span", {class: "muted"}, "p." + (k.page + 1)), el("span", {class: "txt"}, k.text),
    el("span", {class: "muted"}, k.entity + " · " + k.why),
    k.rects.length ? el("button", {type: "button", title: "add a manual box over it", onclick: () => {
      if (blocked()) return;
      const keys = [];   // each new box is sent to the server (served) like a drawn one
      for (const rect of k.rects) { const key = addManual(k.page, rect, {text: k.text, origin: "draw"}); if (key) keys.push(key); }
      changed(keys);
    }}, "Redact") : null));
}

// ---- decisions
function status(id) {
  if (man[id]) return "manual";
  const d = dec[id];
  return d ? (d.action === "accept" ? "accepted" : "rejected") : "proposed";
}
function decide(ids, action) {
  if (blocked()) return;
  for (const id of ids) {
    if (man[id]) { if (action === "undo") removeManual(id); continue; }
    if (action === "undo") delete dec[id];
    else dec[id] = Object.assign(dec[id] || {note: "", codes: null}, {action});
  }
  changed(ids);
}
function recode(id) {
  if (blocked()) { refresh(); return; }
  const r = byId[id], m = man[id];
  const sel = rows[id].querySelector("select.rk-codes");
  const prev = m ? m.codes : codesOf(r);
  const codes = ordered(sel, prev);
  if (!codes.length) { msg("A box needs at least one exemption code."); refresh(); return; }
  if (m) m.codes = codes;
  else {
    const same = codes.length === 1 && codes[0] === r.exemption;
    dec[id] = Object.assign(dec[id] || {action: "accept", note: ""}, {codes: same ? null : codes});
  }
  changed([id]);
}
function setNote(id, text) {
  if (blocked()) { refresh(); return; }
  if (man[id]) man[id].note = text;
  else dec[id] = Object.assign(dec[id] || {action: "accept", codes: null}, {note: text});
  changed([id]);
}
function itemFor(key) {
  const m = man[key];
  if (m) {
    const it = {action: "manual", page: m.page, rect: m.rect, exemption: m.codes[0], reason: m.reason, note: m.note};
    if (m.codes.length > 1) it.exemptions = m.codes.slice();
    if (m.text) it.text = m.text;
    if (m.origin) it.origin = m.origin;
    return it;
  }
  const d = dec[key];
  if (!d) return null;
  const it = {id: key, action: d.action, note: d.note || ""};
  if (d.codes) it.exemptions = d.codes.slice();
  return it;
}
const allItems = () => [...D.redactions.map((r) => itemFor(r.id)).filter(Boolean), ...Object.keys(man).map(itemFor)];

// ---- manual boxes
function addManual(page, rect, opts) {
  const p = D.pages[page];
  const [uw, uh] = p.usize;
  rect = [rnd(Math.max(0, rect[0])), rnd(Math.max(0, rect[1])), rnd(Math.min(uw, rect[2])), rnd(Math.min(uh, rect[3]))];
  if (rect[2] <= rect[0] || rect[3] <= rect[1]) return null;
  const key = manualKey(page, rect);
  if (man[key]) return null;
  const codes = opts.codes && opts.codes.length ? opts.codes.slice() : [$("m-code").value];
  const m = {key, page, rect, codes, reason: opts.reason === undefined ? $("m-reason").value : opts.reason,
             note: opts.note || "", text: opts.text || "", origin: opts.origin || ""};
  const c = D.manual_color;
  m.box = el("div", {class: "box manual cat-proposed", "data-id": key, style: "border-color:" + c + ";background:" + c + "40",
                     onclick: () => select(key, true)}, el("span", {class: "tag", style: "background:" + c}));
  placeBox(m.box, displayRect(p, rect), p); pageDivs[page].append(m.box);
  const codes_ = codeSelect(() => recode(key));
  codes_.addEventListener("click", (e) => e.stopPropagation());
  const note = el("input", {class: "rk-note", placeholder: "note", value: m.note});
  note.addEventListener("change", () => setNote(key, note.value));
  note.addEventListener("click", (e) => e.stopPropagation());
  m.row = el("div", {class: "row manual", "data-rid": key, style: "--c:" + c, onclick: () => select(key, false)},
    el("div", {class: "rh"}, el("b", {}, "MANUAL"), el("span", {class: "muted"}, key + " · p." + (page + 1) + " · " +
      (m.origin === "search" ? "search" : "drawn")), el("span", {class: "st"}, "manual")),
    el("div", {class: "ctx"}, m.text ? el("mark", {class: "txt"}, m.text) : "box " + rect.map((v) => v.toFixed(1)).join(", ") + " pt"),
    el("div", {class: "codes"}),
    el("div", {class: "ctl"}, el("button", {type: "button", class: "rk-remove", title: "remove (u)", onclick: stop(() => { if (blocked()) return; removeManual(key); changed([key]); })}, "Remove"),
      codes_, note));
  rows[key] = m.row;
  $("list").append(m.row);
  man[key] = m;
  return key;
}
function removeManual(key) {
  const m = man[key];
  if (!m) return;
  m.box.remove(); m.row.remove(); delete man[key]; delete rows[key];
  if (selected === key) selected = null;
}
$("draw").addEventListener("click", () => { if (!drawing && blocked()) return; setDrawing(!drawing); });
function setDrawing(on) {
  drawing = on; $("draw").classList.toggle("on", on);
  for (const d of pageDivs) d.classList.toggle("drawing", on);
}
function startDraw(ev, p, div) {
  if (!drawing || ev.button !== 0) return;
  if (blocked()) { setDrawing(false); return; }
  ev.preventDefault();
  const bb = div.getBoundingClientRect();
  const toPt = (e) => [Math.min(Math.max(e.clientX - bb.left, 0), bb.width) * p.width / bb.width,
                       Math.min(Math.max(e.clientY - bb.top, 0), bb.height) * p.height / bb.height];
  const a = toPt(ev);
  const rub = el("div", {id: "rubber"}); div.append(rub);
  let b = a;
  const box = () => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
  const move = (e) => { b = toPt(e); placeBox(rub, box(), p); };
  const up = (e) => {
    document.removeEventListener("mousemove", move); document.removeEventListener("mouseup", up);
    b = toPt(e); rub.remove();
    const dr = box();
    if (dr[2] - dr[0] < 2 || dr[3] - dr[1] < 2) return;   // a click, not a box
    const u1 = xform(p.derot, dr[0], dr[1]), u2 = xform(p.derot, dr[2], dr[3]);
    const key = addManual(p.index, [Math.min(u1[0], u2[0]), Math.min(u1[1], u2[1]), Math.max(u1[0], u2[0]),
                                    Math.max(u1[1], u2[1])], {origin: "draw"});
    if (key) changed([key]);
  };
  move(ev);
  document.addEventListener("mousemove", move); document.addEventListener("mouseup", up);
}

// ---- search-and-redact on the glyph boxes of the character map
const glyphs = {};
function pageGlyphs(i) {
  if (!glyphs[i]) {
    const bin = atob(D.chars[i].b), bytes = new Uint8Array(bin.length);
    for (let k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
    glyphs[i] = new Uint16Array(bytes.buffer);
  }
  return glyphs[i];
}
function glyphRuns(i, s, e) {
  const g = pageGlyphs(i), t = D.chars[i].t, sc = D.chars[i].s, runs = [];
  let run = null;
  for (let k = s; k < e; k++) {
    if (g[4 * k] === 65535 || /\s/.test(t[k])) continue;
    const b = [g[4 * k] * sc, g[4 * k + 1] * sc, g[4 * k + 2] * sc, g[4 * k + 3] * sc];
    const h = Math.min(b[3] - b[1], run ? run.r[3] - run.r[1] : Infinity);
    const overlap = run ? Math.min(b[3], run.r[3]) - Math.max(b[1], run.r[1]) : 0;
    if (run && overlap >= 0.5 * h && b[0] >= run.r[0] - 1) {
      run.r = [Math.min(run.r[0], b[0]), Math.min(run.r[1], b[1]), Math.max(run.r[2], b[2]), Math.max(run.r[3], b[3])];
      run.e = k + 1;
    } else { run = {r: b, s: k, e: k + 1}; runs.push(run); }
  }
  return runs.map((x) => ({page: i, rect: x.r, text: t.slice(x.s, x.e).replace(/\s+/g, " ")}));
}
function searchLocal(q, isRegex) {
  const src = isRegex ? q : q.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const re = new RegExp(src, isRegex ? "gu" : "giu");
  const hits = [];
  D.chars.forEach((c, i) => {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(c.t)) !== null) {
      if (!m[0].length) { re.lastIndex++; continue; }
      hits.push(...glyphRuns(i, m.index, m.index + m[0].length));
    }
  });
  return hits;
}
function covered(page, rect) {   // mostly under a box that will be burned already
  const area = (r) => Math.max(0, r[2] - r[0]) * Math.max(0, r[3] - r[1]);
  const inter = (a, b) => area([Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])]);
  const p = D.pages[page], dr = displayRect(p, rect);
  for (const r of D.redactions) {
    if (r.page !== page || status(r.id) === "rejected") continue;
    for (const x of r.drects) if (inter(x, dr) >= 0.9 * area(dr)) return true;
  }
  for (const m of Object.values(man)) if (m.page === page && inter(displayRect(p, m.rect), dr) >= 0.9 * area(dr)) return true;
  return false;
}
async function searchRedact() {
  if (blocked()) return;
  const q = $("rk-search").value, isRegex = $("rk-regex").checked;
  if (!q.trim()) { msg("Type a word, a name or a pattern to search for."); $("rk-search").focus(); return; }
  let hits;
  try { hits = D.chars.length ? searchLocal(q, isRegex) : []; } catch (e) { msg("Invalid regular expression: " + e.message); return; }
  const out = $("rk-search-out"); out.hidden = false; out.replaceChildren();
  if (CFG) {   // the packet: other documents' hits are listed; this one's come from its own glyph map
    try {
      const res = await fetch(CFG.packet_api + "/search?q=" + encodeURIComponent(q) + "&regex=" + (isRegex ? 1 : 0),
                              {credentials: "same-origin"});
      const data = await res.json();
      if (!res.ok) throw new Error(data.error || res.status);
      const own = decodeURIComponent(CFG.api.split("/").pop());
      const others = data.hits.filter((h) => h.doc !== own);
      if (!D.chars.length) hits = data.hits.filter((h) => h.doc === own);
      if (others.length) {
        const ul = el("ul");
        // this page is <pages>/<doc>: a sibling path per document (its name encoded whatever it holds)
        const base = location.pathname.replace(/[^/]*$/, "");
        for (const h of others.slice(0, 200)) {
          ul.append(el("li", {}, el("a", {href: base + encodeURIComponent(h.doc)}, h.doc), " p." + (h.page + 1) + ": " + h.text));
        }
        out.append(el("div", {}, "In other documents of the packet (" + others.length + "):"), ul);
      }
    } catch (e) { out.append(el("div", {}, "Packet search failed: " + e.message)); }
  }
  const added = [];
  let already = 0;
  for (const h of hits) {
    if (covered(h.page, h.rect)) { already++; continue; }
    const key = addManual(h.page, h.rect, {text: h.text, origin: "search"});
    if (key) added.push(key); else already++;
  }
  out.prepend(el("div", {}, "“" + q + "”: " + hits.length + " occurrence(s) in this document, " + added.length +
    " manual box(es) added" + (already ? ", " + already + " already covered" : "") + "."));
  if (!D.chars.length && !CFG) out.append(el("div", {}, "This page has no character map: search is not available."));
  changed(added);
}
$("rk-search-redact").addEventListener("click", searchRedact);
$("rk-search").addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); searchRedact(); } });

// ---- view refresh
function refresh() {
  const fe = $("f-entity").value, fs = $("f-status").value;
  const counts = {proposed: 0, accepted: 0, rejected: 0};
  for (const r of D.redactions) {
    const s = status(r.id); counts[s]++;
    const row = rows[r.id], codes = codesOf(r);
    row.className = "row " + s + (selected === r.id ? " sel" : "");
    row.querySelector(".st").textContent = s;
    row.querySelector(".rk-accept").classList.toggle("on", s === "accepted");
    row.querySelector(".rk-reject").classList.toggle("on", s === "rejected");
    syncCodes(row, codes, codes.join(", ") !== r.exemption);
    const note = row.querySelector(".rk-note");
    if (document.activeElement !== note) note.value = (dec[r.id] && dec[r.id].note) || "";
    row.hidden = Boolean((fe && r.entity !== fe) || (fs && (fs === "review" ? !r.review.length : s !== fs)));
    for (const b of boxes[r.id]) {
      b.classList.toggle("rejected", s === "rejected"); b.classList.toggle("accepted", s === "accepted");
      b.classList.toggle("sel", selected === r.id); b.classList.toggle("hidden", Boolean(fe && r.entity !== fe));
    }
    if (boxes[r.id][0]) boxes[r.id][0].firstChild.textContent = r.id + " " + r.entity + " " + codes.join(", ") +
      (r.review.length ? " ?" : "");
  }
  for (const m of Object.values(man)) {
    m.row.classList.toggle("sel", selected === m.key); m.box.classList.toggle("sel", selected === m.key);
    m.row.hidden = Boolean((fe && fe !== "MANUAL") || (fs && fs !== "manual"));
    syncCodes(m.row, m.codes, m.codes.length > 1);
    m.box.firstChild.textContent = m.key + " MANUAL " + m.codes.join(", ");
  }
  $("status").textContent = counts.accepted + " accepted · " + counts.rejected + " rejected · " + counts.proposed +
    " undecided (burned) · " + Object.keys(man).length + " manual";
  renderState();
}
function syncCodes(row, codes, show) {
  const sel = row.querySelector("select.rk-codes");
  for (const o of sel.options) o.selected = codes.includes(o.value);
  row.querySelector(".codes").textContent = show ? "codes: " + codes.join(", ") : "";
}
function select(id, scroll) {
  selected = id; refresh();
  const row = rows[id];
  if (!row) return;
  if (scroll) row.scrollIntoView({block: "nearest"});
  else { const b = man[id] ? man[id].box : boxes[id] && boxes[id][0]; if (b) b.scrollIntoView({block: "center", inline: "nearest"}); }
}
$("f-entity").addEventListener("change", refresh);
$("f-status").addEventListener("change", refresh);
$("bulk-accept").addEventListener("click", () => bulk("accept"));
$("bulk-reject").addEventListener("click", () => bulk("reject"));
function bulk(action) {
  const fe = $("f-entity").value;
  if (!fe) { msg("Choose an entity type first."); return; }
  decide(D.redactions.filter((r) => r.entity === fe).map((r) => r.id), action);
}

// ---- keyboard
document.addEventListener("keydown", (e) => {
  const t = e.target, typing = t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA");
  if (e.key === "Escape") { if (typing) t.blur(); setDrawing(false); return; }
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  const visible = [...$("list").children].filter((r) => !r.hidden).map((r) => r.dataset.rid);
  const at = visible.indexOf(selected);
  const go = (i) => { if (visible.length) select(visible[Math.max(0, Math.min(visible.length - 1, i))], true); };
  const k = e.key;
  if (k === "j" || k === "ArrowDown") go(at < 0 ? 0 : at + 1);
  else if (k === "k" || k === "ArrowUp") go(at < 0 ? 0 : at - 1);
  else if ((k === "a" || k === "r") && selected && !man[selected]) decide([selected], k === "a" ? "accept" : "reject");
  else if (k === "u" && selected) decide([selected], "undo");
  else if (k === "n" && selected && rows[selected]) rows[selected].querySelector(".rk-note").focus();
  else if (k === "/") $("rk-search").focus();
  else if (k === "f") { zoom = "fit"; applyZoom(); }
  else if (k === "+" || k === "=") stepZoom(1);
  else if (k === "-") stepZoom(-1);
  else return;
  e.preventDefault();
});

// ---- load items (autosave, a decisions file, the server): replaces the current decisions
function loadItems(items) {
  for (const id of Object.keys(dec)) delete dec[id];
  for (const key of Object.keys(man)) removeManual(key);
  let skipped = 0;
  for (const it of items) {
    if (it.action === "manual") {
      const codes = it.exemptions && it.exemptions.length ? it.exemptions : [it.exemption];
      if (!D.pages[it.page] || !addManual(it.page, it.rect, {codes, reason: it.reason || "", note: it.note, text: it.text, origin: it.origin})) skipped++;
    } else if (byId[it.id] && (it.action === "accept" || it.action === "reject")) {
      dec[it.id] = {action: it.action, note: it.note || "", codes: it.exemptions && it.exemptions.length ? it.exemptions.slice() : null};
    } else skipped++;
  }
  return skipped;
}

// ---- offline: autosave keyed by the source SHA-256, leave-page warning, load a decisions file
function autosave() {
  if (CFG) return;
  try {
    localStorage.setItem(STORE, JSON.stringify({items: allItems(), reviewer: $("reviewer").value,
      exported: !dirty, saved: new Date().toISOString()}));
  } catch (e) { msg("Autosave failed (" + e.message + "): export your decisions to keep them."); }
}
function changed(keys) {
  if (CFG) { for (const k of keys || []) push(k); }
  else { dirty = true; autosave(); }
  refresh();
}
window.addEventListener("beforeunload", (e) => {
  if ((!CFG && dirty) || pending) { e.preventDefault(); e.returnValue = ""; }
});
$("reviewer").addEventListener("change", autosave);
$("rk-load").addEventListener("change", async () => {
  const f = $("rk-load").files[0];
  if (!f) return;
  let raw;
  try { raw = JSON.parse(await f.text()); } catch (e) { msg(f.name + ": not a JSON decisions file (" + e.message + ")."); return; }
  $("rk-load").value = "";
  if (!raw || raw.schema !== SCHEMA || !Array.isArray(raw.decisions)) { msg(f.name + ": not a decisions file (schema " + SCHEMA + ")."); return; }
  if (raw.source_sha256 !== D.source_sha256) { msg(f.name + ": made for a different version of the source (SHA-256 differs); not loaded."); return; }
  const before = new Set([...Object.keys(dec), ...Object.keys(man)]);
  const skipped = loadItems(raw.decisions);
  if (!$("reviewer").value && raw.reviewer) $("reviewer").value = raw.reviewer;
  if (CFG) {
    for (const k of new Set([...before, ...Object.keys(dec), ...Object.keys(man)])) push(k);
  } else { dirty = false; autosave(); }
  refresh();
  msg("Loaded " + (raw.decisions.length - skipped) + " decision(s) from " + f.name + (skipped ? "; " + skipped + " skipped (unknown id or off the page)" : "") + ".", true);
});
$("rk-export").addEventListener("click", () => {
  const reviewer = CFG ? CFG.user : $("reviewer").value.trim();
  if (!reviewer) { msg("Enter your name (Reviewer) before exporting."); $("reviewer").focus(); return; }
  const out = {schema: SCHEMA, document: D.document, source_sha256: D.source_sha256,
               reviewer, timestamp: new Date().toISOString(), decisions: allItems()};
  const blob = new Blob([JSON.stringify(out, null, 2) + "\n"], {type: "application/json"});
  const a = el("a", {href: URL.createObjectURL(blob), download: D.document.replace(/\.[^.]+$/, "") + ".decisions.json"});
  document.body.append(a); a.click(); a.remove();
  dirty = false; autosave(); msg("");
  renderState();
});

// ---- server mode (window.RK_CONFIG): the API of `redactkit serve`
async function api(method, path, body) {
  const opt = {method, headers: {}, credentials: "same-origin"};
  if (method !== "GET") opt.headers["X-CSRF-Token"] = CFG.csrf;
  if (body !== undefined) { opt.headers["Content-Type"] = "application/json"; opt.body = JSON.stringify(body); }
  const res = await fetch(CFG.api + path, opt);
  let data = null;
  try { data = await res.json(); } catch (e) { data = null; }
  if (!res.ok) {
    const err = new Error((data && data.error) || res.statusText || String(res.status));
    err.status = res.status; err.lock = data && data.lock; throw err;
  }
  return data;
}
function apiError(e) {
  if (e.status === 409 && e.lock) srv.lock = e.lock;   // the holder the server names, not a stale one
  const lock = srv.lock && srv.lock.user ? " by " + srv.lock.user : "";
  const text = e.status === 409 ? "Not saved: the document is locked" + lock + " (" + e.message + ")."
    : e.status === 403 ? "Not saved: not editable in state " + (srv.state || "?") + " (" + e.message + ")."
    : e.status === 400 ? "Not saved: the server refused the decision (" + e.message + ")."
    : "Server error: " + e.message;
  msg(text); $("rk-state").classList.add("err");
}
function push(key) {
  const item = itemFor(key), path = "/decisions/" + encodeURIComponent(key);
  pending++; renderState();
  (item ? api("PUT", path, item) : api("DELETE", path))
    .then((data) => {   // a decision takes (or refreshes) the lock and may start the review
      if (data && data.lock !== undefined) srv.lock = data.lock;
      if (data && data.state) srv.state = data.state;
      $("rk-state").classList.remove("err");
    })
    .catch((e) => { apiError(e); return reload(); })
    .finally(() => { pending--; renderState(); });
}
async function reload() {
  const data = await api("GET", "/decisions");
  const doc = data.document || {};
  srv = {state: data.state, lock: data.lock, reason: doc.sendback_reason || ""};
  loadItems(data.decisions || []);
  refresh();
}
async function action(path, body) {   // lock, submit, QC, release: "saving…" until the answer is shown
  pending++; renderState();
  try { await api("POST", path, body); msg(""); $("rk-state").classList.remove("err"); } catch (e) { apiError(e); }
  try { await reload(); } catch (e) { apiError(e); }
  pending--; renderState();
}
function renderState() {
  const st = $("rk-state");
  if (!CFG) {
    st.textContent = "offline · " + (dirty ? "autosaved, not exported" : "exported");
    return;
  }
  const lock = srv.lock && srv.lock.user
    ? (srv.lock.user === CFG.user ? "locked by you" : "locked by " + srv.lock.user) +
      (srv.lock.expires ? " until " + String(srv.lock.expires).replace(/^.*T(\d\d:\d\d).*$/, "$1") : "")
    : "not locked";
  // a document QC sent back says why, where its reviewer looks first
  const back = srv.state === "in_review" && srv.reason ? " · sent back: " + srv.reason : "";
  st.textContent = (srv.state || "…").replace(/_/g, " ") + back + " · " + lock + (pending ? " · saving…" : "") +
    " · " + CFG.user + " (" + CFG.role + ")";
  const mine = srv.lock && srv.lock.user === CFG.user;
  $("rk-lock").textContent = mine ? "Unlock" : "Lock";
  // a lock is for editing: none in QC, approved or released (the server answers 403); unlocking stays
  const editable = srv.state === null || srv.state === "proposed" || srv.state === "in_review";
  $("rk-lock").disabled = Boolean(srv.lock && srv.lock.user && !mine) || (!mine && !editable);
  $("rk-submit").disabled = srv.state !== null && srv.state !== "in_review" && srv.state !== "proposed";
  const qc = CFG.role === "qc";
  $("rk-approve").disabled = !qc || (srv.state !== null && srv.state !== "needs_qc");
  $("rk-sendback").disabled = $("rk-approve").disabled;
  // QC approved it: releasing is the server's apply → burn → verify, open to whoever has the page
  // (a reopened approved page has no QC role any more, as nothing waits for QC)
  $("rk-release").disabled = srv.state !== "approved";
  renderReadOnly();
}
// every control that changes decisions, disabled (with the reason shown) while the document is read-only
function renderReadOnly() {
  const why = readOnlyReason();
  document.body.classList.toggle("readonly", Boolean(why));
  $("rk-readonly").textContent = why; $("rk-readonly").hidden = !why;
  if (why && drawing) setDrawing(false);
  const ctl = ["draw", "m-code", "m-reason", "rk-search-redact", "bulk-accept", "bulk-reject"].map($);
  const inRows = $("side").querySelectorAll("#list button, #list input, #list select, #kept-list button");
  for (const c of [...ctl, ...inRows]) c.disabled = Boolean(why);
}
// another reviewer's lock can end (unlock, timeout) and a submitted document can come back, with no
// action on this page: while it is read-only, ask the server for the document's status every few
// seconds and reload when the state or the lock changed (an editable page changes only through itself)
const lockSig = (l) => (l && l.user ? l.user + "@" + l.expires : "");
function pollStatus() {
  if (pending || document.hidden || !readOnlyReason()) return;
  api("GET", "/status").then((d) => {
    if (d.state === srv.state && lockSig(d.lock) === lockSig(srv.lock)) return;
    return reload().then(() => { if (!readOnlyReason()) msg("The document can be edited now.", true); });
  }).catch(() => {});   // a missed poll is retried at the next tick
}
if (CFG) {
  setInterval(pollStatus, CFG.poll_ms || 5000);
  $("rk-lock").addEventListener("click", () => action(srv.lock && srv.lock.user === CFG.user ? "/unlock" : "/lock"));
  $("rk-submit").addEventListener("click", () => action("/submit"));
  $("rk-approve").addEventListener("click", () => action("/qc", {approve: true, reason: ""}));
  $("rk-sendback").addEventListener("click", () => {
    const reason = window.prompt("Send back to the reviewer: why?");
    if (reason === null) return;
    if (!reason.trim()) { msg("Sending back needs a reason."); return; }
    action("/qc", {approve: false, reason: reason.trim()});
  });
  $("rk-release").addEventListener("click", () => action("/release"));
  reload().catch(apiError);
} else {
  let saved = null;
  try { saved = JSON.parse(localStorage.getItem(STORE) || "null"); } catch (e) { saved = null; }
  if (saved && Array.isArray(saved.items)) {
    loadItems(saved.items);
    if (saved.reviewer) $("reviewer").value = saved.reviewer;
    dirty = !saved.exported;
    if (saved.items.length) msg("Restored " + saved.items.length + " decision(s) autosaved " + String(saved.saved || "").replace("T", " ").slice(0, 19) + " UTC.", true);
  }
}
applyZoom();
refresh();
})();
