"""
Keeping the search index current: each change is indexed after its transaction commits
(so a page's topics, saved after the page row, are there), in the database index and,
when configured, in Elasticsearch.

- a page published -> indexed; unpublished, deleted or moved under a restriction -> removed
  (re-indexing a page that is no longer live and public removes it);
- a regulation or programme saved -> indexed (an unpublished programme is removed);
  deleted -> removed;
- a topic, region or regulation renamed, or a synonym group edited -> cached labels and
  synonyms forgotten (synonym edits also rebuild the index; search.synonym_signals).
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from directory.models import Region, Regulation, Topic
from training.models import Programme

from . import indexer, service


def _later(function, obj) -> None:
    transaction.on_commit(lambda: function(obj))


@receiver(page_published)
def page_was_published(sender, instance, **kwargs):
    _later(indexer.index_object, instance)


@receiver(page_unpublished)
def page_was_unpublished(sender, instance, **kwargs):
    _later(indexer.remove_object, instance)


@receiver(post_delete)
def object_was_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page | Regulation | Programme):
        _later(indexer.remove_object, instance)


@receiver(post_save, sender=Regulation)
@receiver(post_save, sender=Programme)
def record_was_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _later(indexer.index_object, instance)


@receiver(post_save, sender=Topic)
@receiver(post_save, sender=Region)
@receiver(post_save, sender=Regulation)
@receiver(post_delete, sender=Topic)
def labels_changed(sender, **kwargs):
    service.forget_cached()
