"""`python -m polemos.cli`: the same as the `polemos` command."""

from polemos.cli import main

main()
