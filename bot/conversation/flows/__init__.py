"""The declared flows of the conversation, one module each; ``ALL`` lists their tables in reading order."""
