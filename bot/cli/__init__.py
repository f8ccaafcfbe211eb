"""Command line: one module a sub-command, each exposing ``register(subparsers)``."""
