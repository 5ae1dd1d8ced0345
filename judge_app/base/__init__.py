"""Plumbing every layer may use: paths, bundled resources, the user's language and the message
catalogue, errors, progress reporting, files written whole, the one-writer lock. Imports nothing
else of judge-app (ARCHITECTURE §2)."""
