"""For the header's account menu: whether to offer "Courses I teach"."""

from django import template

from directory.roles import is_organiser, is_trainer

from ..selectors import trains_courses

register = template.Library()


@register.filter
def teaches_courses(user) -> bool:
    """
    The user trains at least one course. Asked of trainers and organisers only (their
    group names are read anyway for the menu), so a learner's page pays no query; a page
    that already asked (e.g. "My courses", for anyone) reuses the answer.
    """
    if not getattr(user, "is_authenticated", False):
        return False
    if hasattr(user, "_lintas_trains_courses") or is_trainer(user) or is_organiser(user):
        return trains_courses(user)
    return False
