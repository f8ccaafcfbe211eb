"""Entry point of the ``verif-recouvrement`` console script.

Sub-commands are discovered: every module of this package that defines ``register(subparsers)`` adds one,
and sets ``func`` (taking the parsed arguments, returning the exit code) as its default.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

import bot.cli as cli_package


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="verif-recouvrement",
        description="Vérifier un contact de recouvrement (numéro, lien, message) et connaître ses droits.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for info in sorted(pkgutil.iter_modules(cli_package.__path__), key=lambda m: m.name):
        if info.name in {"main"} or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{cli_package.__name__}.{info.name}")
        register = getattr(module, "register", None)
        if callable(register):
            register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        code: int = func(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``… | head``): not an error of ours. Silence the final flush at exit, as the
        # Python documentation recommends, instead of printing a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return code


if __name__ == "__main__":
    raise SystemExit(main())
