"""
The coordinator's pages: a coordinator sees and manages their own region's delegations
and people only; an organiser every region's; a participant only their own profile.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import Agency, Participant, Region, Topic
from directory.roles import COORDINATOR, ORGANISER, PARTICIPANT, TRAINER
from directory.services import participant_create
from visits.models import Delegation, DelegationMember

User = get_user_model()
PASSWORD = "Kunjungan-Belajar-2026"


def nip(sequence: int, sex: int = 1) -> str:
    """A valid NIP: born 12 Mar 1985, appointed Jan 2010."""
    return f"19850312201001{sex}{sequence:03d}"


def region(slug: str) -> Region:
    return Region.objects.get(slug=slug)


def agency(region_slug: str, acronym: str) -> Agency:
    return Agency.objects.get(region__slug=region_slug, acronym=acronym)


def person(region_slug: str, name: str, sequence: int, *groups: str, **extra) -> Participant:
    participant = participant_create(
        full_name=name, region=region(region_slug), nip=nip(sequence),
        email=f"p{sequence}@contoh.test", password=PASSWORD, **extra,
    )
    for group in groups:
        participant.user.groups.add(Group.objects.get(name=group))
    return participant


@pytest.fixture
def people(db) -> dict[str, Participant]:
    return {
        "coordinator_konut": person("kab-konawe-utara", "Andi Koordinator", 1, COORDINATOR),
        "coordinator_malut": person("prov-maluku-utara", "Nurlaila Koordinator", 2,
                                    COORDINATOR),
        "konut_a": person("kab-konawe-utara", "Ruslan Bappeda Konut", 3,
                          agency=agency("kab-konawe-utara", "Bappeda"),
                          position="Kepala Bidang Perencanaan", rank="III/d",
                          phone="0812 3456 7890"),
        "konut_b": person("kab-konawe-utara", "Hasnah BPKAD Konut", 4,
                          agency=agency("kab-konawe-utara", "BPKAD")),
        "malut_a": person("prov-maluku-utara", "Fadli Bapenda Malut", 5,
                          agency=agency("prov-maluku-utara", "Bapenda")),
    }


@pytest.fixture
def organiser(db):
    user = User.objects.create_user(username="organiser.test", password=PASSWORD)
    user.groups.add(Group.objects.get(name=ORGANISER))
    return user


@pytest.fixture
def delegations(people) -> dict[str, Delegation]:
    konut = Delegation.objects.create(
        name="Delegasi Konut ke Baubau (SIPD)", home_region=region("kab-konawe-utara"),
        host_region=region("kota-baubau"), start_date=datetime.date(2021, 9, 24),
        end_date=datetime.date(2021, 9, 25), leader=people["konut_a"],
    )
    konut.topics.set(Topic.objects.filter(slug="sipd"))
    malut = Delegation.objects.create(
        name="Delegasi Malut ke Sulsel (SPBE)", home_region=region("prov-maluku-utara"),
        host_region=region("prov-sulawesi-selatan"), start_date=datetime.date(2022, 3, 7),
        end_date=datetime.date(2022, 3, 9),
    )
    DelegationMember.objects.create(delegation=konut, participant=people["konut_a"])
    DelegationMember.objects.create(delegation=malut, participant=people["malut_a"])
    return {"konut": konut, "malut": malut}


def signed_in(client, user):
    client.force_login(getattr(user, "user", user))
    return client


def form_codes(response, form: str, field: str) -> list[str]:
    return [e.code for e in response.context[form].errors.as_data().get(field, [])]


# Who sees which delegations -------------------------------------------------------------

@pytest.mark.django_db
def test_a_coordinator_lists_their_region_only(client, people, delegations):
    response = signed_in(client, people["coordinator_konut"]).get("/delegasi/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Delegasi Konut ke Baubau" in body
    assert "Delegasi Malut ke Sulsel" not in body
    listed = {d.pk: d for d in response.context["delegations"]}
    assert delegations["konut"].pk in listed and delegations["malut"].pk not in listed
    assert {d.home_region.slug for d in listed.values()} == {"kab-konawe-utara"}
    assert listed[delegations["konut"].pk].member_count == 1


@pytest.mark.django_db
def test_another_regions_delegation_is_a_404_without_its_data(client, people, delegations):
    malut = delegations["malut"]
    signed_in(client, people["coordinator_konut"])
    for url in [f"/delegasi/{malut.pk}/", f"/delegasi/{malut.pk}/anggota/tambah/",
                f"/delegasi/{malut.pk}/anggota/{people['malut_a'].pk}/hapus/"]:
        response = client.get(url)
        assert response.status_code == 404, url
        body = response.content.decode()
        assert "Malut" not in body and "Fadli" not in body, url
    assert client.post(f"/delegasi/{malut.pk}/anggota/{people['malut_a'].pk}/hapus/"
                       ).status_code == 404
    assert DelegationMember.objects.filter(delegation=malut).count() == 1


@pytest.mark.django_db
def test_a_missing_id_answers_like_another_regions(client, people, delegations):
    signed_in(client, people["coordinator_konut"])
    assert client.get("/delegasi/999999/").status_code == 404


@pytest.mark.django_db
def test_an_organiser_sees_every_region(client, organiser, delegations):
    response = signed_in(client, organiser).get("/delegasi/")
    body = response.content.decode()
    assert "Delegasi Konut ke Baubau" in body and "Delegasi Malut ke Sulsel" in body
    assert client.get(f"/delegasi/{delegations['malut'].pk}/").status_code == 200


@pytest.mark.django_db
def test_participants_and_trainers_get_403_on_the_list(client, people, delegations):
    signed_in(client, people["konut_a"])
    assert client.get("/delegasi/").status_code == 403
    assert client.get(f"/delegasi/{delegations['konut'].pk}/").status_code == 404
    trainer = User.objects.create_user(username="trainer.test", password=PASSWORD)
    trainer.groups.add(Group.objects.get(name=TRAINER))
    assert signed_in(client, trainer).get("/delegasi/").status_code == 403


@pytest.mark.django_db
def test_a_coordinator_without_a_profile_has_no_region_and_no_list(client):
    user = User.objects.create_user(username="coordinator.nowhere", password=PASSWORD)
    user.groups.add(Group.objects.get(name=COORDINATOR))
    signed_in(client, user)
    assert client.get("/delegasi/").status_code == 403
    assert client.get("/saya/")["Location"] == "/profil/"
    response = client.get("/profil/")
    assert response.status_code == 200
    assert "directory/profile_missing.html" in [t.name for t in response.templates]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/delegasi/", "/delegasi/1/", "/delegasi/1/anggota/tambah/",
                                 "/delegasi/1/anggota/1/hapus/", "/saya/", "/profil/",
                                 "/profil/ubah/"])
def test_anonymous_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/akun/masuk/?next=")


@pytest.mark.django_db
def test_dashboard_sends_coordinators_and_organisers_to_the_delegations(
        client, people, organiser):
    assert signed_in(client, people["coordinator_konut"]).get("/saya/")["Location"] == \
        "/delegasi/"
    assert signed_in(client, organiser).get("/saya/")["Location"] == "/delegasi/"
    assert signed_in(client, people["konut_a"]).get("/saya/")["Location"] == "/kursus-saya/"


@pytest.mark.django_db
def test_the_header_links_coordinators_to_their_delegations(client, people):
    body = signed_in(client, people["coordinator_konut"]).get("/profil/").content.decode()
    assert 'href="/delegasi/"' in body


# The delegation page --------------------------------------------------------------------

@pytest.mark.django_db
def test_the_delegation_page_lists_members_with_their_facts(client, people, delegations):
    konut = delegations["konut"]
    response = signed_in(client, people["coordinator_konut"]).get(f"/delegasi/{konut.pk}/")
    assert response.status_code == 200
    body = response.content.decode()
    for text in ["Ruslan Bappeda Konut", "19850312 201001 1 003", "Kepala Bidang Perencanaan",
                 "III/d", "Bappeda", "0812 3456 7890", "p3@contoh.test",
                 f"/delegasi/{konut.pk}/impor/", f"/delegasi/{konut.pk}/anggota/tambah/",
                 f"/delegasi/{konut.pk}/anggota/{people['konut_a'].pk}/hapus/"]:
        assert text in body, text
    assert "Hasnah" not in body  # in the region, not in the delegation


def add_members(delegation: Delegation, count: int, start: int) -> None:
    """Many members quickly (the ORM, not the services: this is about reading)."""
    bappeda = agency("kab-konawe-utara", "Bappeda")
    users = User.objects.bulk_create(
        User(username=f"bulk{start + i}") for i in range(count))
    people = Participant.objects.bulk_create(
        Participant(user=user, full_name=f"Anggota {start + i}", nip=nip(start + i, 2),
                    region=delegation.home_region, agency=bappeda, email=f"b{i}@contoh.test")
        for i, user in enumerate(users))
    DelegationMember.objects.bulk_create(
        DelegationMember(delegation=delegation, participant=p) for p in people)


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_the_delegation_page_costs_the_same_queries_for_any_member_count(
        client, people, delegations):
    konut = delegations["konut"]
    url = f"/delegasi/{konut.pk}/"
    signed_in(client, people["coordinator_konut"])
    client.get(url)  # warm the per-process caches (content types, site)
    add_members(konut, 10, 100)
    few = queries_for(client, url)
    add_members(konut, 90, 200)
    many = queries_for(client, url)
    assert few == many
    assert many <= 15


# Adding and removing members ------------------------------------------------------------

@pytest.mark.django_db
def test_the_add_page_offers_only_home_region_people_not_yet_members(
        client, people, delegations):
    konut = delegations["konut"]
    response = signed_in(client, people["coordinator_konut"]).get(
        f"/delegasi/{konut.pk}/anggota/tambah/")
    assert response.status_code == 200
    offered = set(response.context["existing"].fields["participant"].queryset)
    assert people["konut_b"] in offered
    assert people["konut_a"] not in offered  # already a member
    assert people["malut_a"] not in offered


@pytest.mark.django_db
def test_add_an_existing_member(client, people, delegations):
    konut = delegations["konut"]
    response = signed_in(client, people["coordinator_konut"]).post(
        f"/delegasi/{konut.pk}/anggota/tambah/",
        {"action": "existing", "existing-participant": people["konut_b"].pk})
    assert response["Location"] == f"/delegasi/{konut.pk}/"
    assert konut.members.filter(pk=people["konut_b"].pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["coordinator_konut", "organiser"])
def test_a_person_of_another_region_is_refused(client, people, organiser, delegations, who):
    konut = delegations["konut"]
    signed_in(client, organiser if who == "organiser" else people[who])
    response = client.post(f"/delegasi/{konut.pk}/anggota/tambah/",
                           {"action": "existing", "existing-participant": people["malut_a"].pk})
    assert response.status_code == 200
    assert form_codes(response, "existing", "participant") == ["invalid_choice"]
    assert not konut.members.filter(pk=people["malut_a"].pk).exists()


def new_person(**changes) -> dict:
    data = {"action": "new", "new-full_name": "Muh. Ilham, S.STP.",
            "new-nip": "19920704 201608 1 002", "new-email": "ilham@contoh.test",
            "new-position": "Analis Kebijakan", "new-rank": "III/b",
            "new-agency": agency("kab-konawe-utara", "Setda").pk, "new-phone": "0813 1111 2222"}
    return {**data, **changes}


@pytest.mark.django_db
def test_create_and_add_a_new_member(client, people, delegations):
    konut = delegations["konut"]
    response = signed_in(client, people["coordinator_konut"]).post(
        f"/delegasi/{konut.pk}/anggota/tambah/", new_person())
    assert response["Location"] == f"/delegasi/{konut.pk}/"
    created = Participant.objects.get(nip="199207042016081002")
    assert created.region == konut.home_region
    assert created.agency.acronym == "Setda" and created.rank == "III/b"
    assert list(created.user.groups.values_list("name", flat=True)) == [PARTICIPANT]
    assert not created.user.has_usable_password()  # they set one by email
    assert konut.members.filter(pk=created.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("changes, field, code", [
    ({"new-nip": "19921304 201608 1 002"}, "nip", "nip_birth_date"),
    ({"new-nip": nip(3)}, "nip", "nip_taken"),
    ({"new-nip": "", "new-email": ""}, "nip", "nip_or_email_required"),
    ({"new-email": "p3@contoh.test"}, "email", "email_taken"),
    ({"new-full_name": ""}, "full_name", "required"),
    ({"new-agency": "__malut__"}, "agency", "invalid_choice"),
    ({"new-nip": "", "new-email": "o'brien@contoh.test"}, "email", "email_unusable"),
])
def test_a_refused_new_member_stores_nothing(client, people, delegations, changes, field, code):
    if changes.get("new-agency") == "__malut__":
        changes["new-agency"] = agency("prov-maluku-utara", "Bappeda").pk
    konut = delegations["konut"]
    counts = (User.objects.count(), Participant.objects.count(),
              DelegationMember.objects.count())
    response = signed_in(client, people["coordinator_konut"]).post(
        f"/delegasi/{konut.pk}/anggota/tambah/", new_person(**changes))
    assert response.status_code == 200
    assert form_codes(response, "new", field) == [code]
    assert (User.objects.count(), Participant.objects.count(),
            DelegationMember.objects.count()) == counts


@pytest.mark.django_db
def test_remove_a_member_after_confirmation(client, people, delegations):
    konut, member = delegations["konut"], people["konut_a"]
    url = f"/delegasi/{konut.pk}/anggota/{member.pk}/hapus/"
    signed_in(client, people["coordinator_konut"])
    assert client.get(url).status_code == 200
    assert konut.members.filter(pk=member.pk).exists()  # GET changes nothing
    response = client.post(url)
    assert response["Location"] == f"/delegasi/{konut.pk}/"
    assert not konut.members.filter(pk=member.pk).exists()
    assert Participant.objects.filter(pk=member.pk).exists()  # the person stays
    konut.refresh_from_db()
    assert konut.leader is None
    assert client.post(url).status_code == 404  # no longer a member


@pytest.mark.django_db
def test_an_organiser_manages_any_region(client, organiser, people, delegations):
    malut = delegations["malut"]
    signed_in(client, organiser)
    url = f"/delegasi/{malut.pk}/anggota/{people['malut_a'].pk}/hapus/"
    assert client.post(url)["Location"] == f"/delegasi/{malut.pk}/"
    assert not malut.members.exists()


# Own profile only -----------------------------------------------------------------------

@pytest.mark.django_db
def test_the_profile_shows_only_ones_own_data(client, people, delegations):
    response = signed_in(client, people["konut_b"]).get("/profil/")
    assert response.status_code == 200
    assert response.context["participant"] == people["konut_b"]
    body = response.content.decode()
    assert "Hasnah BPKAD Konut" in body and "19850312 201001 1 004" in body
    assert "Ruslan" not in body and "19850312 201001 1 003" not in body
    # there is no address for anyone else's profile; a guessed query string changes nothing
    response = client.get(f"/profil/?id={people['konut_a'].pk}&pk={people['konut_a'].pk}")
    assert response.context["participant"] == people["konut_b"]


@pytest.mark.django_db
def test_the_profile_lists_ones_delegations(client, people, delegations):
    body = signed_in(client, people["konut_a"]).get("/profil/").content.decode()
    assert "Delegasi Konut ke Baubau" in body


def profile_data(participant: Participant, **changes) -> dict:
    data = {"full_name": participant.full_name, "nip": participant.nip,
            "position": participant.position, "rank": participant.rank,
            "agency": participant.agency_id or "", "phone": participant.phone,
            "email": participant.email}
    return {**data, **changes}


@pytest.mark.django_db
def test_profile_edit_saves_through_the_service(client, people):
    me = people["konut_b"]
    response = signed_in(client, me).post("/profil/ubah/", profile_data(
        me, position="Kasubbag Perencanaan", rank="III/c", phone="0811 000",
        agency=agency("kab-konawe-utara", "Setda").pk, email="Hasnah.Baru@contoh.test"))
    assert response["Location"] == "/profil/"
    me.refresh_from_db()
    me.user.refresh_from_db()
    assert (me.position, me.rank, me.agency.acronym) == ("Kasubbag Perencanaan", "III/c", "Setda")
    assert me.email == me.user.email == "hasnah.baru@contoh.test"


@pytest.mark.django_db
@pytest.mark.parametrize("changes, field, code", [
    ({"nip": "12345"}, "nip", "nip_format"),
    ({"nip": nip(3)}, "nip", "nip_taken"),
    ({"email": "p3@contoh.test"}, "email", "email_taken"),
    ({"full_name": ""}, "full_name", "required"),
    ({"agency": "__malut__"}, "agency", "invalid_choice"),
])
def test_profile_edit_refuses_bad_input_and_keeps_the_old_data(
        client, people, changes, field, code):
    if changes.get("agency") == "__malut__":
        changes["agency"] = agency("prov-maluku-utara", "Bappeda").pk
    me = people["konut_b"]
    response = signed_in(client, me).post("/profil/ubah/",
                                          profile_data(me, position="Baru", **changes))
    assert response.status_code == 200
    assert form_codes(response, "form", field) == [code]
    me.refresh_from_db()
    assert me.nip == nip(4) and me.position == "" and me.full_name == "Hasnah BPKAD Konut"


@pytest.mark.django_db
def test_a_user_without_profile_gets_a_friendly_page(client, organiser):
    signed_in(client, organiser)
    response = client.get("/profil/")
    assert response.status_code == 200
    assert response.context["admin_url"] == "/admin/snippets/directory/participant/add/"
    assert client.get("/profil/ubah/")["Location"] == "/profil/"
