"""The phone voting page: a small HTTP server inside Samskab (see ``server.py``)."""
