"""Channel-free conversation core of the bot (see ``core.Conversation``)."""
