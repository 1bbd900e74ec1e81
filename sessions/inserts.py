"""One INSERT, committed by itself where nothing encloses it."""

from django.db import models, transaction


def row_insert(row: models.Model) -> None:
    """Insert ``row``. Outside a transaction it commits by itself (one round trip,
    not BEGIN/INSERT/COMMIT); inside one, a savepoint keeps an IntegrityError (a
    duplicate the caller expects) from breaking the enclosing transaction."""
    if transaction.get_connection().in_atomic_block:
        with transaction.atomic():
            row.save(force_insert=True)
    else:
        row.save(force_insert=True)
