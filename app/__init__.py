"""The Samskab workshop core: model, operations, rules, storage and templates.

Pure Python and SQLAlchemy; it imports nothing from Qt, ``ui`` or ``exports`` so the
command line, the exporters and the tests can drive it without a screen.
"""
