"""`python -m shopnurture` runs the command line (the GUI when no command is given)."""

from shopnurture.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
