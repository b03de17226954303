"""Request language: Indonesian for everyone until they choose otherwise."""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


class ChosenLanguageMiddleware:
    """
    Activate the language the user chose with the language switcher (Django's language
    cookie, set by the `set_language` view), else Indonesian. Unlike Django's
    LocaleMiddleware it ignores the browser's Accept-Language: many ASN use phones and
    browsers set to English, and Lintas speaks Indonesian unless asked not to.
    Wagtail admin users can still pick a language in their account settings.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.languages else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", language)
        return response
