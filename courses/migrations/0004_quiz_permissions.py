"""
Trainers (Fasilitator) and organisers (Penyelenggara) write the pre- and post-tests in
the admin's "Quizzes" snippet: add, change, delete and view on courses.quiz. Same
`permission()` helper as directory/0003_roles (the Permission rows may not exist yet
while migrating, since post_migrate creates them only afterwards).
"""

from django.db import migrations

QUIZ_ROLES = ["Fasilitator", "Penyelenggara"]
ACTIONS = ["add", "change", "delete", "view"]


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
    for name in QUIZ_ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        for action in ACTIONS:
            group.permissions.add(permission(apps, "courses", "quiz", f"{action}_quiz"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    perms = Permission.objects.filter(content_type__app_label="courses",
                                      codename__in=[f"{a}_quiz" for a in ACTIONS])
    for group in Group.objects.filter(name__in=QUIZ_ROLES):
        group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_quiz"),
        ("directory", "0003_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
