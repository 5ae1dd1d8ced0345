"""Pure domain: definitions, entries, judges and scoring rules. No Qt, no SQL, no I/O."""
