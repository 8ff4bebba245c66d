"""Importers for the chat exports people actually have, chosen by what the file looks like.

Each importer module registers one ``Importer``; ``read_conversations`` asks every importer
how sure it is that a file is its format (paperless-ngx's parsers) and uses the surest one,
or the one named with ``--format``. A failed lookup lists what exists.
"""

from __future__ import annotations

from signaal.core.conversations.importers.base import (
    Importer,
    Source,
    available,
    read_conversations,
    register,
)

__all__ = ["Importer", "Source", "available", "read_conversations", "register"]
