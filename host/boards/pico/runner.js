// runner.js: the emulated Raspberry Pi Pico: an RP2040 (rp2040js) running the flash's firmware, its USB CDC on stdio.
//
// Started by the supervisor (host/boards/pico.py), which owns the host-facing pty:
//
//   node runner.js --modules DIR --bootrom bootrom.ts --flash flash.bin --trace trace.bin [--ctl-fd 3]
//
// stdin carries the host's bytes to the board's USB CDC, stdout the board's bytes back. The control
// channel (--ctl-fd, a socketpair) carries JSON lines: commands in ({"cmd": "stats" | "power-cycle" |
// "safe-mode" | "flush"}), events out ({"ev": "start" | "listening" | "stats" | "fatal" ...}).
//
// What rp2040js does not do and this runner adds (docs/pico.md):
// - Flash program/erase: the bootrom's flash_range_erase and flash_range_program are patched to a
//   BKPT that lands here; the flash array is changed and written through to the flash file at once,
//   so a killed runner leaves the file as a power cut leaves a chip.
// - Restarts: a watchdog timeout or machine.reset() (a forced watchdog trigger) starts a new chip on
//   the same stdio, with the watchdog's REASON and scratch registers kept as the hardware keeps them,
//   so machine.reset_cause() reads WDT_RESET as on a real Pico. A power cycle clears them.
// - PIO timing: rp2040js steps its state machines in wall-clock bursts, one instruction per step
//   whatever the clock divider. Here each state machine runs on the emulated clock at its own
//   divided rate, with delays counted, so pulse trains and edges get emulated times; a "jmp x--"
//   or "jmp y--" onto itself (a delay loop) is stepped over in one go.
// - Idle: emulated time never runs ahead of the wall clock; while the core sleeps (WFI/WFE) until an
//   alarm further ahead, the runner sleeps too, so an idle firmware costs little host CPU.
// - USB CDC: an OUT transfer with nothing to read waits for the host's next bytes (rp2040js answers
//   it with an empty packet at once, which keeps the core busy polling).
// - A board model drives the inputs: the homing switches close when the carriage (counted from the
//   step and direction pins while the drivers are enabled) reaches the end; the camera on trigger
//   line 0 answers each shutter edge with a flash-sync pulse on GP22 after its shutter lag; safe
//   mode holds GP22 low through reset.
// - The trace: every edge of the traced pins, each input the model drives, the host's bytes as the
//   board receives them, chip starts and flash operations, with emulated-time stamps (format below).
'use strict';

const fs = require('fs');
const net = require('net');
const path = require('path');

// --- arguments ---------------------------------------------------------------------------------

function parseArgs(argv) {
  const out = {
    modules: '',
    bootrom: '',
    flash: '',
    trace: '',
    ctlFd: -1,
    carriage: [11000, 2560],
    cameraLagUs: 35000,
    cameraJitterUs: 2000,
    safeMode: false,
    batch: 1024,
  };
  for (let i = 2; i < argv.length; i++) {
    const key = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fatal(`${key} needs a value`);
      return argv[++i];
    };
    if (key === '--modules') out.modules = value();
    else if (key === '--bootrom') out.bootrom = value();
    else if (key === '--flash') out.flash = value();
    else if (key === '--trace') out.trace = value();
    else if (key === '--ctl-fd') out.ctlFd = intArg(key, value());
    else if (key === '--carriage') out.carriage = value().split(',').map((s) => intArg(key, s));
    else if (key === '--camera-lag-us') out.cameraLagUs = intArg(key, value());
    else if (key === '--camera-jitter-us') out.cameraJitterUs = intArg(key, value());
    else if (key === '--batch') out.batch = intArg(key, value());
    else if (key === '--safe-mode') out.safeMode = true;
    else fatal(`unknown option ${key}`);
  }
  for (const k of ['bootrom', 'flash', 'trace']) {
    if (!out[k]) fatal(`--${k} is required`);
  }
  if (out.carriage.length !== 2) fatal('--carriage takes two step counts: slider,focus');
  return out;
}

function intArg(key, text) {
  if (!/^-?[0-9]+$/.test(text)) fatal(`${key} takes an integer, not ${JSON.stringify(text)}`);
  return parseInt(text, 10);
}

let ctl = null; // the control channel, once open

function fatal(message) {
  // One line on stderr (the supervisor quotes it) and on the control channel, then exit.
  process.stderr.write(`pico runner: ${message}\n`);
  if (ctl !== null) {
    try {
      ctl.write(JSON.stringify({ ev: 'fatal', msg: message }) + '\n');
    } catch (e) {
      // the supervisor is gone: stderr has it
    }
  }
  process.exit(2);
}

// rp2040js logs with console.debug/info, which go to stdout: the board's data. Everything goes to stderr.
for (const name of ['log', 'info', 'debug', 'warn']) {
  console[name] = (...args) => process.stderr.write(args.join(' ') + '\n');
}

const args = parseArgs(process.argv);
let rp2040js;
try {
  rp2040js = require(args.modules ? path.join(args.modules, 'rp2040js') : 'rp2040js');
} catch (e) {
  fatal(`cannot load rp2040js (run npm ci for host/boards/pico): ${e.message.split('\n')[0]}`);
}
const { RP2040, USBCDC } = rp2040js;

// --- constants -----------------------------------------------------------------------------------

const FLASH_BYTES = 2 * 1024 * 1024; // a Pico's W25Q16
const XIP_BASE = 0x10000000;
const CLK_NS = 8; // 125 MHz clk_sys
const WATCHDOG_BASE = 0x40058000;
const SLICE_MS = 2; // the run loop hands Node its event loop (the host's bytes) at least this often
const MAX_LAG_NS = 10e6; // emulated time may catch up at most this far on the wall clock after a busy spell
const SLEEP_MAX_MS = 50;
const LISTEN_GRACE_NS = 20e6; // after the HAL drives its enable pin, until it has taken the link over
const LISTEN_FALLBACK_NS = 4e9; // a firmware that never does: the host is heard after this long
const IDLE_WINDOW_NS = 100e6; // a core busy less than IDLE_BUSY_NS of this waits for input: the REPL
const IDLE_BUSY_NS = 10e6;
const TAIL_BYTES = 16384;
const RX_HIGH = 64 * 1024; // host bytes queued: stop reading stdin above, resume below RX_LOW
const RX_LOW = 16 * 1024;
const TRACE_CAP = 256 * 1024 * 1024;

// Pins (hal_rp2.py): servos, stepper step/dir, enable, triggers, switches, camera sync, LED.
const SERVO_PINS = [2, 3, 4];
const STEP_PINS = [10, 12];
const DIR_PINS = [11, 13];
const ENABLE_PIN = 14;
const TRIGGER_PINS = [16, 17, 20, 21];
const SWITCH_PINS = [18, 19];
const SYNC_PIN = 22;
const LED_PIN = 25;
const TRACED = [...SERVO_PINS, ...STEP_PINS, ...DIR_PINS, ENABLE_PIN, ...TRIGGER_PINS, LED_PIN, 0, 1];
const OVERTRAVEL_STEPS = [400, 400]; // past its switch a carriage meets the hard stop (steps lost)
const SYNC_PULSE_NS = 2e6; // the X contact stays closed this long
const CAMERA_QUEUE = 4; // exposures a camera can have pending (as in firmware/simmodel.py)

// Trace records, little-endian, 16 bytes: t f64 (emulated ns since the runner started, continuous
// across chip restarts), kind u8, a u8, b u16, c u32.
//   1 PIN      a=GPIO  b=level (0 low, 1 high, 2 not driven)   an output edge
//   2 START    a=cause (0 power-on, 1 watchdog timeout, 2 watchdog forced: machine.reset())  c=starts
//   3 HOST_IN  a=n (1..6) and bytes 10..16 hold n of the host's bytes, as the board's USB receives them
//   4 INPUT    a=GPIO  b=level                                 the board model drives an input
//   5 LISTEN   a=1: the host's bytes reach the board from now (before: dropped, the board is booting)
//   6 FLASH    a=0 erase / 1 program  b=count/256  c=offset
//   7 FAULT    c=PC: the core hard-faulted (an unaligned load, an undefined instruction) and locked up
const REC = 16;
const K_PIN = 1;
const K_START = 2;
const K_HOST_IN = 3;
const K_INPUT = 4;
const K_LISTEN = 5;
const K_FLASH = 6;
const K_FAULT = 7;
const CAUSE_POWER_ON = 0;
const CAUSE_WATCHDOG = 1;
const CAUSE_FORCED = 2;

// --- bootrom, flash file, trace file -------------------------------------------------------------

function loadBootrom(file) {
  // The image as rp2040js's repository ships it: a TypeScript array of 32-bit words.
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    fatal(`cannot read the bootrom ${file}: ${e.code || e.message}`);
  }
  const body = text.slice(text.indexOf('['), text.lastIndexOf(']'));
  const words = body.match(/0x[0-9a-fA-F]{1,8}/g) || [];
  if (words.length !== 4096) fatal(`${file} holds ${words.length} words, not the 4096 of a 16 KiB bootrom`);
  return Uint32Array.from(words, (w) => parseInt(w, 16) >>> 0);
}

const bootrom = loadBootrom(args.bootrom);
let flashFd;
try {
  flashFd = fs.openSync(args.flash, 'r+');
} catch (e) {
  fatal(`cannot open the flash file ${args.flash}: ${e.code || e.message}`);
}
if (fs.fstatSync(flashFd).size !== FLASH_BYTES) {
  fatal(`${args.flash} is not a ${FLASH_BYTES / 1024} KiB flash image`);
}

let traceFd;
try {
  traceFd = fs.openSync(args.trace, 'a');
} catch (e) {
  fatal(`cannot open the trace ${args.trace}: ${e.code || e.message}`);
}
let traceBytes = fs.fstatSync(traceFd).size;
const traceBuf = Buffer.alloc(64 * 1024);
let traceLen = 0;

function traceFlush() {
  if (traceLen === 0) return;
  if (traceBytes < TRACE_CAP) {
    fs.writeSync(traceFd, traceBuf, 0, traceLen);
    traceBytes += traceLen;
  }
  traceLen = 0;
}

function record(t, kind, a, b, c) {
  if (traceLen + REC > traceBuf.length) traceFlush();
  traceBuf.writeDoubleLE(t, traceLen);
  traceBuf.writeUInt8(kind, traceLen + 8);
  traceBuf.writeUInt8(a, traceLen + 9);
  traceBuf.writeUInt16LE(b, traceLen + 10);
  traceBuf.writeUInt32LE(c >>> 0, traceLen + 12);
  traceLen += REC;
}

function recordHostIn(t, bytes) {
  for (let off = 0; off < bytes.length; off += 6) {
    const n = Math.min(6, bytes.length - off);
    if (traceLen + REC > traceBuf.length) traceFlush();
    traceBuf.fill(0, traceLen, traceLen + REC);
    traceBuf.writeDoubleLE(t, traceLen);
    traceBuf.writeUInt8(K_HOST_IN, traceLen + 8);
    traceBuf.writeUInt8(n, traceLen + 9);
    for (let k = 0; k < n; k++) traceBuf[traceLen + 10 + k] = bytes[off + k];
    traceLen += REC;
  }
}

// --- the chip ------------------------------------------------------------------------------------

let mcu = null; // the RP2040 of the current run
let epochNs = 0; // emulated time at which the current chip started
let starts = 0;
let restartPending = -1; // a cause, once a reset has been asked for
let safeMode = args.safeMode;
let pioNow = -1; // while a state machine executes: its instruction's emulated time (chip clock)

const quietLogger = {
  debug() {},
  info() {},
  warn(component, message) {
    if (message.startsWith('Unimplemented peripheral')) return; // registers rp2040js does not model
    if (message.includes('is not implemented yet')) {
      hardFault(`undefined instruction at 0x${(mcu.core.PC - 2).toString(16)}`);
      return;
    }
    logLimited(`[${component}] ${message}`);
  },
  error(component, message) {
    if (message.includes('not 32 bit aligned')) {
      // a Cortex-M0+ has no unaligned loads: the real chip hard-faults here
      hardFault(`unaligned load (${message.replace(/^read from address /, 'address 0x').replace(/, which.*/, '')}) at 0x${(mcu.core.PC - 2).toString(16)}`);
      return;
    }
    logLimited(`[${component}] error: ${message}`);
  },
};
let logged = 0;

let lockup = false; // the core has hard-faulted: it runs no more code until the next reset

function hardFault(why) {
  // The firmware has no HardFault handler of its own: the pico-sdk's is a breakpoint, which without
  // a debugger locks the core up. Peripherals run on, so a started watchdog resets the chip.
  if (lockup) return;
  lockup = true;
  record(now(), K_FAULT, 0, 0, mcu.core.PC - 2);
  send({ ev: 'fault', msg: why, t_ns: now() });
  logLimited(`hard fault: ${why}; the core is locked up until a reset`);
}

function logLimited(line) {
  // rp2040js warns of every register it does not model; a few are worth seeing, not thousands
  if (logged < 50) process.stderr.write(`pico runner: ${line}\n`);
  logged++;
}

function now() {
  // The emulated time of whatever happens now: a PIO instruction's own time while one executes.
  return epochNs + (pioNow >= 0 ? pioNow : mcu.clock.nanos);
}

// The bootrom's function table: at 0x14 a halfword pointer to (code, function) halfword pairs.
function romFunction(code) {
  const half = (addr) => (bootrom[addr >>> 2] >>> ((addr & 2) * 8)) & 0xffff;
  let entry = half(0x14);
  for (let i = 0; i < 64; i++, entry += 4) {
    const c = half(entry);
    if (c === 0) break;
    if (c === code) return half(entry + 2) & ~1;
  }
  fatal(`the bootrom has no function ${String.fromCharCode(code & 0xff, code >> 8)}`);
  return 0;
}

function romCode(s) {
  return s.charCodeAt(0) | (s.charCodeAt(1) << 8);
}

const BKPT_ERASE = 0x10;
const BKPT_PROGRAM = 0x11;
const ROM_PATCHES = [
  [romFunction(romCode('RE')), BKPT_ERASE],
  [romFunction(romCode('RP')), BKPT_PROGRAM],
];

function patchHalf(rom, addr, value) {
  const i = addr >>> 2;
  const shift = (addr & 2) * 8;
  rom[i] = ((rom[i] & ~(0xffff << shift)) | (value << shift)) >>> 0;
}

function onBreak(code) {
  const r = mcu.core.registers;
  if (code === BKPT_ERASE) {
    const offset = r[0] >>> 0;
    const count = r[1] >>> 0;
    if (!flashRangeOk(offset, count, 4096)) return;
    mcu.flash.fill(0xff, offset, offset + count);
    persist(offset, count);
    record(now(), K_FLASH, 0, Math.min(0xffff, count >>> 8), offset);
  } else if (code === BKPT_PROGRAM) {
    const offset = r[0] >>> 0;
    const src = r[1] >>> 0;
    const count = r[2] >>> 0;
    if (!flashRangeOk(offset, count, 256)) return;
    for (let k = 0; k < count; k++) {
      // NOR flash: programming only clears bits
      mcu.flash[offset + k] &= mcu.readUint8(src + k);
    }
    persist(offset, count);
    record(now(), K_FLASH, 1, Math.min(0xffff, count >>> 8), offset);
  } else {
    logLimited(`BKPT #${code} at 0x${(mcu.core.PC - 2).toString(16)}: the firmware stopped on a breakpoint`);
  }
}

function flashRangeOk(offset, count, align) {
  if (offset % align || count % align || offset + count > FLASH_BYTES) {
    logLimited(`flash operation refused: offset 0x${offset.toString(16)} count ${count} (align ${align})`);
    return false;
  }
  return true;
}

function persist(offset, count) {
  fs.writeSync(flashFd, mcu.flash, offset, count, offset);
}

let watchdogKept = null; // {reason, scratch} from the chip that reset itself

function startChip(cause) {
  if (mcu !== null) epochNs += mcu.clock.nanos;
  const chip = new RP2040();
  chip.logger = quietLogger;
  const rom = Uint32Array.from(bootrom);
  for (const [addr, code] of ROM_PATCHES) {
    patchHalf(rom, addr, 0xbe00 | code); // BKPT #code
    patchHalf(rom, addr + 2, 0x4770); // BX LR
  }
  chip.loadBootrom(rom);
  fs.readSync(flashFd, chip.flash, 0, FLASH_BYTES, 0);
  const wd = chip.findPeripheral(WATCHDOG_BASE);
  if (cause !== CAUSE_POWER_ON && watchdogKept !== null) {
    wd.reason = watchdogKept.reason;
    wd.scratchData.set(watchdogKept.scratch);
  }
  wd.onWatchdogTrigger = () => {
    watchdogKept = { reason: wd.reason, scratch: Uint32Array.from(wd.scratchData) };
    requestRestart(wd.reason & 2 ? CAUSE_FORCED : CAUSE_WATCHDOG);
    // the chip resets here: its watchdog counts no further (rp2040js's periodic alarm would fire
    // again at once, forever, on a counter that stays at 0)
    wd.alarm.enable = false;
    wd.timer.enable = false;
  };
  chip.onBreak = onBreak;
  // the bootrom's own flash boot reads the flash through the SSI, which rp2040js does not model:
  // start at the second stage boot loader in flash, as the bootrom would have
  chip.core.PC = XIP_BASE;
  mcu = chip;
  starts++;
  restartPending = -1;
  pioNow = -1;
  lockup = false;
  setupPio(chip);
  setupUsb(chip);
  setupPins(chip);
  record(now(), K_START, cause, 0, starts);
  anchor();
  send({ ev: 'start', cause: ['power-on', 'watchdog', 'reset'][cause], t_ns: now(), starts });
}

function requestRestart(cause) {
  if (restartPending < 0) restartPending = cause;
}

// --- PIO on the emulated clock ---------------------------------------------------------------------

let machines = []; // {sm, next, touched, pio}

function setupPio(chip) {
  machines = [];
  for (const pio of chip.pio) {
    pio.run = () => {}; // its wall-clock bursts: stepped here instead
    for (const sm of pio.machines) {
      const m = { sm, pio, next: 0, touched: 0, wasWaiting: false };
      // rp2040js lets a machine stalled on this FIFO go on inside the CPU's access: it then goes on
      // from the access's time (the CPU's clock), never from where the PIO catch-up had left it
      const touch = () => {
        m.touched = chip.clock.nanos;
        m.wasWaiting = sm.waiting;
      };
      const resumed = () => {
        if (m.wasWaiting && !sm.waiting) m.next = Math.max(m.next, m.touched) + cycleNs(sm);
      };
      const write = sm.writeFIFO.bind(sm);
      sm.writeFIFO = (value) => {
        touch();
        write(value);
        resumed();
      };
      const read = sm.readFIFO.bind(sm);
      sm.readFIFO = () => {
        touch();
        const value = read();
        resumed();
        return value;
      };
      machines.push(m);
    }
  }
}

function cycleNs(sm) {
  const div = (sm.clockDivInt || 65536) + sm.clockDivFrac / 256;
  return (div * 1e9) / mcu.clkSys;
}

const JMP_X_DEC = 0b010;
const JMP_Y_DEC = 0b100;

function runPio(target) {
  // Every enabled state machine up to emulated time `target`, each at its own rate.
  for (const m of machines) {
    const { sm, pio } = m;
    if (!sm.enabled) {
      m.next = target; // when it is enabled it starts from about now
      continue;
    }
    const period = cycleNs(sm);
    while (m.next <= target) {
      if (sm.waiting) {
        // stalled (FIFO, IRQ, pin): it goes on once the CPU touches its FIFO, or never before
        const t = Math.max(m.next, m.touched);
        if (t > target) break;
        pioNow = t;
        const c0 = sm.cycles;
        sm.checkWait();
        pio.checkChangedPins();
        if (sm.waiting) {
          m.next = target + period;
          break;
        }
        m.next = t + (1 + sm.cycles - c0) * period;
        continue;
      }
      const instr = pio.instructions[sm.pc];
      if (instr >> 13 === 0 && (instr & 0x1f) === sm.pc) {
        // a delay loop onto itself: jump over all but its last pass
        const cond = (instr >> 5) & 7;
        const delay = (instr >> 8) & 0x1f & ((1 << (5 - sm.sidesetCount)) - 1);
        const reg = cond === JMP_X_DEC ? 'x' : cond === JMP_Y_DEC ? 'y' : null;
        if (reg !== null && sm[reg] > 1) {
          const passes = Math.min(sm[reg] - 1, Math.floor((target - m.next) / ((1 + delay) * period)));
          if (passes > 0) {
            sm[reg] -= passes;
            m.next += passes * (1 + delay) * period;
            continue;
          }
        }
      }
      pioNow = m.next;
      const c0 = sm.cycles;
      sm.step();
      pio.checkChangedPins();
      m.next += Math.max(1, sm.cycles - c0) * period;
    }
  }
  pioNow = -1;
}

// --- USB CDC ------------------------------------------------------------------------------------------

let cdc = null;
let readPending = 0; // bytes the device's OUT endpoint asks for while nothing is queued
const rxQueue = [];
let rxQueued = 0;
let listening = false;
let listenAt = Infinity; // emulated time (chip clock) from which the host is heard
let idleFrom = 0; // start of the window in which the core's busy time is measured while deaf
let idleCpu = 0;
let tail = Buffer.alloc(0);
let bytesDropped = 0;
let bytesIn = 0;
let bytesOut = 0;

function setupUsb(chip) {
  readPending = 0;
  rxQueue.length = 0;
  rxQueued = 0;
  listening = false;
  listenAt = LISTEN_FALLBACK_NS;
  idleFrom = 0;
  idleCpu = cpuNs;
  cdc = new USBCDC(chip.usbCtrl);
  const usb = chip.usbCtrl;
  usb.onEndpointRead = (endpoint, size) => {
    if (endpoint === cdc.outEndpoint) {
      readPending = size;
      deliver();
    }
  };
  const finish = usb.finishRead.bind(usb);
  usb.finishRead = (endpoint, buffer) => {
    if (endpoint === cdc.outEndpoint && buffer.length) recordHostIn(now(), buffer);
    finish(endpoint, buffer);
  };
  cdc.onSerialData = (buffer) => {
    bytesOut += buffer.length;
    process.stdout.write(Buffer.from(buffer));
    tail = Buffer.concat([tail, Buffer.from(buffer)]);
    if (tail.length > TAIL_BYTES) tail = tail.subarray(tail.length - TAIL_BYTES);
    if (!listening && (endsWith(tail, '>>> ') || endsWith(tail, '\n>') || endsWith(tail, 'raw REPL; CTRL-B to exit\r\n>'))) {
      hear(); // the REPL is up (no firmware running, or safe mode): the host may talk to it
    }
  };
}

function endsWith(buf, text) {
  return buf.length >= text.length && buf.subarray(buf.length - text.length).toString('latin1') === text;
}

function hear() {
  if (listening) return;
  listening = true;
  record(now(), K_LISTEN, 1, 0, 0);
  send({ ev: 'listening', t_ns: now() });
  if (safeMode) setInput(SYNC_PIN, 1); // the safe-mode jumper comes off once the board is up
  deliver();
}

function deliver() {
  if (!readPending || !rxQueued || cdc === null || cdc.outEndpoint < 0) return;
  const chunk = Buffer.alloc(Math.min(readPending, rxQueued));
  let off = 0;
  while (off < chunk.length) {
    const head = rxQueue[0];
    const n = Math.min(head.length, chunk.length - off);
    head.copy(chunk, off, 0, n);
    off += n;
    if (n === head.length) rxQueue.shift();
    else rxQueue[0] = head.subarray(n);
  }
  rxQueued -= chunk.length;
  readPending = 0;
  mcu.usbCtrl.endpointReadDone(cdc.outEndpoint, new Uint8Array(chunk));
  if (rxQueued < RX_LOW) process.stdin.resume();
  wake();
}

process.stdin.on('data', (data) => {
  bytesIn += data.length;
  if (!listening) {
    bytesDropped += data.length; // nobody is listening yet: as bytes sent to a board that is resetting
    return;
  }
  rxQueue.push(data);
  rxQueued += data.length;
  if (rxQueued > RX_HIGH) process.stdin.pause();
  deliver();
  wake();
});
process.stdin.on('end', () => shutdown(0)); // the supervisor is gone

// --- pins and the board model -----------------------------------------------------------------------

const level = [];
let carriage = args.carriage.slice(); // steps from each stepper's homing switch
const cameraDue = [];
let cameraRng = 1;

function pinLevel(state) {
  return state === 0 ? 0 : state === 1 ? 1 : 2; // GPIOPinState Low, High, else an input (not driven)
}

function setInput(gpio, value) {
  const v = !!value;
  const pin = mcu.gpio[gpio];
  if (pin.rawInputValue === v) return;
  pin.setInputValue(v);
  record(now(), K_INPUT, gpio, v ? 1 : 0, 0);
}

function setupPins(chip) {
  for (let i = 0; i < 30; i++) level[i] = 2;
  cameraDue.length = 0;
  for (const gpio of TRACED) {
    chip.gpio[gpio].addListener((state) => {
      const lv = pinLevel(state);
      if (lv === level[gpio]) return;
      level[gpio] = lv;
      record(now(), K_PIN, gpio, lv, 0);
      onEdge(gpio, lv);
    });
  }
  // inputs as the board holds them at reset: switches from where the carriages are, the camera's
  // contact open (pulled up) unless the safe-mode jumper holds it low
  for (let j = 0; j < SWITCH_PINS.length; j++) {
    chip.gpio[SWITCH_PINS[j]].setInputValue(carriage[j] > 0);
  }
  chip.gpio[SYNC_PIN].setInputValue(!safeMode);
  for (const gpio of [...SWITCH_PINS, SYNC_PIN]) record(now(), K_INPUT, gpio, chip.gpio[gpio].rawInputValue ? 1 : 0, 0);
}

function onEdge(gpio, lv) {
  const j = STEP_PINS.indexOf(gpio);
  if (j >= 0 && lv === 1 && level[ENABLE_PIN] === 0) {
    // a step the driver takes: towards the switch while the direction pin is low
    const c = carriage[j] + (level[DIR_PINS[j]] === 1 ? 1 : -1);
    carriage[j] = Math.max(-OVERTRAVEL_STEPS[j], c);
    setInput(SWITCH_PINS[j], carriage[j] > 0);
    return;
  }
  if (gpio === ENABLE_PIN && lv === 1 && !listening && listenAt === LISTEN_FALLBACK_NS) {
    listenAt = mcu.clock.nanos + LISTEN_GRACE_NS; // the HAL is up; the link is its next step
    return;
  }
  if (gpio === TRIGGER_PINS[0] && lv === 1 && cameraDue.length < CAMERA_QUEUE) {
    cameraRng = (cameraRng * 75 + 74) % 65537;
    const lagNs = (args.cameraLagUs + (args.cameraJitterUs ? cameraRng % (args.cameraJitterUs + 1) : 0)) * 1000;
    const at = (pioNow >= 0 ? pioNow : mcu.clock.nanos) + lagNs;
    cameraDue.push(at);
    const chip = mcu;
    const close = chip.clock.createAlarm(() => {
      if (chip !== mcu) return;
      cameraDue.shift();
      setInput(SYNC_PIN, 0);
      chip.clock.createAlarm(() => {
        if (chip === mcu) setInput(SYNC_PIN, 1);
      }).schedule(SYNC_PULSE_NS);
    });
    close.schedule(at - chip.clock.nanos);
  }
}

// --- the run loop ------------------------------------------------------------------------------------

let wallAnchor = 0; // performance.now() ms
let emuAnchor = 0; // chip clock ns
let sleepTimer = null;
let slept = false; // the last slice ended in a sleep: the wall clock ran on on purpose
let running = false;
let cpuNs = 0; // emulated ns spent executing (not sleeping), for the figures

function anchor() {
  wallAnchor = performance.now();
  emuAnchor = mcu.clock.nanos;
}

function allowed(wallMs) {
  // The emulated time the wall clock allows now: never ahead of real time.
  return emuAnchor + (wallMs - wallAnchor) * 1e6;
}

function wake() {
  if (sleepTimer !== null) {
    clearTimeout(sleepTimer);
    sleepTimer = null;
    setImmediate(slice);
  }
}

function slice() {
  sleepTimer = null;
  if (!running) return;
  const t0 = performance.now();
  const fromSleep = slept;
  slept = false;
  if (!fromSleep && allowed(t0) - mcu.clock.nanos > MAX_LAG_NS) {
    // behind after a busy spell: emulated time goes on from here, not in a burst to catch up
    emuAnchor = mcu.clock.nanos + MAX_LAG_NS;
    wallAnchor = t0;
  }
  const { batch } = args;
  for (;;) {
    const chip = mcu;
    const { core, clock } = chip;
    if (!listening) {
      if (clock.nanos >= listenAt) hear();
      else if (clock.nanos - idleFrom >= IDLE_WINDOW_NS) {
        // an idle core has booted into the REPL (safe mode, no firmware): nothing there to interrupt.
        // Its prompt may sit in the USB buffer until the host sends something, as on a real Pico.
        if (cpuNs - idleCpu < IDLE_BUSY_NS) hear();
        idleFrom = clock.nanos;
        idleCpu = cpuNs;
      }
    }
    if (core.waiting || lockup) {
      const wall = performance.now();
      const limit = allowed(wall);
      const next = clock.nextAlarm ? clock.nextAlarm.nanos : Infinity;
      const target = Math.min(next, limit);
      if (target >= clock.nanos) {
        clock.tick(target - clock.nanos);
        runPio(clock.nanos);
      }
      if (restartPending >= 0) {
        startChip(restartPending);
        continue;
      }
      if ((core.waiting || lockup) && next > limit) {
        // nothing to do until the next alarm: sleep in wall time too (host bytes wake us early)
        const ms = next === Infinity ? SLEEP_MAX_MS : Math.min(SLEEP_MAX_MS, Math.max(0.5, (next - limit) / 1e6));
        traceFlush();
        slept = true;
        sleepTimer = setTimeout(slice, ms);
        return;
      }
      if (wall - t0 >= SLICE_MS) break;
      continue;
    }
    const start = clock.nanos;
    for (let i = 0; i < batch && !core.waiting && !lockup && restartPending < 0; i++) {
      clock.tick(core.executeInstruction() * CLK_NS);
    }
    cpuNs += clock.nanos - start;
    runPio(clock.nanos);
    if (restartPending >= 0) {
      startChip(restartPending);
      continue;
    }
    if (performance.now() - t0 >= SLICE_MS) break;
  }
  traceFlush();
  setImmediate(slice);
}

// --- control channel -----------------------------------------------------------------------------------

function send(msg) {
  if (ctl !== null) ctl.write(JSON.stringify(msg) + '\n');
}

function stats() {
  traceFlush();
  return {
    ev: 'stats',
    t_ns: now(),
    wall_s: process.uptime(),
    cpu_ns: cpuNs,
    starts,
    listening,
    bytes_in: bytesIn,
    bytes_out: bytesOut,
    bytes_dropped: bytesDropped,
    carriage,
    safe_mode: safeMode,
    output_tail: tail.toString('latin1'),
  };
}

function command(line) {
  let msg;
  try {
    msg = JSON.parse(line);
  } catch (e) {
    send({ ev: 'error', msg: `not JSON: ${line.slice(0, 80)}` });
    return;
  }
  if (msg.cmd === 'stats' || msg.cmd === 'flush') {
    send(stats());
  } else if (msg.cmd === 'power-cycle') {
    // power off (RAM and registers lost, the flash file kept) and on
    watchdogKept = null;
    startChip(CAUSE_POWER_ON);
    send({ ev: 'ok', cmd: msg.cmd });
  } else if (msg.cmd === 'safe-mode') {
    safeMode = !!msg.on; // the jumper, read at the next reset
    send({ ev: 'ok', cmd: msg.cmd });
  } else {
    send({ ev: 'error', msg: `unknown command ${JSON.stringify(msg.cmd)}` });
  }
}

function shutdown(code) {
  running = false;
  try {
    traceFlush();
  } finally {
    process.exit(code);
  }
}

if (args.ctlFd >= 0) {
  ctl = new net.Socket({ fd: args.ctlFd, readable: true, writable: true });
  let pending = '';
  ctl.on('data', (data) => {
    pending += data.toString();
    let nl;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl).trim();
      pending = pending.slice(nl + 1);
      if (line) command(line);
    }
  });
  ctl.on('end', () => shutdown(0));
  ctl.on('error', () => shutdown(0));
}
process.on('SIGTERM', () => shutdown(0));
process.on('SIGINT', () => shutdown(0));
process.stdout.on('error', () => shutdown(0));

startChip(CAUSE_POWER_ON);
running = true;
setImmediate(slice);
