"""
A synonym group changes what every document is indexed under (search.analysis adds
the group's token wherever one of its variants occurs), so saving or deleting one
forgets the service's cached synonyms and rebuilds the whole index, once the change is
committed, so that the new synonym works at the next search, whether the group was
edited in the admin, a shell or a migration.

Several changes in one transaction (the demo loader's thirty groups, a bulk delete)
rebuild once: the rebuild is queued on the transaction only if it is not queued yet.
`rebuild_deferred()` turns the automatic rebuild off for a block whose caller calls
`rebuild_now()` itself at the end (lms.demo.data.search.seed_search).

Connected when this module is imported: search.apps.SearchConfig.ready() imports it.
"""

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import SynonymGroup

logger = logging.getLogger(__name__)
_state = threading.local()


@contextmanager
def rebuild_deferred() -> Iterator[None]:
    """Synonym changes inside this block queue no rebuild (the caller rebuilds)."""
    previous = getattr(_state, "deferred", False)
    _state.deferred = True
    try:
        yield
    finally:
        _state.deferred = previous


def rebuild_now() -> None:
    """Forget the cached synonyms and rebuild every index with the current groups."""
    from .indexer import rebuild
    from .service import forget_cached

    forget_cached()  # the compiled synonyms the search parses queries with
    result = rebuild()
    logger.info("Search index rebuilt after a synonym change: %s", result)


PENDING = "lintas_pending_synonym_rebuild"  # marks a queued, not yet run, rebuild


def _rebuild_queued(using: str) -> bool:
    connection = transaction.get_connection(using)
    return any(getattr(entry[1], PENDING, False) for entry in connection.run_on_commit)


def queue_rebuild(using: str = DEFAULT_DB_ALIAS) -> None:
    """Rebuild the index when the current transaction commits (at once outside one)."""
    if getattr(_state, "deferred", False) or _rebuild_queued(using):
        return

    def run() -> None:
        setattr(run, PENDING, False)
        rebuild_now()

    setattr(run, PENDING, True)
    transaction.on_commit(run, using=using)


@receiver(post_save, sender=SynonymGroup, dispatch_uid="search_synonym_saved")
@receiver(post_delete, sender=SynonymGroup, dispatch_uid="search_synonym_deleted")
def synonyms_changed(sender, instance, using=DEFAULT_DB_ALIAS, raw=False, **kwargs) -> None:
    if raw:  # loaddata: the index is rebuilt by the command, not per fixture row
        return
    queue_rebuild(using)
