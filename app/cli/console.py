"""app.cli.console: where the CLI's rich tables go.

A terminal gets tables that fit its width (rich wraps the long "why" column); a pipe or a file gets
full-width lines, so `grep` and `less -S` see each row whole."""

from __future__ import annotations

import sys

_PIPE_WIDTH = 200


def table_console():
    from rich.console import Console

    return Console() if sys.stdout.isatty() else Console(width=_PIPE_WIDTH)
