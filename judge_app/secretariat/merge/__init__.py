"""Secretariat merge (ARCHITECTURE §6): plan read-only, then apply in one transaction."""
