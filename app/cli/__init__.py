"""app.cli: the `conflictmap` command line (typer). One module per group of verbs."""
