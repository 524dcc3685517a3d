"""Where each key of a TOML document sits: one linear scan that maps key paths to 1-based lines.

``tomllib`` returns values without positions, so error messages could not name a line.
:func:`scan` walks the same text once and records, for every key path, the line where it
is written::

    >>> kl = scan('[[cue]]\\nkind = "marker"\\n[axes.pan]\\nkeys = [\\n  { t = 0, pos = 1 },\\n]\\n')
    >>> kl.lines[("cue", 0, "kind")], kl.lines[("axes", "pan", "keys", 0, "pos")]
    (2, 5)

Paths use strings for keys and ints for array indexes (array-of-tables entries too). An
array element's line is where the element starts (an inline table's ``{``); a table's is
its header; a key's is where the key itself is written, whatever lines its value spans.

The scanner expects text that ``tomllib`` has accepted: it does not validate, but on text
it cannot follow it raises :class:`TomlScanError` rather than loop or guess. Every step
consumes input, so the work is linear in the text's length (``KeyLines.steps`` counts it).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field

KeyPath = tuple[str | int, ...]

_BLANK = re.compile(r"[ \t]*")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BASIC = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_LITERAL = re.compile(r"'[^'\n]*'")
# A multi-line string may end with one or two quotes of its own just before the closing
# three, hence the run of 3..5 at the end and the lookahead that keeps 1..2 inside.
_ML_BASIC = re.compile(r'"""(?:[^"\\]|\\.|"{1,2}(?!"))*"{3,5}', re.S)
_ML_LITERAL = re.compile(r"'''(?:[^']|'{1,2}(?!'))*'{3,5}")
# Numbers, booleans and dates end at a separator, a comment or the line's end (a date-time
# may contain a space, so a space does not end it).
_SCALAR = re.compile(r"[^,\]}\r\n#]+")


class TomlScanError(ValueError):
    """The text is not TOML the scanner can follow (run tomllib on it first)."""


@dataclass
class KeyLines:
    """Key path -> 1-based line, and how much work the scan took."""

    lines: dict[KeyPath, int] = field(default_factory=dict)
    steps: int = 0  # scanner steps; each one consumes input, so steps <= O(len(text))

    def line_of(self, path: KeyPath) -> int:
        """The line of ``path``, or of its nearest recorded parent (1 when none is).

        A missing key has no line of its own; the table that should hold it is the best
        place to point at."""
        lines = self.lines
        for end in range(len(path), 0, -1):
            line = lines.get(path[:end])
            if line is not None:
                return line
        return 1


def scan(text: str) -> KeyLines:
    """Map every key path in ``text`` (a TOML document) to the line it is written on."""
    return _Scanner(text).run()


class _Scanner:
    def __init__(self, text: str) -> None:
        self.s = text
        self.n = len(text)
        self.i = 0
        self.line = 1
        self.out = KeyLines()
        # array-of-tables path -> entries seen so far; a nested [[a.b]] is counted per entry of a
        self.aot: dict[KeyPath, int] = {}

    def run(self) -> KeyLines:
        table: KeyPath = ()
        while True:
            self.skip(newlines=True)
            if self.i >= self.n:
                return self.out
            if self.s[self.i] == "[":
                table = self.header()
            else:
                self.keyval(table)

    def fail(self, what: str) -> TomlScanError:
        return TomlScanError(f"line {self.line}: {what}")

    def record(self, path: KeyPath, line: int) -> None:
        self.out.lines.setdefault(path, line)

    def skip(self, newlines: bool) -> None:
        """Step over blanks and comments, and line breaks too when ``newlines``."""
        s = self.s
        while True:
            self.out.steps += 1
            self.i = _BLANK.match(s, self.i).end()  # type: ignore[union-attr]
            if self.i >= self.n:
                return
            c = s[self.i]
            if c == "#":
                end = s.find("\n", self.i)
                self.i = self.n if end < 0 else end
            elif newlines and c == "\n":
                self.line += 1
                self.i += 1
            elif newlines and c == "\r":
                self.i += 1
            else:
                return

    def expect(self, token: str) -> None:
        if not self.s.startswith(token, self.i):
            raise self.fail(f"expected {token!r}")
        self.i += len(token)

    def key(self) -> list[str]:
        """A (possibly dotted, possibly quoted) key, as its parts."""
        parts: list[str] = []
        s = self.s
        while True:
            self.out.steps += 1
            self.skip(newlines=False)
            c = s[self.i] if self.i < self.n else ""
            if c == '"':
                m = _BASIC.match(s, self.i)
                # escapes in a quoted key are rare; let tomllib decode them exactly
                part = None if m is None else tomllib.loads("k = " + m.group())["k"]
            elif c == "'":
                m = _LITERAL.match(s, self.i)
                part = None if m is None else m.group()[1:-1]
            else:
                m = _BARE_KEY.match(s, self.i)
                part = None if m is None else m.group()
            if m is None or part is None:
                raise self.fail("expected a key")
            self.i = m.end()
            parts.append(part)
            self.skip(newlines=False)
            if self.i < self.n and s[self.i] == ".":
                self.i += 1
                continue
            return parts

    def header(self) -> KeyPath:
        """A [table] or [[array-of-tables]] header; returns the path keys below it extend."""
        line = self.line
        double = self.s.startswith("[[", self.i)
        self.i += 2 if double else 1
        parts = self.key()
        self.expect("]]" if double else "]")
        path: KeyPath = ()
        last = len(parts) - 1
        for k, part in enumerate(parts):
            path += (part,)
            if k == last and double:
                index = self.aot.get(path, 0)
                self.aot[path] = index + 1
                self.record(path, line)
                path += (index,)
            elif path in self.aot:
                # [a.b] below [[a]] belongs to a's latest entry
                path += (self.aot[path] - 1,)
            self.record(path, line)
        return path

    def keyval(self, table: KeyPath) -> None:
        line = self.line
        path = table
        for part in self.key():
            path += (part,)
            self.record(path, line)
        self.expect("=")
        self.skip(newlines=False)
        self.value(path)

    def value(self, path: KeyPath) -> None:
        s, i = self.s, self.i
        self.out.steps += 1
        c = s[i] if i < self.n else ""
        if c == "[":
            self.array(path)
            return
        if c == "{":
            self.inline_table(path)
            return
        if s.startswith('"""', i):
            m = _ML_BASIC.match(s, i)
        elif s.startswith("'''", i):
            m = _ML_LITERAL.match(s, i)
        elif c == '"':
            m = _BASIC.match(s, i)
        elif c == "'":
            m = _LITERAL.match(s, i)
        else:
            m = _SCALAR.match(s, i)
        if m is None:
            raise self.fail("expected a value")
        self.i = m.end()
        if c in "\"'":
            self.line += s.count("\n", i, self.i)

    def array(self, path: KeyPath) -> None:
        self.i += 1
        index = 0
        while True:
            self.skip(newlines=True)
            if self.i >= self.n:
                raise self.fail("unterminated array")
            if self.s[self.i] == "]":
                self.i += 1
                return
            element = path + (index,)
            self.record(element, self.line)
            self.value(element)
            self.skip(newlines=True)
            if self.i < self.n and self.s[self.i] == ",":
                self.i += 1
            index += 1

    def inline_table(self, path: KeyPath) -> None:
        self.i += 1
        while True:
            # TOML 1.0 keeps an inline table on one line, but the values inside it (arrays,
            # multi-line strings) may span lines, and TOML 1.1 allows breaks: accept them.
            self.skip(newlines=True)
            if self.i >= self.n:
                raise self.fail("unterminated inline table")
            c = self.s[self.i]
            if c == "}":
                self.i += 1
                return
            if c == ",":
                self.i += 1
                continue
            self.keyval(path)
