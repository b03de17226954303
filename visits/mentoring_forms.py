"""
Forms of the mentoring pages: start a mentoring, record a meeting. The rules (who may,
the regions, the link or the place, the actions of the mentored region) are
visits.mentoring's; refusals come back through visits.followup_forms.show_refusal.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from directory.models import Region, Topic
from lms.forms import DateInput

from .models import FollowUpAction, MentoringMeeting, VisitRequest


class VisitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, visit: VisitRequest) -> str:
        return f"{visit.title} ({visit.proposed_start:%d-%m-%Y})"


class ActionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, action: FollowUpAction) -> str:
        return _("%(title)s (due %(due)s, %(status)s)") % {
            "title": action.title, "due": f"{action.due_date:%d-%m-%Y}",
            "status": action.get_status_display()}


class MentorshipForm(forms.Form):
    """Who mentors whom, towards what, since when; a coordinator's own region is one of
    the two (the service refuses anything else)."""

    mentor_region = forms.ModelChoiceField(Region.objects.none(), label=_("Mentor region"),
                                      empty_label=_("— choose a region —"),
                                      help_text=_("The region that shares what it knows."))
    mentee_region = forms.ModelChoiceField(Region.objects.none(), label=_("Mentored region"),
                                      empty_label=_("— choose a region —"))
    goal = forms.CharField(
        label=_("Goal"), widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What the mentored region wants to be able to do, e.g. “every OPD "
                    "plans and budgets in SIPD”."))
    topics = forms.ModelMultipleChoiceField(Topic.objects.none(), label=_("Topics"),
                                            required=False,
                                            widget=forms.CheckboxSelectMultiple)
    started_on = forms.DateField(label=_("Started on"), widget=DateInput())
    visit = VisitChoiceField(VisitRequest.objects.none(), label=_("Follows the visit"),
                             required=False, empty_label=_("— no visit —"),
                             help_text=_("A study visit the mentored region made, if the "
                                         "mentoring follows one."))
    mentor_contact = forms.CharField(label=_("Mentor's contact person"), max_length=150,
                                     required=False)
    mentee_contact = forms.CharField(label=_("Mentored region's contact person"),
                                     max_length=150, required=False)

    def __init__(self, *args, visits, **kwargs):
        super().__init__(*args, **kwargs)
        regions = Region.objects.order_by("name")
        self.fields["mentor_region"].queryset = regions
        self.fields["mentee_region"].queryset = regions
        self.fields["topics"].queryset = Topic.objects.order_by("name")
        self.fields["visit"].queryset = visits.order_by("-proposed_start", "pk")


class MeetingForm(forms.Form):
    """One meeting of the log: when, online or on site, who, what, what next."""

    held_on = forms.DateField(label=_("Date"), widget=DateInput())
    mode = forms.ChoiceField(label=_("How"), choices=MentoringMeeting.Mode.choices,
                             widget=forms.RadioSelect)
    meeting_url = forms.URLField(label=_("Meeting link"), required=False, max_length=200,
                                 assume_scheme="https",
                                 help_text=_("For an online meeting (Zoom, Google Meet)."))
    location = forms.CharField(label=_("Place"), max_length=250, required=False,
                               help_text=_("For a meeting on site."))
    attendees = forms.CharField(label=_("Attendees"), widget=forms.Textarea(attrs={"rows": 4}),
                                help_text=_("One name or OPD per line."))
    notes = forms.CharField(label=_("Notes"), widget=forms.Textarea(attrs={"rows": 5}))
    next_steps = forms.CharField(label=_("Next steps"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 3}))
    actions = ActionChoiceField(
        FollowUpAction.objects.none(), label=_("Follow-up actions discussed"),
        required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, actions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["actions"].queryset = actions
