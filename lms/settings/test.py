"""Test settings: fast hashing, in-memory cache, plain static storage."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key-lintas-0123456789-abcdefghijklmnopqrstuvwxyz"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
STORAGES["private"]["OPTIONS"]["location"] = str(MEDIA_ROOT / "private")  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Static files come from the app folders through the finders; nothing is collected.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# The suite searches the database backend; tests/search/test_elastic_integration.py
# switches Elasticsearch on for itself when ELASTICSEARCH_URL points at a server.
ELASTICSEARCH_URL = ""
