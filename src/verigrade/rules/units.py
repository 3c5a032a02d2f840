"""Words next to a number: units (parsed, with dimension and scale), nouns the question counts, and the rest.

Parse, don't delete: a word is dropped from a number only when it is known to carry no value.
- A unit is looked up in pint (the `units` extra) when it is installed, else in a small fallback table of common
  SI / imperial / time units. Both sides with units of one dimension compare after conversion (`74 m` = `7400 cm`);
  different dimensions or an unknown conversion are DIFFERENT / UNSURE (`74 cm` vs `74 m`, `20 hours` vs `20
  minutes`, `30 rad` vs `30°`). A unit on one side only is dropped (`120 feet` vs `120`), unless the question
  asks in another unit of its dimension ("how far, in kilometers?": gold `40` is `40000 m`, not `40 cm`; see
  asked_units). Powers of a unit
  (`\\text{ cm}^2`) are units of area / volume: `15 cm^2` = `1500 mm^2`, and `15 cm^2` is not `15 cm`.
  A `/` or `per` between two units makes one compound unit (`\\text{ km/h}`, `meters per second`, `g/cm^3`,
  a power on the text is the last unit's): `5 m/s` = `18 km/h` = `5`, and `5 m/s` is not `5 km/s`, `5 s/m`,
  `5 m/s^2` or `5 m`. Dimensions compare as vectors of base dimensions, so pint's `mph` meets `miles/hour`.
- A noun the question uses ("How many *candies* ...") names what is counted and is dropped on its own, but two
  different nouns (`hard candies` vs `lollipop candies`) leave the pair UNSURE.
- Any other word (`5 thousand`, `perhaps 5`, `21.93 thousandths`) is not dropped: the caller leaves it UNSURE.

pint matches are accepted only in a form a person writes: the unit's symbol (`cm`, `mL`, `MW`, case-sensitive),
its name or alias, with an optional plural `s` (`meters`, `hours`), and prefixes written the same way as the unit
(symbol with symbol, name with name): so `units` is not read as micro-nits, nor `in` as inches.
"""
from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from fractions import Fraction

_LOCK = threading.Lock()


@dataclass(frozen=True)
class Unit:
    name: str
    dim: str  # a dimensionality string ("[length]"), "angle" for plane angles
    factor: float  # to the base unit
    offset: float = 0.0  # affine units (°C, °F): base = factor * value + offset


# Fallback table (no pint): symbol or name -> (dimension, factor). Symbols are case-sensitive.
_FALLBACK: dict[str, tuple[str, float, float]] = {}


def _add(dim: str, factor: float, *names: str, offset: float = 0.0) -> None:
    for n in names:
        _FALLBACK[n] = (dim, factor, offset)


_add("[length]", 1e-3, "mm", "millimeter", "millimetre")
_add("[length]", 1e-2, "cm", "centimeter", "centimetre")
_add("[length]", 1.0, "m", "meter", "metre")
_add("[length]", 1e3, "km", "kilometer", "kilometre")
_add("[length]", 0.0254, "inch", "inches")
_add("[length]", 0.3048, "ft", "foot", "feet")
_add("[length]", 0.9144, "yd", "yard")
_add("[length]", 1609.344, "mi", "mile")
_add("[mass]", 1e-6, "mg", "milligram")
_add("[mass]", 1e-3, "g", "gram")
_add("[mass]", 1.0, "kg", "kilogram")
_add("[mass]", 1e3, "t", "tonne", "ton")
_add("[mass]", 0.45359237, "lb", "lbs", "pound")
_add("[time]", 1.0, "s", "sec", "second")
_add("[time]", 60.0, "min", "minute")
_add("[time]", 3600.0, "h", "hr", "hour")
_add("[time]", 86400.0, "day")
_add("[time]", 604800.0, "week")
_add("[length] ** 3", 1e-6, "mL", "ml", "milliliter", "millilitre")
_add("[length] ** 3", 1e-3, "L", "l", "liter", "litre")
_add("[power]", 1e-3, "mW", "milliwatt")
_add("[power]", 1.0, "W", "watt")
_add("[power]", 1e3, "kW", "kilowatt")
_add("[power]", 1e6, "MW", "megawatt")
_add("[temperature]", 1.0, "K", "kelvin")
_add("[temperature]", 1.0, "°C", "C", "celsius", "degC", offset=273.15)
_add("[temperature]", 5 / 9, "°F", "F", "fahrenheit", "degF", offset=459.67 * 5 / 9)
_add("angle", 1.0, "rad", "radian")
_add("angle", 0.017453292519943295, "degree", "°")
_add("angle", 0.017453292519943295 / 60, "arcminute", "'")
_add("[currency]", 1.0, "dollar", "USD", "$")
_add("[currency]", 0.01, "cent")
_add("[currency EUR]", 1.0, "EUR", "euro")  # no rates: another currency is another dimension (DIFFERENT)
_add("[currency GBP]", 1.0, "GBP")
_add("[currency JPY]", 1.0, "JPY", "yen")
_add("[currency CNY]", 1.0, "CNY", "RMB", "yuan")
_add("[currency INR]", 1.0, "INR", "rupee")


def _registry():
    """pint's registry, loaded once per process on first use (never at import), or None without pint. The lock
    is outside the cache so that concurrent first callers wait for one load instead of each loading their own."""
    with _LOCK:
        return _load_registry()


def preload() -> None:
    """Load pint's registry now (at a server's or worker's start-up) rather than on the first unit seen."""
    _registry()


@functools.lru_cache(maxsize=1)
def _load_registry():
    try:
        import pint
    except ImportError:
        return None
    return pint.UnitRegistry()


_BASE_DIM = re.compile(r"\[[a-z]+\]")  # one base dimension: `[length]`, not `[length] ** 3` or `angle`


def _singular(w: str) -> list[str]:
    out = [w]
    if len(w) > 3 and w.endswith("es"):
        out.append(w[:-2])
    if len(w) > 2 and w.endswith("s"):
        out.append(w[:-1])
    return out


_DIM_TERM = re.compile(r"\s*([*/]?)\s*(\[[A-Za-z ]+\]|angle|1)(?:\s*\*\*\s*(-?\d+))?")


@functools.lru_cache(maxsize=1024)
def _dim_vector(dim: str) -> tuple | None:
    """`[mass] / [length] ** 3` -> (('[length]', -3), ('[mass]', 1)): pint's and the fallback's dimension strings
    in one comparable form (a compound unit's dimension is built, not written the way pint writes it)."""
    vec: dict[str, int] = {}
    pos = 0
    while pos < len(dim):
        m = _DIM_TERM.match(dim, pos)
        if m is None or m.end() == pos:
            return None
        sign = -1 if m.group(1) == "/" else 1
        if m.group(2) != "1":
            vec[m.group(2)] = vec.get(m.group(2), 0) + sign * int(m.group(3) or 1)
        pos = m.end()
    return tuple(sorted((k, v) for k, v in vec.items() if v))


def same_dim(a: Unit, b: Unit) -> bool:
    return a.dim == b.dim or (_dim_vector(a.dim) is not None and _dim_vector(a.dim) == _dim_vector(b.dim))


_POWER_BEFORE = {"square": "2", "sq": "2", "sq.": "2", "cubic": "3", "cu": "3"}
_POWER_AFTER = {"squared": "2", "cubed": "3"}


def _powers(words: tuple) -> tuple:
    """`square meters`, `sq m`, `cubic cm`, `meters squared` -> `meters^2`, `m^2`, `cm^3`, `meters^2`: a power word
    next to a unit of one base dimension (a length) makes its area or volume unit. Next to anything else the power
    word stays (`square units` is a generic noun's, `5 squared` changes the value)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        k = _POWER_BEFORE.get(w.lower())
        if k and nxt and _base_unit(nxt):
            out.append(f"{nxt}^{k}")
            i += 2
            continue
        k = _POWER_AFTER.get(nxt.lower()) if nxt else None
        if k and _base_unit(w):
            out.append(f"{w}^{k}")
            i += 2
            continue
        out.append(w)
        i += 1
    return tuple(out)


def _base_unit(word: str) -> bool:
    u = lookup(word) if "^" not in word and "/" not in word else None
    return u is not None and not u.offset and u.dim == "[length]"


def fold(words: tuple) -> tuple:
    """Compound units as one word: `km / h`, `kilometers per hour`, `g / cm^3` -> `km/h`, `kilometers/hour`,
    `g/cm^3`, when the words on both sides of the `/` or `per` are units (`apples per box` stays three words); area
    and volume units written with a power word (`square meters` -> `meters^2`, see _powers)."""
    if any(w.lower() in _POWER_BEFORE or w.lower() in _POWER_AFTER for w in words):
        words = _powers(words)
    if "/" not in words and "per" not in words and not any(w[:1] == "/" for w in words):
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w[:1] == "/" and len(w) > 1 and out and lookup(out[-1]) is not None and lookup(w[1:]) is not None:
            out[-1] = f"{out[-1]}{w}"  # `m`, `/s` (a unit to a negative power, quantity._power_words): `m/s`
            i += 1
            continue
        if (w in ("/", "per") and out and i + 1 < len(words) and lookup(out[-1]) is not None
                and "/" not in words[i + 1] and lookup(words[i + 1]) is not None):
            out[-1] = f"{out[-1]}/{words[i + 1]}"
            i += 2
            continue
        out.append(w)
        i += 1
    return tuple(out)


def _compound(word: str) -> Unit | None:
    """`km/h`, `g/cm^3`, `kilometers/hour/second` (fold's words): the first unit over the product of the others,
    with dimension and factor combined. A unit with an offset (°C) has no compound: None."""
    parts = [lookup(p) for p in word.split("/")]
    if len(parts) < 2 or any(u is None or u.offset for u in parts):
        return None
    vec: dict[str, int] = {}
    factor = parts[0].factor
    for i, u in enumerate(parts):
        dv = _dim_vector(u.dim)
        if dv is None:
            return None
        for k, v in dv:
            vec[k] = vec.get(k, 0) + (v if i == 0 else -v)
        if i:
            factor /= u.factor
    terms = sorted((k, v) for k, v in vec.items() if v)
    if not terms:
        return None  # m/km: a ratio, a value change
    dim = " * ".join(k if v == 1 else f"{k} ** {v}" for k, v in terms)
    return Unit(word, dim, factor)


@functools.lru_cache(maxsize=4096)
def lookup(word: str, plural: bool = False) -> Unit | None:
    """The unit a written word names, or None. `cm^2`, `feet^3`: a unit of one base dimension to the power 2 or
    3 (the parser's `\\text{cm}^2`), with its dimension and factor raised alike (1 cm^2 = 1e-4 m^2). `km/h`:
    a compound unit (see fold). `plural`: also a plural pint reports without its suffix ("parsecs"), for the unit a
    question asks in; never for words after a number, where many such plurals are English nouns ("30 sections",
    "4 hands", "3 chains" name things counted, not pint's units)."""
    if "/" in word:
        return _compound(word)
    base, hat, k = word.partition("^")
    if hat:
        u = lookup(base) if k in ("2", "3") else None
        if u is None or u.offset or not _BASE_DIM.fullmatch(u.dim):
            return None  # `°C^2`, `L^2`, `km/h^2`: no plain power
        return Unit(word, f"{u.dim} ** {k}", u.factor ** int(k))
    for w in _singular(word):
        key = w if w in _FALLBACK else (w.lower() if len(w) > 3 and w.lower() in _FALLBACK else None)
        if key is not None:
            dim, factor, offset = _FALLBACK[key]
            return Unit(key, dim, factor, offset)
    reg = _registry()
    if reg is None or not re.fullmatch(r"[A-Za-zµ]{1,20}", word) or (len(word) == 1 and word not in _ONE_LETTER):
        return None
    return _pint_unit(reg, word, plural)


# One letter is a unit only as an SI symbol: pint also reads `e` (elementary charge), `c` (speed of light), `k`
# (Boltzmann), `a` (year), `b` (barn), `d` (day), `u`, constants and rare symbols that in a math answer are
# letters (`2\text{e}` is 2e, never 2 elementary charges)
_ONE_LETTER = frozenset("mgsLlhtAJKNVWCFTH")


# the prefixes read as symbols (`kPa`, `MHz`, `mA`, `µm`, `nm`): the common ones. Not `p` (`5 pm` is a time of day,
# not picometres), `u` (`um` is a filler), `da` (`dam` is a dam), `h`, `E`, `P`, `a`: as prefixed units those would
# be words more often than units
_SYMBOL_PREFIXES = frozenset({"k", "M", "G", "T", "m", "µ", "n", "c"})


def _pint_unit(reg, word: str, plural: bool = False) -> Unit | None:
    try:
        parses = reg.parse_unit_name(word)
    except Exception:  # pint raises several types for odd names
        return None
    for prefix, name, suffix in parses:
        if suffix not in ("", "s"):
            continue
        unit = reg._units.get(name)  # pint keeps definitions here; no public accessor for symbol/aliases
        if unit is None:
            continue
        symbols = {unit.symbol} if getattr(unit, "symbol", None) else set()
        names = {name, *getattr(unit, "aliases", ())}
        pre = reg._prefixes.get(prefix) if prefix else None
        # pint names the prefix (`kilo` for both `kPa` and `kilopascal`): the word shows which way it was written
        written = prefix if not prefix or word.startswith(prefix) else (
            pre.symbol if pre is not None and pre.symbol in _SYMBOL_PREFIXES else None)
        if written is None or not word.startswith(written):
            continue
        body = word[len(written):len(word) - len(suffix)] if suffix else word[len(written):]
        if body in symbols and not suffix and (not prefix or (pre is not None and written == pre.symbol)):
            pass  # kPa, MHz, kJ: symbol prefix + symbol
        elif (body in names or (plural and len(body) > 3 and body[-1:] == "s" and body[:-1] in names)) and (
                not prefix or (pre is not None and written == pre.name)):
            pass  # centimeters, kilopascals: name prefix + name (a plural pint reports without its suffix: parsecs)
        else:
            continue
        try:
            q = reg.Quantity(1, word).to_base_units()
            dim = str(q.dimensionality)
            factor = float(q.magnitude)
        except Exception:
            continue
        if dim == "dimensionless":
            if name in ("radian", "degree", "arcminute", "arcsecond"):
                dim = "angle"
            else:
                return None  # percent, dozen, ...: a value change, not a unit
        return Unit(name, dim, factor)
    return None


# (also "Convert 2.5 kilometers to meters", "express it into seconds": the unit after `to` / `into` of a
# conversion). A second word after `/` or `per` makes one compound unit when both are units ("in km/h", "in
# meters per second"); after `or` / `and` it is another unit asked ("in meters or kilometers").
_ASKED = re.compile(r"(?i)\b(?:in(?!\s+how\b)|how\s+many|(?<=\bconvert\b).{0,60}?\b(?:to|into)|"
                    r"(?<=\bexpress\b).{0,60}?\binto)\s+"
                    r"(?:(square|sq|cubic)\s+)?"
                    # one letter only before punctuation: `(in m)`, `in s?`, `in m/s`, never the article of "in a day"
                    r"([A-Za-z]{2,12}|[A-Za-z](?=\s*(?:[).,?;:}/]|$)))\b"
                    r"(?:\s*\^\s*\{?([23])\}?)?(?:\s*(or|and|/|per)\s*([A-Za-z]{1,12})\b"
                    # (the second unit's own power: "in m/s^2", "in meters per second squared")
                    r"(?:\s*\^\s*\{?([23])\}?|\s+(squared|cubed)\b)?)?")
# "in degrees Fahrenheit", "to degrees Celsius", "in °C", "in $^\\circ$F": a temperature scale, never the angle unit
# degree (read before the asked phrase, so that "degrees" and the scale are one unit)
_TEMPERATURE_ASKED = re.compile(r"(?i)\s*(?:\bdegrees?\s+|°\s*|\^\s*\{?\s*\\circ\s*\}?\s*)"
                                r"(fahrenheit|celsius|centigrade|F\b|C\b)")
# the question's units written as math (`in $\\mathrm{km} / \\mathrm{h}$`, `(in \\text{cm})`) read as plain words
_UNIT_MARKUP = re.compile(r"\\(?:text|mathrm|mbox|rm)\s*\{\s*([^{}]{0,20}?)\s*\}|\$|\\[,;! ]")
# "how many overtime hours", "the total number of extra minutes": the unit a counted word or two later
_HOW_MANY_LATER = re.compile(r"(?i)\b(?:how\s+many|number\s+of)\s+([A-Za-z]{2,15}(?:\s+[A-Za-z]{2,15})?)")


@functools.lru_cache(maxsize=1024)
def asked_units(question: str | None) -> tuple[Unit, ...]:
    """The units a question asks its answer in: the word after `in` or `how many` ("How far, in kilometers?",
    "(in cm)", "Express the answer in \\text{m}", "How many cents ...?", "in km/h", "in square meters", "how many
    overtime hours"). Only those phrases count: the units of the question's data are not asked, and a bare English
    word that pint knows (`are`, `point`, `second`) is read only there."""
    if not question:
        return ()
    question = _TEMPERATURE_ASKED.sub(lambda m: " fahrenheit" if m.group(1)[0] in "Ff" else " celsius",
                                      _UNIT_MARKUP.sub(lambda m: m.group(1) or " ", question))
    words: list[str] = []
    for m in _HOW_MANY_LATER.finditer(question):
        later = m.group(1).split()  # the first unit among the next two words, none of them a rate word
        for i, w in enumerate(later):
            if w.lower() in ("per", "each", "every"):
                break
            if i and w.lower() not in ENGLISH_WORDS and lookup(w) is not None:
                power = {"square": "^2", "cubic": "^3"}.get(later[i - 1].lower(), "")  # "square centimeters"
                words.append(w + power)
                break
    for m in _ASKED.finditer(question):
        power, first, exp, sep, second, exp2, word2 = m.groups()
        if second and (exp2 or word2):
            second += f"^{exp2 or (2 if word2.lower() == 'squared' else 3)}"
        if power or exp:  # "in square meters", "in cm^2": an area unit
            words.append(f"{first}^{exp or (3 if power.lower() == 'cubic' else 2)}")
            continue
        if sep and second and sep.lower() in ("/", "per"):
            if lookup(f"{first}/{second}") is not None:
                words.append(f"{first}/{second}")
                continue
            words.append(first)
            if sep == "/" and len(second) > 1:
                words.append(second)  # "in m/km" (an alternative, as `or`)
        else:
            words += [first] + ([second] if second and len(second) > 1 else [])
    units = (lookup(w, plural=True) for w in words if w.lower() not in ENGLISH_WORDS)
    # (a scale with an offset is asked only by name, "in degrees Celsius": a bare `C` or `F` after "in" may be a point)
    return tuple(u for u in units if u is not None and (not u.offset or u.dim == "[temperature]"))


# words pint reads as units that a question's "in ..." means as English ("in at most", "in are", "in points")
ENGLISH_WORDS = frozenset({"at", "in", "are", "point", "points", "a"})
_RATE = re.compile(r"(?i)\b(?:every|each|per|a|an)\s+([A-Za-z]{1,12})\b|\b(hourly|daily|weekly|monthly|yearly|annually)\b")
_RATE_ADVERB = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
                "annually": "year"}


@functools.lru_cache(maxsize=1024)
def asked_rates(question: str | None) -> tuple[str, ...]:
    """The time rates a question states ("every day", "per hour", "a week", "daily"), as unit names."""
    if not question:
        return ()
    out = []
    for m in _RATE.finditer(question):
        u = lookup(m.group(1) or _RATE_ADVERB[m.group(2).lower()])
        if u is not None and u.dim == "[time]":
            out.append(u.name)
    return tuple(out)


# (a number in math followed by its unit word outside, `$2$ dollars`, too)
_DATA_UNIT = re.compile(r"\d\s*(?:\$\s*)?(?:\\(?:text|mathrm)\s*\{\s*)?([A-Za-z]{1,12})(?![A-Za-z])"
                        r"(?:\s*\}?\s*\^\s*\{?([23])\}?)?")


# a dollar sign before a number: `\\$2` always; a plain `$2` only in a question whose every `$` comes before a
# digit (then none of them opens or closes math: "$2 each", not "$2x + 3 = 7$")
_DOLLAR_DATUM = re.compile(r"\\\$\s*\d")
_PLAIN_DOLLAR = re.compile(r"\$(?!\s*\d)")


def _dollar_data(question: str) -> bool:
    if _DOLLAR_DATUM.search(question):
        return True
    return "$" in question and "\\" not in question and not _PLAIN_DOLLAR.search(question)


@functools.lru_cache(maxsize=1024)
def data_units(question: str | None) -> tuple[Unit, ...]:
    """The units of the question's data ("A square has area 64 cm^2" -> cm^2, and its base cm): the word right after
    a number, when it is a unit (English words pint knows, `in`, `at`, are left out), and dollars for an amount
    written with its sign (`\\$2 each`)."""
    if not question:
        return ()
    dollar = lookup("dollar") if "$" in question and _dollar_data(question) else None
    out = [dollar] if dollar is not None else []
    for m in _DATA_UNIT.finditer(question):
        w = m.group(1)
        if w.lower() in ENGLISH_WORDS or (len(w) == 1 and w not in _ONE_LETTER):
            continue
        u = lookup(w)
        if u is None or u.offset:
            continue
        out.append(u)
        if m.group(2):
            p = lookup(f"{w}^{m.group(2)}")
            if p is not None:
                out.append(p)
    return tuple(out)


_HOW_MANY = re.compile(r"(?i)\bhow\s+many\s+([A-Za-z]{2,15})\b")


@functools.lru_cache(maxsize=1024)
def asks_count(question: str | None) -> bool:
    """"How many apples ...", "how many positive integers": the question counts things that are no unit."""
    return bool(question) and any(lookup(w) is None for w in _HOW_MANY.findall(question)) and not any(
        w.lower() not in ENGLISH_WORDS and lookup(w) is not None
        for m in _HOW_MANY_LATER.finditer(question) for w in m.group(1).split()[1:2])


def question_nouns(question: str | None) -> frozenset[str]:
    if not question:
        return frozenset()
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]{3,}", question))


@functools.lru_cache(maxsize=1024)
def counted_nouns(question: str | None) -> frozenset[str]:
    """The words a question counts ("How many marbles does ...", "how many new customers did ...", "how many cups
    of sugar ..." -> cups): a noun of the question next to the answer must be one of them. The words after "how
    many", at most three, up to a verb, "of" or a preposition. Empty when it asks no "how many"."""
    if not question:
        return frozenset()
    out = set()
    for m in _HOW_MANY_WORDS.finditer(question):
        for w in m.group(1).split():
            if w.lower() in _COUNT_STOP:
                break
            out.add(w.lower())
    return frozenset(out)


_HOW_MANY_WORDS = re.compile(r"(?i)\bhow\s+many\s+((?:[A-Za-z]{2,15}\s+){0,2}[A-Za-z]{2,15})")
_COUNT_STOP = frozenset("are is were was do does did will would can could should must has have had of in on at to "
                        "for per that which who with from by than more".split())


def in_question(word: str, nouns: frozenset[str]) -> bool:
    w = word.lower()
    return any(v in nouns for v in (w, w + "s", w + "es", *_singular(w)))


def same_unit(a: Unit, b: Unit) -> bool:
    """One unit under two names (`°C` and `degrees Celsius`, `kPa` and `kilopascal`): the same dimension, factor and
    offset."""
    return a == b or (same_dim(a, b) and a.offset == b.offset and abs(a.factor - b.factor) <= 1e-12 * abs(b.factor))


def scale(a: Unit, b: Unit) -> Fraction | None:
    """The factor that turns a number in unit `a` into one in unit `b` (same dimension, no offsets), or None. One
    scale with an offset under two names (`°C`, `degrees Celsius`) is the factor 1; two such scales never convert."""
    if same_unit(a, b):
        return Fraction(1)
    if not same_dim(a, b) or a.offset or b.offset:
        return None
    try:
        return Fraction(a.factor / b.factor).limit_denominator(10**12)
    except (OverflowError, ZeroDivisionError, ValueError):
        return None
