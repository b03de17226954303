"""
Organisers (Penyelenggara) look after study visits in the admin's "Study visits" menu:
view, add and change on visit requests, mentoring, follow-up actions and outcome
indicators (requests are never added or deleted there: visits/wagtail_hooks.py refuses
it, the lifecycle files and moves them). Same `permission()` helper as
directory/0003_roles (the Permission rows may not exist yet while migrating, since
post_migrate creates them only afterwards).
"""

from django.db import migrations

ORGANISER = "Penyelenggara"
ACTIONS = ["add", "change", "view"]
MODELS = ["visitrequest", "mentorship", "followupaction", "outcomeindicator"]


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
    for model in MODELS:
        for action in ACTIONS:
            group.permissions.add(permission(apps, "visits", model, f"{action}_{model}"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    perms = Permission.objects.filter(
        content_type__app_label="visits",
        codename__in=[f"{action}_{model}" for model in MODELS for action in ACTIONS])
    for group in Group.objects.filter(name=ORGANISER):
        group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("visits", "0003_visit_lifecycle"),
        ("directory", "0003_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
