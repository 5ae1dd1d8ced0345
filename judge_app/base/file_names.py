"""Plain-ASCII file names from names and titles ('Dr. Hj. Rina Marlina, M.Si.' ->
dr-hj-rina-marlina-m-si): what every file system and e-mail client keeps intact."""

from __future__ import annotations

import re
import unicodedata


def ascii_words(text: str) -> list[str]:
    """The lower-case ASCII words of `text`, accents folded (Ñusantara -> nusantara)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", plain).split()


def whole_word_slug(text: str, limit: int) -> str:
    """At most `limit` characters of whole words: a name cut mid-word reads as another
    name (only a first word longer than `limit` is cut)."""
    slug = ""
    for word in ascii_words(text):
        if len(slug) + len(word) + 1 > limit and slug:
            break
        slug = f"{slug}-{word}" if slug else word[:limit]
    return slug
