"""How the documents and file names word a method and a flag, in each language."""

from __future__ import annotations

METHOD_WORDS = {  # Indonesian documents name the method in Indonesian only
    "mean": "rata-rata",
    "median": "median",
    "trimmed": "rata-rata terpangkas",
    "zscore": "skor-z ternormalisasi per juri",
}


METHOD_WORDS_EN = {
    "mean": "mean",
    "median": "median",
    "trimmed": "trimmed mean",
    "zscore": "z-scores normalised per judge",
}


def method_words(method: str, locale: str) -> str:
    """A method as the documents name it, in the competition's language."""
    return (METHOD_WORDS_EN if locale == "en" else METHOD_WORDS).get(method, method)


# default names of the files the secretariat writes, in the user's language
FILE_WORDS = {
    "id": {
        "results": "hasil",
        "recap": "rekapitulasi",
        "mean": "rata-rata",
        "median": "median",
        "trimmed": "rata-rata-terpangkas",
        "zscore": "skor-z",
    },
    "en": {
        "results": "results",
        "recap": "rekapitulasi",  # the document's own title, in either language
        "mean": "mean",
        "median": "median",
        "trimmed": "trimmed-mean",
        "zscore": "z-score",
    },
}


def default_file_stem(kind: str, method: str, language: str) -> str:
    """A proposed file name (without its suffix) for the results or the recap computed
    with `method`: 'hasil-rata-rata' in Indonesian, 'results-mean' in English."""
    words = FILE_WORDS.get(language, FILE_WORDS["id"])
    return f"{words.get(kind, kind)}-{words.get(method, method)}"


FLAG_WORDS = {
    "id": {
        "disagreement": "selisih antarjuri besar",
        "insufficient_judges": "juri belum cukup",
        "tie": "nilai sama",
        "tie_at_cutoff": "sama di batas penghargaan",
        "below_award_rule": "tidak memenuhi syarat penghargaan",
        "untrimmed": "tidak dipangkas",
        "unnormalised": "sebagian tanpa normalisasi",
    },
    "en": {
        "disagreement": "judges disagree",
        "insufficient_judges": "too few judges",
        "tie": "tied",
        "tie_at_cutoff": "tied at the award cut-off",
        "below_award_rule": "short of the award requirement",
        "untrimmed": "not trimmed",
        "unnormalised": "partly not normalised",
    },
}
