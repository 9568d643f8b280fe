"""`python -m consuldesk` runs the command line."""

from consuldesk.cli.main import main

main()
