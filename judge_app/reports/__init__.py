"""Printed documents: plain data first, then reportlab rendering (A4, embedded fonts)."""
