"""The SDK's log: ``LIMNER_LOG=debug`` (or ``info``) prints one line per HTTP attempt to stderr.

Lines name the method, path, status, attempt and time taken, and the request id the server gave;
never the API key or bodies. Without ``LIMNER_LOG`` the ``limner_client`` logger is left alone, so
an application can configure it like any other.
"""

from __future__ import annotations

import logging
import os
import sys

LOGGER_NAME = "limner_client"
ENV = "LIMNER_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
_HANDLER_MARK = "_limner_client_handler"


def get_logger() -> logging.Logger:
    """The ``limner_client`` logger, set up from ``LIMNER_LOG`` the first time it is set."""
    logger = logging.getLogger(LOGGER_NAME)
    level = _LEVELS.get(os.environ.get(ENV, "").strip().lower())
    if level is not None:
        logger.setLevel(level)
        if not any(getattr(h, _HANDLER_MARK, False) for h in logger.handlers):
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("[limner_client %(levelname)s] %(message)s"))
            setattr(handler, _HANDLER_MARK, True)
            logger.addHandler(handler)
    return logger


__all__ = ["ENV", "LOGGER_NAME", "get_logger"]
