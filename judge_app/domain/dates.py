"""Dates and numbers the Indonesian way, as official letters write them:
"Serang, 20 Desember 2023" and "Rabu tanggal dua puluh bulan Desember tahun dua ribu dua
puluh tiga"."""

from __future__ import annotations

import datetime as dt

from judge_app.base.text import translate
from judge_app.domain.model import TIMEZONES

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNITS = (
    "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas",
)  # fmt: skip


def long_date(day: dt.date, locale: str = "id") -> str:
    """'20 Desember 2023' (id) or '20 December 2023' (en)."""
    months = MONTHS_ID if locale == "id" else MONTHS_EN
    return f"{day.day} {months[day.month - 1]} {day.year}"


def day_name(day: dt.date, locale: str = "id") -> str:
    return (DAYS_ID if locale == "id" else DAYS_EN)[day.weekday()]


def place_and_date(place: str, day: dt.date, locale: str = "id") -> str:
    return f"{place}, {long_date(day, locale)}" if place else long_date(day, locale)


def terbilang(n: int) -> str:
    """A whole number in Indonesian words (0 ≤ n < 10^12)."""
    if n < 0:
        return "minus " + terbilang(-n)
    if n < 12:
        return _UNITS[n] or "nol"
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_UNITS[tens]} puluh" + (f" {_UNITS[rest]}" if rest else "")
    if n < 200:
        return "seratus" + (f" {terbilang(n - 100)}" if n > 100 else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_UNITS[hundreds]} ratus" + (f" {terbilang(rest)}" if rest else "")
    if n < 2000:
        return "seribu" + (f" {terbilang(n - 1000)}" if n > 1000 else "")
    for size, word in ((10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")):
        if n >= size:
            high, rest = divmod(n, size)
            return f"{terbilang(high)} {word}" + (f" {terbilang(rest)}" if rest else "")
    raise ValueError(n)


def date_in_words(day: dt.date, locale: str = "id") -> str:
    """'Rabu tanggal dua puluh bulan Desember tahun dua ribu dua puluh tiga' (English:
    'Wednesday, 20 December 2023')."""
    if locale == "en":
        return f"{day_name(day, 'en')}, {long_date(day, 'en')}"
    return (
        f"{day_name(day)} tanggal {terbilang(day.day)} bulan {MONTHS_ID[day.month - 1]} "
        f"tahun {terbilang(day.year)}"
    )


def parse_date(text: str) -> dt.date:
    """Accept 2023-12-20, 20-12-2023, 20/12/2023 and '20 Desember 2023'."""
    cleaned = text.strip()
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(cleaned, pattern).date()
        except ValueError:
            pass
    parts = cleaned.replace(",", " ").split()
    if len(parts) == 3 and parts[0].isdigit() and parts[2].isdigit():
        names = [m.casefold() for m in MONTHS_ID] + [m.casefold() for m in MONTHS_EN]
        if parts[1].casefold() in names:
            month = names.index(parts[1].casefold()) % 12 + 1
            return dt.date(int(parts[2]), month, int(parts[0]))
    raise ValueError(
        translate("dates", "{text} is not a date (use 2023-12-20 or 20 Desember 2023)").format(
            text=repr(text)
        )
    )


def zone(timezone: str) -> dt.timezone:
    """The competition's zone (WIB, WITA, WIT) as a fixed UTC offset: Indonesia keeps no
    daylight saving, so no tz database is needed."""
    if timezone not in TIMEZONES:
        raise ValueError(f"unknown time zone {timezone!r} (one of {', '.join(TIMEZONES)})")
    return dt.timezone(dt.timedelta(hours=TIMEZONES[timezone]), timezone)


def now_in(timezone: str) -> dt.datetime:
    """This moment, aware, in the competition's zone, to the second (what a signature
    records and a document prints)."""
    return dt.datetime.now(zone(timezone)).replace(microsecond=0)


def in_zone(moment: dt.datetime, timezone: str) -> dt.datetime:
    """The moment on the competition's wall clock. A naive moment is taken to be that
    wall clock already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone(timezone))
    return moment.astimezone(zone(timezone))


def time_of_day(moment: dt.datetime, locale: str = "id") -> str:
    """'21.05' as Indonesian offices write it (PUEBI), '21:05' in English."""
    return f"{moment.hour:02d}{':' if locale == 'en' else '.'}{moment.minute:02d}"


def stamp_time(moment: dt.datetime, timezone: str, locale: str = "id") -> str:
    """The signing moment on a signature stamp: '6 Desember 2026 21.05 WIB'."""
    return _moment_words(moment, timezone, locale, "")


def signing_words(moment: dt.datetime, timezone: str, locale: str = "id") -> str:
    """The signing moment in a sentence: '6 Desember 2026 pukul 21.05 WIB' (English
    '6 December 2026 at 21:05 WIB')."""
    return _moment_words(moment, timezone, locale, "at" if locale == "en" else "pukul")


def _moment_words(moment: dt.datetime, timezone: str, locale: str, word: str) -> str:
    local = in_zone(moment, timezone)
    at = f" {word}" if word else ""
    return f"{long_date(local.date(), locale)}{at} {time_of_day(local, locale)} {timezone}"


def signing_moment(
    timezone: str, locale: str, day: dt.date | None
) -> tuple[dt.datetime, dt.date, str]:
    """The moment of signing on the competition's clock, the date a document prints
    (`day`, else that moment's date), and the sentence it prints under its signature when
    the two differ, so that the printed date and the stamp (signed at the same moment)
    tell one story."""
    moment = now_in(timezone)
    printed = day or moment.date()
    if printed == moment.date():
        return moment, printed, ""
    words = signing_words(moment, timezone, locale)
    if locale == "en":
        return moment, printed, f"Signed electronically on {words}."
    return moment, printed, f"Ditandatangani secara elektronik pada {words}."
