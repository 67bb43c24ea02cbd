"""Start the shopnurture desktop app (the same as `shopnurture gui`)."""

import sys

from shopnurture.cli import main

if __name__ == "__main__":
    sys.exit(main(["gui", *sys.argv[1:]]))
