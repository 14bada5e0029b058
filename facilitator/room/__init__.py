"""The participant server: phones on the local network join a session through it (issue 10).

The only package allowed to use the network. It reads the public projection and writes through
the session service; nothing in it imports Qt, so the cockpit and the CLI both run it.
"""

from facilitator.room.server import RoomError, RoomServer
from facilitator.room.state import Activity, Limits

__all__ = ["Activity", "Limits", "RoomError", "RoomServer"]
