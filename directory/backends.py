"""Sign in with a username (or NIP) or an email address."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class UsernameOrEmailBackend(ModelBackend):
    """ModelBackend that also accepts the account's email address as the username."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username and "@" in username:
            users = get_user_model().objects.filter(email__iexact=username.strip())
            if len(users) != 1:
                # Unknown or ambiguous email: run the hasher anyway (timing) and refuse.
                get_user_model()().set_password(password)
                return None
            username = users[0].get_username()
        return super().authenticate(request, username=username, password=password, **kwargs)
