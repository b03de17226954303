"""
Forms of the follow-up plan: add or change an action, report progress on one. They
check what a person typed; the rules (the region's people and OPDs, the plan open, the
evidence file's content) are visits.followup's, and `show_refusal` puts a service's
refusal next to the field it is about.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from directory.forms import AgencyChoiceField
from directory.models import Agency, Participant, Topic
from lms.forms import DateInput, add_domain_error

from .forms import ParticipantChoiceField
from .models import FollowUpAction

Status = FollowUpAction.Status

# Which field a service's refusal is about ("invalid_<field>" codes name it themselves).
REFUSAL_FIELDS = {
    "owner_other_region": "owner", "agency_other_region": "owner_agency",
    "upload_empty": "evidence_file", "upload_too_large": "evidence_file",
    "upload_type": "evidence_file", "invalid_status": "status",
    "same_region": "mentee_region", "dates_order": "started_on",
    "visit_other_region": "visit", "meeting_link": "meeting_url",
    "meeting_place": "location", "meeting_in_future": "held_on",
    "action_other_region": "actions", "action_forbidden": "actions",
}


def show_refusal(form: forms.Form, error) -> None:
    """A follow-up or mentoring service's refusal, next to its field (lms.forms)."""
    add_domain_error(form, error, REFUSAL_FIELDS)


class ActionForm(forms.Form):
    """An action of the plan: what, who (OPD and person of the visiting region), by when."""

    title = forms.CharField(
        label=_("Action"), max_length=250,
        help_text=_("What will change, e.g. “Bappeda trains every OPD's planners on SIPD”."),
    )
    description = forms.CharField(label=_("Details"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 3}))
    owner_agency = AgencyChoiceField(Agency.objects.none(), label=_("Owning OPD"),
                                     required=False)
    owner = ParticipantChoiceField(
        Participant.objects.none(), label=_("Person responsible"), required=False,
        empty_label=_("— choose a person —"),
        help_text=_("They see the action on “My follow-up actions” and get an email when "
                    "it is overdue."),
    )
    due_date = forms.DateField(label=_("Due date"), widget=DateInput())
    topic = forms.ModelChoiceField(Topic.objects.none(), label=_("Topic"), required=False,
                                   empty_label=_("— no particular topic —"))

    def __init__(self, *args, region, people, with_status: bool = False, **kwargs):
        kwargs.setdefault("prefix", "action")
        super().__init__(*args, **kwargs)
        self.fields["owner_agency"].queryset = Agency.objects.filter(region=region)
        self.fields["owner"].queryset = people.select_related("agency").order_by("full_name")
        self.fields["topic"].queryset = Topic.objects.order_by("name")
        if not with_status:
            self.fields["topic"].help_text = _(
                "Counts towards the completion rate per topic. Left empty, the topic of the "
                "visit or mentoring is used when it has only one.")
        else:
            self.fields["status"] = forms.ChoiceField(label=_("Status"),
                                                      choices=Status.choices)

    @classmethod
    def initial_for(cls, action: FollowUpAction) -> dict:
        return {"title": action.title, "description": action.description,
                "owner_agency": action.owner_agency_id, "owner": action.owner_id,
                "due_date": action.due_date, "topic": action.topic_id,
                "status": action.status}


class NoteForm(forms.Form):
    """Progress on an action, its evidence and, when it changed, its status."""

    text = forms.CharField(label=_("Progress"), widget=forms.Textarea(attrs={"rows": 4}),
                           help_text=_("What was done since the last note, and what is "
                                       "next."))
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("— unchanged —")), *Status.choices])
    evidence_file = forms.FileField(
        label=_("Evidence (file)"), required=False, allow_empty_file=True,
        help_text=_("PDF, JPG/PNG/WEBP or DOCX/XLSX/PPTX, at most 10 MB; the content is "
                    "checked, not the name."),
        widget=forms.ClearableFileInput(attrs={
            "accept": ".pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx,.pptx,.doc,.xls,.ppt"}),
    )
    evidence_url = forms.URLField(
        label=_("Evidence (link)"), required=False, max_length=200, assume_scheme="https",
        help_text=_("E.g. the decree on the region's legal portal, or a shared folder."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "note")
        super().__init__(*args, **kwargs)
