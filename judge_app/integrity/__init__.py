"""Keys, signatures, canonical payloads and the audit chain."""
