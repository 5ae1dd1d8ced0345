"""Who the documents speak for and who signs them (issue 17): the organiser's letterhead
(kop surat) and the officials the secretariat registers once in the master. Neither is
part of the definition's hash, so they can be set or corrected after the packages went
out; packages carry the letterhead for the judges' own documents."""

from __future__ import annotations

from dataclasses import dataclass

# the officials a master can register: the one who signs for the secretariat, and the
# one who acknowledges (Mengetahui) the Berita Acara
OFFICIAL_ROLES = ("sekretariat", "mengetahui")
MAX_LETTERHEAD_LINES = 5
MAX_LOGO_BYTES = 1_000_000


@dataclass(frozen=True)
class Letterhead:
    """The kop surat: up to five lines (the first printed largest) and a logo image."""

    lines: tuple[str, ...] = ()
    logo: bytes | None = None  # PNG or JPEG bytes

    def __bool__(self) -> bool:
        return bool(self.lines) or bool(self.logo)


@dataclass(frozen=True)
class Official:
    role: str  # one of OFFICIAL_ROLES
    name: str
    nip: str = ""
    position: str = ""  # "Kepala Biro Organisasi Setda Provinsi Banten"
