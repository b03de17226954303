"""
The roles of Lintas as groups (see directory/roles.py), with the Wagtail page,
collection and model permissions that make the admin show each role only what it may
touch, and the moderation workflow: trainers submit, organisers approve and publish.
"""

from django.db import migrations

PAGE_PERMISSIONS = {
    "Fasilitator": ["add_page", "change_page"],
    "Penyelenggara": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page",
                      "bulk_delete_page"],
}
COLLECTION_PERMISSIONS = {
    "Fasilitator": ["add", "change", "choose"],
    "Penyelenggara": ["add", "change", "delete", "choose"],
}
ORGANISER_MODELS = [
    ("directory", "region"), ("directory", "agency"), ("directory", "topic"),
    ("directory", "regulation"), ("directory", "participant"), ("visits", "delegation"),
    ("auth", "user"),
]
TRAINER_INDEX_SLUGS = ["kursus", "studi-kasus", "praktik-baik"]


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


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    groups = {name: Group.objects.get_or_create(name=name)[0]
              for name in ["Peserta", "Koordinator", "Fasilitator", "Penyelenggara"]}
    admin_access = permission(apps, "wagtailadmin", "admin", "access_admin")
    for name in ["Fasilitator", "Penyelenggara"]:
        groups[name].permissions.add(admin_access)

    home = Page.objects.filter(depth=2).order_by("path").first()
    trainer_pages = Page.objects.filter(depth=3, slug__in=TRAINER_INDEX_SLUGS)
    for name, codenames in PAGE_PERMISSIONS.items():
        pages = trainer_pages if name == "Fasilitator" else [home]
        for page in pages:
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=groups[name], page=page,
                    permission=permission(apps, "wagtailcore", "page", codename),
                )

    root_collection = Collection.objects.filter(depth=1).first()
    for name, actions in COLLECTION_PERMISSIONS.items():
        for action in actions:
            for app_label, model in [("wagtailimages", "image"), ("wagtaildocs", "document")]:
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[name], collection=root_collection,
                    permission=permission(apps, app_label, model, f"{action}_{model}"),
                )

    for app_label, model in ORGANISER_MODELS:
        for action in ["add", "change", "delete", "view"]:
            groups["Penyelenggara"].permissions.add(
                permission(apps, app_label, model, f"{action}_{model}")
            )

    # Wagtail's default workflow ("Moderators approval" on the root page) now asks the
    # organisers; Wagtail's default Editors and Moderators groups are not Lintas roles.
    apps.get_model("wagtailcore.Workflow").objects.filter(name="Moderators approval").update(
        name="Tinjauan Penyelenggara"
    )
    for task in GroupApprovalTask.objects.all():
        task.name = "Tinjauan Penyelenggara"
        task.save(update_fields=["name"])
        task.groups.set([groups["Penyelenggara"]])
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0002_participant"),
        ("visits", "0001_initial"),
        ("home", "0003_create_index_pages"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
