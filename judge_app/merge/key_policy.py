"""Which keys may sign for a judge in one merge.

A judge's first key is registered at the first accepted declarations. After that, a key
changes only when the secretariat confirms the new fingerprint with the judge (by phone,
from the judge's declaration) and merges with it accepted: the old key is then retired
and signs nothing after the revisions it already signed. A retired key counts only for
sheets the master already holds. Nothing here trusts a file's own word that a key is
new: a thief with a stolen package can make a key, but cannot make the secretariat
confirm it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from judge_app.integrity.keys import fingerprint
from judge_app.store.merging import Offer


def normalise_fingerprint(text: str) -> str:
    digits = "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


@dataclass
class KeyDecisions:
    refused: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    pending: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    # judge -> [(certificate, fingerprint, last revision, reason)] to retire in the master
    retire: dict[str, list[tuple[bytes, str, int, str]]] = field(default_factory=dict)
    # judge -> the key that may be registered by this merge (with declarations)
    register: dict[str, bytes] = field(default_factory=dict)


def decide(
    judge_id: str,
    offers: list[tuple[str, Offer]],
    registered: bytes | None,
    retired: dict[bytes, int],
    held: dict[int, str],
    accepted: str | None,
) -> KeyDecisions:
    """`offers`: (path, offer) for this judge; `held`: revision -> sha256 the master holds;
    `accepted`: the fingerprint the secretariat confirmed for this judge, if any."""
    out = KeyDecisions()
    accepted = normalise_fingerprint(accepted) if accepted else None

    def refuse(path: str, reason: str) -> None:
        if reason not in out.refused[path]:
            out.refused[path].append(reason)

    # sheets and certificates per key, and what each file says it retired
    sheets_by_key: dict[bytes, list[tuple[str, int, str]]] = defaultdict(list)
    paths_by_key: dict[bytes, set[str]] = defaultdict(set)
    source_last: dict[bytes, int] = {}
    for path, offer in offers:
        for sheet in offer.sheets:
            sheets_by_key[sheet.certificate].append((path, sheet.revision, sheet.sha256))
            paths_by_key[sheet.certificate].add(path)
        if offer.certificate:
            paths_by_key[offer.certificate].add(path)
        for der, last in offer.retired.items():
            source_last[der] = max(source_last.get(der, 0), last)

    # 1. keys the master retired: only for what it already holds
    for der, last in retired.items():
        for path, revision, sha in sheets_by_key.get(der, []):
            if revision > last or held.get(revision) != sha:
                refuse(
                    path,
                    f"judge {judge_id} revision {revision} is signed with a key the "
                    "secretariat retired (re-registered); it is not accepted",
                )
    live = {der: paths for der, paths in paths_by_key.items() if der not in retired}
    if not live:
        return out

    # 2. the keys this merge may accept
    if registered is None and not retired and len(live) == 1:
        out.register[judge_id] = next(iter(live))  # the judge's first key
        return out
    confirmed = [der for der in live if fingerprint(der) == accepted]
    new_key = confirmed[0] if confirmed else None
    if registered is not None and registered in live and new_key is None:
        unknown = {der: paths for der, paths in live.items() if der != registered}
    else:
        unknown = {der: paths for der, paths in live.items() if der != new_key}
    # a key that a returned master retired itself is history, once the new key is confirmed
    history = {
        der for der in unknown if new_key is not None and der in source_last and der != registered
    }
    if registered is not None and new_key is not None and registered in live:
        history.add(registered)
    for der, paths in unknown.items():
        if der in history:
            continue
        for path in paths:
            if registered is None and not retired:
                refuse(
                    path,
                    f"judge {judge_id} appears with {len(live)} different keys in these files; "
                    "none is registered until the secretariat confirms one with the judge",
                )
            else:
                refuse(
                    path,
                    f"judge {judge_id} signed with a key other than the registered one "
                    f"({fingerprint(der)}); if the judge really has a new key (lost laptop), "
                    "compare this fingerprint with the judge and accept it "
                    f"(judge-app merge --accept-key {judge_id}=FINGERPRINT)",
                )
            out.pending[path][judge_id] = fingerprint(der)
    if new_key is None:
        return out

    # 3. the confirmed key takes over after the last revision of every older key
    retiring = []
    if registered is not None and registered != new_key:
        last = max([r for r in held] + [source_last.get(registered, 0)], default=0)
        retiring.append((registered, last, "replaced by a key confirmed at merge"))
    for der in sorted(history - {registered}):
        retiring.append((der, source_last[der], "retired in a returned master"))
    base = max([last for _, last, _ in retiring] + list(retired.values()), default=0)
    declared = any(
        offer.certificate == new_key
        and {"pakta", "konflik"} <= {d.kind for d in offer.declarations}
        for _path, offer in offers
    )
    if not declared:
        for path in live[new_key]:
            refuse(
                path,
                f"judge {judge_id}'s new key comes without the declarations signed with it; "
                "the judge signs them again in the new package",
            )
        return out
    for old, last, _why in retiring:
        for path, revision, _sha in sheets_by_key.get(old, []):
            if revision > last:
                refuse(
                    path,
                    f"judge {judge_id} revision {revision} is signed with an older key after "
                    f"its last revision {last}",
                )
    for path, revision, _sha in sheets_by_key.get(new_key, []):
        if revision <= base:
            refuse(
                path,
                f"judge {judge_id} revision {revision} is signed with the new key, but "
                f"revisions up to {base} belong to the older key",
            )
    out.retire[judge_id] = [(der, fingerprint(der), last, why) for der, last, why in retiring]
    out.register[judge_id] = new_key
    return out
