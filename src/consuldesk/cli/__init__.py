"""The `consuldesk` command line (Typer + Rich). Thin: commands call services."""
