"""
Registration for programmes through its public doors: the services in
training.registration and the pages in training.views.programmes (list, programme,
register, cancel, register a delegation, "My programmes"), plus the admin listings.

The parallel test (50 threads for 40 seats) needs real commits and PostgreSQL; it
builds and removes its own rows, so the demo seeded once per session stays intact.
"""

import datetime
import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.models import Participant, Region
from lms.errors import AccessDenied, DomainError
from training.models import Programme, Registration, Session
from training.registration import (
    delegation_register,
    registration_cancel,
    registration_create,
    registration_fill_seats,
)
from visits.models import Delegation, DelegationMember

from .helpers import make_participant, make_programme

REGISTERED, WAITLISTED, CANCELLED = "registered", "waitlisted", "cancelled"


def user(username):
    return get_user_model().objects.get(username=username)


def own(participant, programme):
    return registration_create(user=participant.user, programme=programme,
                               participant=participant)


def delegation_of(region_slug, members, name="Delegasi uji"):
    region = Region.objects.get(slug=region_slug)
    delegation = Delegation.objects.create(
        name=name, home_region=region, host_region=Region.objects.get(slug="kota-baubau"),
        start_date=datetime.date(2026, 9, 1), end_date=datetime.date(2026, 9, 2))
    DelegationMember.objects.bulk_create(
        DelegationMember(delegation=delegation, participant=p) for p in members)
    return delegation


def statuses(programme):
    return dict(Registration.objects.filter(programme=programme)
                .values_list("participant_id", "status"))


# --- the service -------------------------------------------------------------------

@pytest.mark.django_db
def test_seats_then_waitlist():
    programme = make_programme(seats=2)
    people = [make_participant() for _ in range(3)]
    assert [own(p, programme).status for p in people] == [REGISTERED, REGISTERED, WAITLISTED]


@pytest.mark.django_db
def test_cancelling_promotes_the_oldest_waitlisted_in_the_same_step():
    programme = make_programme(seats=1)
    first, second, third = (make_participant() for _ in range(3))
    taken, waiting, later = own(first, programme), own(second, programme), own(third, programme)
    cancelled = registration_cancel(user=first.user, registration=taken)
    assert cancelled.status == CANCELLED and cancelled.promoted == [waiting.pk]
    assert statuses(programme) == {first.pk: CANCELLED, second.pk: REGISTERED,
                                   third.pk: WAITLISTED}
    # cancelling again changes nothing and promotes nobody
    assert registration_cancel(user=first.user, registration=taken).promoted == []
    assert Registration.objects.get(pk=later.pk).status == WAITLISTED


@pytest.mark.django_db
def test_cancelling_a_waitlisted_registration_moves_nobody_up():
    programme = make_programme(seats=1)
    first, second = make_participant(), make_participant()
    own(first, programme)
    waiting = own(second, programme)
    assert registration_cancel(user=second.user, registration=waiting).promoted == []
    assert statuses(programme) == {first.pk: REGISTERED, second.pk: CANCELLED}


@pytest.mark.django_db
def test_registering_again_after_cancelling_reuses_the_row_at_the_end_of_the_queue():
    programme = make_programme(seats=1)
    first, second, third = (make_participant() for _ in range(3))
    registration = own(first, programme)
    own(second, programme)
    registration_cancel(user=first.user, registration=registration)  # second moves up
    own(third, programme)                                            # third waits
    again = own(first, programme)
    assert again.pk == registration.pk and again.status == WAITLISTED
    assert Registration.objects.filter(programme=programme, participant=first).count() == 1
    queue = list(Registration.objects.filter(programme=programme, status=WAITLISTED)
                 .order_by("created_at", "pk").values_list("participant_id", flat=True))
    assert queue == [third.pk, first.pk]


@pytest.mark.django_db
def test_registering_twice_is_refused_and_stores_one_row():
    programme = make_programme()
    person = make_participant()
    own(person, programme)
    with pytest.raises(DomainError) as refused:
        own(person, programme)
    assert refused.value.code == "already_registered"
    assert Registration.objects.filter(programme=programme, participant=person).count() == 1


@pytest.mark.django_db
def test_the_deadline_closes_registration():
    programme = make_programme()
    programme.registration_deadline = timezone.now() - datetime.timedelta(minutes=1)
    programme.save()
    with pytest.raises(DomainError) as refused:
        own(make_participant(), programme)
    assert refused.value.code == "registration_closed"
    assert not Registration.objects.filter(programme=programme).exists()


@pytest.mark.django_db
def test_without_a_deadline_registration_closes_when_the_first_session_starts():
    started = make_programme(starts=timezone.localdate() - datetime.timedelta(days=1))
    with pytest.raises(DomainError) as refused:
        own(make_participant(), started)
    assert refused.value.code == "registration_closed"
    later = make_programme()
    later.registration_deadline = timezone.now() + datetime.timedelta(days=1)
    later.save()
    assert own(make_participant(), later).status == REGISTERED


@pytest.mark.django_db
def test_an_unpublished_programme_is_refused():
    programme = make_programme(published=False)
    with pytest.raises(DomainError) as refused:
        own(make_participant(), programme)
    assert refused.value.code == "programme_unpublished"
    assert not Registration.objects.filter(programme=programme).exists()


@pytest.mark.django_db
def test_a_participant_registers_only_themselves():
    programme = make_programme()
    with pytest.raises(AccessDenied):
        registration_create(user=make_participant().user, programme=programme,
                            participant=make_participant())
    assert not Registration.objects.filter(programme=programme).exists()


@pytest.mark.django_db
def test_a_coordinator_registers_their_regions_people_only():
    programme = make_programme()
    konut, malut = make_participant(), make_participant(region_slug="prov-maluku-utara")
    coordinator = user("koordinator.konut")
    registration = registration_create(user=coordinator, programme=programme,
                                       participant=konut)
    assert registration.status == REGISTERED and registration.registered_by == coordinator
    with pytest.raises(AccessDenied):
        registration_create(user=coordinator, programme=programme, participant=malut)
    assert not Registration.objects.filter(participant=malut).exists()
    # an organiser registers anyone
    assert registration_create(user=user("penyelenggara"), programme=programme,
                               participant=malut).status == REGISTERED


@pytest.mark.django_db
def test_raising_the_seats_gives_them_to_the_waitlist():
    programme = make_programme(seats=1)
    people = [make_participant() for _ in range(3)]
    for person in people:
        own(person, programme)
    Programme.objects.filter(pk=programme.pk).update(capacity=2)
    assert len(registration_fill_seats(user=user("penyelenggara"), programme=programme)) == 1
    assert list(statuses(programme).values()).count(REGISTERED) == 2
    with pytest.raises(AccessDenied):
        registration_fill_seats(user=people[0].user, programme=programme)


# --- delegations -------------------------------------------------------------------

@pytest.mark.django_db
def test_delegation_registers_everyone_once_with_the_rest_waitlisted_in_member_order():
    programme = make_programme(seats=3)
    outsider = make_participant()
    own(outsider, programme)                          # one seat already taken
    members = [make_participant(name=f"Anggota {letter}") for letter in "ABCD"]
    own(members[2], programme)                        # C registered on their own
    delegation = delegation_of("kab-konawe-utara", members)
    coordinator = user("koordinator.konut")
    counts = delegation_register(user=coordinator, programme=programme,
                                 delegation=delegation)
    assert counts == {"registered": 1, "waitlisted": 2, "already": 1}
    found = statuses(programme)
    assert [found[m.pk] for m in members] == [REGISTERED, WAITLISTED, REGISTERED, WAITLISTED]
    queue = list(Registration.objects.filter(programme=programme, status=WAITLISTED)
                 .order_by("created_at", "pk").values_list("participant_id", flat=True))
    assert queue == [members[1].pk, members[3].pk]
    again = delegation_register(user=coordinator, programme=programme, delegation=delegation)
    assert again == {"registered": 0, "waitlisted": 0, "already": 4}
    assert Registration.objects.filter(programme=programme).count() == 5


@pytest.mark.django_db
def test_delegation_register_brings_back_members_who_cancelled():
    programme = make_programme(seats=10)
    members = [make_participant() for _ in range(2)]
    registration_cancel(user=members[0].user, registration=own(members[0], programme))
    delegation = delegation_of("kab-konawe-utara", members)
    counts = delegation_register(user=user("koordinator.konut"), programme=programme,
                                 delegation=delegation)
    assert counts == {"registered": 2, "waitlisted": 0, "already": 0}
    assert Registration.objects.filter(programme=programme).count() == 2


@pytest.mark.django_db
def test_delegation_register_costs_the_same_queries_for_3_or_30_members():
    counted = []
    for size in (3, 30):
        coordinator = user("koordinator.konut")  # a fresh object: no cached roles
        programme = make_programme(seats=10)
        delegation = delegation_of("kab-konawe-utara",
                                   [make_participant() for _ in range(size)])
        with CaptureQueriesContext(connection) as queries:
            delegation_register(user=coordinator, programme=programme, delegation=delegation)
        counted.append(len(queries))
    assert counted[0] == counted[1]


@pytest.mark.django_db
def test_another_regions_delegation_is_refused():
    programme = make_programme()
    delegation = delegation_of("prov-maluku-utara",
                               [make_participant(region_slug="prov-maluku-utara")])
    with pytest.raises(AccessDenied):
        delegation_register(user=user("koordinator.konut"), programme=programme,
                            delegation=delegation)
    assert not Registration.objects.filter(programme=programme).exists()


# --- pages -------------------------------------------------------------------------

@pytest.mark.django_db
def test_listing_shows_published_programmes_upcoming_first_with_filters(client):
    past = make_programme(starts=timezone.localdate() - datetime.timedelta(days=30))
    later = make_programme(starts=timezone.localdate() + datetime.timedelta(days=40))
    soon = make_programme(starts=timezone.localdate() + datetime.timedelta(days=3),
                          kind="mentoring", host_slug="kab-tuban")
    hidden = make_programme(published=False)
    response = client.get("/program/")
    assert response.status_code == 200
    listed = [p.pk for p in response.context["items"]]
    assert hidden.pk not in listed
    mine = [pk for pk in listed if pk in {past.pk, later.pk, soon.pk}]
    assert mine == [soon.pk, later.pk, past.pk]
    by_kind = {p.pk for p in client.get("/program/?jenis=mentoring").context["items"]}
    assert soon.pk in by_kind and later.pk not in by_kind
    by_region = {p.pk for p in client.get("/program/?daerah=kab-tuban").context["items"]}
    assert soon.pk in by_region and later.pk not in by_region
    assert client.get("/program/?jenis=nonsense&page=99").status_code == 200


@pytest.mark.django_db
def test_listing_queries_do_not_grow_with_programmes(client):
    for _ in range(2):
        make_programme()
    with CaptureQueriesContext(connection) as few:
        client.get("/program/")
    for _ in range(8):
        make_programme()
    with CaptureQueriesContext(connection) as many:
        client.get("/program/")
    assert len(few) == len(many)


@pytest.mark.django_db
def test_programme_page_queries_do_not_grow_with_sessions(client):
    facilitator = user("fasilitator")
    client.force_login(user("peserta"))
    counted = []
    for size in (2, 8):
        programme = make_programme(sessions=size, facilitators=[facilitator])
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/program/{programme.slug}/").status_code == 200
        counted.append(len(queries))
    assert counted[0] == counted[1]


@pytest.mark.django_db
def test_programme_page_shows_the_schedule_in_the_sessions_zone(client):
    programme = make_programme(sessions=2, host_slug="kota-baubau")
    response = client.get(f"/program/{programme.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "09.00–12.00 WITA" in html
    assert programme.sessions.count() == 2
    tuban = make_programme(sessions=1, host_slug="kab-tuban")
    assert "WIB" in client.get(f"/program/{tuban.slug}/").content.decode()


@pytest.mark.django_db
def test_meeting_link_only_for_registered_people_facilitators_and_organisers(client):
    programme = make_programme(sessions=1, facilitators=[user("fasilitator")])
    Session.objects.filter(programme=programme).update(meeting_url="https://zoom.example/j/123")
    link = "https://zoom.example/j/123"
    url = f"/program/{programme.slug}/"
    assert link not in client.get(url).content.decode()
    person = make_participant()
    client.force_login(person.user)
    assert link not in client.get(url).content.decode()
    own(person, programme)
    assert link in client.get(url).content.decode()
    for name in ("fasilitator", "penyelenggara"):
        client.force_login(user(name))
        assert link in client.get(url).content.decode()


@pytest.mark.django_db
def test_unpublished_programme_is_404_except_for_organisers(client):
    programme = make_programme(published=False)
    url = f"/program/{programme.slug}/"
    assert client.get(url).status_code == 404
    client.force_login(user("peserta"))
    assert client.get(url).status_code == 404
    assert client.post(f"{url}daftar/").status_code == 404
    client.force_login(user("penyelenggara"))
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_register_and_cancel_through_the_pages(client):
    programme = make_programme(seats=1)
    person, other = make_participant(), make_participant()
    url = f"/program/{programme.slug}/"
    assert client.post(f"{url}daftar/").status_code == 302  # to the sign-in page
    assert not Registration.objects.filter(programme=programme).exists()
    client.force_login(other.user)
    client.post(f"{url}daftar/")
    client.force_login(person.user)
    response = client.post(f"{url}daftar/", follow=True)
    assert response.status_code == 200
    registration = Registration.objects.get(programme=programme, participant=person)
    assert registration.status == WAITLISTED
    assert response.context["registration"].position == 1
    # a second press: refused with a message, still one row
    assert client.post(f"{url}daftar/", follow=True).status_code == 200
    assert Registration.objects.filter(programme=programme, participant=person).count() == 1
    # someone else's registration is a 404, and stays as it is
    theirs = Registration.objects.get(programme=programme, participant=other)
    assert client.post(f"/program/pendaftaran/{theirs.pk}/batal/").status_code == 404
    assert Registration.objects.get(pk=theirs.pk).status == REGISTERED
    client.force_login(other.user)
    response = client.post(f"/program/pendaftaran/{theirs.pk}/batal/",
                           {"next": "/program/saya/"})
    assert response.status_code == 302 and response["Location"] == "/program/saya/"
    assert statuses(programme) == {other.pk: CANCELLED, person.pk: REGISTERED}
    assert client.get(f"/program/pendaftaran/{theirs.pk}/batal/").status_code == 405


@pytest.mark.django_db
def test_refusals_are_messages_not_errors(client):
    programme = make_programme(starts=timezone.localdate() - datetime.timedelta(days=2))
    person = make_participant()
    client.force_login(person.user)
    response = client.post(f"/program/{programme.slug}/daftar/", follow=True)
    assert response.status_code == 200
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert not Registration.objects.filter(programme=programme).exists()
    # an account without a participant profile
    client.force_login(user("admin"))
    later = make_programme()
    assert client.post(f"/program/{later.slug}/daftar/").status_code == 302
    assert not Registration.objects.filter(programme=later).exists()


@pytest.mark.django_db
def test_coordinator_registers_own_regions_person_through_the_page_not_another(client):
    programme = make_programme()
    konut, malut = make_participant(), make_participant(region_slug="prov-maluku-utara")
    client.force_login(user("koordinator.konut"))
    url = f"/program/{programme.slug}/daftar/"
    assert client.post(url, {"peserta": konut.pk}).status_code == 302
    assert client.post(url, {"peserta": malut.pk}).status_code == 404
    assert client.post(url, {"peserta": "x"}).status_code == 404
    assert statuses(programme) == {konut.pk: REGISTERED}
    # a participant cannot register someone else either
    client.force_login(konut.user)
    assert client.post(url, {"peserta": malut.pk}).status_code == 404
    assert not Registration.objects.filter(participant=malut).exists()


@pytest.mark.django_db
def test_coordinator_cancels_their_regions_registration_not_another(client):
    programme = make_programme()
    konut, malut = make_participant(), make_participant(region_slug="prov-maluku-utara")
    mine, theirs = own(konut, programme), own(malut, programme)
    client.force_login(user("koordinator.konut"))
    assert client.post(f"/program/pendaftaran/{theirs.pk}/batal/").status_code == 404
    assert client.post(f"/program/pendaftaran/{mine.pk}/batal/").status_code == 302
    assert statuses(programme) == {konut.pk: CANCELLED, malut.pk: REGISTERED}


@pytest.mark.django_db
def test_register_a_delegation_page(client):
    programme = make_programme(seats=2)
    members = [make_participant() for _ in range(3)]
    mine = delegation_of("kab-konawe-utara", members, name="Delegasi Konut uji")
    theirs = delegation_of("prov-maluku-utara",
                           [make_participant(region_slug="prov-maluku-utara")])
    url = f"/program/{programme.slug}/daftarkan-delegasi/"
    client.force_login(user("peserta"))
    assert client.get(url).status_code == 403
    client.force_login(user("koordinator.konut"))
    response = client.get(url)
    assert response.status_code == 200
    choices = {d.pk for d in response.context["form"].fields["delegation"].queryset}
    assert mine.pk in choices and theirs.pk not in choices
    assert client.post(url, {"delegation": theirs.pk}).status_code == 400
    assert not Registration.objects.filter(programme=programme).exists()
    response = client.post(url, {"delegation": mine.pk}, follow=True)
    assert response.status_code == 200
    assert sorted(statuses(programme).values()) == [REGISTERED, REGISTERED, WAITLISTED]
    client.post(url, {"delegation": mine.pk})
    assert Registration.objects.filter(programme=programme).count() == 3
    closed = make_programme(starts=timezone.localdate() - datetime.timedelta(days=1))
    response = client.post(f"/program/{closed.slug}/daftarkan-delegasi/",
                           {"delegation": mine.pk})
    assert response.status_code == 400
    assert not Registration.objects.filter(programme=closed).exists()


@pytest.mark.django_db
def test_my_programmes_lists_my_registrations_in_constant_queries(client):
    person = make_participant()
    client.force_login(person.user)
    assert client.get("/program/saya/").status_code == 200
    counted = []
    for _ in range(2):
        for _ in range(3):
            own(person, make_programme())
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/program/saya/")
        counted.append(len(queries))
    assert counted[0] == counted[1]
    rows = response.context["registrations"]
    assert len(rows) == 6 and all(row.next_start for row in rows)
    assert client.get("/program/saya/").status_code == 200
    client.logout()
    assert client.get("/program/saya/").status_code == 302


# --- admin -------------------------------------------------------------------------

@pytest.mark.django_db
def test_organisers_see_programmes_and_registrations_in_the_admin(client):
    programme = make_programme(seats=1)
    for _ in range(2):
        own(make_participant(), programme)
    client.force_login(user("penyelenggara"))
    listing = client.get("/admin/snippets/training/programme/?kind=bimtek&published=true")
    assert listing.status_code == 200
    assert client.get("/admin/snippets/training/programme/?q=uji").status_code == 200
    assert client.get(f"/admin/snippets/training/programme/edit/{programme.pk}/"
                      ).status_code == 200
    registrations = client.get(
        f"/admin/snippets/training/registration/?programme={programme.pk}&status=waitlisted")
    assert registrations.status_code == 200
    assert len(registrations.context["object_list"]) == 1
    registration = Registration.objects.filter(programme=programme).first()
    assert client.get(f"/admin/snippets/training/registration/inspect/{registration.pk}/"
                      ).status_code == 200
    assert client.get(f"/admin/snippets/training/registration/edit/{registration.pk}/"
                      ).status_code in {302, 403}
    assert client.get("/admin/snippets/training/registration/?export=csv").status_code == 200
    client.force_login(user("fasilitator"))
    assert client.get("/admin/snippets/training/registration/").status_code in {302, 403}
    assert client.get("/admin/snippets/training/programme/").status_code in {302, 403}


@pytest.mark.django_db
def test_admin_programme_listing_queries_do_not_grow(client):
    client.force_login(user("penyelenggara"))
    make_programme()
    with CaptureQueriesContext(connection) as few:
        client.get("/admin/snippets/training/programme/")
    for _ in range(6):
        own(make_participant(), make_programme(sessions=4))
    with CaptureQueriesContext(connection) as many:
        client.get("/admin/snippets/training/programme/")
    assert len(few) == len(many)


# --- PostgreSQL: 50 people register at once for 40 seats ----------------------------
#
# The threads must see committed rows, but a transactional test would flush the whole
# database afterwards and take the demo (seeded once per session) away from every later
# test. So the test itself is an ordinary one (its own transaction, rolled back), and
# everything that must be committed -- the programme and the 50 people, the
# registrations, the cancellation, and the clean-up of exactly those rows -- runs in
# other threads, each on its own connection in autocommit, closed at the end.

def in_own_thread(function, *args):
    """Run `function` in a new thread (its own connection, autocommit) and return its
    result; the connection is closed afterwards."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function(*args)
        except BaseException as error:  # re-raised in the test's thread
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def _build_parallel_world():
    programme = make_programme(seats=40, sessions=1)
    return programme, [make_participant(name=f"Peserta Paralel {i:02d}") for i in range(50)]


def _remove_parallel_world(programme, people):
    Registration.objects.filter(programme=programme).delete()
    Programme.objects.filter(pk=programme.pk).delete()
    Participant.objects.filter(pk__in=[p.pk for p in people]).delete()
    get_user_model().objects.filter(pk__in=[p.user_id for p in people]).delete()


@pytest.fixture
def parallel_world(db):
    """A 40-seat programme and 50 participants, committed; removed afterwards, only
    those rows, so the demo data stays for later tests."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises writers, so there is no race to "
                    f"test (database vendor here: {connection.vendor})")
    programme, people = in_own_thread(_build_parallel_world)
    try:
        yield programme, people
    finally:
        in_own_thread(_remove_parallel_world, programme, people)


def register_all_at_once(programme, people) -> list[str]:
    """Each person registers in their own thread and connection, all released at the
    same moment; returns the refusal codes (an empty list when all went through)."""
    start, errors = threading.Barrier(len(people)), []

    def register(person):
        try:
            start.wait()
            registration_create(user=person.user, programme=programme, participant=person)
        except DomainError as error:
            errors.append(error.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_fifty_parallel_registrations_for_forty_seats(parallel_world):
    programme, people = parallel_world
    assert register_all_at_once(programme, people) == []
    rows = list(Registration.objects.filter(programme=programme).order_by("created_at", "pk"))
    assert len(rows) == 50
    assert len({row.participant_id for row in rows}) == 50
    assert sum(row.status == REGISTERED for row in rows) == 40
    waitlisted = [row for row in rows if row.status == WAITLISTED]
    assert len(waitlisted) == 10
    # the same 50 again, at once: nobody twice
    assert register_all_at_once(programme, people) == ["already_registered"] * 50
    assert Registration.objects.filter(programme=programme).count() == 50
    # a cancellation promotes the first waitlisted
    registered = next(row for row in rows if row.status == REGISTERED)
    cancelled = in_own_thread(lambda: registration_cancel(
        user=registered.participant.user, registration=registered))
    assert cancelled.promoted == [waitlisted[0].pk]
    assert Registration.objects.get(pk=waitlisted[0].pk).status == REGISTERED
    assert Registration.objects.filter(programme=programme, status=REGISTERED).count() == 40
