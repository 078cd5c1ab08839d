"""Voting in the desktop app: the facilitator's panel and the results view."""
