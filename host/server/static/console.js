// orbitrig console: one WebSocket to the rig server; every number and name comes from the server's tables.
"use strict";

const PLOT_SECONDS = 10;
const JOG_REFRESH_MS = 50; // well inside the board's jog deadman (200 ms by default)
const ALIVE_MS = 250; // the server's lease deadman is seconds
const COLORS = ["#4fb3ff", "#ffb347", "#7bd88f", "#ff6f91", "#c792ea", "#f7f06d"];

const $ = (id) => document.getElementById(id);
let ws = null;
let info = null; // the server's hello: identify, protocol tables, lease
let tables = null;
let axes = []; // [{name, kind, unit, min, max, vmax}] in user units
let me = null;
let nextId = 1;
const waiting = new Map();
const history = []; // [{t, pos[], vel[]}]
let jog = null; // {axis, vel, id, timer}
let jogSeq = Math.floor(Math.random() * 30000) + 1;
let holder = null;
let lastSample = null;

function say(text, bad) {
  const m = $("message");
  m.textContent = text || "";
  m.style.color = bad ? "var(--bad)" : "var(--warn)";
}

function send(obj) {
  if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(obj));
}

function call(obj) {
  // one request; resolves with the server's reply, rejects with its error message
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    send({ ...obj, id });
    setTimeout(() => {
      if (waiting.delete(id)) reject(new Error("no answer from the rig server"));
    }, 5000);
  });
}

function command(name, fields) {
  return call({ op: "req", msg: tables.msg[name], fields: fields || {} });
}

async function withControl(fn) {
  // a button that moves or arms the rig takes a free lease first, never one another client holds
  if (holder === null || holder.id !== me) {
    await call({ op: "lease", force: false });
  }
  return fn();
}

function unitOf(a) {
  return a.unit === 0 ? "°" : " mm";
}

function connect() {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  ws = new WebSocket(`${scheme}://${location.host}/api/ws?client=console`);
  ws.onopen = () => {
    $("conn").textContent = "connected";
    $("conn").className = "badge ok";
  };
  ws.onclose = () => {
    $("conn").textContent = "disconnected: reconnecting…";
    $("conn").className = "badge bad";
    endJog(false); // the board's own jog deadman stops the axis: nobody refreshes it now
    for (const w of waiting.values()) w.reject(new Error("connection lost"));
    waiting.clear();
    setTimeout(connect, 1000);
  };
  ws.onmessage = (ev) => handle(JSON.parse(ev.data));
}

function handle(m) {
  if (m.op === "hello") {
    info = m;
    tables = m.protocol;
    me = m.you;
    setup();
    send({ op: "req", id: nextId++, msg: tables.msg.SET_TELEMETRY, fields: { rate_hz: 25 } });
    call({ op: "info" }).then((r) => (r.recent || []).forEach(addEvent));
    call({ op: "shot", what: "list" }).then(showShots).catch(() => {});
  } else if (m.op === "rep") {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.error) w.reject(new Error(m.error.message));
    else w.resolve(m);
  } else if (m.op === "tel") {
    m.s.forEach(sample);
  } else if (m.op === "ev") {
    m.e.forEach(addEvent);
  } else if (m.op === "lease") {
    showLease({ holder: m.holder, holder_id: m.holder_id });
    if (m.lost) say(`control lost: ${m.lost}`, true);
  } else if (m.op === "link") {
    $("conn").textContent = m.connected ? "connected" : `board lost: ${m.reason || ""}`;
    $("conn").className = m.connected ? "badge ok" : "badge bad";
  } else if (m.op === "shot") {
    shotNews(m);
  }
}

function setup() {
  $("rig-name").textContent = info.name ? `rig ${info.name}` : "orbitrig";
  $("port").textContent = info.port;
  document.title = `${info.name || info.port}: orbitrig console`;
  axes = info.identify.axes.map((a) => ({
    name: a.name, kind: a.kind, unit: a.unit, min: a.min / 1000, max: a.max / 1000, vmax: a.vmax / 1000,
  }));
  const body = $("axes").querySelector("tbody");
  body.innerHTML = "";
  axes.forEach((a, i) => {
    const tr = document.createElement("tr");
    tr.dataset.axis = a.name;
    tr.innerHTML =
      `<td style="color:${COLORS[i % COLORS.length]}">${a.name}</td>` +
      `<td class="num" id="pos-${a.name}">—</td><td class="num" id="vel-${a.name}">—</td>` +
      `<td class="dim">${a.min.toFixed(1)} .. ${a.max.toFixed(1)}${unitOf(a)}</td>` +
      `<td><button class="jog" id="jog-${a.name}-minus">−</button> <button class="jog" id="jog-${a.name}-plus">+</button></td>`;
    body.appendChild(tr);
    holdToJog($(`jog-${a.name}-minus`), i, -1);
    holdToJog($(`jog-${a.name}-plus`), i, +1);
  });
  $("legend").innerHTML = axes
    .map((a, i) => `<span style="color:${COLORS[i % COLORS.length]}">■ ${a.name}</span>`)
    .join("") + '<span class="dim">solid: position, dotted: velocity</span>';
  showLease(info.lease);
}

function showLease(l) {
  holder = l && l.holder_id ? { id: l.holder_id, label: l.holder } : null;
  const mine = holder && holder.id === me;
  $("lease").textContent = holder ? `control: ${mine ? "this console" : holder.label}` : "control: free";
  $("lease").className = mine ? "badge ok" : holder ? "badge warn" : "dim";
}

function sample(s) {
  lastSample = s;
  const pos = s.axes.map((a) => a.pos / 1000);
  const vel = s.axes.map((a) => a.vel / 1000);
  history.push({ t: s.t_host, pos, vel });
  while (history.length && history[0].t < s.t_host - PLOT_SECONDS) history.shift();
  axes.forEach((a, i) => {
    $(`pos-${a.name}`).textContent = pos[i].toFixed(3) + unitOf(a);
    $(`vel-${a.name}`).textContent = vel[i].toFixed(2) + unitOf(a) + "/s";
  });
  const state = tables.state[s.state] || `UNKNOWN(${s.state})`;
  $("state").textContent = state;
  const armed = ["IDLE", "MOVING", "JOGGING", "RUNNING"].includes(state);
  $("armed").textContent = armed ? "armed" : "disarmed";
  $("armed").className = armed ? "badge warn" : "badge";
  const notHomed = s.flags & 0x04;
  $("homed").textContent = notHomed ? "not homed" : "homed";
  $("homed").className = notHomed ? "badge warn" : "badge ok";
  const names = Object.entries(tables.flag).filter(([bit]) => s.flags & Number(bit)).map(([, n]) => n);
  $("flags").textContent = names.length ? names.join(", ") : "none";
  schedulePlot();
}

let plotQueued = false;
function schedulePlot() {
  if (plotQueued) return;
  plotQueued = true;
  setTimeout(() => {
    plotQueued = false;
    plot();
  }, 100);
}

function plot() {
  const c = $("plot");
  const w = (c.width = c.clientWidth || 640);
  const h = (c.height = 300);
  const g = c.getContext("2d");
  g.clearRect(0, 0, w, h);
  g.strokeStyle = "#2a323b";
  g.beginPath();
  g.moveTo(0, h / 2);
  g.lineTo(w, h / 2);
  g.stroke();
  if (history.length < 2) return;
  const t1 = history[history.length - 1].t;
  const x = (t) => w - ((t1 - t) / PLOT_SECONDS) * w;
  axes.forEach((a, i) => {
    const span = Math.max(Math.abs(a.min), Math.abs(a.max)) || 1;
    g.strokeStyle = COLORS[i % COLORS.length];
    for (const [key, scale, dash] of [["pos", span, []], ["vel", a.vmax || 1, [3, 4]]]) {
      g.setLineDash(dash);
      g.beginPath();
      history.forEach((p, k) => {
        const y = h / 2 - (p[key][i] / scale) * (h / 2 - 6);
        if (k === 0) g.moveTo(x(p.t), y);
        else g.lineTo(x(p.t), y);
      });
      g.stroke();
    }
  });
  g.setLineDash([]);
}

function describe(e) {
  const kind = tables.event[e.kind] || `kind ${e.kind}`;
  if (kind === "MOTION_DONE") return `motion ${e.a} ${(tables.done[e.b] || e.b).toString().toLowerCase()}`;
  if (kind === "STATE") return `state ${tables.state[e.b]} → ${tables.state[e.a]}`;
  if (kind === "LIMIT") return `${axes[e.a] ? axes[e.a].name : "axis " + e.a} hit a soft limit at ${(e.b / 1000).toFixed(3)}`;
  if (kind === "LINK_LOSS") return e.b ? "another host session took over: rig held" : `link silent ${e.a} ms: rig held`;
  return `${kind.toLowerCase()} a=${e.a} b=${e.b}`;
}

function addEvent(e) {
  const li = document.createElement("li");
  li.textContent = `${(e.t_us / 1e6).toFixed(3)} s  ${describe(e)}`;
  const list = $("events");
  list.insertBefore(li, list.firstChild);
  while (list.children.length > 60) list.removeChild(list.lastChild);
}

// --- jog: press and hold; release, leaving the button, a hidden tab or a lost connection stops it ----
function holdToJog(button, axis, sign) {
  const start = (ev) => {
    ev.preventDefault();
    button.setPointerCapture && ev.pointerId !== undefined && button.setPointerCapture(ev.pointerId);
    startJog(axis, sign, button);
  };
  button.addEventListener("pointerdown", start);
  for (const end of ["pointerup", "pointercancel", "lostpointercapture", "pointerleave"]) {
    button.addEventListener(end, () => endJog(true));
  }
}

async function startJog(axis, sign, button) {
  endJog(true);
  const pct = Number($("jog-speed").value) / 100;
  const vel = Math.round(sign * pct * axes[axis].vmax * 1000);
  jog = { axis, vel, id: 0, timer: null, button };
  button.classList.add("active");
  try {
    await withControl(async () => {
      for (let tries = 0; tries < 2 && jog; tries++) {
        jogSeq = (jogSeq % 65535) + 1;
        const r = await command("JOG", { axis, vel, jog_id: jogSeq, timeout_ms: 0 });
        const result = r.reply.fields.result;
        if (result & 1) {
          if (jog) jog.id = jogSeq;
          break;
        }
        jogSeq = result >> 8; // the board's last ended jog: start after it
      }
    });
  } catch (e) {
    say(e.message, true);
    endJog(false);
    return;
  }
  if (!jog || !jog.id) return;
  const j = jog;
  j.timer = setInterval(() => {
    if (jog !== j) return;
    send({ op: "req", id: nextId++, msg: tables.msg.JOG, fields: { axis: j.axis, vel: j.vel, jog_id: j.id, timeout_ms: 0 } });
  }, JOG_REFRESH_MS);
}

function endJog(tell) {
  const j = jog;
  if (!j) return;
  jog = null;
  if (j.timer) clearInterval(j.timer);
  j.button.classList.remove("active");
  if (tell && j.id) send({ op: "req", id: nextId++, msg: tables.msg.JOG_END, fields: { jog_id: j.id } });
}

window.addEventListener("blur", () => endJog(true));
document.addEventListener("visibilitychange", () => document.hidden && endJog(true));

// --- buttons ---------------------------------------------------------------------------------
function button(id, fn) {
  $(id).addEventListener("click", async () => {
    try {
      say("");
      await fn();
    } catch (e) {
      say(e.message, true);
    }
  });
}

button("stop", () => command("STOP").then(() => say("STOP sent")));
button("estop", () => command("ESTOP").then(() => say("ESTOP: outputs cut; Clear, then Arm, to resume")));
button("arm", () => withControl(() => command("ARM")));
button("disarm", () => withControl(() => command("DISARM")));
button("clear", () => withControl(() => command("CLEAR")));
button("home", () => withControl(() => command("HOME", { axes: 0 })));
button("take", () => call({ op: "lease", force: false }));
button("release", () => call({ op: "release", stop: false }));
$("jog-speed").addEventListener("input", () => ($("jog-speed-text").textContent = `${$("jog-speed").value} %`));

setInterval(() => send({ op: "alive" }), ALIVE_MS);

// --- session logs ------------------------------------------------------------------------------
async function loadLogs() {
  try {
    const r = await fetch("/api/logs");
    const d = await r.json();
    $("logs").innerHTML = (d.logs || [])
      .map((l) => `<li><a href="/api/logs/${encodeURIComponent(l.name)}">${l.name}</a> <span class="dim">${(l.bytes / 1024).toFixed(1)} KB${l.current ? " (this session)" : ""}</span></li>`)
      .join("") || '<li class="dim">none</li>';
  } catch (e) {
    $("logs").innerHTML = '<li class="dim">unavailable</li>';
  }
}
loadLogs();
setInterval(loadLogs, 10000);

// --- shots -------------------------------------------------------------------------------------
function showShots(r) {
  const body = $("shots").querySelector("tbody");
  body.innerHTML = "";
  for (const s of r.shots || []) {
    const tr = document.createElement("tr");
    tr.innerHTML = `<td>${s.name}</td><td class="dim">${s.source}</td><td><button class="small">Check</button> <button class="small">Play</button></td>`;
    const [check, play] = tr.querySelectorAll("button");
    check.dataset.shot = s.name;
    play.dataset.shot = s.name;
    check.addEventListener("click", () => shotRun("check", s.name));
    play.addEventListener("click", () => shotRun("play", s.name));
    body.appendChild(tr);
  }
  if (r.job) showJob(r.job);
}

async function shotRun(what, name) {
  try {
    say("");
    $("shot-output").textContent = "";
    $("report").innerHTML = "";
    const r = await call({ op: "shot", what, name });
    showJob(r.job);
  } catch (e) {
    say(e.message, true);
  }
}

let currentJob = null;

function shotNews(m) {
  if (m.line !== undefined) {
    const out = $("shot-output");
    out.textContent += m.line + "\n";
    out.scrollTop = out.scrollHeight;
    if (m.percent !== null && m.percent !== undefined && currentJob) {
      showJob({ ...currentJob, running: true, percent: m.percent, lines: null });
    }
  }
  if (m.done) showJob(m.done);
}

function showJob(j) {
  currentJob = j;
  $("shot-status").textContent = j.running
    ? `${j.kind} ${j.name}: running${j.percent !== null ? ` (${j.percent} %)` : ""}`
    : `${j.kind} ${j.name}: ${j.returncode === 0 ? "done" : `failed (exit ${j.returncode})`}`;
  if (j.percent !== null && j.percent !== undefined) $("shot-progress-bar").style.width = `${j.percent}%`;
  if (!j.running && j.lines) $("shot-output").textContent = j.lines.join("\n");
  if (j.report) {
    const rep = j.report;
    const cues = rep.cues || {};
    let html = `<p>last report: outcome <b>${rep.outcome || "?"}</b>`;
    if (cues.count) html += `, ${cues.count} edges, timing error p99 ${Math.round(cues.p99)} µs`;
    html += "</p>";
    if (j.report_png) html += `<img alt="shot report" src="/api/shots/report.png?t=${Date.now()}">`;
    $("report").innerHTML = html;
  }
}

connect();
