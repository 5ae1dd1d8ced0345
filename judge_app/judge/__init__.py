"""The judge's use cases around one PackageSession: the declarations, scoring from a score sheet,
finalising (signing the score sheet) and reopening, the recap and blank sheets, the judge's key,
and handing the package in (ARCHITECTURE §7)."""
