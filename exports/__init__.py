"""Handouts, role cards, files and the shared database: pure Python, no Qt."""
