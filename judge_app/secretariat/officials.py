"""The letterhead and the signing officials kept in the master for the official documents."""

from __future__ import annotations

from pathlib import Path

from judge_app.base.errors import ImportProblems, file_problem
from judge_app.base.text import translate
from judge_app.domain.officials import Letterhead, Official
from judge_app.store import repository as repo
from judge_app.store.database import opened


def letterhead(master: Path) -> Letterhead:
    with opened(master, "master", write=False) as db:
        return repo.letterhead(db)


def set_letterhead(
    master: Path, lines: list[str], logo: Path | None = None, keep_logo: bool = True
) -> Letterhead:
    """Set the kop surat printed on the first page of every document. `logo`: a PNG or
    JPEG file; without one the stored logo is kept (`keep_logo`) or removed. Packages
    written afterwards carry it to the judges."""
    from judge_app.domain.officials import MAX_LETTERHEAD_LINES, MAX_LOGO_BYTES

    problems = []
    cleaned = [line.strip() for line in lines if line.strip()]
    if len(cleaned) > MAX_LETTERHEAD_LINES:
        problems.append(
            translate("secretariat_services", "--line: at most {count} lines, got {got}").format(
                count=MAX_LETTERHEAD_LINES, got=len(cleaned)
            )
        )
    for number, line in enumerate(cleaned, start=1):
        if len(line) > 150:
            problems.append(
                translate(
                    "secretariat_services", "line {number}: longer than 150 characters"
                ).format(number=number)
            )
        if any(ch < " " for ch in line):
            problems.append(
                translate(
                    "secretariat_services", "line {number}: contains a control character"
                ).format(number=number)
            )
    image: bytes | None = None
    if logo is not None:
        try:
            image = Path(logo).read_bytes()
        except OSError as exc:
            raise file_problem(exc, logo) from None
        if len(image) > MAX_LOGO_BYTES:
            problems.append(
                translate("secretariat_services", "{file}: larger than 1 MB").format(file=logo)
            )
        elif not _readable_image(image):
            problems.append(
                translate("secretariat_services", "{file}: not a PNG or JPEG image").format(
                    file=logo
                )
            )
    if problems:
        raise ImportProblems("letterhead", problems)
    with opened(master, "master") as db:
        if image is None and keep_logo:
            image = repo.letterhead(db).logo
        value = Letterhead(tuple(cleaned), image)
        repo.set_letterhead(db, value)
    return value


def _readable_image(data: bytes) -> bool:
    """PNG or JPEG that the PDF library can draw."""
    import io

    from reportlab.lib.utils import ImageReader

    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        return False
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # any decoder failure means: not an image we can print
        return False
    return width > 0 and height > 0


def officials(master: Path) -> dict[str, Official]:
    with opened(master, "master", write=False) as db:
        return repo.officials(db)


def official_problems(role: str, nip: str) -> list[str]:
    """What is wrong with an official's registration (empty: nothing)."""
    from judge_app.domain.officials import OFFICIAL_ROLES
    from judge_app.interchange.judges_import import nip_problem

    problems = []
    if role not in OFFICIAL_ROLES:
        problems.append(
            translate("secretariat_services", "{role} is not one of: {roles}").format(
                role=repr(role), roles=", ".join(OFFICIAL_ROLES)
            )
        )
    nip = nip.strip()
    if nip and nip != "-" and (problem := nip_problem(nip)):
        problems.append(f"--nip: {problem}")
    return problems


def set_official(
    master: Path, role: str, name: str, nip: str = "", position: str = ""
) -> Official | None:
    """Register who signs for the secretariat ('sekretariat') or acknowledges the Berita
    Acara ('mengetahui'); an empty name removes the registration."""
    if problems := official_problems(role, nip):
        raise ImportProblems("official", problems)
    official = Official(role, name.strip(), nip.strip(), position.strip()) if name.strip() else None
    with opened(master, "master") as db:
        repo.set_official(db, official, role)
    return official
