"""conflictmap: war reporting to a map people can trust."""

__version__ = "0.1.0"
