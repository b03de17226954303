"""
Organisers (Penyelenggara) look after search in the admin's "Search" menu: the synonym
groups (add, change, delete and view on search.synonymgroup) and Wagtail's promoted
search results (the same on wagtailsearchpromotions.searchpromotion). Same
`permission()` helper as directory/0003_roles (the Permission rows may not exist yet
while migrating, since post_migrate creates them only afterwards).
"""

from django.db import migrations

ORGANISER = "Penyelenggara"
ACTIONS = ["add", "change", "delete", "view"]
MODELS = [("search", "synonymgroup"), ("wagtailsearchpromotions", "searchpromotion")]


def permission(apps, app_label: str, model: str, codename: str):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    action = codename.split("_", 1)[0]
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename,
        defaults={"name": f"Can {action} {model}"},
    )
    return perm


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    group, _ = Group.objects.get_or_create(name=ORGANISER)
    for app_label, model in MODELS:
        for action in ACTIONS:
            group.permissions.add(permission(apps, app_label, model, f"{action}_{model}"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for app_label, model in MODELS:
        perms = Permission.objects.filter(content_type__app_label=app_label,
                                          codename__in=[f"{a}_{model}" for a in ACTIONS])
        for group in Group.objects.filter(name=ORGANISER):
            group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("directory", "0003_roles"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
