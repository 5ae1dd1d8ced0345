"""Default clause texts of the integrity pact and the conflict-of-interest statement, in
Indonesian and English. A definition's [declarations] table can replace any of them."""

from __future__ import annotations

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
