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
        user._lintas_groups = set(user.groups.values_list("name", flat=True))
    return user._lintas_groups


def is_organiser(user) -> bool:
    return user.is_authenticated and (user.is_superuser or ORGANISER in group_names(user))


def is_coordinator(user) -> bool:
    return COORDINATOR in group_names(user)


def is_trainer(user) -> bool:
    return TRAINER in group_names(user)
