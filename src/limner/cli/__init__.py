"""The ``limner`` command line."""
