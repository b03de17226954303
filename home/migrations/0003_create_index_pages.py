"""
The site's structure: the course catalogue, the case study index and the best-practice
article index under the home page. They exist from the first migration so that roles
(directory/0003_roles) can grant trainers their subtrees; seed_demo only adds content.
"""

from django.db import migrations

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
INDEXES = [
    ("courses", "courseindexpage", "kursus", "Katalog Kursus",
     "<p>Kursus yang disusun fasilitator dari daerah yang sudah berhasil.</p>"),
    ("casestudies", "casestudyindexpage", "studi-kasus", "Studi Kasus",
     "<p>Apa yang dilakukan daerah lain, langkah demi langkah, dan apa hasilnya.</p>"),
    ("casestudies", "articleindexpage", "praktik-baik", "Praktik Baik",
     "<p>Artikel praktik baik dari laporan dan pemberitaan, lengkap dengan sumbernya.</p>"),
]


def path_segment(number: int) -> str:
    """treebeard's materialised-path step for the n-th child (base 36, 4 wide)."""
    digits = ""
    while True:
        number, rest = divmod(number, 36)
        digits = ALPHABET[rest] + digits
        if number == 0:
            return digits.zfill(4)


def create_index_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    home = apps.get_model("home.HomePage").objects.first()
    if home is None:
        return
    for app_label, model_name, slug, title, intro in INDEXES:
        if Page.objects.filter(depth=home.depth + 1, path__startswith=home.path,
                               slug=slug).exists():
            continue
        last = Page.objects.filter(depth=home.depth + 1, path__startswith=home.path
                                   ).order_by("-path").first()
        number = int(last.path[-4:], 36) + 1 if last else 1
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label,
                                                            model=model_name)
        apps.get_model(app_label, model_name).objects.create(
            title=title, draft_title=title, slug=slug, content_type=content_type,
            path=home.path + path_segment(number), depth=home.depth + 1, numchild=0,
            url_path=f"{home.url_path}{slug}/", locale_id=home.locale_id,
            show_in_menus=True, live=True, intro=intro,
        )
        home.numchild += 1
    Page.objects.filter(pk=home.pk).update(numchild=home.numchild)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_homepage"),
        ("courses", "0001_initial"),
        ("casestudies", "0002_initial"),
    ]

    operations = [migrations.RunPython(create_index_pages, migrations.RunPython.noop)]
