"""Secretariat merge (DESIGN §6): plan read-only, then apply in one transaction."""
