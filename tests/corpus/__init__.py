"""Labelled corpus of messages for message analysis (see messages.toml and report.py)."""
