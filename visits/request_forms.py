"""
Forms of the visit request pages: the request itself, one small form per move (the
buttons on a request's page), and a session of the agenda.

They check what a person typed (required fields, dates in order); the rules that
need the database or the access rule, and the letter's content, are the services'
(visits.lifecycle): `show_refusal` puts a service's refusal next to the field it is
about. Each move form gives the service its arguments through `move_data()`.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from directory.access import delegations_visible_to
from directory.models import Region, Topic
from lms.forms import DateInput, TimeInput, add_domain_error
from lms.uploads import MAX_UPLOAD_BYTES

# Which field a service's refusal is about: the first of these the form has.
ERROR_FIELDS = {
    "same_region": ["host_region"], "dates_order": ["proposed_end", "alternative_end"],
    "dates_required": ["alternative_start"], "delegation_size": ["delegation_size"],
    "upload_empty": ["letter"], "upload_too_large": ["letter"], "upload_type": ["letter"],
    "delegation_other_region": ["delegation"], "delegation_forbidden": ["delegation"],
    "reason_required": ["note"], "not_yet_held": ["held_on"],
    "session_order": ["ends"], "session_place": ["venue"],
    "programme_unsuitable": ["courses"],
}


def show_refusal(form: forms.Form, error) -> None:
    """A lifecycle service's refusal, next to its field (lms.forms)."""
    add_domain_error(form, error, ERROR_FIELDS)


class VisitRequestForm(forms.Form):
    """
    The request letter's facts. A coordinator files for their own region (the field is
    left out and the view passes the region); an organiser chooses it. The host region
    cannot be the requesting region; the delegation is one the requesting region sends.
    """

    title = forms.CharField(
        label=_("Title"), max_length=200,
        help_text=_("E.g. Study visit on SIPD to Kota Baubau."))
    requesting_region = forms.ModelChoiceField(
        Region.objects.none(), label=_("Requesting region"),
        empty_label=_("— choose a region —"))
    host_region = forms.ModelChoiceField(
        Region.objects.none(), label=_("Host region"),
        empty_label=_("— choose a region —"),
        help_text=_("The region whose practice you want to learn from."))
    topics = forms.ModelMultipleChoiceField(
        Topic.objects.none(), label=_("Topics"), widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one topic.")})
    learning_goal = forms.CharField(
        label=_("What you want to learn"), widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("The problem in your own words: what does not work yet, what you want "
                    "to see and who you want to meet."))
    proposed_start = forms.DateField(label=_("First day"), widget=DateInput())
    proposed_end = forms.DateField(label=_("Last day"), widget=DateInput())
    delegation_size = forms.IntegerField(
        label=_("Number of people"), min_value=1, max_value=500,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}))
    delegation = forms.ModelChoiceField(
        None, label=_("Registered delegation"), required=False,
        empty_label=_("— not registered yet —"),
        help_text=_("The delegation whose members travel, if it is already registered."))
    letter = forms.FileField(
        label=_("Request letter (PDF)"),
        help_text=_("The signed letter, as a PDF of at most %(size)d MB. Its content is "
                    "checked, not its name.") % {"size": MAX_UPLOAD_BYTES // 1024 // 1024},
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}))
    letter_number = forms.CharField(label=_("Letter number"), max_length=100, required=False,
                                    help_text=_("E.g. 005/123/BAPPEDA/IX/2021."))
    contact_name = forms.CharField(label=_("Contact person"), max_length=150)
    contact_phone = forms.CharField(
        label=_("Contact phone"), max_length=30, required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}))
    contact_email = forms.EmailField(
        label=_("Contact email"), required=False,
        help_text=_("This address also receives the host's answers."))

    def __init__(self, *args, user, region=None, **kwargs):
        """`region`: the coordinator's own region (then fixed); None for an organiser."""
        super().__init__(*args, **kwargs)
        self.region = region
        regions = Region.objects.order_by("name")
        self.fields["topics"].queryset = Topic.objects.order_by("name")
        self.fields["host_region"].queryset = (
            regions.exclude(pk=region.pk) if region else regions)
        delegations = (delegations_visible_to(user).select_related("home_region")
                       .order_by("-start_date", "name"))
        if region is not None:
            del self.fields["requesting_region"]
            delegations = delegations.filter(home_region=region)
        else:
            self.fields["requesting_region"].queryset = regions
        self.fields["delegation"].queryset = delegations

    def clean_proposed_start(self):
        start = self.cleaned_data["proposed_start"]
        if start < timezone.localdate():
            raise ValidationError(_("The visit is planned for a day to come."),
                                  code="date_past")
        return start

    def clean(self):
        data = super().clean()
        start, end = data.get("proposed_start"), data.get("proposed_end")
        if start and end and end < start:
            self.add_error("proposed_end", ValidationError(
                _("The end date cannot be before the start date."), code="dates_order"))
        requester = self.region or data.get("requesting_region")
        if requester and data.get("host_region") == requester:
            self.add_error("host_region", ValidationError(
                _("A region visits another region."), code="same_region"))
        return data

    def submit_data(self) -> dict:
        """The arguments of visits.lifecycle.visit_request_submit."""
        data = dict(self.cleaned_data)
        data["requesting_region"] = self.region or data["requesting_region"]
        return data


# One form per move. Field names are plain (`note`, ...); `auto_id` keeps the ids of
# the several forms on one page apart.

class MoveForm(forms.Form):
    """A move with an optional note."""

    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the timeline and in the email to the other region."))

    def __init__(self, *args, action: str, **kwargs):
        kwargs.setdefault("auto_id", f"id_{action}_%s")
        super().__init__(*args, **kwargs)
        self.action = action
        self.button, self.explanation = ACTION_TEXTS[action]
        self.danger = action in DANGER_ACTIONS

    def move_data(self) -> dict:
        """The keyword arguments for visit_request_move besides user, visit, action."""
        return dict(self.cleaned_data)


class ReasonForm(MoveForm):
    """Declining: the reason is required, the other region reads it."""

    note = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the timeline and in the email to the other region."),
        error_messages={"required": _("Give the reason, so the other region knows why.")})


class DatesForm(MoveForm):
    """The host proposes other dates."""

    alternative_start = forms.DateField(label=_("Proposed first day"), widget=DateInput())
    alternative_end = forms.DateField(label=_("Proposed last day"), widget=DateInput())
    field_order = ["alternative_start", "alternative_end", "note"]

    def clean(self):
        data = super().clean()
        start, end = data.get("alternative_start"), data.get("alternative_end")
        if start and end and end < start:
            self.add_error("alternative_end", ValidationError(
                _("The end date cannot be before the start date."), code="dates_order"))
        return data


class CourseChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, course: CoursePage) -> str:
        return course.title


class ApproveForm(MoveForm):
    """The host approves: the venue of the first session and the courses to assign."""

    venue = forms.CharField(
        label=_("Venue"), max_length=250, required=False,
        help_text=_("E.g. Aula Kantor Wali Kota Baubau. Empty: “To be confirmed”."))
    courses = CourseChoiceField(
        CoursePage.objects.none(), label=_("Courses for the delegation"), required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The delegation's members take these alongside the visit."))
    field_order = ["venue", "courses", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["courses"].queryset = (CoursePage.objects.live().public()
                                           .order_by("title", "pk"))

    def move_data(self) -> dict:
        data = dict(self.cleaned_data)
        data["courses"] = list(data["courses"])
        return data


class HeldForm(MoveForm):
    """The host marks the visit as held; the day defaults to the first planned day."""

    held_on = forms.DateField(
        label=_("Held on"), required=False, widget=DateInput(),
        help_text=_("Empty: the first day of the visit."))
    field_order = ["held_on", "note"]


ACTION_FORMS = {
    "review": MoveForm, "approve": ApproveForm, "propose_dates": DatesForm,
    "accept_dates": MoveForm, "decline_dates": ReasonForm, "decline": ReasonForm,
    "schedule": MoveForm, "mark_held": HeldForm, "start_follow_up": MoveForm,
    "close": MoveForm,
}


def move_form(action: str, data=None) -> MoveForm:
    return ACTION_FORMS[action](data, action=action)


class AgendaSessionForm(forms.Form):
    """A session of the agenda, its times in the host region's time zone."""

    title = forms.CharField(label=_("Title"), max_length=200,
                            help_text=_("E.g. Presentation by Bappeda on SIPD."))
    day = forms.DateField(label=_("Day"), widget=DateInput())
    starts = forms.TimeField(label=_("Starts at"), widget=TimeInput())
    ends = forms.TimeField(label=_("Ends at"), widget=TimeInput())
    venue = forms.CharField(label=_("Venue"), max_length=250, required=False)
    meeting_url = forms.URLField(label=_("Online meeting link"), required=False,
                                 assume_scheme="https")

    def __init__(self, *args, region: Region, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone = region.tzinfo
        zone_name = region.timezone_abbreviation
        self.fields["starts"].help_text = _("Time in %(zone)s.") % {"zone": zone_name}
        self.fields["ends"].help_text = _("Time in %(zone)s.") % {"zone": zone_name}

    def session_data(self) -> dict:
        """The arguments of visit_agenda_session_add: aware start and end times."""
        data = self.cleaned_data
        return {
            "title": data["title"], "venue": data["venue"], "meeting_url": data["meeting_url"],
            "starts_at": datetime.datetime.combine(data["day"], data["starts"],
                                                   tzinfo=self.zone),
            "ends_at": datetime.datetime.combine(data["day"], data["ends"], tzinfo=self.zone),
        }


# The button and the one-line explanation of each move's form.
ACTION_TEXTS = {
    "review": (_("Start the review"),
               _("Tell the requesting region you are looking at the request.")),
    "approve": (_("Approve"), _("Say yes: the agenda is created as a study visit programme, "
                                "with a first session on the first day.")),
    "propose_dates": (_("Propose other dates"),
                      _("The dates do not suit you: the requesting region accepts or "
                        "declines yours.")),
    "decline": (_("Decline the request"), _("Say no, with the reason.")),
    "accept_dates": (_("Accept the new dates"),
                     _("The visit is approved on the host's dates and its agenda is "
                       "created.")),
    "decline_dates": (_("Decline the new dates"),
                      _("The request ends here; you can file a new one later.")),
    "schedule": (_("Publish the agenda"),
                 _("The programme page with the sessions becomes public; the delegation "
                   "can register.")),
    "mark_held": (_("Mark as held"), _("The visit took place.")),
    "start_follow_up": (_("Start the follow-up"),
                        _("Plan what your region changes after the visit.")),
    "close": (_("Close the visit"),
              _("Possible once every follow-up action is done or cancelled.")),
}
DANGER_ACTIONS = {"decline", "decline_dates"}
