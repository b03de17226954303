"""
Template helpers for pages about people: who may manage people (for the header's
account menu), a NIP in its readable groups, and the one way a form field and a form's
error summary are drawn (visible label, help and errors tied to the input by
aria-describedby, a summary with role="alert" linking to each field).
"""

from django import template
from django.forms import BoundField, Form
from django.template import engines
from django.utils.html import format_html
from django.utils.translation import gettext as _

from directory import access
from directory.validators import normalise_nip

register = template.Library()

# Strings are translated in Python (below), where makemessages finds them.
FIELD_TEMPLATE = """
<div class="field{% if field.errors %} field--error{% endif %}" id="{{ field.auto_id }}_field">
    <label class="field__label" for="{{ field.id_for_label }}">
        {{ field.label }}
        {% if not field.field.required %}
            <span class="field__optional">{{ optional }}</span>
        {% endif %}
    </label>
    {% if field.help_text %}
        <div class="field__help" id="{{ field.auto_id }}_helptext">{{ field.help_text|safe }}</div>
    {% endif %}
    {% if field.errors %}
        <ul class="field__errors" id="{{ field.auto_id }}_errors">
            {% for error in field.errors %}<li>{{ error }}</li>{% endfor %}
        </ul>
    {% endif %}
    {{ widget }}
</div>"""

SUMMARY_TEMPLATE = """{% if form.errors %}
<div class="form-errors" role="alert" tabindex="-1" id="{{ form.prefix|default:'form' }}-errors">
    <h2 class="form-errors__title">{{ title }}</h2>
    <ul class="form-errors__list">
        {% for error in form.non_field_errors %}<li>{{ error }}</li>{% endfor %}
        {% for field in form.visible_fields %}{% for error in field.errors %}
            <li><a href="#{{ field.id_for_label }}">{{ field.label }}: {{ error }}</a></li>
        {% endfor %}{% endfor %}
    </ul>
</div>
{% endif %}"""

_compiled: dict[str, template.Template] = {}


def _template(source: str):
    if source not in _compiled:
        _compiled[source] = engines["django"].from_string(source)
    return _compiled[source]


@register.filter
def can_manage_people(user) -> bool:
    """Organisers, and coordinators bound to a region; read once per user object."""
    if not getattr(user, "is_authenticated", False):
        return False
    if not hasattr(user, "_lintas_can_manage_people"):
        user._lintas_can_manage_people = access.can_manage_people(user)
    return user._lintas_can_manage_people


@register.filter
def nip(value: str) -> str:
    """19850312 201001 1 004: birth date, appointment month, sex, sequence."""
    digits = normalise_nip(value)
    if len(digits) != 18:
        return value or ""
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


@register.filter
def breakable_email(email: str) -> str:
    """An email that may wrap before its "@" on narrow screens, and nowhere else."""
    local, at, domain = (email or "").partition("@")
    return format_html("{}<wbr>@{}", local, domain) if at else email or ""


@register.filter
def initials(name: str) -> str:
    """Up to two initials for an avatar: "Andi Pratama" -> "AP"."""
    words = [word for word in (name or "").replace(".", " ").split() if word[:1].isalpha()]
    return "".join(word[0] for word in words[:2]).upper() or "?"


@register.simple_tag
def form_field(field: BoundField):
    """A field with its label, help text and errors, the input described by both."""
    described = [f"{field.auto_id}_helptext"] if field.help_text else []
    if field.errors:
        described.append(f"{field.auto_id}_errors")
    attrs = {"aria-describedby": " ".join(described)} if described else {}
    widget = field.as_widget(attrs=attrs)
    return _template(FIELD_TEMPLATE).render(
        {"field": field, "widget": widget, "optional": _("(optional)")})


@register.simple_tag
def form_errors(form: Form):
    """The summary at the top of a form that was sent back with errors."""
    return _template(SUMMARY_TEMPLATE).render(
        {"form": form, "title": _("Please check the form")})
