"""
The four roles of Lintas, as Django/Wagtail groups (created by the data migration
directory/0003_roles), and what a user's role is.

| group (UI name)          | may                                                          |
| Peserta (participant)    | see and edit their own profile                               |
| Koordinator              | see and manage the delegations and people of their region    |
| Fasilitator (trainer)    | edit courses, lessons, case studies and articles in the admin |
|                          | and submit them for review; never publish                    |
| Penyelenggara (organiser)| review and publish; manage delegations and people everywhere |
| superuser                | everything                                                   |
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

PARTICIPANT = "Peserta"
COORDINATOR = "Koordinator"
TRAINER = "Fasilitator"
ORGANISER = "Penyelenggara"
ALL_GROUPS = [PARTICIPANT, COORDINATOR, TRAINER, ORGANISER]


def group_names(user: AbstractBaseUser | AnonymousUser) -> set[str]:
    """The user's group names, read once per user object."""
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_lintas_groups"):
        load_roles_and_permissions(user)
    return user._lintas_groups


def load_roles_and_permissions(user) -> None:
    """
    Read the user's group names and model permissions in ONE query (a UNION) and cache
    them on the user object: `_lintas_groups` here, and the caches Django's ModelBackend
    reads (`_user_perm_cache`, `_group_perm_cache`, `_perm_cache`), so that every
    signed-in page pays one query for the menu's role check and the Wagtail userbar's
    permission check together. Superusers and inactive users get their group names
    only; ModelBackend treats their permissions itself.
    """
    from django.contrib.auth.models import Group, Permission
    from django.db.models import CharField, F, Value

    def rows(queryset, kind, first, second):
        return queryset.order_by().annotate(
            _kind=Value(kind, output_field=CharField()), _a=F(first),
            _b=(Value("", output_field=CharField()) if second is None else F(second)),
        ).values_list("_kind", "_a", "_b")

    queryset = rows(Group.objects.filter(user=user), "g", "name", None)
    with_permissions = user.is_active and not user.is_superuser
    if with_permissions:
        queryset = queryset.union(
            rows(Permission.objects.filter(user=user), "u", "content_type__app_label",
                 "codename"),
            rows(Permission.objects.filter(group__user=user), "p",
                 "content_type__app_label", "codename"),
            all=True,
        )
    found: dict[str, set[str]] = {"g": set(), "u": set(), "p": set()}
    for kind, first, second in queryset:
        found[kind].add(first if kind == "g" else f"{first}.{second}")
    user._lintas_groups = found["g"]
    if with_permissions:
        user._user_perm_cache = found["u"]
        user._group_perm_cache = found["p"]
        user._perm_cache = found["u"] | found["p"]


def is_organiser(user) -> bool:
    return user.is_authenticated and (user.is_superuser or ORGANISER in group_names(user))


def is_coordinator(user) -> bool:
    return COORDINATOR in group_names(user)


def is_trainer(user) -> bool:
    return TRAINER in group_names(user)
