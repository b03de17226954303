"""Factories for directory snippets, with unique natural keys."""

import factory
from factory.django import DjangoModelFactory

from directory.models import Agency, Region, Regulation, Topic


class RegionFactory(DjangoModelFactory):
    class Meta:
        model = Region

    name = factory.Sequence(lambda n: f"Kabupaten Contoh {n}")
    slug = factory.Sequence(lambda n: f"kab-contoh-{n}")
    kind = Region.Kind.REGENCY
    code = factory.Sequence(lambda n: f"99.{n:02d}")
    timezone = "Asia/Makassar"


class AgencyFactory(DjangoModelFactory):
    class Meta:
        model = Agency

    region = factory.SubFactory(RegionFactory)
    acronym = factory.Sequence(lambda n: f"OPD{n}")
    name = factory.LazyAttribute(lambda o: f"Organisasi Perangkat Daerah {o.acronym}")


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topik {n}")
    slug = factory.Sequence(lambda n: f"topik-{n}")


class RegulationFactory(DjangoModelFactory):
    class Meta:
        model = Regulation

    kind = Regulation.Kind.PERMEN
    number = factory.Sequence(lambda n: str(n + 1))
    year = 2020
    short_name = factory.LazyAttribute(lambda o: f"Permen {o.number}/{o.year}")
    title = factory.LazyAttribute(lambda o: f"Peraturan contoh nomor {o.number}")
    issuer = "Menteri Contoh"
