"""The conversation, its adapters (Telegram, terminal, command line), the store and the settings."""
