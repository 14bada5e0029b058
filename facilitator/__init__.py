"""Facilitator: run a fair Sales-vs-Product session and leave with shared agreements."""

__version__ = "0.1.0"
