"""Sign in with a username, a NIP or an email address."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from .roles import load_roles_and_permissions
from .validators import normalise_nip


class UsernameOrEmailBackend(ModelBackend):
    """
    ModelBackend that also accepts the account's email address, or the NIP on its
    participant profile, as the username (a person who signed up with an email and added
    a NIP later signs in with either).
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        User = get_user_model()
        login = (username or "").strip()
        if "@" in login:
            users = list(User.objects.filter(email__iexact=login)[:2])
        elif re.fullmatch(r"\d{18}", normalise_nip(login)):
            users = list(User.objects.filter(participant__nip=normalise_nip(login))[:2])
        else:
            users = None
        if users is not None:
            if len(users) != 1:
                User().set_password(password)  # same time as a real check, then refuse
                return None
            login = users[0].get_username()
        return super().authenticate(request, username=login, password=password, **kwargs)

    def get_all_permissions(self, user_obj, obj=None):
        """Read together with the group names, in one query (roles.load_roles_and_...)."""
        if (obj is None and user_obj.is_active and not user_obj.is_anonymous
                and not user_obj.is_superuser and not hasattr(user_obj, "_perm_cache")):
            load_roles_and_permissions(user_obj)
        return super().get_all_permissions(user_obj, obj)
