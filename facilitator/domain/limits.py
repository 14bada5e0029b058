"""Documented limits, far above any real session, that keep hostile input from stalling the app.

A real session has a few hundred items and statements of a few sentences; these bounds are
there so that a broken or hostile file is refused with a message naming the limit instead of
eating memory or freezing the window. The session file's JSON Schema states the same numbers.
"""

#: Largest session file `import` reads (bytes).
MAX_FILE_BYTES = 20 * 1024 * 1024

#: Longest text in any one field (characters): a title, a statement, a note.
MAX_TEXT_CHARS = 20_000

#: Most items of all kinds in one session (participants, statements, goals, actions ...).
MAX_ITEMS_PER_SESSION = 10_000

#: Largest whole number in any field (a deal value, a count); SQLite stores 64-bit integers.
MAX_INTEGER = 2**63 - 1
