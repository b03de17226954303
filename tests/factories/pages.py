"""Page factories (wagtail-factories), building the tree below the home page."""

import datetime

import factory
import wagtail_factories

from casestudies.models import ArticleIndexPage, ArticlePage, CaseStudyIndexPage, CaseStudyPage
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

from .directory import RegionFactory


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Katalog Kursus"
    slug = factory.Sequence(lambda n: f"kursus-{n}")


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Kursus {n}")
    slug = factory.Sequence(lambda n: f"kursus-{n}")
    summary = "Ringkasan kursus."
    jp_hours = 8


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Modul {n}")
    slug = factory.Sequence(lambda n: f"modul-{n}")


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Pelajaran {n}")
    slug = factory.Sequence(lambda n: f"pelajaran-{n}")
    summary = "Ringkasan pelajaran."
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Isi pelajaran.</p>")]
    )


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CaseStudyIndexPage

    title = "Studi Kasus"
    slug = factory.Sequence(lambda n: f"studi-kasus-{n}")


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CaseStudyPage

    title = factory.Sequence(lambda n: f"Studi kasus {n}")
    slug = factory.Sequence(lambda n: f"studi-kasus-{n}")
    region = factory.SubFactory(RegionFactory)
    date = datetime.date(2021, 9, 24)
    summary = "Ringkasan studi kasus."
    problem = "<p>Masalahnya.</p>"
    approach = factory.LazyFunction(
        lambda: [("step", {"title": "Langkah pertama", "text": "<p>Detail.</p>"})]
    )


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticleIndexPage

    title = "Praktik Baik"
    slug = factory.Sequence(lambda n: f"praktik-baik-{n}")


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Artikel {n}")
    slug = factory.Sequence(lambda n: f"artikel-{n}")
    date = datetime.date(2022, 12, 5)
    summary = "Ringkasan artikel."
    source_name = "Laporan Bappeda"
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Isi artikel.</p>")])
