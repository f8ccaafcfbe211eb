"""Pure, deterministic analysers: no I/O, no Telegram. Each returns a pydantic model with its findings."""
