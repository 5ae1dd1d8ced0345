"""The core's phase names ("checking FILE", "writing the merge") in the user's language,
for the window's progress dialogs and the terminal's bar alike. The core reports plain
English keys; only this table turns them into words."""

from __future__ import annotations

from judge_app.base.text import translate


def describe(what: str) -> str:
    prefixes = {  # the longest first: "checking the material of X" is not "checking X"
        "checking the material of ": translate("Task", "Checking the material of %1"),
        "checking ": translate("Task", "Checking %1"),
        "writing the package of ": translate("Task", "Writing the package of judge %1"),
        "writing the scores of judge ": translate("Task", "Writing the scores of judge %1"),
    }
    for prefix, text in prefixes.items():
        if what.startswith(prefix):
            return text.replace("%1", what.removeprefix(prefix))
    if what.startswith("reading ") and what != "reading the signed scores":
        return translate("Task", "Reading %1").replace("%1", what.removeprefix("reading "))
    words = {
        "backing up the master": translate("Task", "Backing up the master"),
        "writing the merge": translate("Task", "Writing the merge"),
        "reading the signed scores": translate("Task", "Reading the signed scores"),
        "computing the results": translate("Task", "Computing the results"),
        "writing the entries": translate("Task", "Writing the entries"),
        "storing the material": translate("Task", "Storing the material"),
        "writing the file": translate("Task", "Writing the file"),
        "writing the workbook": translate("Task", "Writing the workbook"),
        "laying out and signing the PDF": translate("Task", "Laying out and signing the PDF"),
        "laying out the recap": translate("Task", "Laying out the recap"),
        "signing the recap": translate("Task", "Signing the recap"),
        "locking the signed scores": translate("Task", "Locking the signed scores"),
        "planning the assignment": translate("Task", "Planning the assignment"),
        "writing the assignment": translate("Task", "Writing the assignment"),
        "done": translate("Task", "Done"),
    }
    return words.get(what, what)
