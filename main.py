"""Start the shopnurture desktop app; also the entry point of the installed bundle.

With no arguments, or with options meant for the window (`--smoke-test`), it runs
`shopnurture gui`. A command name (`shopnurture import …`) or a global option
(`--version`, `--help`, `--db PATH`, `--now`) goes to the command line unchanged.
"""

import multiprocessing
import sys

from shopnurture.cli import main

# The options of the top-level parser in shopnurture/cli.py.
GLOBAL_OPTIONS = ("--version", "--help", "-h", "--db", "--now")


def cli_arguments(arguments: list[str]) -> list[str]:
    """The arguments for `shopnurture.cli.main`: the GUI unless a command or global option leads."""
    if arguments:
        first = arguments[0]
        if not first.startswith("-") or first.split("=", 1)[0] in GLOBAL_OPTIONS:
            return arguments
    return ["gui", *arguments]


if __name__ == "__main__":
    # A big import cleans rows in a helper process (services/importing/clean_worker.py); in
    # the bundle, that process is this executable, and this call turns it into the helper.
    multiprocessing.freeze_support()
    sys.exit(main(cli_arguments(sys.argv[1:])))
