"""Which keys may sign for a judge in one merge.

A master that has never seen a judge trusts the first key it is shown (with the judge's
declarations), and the key history a returned master brings with it; the secretariat
compares the fingerprint with the judge afterwards. Once a master knows a judge, a key
changes only when the secretariat confirms the new fingerprint with the judge (by phone,
from the judge's new declaration) and merges with it accepted: the old key is then
retired and counts only for the sheets the master already holds. A sheet signed with a
key that its own file calls retired, and that this master does not accept, is left out:
it never counts and never disputes anything. Anything else signed with an unknown key
refuses the file. A thief with a stolen package can make a key, but not the
secretariat's confirmation."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from judge_app.base.text import translate
from judge_app.integrity.keys import fingerprint
from judge_app.store.merging import Offer


def normalise_fingerprint(text: str) -> str:
    digits = "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


@dataclass
class KeyDecisions:
    refused: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    pending: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    # (path, revision, sha256) of sheets left out: signed with a key their file retired
    left_out: set[tuple[str, int, str]] = field(default_factory=set)
    # [(certificate, fingerprint, last revision, reason)] to retire in the master
    retire: list[tuple[bytes, str, int, str]] = field(default_factory=list)
    register: bytes | None = None  # the key this merge registers (with its declarations)
    retire_with_register: bool = False  # the retirement happens only with the registration


def _after_base(judge_id: str, signed: list[tuple[str, int, str]], base: int, refuse) -> None:
    """A new key signs only revisions after every older key's last one."""
    for path, revision, _sha in signed:
        if revision <= base:
            refuse(
                path,
                translate(
                    "key_policy",
                    "judge {judge} revision {revision} is signed with the new key, but "
                    "revisions up to {base} belong to the older key",
                ).format(judge=judge_id, revision=revision, base=base),
            )


def _declared(offers: list[tuple[str, Offer]], der: bytes) -> bool:
    return any(
        offer.certificate == der and {"pakta", "konflik"} <= {d.kind for d in offer.declarations}
        for _path, offer in offers
    )


def decide(
    judge_id: str,
    offers: list[tuple[str, Offer]],
    registered: bytes | None,
    retired: dict[bytes, int],
    held: dict[int, str],
    accepted: str | None,
) -> KeyDecisions:
    """`offers`: (path, offer) for this judge; `retired`: the master's retired keys and
    their last revision; `held`: revision -> sha256 the master holds; `accepted`: the
    fingerprint the secretariat confirmed for this judge, if any."""
    out = KeyDecisions()
    accepted = normalise_fingerprint(accepted) if accepted else None

    def refuse(path: str, reason: str) -> None:
        if reason not in out.refused[path]:
            out.refused[path].append(reason)

    sheets: dict[bytes, list[tuple[str, int, str]]] = defaultdict(list)
    paths: dict[bytes, set[str]] = defaultdict(set)
    claims: dict[bytes, set[int]] = defaultdict(set)  # key -> last revisions files claim
    claimed_by: dict[tuple[str, bytes], int] = {}  # (path, key) -> the last its file claims
    for path, offer in offers:
        for sheet in offer.sheets:
            sheets[sheet.certificate].append((path, sheet.revision, sheet.sha256))
            paths[sheet.certificate].add(path)
        if offer.certificate:
            paths[offer.certificate].add(path)
        for der, last in offer.retired.items():
            claims[der].add(last)
            claimed_by[(path, der)] = last
    confirmed = next((d for d in paths if accepted and fingerprint(d) == accepted), None)

    if registered is None and not retired and not held:
        return _first_sight(
            judge_id, out, refuse, sheets, paths, claims, claimed_by, confirmed, offers
        )

    # a master that knows the judge: registered, its own retired keys, a confirmed key
    for der, last in retired.items():
        for path, revision, sha in sheets.get(der, []):
            if revision > last or held.get(revision) != sha:
                refuse(
                    path,
                    translate(
                        "key_policy",
                        "judge {judge} revision {revision} is signed with a key the "
                        "secretariat retired (re-registered); it is not accepted",
                    ).format(judge=judge_id, revision=revision),
                )
    allowed = {registered, confirmed} | set(retired)
    for der in paths:
        if der in allowed:
            continue
        for path in paths[der]:
            own = [
                (revision, sha)
                for p, revision, sha in sheets.get(der, [])
                if p == path and revision <= claimed_by.get((path, der), -1)
            ]
            if len(own) == len([s for s in sheets.get(der, []) if s[0] == path]) and (
                (path, der) in claimed_by
            ):
                out.left_out |= {(path, revision, sha) for revision, sha in own}
                continue  # history its own file retired: left out, harmless
            refuse(
                path,
                translate(
                    "key_policy",
                    "judge {judge} signed with a key other than the registered one "
                    "({fingerprint}); if the judge really has a new key (lost laptop), "
                    "compare this fingerprint with the judge and accept it "
                    "(judge-app merge --accept-key {judge}=FINGERPRINT)",
                ).format(judge=judge_id, fingerprint=fingerprint(der)),
            )
            out.pending[path][judge_id] = fingerprint(der)
    if confirmed is None or confirmed == registered or confirmed in retired:
        return out
    if not _declared(offers, confirmed):
        for path in paths[confirmed]:
            refuse(
                path,
                translate(
                    "key_policy",
                    "judge {judge}'s new key comes without the declarations signed with it; "
                    "the judge signs them again in the new package",
                ).format(judge=judge_id),
            )
        return out
    base = max(list(held) + list(retired.values()), default=0)
    _after_base(judge_id, sheets.get(confirmed, []), base, refuse)
    if registered is not None:
        for path, revision, _sha in sheets.get(registered, []):
            if revision > base:
                refuse(
                    path,
                    translate(
                        "key_policy",
                        "judge {judge} revision {revision} is signed with the replaced key "
                        "after its last revision {base}",
                    ).format(judge=judge_id, revision=revision, base=base),
                )
        reason = "replaced by a key confirmed at merge"  # stored in the master: not translated
        out.retire.append((registered, fingerprint(registered), base, reason))
        out.retire_with_register = True
    out.register = confirmed
    return out


def _first_sight(judge_id, out, refuse, sheets, paths, claims, claimed_by, confirmed, offers):
    """Trust on first use, as for a judge's first declarations: one current key (or the
    one the secretariat confirmed), and the key history a returned master brings, but only
    from a file that also holds that current key: history from elsewhere is refused."""
    current = {d for d in paths if d not in claims}
    key = (
        confirmed if confirmed is not None else (next(iter(current)) if len(current) == 1 else None)
    )

    def refuse_key(der: bytes, reason: str, only: set[str] | None = None) -> None:
        for path in paths[der] if only is None else paths[der] & only:
            refuse(path, reason)
            out.pending[path][judge_id] = fingerprint(der)

    if key is None and len(current) > 1:
        for der in current:
            refuse_key(
                der,
                translate(
                    "key_policy",
                    "judge {judge} appears with {count} different keys in these files; "
                    "none is registered until the secretariat confirms one with the judge "
                    "(judge-app merge --accept-key {judge}=FINGERPRINT)",
                ).format(judge=judge_id, count=len(current)),
            )
        return out
    # history counts only from files that also hold the current key (or, with no current
    # key at all, from a master that retired its judge's key and waits for a new one)
    trusted: dict[bytes, set[int]] = defaultdict(set)
    for (path, der), last in claimed_by.items():
        if key is None or path in paths[key]:
            trusted[der].add(last)
        else:
            refuse_key(
                der,
                translate(
                    "key_policy",
                    "judge {judge}: this file tells a key history that the file holding the "
                    "current key does not confirm",
                ).format(judge=judge_id),
                {path},
            )
    for der in paths:
        if der != key and der not in trusted:
            refuse_key(
                der,
                translate(
                    "key_policy",
                    "judge {judge} signed with a key other than the current one "
                    "({fingerprint}); if it is the judge's, confirm it "
                    "(judge-app merge --accept-key {judge}=FINGERPRINT)",
                ).format(judge=judge_id, fingerprint=fingerprint(der)),
            )
    for der, lasts in trusted.items():
        if der == key:
            continue
        if len(lasts) > 1:
            refuse_key(
                der,
                translate(
                    "key_policy", "judge {judge}: these files disagree on a retired key's history"
                ).format(judge=judge_id),
            )
            return out
        last = next(iter(lasts))
        for path, revision, _sha in sheets.get(der, []):
            if revision > last:
                refuse(
                    path,
                    translate(
                        "key_policy",
                        "judge {judge} revision {revision} is signed with a retired key "
                        "after its last revision {last}",
                    ).format(judge=judge_id, revision=revision, last=last),
                )
        # the reason is stored in the master: not translated
        out.retire.append((der, fingerprint(der), last, "retired in a returned master"))
    base = max((last for _d, _f, last, _r in out.retire), default=0)
    if key is not None:
        _after_base(judge_id, sheets.get(key, []), base, refuse)
        if _declared(offers, key):
            out.register = key
        else:
            for path, _revision, _sha in sheets.get(key, []):
                refuse(
                    path,
                    translate(
                        "key_policy",
                        "judge {judge}'s key comes without the declarations signed with it",
                    ).format(judge=judge_id),
                )
    return out
