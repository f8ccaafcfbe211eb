"""Input limits, in one place: every entry point (command line, conversation, checks) refuses the same sizes."""

from __future__ import annotations

#: Longest text analysed (a pasted message, a batch line): far above any real SMS or e-mail, low enough that
#: every check stays fast (the growth tests hold them near-linear up to this size).
MAX_TEXT_CHARS = 100_000
#: Longest answer read as a date or a call time: a date is a few words; beyond this it is something else.
MAX_DATE_CHARS = 200
