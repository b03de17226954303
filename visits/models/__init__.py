"""
The visits app's models, one module per part of a visit's life; import them from
`visits.models` only (the modules may change, this name does not).

- delegations: Delegation > DelegationMember, ImportBatch (issue 3)
- requests: VisitRequest (the request letter to the closed visit) and VisitEvent (its
  timeline: every state move, who, when, note)
- followup: FollowUpAction (rencana tindak lanjut) and FollowUpNote (progress, evidence)
- mentoring: Mentorship (one region mentors another on a topic) and MentoringMeeting
- indicators: OutcomeIndicator (Kirkpatrick level 4) and Measurement
"""

from .delegations import Delegation, DelegationMember, ImportBatch
from .followup import FollowUpAction, FollowUpNote
from .indicators import Measurement, OutcomeIndicator
from .mentoring import MentoringMeeting, Mentorship
from .requests import VisitEvent, VisitRequest, VisitState

__all__ = [
    "Delegation", "DelegationMember", "ImportBatch", "VisitRequest", "VisitEvent",
    "VisitState", "FollowUpAction", "FollowUpNote", "Mentorship", "MentoringMeeting",
    "OutcomeIndicator", "Measurement",
]
