"""Default clause texts of the integrity pact and the conflict-of-interest statement, in
Indonesian and English. A definition's [declarations] table can replace any of them.

A judge who declares conflicts signs the with-conflict statement (TITLE_DECLARED): the
built-in clauses name the conflicts, the withdrawal and the absence of other conflicts
(declared_clauses). When the definition supplies its own `konflik` clauses, which are
written for a judge without conflicts, they are printed unchanged but scoped to the other
entries, after two clauses that name the conflicts and the withdrawal
(declared_with_custom)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from judge_app.domain.model import DeclarationTexts

PAKTA = {
    "id": [
        "Akan melaksanakan penilaian secara objektif, independen, profesional, dan akuntabel "
        "sesuai dengan pedoman penilaian yang ditetapkan;",
        "Tidak akan melakukan praktik korupsi, kolusi, dan nepotisme (KKN) dalam seluruh "
        "proses penilaian;",
        "Tidak akan meminta dan/atau menerima pemberian dalam bentuk apa pun dari peserta atau "
        "pihak lain yang berkaitan dengan penilaian;",
        "Akan menjaga kerahasiaan dokumen, data, dan hasil penilaian;",
        "Akan menghindari konflik kepentingan dan mengundurkan diri dari penilaian inovasi yang "
        "berkaitan dengan kepentingan saya;",
        "Akan mematuhi seluruh ketentuan dan pedoman penilaian yang berlaku;",
        "Akan melaporkan kepada penyelenggara apabila mengetahui adanya pelanggaran terhadap "
        "pakta integritas ini.",
    ],
    "en": [
        "I will assess objectively, independently, professionally and accountably, following "
        "the assessment guidelines;",
        "I will not engage in corruption, collusion or nepotism in any part of the assessment;",
        "I will not ask for or accept gifts of any kind from participants or anyone connected "
        "with the assessment;",
        "I will keep the documents, data and results of the assessment confidential;",
        "I will avoid conflicts of interest and withdraw from assessing any innovation in which "
        "I have an interest;",
        "I will follow all applicable rules and assessment guidelines;",
        "I will report any breach of this integrity pact to the organiser.",
    ],
}

SANCTIONS = {
    "id": "Apabila saya melanggar hal-hal yang telah saya nyatakan dalam Pakta Integritas ini, "
    "saya bersedia dikenakan sanksi sesuai dengan ketentuan peraturan perundang-undangan dan "
    "hasil penilaian saya dapat dibatalkan.",
    "en": "Should I breach anything I have declared in this Integrity Pact, I accept the "
    "sanctions provided by the applicable regulations, and my assessment may be annulled.",
}

KONFLIK = {
    "id": [
        "Saya tidak memiliki hubungan keluarga sedarah maupun semenda sampai derajat ketiga "
        "dengan peserta kompetisi;",
        "Saya tidak memiliki hubungan kerja, hubungan struktural, maupun hubungan keuangan dengan "
        "instansi peserta yang inovasinya saya nilai;",
        "Saya tidak terlibat dalam penyusunan proposal inovasi peserta mana pun;",
        "Apabila di kemudian hari timbul konflik kepentingan, saya akan segera menyatakannya dan "
        "mengundurkan diri dari penilaian inovasi yang bersangkutan.",
    ],
    "en": [
        "I have no family tie by blood or marriage up to the third degree with any participant;",
        "I have no employment, structural or financial tie with a participating agency whose "
        "innovation I assess;",
        "I took no part in preparing any participant's proposal;",
        "Should a conflict of interest arise later, I will declare it at once and withdraw from "
        "assessing the innovation concerned.",
    ],
}

CLOSING = {
    "id": "Demikian surat pernyataan ini saya buat dengan sebenar-benarnya dalam keadaan sadar "
    "dan tanpa paksaan dari pihak mana pun, untuk dipergunakan sebagaimana mestinya.",
    "en": "I make this statement truthfully, of my own free will, to be used as appropriate.",
}

# A judge who declares conflicts signs a statement that says so: the title and the clauses
# name the conflicts, the withdrawal from those entries, and the absence of any other
# conflict. The clauses above deny every conflict, so they are never printed under a
# declared one as they stand.
TITLE_NONE = {
    "id": "SURAT PERNYATAAN TIDAK MEMILIKI KONFLIK KEPENTINGAN",
    "en": "STATEMENT OF NO CONFLICT OF INTEREST",
}
TITLE_DECLARED = {
    "id": "SURAT PERNYATAAN KONFLIK KEPENTINGAN",
    "en": "STATEMENT OF CONFLICTS OF INTEREST",
}


def declared_clauses(locale: str, named: list[str]) -> list[str]:
    """The built-in clauses of a statement that declares conflicts with the entries
    `named` ('KIPP23-009 “Sistem Aplikasi Informasi Publik”'); the first is followed by
    the table of conflicts and their reasons."""
    many = len(named) > 1
    if locale == "en":
        return [
            f"I have a conflict of interest with {'the entries' if many else 'the entry'} "
            f"{_join(named, 'and')}, for the {'reasons' if many else 'reason'} given in the "
            "table below:",
            f"I withdraw from assessing {'those entries' if many else 'that entry'}: I give "
            f"{'them' if many else 'it'} no score, take no part in discussing "
            f"{'them' if many else 'it'} and do not influence {'their' if many else 'its'} "
            "assessment;",
            "I have no conflict of interest with any other entry: no family tie by blood or "
            "marriage up to the third degree with its participants, no employment, "
            "structural or financial tie with its agency, and no part in preparing its "
            "proposal;",
            "Should another conflict of interest arise later, I will declare it at once and "
            "withdraw from assessing the innovation concerned.",
        ]
    return [
        f"Saya memiliki konflik kepentingan dengan inovasi {_join(named, 'dan')}, dengan "
        "alasan sebagaimana tercantum dalam tabel berikut:",
        "Saya mengundurkan diri dari penilaian inovasi tersebut: saya tidak memberikan nilai, "
        "tidak ikut membahas, dan tidak memengaruhi penilaiannya;",
        "Dengan inovasi lainnya saya tidak memiliki konflik kepentingan: tidak ada hubungan "
        "keluarga sedarah maupun semenda sampai derajat ketiga dengan pesertanya, tidak ada "
        "hubungan kerja, struktural, maupun keuangan dengan instansinya, dan saya tidak "
        "terlibat dalam penyusunan proposalnya;",
        "Apabila di kemudian hari timbul konflik kepentingan lain, saya akan segera "
        "menyatakannya dan mengundurkan diri dari penilaian inovasi yang bersangkutan.",
    ]


def declared_with_custom(locale: str, named: list[str]) -> tuple[list[str], str]:
    """A competition's own [declarations] konflik clauses are written for a judge without
    conflicts. Under declared conflicts they are kept, word for word, but scoped to the
    other entries: two clauses name the conflicts and the withdrawal, and a third
    introduces the competition's clauses, printed below it as a sub-list."""
    built_in = declared_clauses(locale, named)
    scope = (
        "With regard to every other entry assigned to me, I declare the following:"
        if locale == "en"
        else "Terhadap setiap inovasi lain yang ditugaskan kepada saya, saya menyatakan hal "
        "berikut:"
    )
    return built_in[:2], scope


def _join(items: list[str], word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


@dataclass(frozen=True)
class Clause:
    """One numbered clause: its text, an optional lettered sub-list (a competition's own
    clauses scoped to the other entries), and whether the table of conflicts follows it."""

    text: str
    sub: tuple[str, ...] = ()
    table: bool = False


@dataclass(frozen=True)
class DeclarationWords:
    """Every sentence a declaration prints, in order, without layout: the signed PDF lays
    them out and the declaration dialog shows them before the judge signs, so the judge
    reads exactly what is signed."""

    title: str
    undersigned: str  # "Saya yang bertanda tangan di bawah ini:", before the identity
    lead: str  # after the identity: what the judge declares
    clauses: tuple[Clause, ...]
    closing: str


def declaration_words(
    kind: str,
    locale: str,
    competition_title: str,
    texts: DeclarationTexts | None = None,
    named: list[str] | None = None,
) -> DeclarationWords:
    """The words of the integrity pact (`kind` 'pakta') or of the conflict-of-interest
    statement ('konflik') in `locale`; `texts` are the definition's own clauses, `named`
    the declared conflicts ('KIPP23-009 “Sistem …”')."""
    texts = texts or DeclarationTexts()
    named = named or []
    en = locale == "en"
    if kind == "pakta":
        return DeclarationWords(
            title="INTEGRITY PACT" if en else "PAKTA INTEGRITAS",
            undersigned=UNDERSIGNED[locale],
            lead=f"in the {competition_title}, hereby declare that I:"
            if en
            else f"dalam rangka {competition_title}, dengan ini menyatakan bahwa saya:",
            clauses=tuple(Clause(c) for c in (list(texts.pakta) or PAKTA[locale])),
            closing=texts.sanctions or SANCTIONS[locale],
        )
    custom = list(texts.konflik)
    if not named:
        clauses = tuple(Clause(c) for c in (custom or KONFLIK[locale]))
    elif custom:
        built_in, scope = declared_with_custom(locale, named)
        clauses = (
            Clause(built_in[0], table=True),
            Clause(built_in[1]),
            Clause(scope, sub=tuple(custom)),
        )
    else:
        built_in = declared_clauses(locale, named)
        clauses = (Clause(built_in[0], table=True), *(Clause(c) for c in built_in[1:]))
    return DeclarationWords(
        title=(TITLE_DECLARED if named else TITLE_NONE)[locale],
        undersigned=UNDERSIGNED[locale],
        lead=f"as a member of the assessment panel of the {competition_title}, solemnly "
        "declare that:"
        if en
        else f"selaku juri/tim penilai dalam {competition_title}, dengan ini "
        "menyatakan dengan sesungguhnya bahwa:",
        clauses=clauses,
        closing=CLOSING[locale],
    )


UNDERSIGNED = {"id": "Saya yang bertanda tangan di bawah ini:", "en": "I, the undersigned:"}

ROLE_NAMES = {
    "id": {"ketua": "Ketua", "sekretaris": "Sekretaris", "anggota": "Anggota"},
    "en": {"ketua": "Chair", "sekretaris": "Secretary", "anggota": "Member"},
}


def identity_rows(
    locale: str, name: str, nip: str, rank: str, position: str, institution: str, role: str
) -> list[tuple[str, str]]:
    """The identity block under "I, the undersigned:", label and value, as printed."""
    en = locale == "en"
    return [
        ("Name" if en else "Nama", name),
        ("NIP/NIK", nip or "-"),
        ("Rank/Grade" if en else "Pangkat/Golongan", rank or "-"),
        ("Position" if en else "Jabatan", position or "-"),
        ("Institution" if en else "Instansi", institution or "-"),
        ("Role on the panel" if en else "Kedudukan dalam Tim", ROLE_NAMES[locale].get(role, role)),
    ]


def conflict_names(conflicts: Iterable[Sequence[object]]) -> list[str]:
    """The declared conflicts as the statement names them: 'KIPP23-009 “Title”', from
    (code, title, …) rows."""
    return [f"{row[0]} \u201c{row[1]}\u201d" for row in conflicts]


CONFLICT_TABLE_HEADER = {
    "id": ("No", "Kode", "Nama Inovasi", "Alasan"),
    "en": ("No", "Code", "Innovation", "Reason"),
}
