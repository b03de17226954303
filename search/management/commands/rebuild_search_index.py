"""Rebuild the search index from the published content: the database's, and
Elasticsearch's when ELASTICSEARCH_URL is set."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from search import indexer, service


class Command(BaseCommand):
    help = _("Rebuild the search index (database, and Elasticsearch when configured).")

    def handle(self, *args, **options):
        from search import elastic

        try:
            result = indexer.rebuild(strict=True)
        except elastic.Unavailable as error:
            raise CommandError(
                _("The database index was rebuilt, but Elasticsearch was not: %(error)s")
                % {"error": error}
            ) from error
        service.forget_cached()
        self.stdout.write(json.dumps(result))
