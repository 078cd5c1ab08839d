"""The phone session at the desk (issue 13), mirroring :mod:`app.phones`: the writing
controls ("Åbn for idéer fra telefoner", board or inbox, some table groups) and the
inbox of ideas from phones (accept, merge into an idea, hide).

The phone server and its "open to phones" toggle and QR code are ``phone`` and the
desk's server lifecycle, elsewhere; this package only reads the core and runs its
operations through the window's controller. Ideas that phones send arrive through the
controller's ``changes_did_happen`` (the server's thread reaches it by a queued
signal), so the inbox follows them live.
"""
